"""Plans read from published files as researchers have them: FLAT_GLYPH_BOXES (a PDF's Han text drawn with
no glyph heights, a non-embedded CJK font on a machine without a CJK font, still reads as wrapped paragraphs;
PDFium's answers are replayed from nat-rare-earth-2011 rendered as a 公文 PDF on such a machine: tight boxes
621.0-621.0, loose boxes 617.0-632.7 for 15.6-point text) and GLUED_BODY (a one-line body under short header lines)."""

from __future__ import annotations

import re

from plankg.loaders.text.formats import _page_lines
from plankg.loaders.text.furniture import paragraphs

# (left, baseline, right, text) of three printed lines of one paragraph, the heading's title
# wrapped after 基本原则, 28 points apart.
LINES = [
    (79.0, 285.0, 515.8, "加强稀土行业管理，加快转变稀土行业发展方式，促进稀土行业"),
    (79.0, 257.0, 515.8, "持续健康发展。现提出以下意见：一、明确指导思想、基本原则"),
    (79.0, 229.0, 515.8, "和发展目标（一）指导思想。以邓小平理论和“三个代表”重要"),
    (79.0, 201.0, 515.8, "思想为指导，深入贯彻落实科学发展观，加快转变稀土行业发展"),
]
ASCENT, DESCENT = 11.7, 4.0


class FlatTextPage:
    """PDFium's text page as it answers for flat glyphs: rectangles of no height, loose character
    boxes from the font's ascent and descent."""

    def count_rects(self) -> int:
        return len(LINES)

    def get_rect(self, index: int) -> tuple[float, float, float, float]:
        left, baseline, right, _ = LINES[index]
        return left, baseline, right, baseline

    def get_text_bounded(self, left: float, bottom: float, right: float, top: float) -> str:
        return next(text for x, y, _, text in LINES if y == bottom)

    def get_index(self, x: float, y: float, x_tol: float, y_tol: float) -> int:
        return next(i for i, (_, baseline, _, _) in enumerate(LINES) if abs(baseline - y) <= y_tol)

    def get_charbox(self, index: int, loose: bool = False) -> tuple[float, float, float, float]:
        left, baseline, _, _ = LINES[index]
        if not loose:
            return left, baseline, left + 15.6, baseline
        return left, baseline - DESCENT, left + 15.6, baseline + ASCENT


def test_flat_glyph_boxes_take_the_fonts_height() -> None:
    lines = _page_lines(FlatTextPage(), 0)
    assert [round(line.top - line.bottom, 1) for line in lines] == [ASCENT + DESCENT] * len(LINES)


def test_a_paragraph_of_flat_glyphs_is_one_paragraph() -> None:
    text = paragraphs(_page_lines(FlatTextPage(), 0))
    assert "\n" not in text
    assert "一、明确指导思想、基本原则和发展目标（一）指导思想。" in text


def test_a_one_line_body_under_short_header_lines_is_glued() -> None:
    """GLUED_BODY: nat-event-carbon-neutral-guide-2019 (heldout22) read from a 公文 PDF: the red header's
    two lines stand apart over the crawl's one line; its chapters are read inline as in the crawl."""
    from plankg.loaders.structure.document import load_plan
    from plankg.schema import PlanMeta

    body = (
        "关于发布《大型活动碳中和实施指南（试行）》的公告为推动践行低碳理念，现发布《大型活动碳中和实施指南（试行）》"
        "（见附件）。特此公告。附件大型活动碳中和实施指南（试行）第一章 总 则第一条为推动践行低碳理念，制定本指南。"
        + "第二条本指南所称大型活动，是指在特定时间和场所内开展的较大规模聚集行动。" * 40
        + "第二章 基本要求和原则第六条做出碳中和承诺或宣传的大型活动，其组织者应优先实施控制温室气体排放行动。"
        + "第七条核算大型活动温室气体排放应遵循完整性、规范性和准确性原则。" * 40
    )
    text = "生态环境部文件\n\n环发〔2019〕74号\n\n" + body
    plan = load_plan(text, PlanMeta(id="guide", title="大型活动碳中和实施指南（试行）"))
    titles = [s.title for s in plan.sections]
    assert "基本要求和原则" in titles


def test_bold_chapter_lines_repeated_from_the_table_of_contents_stay() -> None:
    """trafilatura collapses a body's chapter line that repeats its 目录 line; PAGE_TEXT_BLOCKS puts it back,
    bold or not: fj-eco-civilization-regs-2018 (heldout22) laid out as a portal page (bold 目录 and chapter
    lines, bench/eval_formats.py) had lost 第二章…第九章 of its body (headings F1 0.364)."""
    from bench.eval_formats import documents, read_as

    doc = next(d for d in documents("heldout22") if d["id"] == "fj-eco-civilization-regs-2018")
    text = read_as(doc, "html")
    for number in "二三四五六七八九":
        assert len(re.findall(rf"^(?:\*\*)?第{number}章\s", text, re.MULTILINE)) == 2, number
