"""Subgraphs for reports: pick node ids by field, plan, task or a Cypher query, then take those
nodes and every relationship between them, and write them in a graph file format.

File formats are networkx's job (GraphML for yEd/Gephi/Cytoscape, GEXF for Gephi, node-link
JSON for scripts and d3); plankg only chooses what goes in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from plankg.errors import InputError, NotFoundError
from plankg.graph.store import GraphStore
from plankg.queries import registry

FORMATS = ("json", "graphml", "gexf")
# Plan.text is the whole normalised plan: too big for a report graph (use `plankg show`).
LEFT_OUT = {"Plan": {"text"}}

_NODES = "MATCH (n) WHERE n.id IN $ids RETURN n AS node"
_EDGES = "MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN a.id AS source, b.id AS target, r AS rel"
_FIELD = [
    "MATCH (f:Field {name: $key}) RETURN f.id AS id",
    "MATCH (x)-[:IN_FIELD]->(:Field {name: $key}) RETURN x.id AS id",
    "MATCH (p:Platform)-[:SUPPORTS]->(:Field {name: $key}) RETURN p.id AS id",
]
_PLAN = [
    "MATCH (p:Plan {id: $key}) RETURN p.id AS id",
    "MATCH (s:Section {plan_id: $key}) RETURN s.id AS id",
    "MATCH (t:Task {plan_id: $key}) RETURN t.id AS id",
    "MATCH (i:Indicator {plan_id: $key}) RETURN i.id AS id",
    "MATCH (x)-[:IN_FIELD|BUILDS|MENTIONS]->(e) WHERE x.plan_id = $key RETURN e.id AS id",
]
_TASK = [
    "MATCH (t:Task {id: $key}) RETURN t.id AS id",
    "MATCH (s:Section)-[:HAS_TASK]->(:Task {id: $key}) RETURN s.id AS id",
    "MATCH (p:Plan)-[:HAS_SECTION*1..8]->(:Section)-[:HAS_TASK]->(:Task {id: $key}) RETURN p.id AS id",
    "MATCH (a:Section)-[:HAS_SECTION*1..8]->(:Section)-[:HAS_TASK]->(:Task {id: $key}) RETURN a.id AS id",
    "MATCH (:Task {id: $key})-[:IN_FIELD|BUILDS|MENTIONS]->(e) RETURN e.id AS id",
    "MATCH (:Task {id: $key})-[:CONTINUES]-(o:Task) RETURN o.id AS id",
]


@dataclass
class Subgraph:
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


def _ids(store: GraphStore, statements: list[str], key: str) -> set[str]:
    ids: set[str] = set()
    for statement in statements:
        ids.update(row["id"] for row in store.run(statement, {"key": key}) if row.get("id"))
    return ids


def _ids_from_cypher(store: GraphStore, cypher: str) -> set[str]:
    """Node ids in a query's result: returned nodes, or a column named id."""
    ids: set[str] = set()
    for row in store.run(cypher):
        for name, value in row.items():
            if isinstance(value, dict) and value.get("_label") and "id" in value:
                ids.add(value["id"])
            elif name == "id" and isinstance(value, str):
                ids.add(value)
    return ids


def select(
    store: GraphStore,
    *,
    field: str | None = None,
    plan: str | None = None,
    task: str | None = None,
    cypher: str | None = None,
) -> Subgraph:
    chosen = [name for name, value in (("field", field), ("plan", plan), ("task", task), ("cypher", cypher)) if value]
    if len(chosen) != 1:
        raise InputError("give exactly one of --field, --plan, --task, --cypher")
    if field:
        ids = _ids(store, _FIELD, field)
    elif plan:
        ids = _ids(store, _PLAN, plan)
    elif task:
        ids = _ids(store, _TASK, registry.find_task(store, task))
    else:
        ids = _ids_from_cypher(store, cypher or "")
    if not ids:
        raise NotFoundError(f"nothing to export for --{chosen[0]} {field or plan or task or cypher!r}")
    wanted = sorted(ids)
    nodes = sorted((row["node"] for row in store.run(_NODES, {"ids": wanted})), key=lambda n: n["id"])
    edges = sorted(
        (
            {"source": r["source"], "target": r["target"], "type": r["rel"].get("_label", ""), **_props(r["rel"])}
            for r in store.run(_EDGES, {"ids": wanted})
        ),
        key=lambda e: (e["source"], e["type"], e["target"], str(e.get("start", ""))),
    )
    return Subgraph(
        [{"id": n["id"], "label": n.get("_label", ""), **_node_props(n)} for n in nodes],
        edges,
    )


def _props(value: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in value.items() if not k.startswith("_") and v is not None}


def _node_props(node: dict[str, Any]) -> dict[str, Any]:
    left_out = LEFT_OUT.get(node.get("_label", ""), set())
    return {k: v for k, v in _props(node).items() if k not in left_out and k != "id"}


def to_networkx(graph: Subgraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for node in graph.nodes:
        g.add_node(node["id"], **{k: _scalar(v) for k, v in node.items() if k != "id"})
    for edge in graph.edges:
        attributes = {k: _scalar(v) for k, v in edge.items() if k not in ("source", "target")}
        g.add_edge(edge["source"], edge["target"], key=edge["type"], **attributes)
    return g


def _scalar(value: Any) -> Any:
    # GraphML and GEXF hold scalars only; lists (aliases, shared_terms) become "a、b、c".
    return "、".join(str(v) for v in value) if isinstance(value, list) else value


def write(graph: Subgraph, fmt: str, path: Path) -> None:
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        document = {"nodes": graph.nodes, "links": graph.edges}
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    elif fmt == "graphml":
        nx.write_graphml(to_networkx(graph), path, encoding="utf-8")
    else:
        nx.write_gexf(to_networkx(graph), path, encoding="utf-8")
