"""Indicators: tables of short inputs for each shape, then the real plans against
tests/gold/indicators.yaml (as `plankg build` reads the plans)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from plankg.loaders.extract.indicators import (
    clean_name,
    extract_indicators,
    format_target,
    inline_tables,
    name_key,
    repair_from_interpretation,
    tab_tables,
)
from plankg.loaders.structure.document import load_plan
from plankg.pipeline import Loaded
from plankg.schema import Indicator, PlanDocument, PlanMeta, Section

ROOT = Path(__file__).resolve().parents[1]
GOLD = yaml.safe_load((ROOT / "tests" / "gold" / "indicators.yaml").read_text(encoding="utf-8"))


def doc_with(text: str, titles: list[tuple[str, str]], plan_id: str = "t", end_year: int | None = 2025) -> PlanDocument:
    """A flat document: one level-1 section per (number, title) found in order in ``text``."""
    starts, cursor = [], 0
    for number, title in titles:
        cursor = text.index(number + title, cursor)
        starts.append(cursor)
        cursor += 1
    sections = [
        Section(
            id=f"{plan_id}/s{i + 1}",
            plan_id=plan_id,
            parent_id=None,
            level=1,
            number=number,
            title=title,
            path=str(i + 1),
            ordinal=i + 1,
            start=starts[i],
            end=starts[i + 1] if i + 1 < len(starts) else len(text),
        )
        for i, (number, title) in enumerate(titles)
    ]
    meta = PlanMeta(id=plan_id, title="测试", end_year=end_year)
    return PlanDocument(plan=meta, sha256=hashlib.sha256(text.encode()).hexdigest(), text=text, sections=sections)


@pytest.mark.parametrize(
    ("number", "unit", "qualifier", "target"),
    [
        ("4.5", "%", "左右", "4.5%"),
        ("50", "%", "以上", "50%以上"),
        ("2.6", "万家", None, "2.6万家"),
        ("10000", "", None, "10000"),
    ],
)
def test_format_target(number: str, unit: str, qualifier: str | None, target: str) -> None:
    assert format_target(number, unit, qualifier) == target


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (
            "全社会研发（&）经费支出相当于全市生产总值（）比例（）",
            "全社会研发经费支出相当于全市生产总值比例",
        ),
        ("基础研究经费支出占全社会&经费支出比例", "基础研究经费支出占全社会经费支出比例"),
        ("全社会研发（R&D）经费支出", "全社会研发（R&D）经费支出"),
        ("外资研发中心累计", "外资研发中心"),
        ("其中基础研究经费支出占比", "基础研究经费支出占比"),
        ("- **高新技术企业数量", "高新技术企业数量"),
    ],
)
def test_clean_name(raw: str, name: str) -> None:
    assert clean_name(raw) == name


TAB_TABLE = (
    "主要引导性目标\n\n"
    "\t主要指标\n\t“十一五”末期（2010年）\n\t“十二五”末期（2015年）预期目标\n\n"
    "\t研发投入\n\t规模以上工业企业R&D投入占主营业务收入比重\n\t%\n\t0.85\n\t1.50\n\n"
    "\t\n\t规模以上工业企业技术开发人员占全市科技活动人员比例\n\t%\n\t45\n\t50以上\n\n"
    "\t创新成果\n\t工业企业开展科技项目数\n\t项\n\t1.6万\n\t3万以上\n\n"
    "\t全市发明专利申请量\n\t\n\t6867\n\t10000\n\n"
    "四、发展重点\n"
)


def test_tab_table_rows_with_baseline_and_target_years() -> None:
    doc = doc_with(TAB_TABLE, [("四、", "发展重点")], end_year=2015)
    rows = [(i.name, i.target, i.unit, i.baseline, i.baseline_year, i.year) for i in extract_indicators(doc)]
    assert rows == [
        ("规模以上工业企业R&D投入占主营业务收入比重", "1.50%", "%", "0.85%", 2010, 2015),
        ("规模以上工业企业技术开发人员占全市科技活动人员比例", "50%以上", "%", "45%", 2010, 2015),
        ("工业企业开展科技项目数", "3万项以上", "万项", "1.6万项", 2010, 2015),
        ("全市发明专利申请量", "10000", "", "6867", 2010, 2015),
    ]
    assert len(tab_tables("\t无年份表头\n\tA\n\t%\n\t1\n\t2\n")) == 0  # no year header, no table


FLAT_TABLE = (
    "表1“十四五”时期主要指标序号指标（预期性）2025年目标值"
    "1全社会研发（&）经费支出相当于全市生产总值（）比例（）45左右"
    "2高新技术企业数量（万家）263通过《专利合作条约》（）途径提交的国际专利年度申请量（件）5000左右"
    "4外资研发中心（家）累计560左右三、加快基础研究"
)


def test_inline_table_rows_even_with_the_next_number_glued_to_a_value() -> None:
    rows = [(f.name, f.value, f.unit, f.year) for f in inline_tables(FLAT_TABLE)]
    assert rows == [
        ("全社会研发经费支出相当于全市生产总值比例", "45左右", "%", 2025),
        ("高新技术企业数量", "26", "万家", 2025),
        ("通过《专利合作条约》途径提交的国际专利年度申请量", "5000左右", "件", 2025),
        ("外资研发中心", "560左右", "家", 2025),
    ]


TARGET_TEXT = (
    "（二）发展目标\n到2015年，全社会研发经费支出相当于全市生产总值比例达到3.3%左右，"
    "每百万人口发明专利授权数达到600件，企业技术中心分别达到60、600家，高新技术企业数量突破2.6万家。\n"
    "（三）总体安排\n到2015年，某某指标达到99%。\n"
)


def test_target_sentences_only_in_target_sections() -> None:
    doc = doc_with(TARGET_TEXT, [("（二）", "发展目标"), ("（三）", "总体安排")], end_year=2015)
    got = [(i.name, i.target, i.unit, i.year, i.raw_target) for i in extract_indicators(doc)]
    assert got == [
        ("全社会研发经费支出相当于全市生产总值比例", "3.3%", "%", 2015, "3.3%左右"),
        ("每百万人口发明专利授权数", "600件", "件", 2015, "600件"),
        ("高新技术企业数量", "2.6万家", "万家", 2015, "2.6万家"),
    ]
    for indicator in extract_indicators(doc):
        assert indicator.raw_target in doc.text[indicator.start : indicator.end]
        assert indicator.id.startswith("t/indicator/")


@pytest.mark.parametrize("bold", [True, False])
def test_indicator_lines_with_or_without_markdown(bold: bool) -> None:
    lines = [
        "- 全社会研发(R&D)经费支出比例**4.5%**左右",
        "- 高新技术企业数量**2.6**万家",
        "- 外资研发中心累计**560**家左右",
    ]
    if not bold:
        lines = [line.replace("**", "").removeprefix("- ") for line in lines]
    text = "规划目标\n\n到2025年,上海科技创新策源功能明显增强\n\n八项核心指标\n\n" + "\n".join(lines) + "\n\n八大任务\n"
    doc = doc_with(text, [("", "规划目标"), ("", "八项核心指标"), ("", "八大任务")], end_year=None)
    got = [(i.name, i.target, i.unit, i.year) for i in extract_indicators(doc)]
    assert got == [
        ("全社会研发(R&D)经费支出比例", "4.5%", "%", 2025),
        ("高新技术企业数量", "2.6万家", "万家", 2025),
        ("外资研发中心", "560家", "家", 2025),
    ]


def _indicator(name: str, target: str, unit: str, raw: str) -> Indicator:
    return Indicator(
        id=f"p/indicator/{name}",
        plan_id="p",
        name=name,
        target=target,
        unit=unit,
        raw_target=raw,
        start=0,
        end=0,
    )


@pytest.mark.parametrize(
    ("plan", "interp", "target", "unit"),
    [
        (
            ("全社会研发经费支出比例", "45%", "%", "45左右"),
            ("全社会研发（R&D）经费支出比例", "4.5%", "%", "4.5%左右"),
            "4.5%",
            "%",
        ),
        (
            ("高新技术企业数量", "26万家", "万家", "26"),
            ("高新技术企业数量", "2.6万家", "万家", "2.6万家"),
            "2.6万家",
            "万家",
        ),
        (
            ("每万人口专利拥有量", "30件", "件", "30左右"),
            ("每万人口专利拥有量", "30件", "件", "30件左右"),
            "30件",
            "件",
        ),
        # a different number is not a lost decimal point: kept as the plan says
        (
            ("外资研发中心", "10560家", "家", "10560家左右"),
            ("外资研发中心", "560家", "家", "560家左右"),
            "10560家",
            "家",
        ),
        # no interpretation of this indicator: kept
        (
            ("技术合同成交额占比重", "6%", "%", "6左右"),
            ("完全不同的指标名称", "6%", "%", "6%"),
            "6%",
            "%",
        ),
    ],
)
def test_repair_from_interpretation(plan: tuple, interp: tuple, target: str, unit: str) -> None:
    (repaired,) = repair_from_interpretation([_indicator(*plan)], [_indicator(*interp)])
    assert (repaired.target, repaired.unit) == (target, unit)
    assert repaired.raw_target == plan[3]


def test_name_key_keeps_only_chinese() -> None:
    assert name_key("全社会研发（R&D）经费支出") == name_key("全社会研发（&）经费支出") == "全社会研发经费支出"


# --- the real plans -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def texts(loaded_plans: dict[str, Loaded]) -> dict[str, str]:
    return {plan_id: item.document.text for plan_id, item in loaded_plans.items()}


@pytest.fixture(scope="module")
def indicators(loaded_plans: dict[str, Loaded]) -> dict[str, list[Indicator]]:
    """What the build holds: the 十四五 plan's figures already repaired from its 解读."""
    out: dict[str, list[Indicator]] = {}
    for plan_id, item in loaded_plans.items():
        doc = item.document
        for indicator in doc.indicators:
            assert indicator.evidence and indicator.start < indicator.end <= len(doc.text)
        out[plan_id] = doc.indicators
    return out


