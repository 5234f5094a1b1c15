"""Lineage in the graph: FOLLOWS between plans (inferred where the manifest is silent) and
CONTINUES between the units of each plan and those of the plans it follows.

Works on what the store holds, after plans are written. Incremental: given the plans a build
wrote, only the successions that involve one of them (or that appeared or vanished because of
them) are re-linked; the CONTINUES of other successions stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from plankg.graph.model import RelRows
from plankg.graph.store import PLAN_LINK, GraphStore
from plankg.lineage.align import Continuation, align
from plankg.lineage.similarity import LineageTerms, TextConcepts, Unit, prepare
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
    successions = infer_successions(plans)
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
    fields: dict[str, set[str]] = {}
    for query in (registry.TASK_FIELDS, registry.SECTION_FIELDS):
        for row in query.run(store, plan=plan_id):
            fields.setdefault(row["id"], set()).add(row["field"])
    plan = registry.PLAN.run(store, plan=plan_id)
    text = (plan[0]["text"] or "") if plan else ""
    return plan_units(
        registry.SECTION_PROFILES.run(store, plan=plan_id),
        registry.TASK_PROFILES.run(store, plan=plan_id),
        text,
        fields,
    )


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
    store: GraphStore, written: Sequence[str] | None = None, vocabulary: FieldVocabulary | None = None
) -> LinkResult:
    """Infer successions, then (re)compute CONTINUES.

    ``written``: the plan ids this build wrote; None re-links every succession (all or nothing).
    """
    terms = load_terms(vocabulary)
    before = {(r["later"], r["earlier"]) for r in registry.PLAN_SUCCESSIONS.run(store)}
    result = LinkResult(inferred=link_successions(store))
    after = [(r["later"], r["earlier"]) for r in registry.PLAN_SUCCESSIONS.run(store)]
    cache: dict[str, list[Unit]] = {}

    def units(plan_id: str) -> list[Unit]:
        if plan_id not in cache:
            cache[plan_id] = units_of(store, plan_id)
        return cache[plan_id]

    if written is None:
        todo = after
    else:
        touched = set(written)
        todo = [p for p in after if p[0] in touched or p[1] in touched or p not in before]
    found: list[Continuation] = []
    seen: TextConcepts = {}
    for later, earlier in todo:
        found += align(units(later), units(earlier), terms, seen)
    groups = continuation_rows(found)
    # One transaction: the successions that went (their links only), and those re-linked, are
    # cleared and the new links written, so a failure leaves the old lineage whole.
    between = None if written is None else sorted(set(todo) | (before - set(after)))
    store.replace_relationships("CONTINUES", groups, between=between)
    result.relinked = list(todo)
    result.continues = len(found)
    return result
