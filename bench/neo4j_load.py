"""Batched UNWIND loading against a naive loader, on the same generated data and server.

The naive loader sends one parameterised statement per node and per relationship, inside
the same one-transaction-per-plan boundary as the batched loader, so the difference measured
is the statement count, not transaction handling. Needs NEO4J_URI (``make neo4j-up``).

    python bench/neo4j_load.py [--plans 40] [--sections 100] [--tasks 25] [--batch-size 1000] [--warm-up 2]

Before the timed loads each loader loads the first ``--warm-up`` plans once, untimed, so that
neither is charged for the server compiling its statements and warming up (batched used to run
first and cold, naive second on a warm server). ``bench/scale.py`` repeats the comparison and
takes medians.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import corpus
from plankg.graph.model import NODE_PROPERTIES, PlanRows, project
from plankg.graph.neo4j_store import Neo4jStore
from plankg.graph.store import delete_plan_statements, orphan_cleanup_statements, prop


def naive_write(store: Neo4jStore, rows: PlanRows) -> None:
    def work(tx) -> None:  # type: ignore[no-untyped-def]
        for statement in delete_plan_statements():
            tx.run(statement, plan_id=rows.plan_id).consume()
        # every property of the Plan row, as the store writes it (it wrote only the title, and the
        # batched loader alone carried the plans' texts: the graphs matched in counts, not properties)
        plan = {k: v for k, v in rows.plan.items() if k != "id"}
        tx.run("MERGE (p:Plan {id: $id}) SET p += $props", id=rows.plan["id"], props=plan).consume()
        for label, node_rows in rows.nodes.items():
            for row in node_rows:
                props = ", ".join(f"n.{prop(k)} = $row.{prop(k)}" for k in NODE_PROPERTIES[label] if k != "id")
                tx.run(f"MERGE (n:{label} {{id: $row.id}}) SET {props}", row=row).consume()
        for group in rows.relationships:
            for row in group.rows:
                extra = {k: v for k, v in row.items() if k not in ("source", "target")}
                tx.run(
                    f"MATCH (a:{group.source_label} {{id: $s}}), (b:{group.target_label} {{id: $t}}) "
                    f"CREATE (a)-[r:{group.type}]->(b) SET r += $props",
                    s=row["source"],
                    t=row["target"],
                    props=extra,
                ).consume()
        # The store removes shared nodes nothing refers to at the end of each write; without it
        # the naive loader kept the synthetic corpus's unreferenced shared nodes (271 nodes
        # against 86 on 3 small plans) and the two loaders wrote different graphs.
        for statement in orphan_cleanup_statements():
            tx.run(statement).consume()

    with store._session(write=True) as session:  # the benchmark reuses the store's session settings
        session.execute_write(work)


def timed(label: str, store: Neo4jStore, plans: list[PlanRows], writer) -> tuple[float, int, int]:  # type: ignore[no-untyped-def]
    _clear(store)
    store.ensure_schema()
    start = time.perf_counter()
    for rows in plans:
        writer(store, rows)
    seconds = time.perf_counter() - start
    nodes = store.run("MATCH (n) RETURN count(n) AS n")[0]["n"]
    rels = store.run("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    print(
        f"{label:8s} {seconds:8.1f} s  {nodes:>8,d} nodes  {rels:>8,d} relationships  "
        f"{(nodes + rels) / seconds:>10,.0f} items/s",
        flush=True,
    )
    return seconds, nodes, rels


def _clear(store: Neo4jStore) -> None:
    while store.run("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n", write=True)[0]["n"]:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=40)
    parser.add_argument("--sections", type=int, default=100)
    parser.add_argument("--tasks", type=int, default=25, help="tasks per section")
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--warm-up", type=int, default=2, help="plans each loader loads untimed first")
    args = parser.parse_args()
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        sys.exit("neo4j_load: set NEO4J_URI (e.g. `make neo4j-up` then source .cache/neo4j/env)")
    store = Neo4jStore(
        uri,
        os.environ.get("NEO4J_USERNAME"),
        os.environ.get("NEO4J_PASSWORD"),
        os.environ.get("NEO4J_DATABASE"),
        batch_size=args.batch_size,
    )
    docs = corpus(args.plans, args.sections, args.tasks)
    plans = [project(doc) for doc in docs]
    nodes = sum(p.node_count() for p in plans)
    rels = sum(p.relationship_count() for p in plans)
    print(
        f"generated {args.plans} plans: {nodes:,d} node rows, {rels:,d} relationship rows "
        f"(shared nodes repeat across plans); batch size {args.batch_size}; server {store.location}"
    )

    def batched(s: Neo4jStore, rows: PlanRows) -> None:
        s.write_plan(rows)

    for writer in (batched, naive_write):
        timed("warm-up", store, plans[: args.warm_up], writer)
    batched_s, n1, r1 = timed("batched", store, plans, batched)
    naive_s, n2, r2 = timed("naive", store, plans, naive_write)
    if (n1, r1) != (n2, r2):
        print(f"warning: the loaders wrote different graphs: {(n1, r1)} vs {(n2, r2)}")
    print(f"speed-up of batched over naive: {naive_s / batched_s:.1f}x")
    _clear(store)
    store.close()


if __name__ == "__main__":
    main()
