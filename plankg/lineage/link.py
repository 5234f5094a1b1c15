"""Lineage in the graph: FOLLOWS between plans (inferred where the manifest is silent) and
CONTINUES between the units of each plan and those of the plans it follows.

Works on what the store holds, after plans are written. Incremental: given the plans a build
wrote, only the successions that involve one of them (or that appeared or vanished because of
them) are re-linked; the CONTINUES of other successions stay as they are.
"""

from __future__ import annotations

import contextlib
import pickle
import shutil
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plankg.graph.ladybug_bulk import CopyStaging, StagedGroups
from plankg.graph.model import PlanRows, RelRows
from plankg.graph.store import PLAN_LINK, GraphStore
from plankg.lineage.align import Continuation
from plankg.lineage.parallel import AlignPool, GroupPair, Packed, Units
from plankg.lineage.similarity import LineageTerms, Unit, prepare
from plankg.lineage.succession import PlanInfo, Succession, infer_successions
from plankg.lineage.units import plan_units
from plankg.loaders.extract.vocab import FieldVocabulary, load_field_vocabulary
from plankg.queries import registry


@dataclass
class LinkResult:
    inferred: list[Succession] = field(default_factory=list)  # FOLLOWS drawn without the manifest
    relinked: list[tuple[str, str]] = field(default_factory=list)  # (later, earlier) re-linked
    continues: int = 0  # CONTINUES written by this run


def load_terms(vocabulary: FieldVocabulary | None = None) -> LineageTerms:
    vocabulary = vocabulary or load_field_vocabulary()
    terms = LineageTerms.load(fields=vocabulary)
    prepare(terms.surfaces())
    return terms


def plan_infos(store: GraphStore) -> list[PlanInfo]:
    return [PlanInfo.from_row(row) for row in registry.SUCCESSION_PLANS.run(store)]


def link_successions(store: GraphStore) -> list[Succession]:
    """Draw the inferred FOLLOWS (plans whose manifest names none) and remove stale ones.

    Manifest FOLLOWS are drawn by ``graph.store.relink_plans``; returns the inferred successions.
    """
    plans = plan_infos(store)

    def texts(ids: Sequence[str]) -> dict[str, str]:
        return {row["id"]: row["text"] or "" for row in registry.PLAN_TEXTS.run(store, plans=list(ids))}

    successions = infer_successions(plans, texts)
    inferred = [s for s in successions if s.method == "inferred"]
    wanted = {(s.later, s.earlier) for s in successions}
    silent = {p.id for p in plans if not p.follows}
    for row in registry.PLAN_SUCCESSIONS.run(store):
        if row["later"] in silent and (row["later"], row["earlier"]) not in wanted:
            store.run(
                "MATCH (:Plan {id: $later})-[r:FOLLOWS]->(:Plan {id: $earlier}) DELETE r",
                {"later": row["later"], "earlier": row["earlier"]},
                write=True,
            )
    for s in inferred:
        store.run(PLAN_LINK.format(rel="FOLLOWS"), {"source": s.later, "target": s.earlier}, write=True)
    return inferred


def units_of(store: GraphStore, plan_id: str) -> list[Unit]:
    """A plan's lineage units, read from the store."""
    return units_of_plans(store, [plan_id]).get(plan_id, [])


def units_of_plans(store: GraphStore, plan_ids: Sequence[str]) -> dict[str, list[Unit]]:
    """The lineage units of several plans, read with one query per kind of row: the engine
    scans a table for each query, so reading plans one by one cost a store of 1,000 plans
    0.1 s per plan (most of the lineage stage of a build)."""
    plans = list(plan_ids)
    fields: dict[str, set[str]] = {}
    for query in (registry.TASK_FIELDS, registry.SECTION_FIELDS):
        for row in query.run(store, plans=plans):
            fields.setdefault(row["id"], set()).add(row["field"])
    texts = {row["id"]: row["text"] or "" for row in registry.PLAN_TEXTS.run(store, plans=plans)}
    sections: dict[str, list[dict[str, Any]]] = {p: [] for p in plans}
    tasks: dict[str, list[dict[str, Any]]] = {p: [] for p in plans}
    for row in registry.SECTION_PROFILES.run(store, plans=plans):
        sections[row["plan_id"]].append(row)
    for row in registry.TASK_PROFILES.run(store, plans=plans):
        tasks[row["plan_id"]].append(row)
    return {p: plan_units(sections[p], tasks[p], texts.get(p, ""), fields, p) for p in plans if p in texts}


