"""The library API: ``build()`` plans into a store, ``open()`` a store as a ``Graph``.

The CLI is a thin layer over this module: every ``plankg`` command calls one function or method
here and only formats what it returns. Results are plain records (lists of dicts with the same
keys as the CLI's ``--format json``), so ``pandas.DataFrame(graph.tasks(field="集成电路"))``
just works in a notebook.

Heavy modules (the loaders, jieba, numpy, networkx, matplotlib) are imported where they are used, so
opening a store for a lookup costs about the import of the store engine.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from plankg.errors import InputError, NotFoundError, QueryError
from plankg.graph import GraphStore, default_store_path, open_store
from plankg.graph.guard import check_read_only
from plankg.graph.store import is_write_query
from plankg.queries import registry

if TYPE_CHECKING:
    from plankg.pipeline import Spooled

# Called as progress(stage, done, total), stage being "reading" or "writing"; done counts up to
# total. The CLI draws a progress bar with it; a notebook may pass tqdm's update or nothing.
Progress = Callable[[str, int, int], None]


@dataclass
class SkippedFile:
    """A file ``build(keep_going=True)`` did not build, and why (one line)."""

    path: str
    reason: str


@dataclass
class BuildReport:
    """What a build wrote: one summary row per plan, the loader warnings, the skipped files."""

    store: str
    location: str
    plans: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    successions: list[dict[str, Any]] = field(default_factory=list)  # FOLLOWS inferred without the manifest
    continues: int = 0  # CONTINUES written by this build

    def as_dict(self) -> dict[str, Any]:
        return {
            "store": self.store,
            "location": self.location,
            "plans": self.plans,
            "warnings": self.warnings,
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "notices": self.notices,
            "successions": self.successions,
            "continues": self.continues,
        }

    def __repr__(self) -> str:
        # A notebook echoes the report after `plankg.build(...)`: one line that says what was
        # written, not every plan's row and warning (those stay in .plans, .warnings, .as_dict()).
        ids = [str(row.get("id", "?")) for row in self.plans]
        shown = ", ".join(ids[:5]) + (f", … {len(ids) - 5} more" if len(ids) > 5 else "")
        return (
            f"BuildReport({self.store} {self.location}: {_count(len(ids), 'plan')} [{shown}], "
            f"{_count(len(self.warnings), 'warning')}, {len(self.skipped)} skipped, "
            f"{_count(len(self.successions), 'succession')} inferred, {self.continues} CONTINUES)"
        )


def _count(n: int, noun: str) -> str:
    """ "1 warning", "3 warnings" (the report echoed "1 successions inferred")."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def skipped_file(path: Path, error: Exception) -> SkippedFile:
    """The file and why it was skipped; the reason without the path the error starts with
    ("plankg: skipped a.txt: a.txt: the file is empty" named the file twice)."""
    reason = str(error).removeprefix(f"{path}: ")
    # READ_AS_NAMED_ONCE: the reader names a file with the format it read it as ("a.html (html): no Chinese text
    # found"), and the line named the file twice: "plankg: skipped half/voc.html: half/voc.html (html): no …".
    read_as = re.match(rf"{re.escape(str(path))} \((\w+)\): ", reason)
    if read_as:
        reason = f"read as {read_as.group(1)}, {reason[read_as.end() :]}"
    return SkippedFile(str(path), reason)


# An empty list of paths is refused, not taken for "the default": `plankg.build(glob.glob("plans/*.pdf"), …)`
# with a pattern matching nothing built data/plans (the five Shanghai demo plans) into the reader's store.
NO_PATHS_GIVEN = "no plan files or folders given (an empty list); give paths, or leave paths out for data/plans"