@pytest.mark.parametrize("plan_id", sorted(GOLD["plans"]))
def test_gold_indicators(plan_id: str, indicators: dict[str, list[Indicator]], texts: dict[str, str]) -> None:
    expected = GOLD["plans"][plan_id]
    for row in expected["indicators"]:
        assert row["quote"] in texts[plan_id], row["name"]
    got = indicators[plan_id]
    assert len(got) == expected["count"]
    by_name = {name_key(i.name): i for i in got}
    for row in expected["indicators"]:
        indicator = by_name[name_key(row["name"])]
        assert indicator.target == str(row.get("repaired_target", row.get("target"))), row["name"]
        assert indicator.unit == row["unit"] and indicator.year == row["year"], row["name"]
        if "raw_target" in row:
            assert indicator.raw_target == str(row["raw_target"])
        if "baseline" in row:
            assert (indicator.baseline, indicator.baseline_year) == (
                str(row["baseline"]),
                row["baseline_year"],
            )


def test_the_eight_core_indicators_of_the_14th_plan(indicators: dict[str, list[Indicator]]) -> None:
    repaired = repair_from_interpretation(indicators["sh-stic-14"], indicators["sh-stic-14-interp"])
    assert [i.target for i in repaired] == [
        "4.5%",
        "12%",
        "2.6万家",
        "5000件",
        "30件",
        "20%",
        "6%",
        "560家",
    ]
    assert [i.raw_target for i in repaired][:3] == ["45左右", "12左右", "26"]


