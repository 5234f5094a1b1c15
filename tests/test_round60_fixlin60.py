"""Round 60 (fixlin60): chapter cuts of 上海's 十四五 纲要 (tests/realworld/lineage60) lost their chapter or section
heading behind a PDF's figure caption and glued page numbers, and a chapter that names no year followed nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

import plankg.lineage.succession as succession
import plankg.loaders.structure.segment as segment
from plankg.lineage.succession import body_years
from plankg.loaders.structure.segment import headings_from_lines

PLANS = Path(__file__).parent / "realworld" / "lineage60" / "plans"


def _numbers(text: str) -> list[str]:
    return [h.number for h in headings_from_lines(text, plan=True)[0]]


LEAD = "围绕增强城市核心功能，强化空间载体保障，促进人口、土地等资源要素优化布局。\n"


def test_a_chapter_cut_reads_its_heading_past_a_glued_caption_and_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # EXCERPT_LEAD_PDF_MARKS: "十、优化功能布局，塑造市域空间新格局" / its lead / "78图 2 “十四五”上海市域功能布局" /
    # "7910.1 推动主城区综合功能升级" (sh-fyp14-ch10-layout): the 78 and the 7910 were read as the run's first
    # number, no run at 1, and the chapter heading was dropped, 10.1 with it.
    text = (
        "十、优化功能布局，塑造市域空间新格局\n"
        + LEAD
        + "78图 2 “十四五”上海市域功能布局\n"
        + "7910.1 推动主城区综合功能升级\n"
        + "聚焦提升城市活力和品质，突出中央活动区核心功能。\n"
        + "10.1.1 加强中央活动区功能复合。进一步提升和集聚高能级要素。\n"
    )
    assert _numbers(text)[:3] == ["十、", "10.1", "10.1.1"]
    # a glued page whose rest names another part as its parent is no child of this one
    other = text.replace("7910.1", "7911.1").replace("10.1.1", "11.1.1")
    assert _numbers(other)[:1] != ["十、"]
    monkeypatch.setattr(segment, "EXCERPT_LEAD_PDF_MARKS", False)
    assert _numbers(text)[:1] == ["10.1.1"]  # as it was read before


def test_a_decimal_section_cut_opens_with_its_heading_when_its_child_repeats_its_number() -> None:
    # "3.4 深入建设全球领先的国际航运中心" / its lead / "3.4.1 增强海港的区域联动和辐射能力。…" (sh-fyp14-s3-4-ship): a
    # section cut alone, its heading dropped as a first heading not numbered 1.
    raw = (PLANS / "sh-fyp14-s3-4-ship.txt").read_text(encoding="utf-8").replace("\r\n", "\n")
    assert _numbers(raw)[:4] == ["3.4", "3.4.1", "3.4.2", "3.4.3"]
    # a first line numbered 3.4 whose run below does not repeat it is still no heading
    assert _numbers("3.4 深入建设航运中心\n坚持区域协同。\n1.1 增强海港。\n")[:1] != ["3.4"]


def test_the_wrapped_chapter_cut_keeps_its_chapter_and_first_section() -> None:
    # "十四、努力创造高品质生活，更好满足人民对美好生活的" / "向往" / its lead / "11014.1 切实办好人民满意的一流教育"
    # (page 110 glued to 14.1; sh-fyp14-ch14-life)
    from plankg.loaders.structure.document import load_plan
    from plankg.loaders.text.read import guess_meta
    from plankg.pipeline import read_text

    path = PLANS / "sh-fyp14-ch14-life.txt"
    text, sha = read_text(path)
    sections = load_plan(text, guess_meta(text, path.stem, sha)).sections
    assert [(s.number, s.title) for s in sections[:2]] == [
        ("十四、", "努力创造高品质生活，更好满足人民对美好生活的向往"),
        ("14.1", "切实办好人民满意的一流教育"),
    ]


def test_a_text_without_years_is_placed_by_the_period_it_names(monkeypatch: pytest.MonkeyPatch) -> None:
    # BODY_PERIOD_YEARS: the 十、 chapters of 上海's two outlines name no year, only their maps' captions
    assert body_years("深化空间格局。\n图2 上海市“十五五”城市功能空间布局示意\n1.强化中心城区") == (2026, 2030)
    assert body_years("78图 2 “十四五”上海市域功能布局") == (2021, 2025)
    assert body_years("到2025年，“十四五”时期") == (2025, 2025)  # a year outranks a period
    # the period named most often, the latest of equals
    assert body_years("中央关于制订“七五”计划的建议强调，要在“七五”、“八五”期间求得解决") == (1986, 1990)
    assert body_years("“十三五”时期成就显著，“十四五”时期") == (2021, 2025)
    # not the same characters counting something else
    assert body_years("积极推进“八五”普法，深化法治社会建设") is None
    assert body_years("做好“六五”环境日宣传工作") is None
    monkeypatch.setattr(succession, "BODY_PERIOD_YEARS", False)
    assert body_years("图2 上海市“十五五”城市功能空间布局示意") is None


def test_the_spatial_layout_chapter_follows_its_predecessor_without_a_manifest() -> None:
    # lineage60 without a manifest: 十、优化完善城乡功能空间布局 (2026) after 十、优化功能布局 (2021), texts alike 0.33
    from plankg.lineage.succession import PlanInfo, infer_successions
    from plankg.loaders.text.read import guess_meta
    from plankg.pipeline import read_text

    plans, body = [], {}
    for path in sorted(PLANS.glob("*.txt")):
        text, sha = read_text(path)
        meta = guess_meta(text, path.stem, sha)
        plans.append(PlanInfo.from_row(meta.model_dump()))
        body[meta.id] = text
    found = {(s.later, s.earlier) for s in infer_successions(plans, lambda ids: {i: body[i] for i in ids})}
    assert found == {
        ("sh-fyp15-ch10-layout", "sh-fyp14-ch10-layout"),
        ("sh-fyp15-ch13-life", "sh-fyp14-ch14-life"),
        ("sh-fyp15-ch06-ship", "sh-fyp14-s3-4-ship"),
    }


def test_a_chapter_cut_out_of_an_outline_is_no_edition_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # EXCERPT_NOT_EDITION: sh-fyp14-ch14-life is lines 2464-2820 of sh-fyp-14 (the whole 十四五 纲要) byte for byte; it
    # followed the outline (texts alike 0.43, placed 2021 → 2025). The 十五五 chapter after it rewrites: no excerpt.
    from plankg.lineage.succession import excerpt_of
    from plankg.pipeline import read_text

    chapter = read_text(PLANS / "sh-fyp14-ch14-life.txt")[0]
    outline = read_text(Path(__file__).parent / "realworld" / "texts" / "sh-fyp-14.txt")[0]
    later = read_text(PLANS / "sh-fyp15-ch13-life.txt")[0]
    assert excerpt_of(chapter, outline) and excerpt_of(outline, chapter)
    assert not excerpt_of(later, chapter) and not excerpt_of(chapter, later)
    assert not excerpt_of("", outline)
    monkeypatch.setattr(succession, "EXCERPT_SHARE", 1.01)
    assert not excerpt_of(chapter, outline)


def test_a_text_restating_most_of_another_at_its_length_is_an_edition_not_a_cut() -> None:
    """EXCERPT_PART_MAX: the 十四、 chapter (27,606 bytes) is cut out of the whole 十四五 outline (265,855 bytes); an
    action plan that restates the opinion it carries out, at about its length, is no cut of it (GOAL_BEFORE_TERM's
    山东 pair)."""
    from pathlib import Path

    from plankg.lineage.succession import excerpt_of

    root = Path(__file__).parent / "realworld"
    chapter = (root / "lineage60" / "plans" / "sh-fyp14-ch14-life.txt").read_text(encoding="utf-8")
    outline = (root / "texts" / "sh-fyp-14.txt").read_text(encoding="utf-8")
    assert excerpt_of(chapter, outline)
    opinion = "以“链长制”为总抓手，以“十大工程”为主路径。力争到2025年，全省集成电路产业链更加完善。" * 20
    plan = "一、总体目标 以“十大工程”为主路径，2024年、2025年分别突破2.2万亿元、2.4万亿元。" + opinion
    assert not excerpt_of(opinion, plan)
