"""Lineage as records for people: a unit's chain across plans, and two plans aligned.

``lineage_of`` walks CONTINUES backwards and forwards from one Section or Task; ``align_plans``
gives the table a researcher puts in a report: which units of the later plan continue which
of the earlier one (with the pairs), what is new, what was dropped. Both return plain dicts
(the CLI prints them as tables or JSON; the Python API returns them as they are).
"""

from __future__ import annotations

from typing import Any

from plankg.errors import InputError, NotFoundError
from plankg.graph.store import GraphStore
from plankg.lineage.align import align, without_twins
from plankg.lineage.link import load_terms, units_of
from plankg.lineage.similarity import Unit
from plankg.lineage.units import PART
from plankg.queries import registry
from plankg.queries.naming import display_name
from plankg.queries.registry import twin_section

SNIPPET = 80  # characters of the unit's text shown beside it


class _Plans:
    """Plan periods and texts, read once per report."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.meta = {p["id"]: p for p in registry.PLANS.run(store)}
        self._text: dict[str, str] = {}

    def text(self, plan_id: str) -> str:
        if plan_id not in self._text:
            rows = registry.PLAN.run(self.store, plan=plan_id)
            self._text[plan_id] = (rows[0]["text"] or "") if rows else ""
        return self._text[plan_id]

    def snippet(self, plan_id: str, start: int | None, end: int | None) -> str:
        if start is None:
            return ""
        stop = min(end if end is not None else start + SNIPPET, start + SNIPPET)
        return " ".join(self.text(plan_id)[start:stop].split())

    def period(self, plan_id: str) -> str:
        return (self.meta.get(plan_id) or {}).get("period") or ""


def lineage_of(store: GraphStore, unit: str, depth: int = 3, plan: str | None = None) -> list[dict[str, Any]]:
    """The units a unit continues (direction "earlier") and those continuing it ("later"),
    hop by hop up to ``depth`` plan generations, with plan, period, score, reason and snippet.

    ``unit``: a Section, Task or Clause id, or a piece of a title naming one unit (a Clause, which has no title,
    by its id: "<section id>/c<n>", its number, registry.ARTICLE_BY_NUMBER, or a quote); ``plan``: the plan id the
    unit is in (a number or a title several plans share).
    """
    unit_id = lineage_unit(store, unit, plan)
    plans = _Plans(store)
    rows = []
    for row in registry.lineage(store, unit_id, depth):
        rows.append(
            {
                "direction": row["direction"],
                "hop": row["hop"],
                "id": row["id"],
                "plan_id": row["plan_id"],
                "period": plans.period(row["plan_id"]),
                "number": row["number"] or "",
                "title": row["title"] or _clause_name(store, row["id"]),
                "score": row["score"],
                "shared_terms": list(row["shared_terms"] or []),
                "method": row["method"] or "",
                "via": row["via"],
                "snippet": plans.snippet(row["plan_id"], row["start"], row["end"]),
                "start": row["start"],
                "end": row["end"],
            }
        )
    return rows


# CLAUSE_TITLED: a Clause (clauses.CLAUSE_UNITS, an untitled article) has no title, and its row in a unit's lineage
# showed an empty title beside a snippet that starts with its number: the table a researcher reads named the
# sections and tasks of a chain and left its articles blank. It is named as `show` and the quote lookup name it
# (``display_name``: number and opening words), "第十七条 培养在公共场所遵守秩序的文明行为意识", as the two plans'
# alignment table names it (its number and opening words, ``units.clause_opening``).
def _clause_name(store: GraphStore, unit_id: str) -> str:
    """A Clause's number and opening words; "" for any other unit (a section or task without a title)."""
    found = registry.NODE.run(store, id=unit_id)
    node = found[0]["node"] if found else {}
    return display_name(node) if node.get("_label") == "Clause" else ""


def lineage_unit(store: GraphStore, unit: str, plan: str | None = None) -> str:
    """The id of the unit whose lineage ``lineage_of(store, unit)`` follows: the unit ``unit``
    names (in ``plan`` when given), and for an item that is both a Section and a Task, the Section (which holds its
    links)."""
    return twin_section(store, _find_unit(store, unit, plan))


