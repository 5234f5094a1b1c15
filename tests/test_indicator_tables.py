"""Indicator tables as real plans lay them out (tests/realworld/indicators/corpus.yaml): one cell
per line under a header that names the columns, PDF rows with cells separated by spaces, and the
year's targets of a government report; each rule of plankg/loaders/rules/indicators.py checked
against its own example; and floors at the measured dev score (bench/eval_indicators.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plankg.loaders.extract.indicators import cell_tables, extract_indicators
from plankg.loaders.rules import indicators as rules
from plankg.loaders.rules.named import NamedPattern
from plankg.loaders.structure.document import normalised_text
from tests.test_indicators import doc_with

ROOT = Path(__file__).resolve().parents[1]

# Measured on the dev split of tests/realworld/indicators/corpus.yaml (8 documents, 160 gold
# indicators) when these rules were written; a regression fails. First score, before them: one
# indicator found (name P 1.000 R 0.006, target P 1.000 R 0.006). The heldout5 third was not read
# while the rules were written; the lead scored it once (HELDOUT5_FLOORS below).
# Session 10 (ind6) added 7 dev documents (66 gold indicators: two 2026 work reports, three
# Shandong/Jinan plans with target sentences, a gov.cn HTML plan, a table with two target years);
# their first score: names P 0.933 R 0.424, targets P 0.833 R 0.379. After the rules at the end of
# this file: 62 of 66 found, all targets right (and nx-gov-report-2026's four 十五五 targets of its
# “十五五”时期主要任务 section). Whole dev split (15 documents, 226 indicators):
# Raised after the round-6 rules (ind6fix: EACH_SUBJECT found jn-digital-pioneer-2021's 数字产业化
# 产业规模): 222 of 226.
DEV_FLOORS = {
    "name_precision": 1.0,
    "name_recall": 0.982,  # 222 / 226 (was 221)
    "target_precision": 0.995,  # 221 / 222
    "target_recall": 0.977,  # 221 / 226 (was 220)
    "year_agreement": 1.0,
}


def _rows(text: str, end_year: int | None = 2030) -> list[tuple]:
    doc = doc_with(normalised_text(text).text, [], end_year=end_year)
    return [(i.name, i.target, i.unit, i.year, i.baseline, i.baseline_year) for i in extract_indicators(doc)]


def test_every_rule_matches_its_example() -> None:
    named = [v for v in vars(rules).values() if isinstance(v, NamedPattern)]
    named += [rule for _, rule in rules.HEADER_CELLS]
    assert len(named) > 15
    for rule in named:
        assert rule.pattern.search(rule.example), rule.name
        assert rule.reason, rule.name
    assert len({rule.name for rule in named}) == len(named)


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("序号", "seq"),
        ("指标名称", "name"),
        ("主要指标", "name"),
        ("2025年基期值", "base"),
        ("“十四五”现状", "base"),
        ("2030年目标值", "target"),
        ("“十五五”目标", "target"),
        ("属性", "attr"),
        ("指标属性", "attr"),
        ("单位", "unit"),
        ("板块", "group"),
        ("完成情况", "completion"),
        ("2025年", "year"),
        ("加快建设现代化产业体系", None),
    ],
)
def test_header_cells(cell: str, role: str | None) -> None:
    assert rules.header_role(cell) == role


# 专栏 of sh-renewal-housing-15: one cell per line, 序号 rows with blank lines between them, units
# in brackets after the names, five-year sums in 〔〕, ranges, "/" for no baseline. The lone
# numbers ("1", "875") are the table's cells, not page numbers.
EXPLODED = (
    "一、总体要求\n\n到2030年，人居环境持续改善。\n\n"
    "专栏“十五五”时期上海市城市更新和住房发展主要指标\n\n"
    "序号\n指标\n2025年基期值\n2030年目标值\n属性\n\n"
    "1\n\n城中村整体改造项目认定数量（个）\n〔70〕\n〔12〕\n约束性\n\n"
    "2\n实施老旧小区改造面积（万平方米）\n〔6880〕\n〔3000—4000〕\n预期性\n\n"
    "3\n新增供应保障性租赁住房数量（万套（间））\n〔26.7〕\n〔25—27〕\n预期性\n\n"
    "4\n推动商办楼宇更新数量（栋）\n/\n〔150〕\n预期性\n\n"
    "5\n提升和新建“美丽街区”数量（个）\n875\n1000\n预期性\n\n"
    "注：〔 〕内为5年累计数。\n\n二、人居环境持续改善\n"
)


def test_one_cell_per_line_with_numbered_rows() -> None:
    assert _rows(EXPLODED) == [
        ("城中村整体改造项目认定数量", "12个", "个", 2030, "〔70〕", 2025),
        ("实施老旧小区改造面积", "3000—4000万平方米", "万平方米", 2030, "〔6880〕", 2025),
        ("新增供应保障性租赁住房数量", "25—27万套（间）", "万套（间）", 2030, "〔26.7〕", 2025),
        ("推动商办楼宇更新数量", "150栋", "栋", 2030, None, None),
        ("提升和新建“美丽街区”数量", "1000个", "个", 2030, "875个", 2025),
    ]


def test_table_number_cells_are_not_page_numbers() -> None:
    text = normalised_text(EXPLODED).text
    assert "\n875\n1000\n" in text and "\n1\n" in text
    # outside a table a lone number is still a page number
    assert "\n7\n" not in normalised_text("第一段正文内容。\n\n7\n\n第二段正文内容。\n").text


# 表2 of pt-greening-15: a group column (板块) whose cell stands before the row's number, a 其中
# sub-row without number, unit and attribute, blank lines between all cells; the previous plan's
# completion table (完成情况) is no table of this plan's targets.
GROUPED = (
    "表1 “十四五”规划指标完成情况一览表\n\n序号\n\n指标名称\n\n单位\n\n“十四五”目标值\n\n2025年\n\n完成情况\n\n"
    "1\n\n新建绿地\n\n万平方米\n\n75\n\n90.87\n\n超额完成\n\n"
    "表2 “十五五”主要指标表\n\n板块\n\n序号\n\n指标名称\n\n属性\n\n单位\n\n“十四五”现状\n\n“十五五”目标\n\n"
    "绿化\n\n1\n\n新建绿地\n\n约束性\n\n万平方米\n\n90.87\n\n35\n\n其中 公园绿地\n\n58.46\n\n17.5\n\n"
    "2\n\n公园数量\n\n预期性\n\n座\n\n59\n\n69\n\n"
    "环卫\n\n3\n\n新能源环卫车辆占比\n\n预期性\n\n%\n\n/\n\n70以上\n\n第五部分：主要任务\n"
)


def test_group_cells_sub_rows_and_completion_tables() -> None:
    assert _rows(GROUPED) == [
        ("新建绿地", "35万平方米", "万平方米", 2030, "90.87万平方米", 2025),
        ("公园绿地", "17.5", "", 2030, "58.46", 2025),
        ("公园数量", "69座", "座", 2030, "59座", 2025),
        ("新能源环卫车辆占比", "70%以上", "%", 2030, None, None),
    ]


# cn-fyp-15 / hp-renewal-15: no year in the header (“十五五”目标 = 2030, 目标 = the plan's end
# year), targets in words (one wrapped over two lines), a target equal to the next row's number.
WORDS = (
    "长宁区“十五五”经济社会发展主要指标\n\n序号\n\n指标名称\n\n单位\n\n属性\n\n“十五五”目标\n\n"
    "1\n\n地区生产总值年均增速\n\n%\n\n预期性\n\n与全市经济增速\n保持同步\n\n"
    "2\n\n每万人口高价值发明专利拥有量\n\n件/万人\n\n预期性\n\n85左右\n\n"
    "3\n\n主导产业税收占全区税收比重\n\n%\n\n预期性\n\n≥58\n\n"
    "(三)发展战略\n\n"
    "城市更新主要预期指标一览表\n\n类别\n\n序号\n\n指标\n\n单位\n\n属性\n\n目标\n\n"
    "促发展\n\n1\n\n片区更新数量\n\n个\n\n预期性\n\n2\n\n2\n\n商办楼宇更新数量\n\n个\n\n预期性\n\n25\n\n"
    "3\n\n完整社区建设覆盖率\n\n%\n\n预期性\n\n2027年60%，2028年进一步优化布局\n\n二、主要任务\n"
)


def test_targets_in_words_and_years_from_the_header() -> None:
    assert _rows(WORDS, end_year=2030) == [
        ("地区生产总值年均增速", "与全市经济增速保持同步", "%", 2030, None, None),
        ("每万人口高价值发明专利拥有量", "85件/万人", "件/万人", 2030, None, None),
        ("主导产业税收占全区税收比重", "≥58%", "%", 2030, None, None),
        ("片区更新数量", "2个", "个", 2030, None, None),
        ("商办楼宇更新数量", "25个", "个", 2030, None, None),
        ("完整社区建设覆盖率", "2027年60%，2028年进一步优化布局", "%", 2030, None, None),
    ]


def test_no_table_without_a_header_naming_its_columns() -> None:
    assert cell_tables("重点项目\n\n1\n\n某某工程\n\n2025\n\n") == []


# gz-gov-report-2026 / nx-gov-report-2026: the period's targets in a section titled with its
# period (no 到2030年 in the sentence), the year's targets after 主要预期目标是： in a section
# titled with the year; growth targets keep their verb; 分别 sets one target per subject; a
# clause may be a name and a value; the same indicator for two years is two targets.
REPORT = (
    "二、“十五五”时期主要目标任务\n"
    "——高质量发展取得显著成效。全省地区生产总值年均增长5%左右，人均地区生产总值8万元以上。"
    "常住人口城镇化率达63%左右。\n"
    "三、2026年工作安排\n"
    "主要预期目标是：地区生产总值增长5%左右，力争取得更好结果。一产、二产、三产增加值分别增长5%左右、"
    "5%以上、5%左右；城镇和农村常住居民人均可支配收入分别增长4%左右和6%左右；城镇调查失业率5.5%左右；"
    "常住人口城镇化率达59%左右。\n"
    "（一）扩大内需\n推动消费增长。\n"
)


def test_a_reports_targets_for_the_period_and_for_the_year() -> None:
    titles = [("二、", "“十五五”时期主要目标任务"), ("三、", "2026年工作安排"), ("（一）", "扩大内需")]
    doc = doc_with(REPORT, titles, end_year=2026)
    got = [(i.name, i.target, i.year) for i in extract_indicators(doc)]
    assert got == [
        ("全省地区生产总值年均增长", "5%", 2030),
        ("人均地区生产总值", "8万元以上", 2030),
        ("常住人口城镇化率", "63%", 2030),
        ("地区生产总值增长", "5%", 2026),
        ("一产增加值增长", "5%", 2026),
        ("二产增加值增长", "5%以上", 2026),
        ("三产增加值增长", "5%", 2026),
        ("城镇常住居民人均可支配收入增长", "4%", 2026),
        ("农村常住居民人均可支配收入增长", "6%", 2026),
        ("城镇调查失业率", "5.5%", 2026),
        ("常住人口城镇化率", "59%", 2026),
    ]


def test_no_targets_from_a_review_or_a_footnote() -> None:
    text = (
        "一、“十三五”时期发展目标完成情况\n新设企业达到4179万户。\n"
        "二、主要目标\n到2025年，高新技术企业数量达到2.6万家。\n"
        "1 指每万人口居民拥有的、维持年限超过10年的发明专利件数。\n"
    )
    doc = doc_with(text, [("一、", "“十三五”时期发展目标完成情况"), ("二、", "主要目标")])
    doc.plan.start_year = 2021
    assert [(i.name, i.target) for i in extract_indicators(doc)] == [("高新技术企业数量", "2.6万家")]


# sh-fyp-14: PDF text, a row per line with cells separated by spaces; names and units wrapped
# onto the lines around their row or glued to the end of the row above; footnote marks glued to
# names; the target is the filled one of 2025年 | 年均[累计].
PDF_ROWS = (
    "14上海市“十四五”规划《纲要》主要指标\n序 “十四五”目标\n指 标 单位 属性\n号\n2025年 年均[累计]\n"
    "1 全市生产总值年均增长率 % 预期性 - 5左右\n"
    "万元/\n2 全员劳动生产率 预期性 36左右 -\n人\n"
    "3 在沪跨国公司地区总部数量 家 预期性 - [累计达到1000]全社会研发经费支出相当于\n"
    "4 % 预期性 4.5左右 -\n全市生产总值比例\n"
    "5 每万人口高价值发明专利拥有量1 件 预期性 30左右 -\n"
    "人/亿\n6 单位生产总值生产安全事故死亡率 约束性 <0.01 -元\n"
    "1 指每万人口居民拥有的发明专利件数。\n"
)


def test_pdf_rows_with_wrapped_cells() -> None:
    assert [row[:4] for row in _rows(PDF_ROWS, end_year=2025)] == [
        ("全市生产总值年均增长率", "5%", "%", 2025),
        ("全员劳动生产率", "36万元/人", "万元/人", 2025),
        ("在沪跨国公司地区总部数量", "[累计达到1000]", "家", 2025),
        ("全社会研发经费支出相当于全市生产总值比例", "4.5%", "%", 2025),
        ("每万人口高价值发明专利拥有量", "30件", "件", 2025),
        ("单位生产总值生产安全事故死亡率", "<0.01人/亿元", "人/亿元", 2025),
    ]


# nat-eco-env-13: a 专栏 a crawl flattened into one line; values glued to each other
# ("21.6623.04", "151165", "70.570左右"), footnote marks glued to names and values, group
# headings between rows, a group heading carrying the unit of its rows.
FLAT = (
    "专栏1　“十三五”生态环境保护主要指标指　　标2015年2020年〔累计〕1属性生态环境质量1.空气质量"
    "地级及以上城市2空气质量优良天数比率（%）76.7＞80-约束性细颗粒物未达标地级及以上城市浓度下降（%）--〔18〕约束性"
    "近岸海域水质优良（一、二类）比例（%）70.570左右-预期性4.生态状况森林覆盖率（%）21.6623.04〔1.38〕约束性"
    "森林蓄积量（亿立方米）151165〔14〕约束性草原综合植被盖度（%）5456 预期性"
    "5.主要污染物排放总量减少（%）化学需氧量--〔10〕约束性氨氮--〔10〕注：1.〔　〕内为五年累计数。\n"
)


def test_a_table_flattened_into_one_line() -> None:
    assert [(n, t, u, y, b) for n, t, u, y, b, _ in _rows(FLAT, end_year=2020)] == [
        ("空气质量地级及以上城市空气质量优良天数比率", "＞80%", "%", 2020, "76.7%"),
        ("细颗粒物未达标地级及以上城市浓度下降", "18%", "%", 2020, None),
        ("近岸海域水质优良（一、二类）比例", "70%", "%", 2020, "70.5%"),
        ("生态状况森林覆盖率", "23.04%", "%", 2020, "21.66%"),
        ("森林蓄积量", "165亿立方米", "亿立方米", 2020, "151亿立方米"),
        ("草原综合植被盖度", "56%", "%", 2020, "54%"),
        ("化学需氧量", "10%", "%", 2020, None),
        ("氨氮", "10%", "%", 2020, None),
    ]


def test_ordinal_subjects_share_their_noun() -> None:
    text = "三、2026年工作安排\n主要预期目标是：其中一二三产增加值年均分别增长3.5%左右、6%左右、5%左右。\n"
    doc = doc_with(text, [("三、", "2026年工作安排")], end_year=2026)
    assert [(i.name, i.target, i.year) for i in extract_indicators(doc)] == [
        ("一产增加值年均增长", "3.5%", 2026),
        ("二产增加值年均增长", "6%", 2026),
        ("三产增加值年均增长", "5%", 2026),
    ]


HTML_TABLE = (
    "<html><body><p>专栏1 主要指标</p><table>"
    "<tr><td>序号</td><td>指标</td><td>单位</td><td>2025年</td><td>2030年</td><td>属性</td></tr>"
    "<tr><td>1</td><td>森林覆盖率</td><td>%</td><td>19.5</td><td>21</td><td>约束性</td></tr>"
    "<tr><td>2</td><td>新建绿道</td><td>公里</td><td></td><td>〔200〕</td><td>预期性</td></tr>"
    "<tr><td>3</td><td>全员劳动生产率</td><td>万元/人</td><td>30</td><td>36左右</td><td>预期性</td></tr>"
    "</table><p>二、主要任务</p></body></html>"
)
MARKDOWN_TABLE = (
    "专栏1 主要指标\n\n"
    "| 序号 | 指标 | 单位 | 2025年 | 2030年 | 属性 |\n"
    "| :---: | --- | --- | --- | --- | --- |\n"
    "| 1 | 森林覆盖率 | % | 19.5 | 21 | 约束性 |\n"
    "| 2 | 新建绿道 | 公里 |  | 〔200〕 | 预期性 |\n"
    "| 3 | 全员劳动生产率 | 万元/人 | 30 | 36左右 | 预期性 |\n\n"
    "二、主要任务\n"
)


@pytest.mark.parametrize("layout", ["html", "markdown"])
def test_a_row_per_line_html_rows_and_markdown_pipes(layout: str) -> None:
    from plankg.loaders.text.formats import read_document

    html = read_document(HTML_TABLE.encode(), "t.html", ".html")
    text = html if layout == "html" else MARKDOWN_TABLE
    assert _rows(text) == [
        ("森林覆盖率", "21%", "%", 2030, "19.5%", 2025),
        ("新建绿道", "200公里", "公里", 2030, None, None),
        ("全员劳动生产率", "36万元/人", "万元/人", 2030, "30万元/人", 2025),
    ]


def test_a_goal_line_without_a_year_lists_several_targets() -> None:
    # nat-fyp-12's 主要目标: lines of targets for the plan's end year, no 到2015年 in them; an
    # aside with one figure, a table's numbered notes and a clause that runs a table row
    # together are no targets.
    text = (
        "第三章　主要目标\n"
        "国内生产总值年均增长７％，城镇新增就业４５００万人，城镇登记失业率控制在５％以内\n"
        "现在高收入国家差不多是70个。\n"
        "专栏 主要指标 注：1.〔　〕内为五年累计数。\n"
        "3.断面数量由“十二五”期间的972个增加到1940个，全国排放总量下降10%以上。\n"
    )
    doc = doc_with(normalised_text(text).text, [("第三章　", "主要目标")], end_year=2015)
    assert [(i.name, i.target, i.year) for i in extract_indicators(doc)] == [
        ("国内生产总值年均增长", "7%", 2015),
        ("城镇新增就业", "4500万人", 2015),
        ("城镇登记失业率", "5%以内", 2015),
    ]


@pytest.fixture(scope="module")
def dev_summary() -> dict[str, float]:
    from bench.eval_indicators import evaluate, summary

    return summary(evaluate("dev"))


@pytest.mark.parametrize("metric", sorted(DEV_FLOORS))
def test_dev_floor(dev_summary: dict[str, float], metric: str) -> None:
    assert dev_summary[metric] >= DEV_FLOORS[metric] - 1e-9, dev_summary


# The heldout5 third (4 documents, 39 indicators), scored once by the lead at 04:52 UTC on
# 2026-12-03: names P 0.700 R 0.718, targets P 0.675 R 0.692, years 1.000 of the matched. After
# the wrapped-cell, attachment and change-column rules (branch ind5): 39 of 39, names and targets 1.000.
HELDOUT5_FLOORS = {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 1.0, "target_recall": 1.0}


# Round 6 (6 plans of hotask6's task round that carry indicators, 76 indicators), scored once by the
# lead at 07:42 UTC on 2026-12-03: names P 0.950 R 0.250, targets P 0.950 R 0.250. After the two-level
# headers, goal parts' target sentences and shared values (branch ind6fix): 73 of 76, P 1.000 R 0.961.
HELDOUT6_FLOORS = {"name_precision": 1.0, "name_recall": 0.96, "target_precision": 1.0, "target_recall": 0.96}


# Round 7 (3 plans of hotask7's round, 5 indicators, two plans with none), scored once by the lead at
# 08:40 UTC on 2026-12-03: nothing found (name recall 0.000), nothing wrong reported either (P 1.000):
# the five targets of nat-mofcom-2015 stand in a goal sentence ("在1-2年内") without a year.
HELDOUT7_FLOORS = {"name_precision": 1.0, "target_precision": 1.0}


def test_round_7_at_its_first_score() -> None:
    from bench.eval_indicators import evaluate, summary

    measured = summary(evaluate("heldout7"))
    for metric, floor in HELDOUT7_FLOORS.items():
        assert measured[metric] >= floor - 1e-9, (metric, measured)


def test_round_6_at_its_first_score() -> None:
    from bench.eval_indicators import evaluate, summary

    measured = summary(evaluate("heldout6"))
    for metric, floor in HELDOUT6_FLOORS.items():
        assert measured[metric] >= floor - 1e-9, (metric, measured)


def test_the_held_out_third_at_its_first_score() -> None:
    from bench.eval_indicators import evaluate, summary

    measured = summary(evaluate("heldout5"))
    for metric, floor in HELDOUT5_FLOORS.items():
        assert measured[metric] >= floor - 1e-9, (metric, measured)


# Rounds 6-11 after their one score and the fixes since (first name P/R: round 8 0.875/0.412, round
# 9 1.000/0.417, round 10 —/0.000, round 11 0.615/0.667): floors at what they measure at session 13's end.
LATER_ROUND_FLOORS = {
    "heldout6": {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 1.0, "target_recall": 1.0},
    "heldout7": {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 1.0, "target_recall": 1.0},
    # heldout8 1.000 after WORK_SHARE (devind14, session 16: …调查工作量的75%)
    "heldout8": {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 1.0, "target_recall": 1.0},
    "heldout9": {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 1.0, "target_recall": 1.0},
    "heldout10": {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 1.0, "target_recall": 1.0},
    # heldout11 1.000 after MEASURED_BEFORE (devind14, session 16: 新增2亿千瓦以上新能源合理消纳需求)
    "heldout11": {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 1.0, "target_recall": 1.0},
    # Round 12, scored once at 18:16 UTC in session 14: name P/R 0.200/0.111; after fix12task's rules
    # (DISPOSED_COUNT, COUNTED_SHARED_VALUE, DATED_HEAD, ISSUE_YEAR_SECTION, BREAKDOWN_TITLE, a month
    # deadline, 成立…支, PERCENT_OF without 的, VALUE_GLOSS, 日均; after the score, not held out) 1.000/0.926.
    "heldout12": {"name_precision": 1.0, "name_recall": 0.962, "target_precision": 1.0, "target_recall": 0.962},
    # Round 13, scored once at 22:20 UTC in session 15: names P/R 1.000/0.536, targets 0.867/0.464; after
    # fix13ind (QUALITATIVE_UNIT, WORDED_TARGET_CELL, LONE_CELL_CONTINUES, UNIT_ONLY_TARGET …; not held out).
    # devind14 (session 16): MEASURED_BEFORE, MEASURE_TAIL, MEASURE_UNIT_VALUE, CLAUSE_PERIOD: 26 / 28.
    "heldout13": {"name_precision": 1.0, "name_recall": 0.928, "target_precision": 1.0, "target_recall": 0.928},
    # Round 14, scored once at 05:14 UTC in session 16: names P/R 1.000/0.455, targets 1.000/0.455; 1.000 after
    # AIM_LEAD_LINE, COUNTED_KINDS_LISTED, REQUIRED_YEAR and REQUIRED_AMOUNT (fix14task; not held out).
    "heldout14": {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 1.0, "target_recall": 1.0},
    # Round 15, scored once at 13:46 UTC in session 18: names P/R 0.977/0.656, targets 0.977/0.656; 1.000 after
    # STAGE_SPAN_TITLE, RATIO_VALUE, 突破 before a count, END_YEAR_SECTION and SUBJECT_SHARE / SUBJECT_MEASURE
    # (fix15ind; after the score, not held out).
    "heldout15": {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 1.0, "target_recall": 1.0},
    # Round 17, scored once at 16:00 UTC in session 19: names P/R 0.625/0.303; 0.800/0.606 after fix17ind's rules,
    # 1.000 after fix17task's (MARKDOWN_ROW_OPEN, ATTRIBUTE_HEADER_GLOSS, STATUS_AS_OF, YEAR_PART_AFTER_SEMICOLON,
    # GROWTH_MULTIPLE; after the score, not held out).
    "heldout17": {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 1.0, "target_recall": 1.0},
    # Round 21, scored once at 21:23 UTC in session 21: names P/R 0.941/0.152 (16 of 105); 1.000/0.790 (83) after
    # fix21ind's YEAR_GROUP_TABLE (+ YEAR_GROUP_TOTAL_STATED), BARE_YEAR_STAGES, AREA_THEN_AREAS, PER_POPULATION with
    # the 分别 verbs in 到/至, MEASURED_CAPACITY (具备, 台), 建有/至少办 and AMOUNT_MEETS_STANDARD (after the score,
    # not held out). Left: la-fuel-stations-14 (16, PDF 第X条 articles and a district table), nat-power-bonds-1987
    # (Chinese numerals, ind21), sh-user-vpp-2025's 分别 over two years (2).
    # ind40 (session 32): 85 with CHINESE_YEAR (nat-power-bonds-1987's 一九八七年发行…债券五十五亿元, 四十五亿元).
    "heldout21": {"name_precision": 1.0, "name_recall": 0.809, "target_precision": 1.0, "target_recall": 0.809},
    # Round 22, scored once at 23:50 UTC in session 22: names P/R 1.000/0.179 (7 of 39); 1.000/0.974 (38) after
    # fix22ind's PIPE_CLOSED_CELL (+ LEAD_UNIT_COLUMN, WORDED_VALUE_IN_ROW, DIGIT_LED_NAME, HEADER_GLOSS),
    # HEADINGLESS_TEXT, FARMLAND_AND_GRAIN, RUN_IN_GOAL_TITLE (after the score, not held out). Left:
    # nat-high-power-charging-2025's aim in a work part (a judgement call of its gold); targets 0.947: two
    # per-100,000 targets written with their unit (50/10万) where the gold keeps the cell's number (50).
    # ind40 (session 32): 39 / 39 with DATED_AIM_WITHOUT_GOALS (the aim of nat-high-power-charging-2025's work part).
    "heldout22": {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 0.948, "target_recall": 0.948},
    # Round 23, scored once at 01:07 UTC in session 22: names P/R 0.812/0.650 (13 of 20), targets 0.750/0.600; after
    # fix23ind's TRADITIONAL_SPELLING, VISION_OPENS, BASELINE_IN_NAME and VERB_IN_NAME (tests/test_indicator_round23.py;
    # after the score, not held out): names 1.000/0.800 (16), targets 0.938/0.750. Left: bj-charging-14's two 找桩距离
    # (names the gold derives), hk01-health-14-news's undated 不低于 paragraph and a level inside a target (52.7%).
    # ind40 (session 32): 18 of 20 with PLAN_GOES_ON_PARAGRAPH (hk01's "规划又提到," paragraph: 不低于40%, 不低于50%).
    "heldout23": {"name_precision": 1.0, "name_recall": 0.9, "target_precision": 0.944, "target_recall": 0.85},
    # Round 24, scored once at 02:31 UTC in session 23: names P/R 0.977/0.662; 1.000/0.954 after fix24task's
    # DATED_LIST_LEAD, SHARED_RAISE, SHARED_SHARE_TAIL, INDICATORS_PARAGRAPH, GRADE_MET_IN_NAME and
    # LISTED_SUBJECTS_ONE_VALUE (after the score, not held out). Left: a 其中 part named from its clause, a ≥ value
    # without a verb, and 4 (每万人口拥有全科医生数) after an empty baseline cell.
    "heldout24": {"name_precision": 1.0, "name_recall": 0.953, "target_precision": 0.983, "target_recall": 0.938},
    # Round 25, scored once at 05:06 UTC in session 24: names P/R 0.500/0.286 (2 of 7); 0.857/0.857 (6) after
    # fix25task's PERIOD_ADVERBIAL, SAME_TIME_PARAGRAPH and DATE_RANGE (after the score, not held out). Left:
    # nat-new-grid-15-news's 新型电网建设投资 (a name the gold derives) and its 13.5万亿千瓦时用电需求 (a premise
    # there, a target in older gold).
    "heldout25": {"name_precision": 0.857, "name_recall": 0.857, "target_precision": 0.857, "target_recall": 0.857},
    # Round 26, scored once at 07:54 UTC in session 25: names P/R 0.800/0.526 (20 of 38); 0.974/0.974 (37) after
    # fix26task's LEAD_GOAL_PARAGRAPH, NUMBERLESS_HEADINGS, PERIOD_GOALS_NAMED, BARE_YEAR_CLAUSE, SHARED_STEP,
    # PER_PERSON_AMOUNT, RATIO_COLON_FORMS and MEANS_AFTER_GOALS (after the score, not held out). Left:
    # nat-rural-road-2027-news's 改造危旧桥梁 (its gold drops the bracket 含生命通道渡改桥、漫水桥 that older gold
    # keeps in a name).
    "heldout26": {"name_precision": 0.973, "name_recall": 0.973, "target_precision": 0.973, "target_recall": 0.973},
    # Round 27 (round 26's second wave), scored at 09:20 UTC in session 25: names P/R 1.000/0.100; 1.000/0.850 after
    # fix27ind's THIS_YEAR_PLAN, PINYIN_GLOSS, PERIOD_END_NAMED and km/立方/口 units (not held out). Left: 土石方 (a
    # three-character name) and zh-farmland-water-2025's outcome after 项目建成后 (undated).
    # 1.000/0.950 with fix30task's OUTCOME_AFTER_WORKS (zh-farmland-water-2025's 项目建成后,… outcomes).
    # ind40 (session 32): 20 / 20 with VOLUME_MEASURE (土石方 252万立方).
    "heldout27": {"name_precision": 1.0, "name_recall": 1.0, "target_precision": 0.95, "target_recall": 0.95},
    # Round 30, scored once at 13:40 UTC in session 27: names P/R 1.000/0.239 (11 of 46); 0.978/0.957 (44) after
    # fix30task's NUMBERED_GROUP_ROW, STACKED_SUB_ROWS, YEAR_DOCUMENT_REPORTED, OUTCOME_AFTER_WORKS, SHARE_OF_LISTED_SUM
    # and units 千瓦时 / 株 (not held out). Left: nat-irrigation-14-news's second group of outcomes (its subject opens
    # with a count, 124处…的灌区, and its 改善灌溉面积 is named without the group).
    "heldout30": {"name_precision": 0.977, "name_recall": 0.956, "target_precision": 0.955, "target_recall": 0.934},
    # Round 28, scored once at 10:54 UTC in session 26: names P/R 1.000/0.655 (19 of 29); 1.000/0.931 (27) after
    # fix28task's AIM_TITLE_LINE, THIS_YEAR_PLAN's 预计将 and BASE_YEAR_IN_NAME (not held out). Left:
    # cq-agri-modern-14-spun-news's two figures in a spun sentence dated only by 到“十四五”末 a sentence before, and a
    # target gold writes with its day count (0.3%(1 天)以内).
    "heldout28": {"name_precision": 1.0, "name_recall": 0.931, "target_precision": 0.962, "target_recall": 0.896},
    # Round 19, scored once at 18:45 UTC in session 20: names P/R 1.000/0.167 (a 1985 notice's targets in Chinese
    # numerals); 1.000/0.833 after CHINESE_VALUE and PERIOD_ITEM_TARGETS (ind21, session 21; not held out).
    "heldout19": {"name_precision": 1.0, "name_recall": 0.833, "target_precision": 1.0, "target_recall": 0.833},
    # Rounds 31-34 had no floor: measured on session 31's main (2026-12-06). Round 33's 5 of 13 names rose to 10 with
    # TARGETS_LEAD's 努力目标 and LEAD_CLAUSE_YEAR (longyou-gwr-2025-p2: "建议2025年全县经济社会发展的努力目标为:…").
    # Left: news pages' figures of other years (heldout31), a name whose subject an earlier clause gives (yancheng:
    # "数字经济核心产业增加值…比重达到10%以上,产值规模突破3500亿元").
    # ind40 (session 32): THIS_YEAR_SECURED and STATUS_OPENS (heldout31: bz-transport's 确保完成150亿元, eb-rooftop's
    # 截至2010年 status no target), DATED_AIM_WITHOUT_GOALS (heldout32: yn-rural's 确保2022年… grain targets),
    # SHARE_THEN_SCALE (heldout33: yancheng's 产值规模), BARE_TARGET in 万亿 (heldout34: hunan's 旅游总收入 1.15万亿元).
    "heldout31": {"name_precision": 0.771, "name_recall": 0.843, "target_precision": 0.714, "target_recall": 0.781},
    "heldout32": {"name_precision": 1.0, "name_recall": 0.928, "target_precision": 1.0, "target_recall": 0.928},
    "heldout33": {"name_precision": 1.0, "name_recall": 0.846, "target_precision": 1.0, "target_recall": 0.846},
    "heldout34": {"name_precision": 1.0, "name_recall": 0.878, "target_precision": 1.0, "target_recall": 0.878},
}


@pytest.mark.parametrize(("split", "floors"), sorted(LATER_ROUND_FLOORS.items()))
def test_later_rounds_at_their_floors(split: str, floors: dict[str, float]) -> None:
    from bench.eval_indicators import evaluate, summary

    measured = summary(evaluate(split))
    for metric, floor in floors.items():
        assert measured[metric] >= floor - 1e-9, (metric, measured)


def test_the_scorer_refuses_details_on_a_fresh_round(monkeypatch: pytest.MonkeyPatch) -> None:
    import bench.splits
    from bench.eval_indicators import main, same_target
    from plankg.schema import Indicator

    monkeypatch.setattr(bench.splits, "FRESH", ("heldout5",))
    with pytest.raises(SystemExit):
        main(["--split", "heldout5", "--details"])
    made = Indicator(id="p/indicator/1", plan_id="p", name="x", target="3000—4000万平方米", start=0, end=1)
    assert same_target("〔3000—4000〕", made) and not same_target("〔3000〕", made)
    words = Indicator(id="p/indicator/2", plan_id="p", name="x", target="与全市保持同步", start=0, end=1)
    assert same_target("与全市保持同步", words) and not same_target("完成市下达目标", words)


def test_rows_by_blank_lines_without_numbers() -> None:
    # no 序号: a row's cells on consecutive lines, rows split by blank lines; a target in words
    # is not continued by the next row's name.
    text = (
        "附件 主要指标\n\n指标名称\n单位\n2025年目标值\n\n"
        "城市黑臭水体治理\n—\n全面消除\n\n"
        "新建口袋公园面积\n万平方米\n100\n\n"
        "公共充电桩数量\n个\n2000\n\n"
        "（二）重点任务\n"
    )
    assert [row[:4] for row in _rows(text, end_year=2025)] == [
        ("城市黑臭水体治理", "全面消除", "", 2025),
        ("新建口袋公园面积", "100万平方米", "万平方米", 2025),
        ("公共充电桩数量", "2000个", "个", 2025),
    ]


def test_header_variants_and_a_second_value_column() -> None:
    # 编号, 指标名称（单位）, 目标值（2025年）; a 年均[累计] column filled where the year's is "-";
    # a footnote mark glued to a name.
    text = (
        "表1 主要指标\n\n编号\n指标名称（单位）\n属性\n目标值（2025年）\n年均[累计]\n\n"
        "1\n地区生产总值年均增长率（%）\n预期性\n-\n5左右\n\n"
        "2\n每万人口高价值发明专利拥有量1（件）\n预期性\n30左右\n-\n\n"
        "3\n单位建设用地生产总值提升（%）\n预期性\n-\n〔20〕\n\n"
        "二、主要任务\n"
    )
    assert [row[:4] for row in _rows(text, end_year=2025)] == [
        ("地区生产总值年均增长率", "5%", "%", 2025),
        ("每万人口高价值发明专利拥有量", "30件", "件", 2025),
        ("单位建设用地生产总值提升", "20%", "%", 2025),
    ]
    for cell, role in [("指标名称（单位）", "name"), ("目标值（2025年）", "target"), ("编号", "seq")]:
        assert rules.header_role(cell) == role


def test_a_change_takes_the_subject_of_the_clause_before() -> None:
    text = "第二章　主要目标\n到1990年，国民收入生产额达到9000亿元，比1985年增长38%，平均每年增长6.7%。\n"
    doc = doc_with(text, [("第二章　", "主要目标")], end_year=1990)
    assert [(i.name, i.target) for i in extract_indicators(doc)] == [
        ("国民收入生产额", "9000亿元"),
        ("国民收入生产额比1985年增长", "38%"),
        ("国民收入生产额平均每年增长", "6.7%"),
    ]


@pytest.mark.parametrize(
    ("cell", "unit"),
    [
        ("万平方米", True),
        ("个百分点", True),
        ("万m³/小时", True),
        ("毫克/升", True),
        ("亿美元", True),
        ("兆瓦", True),
        ("件/万人", True),
        ("绿化覆盖率", False),
        ("约束性", False),
        ("95", False),
    ],
)
def test_unit_cells(cell: str, unit: bool) -> None:
    assert bool(rules.UNIT_CELL.pattern.fullmatch(cell)) is unit


# A narrow table of a provincial plan (session 9, heldout5 causes): the header cell 指标属性 and
# the 类别 cells (综合治理, 海绵城市) wrapped over two lines, targets set per kind of city on two
# lines of one cell, blank lines between all cells; an attachment's task list below the table.
WRAPPED = (
    "表3 “十四五”全省城市内涝治理主要指标\n\n序号\n\n类别\n\n主要指标\n\n2020年现状\n\n2025年目标\n\n"
    "指标\n\n属性\n\n1\n\n综合\n\n治理\n\n城市内涝防治达标率（%）\n\n——\n\n95\n\n约束性\n\n"
    "2\n\n\n\n城市防洪达标率（%）\n\n80\n\n95\n\n约束性\n\n"
    "3\n\n\n\n排水管网智能化监测率（%）\n\n——\n\n重点城市≥30\n\n一般城市≥15\n\n预期性\n\n"
    "4\n\n海绵\n\n城市\n\n海绵城市建设达标面积比例（%）\n\n设区市≥25\n\n县级市≥20\n\n"
    "设市城市≥55\n\n其他县城≥25\n\n预期性\n\n"
    "附件2：\n\n重点任务与项目清单\n\n序号\n\n主要领域\n\n重点任务或项目\n\n1\n\n外滩风貌区\n\n外滩·中央\n\n"
    "2\n\n老市府大楼\n\n三、主要任务\n"
)


def test_wrapped_header_cell_is_one_column() -> None:
    assert rules.WRAPPED_HEADER.pattern.fullmatch("指标属性")
    rows = _rows(WRAPPED, end_year=2025)
    assert [r[0] for r in rows][:2] == ["城市内涝防治达标率", "城市防洪达标率"]
    assert rows[1][1:5] == ("95%", "%", 2025, "80%")


def test_wrapped_group_cell_is_no_name() -> None:
    names = [r[0] for r in _rows(WRAPPED, end_year=2025)]
    assert "治理" not in names and "城市" not in names
    assert "海绵城市建设达标面积比例" in names


def test_a_cell_with_a_target_per_kind_of_place() -> None:
    rows = {r[0]: r for r in _rows(WRAPPED, end_year=2025)}
    assert rows["排水管网智能化监测率"][1].startswith("重点城市≥30 一般城市≥15")
    assert rows["海绵城市建设达标面积比例"][1].startswith("设市城市≥55 其他县城≥25")
    assert rows["海绵城市建设达标面积比例"][4].startswith("设区市≥25 县级市≥20")


def test_an_attachment_ends_the_table() -> None:
    assert rules.ATTACHMENT.pattern.fullmatch("附件2：")
    assert [r[0] for r in _rows(WRAPPED, end_year=2025)] == [
        "城市内涝防治达标率",
        "城市防洪达标率",
        "排水管网智能化监测率",
        "海绵城市建设达标面积比例",
    ]


# A numbered table flattened into one line with a change column (2015年比2010年增长): its 指标 cell
# split by a paragraph space, values glued to the change cell (-8%, 5个百分点), row numbers glued
# to the names.
FLAT_CHANGE = (
    "专栏1：“十二五”主要指标序号指　\u00a0 标2010年2015年2015年比2010年增长"
    "1化学需氧量排放量（万吨）2551.72347.6-8%2氨氮排放量（万吨）264.4238.0-10% "
    "3劣Ⅴ类水质断面比例（%）17.7<15-2.7个百分点好于Ⅲ类水质断面比例（%）55>605个百分点"
    "4空气质量达标城市比例（%）72≥808个百分点\n注：①按2010年普查结果核定。\n"
)


def test_a_flattened_table_with_a_change_column() -> None:
    assert rules.FLAT_CHANGE.pattern.fullmatch("2015年比2010年增长")
    assert [(n, t, u, y, b) for n, t, u, y, b, _ in _rows(FLAT_CHANGE, end_year=2015)] == [
        ("化学需氧量排放量", "2347.6万吨", "万吨", 2015, "2551.7万吨"),
        ("氨氮排放量", "238.0万吨", "万吨", 2015, "264.4万吨"),
        ("劣Ⅴ类水质断面比例", "<15%", "%", 2015, "17.7%"),
        ("好于Ⅲ类水质断面比例", ">60%", "%", 2015, "55%"),
        ("空气质量达标城市比例", "≥80%", "%", 2015, "72%"),
    ]


def test_a_table_name_cell_keeps_its_last_word() -> None:
    # 总量/累计 trimmed from a sentence's subject (…排放总量达到) is part of a table cell's name
    text = (
        "主要指标\n\n序号\n\n指标\n\n2025年目标值\n\n属性\n\n"
        "1\n\n新增绿地总量（公顷）\n\n120\n\n约束性\n\n二、主要任务\n"
    )
    assert _rows(text)[0][:2] == ("新增绿地总量", "120公顷")


# --- session 10 (ind6): causes that recurred in the seven new dev documents ----------------------
def _sentence_rows(text: str, titles: list[tuple[str, str]], end_year: int | None = None) -> list[tuple]:
    doc = doc_with(text, titles, end_year=end_year)
    return [(i.name, i.target, i.year) for i in extract_indicators(doc)]


def test_a_range_in_a_sentence_keeps_both_ends() -> None:
    # SENTENCE_RANGE (ah-gov-report-2026, jx-gov-report-2026): "5%—5.5%" was read as 5%.
    text = "三、2026年工作安排\n主要预期目标是：全省地区生产总值增长5%—5.5%，城镇调查失业率5.5%左右。\n"
    rows = _sentence_rows(text, [("三、", "2026年工作安排")])
    assert ("全省地区生产总值增长", "5—5.5%", 2026) in rows
    text = "三、2026年工作安排\n主要预期目标是：地区生产总值增长5%-5.5%，规模以上工业增加值增长7.3%以上。\n"
    assert ("地区生产总值增长", "5—5.5%", 2026) in _sentence_rows(text, [("三、", "2026年工作安排")])


def test_dated_counts_name_what_they_count() -> None:
    # COUNTED_OBJECT, COUNTED_MORE, COUNTED_PART (jn-digital-pioneer-2021, sd-iconic-chains-2024,
    # nat-voc-edu-2019): a count before what it counts gave no indicator.
    text = (
        "（二）主要目标\n——到2023年，培育壮大30家以上数字经济核心产业领军企业，建成4万个以上5G基站，"
        "建设50所高水平高等职业学校和150个骨干专业（群）。\n"
    )
    rows = _sentence_rows(text, [("（二）", "主要目标")])
    assert ("数字经济核心产业领军企业", "30家以上", 2023) in rows
    assert ("5G基站", "4万个以上", 2023) in rows
    assert ("高水平高等职业学校", "50所", 2023) in rows
    assert ("骨干专业（群）", "150个", 2023) in rows


def test_an_undated_count_is_no_target() -> None:
    # COUNTS_DATED: "组织实施5项应用示范工程" in a goal section without a year is a task (the five
    # data/plans texts hold such sentences; their indicators must not change).
    text = "二、发展目标\n选择若干重大领域，组织实施5项应用示范工程，培育市场需求。\n"
    assert _sentence_rows(text, [("二、", "发展目标")], end_year=2015) == []


def test_targets_listed_with_a_dunhao_are_one_each() -> None:
    # LISTED_ITEMS (sd-smart-mfg-2022): only the first of "降低20%、提高20%以上…" was read.
    text = "（二）主要目标\n到2025年，试点示范项目运营成本降低20%、生产效率提高20%以上、产品不良品率降低10%。\n"
    rows = _sentence_rows(text, [("（二）", "主要目标")])
    assert [(n, t) for n, t, _ in rows] == [
        ("试点示范项目运营成本降低", "20%"),
        ("生产效率提高", "20%以上"),
        ("产品不良品率降低", "10%"),
    ]


def test_a_goal_sections_year_carries_to_its_bullets() -> None:
    # A section's 到2025年 dates the bullets after it (sd-smart-mfg-2022: a plan whose title gives
    # no years found nothing at all).
    text = (
        "（二）主要目标\n到2025年，构建智能制造发展新格局。具体目标：\n"
        "——创新和供给能力进一步增强。每年培育30项左右智能制造领域首台（套）重大技术装备和关键零部件。\n"
        "——每年培育20家以上智能制造标杆企业。\n"
    )
    rows = _sentence_rows(text, [("（二）", "主要目标")])
    assert ("智能制造领域首台（套）重大技术装备和关键零部件", "30项", 2025) in rows  # 左右 dropped
    assert ("智能制造标杆企业", "20家以上", 2025) in rows


def test_what_a_subject_is_represented_by_is_not_its_name() -> None:
    # REPRESENTED_BY (jn-digital-pioneer-2021): the name began with 以大数据与…为代表的.
    text = "（二）主要目标\n到2023年，以大数据与新一代信息技术为代表的数字经济核心产业规模超过5500亿元。\n"
    rows = _sentence_rows(text, [("（二）", "主要目标")])
    assert rows == [("数字经济核心产业规模", "5500亿元", 2023)]


def test_a_run_in_targets_label_opens_target_sentences() -> None:
    # TARGETS_LABEL (nat-voc-edu-2019): 具体指标：到2022年，… in a lead paragraph, no 目标 section.
    text = (
        "总体要求与目标：提升职业教育水平。具体指标：到2022年，"
        "建设50所高水平高等职业学校和150个骨干专业（群）。\n一、完善制度\n"
    )
    rows = _sentence_rows(text, [("一、", "完善制度")], end_year=None)
    assert ("高水平高等职业学校", "50所", 2022) in rows
    assert ("骨干专业（群）", "150个", 2022) in rows


def test_two_target_columns_wrapped_headers_units_and_names() -> None:
    # HEADER_YEAR_TAIL, NAME_BRACKET_TAIL, two target columns (cm-water-14): the header
    # 基准值⏎（2020年） stopped the header, so the table was not read at all.
    text = (
        "2.主要指标\n\n序号\n\n指标名称\n\n指标\n属性\n\n基准值\n（2020年）\n\n目标值\n（2025年）\n\n目标值\n（2035年）\n\n"
        "1\n\n主海塘达标率\n\n预期性\n\n46％\n\n≥73％\n\n100％\n\n"
        "2\n\n河湖水面积\n\n约束性\n\n120.14\n平方公里\n\n128.92\n平方公里\n\n148.37\n平方公里\n\n"
        "3\n\n供水水质综合合格率\n（国标GB5749-2006）\n\n约束性\n\n≥95％\n\n≥99％\n\n100％\n\n"
        "四、主要任务\n"
    )
    rows = {r[0]: r for r in _rows(text, end_year=2025)}
    assert rows["主海塘达标率"][1:4] == ("≥73%", "%", 2025)
    assert rows["主海塘达标率"][4:] == ("46%", 2020)
    assert rows["河湖水面积"][1] == "128.92平方公里"
    assert rows["供水水质综合合格率（国标GB5749-2006）"][1] == "≥99%"
    assert len(rows) == 3


def test_a_reports_period_tasks_section_states_the_periods_targets() -> None:
    # PERIOD_TASKS_TITLE (nx-gov-report-2026): 二、“十五五”时期主要任务 was no goal section, so its
    # 到2030年…达到10万元以上 and 年均增长10%左右 were not read.
    text = (
        "二、“十五五”时期主要任务\n一是经济综合实力显著提升。到2030年人均地区生产总值达到10万元以上。"
        "三是科技创新能力显著提升。全社会研发经费投入年均增长10%左右，综合科技创新水平稳步提升。\n"
        "三、2026年重点工作\n"
    )
    rows = _sentence_rows(text, [("二、", "“十五五”时期主要任务"), ("三、", "2026年重点工作")])
    assert ("人均地区生产总值", "10万元以上", 2030) in rows
    assert ("全社会研发经费投入年均增长", "10%", 2030) in rows


# --- Round 6 causes (session 10, ind6fix; heldout6 scored once, then development data) ---------
def test_a_two_level_header_with_a_group_column_and_a_type_column() -> None:
    # HEADER_CELLS header-values, header-group 指标类别, header-target 近期规划, TWO_LEVEL_YEARS,
    # ATTRIBUTE_AFTER_NAME and the first row number kept by furniture (pt-land-space-2026: a
    # 国土空间 core table): 指标值 stopped the header and the first "1", seven lines before "2",
    # was dropped as a page number, so no row was read.
    text = (
        "专栏1 核心指标表\n\n指标类别\n\n序号\n\n指标项\n\n单位\n\n类型\n\n指标值\n\n现状\n\n近期规划\n\n"
        "（2025年）\n\n（2030年）\n\n发展规模\n\n1\n\n建设用地总规模\n\n平方千米\n\n约束性\n\n53.75\n\n53.74\n\n"
        "服务设施\n\n2\n\n养老床位数占老年人口比例\n\n%\n\n约束性\n\n/\n\n2.5\n\n"
        "3\n\n满足消防响应时间\n\n分钟\n\n约束性\n\n/\n\n5分钟覆盖区超80%\n\n二、空间格局\n"
    )
    assert _rows(text) == [
        ("建设用地总规模", "53.74平方千米", "平方千米", 2030, "53.75平方千米", 2025),
        ("养老床位数占老年人口比例", "2.5%", "%", 2030, None, None),
        ("满足消防响应时间", "5分钟覆盖区超80%", "分钟", 2030, None, None),
    ]


def test_a_target_year_written_with_zhi_and_measures_after_their_object() -> None:
    # TARGET_YEAR_WRITTEN, CLAUSE_LEAD, MEASURED_AFTER (sh-green-building-14): "至2025年" left the
    # goal section's sentences undated, so each with one target was dropped; "（4）完成…面积2000万
    # 平方米以上" (a quantity after its object, an item number before it) was no target at all.
    text = (
        "（三）发展目标\n（3）全面推进试点，至2025年创建绿色生态城区项目25项以上，其中更新城区5项以上；"
        "至2025年力争建成2个绿色生态城区示范项目。\n"
        "（4）完成既有建筑节能改造面积2000万平方米以上，建设一批示范工程。\n"
    )
    rows = _sentence_rows(text, [("（三）", "发展目标")], end_year=2025)
    assert ("绿色生态城区项目", "25项以上", 2025) in rows  # what is created names it (OBJECT_VERB)
    assert ("更新城区", "5项以上", 2025) in rows
    assert ("绿色生态城区示范项目", "2个", 2025) in rows
    assert ("既有建筑节能改造面积", "2000万", 2025) in rows  # VALUE keeps no area unit (the raw target does)


def test_a_measure_after_its_object_needs_a_stated_year() -> None:
    # MEASURED_AFTER only where the sentence or its section states a year: a goal section that
    # names none may describe results (hp-heritage-14's 累计实现…面积100万平方米 stays unread).
    text = "二、发展目标\n历史建筑有序更新，受益居民超过2万户，累计实现老旧住房综合修缮改造面积100万平方米。\n"
    assert _sentence_rows(text, [("二、", "发展目标")], end_year=2025) == []


def test_a_pdf_lead_on_its_own_line_with_spaced_numbers_and_shares() -> None:
    # LEAD_ENDS_LINE, LEAD_CLAUSE_YEAR, NUMBER_SPACE, PERCENT_OF, TARGET_YEAR_WRITTEN (nat-smart-
    # manufacturing-14, PDF text): "2025 年的主要目标是：" ended its line, so nothing below it was
    # read; "建成 500 个以上" has spaces around its number; "70%的…企业…实现…" names a share.
    text = (
        "（三）发展路径和目标\n到 2025 年，规模以上制造业企业大部分实现数字化网络化。\n"
        "2025 年的主要目标是：\n"
        "——转型升级成效显著。70%的规模以上制造业企业基本实现数字化网络化，建成 500 个以上引领行业"
        "发展的智能制造示范工厂。\n——基础支撑更加坚实。完成 200 项以上国家、行业标准的制修订。\n"
        "三、重点任务\n"
    )
    rows = _sentence_rows(text, [("（三）", "发展路径和目标"), ("三、", "重点任务")], end_year=None)
    assert ("规模以上制造业企业基本实现数字化网络化", "70%", 2025) in rows
    assert ("引领行业发展的智能制造示范工厂", "500个以上", 2025) in rows
    assert ("国家、行业标准的制修订", "200项以上", 2025) in rows


def test_general_requirements_with_a_dated_paragraph_and_bullets() -> None:
    # GENERAL_REQUIREMENTS, YEAR_OPENS, BULLET_LINE, COUNTED_OBJECT's ranges, NAME_TAIL kept
    # (qd-ai-industry-2024): an action plan's 总体要求 holds 到2026年… and ——bullets of counts;
    # no title said 目标, so none was read.
    text = (
        "一、总体要求\n以人工智能与实体经济深度融合为主线。到2026年，我市人工智能产业总体水平处于全国前列。\n"
        "——创新能力。打造2—3个国家级新一代人工智能开放创新平台、5个以上人工智能产业技术基础公共服务平台，"
        "揭榜国家人工智能创新任务15项以上。\n——技术体系。存储总量达到10EB。\n二、重点任务\n"
    )
    rows = _sentence_rows(text, [("一、", "总体要求"), ("二、", "重点任务")], end_year=None)
    # the range keeps its measure word (COUNT_RANGE_UNIT, fix15ind: 2—3个, was 2—3)
    assert ("国家级新一代人工智能开放创新平台", "2—3个", 2026) in rows
    assert ("人工智能产业技术基础公共服务平台", "5个以上", 2026) in rows
    assert ("揭榜国家人工智能创新任务", "15项以上", 2026) in rows
    assert ("存储总量", "10", 2026) in rows
    # a 总体要求 without a year states no targets
    text = "一、总体要求\n打造3个示范平台、5个以上服务平台。\n二、重点任务\n"
    assert _sentence_rows(text, [("一、", "总体要求"), ("二、", "重点任务")], end_year=2025) == []


def test_counts_after_a_sentence_that_opens_with_its_year() -> None:
    # YEAR_OPENS, SHARED_HEAD, COUNTED_OBJECT's 取得/引育, OBJECT_VERB (sd-ai-innovation-2024): the
    # counts of the sentence after "力争到2027年，…。" were undated and dropped.
    text = (
        "一、主要目标\n力争到2027年，创新体系不断完善。在关键核心技术等方面取得10项以上原创性重大科技成果；"
        "打造具有国内竞争力的行业级大模型10个以上；新引育90名国家级、150名省级科技人才。\n二、重点任务\n"
    )
    rows = _sentence_rows(text, [("一、", "主要目标"), ("二、", "重点任务")], end_year=None)
    assert ("原创性重大科技成果", "10项以上", 2027) in rows
    assert ("具有国内竞争力的行业级大模型", "10个以上", 2027) in rows
    assert ("国家级科技人才", "90名", 2027) in rows
    assert ("省级科技人才", "150名", 2027) in rows
    # numbered items below a dated paragraph stay undated (the data/plans texts' 12th plans)
    text = "二、发展目标\n到2015年，创新能力增强。\n（3）在重点领域建设20家左右产业技术创新平台。\n"
    assert _sentence_rows(text, [("二、", "发展目标")], end_year=2015) == []


def test_subjects_sharing_a_value_and_subjects_after_a_shared_prefix() -> None:
    # EACH_SUBJECT, PREFIXED_PAIR (nat-farm-machinery-2018, jn-digital-pioneer-2021): "…均达到45%"
    # gave one indicator named "马铃薯种植、收获机械化率均"; "花生种植、收获机械化率分别…" gave
    # "花生种植化率" (the tail cut inside 机械化).
    text = (
        "二、发展目标\n到2025年，其中马铃薯种植、收获机械化率均达到45%，"
        "花生种植、收获机械化率分别达到65%和55%，数字产业化和产业数字化产业规模均达到7000亿。\n"
    )
    rows = _sentence_rows(text, [("二、", "发展目标")], end_year=2025)
    assert rows == [
        ("马铃薯种植机械化率", "45%", 2025),
        ("马铃薯收获机械化率", "45%", 2025),
        ("花生种植机械化率", "65%", 2025),
        ("花生收获机械化率", "55%", 2025),
        ("数字产业化产业规模", "7000亿", 2025),
        ("产业数字化产业规模", "7000亿", 2025),
    ]
    # subjects longer than two characters are not read as a prefixed pair
    text = "二、发展目标\n到2005年，高中阶段教育和高等教育毛入学率分别达到60%左右和15%左右。\n"
    names = [n for n, _, _ in _sentence_rows(text, [("二、", "发展目标")], end_year=2005)]
    assert "高中阶段高等教育毛入学率" not in names


def test_a_deadline_year_a_minimum_count_and_a_subject_in_stages() -> None:
    # TARGET_YEAR_WRITTEN's deadline, COUNTED_OBJECT's minimum (_AT_LEAST), STAGED_YEARS,
    # DISTRIBUTIVE_LEAD (nat-eco-facility-opening-2018, heldout9): "2021年年底前" left the sentence
    # undated; "选择至少2座…" had no count verb; "分别达到40%、80%" with one subject gave nothing.
    text = (
        "一、工作目标\n（一）总体目标\n2021年年底前，每个县选择至少2座污水处理厂、1座垃圾填埋场向公众开放。\n"
        "（二）分阶段目标\n到2020年、2021年年底前，各省（区、市）开放县的比例分别达到40%、80%。\n二、开放条件\n"
    )
    rows = _sentence_rows(text, [("一、", "工作目标"), ("二、", "开放条件")], end_year=None)
    assert ("污水处理厂", "至少2座", 2021) in rows
    assert ("垃圾填埋场向公众开放", "1座", 2021) in rows
    assert ("开放县的比例", "80%", 2021) in rows
    assert len(rows) == 3
    # a year range "前后" is no deadline, and listed years need as many values
    text = "一、工作目标\n2020年前后，城市的比例分别达到40%、80%、90%。\n二、开放条件\n"
    assert _sentence_rows(text, [("一、", "工作目标"), ("二、", "开放条件")], end_year=None) == []


def test_labelled_stages_date_their_line_and_the_later_stage_wins() -> None:
    # STAGE_LABEL, COUNTED_OBJECT_END (nat-icv-std-guide-2023, heldout9): "第一阶段到2025年，…。制定
    # 50项以上…" left the count undated; the later stage's count of the same thing is the target.
    text = (
        "（三）建设阶段及目标\n第一阶段到2025年，初步形成标准体系。制定50项以上机器人相关标准，涵盖整机。\n"
        "第二阶段到2030年，全面形成标准体系。制定90项以上机器人相关标准并建立评估机制。\n"
        "三、建设内容\n标准体系细分形成12个二级分类。\n"
    )
    rows = _sentence_rows(text, [("（三）", "建设阶段及目标")], end_year=None)
    assert rows == [("机器人相关标准", "90项以上", 2030)]


def test_targets_in_words_a_duration_and_a_share_with_its_owner() -> None:
    # SHARE_IN_WORDS, GLOSS_BRACKET, TARGET_VERBS' 为 (nat-voc-edu-2019, dev), MAGNITUDE_IN_WORDS
    # (sd-ai-innovation-2024), PERCENT_OF's owner (nat-smart-community-guide-2014): shares and
    # magnitudes written in words, "一般为3个月" and "园区60%的企业…" were no targets.
    text = (
        "二、主要目标\n到2024年，实训课时原则上占总课时三分之一以上，企业实习时间一般为3个月。"
        "专职教师（具有五年以上行业经历的教师）占教师总数超过一半。"
        "带动数字经济规模超千亿元，园区60%的企业实现数字化改造。\n三、主要任务\n"
    )
    rows = _sentence_rows(text, [("二、", "主要目标"), ("三、", "主要任务")], end_year=None)
    assert ("实训课时占总课时", "三分之一以上", 2024) in rows
    assert ("企业实习时间", "3个月", 2024) in rows
    assert ("专职教师占教师总数", "超过一半", 2024) in rows
    assert ("带动数字经济规模", "超千亿元", 2024) in rows
    assert ("企业实现数字化改造", "60%", 2024) in rows
    assert len(rows) == 5
    # 为 before a year sets nothing; a class (千亿级) is no magnitude
    text = "二、主要目标\n到2024年，规划期为2021-2025年，培育形成千亿级产业集群。\n三、主要任务\n"
    assert _sentence_rows(text, [("二、", "主要目标"), ("三、", "主要任务")], end_year=None) == []


def test_a_one_subject_several_clause_takes_the_subjects_listed_before_it() -> None:
    # SUBJECTS_BEFORE, SHARED_SUBJECTS' 超过 (nat-smart-manufacturing-14, heldout6): "市场满足率分别
    # 超过70%和50%" has one subject; the clause before lists the two it is about.
    text = (
        "二、发展目标\n到2025年，高端数控机床和工业机器人技术水平显著提升，国内市场占有率分别超过60%和40%。\n"
        "三、重点任务\n"
    )
    rows = _sentence_rows(text, [("二、", "发展目标"), ("三、", "重点任务")], end_year=None)
    assert rows == [("高端数控机床国内市场占有率", "60%", 2025), ("工业机器人国内市场占有率", "40%", 2025)]
    # without such a list before it the clause stays unread
    text = "二、发展目标\n到2025年，创新能力显著提升，国内市场占有率分别超过60%和40%。\n三、重点任务\n"
    assert _sentence_rows(text, [("二、", "发展目标"), ("三、", "重点任务")], end_year=None) == []


def test_stages_of_one_subject_in_one_sentence() -> None:
    # CLAUSE_YEAR, LATER_STAGE_WINS: "到2023年，…达到40%，2024年达到60%，2025年达到90%" gave three
    # targets of 2023; one subject in stages is one indicator, the last stage's. Separate dated
    # sentences for one subject stay two (nat-farm-machinery-2018's convention).
    text = "二、工作目标\n到2023年，县级医院远程诊疗覆盖率达到40%，2024年达到60%，2025年达到90%。\n三、主要任务\n"
    rows = _sentence_rows(text, [("二、", "工作目标"), ("三、", "主要任务")], end_year=None)
    assert rows == [("县级医院远程诊疗覆盖率", "90%", 2025)]
    text = "二、工作目标\n到2023年，远程诊疗覆盖率达到40%。到2025年，远程诊疗覆盖率达到90%。\n三、主要任务\n"
    rows = _sentence_rows(text, [("二、", "工作目标"), ("三、", "主要任务")], end_year=None)
    assert rows == [("远程诊疗覆盖率", "40%", 2023), ("远程诊疗覆盖率", "90%", 2025)]


def test_bare_years_bounds_before_counts_counts_listed_after_objects_and_norms() -> None:
    # BARE_YEAR_OPENS, COUNT_AFTER_BOUND, LISTED_ITEMS after a measure word, NORM_CLAUSE (session 12):
    # "2025年，…" was undated; "建设不少于20个智能工厂" read 建设 as the name; "平台10个、省级平台
    # 50个" was one unreadable clause; "不宜少于5项" (a norm) was read as a target.
    text = (
        "二、发展目标\n2025年，全省数字经济核心产业增加值占GDP比重达到12%，建设不少于20个智能工厂，"
        "建成国家级创新平台10个、省级创新平台50个。每个标准群中标准数量不宜少于5项、不宜超过20项。\n"
        "三、主要任务\n"
    )
    doc = doc_with(text, [("二、", "发展目标"), ("三、", "主要任务")], end_year=2025)
    doc.plan.start_year = 2021
    rows = [(i.name, i.target, i.year) for i in extract_indicators(doc)]
    assert rows == [
        ("全省数字经济核心产业增加值占GDP比重", "12%", 2025),
        ("智能工厂", "不少于20个", 2025),
        ("国家级创新平台", "10个", 2025),
        ("省级创新平台", "50个", 2025),
    ]
    # a bare year before the plan starts reviews it; without the plan's years it dates nothing
    text = "二、发展目标\n2020年，全省生产总值达到5万亿元，城镇化率达到65%。\n三、主要任务\n"
    doc = doc_with(text, [("二、", "发展目标"), ("三、", "主要任务")], end_year=None)
    assert extract_indicators(doc) == []
    doc.plan.start_year = 2021
    assert extract_indicators(doc) == []
    doc.plan.end_year = 2025
    assert extract_indicators(doc) == []  # two figures of 2020 are no 2025 targets


def test_a_later_clause_stage_of_an_alike_count_and_a_repeated_passage() -> None:
    # CLAUSE_LEAD's bare year, COUNTED_OBJECT's 出, LATER_STAGE_WINS, RESTATED_TARGET (session 12):
    # "2023年遴选30个…示范项目，到2025年，评选出100个以上示范项目" gave nothing (a year's digits in the
    # lead, 评选出); a passage a crawl repeats gave every target twice.
    passage = "到2025年，全省遴选出30个以上典型示范项目。"
    text = (
        "一、工作目标\n2023年在全省遴选10个具有代表性的典型示范项目，到2025年，遴选出30个以上典型示范项目。\n"
        "二、重点任务\n加强组织。\n三、保障目标\n" + passage + "\n"
    )
    rows = _sentence_rows(text, [("一、", "工作目标"), ("二、", "重点任务"), ("三、", "保障目标")], end_year=None)
    assert rows == [("典型示范项目", "30个以上", 2025)]


def test_levels_reached_with_zhi_and_names_with_letters_and_digits() -> None:
    # TARGET_VERBS' 提高至/降至, BARE_TARGET and MEASURED_AFTER names with 5G (session 12): "…比重提高至
    # 15%" kept the verb in the name; "新建5G基站10万座" was no target (a digit in the name).
    text = (
        "二、发展目标\n到2025年，核心产业增加值占地区生产总值比重提高至15%，青壮年文盲率降至3%，"
        "新建5G基站10万座。\n三、主要任务\n"
    )
    rows = _sentence_rows(text, [("二、", "发展目标"), ("三、", "主要任务")], end_year=None)
    assert rows == [
        ("核心产业增加值占地区生产总值比重", "15%", 2025),
        ("青壮年文盲率", "3%", 2025),
        ("5G基站", "10万座", 2025),
    ]


def test_a_bullets_dashes_are_no_part_of_a_name() -> None:
    # clean_name (session 12): "——研发投入强度达到3%以上" under "到2025年：" kept "——" in the name.
    text = "一、工作目标\n到2025年：\n——全市高新技术企业数量达到2万家；\n——研发投入强度达到3%以上。\n二、重点任务\n"
    rows = _sentence_rows(text, [("一、", "工作目标"), ("二、", "重点任务")], end_year=None)
    assert rows == [("全市高新技术企业数量", "2万家", 2025), ("研发投入强度", "3%以上", 2025)]


def test_a_bare_year_after_the_aim_and_courses_counted_with_men() -> None:
    # BARE_YEAR_OPENS after a clause, LATEST_YEAR_NAMED, 门 in _COUNT (session 12, round 10): "以…为目标，
    # 2025 年，…建设 8 个左右…" in an undated notice was undated, and "不少于 6 门…课程" no count.
    text = (
        "一、总体要求\n以服务产业发展为目标，2025 年，围绕数字化转型主题，遴选建设 8 个左右现代产业学院，"
        "每个学院重点建设不少于 6 门数字化专业核心课程，开发一批教材。\n二、建设任务\n参见省教函〔2024〕5 号。\n"
    )
    rows = _sentence_rows(text, [("一、", "总体要求"), ("二、", "建设任务")], end_year=None)
    assert rows == [("现代产业学院", "8个", 2025), ("数字化专业核心课程", "不少于6门", 2025)]
    # a bare year before a later year the text names is a review, not the plan's year
    later = text.replace("二、建设任务\n", "二、建设任务\n到2027年，全面推广。\n")
    assert _sentence_rows(later, [("一、", "总体要求"), ("二、", "建设任务")], end_year=None) == []


def test_counts_in_chinese_numerals_and_the_goals_of_a_year_less_notice() -> None:
    # CHINESE_COUNT, ISSUE_YEAR_GOALS (session 12, round 10): "首批建设二十个…" was no count, and a notice
    # that writes no year set no target; its goal counts are for the year it was issued.
    text = (
        "一、工作目标\n围绕产业需求，打造一批可推广的示范基地。首批支持建设二十个智能制造示范基地。\n"
        "二、重点任务\n三个一批，建设第十个园区。\n"
    )
    titles = [("一、", "工作目标"), ("二、", "重点任务")]
    doc = doc_with(text, titles, end_year=None)
    doc.plan.issued = "2023-05-10"
    got = [(i.name, i.target, i.raw_target, i.year) for i in extract_indicators(doc)]
    assert got == [("智能制造示范基地", "20个", "二十个", 2023)]
    doc.plan.issued = ""
    assert [i.year for i in extract_indicators(doc)] == [None]
    # a text that writes a year anywhere is not year-less: its undated goal count stays unread
    dated = text.replace("二、重点任务\n", "二、重点任务\n落实《某规划（2021-2025年）》。\n")
    assert extract_indicators(doc_with(dated, titles, end_year=None)) == []


def test_chinese_counts_below_ten_or_without_a_number_are_no_counts() -> None:
    # CHINESE_COUNT: 三个, 第十个 (an ordinal), 数十个, 千家万户 are no counts; 一百零五家 and 两千个 are
    from plankg.loaders.extract.indicators import chinese_number
    from plankg.loaders.rules.indicators import CHINESE_COUNT

    for words in ("三个一批", "建设第十个园区", "建设数十个园区", "走进千家万户", "上百个项目"):
        assert CHINESE_COUNT.pattern.search(words) is None, words
    assert [chinese_number(m.group()) for m in CHINESE_COUNT.pattern.finditer("培育一百零五家，建设两千个")] == [
        105,
        2000,
    ]


def test_subjects_ending_in_one_head_and_a_bound_before_shared_values() -> None:
    # SHARED_HEAD_SUBJECTS, SHARED_BOUND (round 11): "省道和县乡道…分别不低于…和…" gave nothing: the
    # subjects differ in length around their shared head 道, and the bound stands once before the values.
    text = "二、工作目标\n到2025年，省道和县乡道年均大修工程比例分别不低于12%和6%。\n"
    rows = _sentence_rows(text, [("二、", "工作目标")], end_year=2025)
    assert rows == [("省道年均大修工程比例", "不低于12%", 2025), ("县乡道年均大修工程比例", "不低于6%", 2025)]


def test_a_qualitative_unit_a_long_worded_target_and_a_wrapped_name() -> None:
    # QUALITATIVE_UNIT, WORDED_TARGET_CELL, WRAPPED_NAME_BEFORE_UNIT (fix13ind, after round 13's
    # score): 定性 in the unit column is no target; a target of several dated steps, longer than a
    # cell, is the row's target and does not end the table; a name wrapped before its unit stays one.
    long_target = (
        "至2027年底，完成全部危旧桥梁排查并建立台账，重点路段全面完成加固；2028年完成一般路段的前期工作；"
        "至2030年，全面完成危旧桥梁改造"
    )
    assert len(long_target) > rules.CELL_MAX
    text = (
        "表2 某区交通“十五五”主要指标\n序号\n指标\n单位\n属性\n“十五五”目标\n\n"
        f"1\n危旧桥梁改造\n定性\n约束性\n{long_target}\n\n"
        "2\n新建非机动车\n道路长度\n公里\n预期性\n120\n\n"
        "3\n公交站点覆盖率\n%\n预期性\n95\n\n"
        "二、主要任务\n"
    )
    assert [row[:4] for row in _rows(text)] == [
        ("危旧桥梁改造", long_target, "", 2030),
        ("新建非机动车道路长度", "120公里", "公里", 2030),
        ("公交站点覆盖率", "95%", "%", 2030),
    ]
    # a paragraph that long after a row's value (not its attribute) still ends the table
    paragraph = (
        "本规划实施期间将持续跟踪各项指标的进展情况，每年开展一次评估，"
        "根据评估结果适时调整相关指标的目标值和完成时限，确保各项任务按期完成\n"
    )
    assert len(paragraph) > rules.CELL_MAX
    after = text.replace("二、主要任务\n", paragraph + "3\n不应读入的指标\n%\n预期性\n50\n")
    assert [row[0] for row in _rows(after)] == ["危旧桥梁改造", "新建非机动车道路长度", "公交站点覆盖率"]


def test_a_two_column_table_with_cells_of_several_paragraphs() -> None:
    # TWO_COLUMN_HEADER, LONE_CELL_CONTINUES, TARGET_PASS_MARK (fix13ind): 指标名称 / 预期目标 alone
    # head a table; rows are set apart by blank lines, and a line alone between blank lines is one
    # more paragraph of the target above; a closing bracket saying what passes is no part of the target.
    text = (
        "一、改革目标\n到2027年底，基本建成统一的运维体系。\n\n主要指标预期目标\n\n指标名称\n预期目标\n\n"
        "道路养护检查合格率\n98%以上（路面破损率低于2%为合格）\n\n"
        "积水处置水平\n雨后2小时内完成退水\n\n泵站运行正常\n\n"
        "投诉办理效率\n接到投诉后24小时内回复\n\n"
        "二、工作任务\n"
    )
    assert [row[:2] for row in _rows(text, end_year=2027)] == [
        ("道路养护检查合格率", "98%以上"),
        ("积水处置水平", "雨后2小时内完成退水 泵站运行正常"),
        ("投诉办理效率", "接到投诉后24小时内回复"),
    ]


def test_two_header_words_need_the_name_first() -> None:
    # TWO_COLUMN_HEADER: a target header word before a name header word heads no table
    assert cell_tables("预期目标\n指标名称\n\n道路养护检查合格率\n98%以上\n") == []


def test_a_rate_named_once_then_a_value_per_subject() -> None:
    # MEASURE_THEN_SUBJECT (fix13ind, after round 13's score): the later subject (农村) was too short
    # for a name and its target was lost; it takes the rate named before the first subject.
    text = "二、工作目标\n到2026年，生活垃圾回收利用率城区达到45%、农村达到30%。\n"
    rows = _sentence_rows(text, [("二、", "工作目标")], end_year=2026)
    assert [(name, target) for name, target, _ in rows] == [
        ("生活垃圾回收利用率城区", "45%"),
        ("生活垃圾回收利用率农村", "30%"),
    ]


def test_a_target_cell_holding_only_its_unit_takes_the_number_its_sentence_gives() -> None:
    # UNIT_ONLY_TARGET (fix13ind, after round 13's score): "套" where the target stands; the next
    # group cell (公共服务) was read as the target. The number comes from the plan's sentence.
    text = (
        "一、发展目标\n“十五五”期间，将新增人才公寓房源1500套。\n\n"
        "表1 某区住房发展主要指标\n\n类别\n\n序号\n\n指标名称\n\n属性\n\n“十五五”目标\n\n"
        "住房保障\n\n1\n\n新增人才公寓房源\n\n预期性\n\n套\n\n"
        "公共服务\n\n2\n\n新增社区食堂数量\n\n预期性\n\n20个\n\n二、主要任务\n"
    )
    rows = [row[:3] for row in _rows(text)]
    assert ("新增人才公寓房源", "1500套", "套") in rows
    assert ("新增社区食堂数量", "20个", "") in rows or ("新增社区食堂数量", "20个", "个") in rows
    # without a sentence stating the number the target stays the unit as written, no other cell
    alone = text.replace("将新增人才公寓房源1500套", "将持续增加人才公寓供给")
    assert ("新增人才公寓房源", "套") in [row[:2] for row in _rows(alone)]


def test_amounts_of_area_before_what_they_measure_and_a_period_clause() -> None:
    # MEASURED_BEFORE, MEASURE_TAIL, MEASURE_UNIT_VALUE, CLAUSE_PERIOD (sh-farmland-grain-2021, 一、总体要求):
    # "202万亩耕地、150万亩永久基本农田保护底线" (amounts before what they measure) gave nothing, "年产量" was
    # too short a name, and "“十四五”期间…" was dated by the sentence before (2035) instead of 2025.
    text = (
        "一、总体要求\n坚决守住耕地红线，确保至2035年全市202万亩耕地、150万亩永久基本农田保护底线。"
        "确保本市粮食种植面积不减少，“十四五”期间粮食生产面积稳定在170万亩以上，年产量稳定在90万吨以上。\n"
        "二、主要任务\n"
    )
    doc = doc_with(text, [("一、", "总体要求"), ("二、", "主要任务")], end_year=None)
    rows = [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)]
    assert ("耕地", "202万亩", 2035) in rows
    assert ("永久基本农田", "150万亩", 2035) in rows
    assert ("粮食生产面积", "170万亩以上", 2025) in rows
    assert ("年产量", "90万吨以上", 2025) in rows
    assert len(rows) == 4


def test_an_amount_of_power_added_before_its_object() -> None:
    # MEASURED_BEFORE (nat-newenergy-consumption-2025, 一、总体要求): "新增2亿千瓦以上新能源合理消纳需求".
    text = (
        "一、总体要求\n到2030年，新能源消纳调控体系基本建立。电力市场机制更加健全，"
        "满足全国每年新增2亿千瓦以上新能源合理消纳需求，助力实现碳达峰目标。\n二、重点任务\n"
    )
    doc = doc_with(text, [("一、", "总体要求"), ("二、", "重点任务")], end_year=None)
    rows = [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)]
    assert rows == [("新能源合理消纳需求", "2亿千瓦以上", 2030)]


def test_a_share_of_an_amount_of_work_is_named_by_the_work() -> None:
    # WORK_SHARE, WORK_AMOUNT_NAME (nat-mineral-exploration-2011, （四）阶段目标): the share of the surveys to
    # complete was read with 完成…的 in its name and then dropped as longer than NAME_MAX.
    text = (
        "（四）阶段目标\n用3年时间，实现地质找矿重大进展。完成整装勘查区的基础地质调查。"
        "完成重点成矿区带内的重要找矿远景区1∶5万区域地质调查、航空地球物理调查、地球化学调查、"
        "遥感地质调查和矿产远景调查工作量的75%。\n三、主要任务\n"
    )
    rows = _sentence_rows(text, [("（四）", "阶段目标"), ("三、", "主要任务")], end_year=2020)
    name = (
        "重点成矿区带内的重要找矿远景区1∶5万区域地质调查、航空地球物理调查、地球化学调查、"
        "遥感地质调查和矿产远景调查工作量"
    )
    assert [(n, v) for n, v, _ in rows] == [(name, "75%")]
