"""Round 58 (fixlin58): chapter cuts of PDF-extracted plans and portal pages (tests/realworld/lineage58, 上海's
十四五 → 十五五 纲要 chapters) lost their chapter heading, items behind glued page numbers and a long item title."""

from __future__ import annotations

from pathlib import Path

import pytest

import plankg.loaders.structure.segment as segment
import plankg.loaders.text.furniture as furniture
from plankg.loaders.structure.segment import headings_from_lines
from plankg.loaders.text.normalise import normalise

PLANS = Path(__file__).parent / "realworld" / "lineage58" / "plans"


def _numbers(text: str) -> list[str]:
    return [h.number for h in headings_from_lines(text, plan=True)[0]]


def test_a_chapter_cut_opens_with_its_chapter_heading_over_the_lead_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    # EXCERPT_PART_LEAD: "四、强化科技创新策源功能，扩大高水平科技供给" / ten wrapped lines of the chapter's lead /
    # "4.1 大幅提升基础研究水平" (sh-fyp14-ch04-sci): the 四、 was dropped as a first heading not numbered 1.
    text = (
        "四、强化科技创新策源功能，扩大高水平科技供给\n"
        "按照把创新放在国家现代化建设全局核心地位、把科技自\n"
        "立自强作为国家发展战略支撑的总要求，面向世界科技前沿。\n"
        "4.1 大幅提升基础研究水平\n"
        "统筹优化基础研究重点领域布局，进一步提高基础研究能力。\n"
        "4.1.1 加强重大战略领域前瞻布局。围绕国家目标和战略需求，持续推进脑科学。\n"
    )
    assert _numbers(text)[:2] == ["四、", "4.1"]
    # a page number glued to a title has no deeper run opening below it
    assert _numbers("22中共中央关于加强工作的意见\n各地区各部门：\n现提出如下意见。\n")[:1] != ["22"]
    monkeypatch.setattr(segment, "EXCERPT_PART_LEAD_MAX_CHARS", 20)
    assert _numbers(text)[:1] == ["4.1"]  # a lead longer than the limit: no such excerpt


def test_a_full_width_chapter_title_on_the_first_line_is_not_joined_to_its_lead() -> None:
    # FIRST_LINE_PART_TITLE: "七、弘扬城市精神和城市品格，提升国际文化大都市软实力" (27 characters) /
    # "坚持中国特色社会主义文化发展道路，围绕举旗帜、聚民" (25): the hard-wrap join ran the title into the lead.
    raw = (PLANS / "sh-fyp14-ch07-culture.txt").read_text(encoding="utf-8")
    text = normalise(raw).text
    assert text.startswith("七、弘扬城市精神和城市品格，提升国际文化大都市软实力\n")
    assert furniture._part_title_over_paragraph(raw.replace("\r\n", "\n"), furniture._line_spans(raw), 0, True)
    # a title wrapped over two lines keeps its join: its tail is no full line
    wrapped = "六、推动…提升老年人智能技术运\n用能力\n"
    assert not furniture._part_title_over_paragraph(wrapped, [(0, 15), (16, 19)], 0, False)
    # a line that ends a sentence is no title
    line = "三、各地要根据本地实际制定具体的实施方案。明确时间表"
    assert not furniture._part_title_over_paragraph(line + "\n下一行\n", [(0, len(line))], 0, True)


def test_a_first_child_behind_a_glued_page_number_is_read_under_an_unopened_chapter_number() -> None:
    # UNOPENED_DECIMAL_PARENT: "617.4.1 全方位提升城市整体形象。整合全媒体渠道，…" (page 61 + 7.4.1) under "7.4" whose
    # chapter 七、 is no open decimal level (here: the chapter line cut off): 7.4.1 and 7.4.2 were lost.
    raw = (PLANS / "sh-fyp14-ch07-culture.txt").read_text(encoding="utf-8").replace("\r\n", "\n")
    numbers = _numbers(raw.split("\n", 1)[1])
    assert numbers[-7:] == ["7.4", "7.4.1", "7.4.2", "7.5", "7.5.1", "7.5.2", "7.5.3"]
    assert not segment._reads_in_sequence("17.4.1 全方位提升城市整体形象。", [("decimal:2", 4)], {}, "7.4")
    assert segment._reads_in_sequence("7.4.1 全方位提升城市整体形象。", [("decimal:2", 4)], {}, "7.4")
    assert not segment._reads_in_sequence("7.4.1 全方位提升城市整体形象。", [("decimal:2", 4)], {}, "")


def test_a_long_title_sentence_between_two_title_sentences_is_their_sibling() -> None:
    # DECIMAL_GAP_TITLE_SENTENCE: " 1.1优化基础研究组织模式。" / "1.2加强关键核心技术突破和前沿颠覆性技术布局。"
    # (21 characters, read as a standard's clause) / " 1.3强化战略科技力量建设。" (sh-fyp15-ch07-sci)
    text = normalise((PLANS / "sh-fyp15-ch07-sci.txt").read_text(encoding="utf-8")).text
    assert _numbers(text)[:5] == ["七、", "1.", "1.1", "1.2", "1.3"]
    # a clause with a requirement stays a clause; so does one between titles that close with no 。
    required = text.replace("1.2加强关键核心技术突破", "1.2各单位应当加强关键核心技术突破")
    assert "1.2" not in _numbers(required)
    standard = "4.1 总体要求\n正文。\n4.2 城市地震安全韧性建设的基本流程按图的规定进行安排落实。\n4.3 评估方法\n"
    assert "4.2" not in _numbers(standard)