def units_of_rows(rows: PlanRows) -> list[Unit]:
    """A plan's lineage units made from the rows its build writes, equal to ``units_of`` of the
    plan once written: the same rows as the queries of ``units_of_plans`` (their columns, their
    order: by start, then id), so a build need not read back from the store what it holds. At
    1,000 plans those reads, and unpickling the units to send them to the aligning workers, were
    about a third of the writer's samples in the lineage stage (py-spy; bench/README.md)."""
    fields: dict[str, set[str]] = {}
    names = {row["id"]: row["name"] for row in rows.nodes.get("Field", [])}
    parents: dict[str, str] = {}
    section_of: dict[str, list[str]] = {}
    for group in rows.relationships:
        if group.type == "IN_FIELD" and group.source_label in ("Task", "Section"):
            for rel in group.rows:
                if rel["target"] in names:
                    fields.setdefault(rel["source"], set()).add(names[rel["target"]])
        elif group.type == "HAS_SECTION" and group.source_label == "Section":
            parents.update((rel["target"], rel["source"]) for rel in group.rows)
        elif group.type == "HAS_TASK" and group.source_label == "Section":
            for rel in group.rows:
                section_of.setdefault(rel["target"], []).append(rel["source"])
    sections = [
        {
            "id": s["id"],
            "plan_id": s["plan_id"],
            "level": s["level"],
            "number": s["number"],
            "title": s["title"],
            "start": s["start"],
            "end": s["end"],
            "parent": parents.get(s["id"]),
        }
        for s in rows.nodes.get("Section", [])
    ]
    tasks = [
        {
            "id": t["id"],
            "plan_id": t["plan_id"],
            "number": t["number"],
            "title": t["title"],
            "text": t["text"],
            "start": t["start"],
            "end": t["end"],
            "section": section,
        }
        for t in rows.nodes.get("Task", [])
        for section in section_of.get(t["id"], [])
    ]
    sections.sort(key=lambda r: (r["start"], r["id"]))
    tasks.sort(key=lambda r: (r["start"], r["id"]))
    return plan_units(sections, tasks, rows.plan.get("text") or "", fields, rows.plan_id)


# Successions aligned together, in one task of a worker (parallel.AlignPool): those of plans
# linked by successions, so that a plan's units are profiled once in the worker that aligns its
# two or three successions; a larger set of linked successions is cut into groups this size.
ALIGN_GROUP = 16

# Groups submitted and not yet collected, per worker: enough to keep every worker busy while the
# writer reads units and spools links.
IN_FLIGHT = 2


