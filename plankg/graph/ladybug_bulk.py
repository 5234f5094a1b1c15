"""Bulk writing of one plan into LadybugDB: relationships by ``COPY … FROM`` a staged CSV file,
nodes by ``UNWIND $rows``, and only the work a plan's write really needs.

Measured on 5,000 rows (bench/README.md): ``UNWIND $rows … MATCH (a {id}), (b {id}) CREATE``
costs about 0.3 ms a relationship (two primary-key lookups per row), ``COPY`` of the same rows
from a CSV file about 15× less; for nodes ``UNWIND … CREATE`` and ``COPY`` cost the same, and
UNWIND keeps the engine's null/empty-string distinction that CSV loses (an unquoted empty field
is NULL), so nodes stay on UNWIND.

What a plan's write skips when it can:
- the deletes, when the plan is new to the store (no Plan node: nothing of it can be there;
  plan nodes are only ever created by a plan's own write, in its transaction);
- the orphan clean-up of shared nodes (Platform, Institution, Field) everywhere: only the shared
  nodes the old version of the plan referred to, or that this write names, can have lost their
  last relationship, so only those are checked.

Everything runs inside the store's transaction for the plan: COPY in LadybugDB takes part in an
explicit transaction and is rolled back with it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from plankg.graph.model import RELATIONSHIPS, SHARED_LABELS, STRINGS, PlanRows, RelRows
from plankg.graph.store import delete_plan_statements, merge_plan_statement, node_statement, relationship_statement

Execute = Callable[..., Any]  # the store's statement runner: execute(cypher, params) -> QueryResult

# Characters a CSV list literal ("[a,b]") cannot carry: the engine splits lists on commas and
# keeps quotes and brackets as text. A group with such a list element falls back to UNWIND.
LIST_UNSAFE = frozenset(",[]{}\"'\\\n\r")


def _csv_value(value: Any) -> str:
    """One CSV field as LadybugDB's reader takes it back: an unquoted empty field is NULL, a
    quoted one is the (possibly empty) string; quotes are doubled; no escape character."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return '"[' + ",".join(value) + ']"'
    return '"' + str(value).replace('"', '""') + '"'


def copyable(group: RelRows) -> bool:
    """Whether every value of the group survives the CSV round trip unchanged."""
    lists = [name for name, kind in RELATIONSHIPS[group.type][1].items() if kind == STRINGS]
    for row in group.rows:
        for name in lists:
            items = row.get(name)
            if items is None:
                continue
            if any(not isinstance(i, str) or not i or i != i.strip() or LIST_UNSAFE & set(i) for i in items):
                return False
    return True


def _literal(path: Path) -> str:
    return "'" + str(path).replace("\\", "\\\\").replace("'", "\\'") + "'"


def copy_relationships(execute: Execute, groups: Iterable[RelRows], known: set[str] | None = None) -> None:
    """Create each group's relationships with one ``COPY`` from a staged CSV file.

    COPY fails on a relationship whose end node does not exist, where ``UNWIND … MATCH`` skips
    it; rows naming an id outside ``known`` (the ids the caller knows exist) therefore go
    through UNWIND, so both paths write the same graph. ``known=None``: every end exists.
    """
    with tempfile.TemporaryDirectory(prefix="plankg-copy-") as staging:
        for number, group in enumerate(groups):
            rows, unsure = group.rows, []
            if known is not None:
                rows = [r for r in group.rows if r["source"] in known and r["target"] in known]
                unsure = [r for r in group.rows if not (r["source"] in known and r["target"] in known)]
            if not copyable(group):
                rows, unsure = [], group.rows
            if rows:
                _copy(
                    execute,
                    RelRows(group.type, group.source_label, group.target_label, rows),
                    Path(staging) / f"{number}-{group.type}.csv",
                )
            if unsure:
                execute(relationship_statement(group, cast=True), {"rows": unsure})


def _copy(execute: Execute, group: RelRows, path: Path) -> None:
    names = list(RELATIONSHIPS[group.type][1])
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(["from", "to", *names]) + "\n")
        for row in group.rows:
            values = [row["source"], row["target"], *(row.get(n) for n in names)]
            out.write(",".join(_csv_value(v) for v in values) + "\n")
    # parallel=false: the parallel reader refuses quoted newlines, and task texts have them.
    execute(
        f"COPY {group.type} FROM {_literal(path)} "
        f"(header=true, parallel=false, from='{group.source_label}', to='{group.target_label}')"
    )
    path.unlink()


def _ids(result: Any) -> set[str]:
    out: set[str] = set()
    while result.has_next():
        out.add(result.get_next()[0])
    return out


def referenced_shared(execute: Execute, plan_id: str) -> dict[str, set[str]]:
    """Ids of the shared nodes the stored version of a plan refers to, by label."""
    refs: dict[str, set[str]] = {label: set() for label in SHARED_LABELS}
    for label in SHARED_LABELS:
        for owner in ("Section", "Task"):
            refs[label] |= _ids(
                execute(
                    f"MATCH (x:{owner})-[]->(n:{label}) WHERE x.plan_id = $plan_id RETURN DISTINCT n.id",
                    {"plan_id": plan_id},
                )
            )
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


def plan_exists(execute: Execute, plan_id: str) -> bool:
    return bool(_ids(execute("MATCH (p:Plan {id: $id}) RETURN p.id", {"id": plan_id})))


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
    known = {rows.plan_id} | {row["id"] for node_rows in rows.nodes.values() for row in node_rows}
    copy_relationships(execute, rows.relationships, known)
    # A shared node this write names without an edge would have been removed by a store-wide
    # clean-up too: check those as well as the ones the old version released.
    for label in SHARED_LABELS:
        ids = candidates[label] | {row["id"] for row in rows.nodes.get(label, [])}
        if ids:
            execute(scoped_orphan_cleanup(label), {"ids": sorted(ids)})
