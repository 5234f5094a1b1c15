"""Every store behind GraphStore gives the same answers: each test runs on both stores."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from plankg.errors import QueryError, StoreError
from plankg.graph import GraphStore
from plankg.graph.model import PlanRows, RelRows
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
    assert {"plan": "sh-stic-14", "level": 3, "n": 117} in counts  # 目录 100 + 17 run-in (section_counts.yaml)
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


def _fingerprint(store: GraphStore) -> Counter[str]:
    """Every node with all its properties and every relationship with its ends and properties."""
    from plankg.graph.model import NODE_PROPERTIES, RELATIONSHIPS
    from plankg.graph.store import prop

    seen: Counter[str] = Counter()
    for label, props in NODE_PROPERTIES.items():
        columns = ", ".join(f"n.{prop(p)} AS {prop(p)}" for p in props)
        for row in store.run(f"MATCH (n:{label}) RETURN {columns}"):
            seen[f"{label} {sorted(row.items())}"] += 1
    for rel, (pairs, props) in RELATIONSHIPS.items():
        for a, b in pairs:
            columns = "".join(f", r.{prop(p)} AS {prop(p)}" for p in props)
            for row in store.run(f"MATCH (x:{a})-[r:{rel}]->(y:{b}) RETURN x.id AS x, y.id AS y{columns}"):
                seen[f"{rel} {a} {b} {sorted(row.items())}"] += 1
    return seen


def test_a_batch_of_plans_writes_the_graph_that_writing_them_in_turn_does(
    store: GraphStore, loaded_plans: dict[str, Loaded], tmp_path: Path
) -> None:
    from plankg.graph import open_store

    rows = [item.rows for item in loaded_plans.values()]
    store.ensure_schema()
    store.write_plans(rows)
    store.write_plans(rows[:2])  # a batch that replaces plans already there
    batched = _fingerprint(store)
    one_by_one = open_store(tmp_path / "one-by-one")
    try:
        one_by_one.ensure_schema()
        for r in rows:
            one_by_one.write_plan(r)
        assert batched == _fingerprint(one_by_one)
    finally:
        one_by_one.close()
    assert sum(n for key, n in batched.items() if key.startswith("Platform ")) > 0


def test_a_shared_node_named_by_two_plans_of_a_batch_keeps_the_later_plans_properties(store: GraphStore) -> None:
    from plankg.graph.model import NODE_PROPERTIES

    def plan(plan_id: str, kind: str) -> PlanRows:
        return PlanRows(
            plan_id,
            {
                **dict.fromkeys(NODE_PROPERTIES["Plan"]),
                "id": plan_id,
                "title": plan_id,
                "follows": [],
                "interprets": [],
            },
            {"Platform": [{"id": "platform:x", "name": "X平台", "kind": kind}]},
            [RelRows("MENTIONS", "Plan", "Platform", [{"source": plan_id, "target": "platform:x"}])],
        )

    store.ensure_schema()
    store.write_plans([plan("a", "平台"), plan("b", "中心")])
    assert store.run("MATCH (n:Platform) RETURN n.kind AS kind") == [{"kind": "中心"}]
    assert len(store.run("MATCH (:Plan)-[r:MENTIONS]->(:Platform) RETURN r")) == 2


def test_a_bad_plan_in_a_write_batch_fails_alone_and_is_named(
    store: GraphStore, loaded_plans: dict[str, Loaded]
) -> None:
    """Plans are written in batches; a plan that cannot be written still fails on its own: the
    plans before it are in the graph, it is named, and nothing of it was written."""
    from dataclasses import dataclass

    @dataclass
    class Item:  # what write_all reads of a loaded plan
        rows: PlanRows
        plan_id: str

    items = [Item(item.rows, plan_id) for plan_id, item in loaded_plans.items()]
    bad = items[2].rows
    items[2] = Item(
        PlanRows(bad.plan_id, bad.plan, {**bad.nodes, "Section": bad.nodes["Section"] * 2}, bad.relationships),
        bad.plan_id,
    )
    with pytest.raises(StoreError, match=f"plan {bad.plan_id}"):
        write_all(store, items)  # type: ignore[arg-type]
    written = {p["id"] for p in registry.PLANS.run(store)}
    assert written == {item.plan_id for item in items[:2]}


@pytest.fixture(scope="module")
def housing_plans(tmp_path_factory: pytest.TempPathFactory) -> list[Loaded]:
    """The housing 十四五 plan, whose numbered items are both a Section and a Task (lineage.align
    TWINS), and the 十五五 plan that continues it (tests/realworld/lineage4)."""
    from bench.eval_lineage import plans_folder
    from plankg.pipeline import discover, load_plans

    judged = Path(__file__).parent / "realworld" / "lineage4" / "judged.yaml"
    folder, _ = plans_folder(judged, tmp_path_factory.mktemp("housing"), manifest=True)
    return load_plans(discover([folder]))


def test_a_twin_tasks_lineage_is_shown_and_exported_through_its_section(
    store: GraphStore, housing_plans: list[Loaded]
) -> None:
    """The item 1.大力推动租赁住房有效供应 is a Section and a Task; its CONTINUES are written on the
    Section only (align.TWIN_LINKS_ONCE). `show` of the Task lists them, marked ``via`` the Section,
    and names its ``twin_section``; `export --task` takes the Section and the units it links."""
    from plankg.queries import export

    write_all(store, housing_plans)
    section, task, later = "sh-housing-14/s4.1.1", "sh-housing-14/s4.1/t1.1", "sh-renewal-housing-15/s2.4"
    assert registry.twin_section(store, task) == section
    assert registry.twin_section(store, section) == section
    assert registry.twin_section(store, "sh-renewal-housing-15/s2.4") == "sh-renewal-housing-15/s2.4"
    assert store.run("MATCH (:Task {id: $id})-[r:CONTINUES]-() RETURN count(r) AS n", {"id": task}) == [{"n": 0}]
    # an outgoing link too (every twin of this pair is in the earlier plan): written by hand
    store.run(
        "MATCH (a:Section {id: $a}), (b:Section {id: $b}) "
        "CREATE (a)-[:CONTINUES {score: 0.5, shared_terms: ['租赁住房'], method: 'words'}]->(b)",
        {"a": section, "b": "sh-housing-14/s2"},
        write=True,
    )

    shown = registry.show(store, task)
    assert shown["twin_section"] == section
    via = {(d, e["type"], e["id"], e["via"]) for d in ("outgoing", "incoming") for e in shown[d] if "via" in e}
    assert via == {
        ("incoming", "CONTINUES", later, section),
        ("outgoing", "CONTINUES", "sh-housing-14/s2", section),
    }
    linked = next(e for e in shown["incoming"] if e.get("via"))
    assert linked["score"] > 0 and linked["shared_terms"] and linked["label"] == "Section"
    # the Task's own relationships are still there, without via; a Section is its own twin
    assert ("HAS_TASK", "sh-housing-14/s4.1") in {(e["type"], e["id"]) for e in shown["incoming"] if "via" not in e}
    assert "twin_section" not in registry.show(store, section)
    assert "twin_section" not in registry.show(store, "sh-housing-14/s2")

    ids = {n["id"] for n in export.select(store, task=task).nodes}
    assert {task, "sh-housing-14/s4.1", section, later, "sh-housing-14/s2"} <= ids
    edges = {(e["source"], e["type"], e["target"]) for e in export.select(store, task=task).edges}
    assert (later, "CONTINUES", section) in edges and ("sh-housing-14/s4.1", "HAS_SECTION", section) in edges


def test_copyable_refuses_exactly_the_list_items_csv_cannot_carry() -> None:
    """A group goes through COPY only when every list item survives the CSV round trip: a
    non-empty string, without outer whitespace and without any LIST_UNSAFE character."""
    from plankg.graph.ladybug_bulk import LIST_UNSAFE, copyable
    from plankg.graph.model import RelRows

    def group(*terms: object) -> RelRows:
        row = {"source": "b/t1", "target": "a/t1", "score": 0.5, "shared_terms": list(terms), "method": "words"}
        return RelRows("CONTINUES", "Task", "Task", [row])

    assert copyable(group("人才", "≈集成电路（芯片）", "储能"))
    assert copyable(RelRows("CONTINUES", "Task", "Task", [{"source": "b", "target": "a", "shared_terms": None}]))
    for unsafe in sorted(LIST_UNSAFE):
        assert not copyable(group("人才", f"集成{unsafe}电路"))
    for bad in ("", " 人才", "人才\u3000", 3):
        assert not copyable(group("储能", bad))


def test_continues_staged_while_aligning_are_written_as_spooled_ones(
    tmp_path: Path, loaded_plans: dict[str, Loaded]
) -> None:
    """LadybugDB: lineage stages each chunk of CONTINUES as the CSV its COPY reads as the chunk
    comes (``ContinuationSpool(staged=True)``); the store then holds exactly what the pickled
    spool writes, a chunk's group whose terms a CSV list cannot carry (UNWIND) included."""
    from plankg.graph.ladybug_store import LadybugStore
    from plankg.lineage.link import ContinuationSpool
    from plankg.lineage.parallel import Packed

    store = LadybugStore(tmp_path / "graph")
    store.ensure_schema()
    write_all(store, list(loaded_plans.values()))
    query = (
        "MATCH (a)-[r:CONTINUES]->(b) RETURN label(a) AS la, a.id AS a, label(b) AS lb, b.id AS b, "
        "r.score AS score, r.shared_terms AS terms, r.method AS method"
    )
    found = sorted(store.run(query), key=lambda r: (r["a"], r["b"]))
    assert len(found) > 100
    chunks: list[Packed] = []
    for start in range(0, len(found), 50):
        groups: dict[tuple[str, str], list[tuple[str, str, float, tuple[str, ...], str]]] = {}
        for r in found[start : start + 50]:
            row = (r["a"], r["b"], r["score"], tuple(r["terms"]), r["method"])
            groups.setdefault((r["la"], r["lb"]), []).append(row)
        chunks.append(sorted(groups.items()))
    # a term with a comma: this group is written by UNWIND, the chunk's others by COPY
    (labels, rows), *rest = chunks[1]
    chunks[1] = [(labels, [(a, b, s, (*t, "集成,电路"), m) for a, b, s, t, m in rows]), *rest]

    def written(staged: bool) -> list[dict[str, object]]:
        with ContinuationSpool(staged=staged) as spool:
            for chunk in chunks:
                spool.add(chunk)
            assert spool.count == len(found)
            assert len(spool.files) == (1 if staged else len(chunks))  # staged: only the UNWIND group waits
            store.replace_relationships("CONTINUES", spool.groups())
        return sorted(store.run(query), key=lambda r: (r["a"], r["b"]))

    staged = written(True)
    assert staged == written(False)
    assert len(staged) == len(found) and sum("集成,电路" in r["terms"] for r in staged) == len(rows)  # type: ignore[operator]
    store.close()


