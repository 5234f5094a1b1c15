"""A Clause (an untitled article, lineage.clauses.CLAUSE_UNITS) is named by quoting its words: it has no title, so
`plankg lineage` and `plankg show` took it by id only. Real texts: round 30's lineage set, 金华市文明行为促进条例 as
adopted in 2019 and as amended in 2020 (tests/realworld/lineage30), written into each kind of store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plankg.errors import NotFoundError
from plankg.graph.store import GraphStore
from plankg.lineage.report import lineage_of
from plankg.pipeline import discover, load_plans, write_all
from plankg.queries import registry

PLANS = Path(__file__).parent / "realworld" / "lineage30" / "plans"


@pytest.fixture
def regulation(store: GraphStore, tmp_path: Path) -> GraphStore:
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in ("jinhua-civ-reg-2019.txt", "jinhua-civ-reg-2020.txt"):  # the Word files' antiword text
        shutil.copy(PLANS / name, folder / name)
    write_all(store, load_plans(discover([folder])))  # no manifest: the succession is inferred
    return store


def test_an_article_is_found_by_a_quote_of_its_words(regulation: GraphStore) -> None:
    # The 2020 amendment's new article: "第十六条 公民应当遵守下列文明就餐行为规范" — a new line of work, no lineage.
    unit = registry.find_unit(regulation, "文明就餐")
    assert unit.startswith("jinhua-civ-reg-2020/") and "/c" in unit
    shown = registry.show(regulation, unit)
    assert shown["label"] == "Clause" and "文明就餐" in shown["source_text"]
    # The section holding it names it by number and opening words, not by an empty title.
    holder = next(e for e in shown["incoming"] if e["type"] == "HAS_CLAUSE")
    section = registry.show(regulation, holder["id"])
    named = {e["id"]: e["name"] for e in section["outgoing"] if e["type"] == "HAS_CLAUSE"}
    assert named[unit].startswith("第十六条 ")


def test_a_quoted_article_has_its_lineage(regulation: GraphStore) -> None:
    # The 2020 edition's 第二十八条 adds a paragraph ("可以通过购买服务等方式公开招募文明引导员") to what was the 2019
    # edition's 第二十五条 ("国家机关、基层自治组织、企业事业单位和社会组织应当对其工作场所…予以劝阻、制止").
    rows = lineage_of(regulation, "通过购买服务等方式公开招募文明引")
    assert [(r["direction"], r["plan_id"]) for r in rows] == [("earlier", "jinhua-civ-reg-2019")]
    assert rows[0]["snippet"].startswith("第二十五条 国家机关、基层自治组织")


def test_a_quote_several_articles_hold_lists_them(regulation: GraphStore) -> None:
    with pytest.raises(NotFoundError, match=r"articles quote '交通文明行为', give an id: .*第十条 .*第十一条 "):
        registry.find_unit(regulation, "交通文明行为")


def test_a_quote_no_article_holds_says_so(regulation: GraphStore) -> None:
    with pytest.raises(NotFoundError, match="nor an article quoting it"):
        registry.find_unit(regulation, "集成电路装备材料")


def test_articles_word_numbered_through_the_chapters_are_clauses() -> None:
    # ARTICLES_NUMBERED_THROUGH (lineage38: 深圳经济特区文明行为条例 2020, a Word 97 file whose articles Word
    # numbers; antiword writes them "1."…"74."): numbered on from chapter to chapter, the entries are articles;
    # a plan's items that restart under each chapter are not.
    from plankg.lineage.clauses import clause_rows

    def rows(text: str) -> list[tuple[str, str]]:
        first, second = text.index("第一章"), text.index("第二章")
        sections = [
            {"id": "p/s1", "plan_id": "p", "number": "第一章", "start": first, "end": second, "parent": None},
            {"id": "p/s2", "plan_id": "p", "number": "第二章", "start": second, "end": len(text), "parent": None},
        ]
        return [(c["id"], c["number"]) for c in clause_rows(sections, [], text)]

    through = (
        "第一章  总则\n           1.   为了加快推进城市文明建设，制定本条例。\n"
        "           2.   深圳经济特区文明行为规范及实施适用本条例。\n"
        "第二章  文明行为规范\n          3.   市民应当维护公共场所秩序，遵守下列规定:\n"
        "     （一）礼貌待人，使用文明用语；\n          4.   市民应当遵守下列公共卫生规定:\n"
    )
    assert rows(through) == [("p/s1/c1", "1."), ("p/s1/c2", "2."), ("p/s2/c1", "3."), ("p/s2/c2", "4.")]
    restarting = through.replace("3.   市民", "1.   市民").replace("4.   市民", "2.   市民")
    assert rows(restarting) == []


def test_an_article_in_a_lineage_is_named_by_number_and_opening_words(regulation: GraphStore) -> None:
    # CLAUSE_TITLED: the earlier article a quoted one carries on has no title; its row in the lineage table named it
    # with an empty cell. It is named as `show` names it: number and opening words.
    rows = lineage_of(regulation, "通过购买服务等方式公开招募文明引")
    assert rows[0]["title"].startswith("第二十五条 国家机关、基层自治组织")
    assert rows[0]["number"] == "第二十五条"