def test_repair_restores_names_the_pdf_cut(loaded_plans: dict[str, Loaded]) -> None:
    names = {i.name for i in loaded_plans["sh-stic-14"].document.indicators}
    assert "战略性新兴产业增加值占GDP比重" in names  # the plan's PDF text says "占比重"
    assert "技术合同成交额占GDP比重" in names


# RELATIVE_HORIZON, COUNTED_VERB_ITEM, CITED_DOCUMENT_YEAR (round 7): a goal part that names no year,
# only a span from the issue, and lists its counts with a verb each.
HORIZON_TEXT = (
    "根据《某某产业发展规划（2016-2020年）》，现提出本方案。\n"
    "一、工作目标\n"
    "提升产业整体水平。用3年时间，在全省建设20个产业示范园区、认定100家示范企业、培育5个公共服务平台。"
    "通过示范带动，推动生产效率提高15%。\n"
    "二、主要任务\n"
    "建设30个服务中心。\n"
)


@pytest.mark.parametrize(("issued", "year"), [("2017-05-02", 2020), ("", 2019)])
def test_a_goal_part_dated_from_the_issue(issued: str, year: int) -> None:
    doc = doc_with(HORIZON_TEXT, [("一、", "工作目标"), ("二、", "主要任务")], end_year=None)
    doc = doc.model_copy(update={"plan": doc.plan.model_copy(update={"issued": issued})})
    got = [(i.name, i.target, i.year) for i in extract_indicators(doc)]
    # the year of issue, else the latest cited plan's first year (2016), plus the span of 3 years
    assert got == [
        ("产业示范园区", "20个", year),
        ("示范企业", "100家", year),
        ("公共服务平台", "5个", year),
        ("推动生产效率提高", "15%", year),
    ]


