"""Indicator rules written after round 30's first score (branch fix30task), each with the real excerpt it was written
from: edu-14-indicators-county-page (a county's 十四五 education indicator table exploded one cell per line, heldout30).
Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.extract.indicators import cell_tables
from plankg.loaders.rules.indicators import YEAR_DOCUMENT_REPORTED

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


def _targets(text: str) -> list[tuple[str, str, int | None]]:
    from plankg.loaders.extract.vocab import load_field_vocabulary
    from plankg.loaders.text.read import guess_meta
    from plankg.pipeline import analyse

    found = analyse(text, guess_meta(text, "t", "0" * 64), load_field_vocabulary()).indicators
    return [(i.name, i.target, i.year) for i in found]


def test_a_news_report_of_one_years_work_document_dates_its_figures_by_that_year() -> None:
    # YEAR_DOCUMENT_REPORTED (nat-energy-2020-trad, read in simplified characters), with 包括 and 预期 before a name
    # (NAME_LEAD), 千瓦时 after an amount (MEASURED_AFTER) and the qualifier no object (UNIT_AND_QUALIFIER)
    text = (
        "6月22日电 据国家能源局网站消息,近日,国家能源局印发《2020年能源工作指导意见》,"
        "意见提出2020年能源工作五方面预期目标,"
        "其中包括全国能源消费总量不超过50亿吨标准煤,煤炭消费比重下降到57.5%左右。\n"
        "此外,在供应保障方面,石油产量约1.93亿吨,天然气产量约1810亿立方米,非化石能源发电装机达到9亿千瓦左右。\n"
        "意见还提到,预期新增清洁取暖面积15亿平方米左右,新增电能替代电量1500亿千瓦时左右,电能占终端能源消费比重达到27%左右。"
    )
    found = _targets(text)
    assert {year for _, _, year in found} == {2020}
    names = [name for name, _, _ in found]
    assert "石油产量" in names and "新增清洁取暖面积" in names and "新增电能替代电量" in names
    assert "左右" not in names and not any(name.startswith("包括") for name in names)
    assert not any("五方面" in target for _, target, _ in found)


def test_a_headlines_short_verb_restates_the_leads_target() -> None:
    # 提至 (TARGET_VERBS) and 今年 (NAME_LEAD): the headline restates the lead's target, read once
    # (nat-energy-2024-news)
    text = (
        "今年非化石能源发电装机占比提至55%左右\n\n"
        "  本报北京3月24日电  (记者丁怡婷)国家能源局近日印发的《2024年能源工作指导意见》(以下简称《意见》)提出,"
        "今年能源供应保障能力要持续增强,全国能源生产总量达到49.8亿吨标准煤左右;"
        "能源结构持续优化,非化石能源发电装机占比提高到55%左右。\n"
    )
    found = _targets(text)
    assert [name for name, _, _ in found].count("非化石能源发电装机占比") == 1
    assert {year for _, _, year in found} == {2024}


def test_a_news_report_of_a_plan_with_a_period_is_not_dated_by_a_cited_years_document() -> None:
    # YEAR_DOCUMENT_REPORTED needs one year's document: a span (2021-2025年) is the plan's period, not one year
    assert YEAR_DOCUMENT_REPORTED.pattern.search("《全民健身计划(2021—2025年)》") is None
    assert YEAR_DOCUMENT_REPORTED.pattern.search("《数字中国建设2025年行动方案》") is not None


def test_the_works_outcomes_are_the_plans_targets_wherever_they_stand() -> None:
    # OUTCOME_AFTER_WORKS: "方案实施后,…" dated by the one period the text names (nat-irrigation-14-news)
    text = (
        "我国优先新建改建154处大型灌区\n"
        '本报北京8月16日电 (记者王浩)水利部、国家发改委近日正式印发了《“十四五"重大农业节水供水工程实施方案》。\n'
        '方案明确,在“十四五"时期优先推进实施30处新建大型灌区,优选124处已建大型灌区实施续建配套和现代化改造。\n'
        "方案实施后,新建的大型灌区预计可新增有效灌溉面积1500万亩,改善灌溉面积980万亩。\n"
    )
    found = _targets(text)
    assert sorted(target.rstrip("亩") for _, target, _ in found) == ["1500万", "980万"]
    assert {year for _, _, year in found} == {2025}


def test_the_outcomes_after_a_numbered_list_of_projects_are_read() -> None:
    # OUTCOME_AFTER_WORKS inside the last numbered item's section (zh-farmland-water-2025, round 27)
    text = (
        "今年全区计划投资340万元,重点实施三项工程:\n"
        "1.大中型灌区续建配套与现代化改造项目:计划恢复和改善灌溉面积0.3万亩,1-5月实际完成恢复和改善灌溉面积0.12万亩;\n"
        "2.小型病险水库除险加固项目(新增蓄水能力):计划新增蓄水能力2万方,1-5月实际完成新增蓄水能力0.88万方;\n"
        "截至目前,全区已完成总工程量的43.9%,预计十月底前全部竣工。项目建成后,可恢复和改善灌溉面积0.3万亩,"
        "新增蓄水能力10万方。\n"
    )
    targets = [target for _, target, _ in _targets(text)]
    assert "10万" in targets and "0.3万" in targets and "0.88万" not in targets


def test_trees_planted_are_counted_in_zhu() -> None:
    # 株 after an amount (MEASURED_AFTER): "乡村“四旁”植树15亿株以上" (nat-rural-greening-14-trad)
    text = "提出到2025年,全国平均村庄绿化覆盖率达到32%,乡村“四旁”植树15亿株以上,全面巩固提升国家森林乡村。"
    assert [name for name, _, _ in _targets(text)] == ["全国平均村庄绿化覆盖率", "乡村“四旁”植树"]


def test_a_share_listed_subjects_take_of_a_whole_is_one_indicator() -> None:
    # SHARE_OF_LISTED_SUM: 风电、太阳能 share one 比重 of the whole output (nat-energy-2024-news); a rate of each splits
    text = "到2024年,风电、太阳能发电量占全国发电量的比重达到17%以上。"
    assert [name for name, _, _ in _targets(text)] == ["风电、太阳能发电量占全国发电量的比重"]
    text = "到2025年,生猪、蛋鸡、肉鸡规模化养殖机械化率达到70%以上。"
    assert len(_targets(text)) == 3


def test_a_news_items_review_of_another_year_is_not_dated_by_the_reported_document() -> None:
    # REPORTED_YEAR_REVIEW: a sentence naming another year, or 去年, states results, not the 2024 document's targets
    text = (
        "国家能源局近日印发的《2024年能源工作指导意见》提出,今年全国能源生产总量达到49.8亿吨标准煤左右。\n"
        "2023年,全国能源生产总量达到48.3亿吨标准煤。去年,非化石能源发电装机占比提高到53.9%。\n"
    )
    # (the review's own year, guessed as the text's, dates them as before: 2023)
    assert [target for _, target, year in _targets(text) if year == 2024] == ["49.8亿"]
