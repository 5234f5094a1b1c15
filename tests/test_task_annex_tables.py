"""Attached tables of projects read as task blocks (ANNEX_TABLE) in the forms met in round 17 (fix17task)."""

from __future__ import annotations

from tests.test_eval_tasks import tasks

# sj-energy-action-2026 (heldout17), shortened, as plankg reads the page's markdown (bold dropped, a <br> in a
# header cell read as a line break): 附表2's project table kept as a markdown table, one row a line, a group
# row "| 电力方面 |" / "| 燃气方面 |" before each run of rows, the count restarting at 1 after the second.
MARKDOWN_ANNEX = (
    "三、主要任务\n\n（一）电力发展行动\n\n1.建设高可靠韧性电网\n\n推进建设。\n\n四、保障措施\n\n（一）明确规划项目\n\n"
    "形成松江区“十五五”能源重点项目表（附表2）。\n\n"
    "附表：1.松江区“十五五”能源核心指标表\n\n2.松江区“十五五”能源重点项目表\n\n附表2\n\n松江区“十五五”能源重点项目表\n\n"
    "|     |     |     |     |\n| --- | --- | --- | --- |\n"
    "| 序号 | 项目名称 | 项目单位 | 项目类型\n（续建、新建、预备） |\n"
    "| 电力方面 |\n"
    "| 1 | 上海松江新宅（新天马）110kV输变电工程 | 国网上海松江供电公司 | 续建 |\n"
    "| 2 | 上海松江文诚（电气）110kV输变电工程 | 国网上海松江供电公司 | 续建 |\n"
    "| 3 | 上海松江光星（土建）110kV输变电工程 | 国网上海松江供电公司 | 续建 |\n"
    "| 燃气方面 |\n"
    "| 1 | 叶新公路（叶榭镇界-奉贤区界） | 上海松江燃气有限公司 | 新建 |\n"
    "| 2 | 沪松公路燃气管搬迁工程 | 上海松江燃气有限公司 | 新建 |\n\n"
    "# 政策咨询\n\n咨询部门：\n\n1\n\n2\n"
)


def test_the_rows_of_an_attached_markdown_table_of_projects_are_its_items() -> None:
    # ANNEX_MARKDOWN_TABLE: the rows whose first cell is a number are the items, titled by their second
    # cell; after a group row the count restarts at 1; the table ends at its first blank line.
    assert [t for t in tasks(MARKDOWN_ANNEX) if t[0] == "重点项目"] == [
        ("重点项目", "1", "上海松江新宅（新天马）110kV输变电工程"),
        ("重点项目", "2", "上海松江文诚（电气）110kV输变电工程"),
        ("重点项目", "3", "上海松江光星（土建）110kV输变电工程"),
        ("重点项目", "1", "叶新公路（叶榭镇界-奉贤区界）"),
        ("重点项目", "2", "沪松公路燃气管搬迁工程"),
    ]


def test_an_attached_markdown_table_naming_who_carries_each_row_out_is_no_block() -> None:
    # ANNEX_UNIT_COLUMN, as for the flat form: a 责任单位 column in the header makes a who-does-what table.
    with_units = MARKDOWN_ANNEX.replace("| 项目单位 |", "| 责任单位 |")
    assert [t for t in tasks(with_units) if t[0] == "重点项目"] == []


def test_an_attached_markdown_table_numbered_on_across_its_groups_keeps_its_count() -> None:
    # A group row lets the count restart, it need not: rows numbered on (3 after 2) are read on.
    numbered_on = MARKDOWN_ANNEX.replace("| 1 | 叶新公路", "| 4 | 叶新公路").replace("| 2 | 沪松公路", "| 5 | 沪松公路")
    assert [t[1] for t in tasks(numbered_on) if t[0] == "重点项目"] == ["1", "2", "3", "4", "5"]


def test_the_rows_of_an_attached_table_of_projects_read_from_a_web_page_are_its_items() -> None:
    # ANNEX_TAB_TABLE: the same table on an HTML page, read a row a line with its cells joined by tabs (as plankg's
    # HTML reader writes a <tr>; a group row padded with empty cells).
    head = MARKDOWN_ANNEX[: MARKDOWN_ANNEX.index("|")]
    text = head + (
        "序号\t项目名称\t项目单位\t项目类型\n"
        "电力方面\t\t\t\n"
        "1\t上海松江新宅（新天马）110kV输变电工程\t国网上海松江供电公司\t续建\n"
        "2\t上海松江文诚（电气）110kV输变电工程\t国网上海松江供电公司\t续建\n"
        "燃气方面\t\t\t\n"
        "1\t叶新公路（叶榭镇界-奉贤区界）\t上海松江燃气有限公司\t新建\n\n版权所有\n"
    )
    assert [t[1:] for t in tasks(text) if t[0] == "重点项目"] == [
        ("1", "上海松江新宅（新天马）110kV输变电工程"),
        ("2", "上海松江文诚（电气）110kV输变电工程"),
        ("1", "叶新公路（叶榭镇界-奉贤区界）"),
    ]
