"""Writing many plans into LadybugDB: only the work each plan's write needs, and checkpoints
deferred to the end of the build.

Measured (bench/README.md, 10 generated plans, 2 cores): with the engine's defaults a build
checkpoints the database whenever the write-ahead log passes its threshold, and after every
transaction that ran a ``COPY``; checkpointing once at the end instead cut the plans' write time
by a third (4.9 s → 3.3 s wall). ``COPY … FROM`` a staged CSV for relationships measured no
faster than ``UNWIND $rows … MATCH … CREATE`` on real plans (3.5 s vs 3.3 s with checkpoints
deferred) and forces a checkpoint per plan otherwise, so writes stay on UNWIND.

What a plan's write skips when it can:
- the deletes, when the plan is new to the store (no Plan node: nothing of it can be there;
  plan nodes are only ever created by a plan's own write, in its transaction);
- the store-wide orphan clean-up of shared nodes (Platform, Institution, Field): only the shared
  nodes the old version of the plan referred to, or that this write names, can have lost their
  last relationship, so only those are checked. Its cost no longer grows with the store.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from plankg.graph.model import SHARED_LABELS, PlanRows
from plankg.graph.store import (
    GraphStore,
    delete_plan_statements,
    merge_plan_statement,
    node_statement,
    relationship_statement,
)

Execute = Callable[..., Any]  # the store's statement runner: execute(cypher, params) -> QueryResult

# A build checkpoints when the write-ahead log passes this size (and once at the end), so the
# log and the memory it pins stay bounded however many plans are built.
CHECKPOINT_WAL_BYTES = 64 * 1024 * 1024


def _ids(result: Any) -> set[str]:
    out: set[str] = set()
    while result.has_next():
        out.add(result.get_next()[0])
    return out


def plan_exists(execute: Execute, plan_id: str) -> bool:
    return bool(_ids(execute("MATCH (p:Plan {id: $id}) RETURN p.id", {"id": plan_id})))


def referenced_shared(execute: Execute, plan_id: str) -> dict[str, set[str]]:
    """Ids of the shared nodes the stored version of a plan refers to, by label."""
    refs: dict[str, set[str]] = {label: set() for label in SHARED_LABELS}
    for label in SHARED_LABELS:
        for owner in ("Section", "Task"):
            statement = f"MATCH (x:{owner})-[]->(n:{label}) WHERE x.plan_id = $plan_id RETURN DISTINCT n.id"
            refs[label] |= _ids(execute(statement, {"plan_id": plan_id}))
    supports = execute(
        "MATCH (p:Platform)-[r:SUPPORTS]->(f:Field) WHERE r.plan_id = $plan_id RETURN p.id, f.id", {"plan_id": plan_id}
    )
    while supports.has_next():
        platform, field = supports.get_next()
        refs["Platform"].add(platform)
        refs["Field"].add(field)
    return refs


def scoped_orphan_cleanup(label: str) -> str:
    """Delete those of the given shared nodes that no relationship touches any more."""
    return f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) WHERE NOT EXISTS {{ MATCH (n)--() }} DELETE n"


def write_plan(execute: Execute, rows: PlanRows) -> None:
    """Replace one plan's subgraph; the caller holds the transaction."""
    candidates: dict[str, set[str]] = {label: set() for label in SHARED_LABELS}
    if plan_exists(execute, rows.plan_id):
        candidates = referenced_shared(execute, rows.plan_id)
        for statement in delete_plan_statements():
            execute(statement, {"plan_id": rows.plan_id})
    execute(merge_plan_statement(cast=True), {"rows": [rows.plan]})
    for label, node_rows in rows.nodes.items():
        if node_rows:
            execute(node_statement(label, cast=True), {"rows": node_rows})
    for group in rows.relationships:
        execute(relationship_statement(group, cast=True), {"rows": group.rows})
    # A shared node this write names without an edge would have been removed by a store-wide
    # clean-up too: check those as well as the ones the old version released.
    for label in SHARED_LABELS:
        ids = candidates[label] | {row["id"] for row in rows.nodes.get(label, [])}
        if ids:
            execute(scoped_orphan_cleanup(label), {"ids": sorted(ids)})


@contextlib.contextmanager
def deferred_checkpoints(store: GraphStore) -> Iterator[Callable[[], None]]:
    """Within the block the engine does not checkpoint on its own; call the function it gives
    after each plan (it checkpoints when the log is over CHECKPOINT_WAL_BYTES). On leaving,
    automatic checkpoints are restored and the database checkpointed, so readers find no log
    to replay, also when a write failed."""
    wal = Path(store.location + ".wal")

    def after_plan() -> None:
        if wal.exists() and wal.stat().st_size > CHECKPOINT_WAL_BYTES:
            store.run("CHECKPOINT", write=True)

    store.run("CALL auto_checkpoint=false", write=True)
    try:
        yield after_plan
    finally:
        store.run("CALL auto_checkpoint=true", write=True)
        store.run("CHECKPOINT", write=True)