def test_what_a_plan_names_is_listed_with_its_sentence(built: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    """platforms_in_plan / institutions_in_plan: every platform and institution a plan's sections
    and tasks name, one row per sentence, on both stores."""
    doc = loaded_plans["sh-stic-14"].document
    platforms = registry.PLATFORMS_IN_PLAN.run(built, plan="sh-stic-14")
    assert {r["name"] for r in platforms} == {p.name for p in doc.platforms}
    named = {(e.target_id, e.start, e.end) for e in [*doc.builds, *doc.mentions] if e.target_id.startswith("platform:")}
    assert {(r["id"], r["start"], r["end"]) for r in platforms} == named
    assert all(r["evidence"] and r["plan_id"] == "sh-stic-14" for r in platforms)
    institutions = registry.INSTITUTIONS_IN_PLAN.run(built, plan="sh-stic-14")
    assert {r["name"] for r in institutions} == {i.name for i in doc.institutions}
    assert "上海天文馆" in {r["name"] for r in institutions}  # a venue named without a usual suffix (#13)


def test_a_plan_without_headings_lists_and_exports_what_it_names(store: GraphStore) -> None:
    """A notice read without headings names its platforms from the Plan node itself (its passages
    sit in no section). Listing and exporting that plan by the sections' plan_id alone gave the
    plan and nothing it names (`plankg export --plan` wrote one node)."""
    from plankg.graph.model import project
    from plankg.loaders.extract.vocab import load_field_vocabulary
    from plankg.pipeline import analyse
    from plankg.schema import PlanMeta

    text = (
        "关于加快建设创新平台的通知\n\n"
        "支持建设上海集成电路创新中心，依托复旦大学建设国家重点实验室。推动张江实验室建设。\n"
    )
    doc = analyse(text, PlanMeta(id="note", title="关于加快建设创新平台的通知"), load_field_vocabulary())
    assert not doc.sections
    store.ensure_schema()
    store.write_plan(project(doc))
    platforms = registry.PLATFORMS_IN_PLAN.run(store, plan="note")
    assert sorted(r["name"] for r in platforms) == ["上海集成电路创新中心", "张江实验室"]
    assert [r["name"] for r in registry.INSTITUTIONS_IN_PLAN.run(store, plan="note")] == ["复旦大学"]
    exported = {r["id"] for r in registry.EXPORT_PLAN.run(store, plan="note")}
    assert exported == {
        "note",
        "platform:上海集成电路创新中心",
        "platform:张江实验室",
        "institution:复旦大学",
        "field:集成电路",
    }


def test_a_plan_export_and_stats_hold_its_articles(store: GraphStore) -> None:
    """export_plan takes a plan's Clause nodes, stats counts them: `plankg export --plan` of round 53's
    北京市地震预警管理办法 (six chapters over untitled articles) wrote the chapters and none of the articles."""
    from plankg.graph.model import project
    from plankg.loaders.extract.vocab import load_field_vocabulary
    from plankg.pipeline import analyse
    from plankg.schema import PlanMeta

    text = (
        "北京市地震预警管理办法\n\n第一章 总 则\n\n第一条 为了规范地震预警活动，制定本办法。\n\n"
        "第二条 本市行政区域内的地震预警活动，适用本办法。\n\n第二章 附则\n\n第三条 本办法自2022年1月1日起施行。\n"
    )
    doc = analyse(text, PlanMeta(id="rules", title="北京市地震预警管理办法"), load_field_vocabulary())
    graph = project(doc)
    clauses = {c["id"] for c in graph.nodes["Clause"]}
    # LONE_ARTICLE_IN_ARTICLED_TEXT (session 40): 附则's lone 第三条 is a clause too, as the 北京 rules' 第二十二条
    assert clauses == {"rules/s1/c1", "rules/s1/c2", "rules/s2/c1"}
    store.ensure_schema()
    store.write_plan(graph)
    exported = {r["id"] for r in registry.EXPORT_PLAN.run(store, plan="rules")}
    assert clauses <= exported
    # CLAUSES_COUNTED: `plankg stats` gave that plan "6 sections, 0 tasks" and no word of its articles
    [counted] = [p for p in registry.stats(store)["plans"] if p["id"] == "rules"]
    assert (counted["sections"], counted["tasks"], counted["clauses"]) == (2, 0, 3)


def test_a_store_of_an_earlier_model_is_brought_up_to_it_when_opened_to_write(
    tmp_path: Path, loaded_plans: dict[str, Loaded]
) -> None:
    """STORE_UPGRADE: a store created before CONTINUES had its Clause pairs (and before a property was added) takes
    the current model's plans when opened to write, and keeps what it held: its tables gain the pairs and columns."""
    import ladybug

    from plankg.graph.ladybug_store import LadybugStore

    path = tmp_path / "graph"
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Plan(id STRING, title STRING, PRIMARY KEY(id))")  # fewer columns than the model
    conn.execute("CREATE NODE TABLE Section(id STRING, plan_id STRING, PRIMARY KEY(id))")
    conn.execute("CREATE REL TABLE CONTINUES(FROM Section TO Section, score DOUBLE)")  # no Task or Clause pairs
    conn.execute("CREATE (:Plan {id: 'old-plan', title: '旧规划'})")
    conn.close()
    db.close()

    store = LadybugStore(path)
    store.ensure_schema()
    write_all(store, list(loaded_plans.values()))
    pairs = {
        (r["source table name"], r["destination table name"])
        for r in store.run("CALL show_connection('CONTINUES') RETURN *")
    }
    assert {("Clause", "Clause"), ("Task", "Section"), ("Section", "Section")} <= pairs
    assert store.run("MATCH (p:Plan {id: 'old-plan'}) RETURN p.title AS t") == [{"t": "旧规划"}]
    linked = store.run("MATCH (a)-[r:CONTINUES]->(b) RETURN count(r) AS n, max(r.method) AS m")
    assert linked[0]["n"] > 100 and linked[0]["m"]
    store.close()
