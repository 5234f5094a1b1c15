"""Indicator rules written after round 21's score (fix21ind, session 21): each with a short real excerpt from
tests/realworld/indicators (heldout21) that fails without its rule."""

from __future__ import annotations

from plankg.loaders.extract.indicators import extract_indicators, year_group_tables
from tests.test_indicators import doc_with


def _rows(text: str, titles: list[tuple[str, str]], end_year: int | None = None) -> list[tuple]:
    doc = doc_with(text, titles, end_year=end_year)
    return [(i.name, i.target, i.year) for i in extract_indicators(doc)]


VPP_TABLE = (
    "附件：上海市用户侧虚拟电厂规划目标（2025-2027年）\n\n"
    "|     |     |     |     |     |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| **上海市用户侧虚拟电厂规划目标（2025-2027年）**<br>单位：万千瓦 |\n"
    "| **年度** | **资源类型** | **接入容量** | **申报可调能力** | **实际可调能力** |\n"
    "| 2025 | 充换电站 | 130 | 55 | 30 |\n"
    "| 楼宇空调 | 120 | 45 | 40 |\n"
    "| 合计 | 250 | 100 | 70 |\n"
    "| 2026 | 充换电站 | 150 | 60 | 40 |\n"
    "| 合计 | 150 | 60 | 40 |\n"
)


def test_a_year_grouped_measure_table_gives_one_target_per_cell() -> None:
    # YEAR_GROUP_TABLE (sh-user-vpp-2025): the 年度 cell stands on the first row of its group only; every value cell
    # is a target named by its row and column, the unit from the caption, a total row named column first.
    got = [(f.name, f.value, f.unit, f.year) for f in year_group_tables(VPP_TABLE)]
    assert got[:4] == [
        ("充换电站接入容量", "130", "万千瓦", 2025),
        ("充换电站申报可调能力", "55", "万千瓦", 2025),
        ("充换电站实际可调能力", "30", "万千瓦", 2025),
        ("楼宇空调接入容量", "120", "万千瓦", 2025),
    ]
    assert ("接入容量合计", "250", "万千瓦", 2025) in got
    assert ("充换电站接入容量", "150", "万千瓦", 2026) in got
    assert len(got) == 15


def test_a_total_a_goal_sentence_states_for_its_year_is_left_to_the_sentence() -> None:
    # YEAR_GROUP_TOTAL_STATED (sh-user-vpp-2025): the 合计 row's 70 is the goal sentence's 全市虚拟电厂可调能力; 100
    # stated for another year (2026) is still the table's.
    text = "到2025年，全市虚拟电厂可调能力达到70万千瓦；2026年可调能力达到100万千瓦。\n" + VPP_TABLE
    got = [(f.name, f.value, f.year) for f in year_group_tables(text)]
    assert ("实际可调能力合计", "70", 2025) not in got
    assert ("申报可调能力合计", "100", 2025) in got
    assert ("实际可调能力合计", "70", 2025) in [(f.name, f.value, f.year) for f in year_group_tables(VPP_TABLE)]


def test_a_year_table_without_a_label_column_names_its_cells_by_the_column() -> None:
    text = (
        "分年度建设目标\n| 年度 | 新增充电桩（个） | 新增换电站（座） |\n| --- | --- | --- |\n"
        "| 2025 | 500 | 20 |\n| 2026 | 800 | 30 |\n"
    )
    got = [(f.name, f.value, f.unit, f.year) for f in year_group_tables(text)]
    assert got == [
        ("新增充电桩", "500", "个", 2025),
        ("新增换电站", "20", "座", 2025),
        ("新增充电桩", "800", "个", 2026),
        ("新增换电站", "30", "座", 2026),
    ]


def test_a_table_of_names_and_targets_is_no_year_table() -> None:
    text = "| 序号 | 指标名称 | 单位 | 2025年目标 |\n| --- | --- | --- | --- |\n| 1 | 森林覆盖率 | % | 30 |\n"
    assert year_group_tables(text) == []


def test_a_year_table_of_statistics_sets_no_targets() -> None:
    # YEAR_GROUP_CAPTION (tx-ev-charging-2025): a history by year, its caption naming no target
    text = (
        "表 3.2-1 通许县历年汽车保有量统计\n\n| 年份 | 汽车保有量(辆) | 新能源汽车渗透率(%) |\n| --- | --- | --- |\n"
        "| 2019 | 60015 | 0.10% |\n| 2020 | 63298 | 0.27% |\n"
    )
    assert year_group_tables(text) == []


def test_bare_years_of_stages_after_the_cited_documents_date_their_sentences() -> None:
    # BARE_YEAR_STAGES (hz-preschool-2005): an undated 意见 citing 杭政函[2005]39号 sets 2007 and 2010 goals; only
    # the latest bare year (2010) dated its sentence, the 2007 one was lost.
    text = (
        "【字号】杭政函[2005]39号\n一、明确目标任务\n"
        "2007年,全市学前三年幼儿入园率达到96%以上,其中市区学前三年幼儿入园率达到98%以上。\n"
        "2010年,全市学前第四年幼儿入园率达到50%以上。\n二、改革管理体制\n"
    )
    rows = _rows(text, [("一、", "明确目标任务"), ("二、", "改革管理体制")])
    assert rows == [
        ("全市学前三年幼儿入园率", "96%以上", 2007),
        ("市区学前三年幼儿入园率", "98%以上", 2007),
        ("全市学前第四年幼儿入园率", "50%以上", 2010),
    ]
    # one bare year alone is still dated only as LATEST_YEAR_NAMED allows
    single = text.replace("2010年,全市学前第四年幼儿入园率达到50%以上。\n", "到2010年,全面普及学前教育。\n")
    assert _rows(single, [("一、", "明确目标任务"), ("二、", "改革管理体制")]) == []


