"""Every store behind GraphStore gives the same answers: each test runs on both stores."""

from __future__ import annotations

from collections import Counter

import pytest

from plankg.errors import QueryError, StoreError
from plankg.graph import GraphStore
from plankg.graph.model import PlanRows
from plankg.graph.store import relink_plans
from plankg.pipeline import Loaded, write_all
from plankg.queries import registry


def _build(store: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    write_all(store, list(loaded_plans.values()))


def _expected_counts(loaded_plans: dict[str, Loaded]) -> dict[str, int]:
    docs = [item.document for item in loaded_plans.values()]
    return {
        "Plan": len(docs),
        "Section": sum(len(d.sections) for d in docs),
        "Task": sum(len(d.tasks) for d in docs),
        "HAS_SECTION": sum(len(d.sections) for d in docs),
        "HAS_TASK": sum(len(d.tasks) for d in docs),
    }


def test_build_writes_every_section_and_task(store: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    _build(store, loaded_plans)
    result = registry.stats(store)
    counts = {**result["nodes"], **result["relationships"]}
    for key, value in _expected_counts(loaded_plans).items():
        assert counts[key] == value, key
    assert counts["FOLLOWS"] == 2 and counts["INTERPRETS"] == 1


def test_building_twice_gives_identical_counts(store: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    _build(store, loaded_plans)
    first = registry.stats(store)
    _build(store, loaded_plans)
    assert registry.stats(store) == first


def test_rebuilding_one_plan_replaces_only_its_subgraph(store: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    _build(store, loaded_plans)
    before = {p["id"]: p for p in registry.stats(store)["plans"]}
    item = loaded_plans["sh-iti-12"]
    rows = item.rows
    fewer = PlanRows(
        rows.plan_id,
        rows.plan,
        {**rows.nodes, "Task": rows.nodes["Task"][:3]},
        [g for g in rows.relationships if g.type != "HAS_TASK"],
    )
    store.write_plan(fewer)
    relink_plans(store)
    after = {p["id"]: p for p in registry.stats(store)["plans"]}
    assert after["sh-iti-12"]["tasks"] == 3
    assert after["sh-iti-12"]["sections"] == before["sh-iti-12"]["sections"]
    for plan_id in before.keys() - {"sh-iti-12"}:
        assert after[plan_id] == before[plan_id]
    assert registry.stats(store)["relationships"]["FOLLOWS"] == 2  # edges into the rebuilt plan survive


def test_a_failed_write_leaves_the_previous_version(store: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    _build(store, loaded_plans)
    before = registry.stats(store)
    rows = loaded_plans["sh-sti-12"].rows
    duplicated = rows.nodes["Section"] + rows.nodes["Section"][:1]  # violates the unique id
    broken = PlanRows(rows.plan_id, rows.plan, {**rows.nodes, "Section": duplicated}, rows.relationships)
    with pytest.raises(StoreError, match="nothing changed"):
        store.write_plan(broken)
    assert registry.stats(store) == before


def test_named_queries(built: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    store = built  # the shared graph: these tests only read
    sections = registry.SECTIONS.run(store, plan="sh-stic-14", depth=1)
    assert [s["title"] for s in sections][:2] == ["发展基础、形势使命与远景目标", "总体要求"]
    assert all(s["level"] == 1 for s in sections) and len(sections) == 10
    major = registry.TASKS.run(store, plan="sh-sti-12", kind="重大任务")
    assert len(major) == 25 and major[0]["title"] == "重大新药创制" and major[0]["section"] == "重大任务"
    assert len(registry.TASKS.run(store, plan="", kind="")) == _expected_counts(loaded_plans)["Task"]
    counts = registry.SECTION_COUNTS.run(store)
    assert {"plan": "sh-stic-14", "level": 3, "n": 100} in counts
    shown = registry.show(store, "sh-sti-12/s3.1")
    assert shown["label"] == "Section" and shown["properties"]["title"] == "健康上海"
    assert shown["source_text"].startswith("（一）健康上海")
    assert {e["type"] for e in shown["outgoing"]} == {"HAS_SECTION"}
    assert [e["type"] for e in shown["incoming"] if e["type"] != "CONTINUES"] == ["HAS_SECTION"]
    # Sections take part in lineage too: 十四五 生物医药 carries on 十二五 健康上海.
    assert ("CONTINUES", "sh-stic-14/s4.1.2") in {(e["type"], e["id"]) for e in shown["incoming"]}


def test_the_same_rows_come_back_from_both_stores(built: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    """Aggregates and paths computed by each engine equal what the documents hold."""
    store = built  # the shared graph: these tests only read
    doc = loaded_plans["sh-stic-14"].document
    titles = {s.id: s.title for s in doc.sections}
    per_section = Counter(titles[t.section_id] for t in doc.tasks if not t.empty)
    expected = sorted(({"section": k, "n": v} for k, v in per_section.items()), key=lambda r: (-r["n"], r["section"]))
    rows = store.run(
        "MATCH (s:Section)-[:HAS_TASK]->(t:Task) WHERE s.plan_id = $plan AND t.empty = false "
        "RETURN s.title AS section, count(t) AS n ORDER BY n DESC, section LIMIT 5",
        {"plan": "sh-stic-14"},
    )
    assert rows == expected[:5]
    paths = store.run(
        "MATCH (p:Plan {id: $plan})-[:HAS_SECTION*1..3]->(s:Section {title: $title}) RETURN s.level AS level",
        {"plan": "sh-stic-14", "title": "集成电路"},
    )
    assert paths == [{"level": 3}]


def test_unknown_node_and_bad_cypher(store: GraphStore) -> None:
    from plankg.errors import NotFoundError

    with pytest.raises(NotFoundError):
        registry.show(store, "no/such/id")
    with pytest.raises(QueryError):
        store.run("MATCH (n RETURN n")