def _find_unit(store: GraphStore, ref: str, plan: str | None = None) -> str:
    """``registry.find_unit``, where a title naming an item that is both a Section and a Task
    (``align.TWINS``: same plan, same title) names that one item, not two units."""
    try:
        return registry.find_unit(store, ref, plan)
    except NotFoundError:
        if registry.ARTICLE_NUMBER.fullmatch(ref.strip()):
            raise  # an article's number: registry.ARTICLE_BY_NUMBER said what it found
        hits = [h for h in registry.SECTIONS_TITLED.run(store, text=ref) if plan is None or h["plan_id"] == plan]
        named = {(h["plan_id"], h["title"]) for h in hits}
        tasks = [
            h
            for h in registry.TASKS_TITLED.run(store, text=ref)
            if (h["plan_id"], h["title"]) not in named and (plan is None or h["plan_id"] == plan)
        ]
        units = hits + tasks
        exact = [h for h in units if h["title"] == ref]
        if len(units) == 1 or len(exact) == 1:
            return str((exact or units)[0]["id"])
        if not units:
            raise
        # The refusal listed each twin item twice (its Section and its Task): "4 units match '乡村振兴'"
        # for 广东's 2022 and 2023 reports' one item each. It names each item once.
        many = exact or units
        listed = "; ".join(f"{h['id']} {h['title']}" for h in many[:6])
        raise NotFoundError(
            f"{len(many)} units match {ref!r}, give an id: {listed}{' …' if len(many) > 6 else ''}"
        ) from None


def _unlinked(units: list[Unit], linked: set[str]) -> list[Unit]:
    """The top-most units with no link in their subtree (nothing at or below them is linked):
    lines of work the other plan has no counterpart for, each listed once (not its items)."""
    parent = {u.id: u.parent for u in units}
    busy = set()
    for unit_id in linked:
        node = unit_id
        while node and node not in busy:
            busy.add(node)
            node = parent.get(node, "")
    quiet = {u.id for u in units if u.id not in busy}
    return [u for u in units if u.id in quiet and u.parent not in quiet]


def _unit_record(unit: Unit, twins: dict[str, list[Unit]]) -> dict[str, Any]:
    return {
        "id": unit.id,
        "plan_id": unit.plan_id,
        "label": _kind(unit, twins),
        "number": unit.number,
        "title": unit.title,
        "also": [t.id for t in twins.get(unit.id, ())],
    }


def _kind(unit: Unit, twins: dict[str, list[Unit]]) -> str:
    """ "Section", "Task", "Clause", or "Section+Task" for an item that is both (``align.TWINS``)."""
    return f"{unit.label}+Task" if unit.id in twins else unit.label


def check_order(plans: _Plans, later: str, earlier: str) -> None:
    """Refuse a pair given the wrong way round, or a plan against itself.

    ``--plan`` names the later plan: swapped (``--plan sh-sti-12 --against sh-stic-14``), a 十二五
    plan was reported as carrying on a 十四五 one, hundreds of pairs of nonsense read as a finding.
    Wrong way round: the graph says the earlier one follows the later, or, for plans that are no
    succession in the graph, it starts in a later year.
    """
    if later == earlier:
        raise InputError(f"--plan and --against both name {later}; give a later plan and an earlier one")
    successions = {(r["later"], r["earlier"]) for r in registry.PLAN_SUCCESSIONS.run(plans.store)}
    if (later, earlier) in successions:
        return  # the graph (a manifest's follows:, or inference) says this way round
    start = {plan_id: plans.meta[plan_id].get("start_year") for plan_id in (later, earlier)}
    follows = (earlier, later) in successions
    later_start, earlier_start = start[later], start[earlier]
    if follows or (later_start is not None and earlier_start is not None and later_start < earlier_start):
        # A plan without a period (a yearly work report) read "nat-gwr-2009 (?, from 2009)": say what is known.
        when = {p: ", ".join(filter(None, (plans.period(p), f"from {start[p] or '?'}"))) for p in (later, earlier)}
        raise InputError(
            f"{later} ({when[later]}) is earlier than {earlier} ({when[earlier]}): --plan takes the later plan; "
            f"did you mean --plan {earlier} --against {later}?"
        )