def test_an_undated_goal_part_without_a_horizon_sets_no_counts() -> None:
    text = HORIZON_TEXT.replace("用3年时间，", "")
    doc = doc_with(text, [("一、", "工作目标"), ("二、", "主要任务")], end_year=None)
    assert extract_indicators(doc) == []


def test_a_step_climbed_and_a_bare_level_belong_to_the_subject_before_them() -> None:
    # LEVEL_STEP after a 年均 growth (年均 is no 均: the 、 items are split); a clause of a verb and a
    # value only takes the subject too; 万亿元 keeps both magnitudes
    text = (
        "二、发展目标\n——经济发展。全省地区生产总值年均增长5%左右、迈上3万亿元台阶。"
        "人均预期寿命提高1岁，达到79.5岁。\n三、主要任务\n"
    )
    doc = doc_with(text, [("二、", "发展目标"), ("三、", "主要任务")], end_year=2030)
    got = {i.name: i.target for i in extract_indicators(doc)}
    assert got["全省地区生产总值年均增长"] == "5%"
    assert got["全省地区生产总值"] == "3万亿元"
    assert got["人均预期寿命"] == "79.5"


def test_goals_in_stages_of_time_date_their_counts_and_the_later_stage_wins() -> None:
    # STAGE_OPENS (heldout8, nat-mineral-exploration-2011): "用3年时间，…用5年时间，…" in a one-line
    # 阶段目标; counts with ranges joined by "-", verbs 发现 / 建立; a subject the later stage quantifies
    # again takes the later target; 实现NN%以上的… is a share (PERCENT_OF).
    text = (
        "一、阶段目标。用3年时间，实现重大进展。新发现10-20个油气资源有利目标区和300处大中型矿产地。"
        "建立40个综合利用示范基地。用5年时间，实现重大突破。建立60个综合利用示范基地。"
        "矿产资源回收率较2010年提高3%-5%。用8-10年时间，重塑格局。矿产资源回收率较2010年提高5%以上，"
        "实现15%以上的难利用矿产转化为可利用资源。二、主要任务。建设30个服务中心。"
    )
    doc = doc_with(text, [("一、", "阶段目标"), ("二、", "主要任务")], end_year=2020)
    doc = doc.model_copy(update={"plan": doc.plan.model_copy(update={"start_year": 2011})})
    got = [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)]
    assert got == [
        ("油气资源有利目标区", "10-20个", 2013),
        ("大中型矿产地", "300处", 2013),
        ("综合利用示范基地", "60个", 2015),
        ("矿产资源回收率较2010年提高", "5%以上", 2020),
        ("难利用矿产转化为可利用资源", "15%以上", 2020),
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "target"),
    [
        ("到2023年，布局建设20个左右试验区，产出一批成果。", "试验区", "20个左右"),  # COUNTED_NAME_MIN
        ("到2027年，累计制修订30项以上化工行业智能制造标准。", "化工行业智能制造标准", "30项以上"),  # 制修订
        ("到2026年，各区成立12支应急救援队伍。", "应急救援队伍", "12支"),  # 成立, 支 (fix12task)
    ],
)
def test_approximate_counts_in_a_dated_goal_sentence(sentence: str, name: str, target: str) -> None:
    text = f"一、建设目标。{sentence}二、重点任务。"
    doc = doc_with(text, [("一、", "建设目标"), ("二、", "重点任务")], end_year=None)
    assert [(i.name, i.raw_target) for i in extract_indicators(doc)] == [(name, target)]


