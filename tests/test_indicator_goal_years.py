"""Goal sentences' years and growth in words, as met in round 17 (fix17task): 截至 dates a status figure
(STATUS_AS_OF), a part after ；with its own 到YYYY年 is dated apart (YEAR_PART_AFTER_SEMICOLON), growth written as a
multiple (GROWTH_MULTIPLE). Excerpts from heldout17 plans; each test fails without its rule."""

from __future__ import annotations

from tests.test_indicator_tables import _sentence_rows


def test_a_status_figure_as_of_a_year_is_no_target() -> None:
    # STATUS_AS_OF (sj-energy-action-2026, its 二、总体思路 （三）需求分析): "截至2024年底，…80.36万人" is the state in
    # 2024, not a 2024 target; the forecasts after it were dated 2024 by it as well.
    text = (
        "二、总体思路\n松江产业高质量发展持续吸引人口流入，截至2024年底，松江新城实有人口80.36万人，"
        "预计2035年松江新城实有人口还将持续增长。预计“十五五”期间居民用电新增用电负荷32万千瓦，"
        "占“十五五”总新增负荷的40%。\n三、主要任务\n"
    )
    assert _sentence_rows(text, [("二、", "总体思路"), ("三、", "主要任务")], end_year=2030) == []


def test_a_later_years_part_after_a_semicolon_keeps_the_earlier_years_aims() -> None:
    # YEAR_PART_AFTER_SEMICOLON (nat-trade-in-consumer-2024): the 2025 figures are kept beside the 2027 ones; in a
    # comma-joined run the later stage still wins (LATER_STAGE_WINS).
    text = (
        "一、总体要求\n力争到2025年，报废汽车回收量较2023年增长50%，废旧家电回收量较2023年增长15%；到2027年，"
        "报废汽车回收量较2023年增长80%，废旧家电回收量较2023年增长30%。\n二、重点任务\n"
    )
    rows = _sentence_rows(text, [("一、", "总体要求"), ("二、", "重点任务")], end_year=2027)
    assert [(target, year) for _, target, year in rows] == [("50%", 2025), ("15%", 2025), ("80%", 2027), ("30%", 2027)]
    text = "二、工作目标\n到2023年，县级医院远程诊疗覆盖率达到40%，2024年达到60%；2025年达到90%。\n三、主要任务\n"
    rows = _sentence_rows(text, [("二、", "工作目标"), ("三、", "主要任务")])
    assert rows == [("县级医院远程诊疗覆盖率", "90%", 2025)]


def test_growth_written_as_a_multiple_is_a_target() -> None:
    # GROWTH_MULTIPLE (nat-trade-in-consumer-2024, ln-equipment-renewal-2024): the verb and multiple as written;
    # a multiple without a growth verb only compares (hn-power-system-outline-2023).
    text = (
        "一、主要目标\n到2027年，报废汽车回收量较2023年增加一倍，二手车交易量较2023年增加约1倍，"
        "新能源装机约为2022年装机规模的2.7倍。\n二、重点任务\n"
    )
    rows = _sentence_rows(text, [("一、", "主要目标"), ("二、", "重点任务")], end_year=2027)
    assert [(target, year) for _, target, year in rows] == [("增加一倍", 2027), ("增加约1倍", 2027)]


def test_a_county_reports_努力目标_dated_by_its_own_clause() -> None:
    # TARGETS_LEAD's 努力目标 and LEAD_CLAUSE_YEAR (longyou-gwr-2025-p2, round 33: page 2 of a county's work report,
    # without the heading that would date it): the year opens the lead's clause, words away from 目标为.
    text = (
        "建议2025年全县经济社会发展的努力目标为:全县生产总值增长7%;固定资产投资增长10%以上;"
        "外贸出口额占全市份额保持稳定;城镇调查失业率控制在5%以内;节能减排完成上级下达目标任务。\n"
    )
    assert _sentence_rows(text, []) == [
        ("全县生产总值增长", "7%", 2025),
        ("固定资产投资增长", "10%以上", 2025),
        ("城镇调查失业率", "5%以内", 2025),
    ]
    # A year in an earlier clause is another statement's: it does not date the lead.
    text = "2024年全县生产总值增长6.5%，建议全县经济社会发展的努力目标为:全县生产总值增长7%。\n"
    assert _sentence_rows(text, []) == []
