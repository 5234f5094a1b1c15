"""Aligning many successions at once, on every core.

Successions are independent: each aligns the units of one later plan with those of one earlier
plan. One process aligned 78 successions of 100,000 generated units in 35 s of CPU
(bench/lineage.py), most of a large build's lineage stage; split over the cores, the wall time
divides by their number. Workers are forked, so they start with the units, the vocabulary and
the segmenter already in memory and only their results travel back; where fork is not the
default (macOS, Windows) the successions are aligned in this process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from plankg.lineage.align import Continuation, align
from plankg.lineage.similarity import LineageTerms, TextConcepts, Unit
from plankg.workers import configured, cores

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
        with ProcessPoolExecutor(count, mp_context=context) as pool:
            results = dict(zip(order, pool.map(_align_one, order, chunksize=1), strict=True))
    finally:
        _PAIRS, _TERMS = (), None
    return [c for i in range(len(pairs)) for c in results[i]]
