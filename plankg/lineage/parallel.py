"""Aligning many successions at once, on every core.

Successions are independent: each aligns the units of one later plan with those of one earlier
plan. One process aligned 78 successions of 100,000 generated units in 35 s of CPU
(bench/lineage.py), most of a large build's lineage stage; split over the cores, the wall time
divides by their number. Workers are forked, so they start with the units, the vocabulary and
the segmenter already in memory and only their results travel back; where fork is not the
default (macOS, Windows) the successions are aligned in this process.
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from plankg.lineage import similarity
from plankg.lineage.align import Continuation, align
from plankg.lineage.similarity import LineageTerms, TextConcepts, Unit
from plankg.workers import configured, cores, end_quietly_on_interrupt

# Fewer successions than this are aligned in this process: forking costs more than it saves.
PARALLEL_MIN_PAIRS = 4

Pair = tuple[Sequence[Unit], Sequence[Unit]]

# The pairs and terms of the call in progress, read by the forked workers (set before forking).
_PAIRS: Sequence[Pair] = ()
_TERMS: LineageTerms | None = None


def _align_one(index: int) -> list[Continuation]:
    later, earlier = _PAIRS[index]
    assert _TERMS is not None
    return align(later, earlier, _TERMS)


def align_pairs(pairs: Sequence[Pair], terms: LineageTerms, cache: TextConcepts | None = None) -> list[Continuation]:
    """``align`` of every (later units, earlier units) pair, in pair order: in forked worker
    processes when there are enough pairs and cores, else here (with ``cache``)."""
    global _PAIRS, _TERMS
    setting = configured()
    count = min(cores() if setting is None else setting, len(pairs))
    if count < 2 or len(pairs) < PARALLEL_MIN_PAIRS or multiprocessing.get_start_method() != "fork":
        found: list[Continuation] = []
        for later, earlier in pairs:
            found += align(later, earlier, terms, cache)
        return found
    _PAIRS, _TERMS = pairs, terms
    try:
        context = multiprocessing.get_context("fork")
        # Largest first, so that no worker is left with a big pair at the end.
        order = sorted(range(len(pairs)), key=lambda i: -len(pairs[i][0]) * len(pairs[i][1]))
        with ProcessPoolExecutor(count, mp_context=context, initializer=end_quietly_on_interrupt) as pool:
            results = dict(zip(order, pool.map(_align_one, order, chunksize=1), strict=True))
    finally:
        _PAIRS, _TERMS = (), None
    return [c for i in range(len(pairs)) for c in results[i]]


# --- a pool for a whole lineage stage -----------------------------------------------------------

# The plans whose recipes a worker keeps (similarity._RECIPES, by unit): those of the groups it
# aligned last. A plan takes part in two or three successions, which ``link.succession_groups``
# puts in one group or in neighbouring ones; older recipes are dropped after each group, so a
# worker holds a few plans' recipes, not those of every plan it saw (the cache's own bound,
# RECIPES_CACHE, is a whole 1,000-plan store's units, per worker).
KEEP_GROUPS = 2

_KEPT: list[frozenset[str]] = []  # in a worker: the plans of its last KEEP_GROUPS groups


# A group's continuations as they travel back from a worker and wait in the lineage spool: for each
# (later label, earlier label), in that order, the rows (later id, earlier id, score, shared terms,
# method) in the order found. Plain tuples: a pickled frozen dataclass is rebuilt attribute by
# attribute, and the 376,243 links of a 1,000-plan build cost the writer 2.6 s of CPU to unpickle as
# Continuation records (0.5 s as tuples), then 1.2 s to turn into row dicts and 3.1 s to pickle to
# the spool and back as dicts.
PackedRow = tuple[str, str, float, tuple[str, ...], str]
Packed = list[tuple[tuple[str, str], list[PackedRow]]]


def packed(found: Iterable[Continuation]) -> Packed:
    """Continuations grouped by (later label, earlier label), as plain rows (see ``Packed``)."""
    groups: dict[tuple[str, str], list[PackedRow]] = {}
    for c in found:
        groups.setdefault((c.later_label, c.earlier_label), []).append(
            (c.later, c.earlier, c.score, c.shared_terms, c.method)
        )
    return sorted(groups.items())


# A plan's units as a group of successions names them: the units, or the file the build's reading
# worker pickled them into (``pipeline.spool_plan``), read by the worker that aligns the group, so
# the writer neither reads them nor pickles them again to send them.
Units = Sequence[Unit] | Path
GroupPair = tuple[Units, Units]


def _resolved(pairs: Sequence[GroupPair]) -> list[Pair]:
    """The units of each pair, a file read once per group (a plan of two successions of the group
    is one list, as when it travelled pickled with the group)."""
    read: dict[Path, Sequence[Unit]] = {}

    def units(given: Units) -> Sequence[Unit]:
        if not isinstance(given, Path):
            return given
        if given not in read:
            read[given] = pickle.loads(given.read_bytes())
        return read[given]

    return [(units(later), units(earlier)) for later, earlier in pairs]


def _align_group(given: Sequence[GroupPair]) -> Packed:
    assert _TERMS is not None
    pairs = _resolved(given)
    found: list[Continuation] = []
    for later, earlier in pairs:
        found += align(later, earlier, _TERMS)
    _forget_but(frozenset(u.plan_id for later, earlier in pairs for u in (*later[:1], *earlier[:1])))
    return packed(found)


def _forget_but(plans: frozenset[str]) -> None:
    """Drop the recipes of units outside ``plans`` and the plans of the previous groups."""
    _KEPT.append(plans)
    del _KEPT[:-KEEP_GROUPS]
    keep = frozenset().union(*_KEPT)
    for unit_id in [i for i, (unit, _) in similarity._RECIPES.items() if unit.plan_id not in keep]:
        del similarity._RECIPES[unit_id]


# The collector's first threshold in an aligning worker (Python's default: 700). Aligning makes
# and drops a great many small containers (a group's rows, concepts, explanations), none in
# cycles: with 700 the collector was 16 % of the workers' samples in a 1,000-plan build (py-spy),
# and 12 groups aligned in one process took 5.41-5.50 s of CPU, 5.02-5.34 s with the collector
# off, 5.17-5.35 s at 20,000 (bench/README.md). Memory is held by the caches, bounded as before.
ALIGN_GC_THRESHOLD = 20_000


def _init_align_worker() -> None:
    """Once per aligning worker: the objects it was forked with (the writer's, kept to its end) are
    frozen, out of the collector's way: each full collection walked them all and wrote to each,
    copying the pages the fork had shared."""
    end_quietly_on_interrupt()
    gc.freeze()
    gc.set_threshold(ALIGN_GC_THRESHOLD, *gc.get_threshold()[1:])


class AlignPool:
    """Aligns groups of successions for a whole lineage stage in worker processes forked once,
    which keep their caches (a unit's recipe, its concepts, its word pieces) from one group to
    the next; the units of each group are sent to them. Forking a pool per chunk of successions
    started every chunk with empty caches: two workers spent ~30 % more CPU than one process.

    Where there are too few successions or cores, or fork is not the start method, groups are
    aligned in this process when submitted."""

    def __init__(self, terms: LineageTerms, successions: int) -> None:
        self.terms = terms
        count = self.workers(successions)
        self.forked = self.forks(successions)
        self.pool: ProcessPoolExecutor | None = None
        self.count = count if self.forked else 1

    @staticmethod
    def workers(successions: int) -> int:
        setting = configured()
        return min(cores() if setting is None else setting, successions)

    @classmethod
    def forks(cls, successions: int) -> bool:
        """Whether a pool for this many successions aligns them in forked workers."""
        return (
            cls.workers(successions) >= 2
            and successions >= PARALLEL_MIN_PAIRS
            and multiprocessing.get_start_method() == "fork"
        )

    def __enter__(self) -> AlignPool:
        global _TERMS
        if self.forked:
            _TERMS = self.terms
            self.pool = ProcessPoolExecutor(
                self.count, mp_context=multiprocessing.get_context("fork"), initializer=_init_align_worker
            )
        return self

    def __exit__(self, *exc: object) -> None:
        global _TERMS
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
            _TERMS = None

    def submit(self, pairs: Sequence[GroupPair]) -> Future[Packed]:
        """The continuations of ``pairs`` (in pair order), ``packed``, to come."""
        if self.pool is not None:
            return self.pool.submit(_align_group, list(pairs))
        done: Future[Packed] = Future()
        found: list[Continuation] = []
        cache: TextConcepts = {}
        for later, earlier in _resolved(pairs):
            found += align(later, earlier, self.terms, cache)
        done.set_result(packed(found))
        return done
