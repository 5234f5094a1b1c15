"""Writing many plans into LadybugDB: relationships by ``COPY … FROM`` a staged CSV file, only
the work each plan's write needs, and checkpoints deferred to the end of the build.

Measured (bench/README.md, 2 cores): ``UNWIND $rows … MATCH (a {id: r.source}), (b {id:
r.target}) CREATE`` costs more the bigger the store (the engine joins the rows against the node
tables); ``COPY`` of the same relationships from a CSV file looks the ends up by primary key.
Writing 5 new plans into a store of 100: 0.76 s CPU with UNWIND, 0.45 s with COPY. Nodes stay on
``UNWIND … CREATE/MERGE``, though at 1,000 plans the plan-local nodes' CREATE is about half the
write stage: nodes loaded by ``COPY`` into a table that already holds rows do not survive a build
killed inside its checkpoint in LadybugDB 0.22 (after recovery the plan node was the new version
and every section and task of the batch was gone; tests/test_reliability_faults.py), where rows
created by statements are replayed from the log. Relationships by COPY survive the same kills.

The engine checkpoints after every transaction that ran a ``COPY`` (and whenever its log passes
16 MB): with that, 10 plans took 30 s to write instead of 3.5 s. A build therefore turns automatic
checkpoints off and checkpoints when the log passes 64 MB and once at the end
(``deferred_checkpoints``).

What a plan's write skips when it can:
- the deletes, when the plan is new to the store (no Plan node: nothing of it can be there;
  plan nodes are only ever created by a plan's own write, in its transaction);
- the store-wide orphan clean-up of shared nodes (Platform, Institution, Field): only the shared
  nodes the old version of the plan referred to, or that this write names, can have lost their
  last relationship, so only those are checked. Its cost no longer grows with the store.

Everything runs inside the store's transaction for the plan: COPY in LadybugDB takes part in an
explicit transaction and is rolled back with it.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from plankg.graph.model import RELATIONSHIPS, SHARED_LABELS, STRINGS, PlanRows, RelRows, combine_plans
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


# Characters a CSV list literal ("[a,b]") cannot carry: the engine splits lists on commas and
# keeps quotes and brackets as text. A group with such a list element falls back to UNWIND.
LIST_UNSAFE = frozenset(",[]{}\"'\\\n\r")
_LIST_UNSAFE = re.compile("[" + re.escape("".join(sorted(LIST_UNSAFE))) + "]")


def _csv_value(value: Any) -> str:
    """One CSV field as LadybugDB's reader takes it back: an unquoted empty field is NULL, a
    quoted one is the (possibly empty) string; quotes are doubled; no escape character."""
    # Strings and floats first, by exact type (the same text as the checks below give them):
    # they are most values, and the chain of isinstance checks was a fourth of the time lineage
    # spent staging its CONTINUES.
    kind = type(value)
    if kind is str:
        return '"' + value.replace('"', '""') + '"'
    if kind is float:
        return repr(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return '"[' + ",".join(value) + ']"'
    return '"' + str(value).replace('"', '""') + '"'


def copyable(group: RelRows) -> bool:
    """Whether every value of the group survives the CSV round trip unchanged."""
    lists = [name for name, kind in RELATIONSHIPS[group.type][1].items() if kind == STRINGS]
    return all(_list_copyable(row.get(name)) for row in group.rows for name in lists)


def _list_copyable(items: Sequence[Any] | None) -> bool:
    """Whether a list value survives as a CSV list literal: NULL, or non-empty strings without
    surrounding spaces or LIST_UNSAFE characters."""
    return items is None or all(
        isinstance(i, str) and i and i == i.strip() and not _LIST_UNSAFE.search(i) for i in items
    )


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
    with path.open("w", encoding="utf-8", newline="") as out:
        _write_header(out, group.type)
        _write_csv(out, group)
    _copy_file(execute, group.type, group.source_label, group.target_label, path)


def _write_header(out: TextIO, rel_type: str) -> None:
    out.write(",".join(["from", "to", *RELATIONSHIPS[rel_type][1]]) + "\n")


def _write_csv(out: TextIO, group: RelRows) -> None:
    names = list(RELATIONSHIPS[group.type][1])
    for row in group.rows:
        values = [row["source"], row["target"], *(row.get(n) for n in names)]
        out.write(",".join(map(_csv_value, values)) + "\n")


# How the engine reads a staged file: the dialect ``_csv_value`` writes, given, not guessed. Left
# to itself, the engine's binder parsed each file once per candidate dialect (4 delimiters × 2
# quotes × 3 escapes) before reading it: a third of the writer's samples in the write stage of a
# 1,000-plan build (py-spy, bench/README.md), and a 10,000-row CONTINUES file 0.79 → 0.37 s of
# CPU. The guess it made for these files was always this dialect (or, with no quote doubled in
# the file, a dialect that reads it the same), so what is read is unchanged.
# parallel=false: the parallel reader refuses quoted newlines, and task texts have them.
COPY_OPTIONS = "header=true, parallel=false, auto_detect=false, delim=',', quote='\"', escape='\"'"


def _copy_file(execute: Execute, rel_type: str, source_label: str, target_label: str, path: Path) -> None:
    execute(f"COPY {rel_type} FROM {_literal(path)} ({COPY_OPTIONS}, from='{source_label}', to='{target_label}')")
    path.unlink()


class CopyStaging:
    """Relationship rows staged for ``COPY``: one CSV file per (type, source label, target label),
    in the order the triples first come, each written as its rows come. Lineage stages its
    CONTINUES here while the workers still align (``lineage.link.ContinuationSpool``), so the
    transaction that writes them only copies the files."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="plankg-copy-")
        self._staged: dict[tuple[str, str, str], tuple[Path, TextIO]] = {}

    def _file(self, rel_type: str, source_label: str, target_label: str) -> TextIO:
        key = (rel_type, source_label, target_label)
        if key not in self._staged:
            path = Path(self._folder.name) / f"{len(self._staged)}-{rel_type}.csv"
            out = path.open("w", encoding="utf-8", newline="")
            self._staged[key] = (path, out)
            _write_header(out, rel_type)
        return self._staged[key][1]

    def add(self, group: RelRows) -> bool:
        """Stage a group's rows; False (nothing staged) when a value would not survive the CSV
        round trip (``copyable``): the caller writes that group by UNWIND."""
        if not copyable(group):
            return False
        _write_csv(self._file(group.type, group.source_label, group.target_label), group)
        return True

    def add_rows(self, rel_type: str, source_label: str, target_label: str, rows: Sequence[Sequence[Any]]) -> bool:
        """``add`` for rows given as plain sequences: (source id, target id, then the type's
        properties in the order of ``RELATIONSHIPS``), the form lineage's workers send
        (``lineage.parallel.Packed``): no row dicts are made for them."""
        lists = [k + 2 for k, kind in enumerate(RELATIONSHIPS[rel_type][1].values()) if kind == STRINGS]
        if not all(_list_copyable(row[k]) for row in rows for k in lists):
            return False
        self._file(rel_type, source_label, target_label).writelines(
            ",".join(map(_csv_value, row)) + "\n" for row in rows
        )
        return True

    def copy(self, execute: Execute) -> None:
        """One ``COPY`` per staged file, in the order the triples first came."""
        for (rel_type, source_label, target_label), (path, out) in self._staged.items():
            out.close()
            _copy_file(execute, rel_type, source_label, target_label, path)
        self._staged.clear()

    def close(self) -> None:
        for _, out in self._staged.values():
            out.close()
        self._staged.clear()
        self._folder.cleanup()


