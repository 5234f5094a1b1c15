"""Indicator rules written after round 22's score (fix22ind, session 22): each with a short real excerpt from
tests/realworld (heldout22) that fails without its rule."""

from __future__ import annotations

from plankg.loaders.extract.indicators import cell_tables
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.loaders.rules.indicators import header_role
from plankg.loaders.text.normalise import normalise
from plankg.loaders.text.read import guess_meta
from plankg.pipeline import analyse


def _read(text: str, stem: str = "round22") -> list[tuple[str, str, int | None]]:
    """The indicators plankg reads in a text without a manifest entry, as the evals read a file."""
    doc = analyse(text, guess_meta(text, stem, "0" * 64), load_field_vocabulary())
    return [(i.name, i.target, i.year) for i in doc.indicators]


def _cells(*cells: str) -> str:
    return "\n".join(f"{cell} |" for cell in cells)


# yj-life-expectancy-2025: the 主要目标任务 table as the stored page writes it, one cell a line closed by " |".
HEALTH_TABLE = (
    "沅江市人均预期寿命提升行动计划\n(2024-2027年)主要目标任务\n"
    + _cells("序号", "指标名称", "单位", "2023年", "2025年", "2027年", "牵头单位")
    + "\n"
    + _cells("1", "人均预期寿命", "岁", "78.09", "≥79.2", "≥80", "市卫健局")
    + "\n"
    + _cells("2", "城乡居民达到《国民体质测定标准》合格以上的人数比例", "%", "91.1", "≥91.3", "≥91.7", "市文旅广体局")
    + "\n"
    + _cells("3", "居民健康素养水平", "%", "30.15", "每年提升2%左右或不低于全省平均水平")
    + "\n"
    + _cells("每年提升2%左右或不低于全省平均水平", "市卫健局")
    + "\n"
    + _cells("4", "省级慢性病综合防控示范区", "个", "0", "建成", "建成", "市卫健局")
    + "\n"
    + _cells("5", "总体癌症5年生存率", "%", "-", "≥38", "≥40", "市卫健局")
    + "\n"
    + _cells("6", "30—70岁重大慢性病过早死亡率", "%", "15.13", "≤12.7", "≤12.5", "市卫健局")
    + "\n"
    + _cells("7", "孕产妇死亡率", "/10万", "0", "持续改善", "持续改善", "市卫健局")
)


def test_a_table_written_one_cell_a_line_closed_by_a_pipe() -> None:
    # PIPE_CLOSED_CELL, LEAD_UNIT_COLUMN, WORDED_VALUE_IN_ROW, DIGIT_LED_NAME, a /10万 unit cell (UNIT_CELL)
    got = [(f.name, f.value, f.unit, f.baseline) for f in cell_tables(HEALTH_TABLE, 2027)]
    assert got == [
        ("人均预期寿命", "≥80", "岁", "78.09"),
        ("城乡居民达到《国民体质测定标准》合格以上的人数比例", "≥91.7", "%", "91.1"),
        ("居民健康素养水平", "每年提升2%左右或不低于全省平均水平", "%", "30.15"),
        ("省级慢性病综合防控示范区", "建成", "个", "0"),
        ("总体癌症5年生存率", "≥40", "%", None),
        ("30—70岁重大慢性病过早死亡率", "≤12.5", "%", "15.13"),
        ("孕产妇死亡率", "持续改善", "/10万", "0"),
    ]


def test_an_empty_cell_closed_by_a_pipe_is_no_markdown_bullet() -> None:
    # MARKDOWN_LINE_MARK: "- |" is the empty 2023年 cell of row 5, not a bullet; without it row 5 took 市卫健局
    assert normalise("% |\n- |\n≥38 |").text.splitlines()[1] == "- |"


def test_the_cells_run_on_in_one_line() -> None:
    # PIPE_CELL_RUN: the same table with its line breaks lost; the text before it is glued to 序号
    joined = "主要目标任务" + HEALTH_TABLE.split("主要目标任务\n", 1)[1].replace("\n", "")
    got = [(f.name, f.value) for f in cell_tables(joined, 2027)]
    assert ("人均预期寿命", "≥80") in got
    assert ("30—70岁重大慢性病过早死亡率", "≤12.5") in got
    assert ("孕产妇死亡率", "持续改善") in got


# nat-agri-modern-14-quiz: an exam's copy of a national 主要指标 table, headers glossed, OCR 一 for —, wrapped names.
QUIZ_TABLE = "其中“十四五”推进农业农村现代化主要指标,部分如下图所示:\n" + _cells(
    "指标",
    "2020年基期值(起始日期用作比较的数据)",
    "2025年目标值(各项目标应达到的水平)",
    "年均增(5年累计)",
    "粮食综合生产能力(亿吨)",
    "一",
    ">6.5",
    "一",
    "农产品质量安全例行监测合格 率(%)",
    "97.8",
    "98",
    "[0.2]",
)


def test_glossed_headers_an_ocr_dash_and_a_wrapped_name() -> None:
    # HEADER_GLOSS, header-other 年均增(5年累计), EMPTY_CELL 一, NAME_WRAP_SPACE
    assert header_role("2025年目标值(各项目标应达到的水平)") == "target"
    assert header_role("2020年基期值(起始日期用作比较的数据)") == "base"
    got = [(f.name, f.value, f.unit, f.year, f.baseline) for f in cell_tables(QUIZ_TABLE)]
    assert got == [
        ("粮食综合生产能力", ">6.5", "亿吨", 2025, None),
        ("农产品质量安全例行监测合格率", "98", "%", 2025, "97.8"),
    ]


