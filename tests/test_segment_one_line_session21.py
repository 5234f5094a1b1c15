"""Session 21's rules for where a title read inline ends (texts that lost their line breaks): at the subject its
first sentence opens with, and at a bracketed or document-listing first child. Excerpts are real texts of the scored
rounds joined as a one-line crawl joins them (bench/one_line.py); each test fails without its rule (the third,
without its exceptions)."""

from __future__ import annotations

from pathlib import Path

from bench.one_line import one_line
from plankg.loaders.structure.segment import headings_inline

TEXTS = Path(__file__).parent / "realworld" / "texts"


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


def test_a_title_ends_where_its_sentence_opens_with_the_place_it_speaks_for() -> None:
    # INLINE_SUBJECT_OPENERS (cy-fuel-stations-2026 joined): "规划布局不合理|我县加油站主要坐落于…"
    text = (
        "第四节  存在的问题一、规划布局不合理我县加油站主要坐落于城区、高速公路、省道国道、县乡道、农村等区域，"
        "一些偏远乡镇加油站建设工作无人申请。二、存在加油站建设间距问题如崇阳大道加油站，同一条道路上建站间距不够。"
    )
    assert titles(text)[0] == (1, "一、", "规划布局不合理")


def test_a_title_ends_where_its_sentence_opens_with_the_bodies_it_speaks_to() -> None:
    # INLINE_SUBJECT_OPENERS (nat-smart-business-district-2022 joined): "提升城市商业能级|各地商务主管部门要将…"
    text = (
        "一、推动智慧商圈建设。要充分运用现代信息技术。二、提升城市商业能级各地商务主管部门要将发展智慧商圈、"
        "智慧商店与步行街改造提升、打造城市一刻钟便民生活圈等工作有机结合，持续深化城市商业提升行动。"
    )
    assert titles(text)[1] == (1, "二、", "提升城市商业能级")


def test_a_subject_word_inside_a_title_does_not_end_it() -> None:
    # SUBJECT_WORD_HEADS (资本市场 is no 本市, ah-iiot-2021), SUBJECT_AFTER_VERBS (推动各地…, sz-carbon-peak-2024)
    text = (
        "一、因地制宜推动各地绿色低碳发展。各县级市、区要对标国际先进水平。"
        "二、支持工业互联网利用资本市场加快发展。依托中小企业融资专项行动，加强合作银行与工业互联网企业间双向推介。"
    )
    assert [title for _, _, title in titles(text)] == [
        "因地制宜推动各地绿色低碳发展",
        "支持工业互联网利用资本市场加快发展",
    ]


def test_a_title_ends_where_its_first_listed_document_begins() -> None:
    # FIRST_CHILD_GLUED_TO_TITLE before 《 (bj-eco-security-2035 joined): "规划依据|1.《中华人民共和国城乡规划法》…"
    text = (
        "一、规划原则刚弹结合，精细治理。强化国土空间的用途管制。二、规划期限2021年至2035年。"
        "三、规划依据1.《中华人民共和国城乡规划法》（2019 年修正）2.《中华人民共和国环境保护法》（2015 年修订）"
    )
    assert titles(text)[2] == (1, "三、", "规划依据")


def test_a_title_ends_where_its_bracketed_first_point_begins() -> None:
    # BRACKETED_CHILD_GLUED_TO_TITLE (nat-ai-safety-framework-2024 joined): "模型算法安全风险应对|（a）不断提高…"
    text = (
        "（一）模型算法安全风险应对（a）不断提高人工智能可解释性、可预测性，为人工智能系统内部构造提供明确说明。"
        "（二）数据安全风险应对（a）遵守数据收集使用规则。"
    )
    assert [title for _, _, title in titles(text)] == ["模型算法安全风险应对", "数据安全风险应对"]


def test_noun_titled_entries_glued_to_their_paragraphs_are_no_untitled_provisions() -> None:
    # TITLED_ENTRY_OPENERS, PROVISION_MODALS (sd-smart-mfg-pilot-2016 joined, the whole text): "（一）离散型
    # 智能制造试点示范|在机械、汽车…" reads like a provision led by its subject, but its siblings "（一）加强组织
    # 领导|积极向工信部进行汇报和沟通" show titles glued to their sentences, so the (n) keep short titles
    text = one_line((TEXTS / "sd-smart-mfg-pilot-2016.txt").read_text(encoding="utf-8"))
    found = titles(text)
    assert (2, "（一）", "离散型智能制造试点示范") in found
    assert (2, "（一）", "加强组织领导") in found
    assert (2, "（三）", "大力推进交流合作") in found