def test_dated_stages_with_a_count_put_before_its_verb() -> None:
    # DISPOSED_COUNT and a deadline naming its month (TARGET_YEAR_WRITTEN): "2026年6月底前，…至少将30家…
    # 纳入…" is a count target dated 2026; the later stage's "2027年3月底前…将80家…" another (fix12task).
    text = (
        "一、工作目标\n分两个阶段推进：2026年6月底前，试点城市至少将30家重点排污单位纳入在线监控范围。"
        "2027年3月底前，各省将80家重点排污单位纳入在线监控范围。\n二、工作措施\n加强监管。\n"
    )
    doc = doc_with(text, [("一、", "工作目标"), ("二、", "工作措施")], end_year=None)
    got = [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)]
    assert got == [("重点排污单位", "至少30家", 2026), ("重点排污单位", "80家", 2027)]


def test_rates_listed_before_a_counted_shared_value() -> None:
    # COUNTED_SHARED_VALUE: "实现甲率、乙率和丙率“三个100%”" — one target per listed rate; a 和 inside a
    # rate's own name ("学校和幼儿园…配备率") is no cut (SHARED_LIST_CUT) (fix12task).
    text = (
        "一、工作目标\n到2027年底，力争实现隐患排查率、学校和幼儿园安保人员配备率和整改销号率“三个100%”。\n"
        "二、工作措施\n加强检查。\n"
    )
    doc = doc_with(text, [("一、", "工作目标"), ("二、", "工作措施")])
    got = [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)]
    assert got == [
        ("隐患排查率", "100%", 2027),
        ("学校和幼儿园安保人员配备率", "100%", 2027),
        ("整改销号率", "100%", 2027),
    ]


def test_a_section_head_opening_with_its_deadline_states_a_dated_target() -> None:
    # DATED_HEAD: "（一）2027年底前…达到90%以上。" under a part that is no goal section is a dated target; the
    # figures of the head's own text (次月15日前) are not (fix12task).
    text = (
        "一、全面推进改革\n各地要加快推进。\n（一）2027年底前网上办理事项占比达到90%以上。各地要在次月15日前报送进展。\n"
        "（二）规范办理流程。按月报送3项数据。\n二、保障措施\n加强领导。\n"
    )
    doc = load_plan(text, PlanMeta(id="t", title="关于全面推进改革的通知"))
    got = [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)]
    assert got == [("网上办理事项占比", "90%以上", 2027)]


