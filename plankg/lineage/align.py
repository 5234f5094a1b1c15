"""Aligning the units of a later plan with those of an earlier one it follows.

Scores alone link too much: one generic term (人才, 企业) makes every talent unit of one plan a
little like every talent unit of the other. The alignment keeps a pair only when it is near the
best on both sides — among the best matches of the later unit AND among the best matches of
the earlier unit (mutual near-best) — so the link goes to the unit that is really the
counterpart, while a broad later unit may still continue several earlier ones (and vice versa)
when they are about equally close.

Pure: units in, ``Continuation`` records out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from plankg.lineage.similarity import LineageTerms, Unit, build_space, explain, scores

# A pair counts from this cosine on (chosen on the dev split with bench/eval_lineage.py; the
# sweep there shows the trade-off).
MIN_SCORE = 0.2
# ... and when it is within this fraction of the best score of the later unit and of the best
# score of the earlier unit (mutual near-best). 1.0 would keep mutual best matches only.
RELATIVE = 0.72
# A pair this strong is kept even if one side has a better match (a broad unit continued twice).
SURE_SCORE = 0.5
MAX_PER_UNIT = 4
# Rows scored at a time, so that two large plans never need a full dense matrix at once.
CHUNK = 2048


@dataclass(frozen=True)
class Continuation:
    later: str  # unit id in the later plan
    earlier: str  # unit id in the earlier plan
    score: float
    shared_terms: tuple[str, ...]
    method: str
    later_label: str = "Task"
    earlier_label: str = "Task"


def align(later: Sequence[Unit], earlier: Sequence[Unit], terms: LineageTerms) -> list[Continuation]:
    """Which later units continue which earlier ones, best first for each later unit."""
    later = sorted((u for u in later if u.title.strip()), key=lambda u: u.id)
    earlier = sorted((u for u in earlier if u.title.strip()), key=lambda u: u.id)
    if not later or not earlier:
        return []
    space = build_space(later, earlier, terms)
    late, early = space.rows("later"), space.rows("earlier")
    col_best = np.zeros(len(earlier))
    row_best = np.zeros(len(later))
    candidates: list[tuple[int, int, float]] = []
    for start in range(0, len(later), CHUNK):
        block = (late[start : start + CHUNK] @ early.T).tocsr()
        if block.nnz:
            dense_max = block.max(axis=1).toarray().ravel()
            row_best[start : start + len(dense_max)] = dense_max
            col_best = np.maximum(col_best, block.max(axis=0).toarray().ravel())
        coo = block.tocoo()
        keep = coo.data >= MIN_SCORE
        candidates += [
            (start + int(r), int(c), float(v))
            for r, c, v in zip(coo.row[keep], coo.col[keep], coo.data[keep], strict=True)
        ]
    by_later: dict[int, list[tuple[float, int]]] = {}
    for i, j, value in candidates:
        near_best = value >= RELATIVE * row_best[i] and value >= RELATIVE * col_best[j]
        if near_best or value >= SURE_SCORE:
            by_later.setdefault(i, []).append((value, j))
    found: list[Continuation] = []
    for i in sorted(by_later):
        for value, j in sorted(by_later[i], key=lambda s: (-s[0], earlier[s[1]].id))[:MAX_PER_UNIT]:
            shared, method = explain(space, i, j)
            found.append(
                Continuation(
                    later[i].id, earlier[j].id, round(value, 3), shared, method, later[i].label, earlier[j].label
                )
            )
    return found


def score_matrix(later: Sequence[Unit], earlier: Sequence[Unit], terms: LineageTerms) -> np.ndarray:
    """All scores (for evaluation sweeps): rows follow ``later``, columns ``earlier`` as given."""
    return np.asarray(scores(build_space(later, earlier, terms)))
