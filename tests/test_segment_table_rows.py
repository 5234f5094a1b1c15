"""TABLE_CODE_ROWS: a coded policy table flattened one cell per line gets its classes and rows as sections."""

from __future__ import annotations

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

# A made-up measures table of a city's water bureau, crawled one cell per line with no blank lines: the class
# cell repeated once per row it spans, codes glued to their titles, a class of one row without a code.
TABLE = """某市节水政策工具箱
为推进节水型城市建设，制定本工具箱，共3大类、5小类。
政策工具
适用情形
责任部门
1.用水定额
1.用水定额
1-1工业用水定额管理
超定额用水的工业企业，实行累进加价。
（1）区水务部门核定用水计划；
（2）区水务部门按季度考核。
1-2服务业用水定额管理
宾馆、洗浴等服务业用水大户，核定用水定额。
（1）区水务部门核定定额。
2.再生水利用
再生水管网覆盖范围内的新建项目，配套再生水设施。
（1）区住建部门审查设计。
3.节水改造
3-1管网漏损改造
供水管网漏损率高于12%的区域，实施管网改造。
（1）区水务部门组织实施。
3-2公共机构节水改造
公共机构用水器具不符合节水标准的，实施改造。
（1）区机管部门组织实施。
"""


def test_coded_table_rows_are_sections_under_their_classes() -> None:
    meta = PlanMeta(id="water-toolbox", title="某市节水政策工具箱")
    sections = load_plan(TABLE, meta).sections
    got = [(s.level, s.number, s.title) for s in sections]
    assert got == [
        (1, "1.", "用水定额"),
        (2, "1-1", "工业用水定额管理"),
        (2, "1-2", "服务业用水定额管理"),
        (1, "2.", "再生水利用"),
        (1, "3.", "节水改造"),
        (2, "3-1", "管网漏损改造"),
        (2, "3-2", "公共机构节水改造"),
    ]


def test_a_few_dashed_numbers_are_no_table() -> None:
    # Fewer than CODE_ROWS_MIN code cells, or codes out of order, make no table rows.
    text = "某市工作方案\n一、总体要求\n1-1号地块先行整治\n2-3号地块随后整治\n二、保障措施\n加强领导。\n"
    sections = load_plan(text, PlanMeta(id="plots", title="某市工作方案")).sections
    assert [s.number for s in sections] == ["一、", "二、"]
