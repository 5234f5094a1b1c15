"""Indicator tables kept as markdown by a crawl, as met in round 17 (fix17task): a header row broken by a line break
inside a cell (MARKDOWN_ROW_OPEN), an attribute header listing its kinds in brackets (ATTRIBUTE_HEADER_GLOSS).
Excerpts from sj-energy-action-2026 (heldout17) as plankg reads the page; each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.extract.indicators import cell_tables
from plankg.loaders.rules.indicators import header_role

# 附表1 of sj-energy-action-2026 as read: the <br> of the header cell "属性<br>（预期性/约束性）" is a line break.
TABLE = (
    "附表1\n\n松江区“十五五”能源核心指标表\n\n"
    "|     |     |     |     |     |\n| --- | --- | --- | --- | --- |\n"
    "| 序号 | 指标名称 | 单位 | 属性\n（预期性 /约束性） | “十五五”目标值 |\n"
    "| 电力方面 |\n"
    "| 1 | 变电站规划落地率 | % | 预期性 | 100 |\n"
    "| 2 | 220千伏容载比 | —— | 预期性 | 1.86 |\n"
    "| 燃气方面 |\n"
    "| 1 | 管道天然气用气量 | 亿立方米 | 预期性 | 3.5 |\n\n"
    "附表2\n"
)


def test_a_markdown_header_row_broken_inside_a_cell_is_one_row() -> None:
    # MARKDOWN_ROW_OPEN / MARKDOWN_ROW_CLOSE: the header runs on to the line that closes it; the target column
    # “十五五”目标值 names the period, so its year is the period's end; —— in the unit column is no unit.
    rows = [(f.name, f.value, f.unit, f.year) for f in cell_tables(TABLE)]
    assert rows == [
        ("变电站规划落地率", "100", "%", 2030),
        ("220千伏容载比", "1.86", "", 2030),
        ("管道天然气用气量", "3.5", "亿立方米", 2030),
    ]


def test_an_attribute_header_may_list_its_kinds_in_brackets() -> None:
    # ATTRIBUTE_HEADER_GLOSS: "属性（预期性 /约束性）" is the 属性 column, as "属性" is.
    assert header_role("属性（预期性 /约束性）") == "attr"
    assert header_role("属性（预期性/约束性）") == "attr"
    assert header_role("指标属性（约束性或预期性）") == "attr"
    assert header_role("属性（见附注）") is None
