"""Dev-split real-world texts rendered as a 公文 PDF, a Word .docx and a portal web page
(tests/realworld/formats.py) read back as well as the plain text: heading F1 of each format at
least the plain text's less a margin, floors at what was measured (bench/eval_formats.py).
DEV split only."""

from __future__ import annotations

import io

import pytest

from bench.eval_formats import score
from bench.eval_segmentation import documents
from plankg.loaders.structure.document import load_plan
from plankg.loaders.text.formats import read_document
from plankg.schema import PlanMeta

DEV = {d["id"]: d for d in documents("dev")}
# Measured 2026-12-02 (seed 7). Before the Word/web-page paragraph layout (BLOCK_LAYOUT) and the
# PDF rules INDENTED_CLOSING / FORCED_PAGE_BREAK the dev split scored (micro F1) pdf 0.936, docx
# 0.629, html 0.638 against 0.943 plain; nat-fyp-11 read 0.474 as .docx / web page, jl-gov-report
# 0.848 / 0.824, nat-fyp-9 0.778 as PDF. Each case: (document, format, measured F1).
MEASURED = [
    ("nat-fyp-11", "docx", 1.0),
    ("nat-fyp-11", "html", 1.0),
    ("jl-gov-report-2026", "docx", 1.0),
    ("jl-gov-report-2026", "html", 1.0),
    ("sn-gov-report-2026", "docx", 1.0),
    ("nat-rural-2018", "pdf", 1.0),
    ("nat-eco-env-13", "pdf", 1.0),
    ("nat-fyp-9", "pdf", 0.941),
    ("sh-disaster-2020", "html", 1.0),
    ("nat-env-decision-2005", "docx", 1.0),
    # as a web page 0.000 until read_html put back the body headings repeating the 目录 (seg-fix6)
    ("nat-grain-emergency-2005", "html", 0.883),
]
# A format may lose this much against the plain text of the same document (nat-fyp-9 as PDF:
# 0.941 against 0.945; the "6科技…" item loses the indent that marks it).
MARGIN = 0.005


# Formats that still lose against the plain text, floored where they were measured: as PDF,
# bj-eco-security-2035 (plain 0.977) misses "三环:…" and "附图"; sn-gov-report-2026 (plain 1.000)
# takes a scraped "分享:" line, pushed off the first line by the red head, for a heading.
# Dev texts added on main meanwhile, measured after merging it: bj-quake-resilience-guide (plain
# 0.933) as PDF and web page, nat-plan-checkup-rules-2020 (plain 1.000) as PDF.
KNOWN_LOSSES = [
    ("bj-eco-security-2035", "pdf", 0.944),
    ("sn-gov-report-2026", "pdf", 0.973),
    ("bj-quake-resilience-guide", "pdf", 0.685),
    ("bj-quake-resilience-guide", "html", 0.875),
    ("nat-plan-checkup-rules-2020", "pdf", 0.895),
]


@pytest.mark.parametrize(("doc_id", "fmt", "measured"), KNOWN_LOSSES)
def test_a_known_loss_stays_at_its_floor(doc_id: str, fmt: str, measured: float) -> None:
    got = score(DEV[doc_id], fmt)
    assert got.prf(got.matched)[2] >= measured - 1e-3


@pytest.mark.parametrize(("doc_id", "fmt", "measured"), MEASURED)
def test_a_published_format_reads_as_well_as_the_plain_text(doc_id: str, fmt: str, measured: float) -> None:
    doc = DEV[doc_id]
    plain = score(doc, "plain").prf(score(doc, "plain").matched)[2]
    got = score(doc, fmt)
    f1 = got.prf(got.matched)[2]
    assert f1 >= measured - 1e-3
    assert f1 >= plain - MARGIN


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


REPORT = [
    "2026年某省政府工作报告",
    "一、2026年重点工作",
    "医疗卫生方面",
    "新建社区医院10家，新增床位2000张",
    "养老帮困方面",
    "新增养老床位5000张，改造老旧小区电梯",
    "二、加强政府自身建设",
    "坚持依法行政，建设法治政府。",
]


def test_paragraphs_typed_one_a_paragraph_are_lines_not_standalone_blocks() -> None:
    # BLOCK_LAYOUT: Word writes every paragraph as its own paragraph; a blank line between them
    # all would make "医疗卫生方面" a sub-heading standing alone.
    text = read_document(_docx(REPORT), "report.docx")
    assert text.split("\n") == REPORT
    plan = load_plan(text, PlanMeta(id="t", title=REPORT[0]))
    assert [(s.level, s.title) for s in plan.sections] == [(1, "2026年重点工作"), (1, "加强政府自身建设")]


def test_an_empty_paragraph_is_a_gap_and_line_broken_blocks_stay_blocks() -> None:
    text = read_document(
        _docx(["一、总体要求", "", "坚持创新驱动，加快建设科技强省。", "推进开放合作，扩大高水平对外开放。"]), "a.docx"
    )
    assert text == "一、总体要求\n\n坚持创新驱动，加快建设科技强省。\n推进开放合作，扩大高水平对外开放。"
    import docx

    document = docx.Document()
    for block in (
        ["一、总体要求"],
        ["坚持创新驱动，加快建设科技强省。", "推进开放合作，扩大高水平对外开放。"],
        ["二、主要任务"],
    ):
        paragraph = document.add_paragraph()
        for index, line in enumerate(block):
            run = paragraph.add_run(line)
            if index < len(block) - 1:
                run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_document(buffer.getvalue(), "b.docx")
    assert (
        text == "一、总体要求\n\n坚持创新驱动，加快建设科技强省。\n推进开放合作，扩大高水平对外开放。\n\n二、主要任务"
    )


def test_a_web_pages_paragraphs_are_lines() -> None:
    body = "".join(f"<p>&nbsp;&nbsp;{p}</p>" for p in REPORT[1:])
    page = f"<html><head><title>{REPORT[0]}</title></head><body><div class='content'>{body}</div></body></html>"
    text = read_document(page.encode(), "r.html", ".html")
    lines = [line.strip("\u00a0 ") for line in text.split("\n")]
    assert "医疗卫生方面" in lines and "" not in lines[1:]


def test_a_web_pages_body_headings_that_repeat_its_toc_are_kept() -> None:
    # trafilatura collapses elements of identical text even with deduplicate=False: on a portal
    # page the body's "1 总则" / "1.1 编制目的" under a 目录 listing them were lost
    # (nat-grain-emergency-2005 as a web page read 0.000); read_html puts them back where they
    # stood (PAGE_TEXT_BLOCKS).
    from tests.realworld.formats import render_html

    toc = ["1 总则", "1.1 编制目的", "1.2 适用范围", "2 组织机构"]
    para = "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。"
    body = ["1 总则", "1.1 编制目的", para, "1.2 适用范围", para * 2, "2 组织机构", para * 3]
    text = "\n\n".join(["国家测试预案", "目 录", *toc, *body])
    page = render_html(text, {"id": "t-2005", "title": "国家测试预案"}, 7)
    lines = [line.strip("\u00a0 \u3000") for line in read_document(page, "g.html", ".html").split("\n")]
    assert [line for line in lines if line in toc] == toc + toc
