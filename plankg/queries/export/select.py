"""Which subgraph to export: node ids by field, plan, task or a Cypher query, then those nodes and
every relationship between them, with what a report needs to say where each stands (the plans'
titles and section trees)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from plankg.errors import InputError, NotFoundError
from plankg.graph.store import GraphStore
from plankg.queries import registry

# Plan.text is the whole normalised plan: too big for a report graph (use `plankg show`).
LEFT_OUT = {"Plan": {"text"}}

# Characters no export writes: C0 controls other than tab, newline and carriage return, DEL, and
# the XML non-characters. XML 1.0 forbids them (a form feed from a PDF page break made the GraphML
# and GEXF files unreadable), CSV readers and terminals choke on them. Each becomes a space, so
# a string keeps its length and character offsets into it stay right. Example: "第一页\f第二页".
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


@dataclass
class Subgraph:
    nodes: list[dict[str, Any]]  # each: {"id", "label" (the node label), **properties}
    edges: list[dict[str, Any]]  # each: {"source", "target", "type", **properties}
    selection: str = ""  # what was asked for, e.g. "--field 集成电路"
    plans: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> plan row (title, kind, …)
    sections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # plan id -> its sections

    def node(self, node_id: str) -> dict[str, Any] | None:
        return next((n for n in self.nodes if n["id"] == node_id), None)


def clean(value: Any) -> Any:
    """A property value with the control characters replaced (recursively in lists)."""
    if isinstance(value, str):
        return CONTROL_CHARACTERS.sub(" ", value)
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


def _ids_from_cypher(store: GraphStore, cypher: str) -> set[str]:
    """Node ids in a query's result: returned nodes, the nodes of returned paths and lists
    (``RETURN p`` of ``MATCH p=(a)-[:SUPPORTS]->(f)``, ``collect(a)``), or a column named id.
    Paths came back "nothing to export": only bare nodes were looked at."""
    ids: set[str] = set()
    for row in store.run(cypher):
        for name, value in row.items():
            if name == "id" and isinstance(value, str):
                ids.add(value)
            else:
                ids.update(_node_ids(value))
    return ids


def _node_ids(value: Any) -> Iterator[str]:
    """The ids of the nodes in a result value: a node, or a path, list or map holding nodes (a
    path is a dict with ``_NODES`` from LadybugDB, a list of nodes from Neo4j)."""
    if isinstance(value, dict):
        if value.get("_label") and isinstance(value.get("id"), str):
            yield value["id"]
            return
        for inner in value.values():
            yield from _node_ids(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _node_ids(inner)


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
        # Graph.export(path) with no selection reached the API user in the CLI's words only.
        raise InputError(
            "give exactly one of --field, --plan, --task, --cypher (in Python: field=, plan=, task=, cypher=)"
        )
    if field:
        name = registry.field_for(store, field)
        rows = registry.EXPORT_FIELD.run(store, field=name)
        selection = f"--field {name}" + (f" ({field})" if name != field else "")
    elif plan:
        rows = registry.EXPORT_PLAN.run(store, plan=plan)
        selection = f"--plan {plan}"
    elif task:
        task_id = registry.find_task(store, task)
        rows = registry.EXPORT_TASK.run(store, id=task_id)
        selection = f"--task {task_id}"
    else:
        rows = [{"id": i} for i in _ids_from_cypher(store, cypher or "")]
        selection = "--cypher"
    wanted = sorted({row["id"] for row in rows if row.get("id")})
    if not wanted and plan:
        known = ", ".join(row["id"] for row in registry.PLANS.run(store)) or "none"
        raise NotFoundError(f"no plan {plan!r} in the graph (plans: {known})")
    if not wanted and cypher:
        raise NotFoundError(
            f"nothing to export for --cypher {cypher!r}: it returned no nodes (return nodes, paths, or a column id)"
        )
    if not wanted:
        raise NotFoundError(f"nothing to export for --{chosen[0]} {field or plan or task or cypher!r}")
    nodes = sorted((row["node"] for row in registry.EXPORT_NODES.run(store, ids=wanted)), key=lambda n: n["id"])
    edges = sorted(
        (
            {"source": r["source"], "target": r["target"], "type": r["rel"].get("_label", ""), **_props(r["rel"])}
            for r in registry.EXPORT_RELATIONSHIPS.run(store, ids=wanted)
        ),
        key=lambda e: (e["source"], e["type"], e["target"], str(e.get("plan_id", "")), str(e.get("start", ""))),
    )
    if plan:
        edges = [e for e in edges if not other_plans_evidence(e, plan)]
    graph = Subgraph(
        [{"id": n["id"], "label": n.get("_label", ""), **_node_props(n)} for n in nodes],
        edges,
        selection,
    )
    _add_places(store, graph)
    return graph


def other_plans_evidence(edge: dict[str, Any], plan: str) -> bool:
    """Whether a relationship of a --plan export is said by another plan. SUPPORTS edges are
    shared by every plan naming a platform for a field, each with its plan_id and sentence: the
    export of 广东's 2025 work report carried the 2022, 2023 and 2024 reports' sentences
    ("支持云浮建设国家中药种质资源库。", gd-gwr-2023) and its report opened on those plans, not its own."""
    owner = edge.get("plan_id")
    return isinstance(owner, str) and bool(owner) and owner != plan


def _add_places(store: GraphStore, graph: Subgraph) -> None:
    """The plans the subgraph's nodes and evidence belong to, with their section trees."""
    plan_ids = {n["plan_id"] for n in graph.nodes if n.get("plan_id")}
    plan_ids |= {e["plan_id"] for e in graph.edges if e.get("plan_id")}
    plan_ids |= {n["id"] for n in graph.nodes if n["label"] == "Plan"}
    known = {row["id"]: row for row in registry.PLANS.run(store)}
    for plan_id in sorted(plan_ids):
        if plan_id in known:
            graph.plans[plan_id] = {k: clean(v) for k, v in known[plan_id].items() if v is not None}
            graph.sections[plan_id] = [
                {k: clean(v) for k, v in row.items()} for row in registry.SECTIONS.run(store, plan=plan_id, depth=99)
            ]


def _props(value: dict[str, Any]) -> dict[str, Any]:
    return {k: clean(v) for k, v in value.items() if not k.startswith("_") and v is not None}


def _node_props(node: dict[str, Any]) -> dict[str, Any]:
    left_out = LEFT_OUT.get(node.get("_label", ""), set())
    return {k: v for k, v in _props(node).items() if k not in left_out and k != "id"}