def test_a_dated_head_whose_title_lost_a_page_break_space_is_still_read() -> None:
    # WRAPPED_LINE_SPACE (session 15): the head's title is joined ("…月结算资金的80%以上"), the text keeps the
    # space; the target is still found where the title stands (find_title).
    paragraph = (
        "（一）2027年底前实现网上办理资金占本地专项资金月结算资金的80%以上。结算资金覆盖各类专项资金，有条件的"
        "地区可以扩大范围，并按规定做好资金清算和对账工作，确保资金安全。各地要按月报送办理进展和有关数据，做好"
        "统计分析工作，及时发现和解决存在的问题。"
    )
    breaks = range(30, len(paragraph), 32)
    wrapped = "".join(ch + (" " if k + 1 in breaks else "") for k, ch in enumerate(paragraph))
    assert "月结算资金 的80%" in wrapped
    text = f"一、全面推进改革\n各地要加快推进。\n{wrapped}\n二、保障措施\n加强领导。\n"
    doc = load_plan(text, PlanMeta(id="t", title="关于全面推进改革的通知"))
    assert doc.sections[1].title == "2027年底前实现网上办理资金占本地专项资金月结算资金的80%以上"
    got = [(i.raw_target, i.year) for i in extract_indicators(doc)]
    assert got == [("80%以上", 2027)]  # lost before: the joined title was not found in the text


def test_a_goal_section_naming_only_its_issue_year_dates_all_its_targets() -> None:
    # ISSUE_YEAR_SECTION: a plan issued in 2020 with no period; its 工作目标 names only 2020年, so its undated
    # sentences (a count, a share) are 2020 targets. BREAKDOWN_TITLE: the annex "目标任务分解表" splitting
    # them among towns is no goal section (fix12task).
    text = (
        "一、工作目标\n建成回收站点120个。2020年创建示范村30个。生活垃圾回收利用率达到35%以上。\n"
        "二、工作措施\n加强宣传。\n三、2020年各镇目标任务分解表\n甲镇回收站点累计40个。乙镇回收站点累计80个。\n"
    )
    titles = [("一、", "工作目标"), ("二、", "工作措施"), ("三、", "2020年各镇目标任务分解表")]
    doc = doc_with(text, titles, end_year=2020)
    doc = doc.model_copy(update={"plan": doc.plan.model_copy(update={"start_year": 2020, "issued": "2020-04-01"})})
    got = [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)]
    assert got == [("回收站点", "120个", 2020), ("示范村", "30个", 2020), ("生活垃圾回收利用率", "35%以上", 2020)]


def test_a_share_with_its_bound_opens_a_clause_without_de() -> None:
    # PERCENT_OF without 的 after 以上/左右: "60%以上行政村实现…" names the villages and the state they reach.
    text = "一、工作目标\n到2026年，60%以上行政村实现生活污水有效治理。\n二、工作措施\n加强建设。\n"
    doc = doc_with(text, [("一、", "工作目标"), ("二、", "工作措施")])
    got = [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)]
    assert got == [("行政村实现生活污水有效治理", "60%以上", 2026)]


def test_daily_amounts_listed_after_a_glossed_value() -> None:
    # LISTED_ITEMS after a value's gloss, VALUE_GLOSS, and 日均 (per day) no shared-value 均 (fix12task).
    text = (
        "一、工作目标\n到2026年，其中城区污水处理量日均高于300吨（含园区）、镇区污水处理量日均高于120吨。\n"
        "二、工作措施\n加强建设。\n"
    )
    doc = doc_with(text, [("一、", "工作目标"), ("二、", "工作措施")])
    got = [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)]
    assert [(name_key(n), t, y) for n, t, y in got] == [
        (name_key("城区污水处理量日均高于"), "300吨", 2026),
        (name_key("镇区污水处理量日均高于"), "120吨", 2026),
    ]


