"""Targets written in prose, as met in round 15 (fix15ind): stages of the goals titled by their span, ratios,
counts broken through, goal sections dated by the plan's end year, and clauses whose subject is elided."""

from __future__ import annotations

from plankg.loaders.extract.indicators import extract_indicators
from tests.test_indicators import doc_with


def _got(text: str, titles: list[tuple[str, str]], end_year: int | None) -> list[tuple[str, str, int | None]]:
    return [(i.name, i.target, i.year) for i in extract_indicators(doc_with(text, titles, end_year=end_year))]


def test_a_stage_of_the_goals_titled_by_its_span_states_that_stages_targets() -> None:
    # STAGE_SPAN_TITLE (hn-power-system-outline-2023, a 规划纲要 to 2045): "（一）加速转型期（当前至2030年）" holds the
    # 2030 targets in prose, with no 目标 in any title; RATIO_VALUE: "比例达到1:3" is the ratio as written.
    # The quantities of the measures after it (四、) are no targets.
    text = (
        "三、发展路径\n按照加速转型、总体形成的发展路径推进。\n"
        "（一）加速转型期（当前至2030年）\n省内能源碳排放量达峰，电力系统碳排放量控制在1.1亿吨左右。"
        "抽水蓄能规模达到1040万千瓦，新型储能装机达到450万千瓦，与省内新能源装机比例达到1:3。\n"
        "（二）总体形成期（2030年至2045年）\n新能源成为装机主体。\n"
        "四、实施清洁能源高质量发展行动\n至2030年，全省风电、光伏发电总装机容量达到4000万千瓦以上。\n"
    )
    titles = [
        ("三、", "发展路径"),
        ("（一）", "加速转型期（当前至2030年）"),
        ("（二）", "总体形成期（2030年至2045年）"),
        ("四、", "实施清洁能源高质量发展行动"),
    ]
    got = _got(text, titles, end_year=2045)
    assert got == [
        ("电力系统碳排放量", "1.1亿", 2030),
        ("抽水蓄能规模", "1040万", 2030),
        ("新型储能装机", "450万", 2030),
        ("与省内新能源装机比例", "1:3", 2030),
    ]
    # without the stage title the section is no goal section
    plain = text.replace("加速转型期（当前至2030年）", "加速转型")
    assert _got(plain, [("三、", "发展路径"), ("（一）", "加速转型"), *titles[2:]], end_year=2045) == []


def test_counts_broken_through_name_what_they_count() -> None:
    # 突破 before a count (ha-emerging-future-industries-2025, bj-new-energy-storage-2024): the counted thing names
    # the target, not the subject of the clause before it
    text = (
        "一、发展目标\n到2027年，布局50个左右省级以上研发创新平台，突破50项前沿引领技术和关键核心技术，"
        "突破5～10项关键材料和智能装备。\n二、重点任务\n"
    )
    got = _got(text, [("一、", "发展目标"), ("二、", "重点任务")], end_year=2027)
    assert got == [
        ("省级以上研发创新平台", "50个", 2027),
        ("前沿引领技术和关键核心技术", "50项", 2027),
        ("关键材料和智能装备", "5—10项", 2027),
    ]


def test_a_goal_section_dated_only_by_the_plans_end_year_dates_its_counts() -> None:
    # END_YEAR_SECTION (hn-lithium-storage-2024, a 2024—2026 plan): "2026年突破1500亿元" is the only year its
    # 发展目标 writes; the counts of its undated paragraph after it are 2026's targets
    text = (
        "一、发展目标\n**规模实力跃上新高度：**全产业链营业收入年均增长10%左右，2026年突破1500亿元。\n"
        "**市场主体展现新活力：**培育形成1-2家具有全球竞争力的领军企业；新增2-3家百亿级企业、5-8家十亿级企业。\n"
        "二、重点任务\n"
    )
    got = _got(text, [("一、", "发展目标"), ("二、", "重点任务")], end_year=2026)
    assert ("具有全球竞争力的领军企业", "1—2家", 2026) in got
    assert ("百亿级企业", "2—3家", 2026) in got
    assert ("十亿级企业", "5—8家", 2026) in got
    # a section that also writes another year is not dated so: its undated counts stay unread
    other = text.replace("2026年突破", "2025年突破")
    titles = [("一、", "发展目标"), ("二、", "重点任务")]
    assert not any(name == "百亿级企业" for name, _, _ in _got(other, titles, 2026))