def align_plans(store: GraphStore, later: str, earlier: str) -> dict[str, Any]:
    """Two plans aligned unit by unit.

    Returns ``{"later", "earlier", "source", "continues": [...], "new": [...], "dropped": [...]}``:
    ``continues`` holds one record per CONTINUES pair (later unit, earlier unit, each with its
    kind, score, shared terms, method; an item that is both a Section and a Task, its links on
    the Section, is one unit of kind "Section+Task", its Task's id in ``also`` of the
    new/dropped records); ``new`` the later plan's units on a line of work none of the earlier plan's
    units carries (nothing at or below them is linked; the top-most such unit is listed, not
    its items); ``dropped`` likewise the earlier plan's units nothing continues. ``source`` is
    "graph" when the plans are a succession in the graph (the stored CONTINUES), "computed"
    when aligned on the fly.
    """
    plans = _Plans(store)
    for plan_id in (later, earlier):
        if plan_id not in plans.meta:
            raise NotFoundError(f"no plan {plan_id!r} in the graph (see `plankg stats`)")
    check_order(plans, later, earlier)
    later_units, earlier_units = units_of(store, later), units_of(store, earlier)
    by_id = {u.id: u for u in [*later_units, *earlier_units]}
    # An item that is both a Section and a Task (align.TWINS) is one unit: its links are on the
    # Section (align.TWIN_LINKS_ONCE; a store written before may hold them on both nodes), one row
    # under the Section, its kind "Section+Task" and the Task's id in "also".
    twins = {**without_twins(later_units)[1], **without_twins(earlier_units)[1]}
    as_section = {t.id: section for section, tasks in twins.items() for t in tasks}
    later_units = [u for u in later_units if u.id not in as_section]  # in the plan's order
    earlier_units = [u for u in earlier_units if u.id not in as_section]
    successions = {(r["later"], r["earlier"]) for r in registry.PLAN_SUCCESSIONS.run(store)}
    if (later, earlier) in successions:
        source = "graph"
        pairs = [
            (r["later"], r["earlier"], r["score"], list(r["shared_terms"] or []), r["method"] or "")
            for r in registry.PLAN_CONTINUATIONS.run(store, later=later, earlier=earlier)
        ]
    else:
        source = "computed"
        pairs = [
            (c.later, c.earlier, c.score, list(c.shared_terms), c.method)
            for c in align(later_units, earlier_units, load_terms())
        ]
    # Run-in parts (units.RUN_IN_PARTS) are compared, not reported: their links are on their units.
    later_units = [u for u in later_units if PART not in u.id]
    earlier_units = [u for u in earlier_units if PART not in u.id]
    continues = []
    seen: set[tuple[str, str]] = set()
    for later_id, earlier_id, score, shared, method in pairs:
        a, b = by_id.get(as_section.get(later_id, later_id)), by_id.get(as_section.get(earlier_id, earlier_id))
        if a is None or b is None or (a.id, b.id) in seen:
            continue
        seen.add((a.id, b.id))
        continues.append(
            {
                "later_id": a.id,
                "later_kind": _kind(a, twins),
                "later_number": a.number,
                "later_title": a.title,
                "earlier_id": b.id,
                "earlier_kind": _kind(b, twins),
                "earlier_number": b.number,
                "earlier_title": b.title,
                "score": score,
                "shared_terms": shared,
                "method": method,
            }
        )

    return {
        "later": later,
        "earlier": earlier,
        "source": source,
        "continues": continues,
        "new": [_unit_record(u, twins) for u in _unlinked(later_units, {c["later_id"] for c in continues})],
        "dropped": [_unit_record(u, twins) for u in _unlinked(earlier_units, {c["earlier_id"] for c in continues})],
    }