class StagedGroups:
    """Relationship groups of which most are staged already (``staging``); iterating gives the
    others, which are written by UNWIND before the staged files are copied, as
    ``copy_relationship_chunks`` orders them."""

    def __init__(self, staging: CopyStaging, others: Iterable[RelRows]) -> None:
        self.staging = staging
        self.others = others

    def __iter__(self) -> Iterator[RelRows]:
        return iter(self.others)


def copy_relationship_chunks(execute: Execute, groups: Iterable[RelRows]) -> None:
    """``copy_relationships`` (every end known to exist) of many groups that repeat a few
    (type, source label, target label) triples, such as lineage's spooled chunks of CONTINUES:
    the rows of each triple are staged chunk by chunk into one CSV file, then copied with one
    ``COPY``. Memory holds a chunk, as before; the engine runs one COPY per triple instead of one
    per chunk and triple. Measured: the 28,022 CONTINUES of a 200-plan build in 40 chunks, 160
    COPYs 1.77-1.95 s CPU, 4 COPYs 0.91-1.03 s; a 1,000-plan build had ~300 chunks' worth.
    ``StagedGroups``: the staged files are copied after the groups it gives."""
    staging = groups.staging if isinstance(groups, StagedGroups) else CopyStaging()
    try:
        for group in groups:
            if group.rows and not staging.add(group):
                execute(relationship_statement(group, cast=True), {"rows": group.rows})
        staging.copy(execute)
    finally:
        if not isinstance(groups, StagedGroups):
            staging.close()


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


def write_plans(execute: Execute, batch: Sequence[PlanRows]) -> None:
    """Replace the subgraphs of several plans with one statement per node label and one COPY per
    relationship group for the whole batch (``combine_plans``); the caller holds the
    transaction. Written one plan at a time, the engine's fixed cost per statement was most of
    a build's write time."""
    candidates: dict[str, set[str]] = {label: set() for label in SHARED_LABELS}
    for rows in batch:
        if plan_exists(execute, rows.plan_id):
            for label, ids in referenced_shared(execute, rows.plan_id).items():
                candidates[label] |= ids
            for statement in delete_plan_statements():
                execute(statement, {"plan_id": rows.plan_id})
    execute(merge_plan_statement(cast=True), {"rows": [rows.plan for rows in batch]})
    combined = combine_plans(batch)
    for label, node_rows in combined.nodes.items():
        if node_rows:
            execute(node_statement(label, cast=True), {"rows": node_rows})
    known = {rows.plan_id for rows in batch} | {row["id"] for rows in combined.nodes.values() for row in rows}
    copy_relationships(execute, combined.relationships, known)
    # A shared node this write names without an edge would have been removed by a store-wide
    # clean-up too: check those as well as the ones the old versions released.
    for label in SHARED_LABELS:
        ids = candidates[label] | {row["id"] for row in combined.nodes.get(label, [])}
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
