"""Rules of session 23 for texts read inline (lead's branch lead23): a run that lost one marker goes on past it
(LOST_MARKER_SKIPPED), and a bracketed note of the bodies responsible ends its paragraph whatever its bracket
(CLOSED_NOTE_MARKS). The excerpts are real one-line readings of round 22's task texts; each test fails without its
rule."""

from __future__ import annotations

from pathlib import Path

from bench.one_line import one_line
from plankg.loaders.structure.document import load_plan
from plankg.loaders.structure.segment import headings_inline
from plankg.schema import PlanMeta

TASK_TEXTS = Path(__file__).parent / "realworld" / "tasks" / "texts"


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


def sections(text: str) -> set[tuple[str, str]]:
    """(number, title) of the sections the loader reads, as the task scorer reads a joined text."""
    return {(s.number, s.title) for s in load_plan(text, PlanMeta(id="x", title="x")).sections}


# yd-equipment-renewal-2024 (round 22, a district's equipment-renewal plan, PDF text): its "14." was lost with a page's
# line, so the run of numbered tasks stopped at 13. and 15.–26. were read as no heading at all:
# "…（区教育局、区科技局等按职责分工负责）15. 提升文旅设施设备水平。…（区文广旅局牵头负责）16. 推动医疗卫生装备更新。…"
def joined(name: str) -> str:
    return one_line((TASK_TEXTS / name).read_text(encoding="utf-8"))


def test_a_run_goes_on_past_one_lost_marker() -> None:
    found = sections(joined("yd-equipment-renewal-2024.md"))
    assert ("13.", "推动农业装备设备更新") in found
    assert not any(number == "14." for number, _ in found)  # lost in the text itself
    assert {("15.", "提升文旅设施设备水平"), ("16.", "推动医疗卫生装备更新"), ("17.", "开展汽车以旧换新")} <= found


def test_a_skipped_number_that_the_run_does_not_go_on_from_is_no_heading() -> None:
    # the same text with 16. gone too: 15. alone after 13. is no continuation (a cited item, a figure)
    text = joined("yd-equipment-renewal-2024.md").replace("16. 推动医疗", "推动医疗", 1)
    assert not any(number == "15." for number, _ in sections(text))


def test_decimal_clauses_do_not_skip() -> None:
    # a standard's decimal clauses restart under every chapter: no skip is read there (bj-quake-resilience-guide, dev)
    text = (
        "1.总则。本标准适用于北京。3.1.1 城市地震安全韧性目标。应明确。3.1.2 承灾体抗震韧性能力建设。宜明确。"
        "3.1.4 抗震韧性目标。应明确。3.1.5 供水。"
    )
    assert not any(number == "3.1.4" for _, number, _ in titles(text))


# cq-supercharge-2024 (round 22, Chongqing's super-charging plan as PDF text read on one line): a task's paragraph ends
# in a note of the bodies responsible closed by 〕, "…重庆高速集 团〕 （二）合理选址布点 在公共停车场…", so （二）
# stood after no sentence's end, and （二）…（八） were lost.
def test_a_closed_bracket_note_ends_its_paragraph() -> None:
    found = sections(joined("cq-supercharge-2024.md"))
    assert ("（二）", "合理选址布点") in found
    assert ("（三）", "加快先进技术应用") in found


# bj-charging-14 (round 23, a city portal's 十四五 plan page): its bold 目录 stands after 4,000 characters of navigation
# and lists no page numbers, so no TOC was parsed; joined, its entries "**目 录****序言****第一章 "十三五"时期发展
# 回顾**(一)…**第五章 组织保障**(一)加强组织协同…" were read as the headings and the body's own 第一章 continued
# nothing: the 17 tasks under 第四章 were lost (UNTITLED_GLUED_OUTLINE).
def test_an_untitled_outline_read_inline_is_a_toc_and_the_body_is_read_after_it() -> None:
    text = joined("bj-charging-14.md")
    found = load_plan(text, PlanMeta(id="x", title="x")).sections
    chapter = next(s for s in found if s.number == "第四章")
    assert chapter.start > text.index("做好媒体宣传")  # past the outline, in the body
    assert ("1.", "推动充换电停车一体化发展") in {
        (s.number, s.title) for s in found if chapter.start < s.start < chapter.end
    }


# sh-eco-env-14 (round 24, Shanghai's 十四五 eco-environment plan on a portal page), joined: its breadcrumb is a
# numbered list of links, "…2. [政务公开](https://…)3. [近期信息公开](https://…)", which opened the run of 1. points,
# so the plan's own 1.–4. under every section continued nothing (LINK_TITLE_NUMBERING read inline).
def test_a_joined_numbered_breadcrumb_of_links_opens_no_run() -> None:
    path = Path(__file__).parent / "realworld" / "tasks" / "texts" / "sh-eco-env-14.md"
    text = one_line(path.read_text(encoding="utf-8"))
    found = [(h.number, h.title) for h in headings_inline(text)]
    assert not any(title.startswith("[") for _, title in found)
    assert sum(1 for number, _ in found if number == "1.") >= 5  # a 1. under each section of 主要任务