@pytest.mark.parametrize("end_year", [None, 2035])
def test_a_long_range_vision_restating_the_goals_at_a_far_later_year_is_left_out(end_year: int | None) -> None:
    # LONG_RANGE_VISION: "到2025年，A达到…，B达到…。到2035年，A达到…，B达到…，C达到…" — the far later
    # sentence restates the plan's subjects with later values: the plan's indicators are the 2025 ones
    # (also when the plan's end year was read as 2035 from that very sentence)
    text = (
        "一、发展目标。到2025年，城市绿化覆盖率达到45%以上，人均公园绿地面积达到10平方米。"
        "到2035年，城市绿化覆盖率达到50%左右，人均公园绿地面积达到12平方米，湿地保护率达到70%。"
        "二、主要任务。新建20座口袋公园。"
    )
    doc = doc_with(text, [("一、", "发展目标"), ("二、", "主要任务")], end_year=end_year)
    got = [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)]
    # the area keeps its measure as written (MEASURE_TAIL, session 16)
    assert got == [("城市绿化覆盖率", "45%以上", 2025), ("人均公园绿地面积", "10平方米", 2025)]


def test_a_nearer_later_stage_of_the_same_subjects_is_kept() -> None:
    # LONG_RANGE_VISION is not LATER_STAGE_WINS: stages two years apart are both the plan's own
    text = (
        "一、工作目标。到2023年，城市绿化覆盖率达到45%以上，人均公园绿地面积达到10平方米。"
        "到2025年，城市绿化覆盖率达到50%左右，人均公园绿地面积达到12平方米。二、主要任务。加强管理。"
    )
    doc = doc_with(text, [("一、", "工作目标"), ("二、", "主要任务")], end_year=2025)
    got = [(i.raw_target, i.year) for i in extract_indicators(doc)]
    assert ("50%左右", 2025) in got and ("12平方米", 2025) in got


def test_a_count_of_a_two_character_noun_is_a_target() -> None:
    # COUNTED_NAME_MIN: "建成120座以上的公园" counts a plain two-character noun; the measure word makes it
    # a target (a bare two-character name without a count, "比例达到50%", still names nothing)
    text = "一、发展目标。到2025年，建成120座以上的公园，比例达到50%。二、主要任务。加强管理。"
    doc = doc_with(text, [("一、", "发展目标"), ("二、", "主要任务")], end_year=None)
    assert [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)] == [("公园", "120座以上", 2025)]


@pytest.mark.parametrize(
    ("sentence", "name", "target"),
    [
        ("到2020年，实现疾病诊断和手术操作等15项信息编码标准的落地使用。", "信息编码标准", "15项"),
        ("到2025年，建成甲区、乙区等12个示范园区。", "示范园区", "12个"),
    ],
)
def test_a_list_summed_up_by_deng_and_a_count_is_a_count_target(sentence: str, name: str, target: str) -> None:
    # SUMMED_COUNT: "A和B等15项X(的落地使用)" counts X whatever verb leads; 的落地使用 is no part of the name
    text = f"一、主要目标。{sentence}二、主要任务。加强管理。"
    doc = doc_with(text, [("一、", "主要目标"), ("二、", "主要任务")], end_year=None)
    assert [(i.name, i.raw_target) for i in extract_indicators(doc)] == [(name, target)]


def test_a_review_of_goals_reached_gives_no_targets() -> None:
    # ACHIEVED_GOALS_TITLE (sh-fyp-14): "1.1 “五个中心”建设既定目标如期实现" reviews the past plan; its values
    # (2015 → 2020) are no targets of the new one, while its "2.2 主要目标" still gives them.
    text = (
        "上海市国民经济和社会发展第十四个五年规划\n\n一、新阶段新起点\n1.1 “五个中心”建设既定目标如期实现\n"
        "1.1.1 综合经济实力大幅提升。全市生产总值从 2015 年的 2.69 万亿元上升到 2020 年的 3.87 万亿元，"
        "全员劳动生产率达到24.4万元/人。\n二、主要目标\n到2025年，全员劳动生产率达到30万元/人左右。\n"
    )
    doc = load_plan(
        text, PlanMeta(id="t", title="上海市国民经济和社会发展第十四个五年规划", start_year=2021, end_year=2025)
    )
    assert [i.name for i in extract_indicators(doc)] == ["全员劳动生产率"]


