"""The articles of a regulation without chapters are Clauses of the Plan itself (lineage.clauses.PLAN_BODY_ARTICLES),
articles a crawl glued onto one line are clauses too (GLUED_ARTICLES), an article is named by its number
(registry.ARTICLE_BY_NUMBER), and `platforms` says why it found nothing (cli NO_PLATFORMS_SAYS_WHY).

Real texts: 中华人民共和国个人所得税法实施条例 (2018, 第一条…第三十六条 under no 第X章) and 平潭县城乡医疗救助实施办法
(2012, a crawl of one line: "第一章 总 则 第一条 根据…制定本实施办法。 第二条 医疗救助是指…"), in
tests/realworld/texts; each store test runs on LadybugDB and on Neo4j."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

import plankg
from plankg.cli import app
from plankg.errors import NotFoundError
from plankg.graph.model import project
from plankg.graph.store import GraphStore
from plankg.lineage.clauses import clause_rows
from plankg.lineage.report import align_plans, lineage_of
from plankg.lineage.units import plan_units
from plankg.pipeline import discover, load_plans, read_text, write_all
from plankg.queries import registry

TEXTS = Path(__file__).parent / "realworld" / "texts"
IIT = TEXTS / "nat-iit-law-implementing-regulations-2018.html"
PINGTAN = TEXTS / "pt-medical-aid-rules-2012.txt"
SH_STIC = Path(__file__).parent.parent / "data" / "plans" / "shanghai-sti-center-14th-fyp.txt"


def _loaded(path: Path):  # type: ignore[no-untyped-def]
    return load_plans(discover([path]))[0].document


def test_a_regulation_without_chapters_has_its_articles_as_clauses_of_the_plan() -> None:
    doc = _loaded(IIT)
    assert doc.sections == []  # articles are not headings: the headings stay as segmented
    rows = project(doc)
    clauses = rows.nodes["Clause"]
    assert [c["number"] for c in clauses] == [f"第{n}条" for n in _numerals(36)]
    assert clauses[0]["id"] == f"{doc.plan.id}/c1"
    assert clauses[0]["text"].startswith("根据《中华人民共和国个人所得税法》")
    assert clauses[-1]["text"].startswith("本条例自2019年1月1日起施行")
    held = [g for g in rows.relationships if g.type == "HAS_CLAUSE"]
    assert [(g.source_label, g.target_label) for g in held] == [("Plan", "Clause")]
    assert {r["source"] for r in held[0].rows} == {doc.plan.id}
    # The lineage units are the same articles, titled by their opening words, under no section.
    units = [u for u in plan_units([], [], doc.text, plan_id=doc.plan.id) if u.label == "Clause"]
    assert len(units) == 36 and units[0].title == "根据《中华人民共和国个人所得税法》（以下简称个人所得税法）"
    assert units[0].parent == "" and units[0].context == ()


def test_the_plans_own_run_opens_at_the_first_article() -> None:
    # The front matter above 第一条 (a 令's lines) is no article; a run that does not open at 第一条 is no
    # regulation's (a notice's line citing "第三条" and "第四条" of another text).
    text = "国务院令\n第707号\n第一条 为了规范管理，制定本条例。\n第二条 本条例所称…，是指…。\n"
    assert [r["number"] for r in clause_rows([], [], text, "p")] == ["第一条", "第二条"]
    cited = "关于执行的通知\n第三条 所称补贴按原规定执行。\n第四条 所称津贴按原规定执行。\n"
    assert clause_rows([], [], cited, "p") == []


def test_a_line_opening_with_a_cross_reference_is_no_article() -> None:
    # 南方监能市场〔2025〕145号 (a PDF's lines): "…相关时限要求按照《电力业务许可证监督管理办法》" / "第七条规定执行。"
    text = (
        "第一条 为规范…，制定本细则。\n第二条 对于已办理注册手续的，按照本细则\n第一条规定执行。\n"
        "第三条 本细则自发布之日起施行。\n"
    )
    assert [r["number"] for r in clause_rows([], [], text, "p")] == ["第一条", "第二条", "第三条"]


def test_articles_glued_on_one_line_are_clauses_of_their_chapters() -> None:
    doc = _loaded(PINGTAN)
    assert [s.number for s in doc.sections] == [f"第{n}章" for n in _numerals(7)]  # headings unchanged
    clauses = project(doc).nodes["Clause"]
    assert [c["number"] for c in clauses] == [f"第{n}条" for n in _numerals(36)]
    # "第二章 医疗救助对象 第五条 医疗救助对象为具有…": a chapter's lone article, in a text of articles.
    fifth = clauses[4]
    assert fifth["id"] == f"{doc.plan.id}/s2/c1" and fifth["text"].startswith("医疗救助对象为具有")
    assert "第六条" not in fifth["text"]  # it ends where 第三章 begins
    assert clauses[0]["text"].startswith("根据《福建省城市医疗救助办法》")
    assert clauses[0]["text"].rstrip().endswith("制定本实施办法。")


def test_glued_articles_keep_their_sequence() -> None:
    # A run-in cross-reference after a sentence's end continues no run ("。第二条规定的…" after 第五条).
    text = (
        "第一章 总则 第一条 为了规范，制定本办法。 第二条 本办法适用于本县。 第三条 救助对象按照本办法"
        "。第一条的规定确定。 第四条 本办法自发布之日起施行。"
    )
    sections = [{"id": "p/s1", "plan_id": "p", "number": "第一章", "start": 0, "end": len(text), "parent": None}]
    assert [r["number"] for r in clause_rows(sections, [], text)] == ["第一条", "第二条", "第三条", "第四条"]
    # Text of its own before the first article: the article is inside a paragraph, not the chapter's run.
    prose = "第一章 总则 本章说明。 第一条 为了规范，制定本办法。 第二条 本办法适用于本县。"
    sections[0]["end"] = len(prose)
    assert clause_rows(sections, [], prose) == []


@pytest.fixture
def rules(store: GraphStore, tmp_path: Path) -> GraphStore:
    """The 2018 regulation's first ten articles as two editions of a chapterless rule (the later one rewords its
    第二条 and drops 第十条), and the 平潭 crawl."""
    folder = tmp_path / "plans"
    folder.mkdir()
    text = read_text(IIT)[0]
    body = text[text.index("第一条 根据") : text.index("第十一条")]
    (folder / "iit-a.txt").write_text("个人所得税法实施条例\n" + body, encoding="utf-8")
    later = body.replace("习惯性居住", "经常性居住")[: body.index("第十条")]
    (folder / "iit-b.txt").write_text("个人所得税法实施条例\n" + later, encoding="utf-8")
    shutil.copy(PINGTAN, folder / PINGTAN.name)
    shutil.copy(SH_STIC, folder / SH_STIC.name)
    plans = [
        {"id": "iit-a", "file": "iit-a.txt", "title": "个人所得税法实施条例", "kind": "plan", "start_year": 2011},
        {
            "id": "iit-b",
            "file": "iit-b.txt",
            "title": "个人所得税法实施条例（修订）",
            "kind": "plan",
            "start_year": 2018,
            "follows": ["iit-a"],
        },
        {"id": "pt", "file": PINGTAN.name, "title": "平潭县城乡医疗救助实施办法", "kind": "plan", "start_year": 2012},
        {"id": "sh", "file": SH_STIC.name, "title": "上海市科创中心“十四五”规划", "kind": "plan", "start_year": 2021},
    ]
    (folder / "plans.yaml").write_text(yaml.safe_dump({"plans": plans}, allow_unicode=True), encoding="utf-8")
    write_all(store, load_plans(discover([folder])))
    return store


def test_plan_clauses_are_written_counted_and_exported(rules: GraphStore) -> None:
    held = rules.run("MATCH (p:Plan)-[:HAS_CLAUSE]->(c:Clause) RETURN p.id AS plan, count(c) AS n ORDER BY plan")
    assert [(r["plan"], r["n"]) for r in held] == [("iit-a", 10), ("iit-b", 9)]
    counts = {r["plan"]: r["n"] for r in rules.run(registry.PER_PLAN_COUNTS["clauses"])}
    assert {k: v for k, v in counts.items() if v} == {"iit-a": 10, "iit-b": 9, "pt": 36}
    profiles = registry.CLAUSE_PROFILES.run(rules, plans=["iit-a", "pt"])
    assert {r["section"] for r in profiles if r["plan_id"] == "iit-a"} == {"iit-a"}
    assert {r["section"] for r in profiles if r["plan_id"] == "pt"} == {f"pt/s{n}" for n in range(1, 8)}
    ids = {r["id"] for r in registry.EXPORT_PLAN.run(rules, plan="iit-a")}
    assert {f"iit-a/c{n}" for n in range(1, 11)} <= ids


def test_a_plans_own_clauses_come_in_text_order_from_the_named_query_and_the_api(rules: GraphStore) -> None:
    # plan_clauses (NO_SECTIONS_SAYS_WHERE): the articles the Plan holds itself, for the CLI's empty-sections message
    # and a notebook alike; the 平潭 rules keep theirs under their chapters, so it holds none itself.
    rows = registry.PLAN_CLAUSES.run(rules, plan="iit-a")
    assert [r["id"] for r in rows] == [f"iit-a/c{n}" for n in range(1, 11)]
    assert [r["number"] for r in rows][:3] == ["第一条", "第二条", "第三条"] and rows[-1]["number"] == "第十条"
    assert rows[1]["text"].startswith("个人所得税法所称在中国境内有住所") and "习惯性居住" in rows[1]["text"]
    assert registry.PLAN_CLAUSES.run(rules, plan="pt") == []
    options = _store_options(rules)
    where = {"store": options[1]} if options[0] == "--store" else {"neo4j": options[1]}
    with plankg.open(**where) as graph:
        assert [r["id"] for r in graph.clauses("iit-b")] == [f"iit-b/c{n}" for n in range(1, 10)]
        with pytest.raises(NotFoundError):
            graph.clauses("no-such-plan")


def test_two_editions_of_a_chapterless_rule_compare_article_with_article(rules: GraphStore) -> None:
    # 第二条 reworded ("习惯性居住" → "经常性居住") carries on the earlier 第二条.
    rows = lineage_of(rules, "第二条", plan="iit-b")
    assert ("earlier", "iit-a/c2") in {(r["direction"], r["id"]) for r in rows}
    table = align_plans(rules, "iit-b", "iit-a")
    pairs = {(p["later_id"], p["earlier_id"]) for p in table["continues"] if p["later_kind"] == "Clause"}
    assert {("iit-b/c1", "iit-a/c1"), ("iit-b/c2", "iit-a/c2")} <= pairs
    assert "iit-a/c10" in {d["id"] for d in table["dropped"]}


def test_an_article_is_named_by_its_number(rules: GraphStore) -> None:
    assert registry.find_unit(rules, "第五条", plan="pt") == "pt/s2/c1"
    assert registry.find_unit(rules, "第三十条").startswith("pt/s")  # only the 平潭 rules have 30 articles
    with pytest.raises(NotFoundError, match=r"^3 articles numbered '第五条' in 3 plans, give --plan or an id: iit-a/"):
        registry.find_unit(rules, "第五条")
    with pytest.raises(NotFoundError, match="nor an article quoting it or numbered so in iit-b"):
        registry.find_unit(rules, "第十条", plan="iit-b")


def test_cli_lineage_takes_an_article_number_and_a_plan(rules: GraphStore, tmp_path: Path) -> None:
    options = _store_options(rules)
    result = CliRunner().invoke(app, ["lineage", "第二条", "--plan", "iit-b", "--format", "json", *options])
    assert result.exit_code == 0, result.output
    assert "iit-a/c2" in {r["id"] for r in json.loads(result.stdout)}
    ambiguous = CliRunner().invoke(app, ["lineage", "第二条", *options])
    assert ambiguous.exit_code != 0
    message = ambiguous.output.strip()
    assert "articles numbered '第二条'" in message and "give --plan or an id" in message and "\n" not in message


def test_platforms_that_find_nothing_say_why(rules: GraphStore) -> None:
    options = _store_options(rules)

    def said(*args: str) -> str:
        result = CliRunner().invoke(app, ["platforms", *args, *options])
        assert result.exit_code == 0, result.output
        assert "(no results)" not in result.output
        return " ".join(result.output.split())

    # The 平潭 rules name a platform, none in 集成电路; the 上海 plan's support it.
    out = said("--field", "集成电路", "--plan", "pt")
    assert out.startswith("no platform of pt supports 集成电路: pt names 1 platform(s), none of them supporting")
    assert "other plans' platforms support it (sh)" in out
    assert "iit-a names no platform" in said("--field", "集成电路", "--plan", "iit-a")
    assert said("--field", "集成电路", "--plan", "sh").count("集成电路") >= 1  # found: the table


def _store_options(store: GraphStore) -> list[str]:
    path = getattr(store, "_path", None)
    if path is not None:
        store.close()
        return ["--store", str(path)]
    import os

    return ["--neo4j", os.environ["NEO4J_URI"]]


def _numerals(n: int) -> list[str]:
    from plankg.loaders.rules.structure import int_to_cn

    return [int_to_cn(k) for k in range(1, n + 1)]