def test_a_headingless_news_report_states_its_targets_in_dated_sentences() -> None:
    # HEADINGLESS_TEXT and NAME_LEAD 要 (nat-basic-edu-2020-news): the history before stays unread
    text = (
        "根据《2018年全国教育事业发展统计公报》,2018年,全国学前教育毛入园率达81.7%,九年义务教育巩固率达94.2%。\n"
        "“按照党中央、国务院决策部署,到2020年要确保全国学前三年毛入园率、九年义务教育巩固率、高中阶段教育毛入学率"
        "分别达到85%、95%和90%,为实现基础教育现代化夯实基础。”教育部相关负责人介绍。\n"
        "版权所有 北京学信信息科学研究院"
    )
    assert _read(text) == [
        ("全国学前三年毛入园率", "85%", 2020),
        ("九年义务教育巩固率", "95%", 2020),
        ("高中阶段教育毛入学率", "90%", 2020),
    ]


def test_a_paragraph_year_dates_that_paragraph_only_and_a_modal_is_no_name() -> None:
    # HEADINGLESS_TEXT (jn-edu-14-news, simplified): the next paragraph's “十四五”期间 counts are no 2025 targets;
    # NAME_MODAL_TAIL: 将 before 达到 is no part of the name
    text = (
        "日前,济宁市政府正式印发《济宁市“十四五”教育事业发展规划》。\n"
        "《规划》中明确了“十四五”教育事业发展目标,到2025年,济宁市学前教育毛入学率将达到99%以上,"
        "九年义务教育巩固率达到99.9%。\n"
        "其中,基础教育质量方面,将著重推进学前教育普及普惠发展,“十四五”期间新改扩建普惠性幼儿园200所,新增学位5万个。\n"
        "关键词: 十四五教育事业发展规划"
    )
    assert _read(text) == [("济宁市学前教育毛入学率", "99%以上", 2025), ("九年义务教育巩固率", "99.9%", 2025)]


def test_land_built_and_grain_secured_before_what_they_measure() -> None:
    # FARMLAND_AND_GRAIN (MEASURED_BEFORE; nat-farmland-2030-news)
    text = (
        "今天举行的国务院政策例行吹风会上,农业农村部有关负责人介绍说,国务院已经批复实施《全国高标准农田建设规划"
        "(2021-2030年)》,明确到2030年累计建成12亿亩高标准农田,以此能够稳定保障1.2万亿斤以上粮食产能,"
        "到2035年全国高标准农田保有量和质量进一步提高。\n"
        "日期: 2021-09-16\n来源:央视网"
    )
    got = [(name, year) for name, _, year in _read(text)]
    assert got == [("高标准农田", 2030), ("粮食产能", 2030)]


def test_a_goal_title_run_into_its_year_opening_sentence() -> None:
    # RUN_IN_GOAL_TITLE and YEAR_OPENS 年年底 (cq-supercharge-2024's page line): the counts after it are dated
    text = (
        "重庆市新能源汽车便捷超充行动计划（2024—2025 年）\n为贯彻落实文件精神，特制定本行动计划。\n一、总体要求\n"
        "（一）基本原则 政府引导，市场主导。加强总体设计。\n（二）发展目标 到 2025 年年底，实现新能源汽车"
        "与超充网络相互协同。全市建成超充站 2000 座以上，建成超充桩 4000 个以上。\n二、重点任务\n"
        "（一）科学规划布局 按照建设原则，中心城区实现超充基础设施密集布点。\n（二）合理选址布点 在公共停车场布局。\n"
    )
    names = [(name, year) for name, _, year in _read(text)]
    assert ("超充站", 2025) in names
    assert ("超充桩", 2025) in names


def _page(body: str, n: int) -> str:
    return f"{body}\n\n- {n} -\n  重庆市人民政府办公厅发布\n\n* * *\n\n"


def test_running_footer_and_header_at_the_page_marks_are_dropped() -> None:
    # PAGE_EDGE_RUNNING (furniture.py; cq-supercharge-2024): the footer above each page mark, the header glued to the
    # start of the page's joined line below it; the page's own text stays
    pages = [
        "重庆市人民政府办公厅文件 分调动市场主体积极性，建立系统化市场推进机制。 二、重点任务",
        "重庆市人民政府办公厅文件 （一）科学规划布局 到 2025 年，中心城区实现超充基础设施密集布点。",
        "重庆市人民政府办公厅文件 源局、市城市管理局） （三）加快先进技术应用 支持超充站建设。",
        "重庆市人民政府办公厅文件 （四）优化建设时序 综合考虑超充需求旺盛等因素。",
        "重庆市人民政府办公厅文件 （五）推动“电走廊”建设 持续推进充电基础设施建设。",
        "重庆市人民政府办公厅文件 （六）建设完善数字捷充平台 依托市级车桩监测平台。",
    ]
    text = normalise("".join(_page(body, n) for n, body in enumerate(pages, 3))).text
    assert "重庆市人民政府办公厅发布" not in text
    assert text.count("重庆市人民政府办公厅文件") == 1  # the first page's, with no mark above it
    assert "\n（一）科学规划布局 到 2025 年" in text


def test_a_page_mark_glued_into_joined_text_is_dropped() -> None:
    # INLINE_PAGE_MARK (normalise.py; yd-equipment-renewal-2024 joined): the mark hid 二、重点任务 after it
    text = "推动经济高质量发展。* * *二、重点任务（一）实施设备更新行动。1. 推动工业企业数字化改造。"
    assert normalise(text).text == "推动经济高质量发展。二、重点任务（一）实施设备更新行动。1. 推动工业企业数字化改造。"
