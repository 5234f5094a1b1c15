"""Indicator rules written after round 30's first score (branch fix30task), each with the real excerpt it was written
from: edu-14-indicators-county-page (a county's 十四五 education indicator table exploded one cell per line, heldout30).
Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.extract.indicators import cell_tables

# The table as the page gives it: one cell a line, blank lines between cells, whitespace-only cells after group rows.
EDU_TABLE = "\n\n".join(
    [
        "  “十四五”教育事业发展主要指标表",
        "指  标",
        "2020年",
        "2025年",
        "属性",
        "一、发展水平",
        "     ",
        "1.学前教育毛入园率(%)",
        "99%",
        "99%以上",
        "约束性",
        "2.义务教育巩固率(%)",
        "100%",
        "100%",
        "约束性",
        "二、优质资源建设",
        "     ",
        "1.省市优质幼儿园比例(%)",
        "85.1%",
        "90%以上",
        "预期性",
        "4.义务教育标准班额比例(%)",
        "其中:小学",
        "初中",
        "34.52%",
        "77.34%",
        "80%以上",
        "85%以上",
        "预期性",
        "三、师资发展水平",
        "     ",
        "1.幼儿教师专科及以上学历比例(%)",
        "其中:本科及以上学历比例(%)",
        "97.74%",
        "49.85%",
        "100%",
        "50%",
        "预期性",
        "3.普通初中教师本科及以上学历比例(%)",
        "其中:研究生学历(学位)比例(%)",
        "99.82%",
        "2.41%",
        "100%",
        "8%",
        "预期性",
        "本文仅代表作者观点,不代表本站立场。",
    ]
)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.name, f.value, f.baseline) for f in cell_tables(text)]


def test_a_table_goes_on_past_its_numbered_group_rows() -> None:
    # NUMBERED_GROUP_ROW / NUMBERED_ROW_NAME: "一、发展水平" before "1.学前教育毛入园率(%)" is a group of the table,
    # not a heading ending it; the row's name loses its number within the group
    rows = _rows(EDU_TABLE)
    assert rows[:2] == [("学前教育毛入园率", "99%以上", "99%"), ("义务教育巩固率", "100%", "100%")]


def test_sub_rows_stacked_in_their_rows_cells_are_rows_of_their_own() -> None:
    # STACKED_SUB_ROWS: the row's values and its 其中 sub-row's come stacked, column by column
    rows = _rows(EDU_TABLE)
    assert rows[2:] == [
        ("省市优质幼儿园比例", "90%以上", "85.1%"),
        ("义务教育标准班额比例（小学）", "80%以上", "34.52%"),
        ("义务教育标准班额比例（初中）", "85%以上", "77.34%"),
        ("幼儿教师专科及以上学历比例", "100%", "97.74%"),
        ("幼儿教师本科及以上学历比例", "50%", "49.85%"),
        ("普通初中教师本科及以上学历比例", "100%", "99.82%"),
        ("普通初中教师研究生学历(学位)比例", "8%", "2.41%"),
    ]


def test_a_chapter_heading_after_a_table_still_ends_it() -> None:
    # NUMBERED_GROUP_ROW needs a row numbered 1. right after it: a heading over its text ends the table
    cells = ["指标", "2020年", "2025年", "属性", "森林覆盖率(%)", "60", "62", "约束性"]
    cells += ["二、主要任务", "1.加强生态保护。"]
    text = "\n".join(cells)
    assert _rows(text) == [("森林覆盖率", "62", "60")]