def build(
    paths: str | Path | Iterable[str | Path] | None = None,
    *,
    store: str | Path | None = None,
    neo4j: str | None = None,
    keep_going: bool = False,
    strict: bool = False,
    plan_id: str | None = None,
    title: str | None = None,
    period: str | None = None,
    region: str | None = None,
    batch_size: int | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> BuildReport:
    """Read plan files (default, when ``paths`` is left out: ``data/plans``), check them, and write each
    plan's subgraph. ``paths``: files and folders, or one of them; an empty list is an ``InputError``.

    Every file is read and validated before anything is written. Without ``keep_going`` one
    unreadable file raises ``InputError`` and the store is left as it was; with it, unreadable
    files are listed in ``report.skipped`` and the rest are written. ``strict`` turns loader
    warnings into an error. ``plan_id``/``title``/``period``/``region`` set the metadata of a
    single file that has no manifest entry. ``workers`` analyse plans in parallel processes
    (default: one per core when the input is over about 1 MB, or ``$PLANKG_WORKERS``); each
    plan's rows wait in a spool file until written, so memory stays flat in the number of plans.
    """
    from plankg import pipeline

    if isinstance(paths, str | Path):  # one path: a string is not a list of one-letter paths
        paths = [paths]
    _check_store_first(store, neo4j)
    given = [Path(p) for p in paths or ()]
    if paths is not None and not given:
        raise InputError(NO_PATHS_GIVEN)
    if not given and not Path(pipeline.DEFAULT_PLANS_DIR).exists():
        raise InputError(
            f"{pipeline.DEFAULT_PLANS_DIR} (the default): no such file or directory; give plan files or folders"
        )
    sources, passed_over = pipeline.discover_with_skips(given or [pipeline.DEFAULT_PLANS_DIR])
    overrides = {"id": plan_id, "title": title, "period": period, "region": region}
    if any(v is not None for v in overrides.values()) and len(sources) != 1:
        raise InputError("--id/--title/--period/--region apply to a single plan file")
    notices = [f"{path}: skipped, {reason}" for path, reason in passed_over]
    skipped: list[SkippedFile] = []

    def unreadable(source: pipeline.PlanSource, error: InputError) -> None:
        if keep_going:
            skipped.append(skipped_file(source.path, error))
        elif len(sources) > 1:
            # A folder with two bad files named the first only: fixed, the next build stopped on the
            # second. The error says that nothing was written and how to see every bad file at once.
            raise InputError(
                f"{error}; nothing was written (--keep-going builds the other files and lists each one it skips)"
            ) from None
        else:
            raise error

    loaded = pipeline.spool_plans(
        sources,
        overrides=overrides,
        on_error=unreadable,
        progress=(lambda done, total: progress("reading", done, total)) if progress else None,
        workers=workers,
    )
    if not loaded:
        raise InputError("no plan could be read: " + "; ".join(s.reason for s in skipped))
    warnings = [
        {"plan_id": item.plan_id, "code": issue.code, "message": issue.message}
        for item in loaded
        for issue in item.issues
    ]
    if strict and warnings:
        first = warnings[0]
        raise InputError(
            f"{len(warnings)} loader warning(s) with --strict, first {first['plan_id']}: {first['code']}: "
            f"{first['message']}; nothing was written"
        )
    with _opened(store, neo4j, read_only=False, batch_size=batch_size) as graph:
        for item, reason in ids_taken(graph, loaded, explicit_id=plan_id is not None):
            if not keep_going:
                raise InputError(f"{item.source.path}: {reason}; nothing was written")
            skipped.append(SkippedFile(str(item.source.path), reason))
            loaded.remove(item)
        if not loaded:
            raise InputError("no plan could be written: " + "; ".join(s.reason for s in skipped))
        warnings += same_text_twice(graph, loaded)
        written = 0

        def advance(_: Spooled) -> None:
            nonlocal written
            written += 1
            if progress:
                progress("writing", written, len(loaded))

        linked = pipeline.write_all(graph, loaded, advance)
        report = BuildReport(
            store=graph.name,
            location=graph.location,
            plans=[item.summary for item in loaded],
            warnings=warnings,
            skipped=skipped,
            notices=notices,
            successions=[
                {"later": x.later, "earlier": x.earlier, "method": x.method, "reason": x.reason}
                for x in linked.inferred
            ],
            continues=linked.continues,
        )
    return report


def ids_taken(graph: GraphStore, loaded: list[Spooled], *, explicit_id: bool) -> list[tuple[Spooled, str]]:
    """The plans whose id, guessed from the file name (no manifest entry, no --id), is held in the
    graph by another document: one with another title.

    A plan built again replaces its previous version, which is right for the same document (a
    new edition, a .txt saved again as .html). But "sti.txt" from another folder or a portal's
    "content.html" is another plan under the same guessed id, and replaced it without a word. The
    id given on purpose (manifest or --id) replaces as before."""
    guessed = [item for item in loaded if item.guessed] if not explicit_id else []
    if not guessed:
        return []
    graph.ensure_schema()  # a new store: no Plan table yet
    held = {row["id"]: row for row in registry.PLANS.run(graph)}
    taken = []
    for item in guessed:
        other = held.get(item.plan_id)
        if other is None or other["title"] == item.summary["title"]:
            continue
        taken.append(
            (
                item,
                f"its plan id {item.plan_id} (from the file name) is already in the graph for another document, "
                f"{other['title']} ({other['source']}); give --id to build it beside that one (or --id "
                f"{item.plan_id} to replace it)",
            )
        )
    return taken


def same_text_twice(graph: GraphStore, loaded: list[Spooled]) -> list[dict[str, str]]:
    """A ``same-text`` warning for each plan whose file holds the text of another plan: one in the
    graph under another id, or another of this build.

    Plan.sha256 hashes the text as decoded (`load_plan`), not the file's bytes, so a GB18030 copy
    of a UTF-8 file, or one with a BOM, is the same text too; the warning said "the same bytes"
    of such files, which a user checking with `cmp` found false.

    A manifest entry given a new id (nat-fyp-9 → nf9), or a file copied under a second name, built
    the same text a second time beside the first without a word: every platform, indicator and
    task of it was then counted twice, and a later plan's lineage linked to one copy only."""
    graph.ensure_schema()
    ids = {item.plan_id for item in loaded}
    # The plans this build rewrites are replaced: their old bytes are no longer in the graph.
    held = {row["sha256"]: row for row in registry.PLAN_HASHES.run(graph) if row["id"] not in ids}
    warnings = []
    for item in loaded:
        other = held.get(item.sha256) if item.sha256 else None
        if other is None:
            held[item.sha256] = {"id": item.plan_id, "source": str(item.source.path), "built": True}
            continue
        if other["id"] == item.plan_id:  # a file named twice is one plan (pipeline); kept for safety
            continue
        where, remedy = (
            ("also in this build", "leave one file out")
            if other.get("built")
            else ("already in the graph", "build into a fresh --store to keep one")
        )
        warnings.append(
            {
                "plan_id": item.plan_id,
                "code": "same-text",
                "message": f"{item.source.path}: the same text as {other['id']} (from {other['source']}), {where}; "
                f"the graph now holds this text twice ({remedy})",
            }
        )
    return warnings


def _refuse_empty(**filters: str | None) -> None:
    """A filter given as an empty string names nothing: `plankg tasks --plan "$PLAN"` with PLAN
    unset listed every task of every plan, read as that plan's. Refused, as a typo in it is."""
    for name, value in filters.items():
        if value is not None and not value.strip():
            raise InputError(f"an empty --{name} ({name}={value!r}) names nothing; give one or leave the option out")


def _store_path(store: str | Path | None) -> Path | None:
    """The embedded store's path, None for the default. An empty one names no store: `--store ""`
    (a variable left unset) said ". is a directory, not an embedded store file", and
    `plankg.open("")` silently opened the default store, another graph than the one meant."""
    if store is None:
        return None
    if not str(store).strip():
        raise InputError(
            "an empty --store (store='') names no store; give a path or leave it out "
            "(default: $PLANKG_STORE or .plankg/graph)"
        )
    return Path(store)


def _refuse_two_stores(store: str | Path | None, neo4j: str | None) -> None:
    """``build(paths, store="g", neo4j=uri)`` wrote to Neo4j and never said that ``g`` was left
    out, so a notebook that then opened ``g`` found nothing; the CLI refused both flags already."""
    if store is not None and neo4j:
        raise InputError("give store= (the embedded store) or neo4j= (a Neo4j server), not both")


def _check_store_first(store: str | Path | None, neo4j: str | None) -> None:
    """The store arguments a build would refuse after reading every file, refused before it reads
    one (both stores given, an embedded store path that is a folder or a file of another kind)."""
    _refuse_two_stores(store, neo4j)
    path = _store_path(store)
    if neo4j or (path is None and os.environ.get("NEO4J_URI")):
        return
    from plankg.graph.ladybug_store import check_store_path

    check_store_path(path or default_store_path())


@contextmanager
def _opened(
    store: str | Path | None, neo4j: str | None, *, read_only: bool, batch_size: int | None = None
) -> Iterator[GraphStore]:
    _refuse_two_stores(store, neo4j)
    graph = open_store(_store_path(store), neo4j, read_only=read_only, batch_size=batch_size)
    try:
        yield graph
    finally:
        graph.close()


def open(store: str | Path | None = None, *, neo4j: str | None = None) -> Graph:
    """Open a graph for reading: the embedded store at ``store`` (default ``$PLANKG_STORE`` or
    ``.plankg/graph``), or the Neo4j server at ``neo4j`` (or ``$NEO4J_URI`` when ``store`` is not
    given). Use it as a context manager, or call ``close()``."""
    return Graph(store, neo4j=neo4j)


class Graph:
    """A plan graph, one method per ``plankg`` command; every method returns plain records."""

    def __init__(self, store: str | Path | None = None, *, neo4j: str | None = None) -> None:
        _refuse_two_stores(store, neo4j)
        self._store_arg = _store_path(store)
        self._neo4j = neo4j
        self.store: GraphStore = open_store(self._store_arg, neo4j, read_only=True)

    # -- lifecycle ------------------------------------------------------------------------
    def __enter__(self) -> Graph:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def __repr__(self) -> str:
        return f"<plankg.Graph {self.store.name} at {self.store.location}>"

    # -- commands -------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Counts per label, per relationship type and per plan (``plankg stats``)."""
        return registry.stats(self.store)

    def plans(self) -> list[dict[str, Any]]:
        """Every plan in the graph."""
        return registry.PLANS.run(self.store)

    def sections(self, plan: str, depth: int | None = None) -> list[dict[str, Any]]:
        """The section tree of one plan, down to ``depth`` levels (``plankg sections``)."""
        if depth is not None and depth < 1:
            # depth=0 was read as no depth: the whole tree came back for "none of it".
            raise InputError(f"depth must be 1 or more (got {depth}); leave it out for the whole tree")
        plan = self.find_plan(plan)
        return registry.SECTIONS.run(self.store, plan=plan, depth=depth or 99)

    def clauses(self, plan: str) -> list[dict[str, Any]]:
        """The articles of a plan without chapters, the clauses the plan holds itself, in text order (a plan
        with chapters keeps its articles under its sections: ``sections``, ``show``)."""
        return registry.PLAN_CLAUSES.run(self.store, plan=self.find_plan(plan))

    def tasks(self, plan: str | None = None, field: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        """Plan tasks with the block they sit in, optionally of one plan, field or block kind.

        A plan or a kind the graph does not hold is an error naming those it does (a typo in an id
        gave an empty list, read as "this plan has no tasks"); an empty list means none matched."""
        _refuse_empty(plan=plan, field=field, kind=kind)
        if plan is not None:
            plan = self.find_plan(plan)
        if field:
            rows = self._in_field(registry.TASKS_IN_FIELD, field, plan=plan or "", kind=kind or "")
        else:
            rows = registry.TASKS.run(self.store, plan=plan or "", kind=kind or "")
        if not rows and kind:
            kinds = [row["kind"] for row in registry.TASK_KINDS.run(self.store)]
            if kind not in kinds:
                shown = ", ".join(kinds[:12]) + ("…" if len(kinds) > 12 else "") or "none"
                raise NotFoundError(f"no task kind {kind!r} in the graph (kinds: {shown})")
        return rows

    def platforms(self, field: str | None = None, plan: str | None = None) -> list[dict[str, Any]]:
        """Which platforms support ``field``, with the plan and the sentence that says so; or, with
        ``plan`` alone, every platform that plan builds or names, in the order of its text (one row
        per sentence naming it). Both: the platforms supporting the field in that plan."""
        _refuse_empty(field=field, plan=plan)  # "" was a piece of every field name: "did you mean" all
        if field is None and plan is None:
            raise InputError(
                "give a field (--field: the platforms that support it) or a plan (--plan: the platforms it names)"
            )
        if field is None:
            return self._named_in_plan(registry.PLATFORMS_IN_PLAN, plan or "")
        rows = self._in_field(registry.PLATFORMS_FOR_FIELD, field)
        if plan is None:
            return rows
        plan = self.find_plan(plan)
        return [row for row in rows if row["plan_id"] == plan]

    def institutions(self, plan: str) -> list[dict[str, Any]]:
        """The institutions a plan names (universities, institutes, firms, government bodies…),
        in the order of its text, each with the sentence that names it."""
        _refuse_empty(plan=plan)
        return self._named_in_plan(registry.INSTITUTIONS_IN_PLAN, plan)

    def _named_in_plan(self, query: registry.NamedQuery, plan: str) -> list[dict[str, Any]]:
        rows = query.run(self.store, plan=self.find_plan(plan))
        return sorted(rows, key=_text_order)

    def lineage(self, unit: str, depth: int = 3, plan: str | None = None) -> list[dict[str, Any]]:
        """The units (sections, tasks or clauses) of earlier plans that ``unit`` continues, and the later
        units that continue it, hop by hop up to ``depth`` plan generations, each with plan,
        period, score, the reason (shared terms) and a snippet. ``unit``: an id, an article's number
        ("第五条") or a piece of a title naming one unit; ``plan``: the plan it is in (named as elsewhere)."""
        from plankg.lineage.report import lineage_of

        return lineage_of(self.store, unit, depth, self.find_plan(plan) if plan is not None else None)

    def align(self, later: str, earlier: str) -> dict[str, Any]:
        """Two plans aligned: ``continues`` (the pairs), ``new`` (units of the later plan that
        continue nothing), ``dropped`` (units of the earlier plan nothing continues)."""
        from plankg.lineage.report import align_plans

        # UNKNOWN_PLAN_NAMES_THE_PLANS: `lineage --plan nope --against gd-gwr-2024` said "(see
        # `plankg stats`)" where `sections`, `tasks`, `platforms` and `export` list the plan ids.
        return align_plans(self.store, self.find_plan(later), self.find_plan(earlier))

    def lineage_unit(self, unit: str, plan: str | None = None) -> str:
        """The id of the unit ``lineage(unit, plan=plan)`` follows (``unit``: an id, an article's number or a piece
        of a title; an item that is both a Section and a Task is its Section, which holds the item's links)."""
        from plankg.lineage.report import lineage_unit

        return lineage_unit(self.store, unit, self.find_plan(plan) if plan is not None else None)

    def find_unit(self, ref: str, plan: str | None = None) -> str:
        """The id of the section, task or clause ``ref`` names: its id, an article's number ("第五条"), or a piece
        of its title naming one; ``plan``: the plan it is in."""
        return registry.find_unit(self.store, ref, self.find_plan(plan) if plan is not None else None)

    def show(self, id: str) -> dict[str, Any]:
        """A node, its relationships with their evidence, and the plan text it covers; a plan may be named
        as the other commands name it (PLAN_BY_NAME_OR_TITLE: its file's name, its title)."""
        try:
            return registry.show(self.store, id)
        except NotFoundError as missing:
            try:
                plan = self.find_plan(id)
            except NotFoundError:
                raise missing from None
            return registry.show(self.store, plan)

    def cypher(
        self, query: str, /, write: bool = False, *, params: Mapping[str, Any] | None = None, **keywords: Any
    ) -> list[dict[str, Any]]:
        """Run Cypher; refused when it would change the graph, unless ``write=True``.

        Parameters as keywords (``f="集成电路"``) or, for any name (``query``, ``write``), ``params``.
        """
        params = {**(params or {}), **keywords}
        if not write:
            try:
                check_read_only(query)  # writes, file access, maintenance: each refused with its reason
            except QueryError as error:  # the guard words it for the command line (--write)
                raise QueryError(str(error).replace("pass --write", "pass write=True")) from None
            return self.store.run(query, params)
        # The embedded engine takes one writer per file: the read-only handle is closed while
        # the statement runs on a writable one, then opened again.
        self.store.close()
        try:
            with _opened(self._store_arg, self._neo4j, read_only=False) as writable:
                return writable.run(query, params, write=True)
        finally:
            self.store = open_store(self._store_arg, self._neo4j, read_only=True)

    def export(
        self,
        path: str | Path,
        format: str | None = None,
        *,
        field: str | None = None,
        plan: str | None = None,
        task: str | None = None,
        cypher: str | None = None,
    ) -> dict[str, Any]:
        """Write a subgraph (a field's, a plan's, a task's, or a read query's nodes) to ``path``;
        returns what was written: ``{"path", "format", "nodes", "relationships", "files"}`` (``path`` as
        given, a folder for csv; ``files`` each file written, none for ``-``, standard output), and
        ``note`` for a picture too large to read. ``format``:
        one of ``plankg.queries.export.FORMATS``; by default the one ``path``'s suffix names
        (``ic.graphml``), else json."""
        from plankg.queries import export as export_

        _refuse_empty(field=field, plan=plan, task=task, cypher=cypher)
        format = export_.format_for(format, path)
        export_.check_output(format, path)  # a wrong format or -o before any query
        self._check_not_the_store(path)
        if cypher and is_write_query(cypher):
            raise QueryError("export runs read queries only")
        if plan:
            plan = self.find_plan(plan)
        subgraph = export_.select(self.store, field=field, plan=plan, task=task, cypher=cypher)
        files = export_.write(subgraph, format, path)  # "-" is standard output for text formats
        written: dict[str, Any] = {
            "path": str(path),
            "format": format,
            "nodes": len(subgraph.nodes),
            "relationships": len(subgraph.edges),
            "files": [str(f) for f in files],
        }
        if format in export_.PICTURES and len(subgraph.nodes) > export_.PICTURE_READABLE_MAX:
            written["note"] = (
                f"a picture of {len(subgraph.nodes)} nodes is hard to read; the html format suits a subgraph "
                f"this large (or narrow it: --field, --task, --cypher)"
            )
        return written

    # -- helpers shared by the commands ---------------------------------------------------
    def _check_not_the_store(self, output: str | Path) -> None:
        """Refuse an export onto the embedded store's own files: `-o .plankg/graph` replaced the
        database with the export, and the whole graph was gone."""
        if self.store.name != "ladybug" or str(output) == "-":
            return
        own = Path(self.store.location).resolve()
        if Path(output).resolve() in (own, Path(f"{own}.wal")):
            raise InputError(f"-o {output} is the graph's own store; give the export another name")

    # FIELD_AS_SPELLED_FIRST (perf57): a lookup by field ran two queries, the field's name checked against the graph
    # (`field_for`) and then the rows; a fresh process pays ~11 ms of CPU to plan each LadybugDB query, an eighth of
    # `plankg tasks --field 集成电路` over the base imports. Rows of a field node named ``field`` prove the graph
    # spells it so (what `field_for` would have answered); only no rows need the resolution (an alias, an unknown
    # field's error, or a field with no such rows), and the query runs again only when it names another field.
    def _in_field(self, query: registry.NamedQuery, field: str, **params: Any) -> list[dict[str, Any]]:
        """``query``'s rows for ``field`` as the graph spells it, resolved as ``resolve_field`` does."""
        rows = query.run(self.store, field=field, **params)
        if rows:
            return rows
        name = self.resolve_field(field)
        return rows if name == field else query.run(self.store, field=name, **params)

    def resolve_field(self, field: str) -> str:
        """The field name the graph uses for ``field`` (itself, or the canonical name of an alias);
        one resolution for every command."""
        return registry.field_for(self.store, field)

    def find_plan(self, plan: str) -> str:
        """The id of the plan ``plan`` names: its id, its file's name (with or without the suffix), its title, or a
        piece of its title naming one plan (PLAN_BY_NAME_OR_TITLE); an error listing the plans otherwise."""
        return registry.find_plan(self.store, plan)


__all__ = ["BuildReport", "Graph", "Progress", "SkippedFile", "build", "open"]


def _text_order(row: dict[str, Any]) -> tuple[int, int, int, str]:
    """NAMES_IN_SENTENCE_ORDER: the names of one sentence in the order the sentence writes them. A mention's span is
    its sentence's, so "（卫生计生委、财政部负责，中央编办、发展改革委、人力资源社会保障部、中医药局参与。" gave
    six rows of one span, listed by name (中医药局 first); a name's place in its evidence orders them as the plan
    does."""
    evidence = row.get("evidence") or ""
    at = evidence.find(row["name"]) if row.get("name") else -1
    return (row["start"], at if at >= 0 else len(evidence), row["end"], row["name"] or "")