def test_areas_named_alone_take_the_measure_of_the_area_before() -> None:
    # AREA_THEN_AREAS (ha-public-transit-2023, hz-preschool-2005)
    text = (
        "一、主要目标\n到2025年，郑州市公共交通机动化出行分担率不低于50%,洛阳市、南阳市不低于45%,"
        "其他城区常住人口在100万以上的城市不低于40%。\n"
        "2007年,市区学前第四年幼儿入园率达到50%以上,县(市)达到30%以上。\n二、重点任务\n"
    )
    rows = _rows(text, [("一、", "主要目标"), ("二、", "重点任务")], end_year=2025)
    assert rows == [
        ("郑州市公共交通机动化出行分担率", "50%", 2025),
        ("洛阳市公共交通机动化出行分担率", "45%", 2025),
        ("南阳市公共交通机动化出行分担率", "45%", 2025),
        ("其他城区常住人口在100万以上的城市公共交通机动化出行分担率", "40%", 2025),
        ("市区学前第四年幼儿入园率", "50%以上", 2007),
        ("县(市)学前第四年幼儿入园率", "30%以上", 2007),
    ]


def test_a_several_clause_with_rates_per_thousand_and_per_100000() -> None:
    # PER_POPULATION, _SHARED_VERBS (yy-healthy-action): "分别下降到" read "到4.0‰" as a value; 10/10万 is not 10.
    text = (
        "一、主要目标\n到2030年,人均预期寿命达到78.5岁,婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到"
        "4.0‰、4.5‰、10/10万,人人享有高质量的健康服务。\n二、重点任务\n"
    )
    rows = _rows(text, [("一、", "主要目标"), ("二、", "重点任务")], end_year=2030)
    assert rows == [
        ("人均预期寿命", "78.5", 2030),
        ("婴儿死亡率", "4.0‰", 2030),
        ("5岁以下儿童死亡率", "4.5‰", 2030),
        ("孕产妇死亡率", "10/10万", 2030),
    ]


def test_amounts_of_a_capacity_to_have_are_targets() -> None:
    # MEASURED_CAPACITY (nat-distribution-grid-2024): 具备 before amounts of power and of machines (台).
    text = (
        "一、主要目标\n到2025年，配电网承载力和灵活性显著提升，具备5亿千瓦左右分布式新能源、1200万台左右充电桩接入能力；"
        "有源配电网与大电网兼容并蓄。\n二、重点任务\n"
    )
    rows = _rows(text, [("一、", "主要目标"), ("二、", "重点任务")], end_year=2025)
    assert rows == [("分布式新能源", "5亿", 2025), ("充电桩接入能力", "1200万台", 2025)]


def test_facilities_every_unit_is_to_have_are_counted() -> None:
    # 建有, 至少办 in _COUNT_VERBS (hz-preschool-2005)
    text = "一、主要目标\n到2010年,每个乡镇都建有1所公办中心幼儿园,各区、县(市)至少办1所早教中心。\n二、重点任务\n"
    rows = _rows(text, [("一、", "主要目标"), ("二、", "重点任务")], end_year=2010)
    assert rows == [("公办中心幼儿园", "1所", 2010), ("早教中心", "1所", 2010)]


def test_an_amount_of_land_that_meets_a_standard_is_a_target() -> None:
    # AMOUNT_MEETS_STANDARD (jd-sponge-city-2024)
    text = (
        "一、工作目标\n嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求;到2030年底,"
        "80平方公里以上建设用地面积达到海绵城市建设目标要求。\n二、重点任务\n"
    )
    rows = _rows(text, [("一、", "工作目标"), ("二、", "重点任务")], end_year=2030)
    assert [(name, year) for name, _, year in rows] == [
        ("建设用地面积达到海绵城市建设目标要求", 2025),
        ("建设用地面积达到海绵城市建设目标要求", 2030),
    ]


def test_a_joined_year_table_whose_caption_break_split_the_rule_row_off() -> None:
    # sh-user-vpp-2025 joined: the caption's <br> became a line break, the rule row stayed on the line before, the
    # rows after it glued by "||".
    text = (
        "附件|     |     |     || --- | --- | --- || 规划目标\n单位：万千瓦 || 年度 | 资源类型 | 接入容量 || "
        "2025 | 充换电站 | 130 || 楼宇空调 | 120 || 2026 | 充换电站 | 150 |二、其他"
    )
    got = [(f.name, f.value, f.unit, f.year) for f in year_group_tables(text)]
    assert got == [
        ("充换电站接入容量", "130", "万千瓦", 2025),
        ("楼宇空调接入容量", "120", "万千瓦", 2025),
        ("充换电站接入容量", "150", "万千瓦", 2026),
    ]


def test_a_schedule_by_year_sets_no_targets() -> None:
    # YEAR_GROUP_DATE: a deadline in a year table is no measure's target
    text = (
        "工作目标\n| 年度 | 任务 | 完成时限 |\n| --- | --- | --- |\n"
        "| 2025 | 建成平台 | 2025年底前 |\n| 2026 | 推广应用 | 2026.12 |\n"
    )
    assert year_group_tables(text) == []


def test_kinds_of_an_area_counted_take_no_measure() -> None:
    # AREA_LEAD's measure is a rate (sh-green-building-14): 更新城区 is a kind of 城区 counted, not 更新城区项目
    text = "一、主要目标\n至2025年创建绿色生态城区项目25项以上，其中更新城区5项以上。\n二、重点任务\n"
    rows = _rows(text, [("一、", "主要目标"), ("二、", "重点任务")], end_year=2025)
    assert ("更新城区", "5项以上", 2025) in rows