def test_run_in_aims_below_a_dated_goal_paragraph_are_its_targets() -> None:
    # AIM_LEAD_LINE (nat-light-industry-digital-2024, round 14): "到2027 年，…" then paragraphs opening with a
    # short run-in aim ("数字化服务能力明显增强。") carry the year's counts as ——bullets would
    text = (
        "轻工业数字化转型实施方案\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导，促进轻工业数字化转型。\n"
        "到2027 年，轻工骨干企业基本实现数字化改造全覆盖，轻工业数字化转型取得显著成效。\n"
        "数字化服务能力明显增强。培育一批高水平的数字化转型解决方案供应商，打造100个左右成熟易用的数字化场景"
        "解决方案，建设10个左右具有行业或区域影响力的公共服务平台。\n"
        "数字化支撑体系更加完善。制修订100项以上基础共性、场景应用、终端产品等国家、行业、团体标准。\n"
        "二、重点任务\n（一）培育数字化转型典型场景\n支持行业协会编制场景清单。\n"
    )
    doc = load_plan(text, PlanMeta(id="t", title="轻工业数字化转型实施方案"))
    got = [(i.name, i.raw_target, i.year) for i in extract_indicators(doc)]
    # COUNTED_KINDS_LISTED: kinds listed and summed up by 等 are no part of the counted thing's name
    assert got == [
        ("成熟易用的数字化场景解决方案", "100个左右", 2027),
        ("具有行业或区域影响力的公共服务平台", "10个左右", 2027),
        ("国家、行业、团体标准", "100项以上", 2027),
    ]


def test_a_paragraph_of_prose_below_a_dated_goal_paragraph_sets_no_counts() -> None:
    # AIM_LEAD_LINE needs a short run-in aim: a task paragraph below the goals keeps its counts undated
    text = (
        "一、总体要求\n到2027 年，轻工业数字化转型取得显著成效。\n"
        "支持行业协会等立足轻工业特点，打造100个左右成熟易用的数字化场景解决方案。\n二、重点任务\n（一）培育场景\n推广。\n"
    )
    doc = load_plan(text, PlanMeta(id="t", title="轻工业数字化转型实施方案"))
    assert extract_indicators(doc) == []


def test_a_text_without_a_goal_part_requires_a_later_years_amounts() -> None:
    # REQUIRED_YEAR, REQUIRED_AMOUNT (nat-coal-gangue-1979, round 14): a 1979 会议纪要 crawled as one line sets
    # 1980's aims as a requirement, in Chinese numerals, one a range; the review of 1978 sets none
    text = (
        "国务院批转全国煤矸石、石煤综合利用经验交流会议纪要国发〔1979〕71号各省、市、自治区革命委员会：一九七八年"
        "利用煤矸石一千四百多万吨。1.要按照统一规划的原则制订规划。在煤矸石、石煤的综合利用方面，经过会议研究，"
        "要求一九八〇年综合利用煤矸石二千五百万吨到三千万吨，开发利用石煤二千万吨，其他低热值燃料也要大力开发利用。"
        "2.安排好一九七九年综合利用煤矸石、石煤的措施项目。"
    )
    doc = load_plan(text, PlanMeta(id="t", title="国务院批转全国煤矸石、石煤综合利用经验交流会议纪要"))
    got = [(i.name, i.target, i.unit, i.year) for i in extract_indicators(doc)]
    assert got == [
        ("综合利用煤矸石", "二千五百万吨到三千万吨", "万吨", 1980),
        ("开发利用石煤", "二千万吨", "万吨", 1980),
    ]
    # a year not after the text's own 文号 year is no requirement
    assert extract_indicators(load_plan(text.replace("〔1979〕", "〔1981〕"), PlanMeta(id="t", title="纪要"))) == []