def succession_groups(todo: Sequence[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """The (later, earlier) successions in groups of at most ALIGN_GROUP, each taken from the
    successions linked through shared plans, in breadth-first order from the first of them (so
    consecutive ones share plans); every succession once, in a deterministic order."""
    by_plan: dict[str, list[int]] = {}
    for index, (later, earlier) in enumerate(todo):
        by_plan.setdefault(later, []).append(index)
        by_plan.setdefault(earlier, []).append(index)
    taken = [False] * len(todo)
    ordered: list[list[int]] = []
    for first in range(len(todo)):
        if taken[first]:
            continue
        taken[first] = True
        component, queue = [first], deque([first])
        while queue:
            for plan in todo[queue.popleft()]:
                for other in by_plan[plan]:
                    if not taken[other]:
                        taken[other] = True
                        component.append(other)
                        queue.append(other)
        ordered.append(component)
    return [
        [todo[i] for i in component[start : start + ALIGN_GROUP]]
        for component in ordered
        for start in range(0, len(component), ALIGN_GROUP)
    ]


# Plans whose units one read brings in: a few dozen plans' units are a few MB, and each read
# scans the tables once whatever the number of plans it asks for.
UNIT_READ_BATCH = 64


class UnitCache:
    """Units of the plans a run of alignments needs, read in batches in the order they are
    needed and dropped after their last alignment, so memory holds a batch, not the store."""

    def __init__(
        self,
        store: GraphStore,
        pairs: Sequence[tuple[str, str]],
        known: Mapping[str, Callable[[], Units]] | None = None,
    ) -> None:
        self.store = store
        self.known = known or {}
        self.order = list(dict.fromkeys(p for pair in pairs for p in pair))
        self.position = {p: i for i, p in enumerate(self.order)}
        self.uses = Counter(p for pair in pairs for p in pair)
        self.units: dict[str, Units] = {}

    def __getitem__(self, plan_id: str) -> Units:
        if plan_id not in self.units:
            ahead = self.order[self.position[plan_id] :]
            wanted = [p for p in ahead if p not in self.units and self.uses[p] > 0][:UNIT_READ_BATCH]
            stored = [p for p in wanted if p not in self.known]
            read = units_of_plans(self.store, stored) if stored else {}
            self.units.update({p: self.known[p]() if p in self.known else read.get(p, []) for p in wanted})
        return self.units[plan_id]

    def done(self, *plan_ids: str) -> None:
        """Count an alignment of these plans; the units of plans with none left are dropped."""
        for plan_id in plan_ids:
            self.uses[plan_id] -= 1
            if self.uses[plan_id] <= 0:
                self.units.pop(plan_id, None)


def continuation_rows(found: Iterable[Continuation]) -> list[RelRows]:
    """CONTINUES rows grouped by (source label, target label), one statement each."""
    groups: dict[tuple[str, str], list[dict[str, object]]] = {}
    for c in found:
        groups.setdefault((c.later_label, c.earlier_label), []).append(
            {
                "source": c.later,
                "target": c.earlier,
                "score": c.score,
                "shared_terms": list(c.shared_terms),
                "method": c.method,
            }
        )
    return [RelRows("CONTINUES", a, b, rows) for (a, b), rows in sorted(groups.items())]


def link_lineage(
    store: GraphStore,
    written: Sequence[str] | None = None,
    vocabulary: FieldVocabulary | None = None,
    known: Mapping[str, Callable[[], Units]] | None = None,
    early: Aligning | None = None,
) -> LinkResult:
    """Infer successions, then (re)compute CONTINUES.

    ``written``: the plan ids this build wrote (each plan's units replaced, so no CONTINUES
    touches them any more); None re-links every succession (all or nothing). ``known``: for
    plans whose units the caller holds (``units_of_rows`` of the rows it wrote), a function that
    gives them or the file they are pickled in; other plans' units are read from the store.
    ``early``: successions already being aligned while the plans were written
    (``align_while_writing``); their links are written with the others', and only the rest is
    aligned here. The caller enters and leaves it.
    """
    terms = early.terms if early is not None else load_terms(vocabulary)
    before = {(r["later"], r["earlier"]) for r in registry.PLAN_SUCCESSIONS.run(store)}
    result = LinkResult(inferred=link_successions(store))
    after = [(r["later"], r["earlier"]) for r in registry.PLAN_SUCCESSIONS.run(store)]
    touched = set(written or ())
    todo = after
    if written is not None:
        # Only a succession of two plans this build left alone, drawn before it, can be re-linked for
        # lacking links (unlinked_successions); the query reading every CONTINUES runs only if there is one
        # (a build of new plans has none: 1,000 plans, ~6 s of the lineage stage's wall on a loaded machine).
        untouched = [p for p in after if p[0] not in touched and p[1] not in touched and p in before]
        unlinked = unlinked_successions(store, untouched) if untouched else set()
        todo = [p for p in after if p[0] in touched or p[1] in touched or p not in before or p in unlinked]
    if early is not None and not early.pairs <= set(todo):
        early = None  # cannot happen (see align_while_writing); were it to, align all here
    rest = todo if early is None else [p for p in todo if p not in early.pairs]
    groups = succession_groups(rest)
    units = UnitCache(store, [pair for group in groups for pair in group], known)
    with contextlib.ExitStack() as stack:
        run = early or stack.enter_context(Aligning(terms, len(todo), staged=store.name == "ladybug"))
        # Groups in flight are bounded, so the writer holds the units of a few groups, whatever
        # the successions.
        for group in groups:
            run.submit([(units[later], units[earlier]) for later, earlier in group])
            for later, earlier in group:
                units.done(later, earlier)
        run.finish()
        # One transaction: the successions that went (their links only), and those re-linked, are
        # cleared and the new links written, so a failure leaves the old lineage whole.
        between = None if written is None else stale_between(todo, before - set(after), touched)
        store.replace_relationships("CONTINUES", run.spool.groups(), between=between)
        result.continues = run.spool.count
    result.relinked = list(todo)
    return result


class Aligning:
    """Groups of successions aligned in an ``AlignPool``, their links gathered in a
    ``ContinuationSpool`` as the workers send them (at most IN_FLIGHT groups per worker
    waiting), until ``finish``. ``pairs``: the successions submitted."""

    def __init__(self, terms: LineageTerms, successions: int, *, staged: bool) -> None:
        self.terms = terms
        self.spool = ContinuationSpool(staged=staged)
        self.pool = AlignPool(terms, successions)
        self.pending: deque[Future[Packed]] = deque()
        self.pairs: set[tuple[str, str]] = set()
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> Aligning:
        with contextlib.ExitStack() as stack:
            stack.enter_context(self.spool)
            stack.enter_context(self.pool)
            self._stack = stack.pop_all()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()  # the pool first (its workers stopped), then the spool's files

    def submit(self, group: Sequence[GroupPair], pairs: Iterable[tuple[str, str]] = ()) -> None:
        """Align a group; waits for the oldest groups while too many are in flight."""
        self.pairs.update(pairs)
        self.pending.append(self.pool.submit(group))
        while len(self.pending) > IN_FLIGHT * self.pool.count:
            self.spool.add(self.pending.popleft().result())

    def room(self) -> bool:
        """Without waiting: the links of the groups finished first are spooled; whether another
        group can be submitted without waiting. A group that failed stays pending, to raise in
        ``finish``."""
        while self.pending and self.pending[0].done() and self.pending[0].exception() is None:
            self.spool.add(self.pending.popleft().result())
        return len(self.pending) < IN_FLIGHT * self.pool.count

    def finish(self) -> None:
        """Every group's links spooled, then the workers stopped: they end before the links are
        written, the writer's peak of memory."""
        while self.pending:
            self.spool.add(self.pending.popleft().result())
        self.pool.__exit__(None, None, None)


class WhileWriting:
    """The successions a build's manifest draws between plans it writes, aligned in worker
    processes while the writer writes (``pipeline.write_all`` calls ``step`` after each batch
    of plans): the write stage ran on one core while the other was idle (13 s of an 87 s build
    of 1,000 plans, bench/README.md). Aligning needs the units, made by the reading workers,
    not the store; the links wait in the spool and are written with the rest by ``link_lineage``.

    Only pairs that ``link_lineage`` is sure to re-link: a plan's manifest ``follows`` naming a
    plan of the same build. Both are written, so ``relink_plans`` draws that FOLLOWS and the
    succession involves a written plan; inferred successions and those with plans already in
    the store are found after writing, as before."""

    def __init__(self, aligning: Aligning, groups: list[list[tuple[str, str]]], units: UnitCache) -> None:
        self.aligning = aligning
        self.groups = deque(groups)
        self.units = units

    def step(self) -> None:
        """Submit groups while the workers have room; never waits."""
        while self.groups and self.aligning.room():
            self._submit_next()

    def rest(self) -> None:
        """Submit the groups left (a write stage shorter than their aligning)."""
        while self.groups:
            self._submit_next()

    def _submit_next(self) -> None:
        group = self.groups.popleft()
        self.aligning.submit([(self.units[later], self.units[earlier]) for later, earlier in group], group)
        for later, earlier in group:
            self.units.done(later, earlier)


def align_while_writing(
    store: GraphStore,
    follows: Mapping[str, Sequence[str]],
    known: Mapping[str, Callable[[], Units]],
    vocabulary: FieldVocabulary | None = None,
) -> tuple[Aligning, WhileWriting] | None:
    """The aligning of the manifest successions between the plans a build writes (``follows``:
    each plan's manifest ``follows``), to start before the writes; None when there are too few
    to align in workers (they are aligned after writing, in this process, as before)."""
    pairs = sorted({(later, earlier) for later, earlier_ids in follows.items() for earlier in earlier_ids})
    pairs = [(later, earlier) for later, earlier in pairs if earlier in follows]
    if not AlignPool.forks(len(pairs)):
        return None
    groups = succession_groups(pairs)
    aligning = Aligning(load_terms(vocabulary), len(pairs), staged=store.name == "ladybug")
    return aligning, WhileWriting(aligning, groups, UnitCache(store, pairs, known))


def unlinked_successions(store: GraphStore, successions: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
    """The successions with no CONTINUES between their plans, which a build re-links although it
    wrote neither plan. Writing a plan deletes its units and every CONTINUES touching them; a build
    stopped after that (Ctrl-C, a crash, ``kill``) and before its lineage was written left those
    pairs without links, and the next build, seeing the succession already drawn, never redrew
    them. A pair that truly shares nothing is only aligned again, finding nothing again."""
    linked = {(r["later"], r["earlier"]) for r in registry.LINKED_SUCCESSIONS.run(store)}
    return {pair for pair in successions if pair not in linked}


def stale_between(
    todo: Sequence[tuple[str, str]], gone: Iterable[tuple[str, str]], written: set[str]
) -> list[tuple[str, str]]:
    """The (later, earlier) plan pairs whose CONTINUES must be deleted before the new ones are
    written: those re-linked and those no longer a succession, except pairs with a plan this
    build wrote. Writing a plan detaches and deletes its units (``delete_plan_statements``), so
    no CONTINUES touches it; each delete scans the unit tables (a statement per pair of labels),
    and in a build of new plans every pair is such a pair: at 1,000 plans, 1,240 successions
    made ~5,000 deletes that found nothing, in a store growing with the build."""
    return sorted(p for p in set(todo) | set(gone) if p[0] not in written and p[1] not in written)


class ContinuationSpool:
    """The CONTINUES rows of a run, kept on disk chunk by chunk until they are written: at 1,000
    plans a run finds ~350,000 links, and holding them (then their rows) in memory until the one
    transaction that writes them was the largest part of the build's peak memory. A chunk is
    kept as the workers send it (``parallel.Packed``: plain tuples), and made into rows only
    when read back for writing.

    ``staged``: for a LadybugDB store, each chunk is staged at once as the CSV its ``COPY`` reads
    (``ladybug_bulk.CopyStaging``), while the workers align the next groups, instead of being
    pickled, read back after the workers and made into row dicts to be staged then: that was half
    of the writer's CPU in the lineage stage of a 1,000-plan build (bench/README.md). A chunk's
    group whose terms a CSV list cannot carry is pickled as before and written by UNWIND first,
    as ``copy_relationship_chunks`` orders them."""

    def __init__(self, staged: bool = False) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="plankg-continues-"))
        self.files: list[Path] = []
        self.count = 0
        self.staging = CopyStaging() if staged else None

    def __enter__(self) -> ContinuationSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.staging is not None:
            self.staging.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def add(self, found: Packed) -> None:
        self.count += sum(len(rows) for _, rows in found)
        if self.staging is not None:
            staging = self.staging
            found = [(labels, rows) for labels, rows in found if not staging.add_rows("CONTINUES", *labels, rows)]
            if not found:
                return
        path = self.folder / f"{len(self.files):05d}.pickle"
        path.write_bytes(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
        self.files.append(path)

    def groups(self) -> Iterable[RelRows]:
        """The rows, a chunk at a time (each chunk's groups by label pair): ``continuation_rows``
        of each chunk's continuations; with ``staged``, those not staged, and the staging."""
        if self.staging is not None:
            return StagedGroups(self.staging, self._pickled())
        return self._pickled()

    def _pickled(self) -> Iterator[RelRows]:
        for path in self.files:
            chunk: Packed = pickle.loads(path.read_bytes())
            for (source, target), rows in chunk:
                yield RelRows(
                    "CONTINUES",
                    source,
                    target,
                    [
                        {"source": a, "target": b, "score": score, "shared_terms": list(terms), "method": method}
                        for a, b, score, terms, method in rows
                    ],
                )