def test_a_clause_naming_only_a_share_or_a_measure_takes_the_subject_before_it() -> None:
    # SUBJECT_MEASURE, SUBJECT_SHARE (nat-heavy-truck-nev-2026): "保有量" measures 新能源重卡 (the subject of
    # 新能源重卡渗透率), "占比" is the share of 新能源重卡保有量; 、 after 辆 lists the next target
    text = "一、工作目标\n到2030年，新能源重卡渗透率达到40%，保有量突破160万辆、占比达到20%左右。\n二、重点任务\n"
    got = _got(text, [("一、", "工作目标"), ("二、", "重点任务")], end_year=2030)
    assert [name for name, _, _ in got] == ["新能源重卡渗透率", "新能源重卡保有量", "新能源重卡保有量占比"]
    # ha-emerging-future-industries-2025: the share of the growing quantity, without its growth verb
    text = (
        "一、发展目标\n到2027年，全省战略性新兴产业增加值年均增长11%以上，占规模以上工业增加值比重超过27%。\n"
        "二、重点任务\n"
    )
    got = _got(text, [("一、", "发展目标"), ("二、", "重点任务")], end_year=2027)
    assert [name for name, _, _ in got] == [
        "全省战略性新兴产业增加值年均增长",
        "全省战略性新兴产业增加值占规模以上工业增加值比重",
    ]


def test_a_scale_after_a_share_of_value_added_sizes_the_industry_of_the_share() -> None:
    # SHARE_THEN_SCALE (yancheng-digital-economy-2022): "产值规模" after the share of 数字经济核心产业增加值 is the
    # industry's output, not the share's nor the value added's
    text = (
        "一、发展目标\n到2024年,全市数字经济核心产业增加值占地区生产总值比重达到10%以上,产值规模突破3500亿元。\n"
        "二、重点任务\n"
    )
    got = _got(text, [("一、", "发展目标"), ("二、", "重点任务")], end_year=2024)
    assert ("全市数字经济核心产业产值规模", "3500亿元", 2024) in got
    # the share of an industry's 营业收入 in the province's: the 产业规模 after it is the industry's
    text = (
        "一、发展目标\n到2025年，全市软件和信息技术服务业营业收入占全省比重达到30%，产业规模突破2000亿元。\n"
        "二、重点任务\n"
    )
    got = _got(text, [("一、", "发展目标"), ("二、", "重点任务")], end_year=2025)
    assert ("全市软件和信息技术服务业产业规模", "2000亿元", 2025) in got


def test_a_counted_list_summed_up_as_targets_names_the_last_count_without_the_sum() -> None:
    # COUNTED_SUMMARY_TAIL (jn-digital-14-interp): "…8万个智能网联充电设施等任务目标" counts 智能网联充电设施
    text = (
        "一、发展目标\n到2025年，数字经济核心产业增加值占GDP比重达到20%。"
        "同时提出建设300个数字工厂、5万个5G基站、8万个智能网联充电设施等任务目标。\n二、重点任务\n"
    )
    got = _got(text, [("一、", "发展目标"), ("二、", "重点任务")], end_year=2025)
    assert ("智能网联充电设施", "8万个", 2025) in got


def test_a_section_dated_with_its_lead_year_leaves_the_items_below_undated() -> None:
    # END_YEAR_SECTION only where the year stands bare in a clause: "到2015年，…" dates its paragraph, and the
    # numbered items below it stay undated (the data/plans texts' 12th plans)
    text = "二、发展目标\n到2015年，创新能力增强。\n（3）在重点领域建设20家左右产业技术创新平台。\n"
    assert _got(text, [("二、", "发展目标")], end_year=2015) == []
