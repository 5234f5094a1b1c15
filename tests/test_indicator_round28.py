"""Indicator rules written after round 28's first score (branch fix28task), each with the real excerpt it was written
from: cq-energy-14-news (a news repost of a plan's goal part under run-in aim lines), nat-transport-2022-news (the
year's plan in a news item) and ah-air-action-2013-trad (a decline over a base year with PM10 in the name), heldout28.
Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta
from plankg.pipeline import analyse


def _targets(text: str) -> list[tuple[str, str, int | None]]:
    from plankg.loaders.extract.vocab import load_field_vocabulary

    found = analyse(text, guess_meta(text, "t", "0" * 64), load_field_vocabulary()).indicators
    return [(i.name, i.target, i.year) for i in found]


def test_an_aim_alone_on_its_line_heads_the_dated_targets_below_it() -> None:
    # AIM_TITLE_LINE: the paragraph under 能源利用效率大幅提高。 writes no year (cq-energy-14-news)
    text = (
        "6月15日,重庆市人民政府办公厅发布关于印发重庆市能源发展“十四五”规划(2021—2025年)的通知。\n"
        "能源绿色转型成效显著。\n"
        "到2025年,可再生能源电力消纳总量责任权重达到国家下达计划指标,非化石能源消费比重提高到25%;"
        "煤炭消费比重降低至40%,石油消费比重保持在15%,天然气消费比重达到20%。\n"
        "能源利用效率大幅提高。\n"
        "单位GDP能耗下降指标达到国家要求;火电平均供电煤耗控制在300克标煤/千瓦时以下,电网综合线损率控制在4.8%以下;"
        "建成多元融合高弹性电网,配电网供电可靠率在99.893%以上。\n"
        "持续提高清洁能源供给占比。\n"
        "启动一批以实现碳中和为目标的可再生能源项目试点示范。\n"
    )
    found = {name: (target, year) for name, target, year in _targets(text)}
    assert found.get("电网综合线损率") == ("4.8%以下", 2025)
    assert found.get("火电平均供电煤耗", ("", 0))[1] == 2025
    assert [year for name, (_, year) in found.items() if name.startswith("配电网供电可靠率")] == [2025]


def test_an_aim_line_without_figures_below_it_dates_nothing() -> None:
    # AIM_TITLE_LINE needs a figure on the line below: a task title over prose is no aim of the goals
    text = (
        "到2025年,非化石能源消费比重提高到25%。\n"
        "持续提高清洁能源供给占比。\n"
        "启动一批以实现碳中和为目标的可再生能源项目试点示范。\n"
        "有序推进整县屋顶光伏建设,建成屋顶光伏100个。\n"
    )
    assert [name for name, _, _ in _targets(text)] == ["非化石能源消费比重"]


def test_the_years_estimate_set_out_ahead_is_its_plan() -> None:
    # THIS_YEAR_PLAN with 预计将 (nat-transport-2022-news)
    text = (
        "今年,交通运输部将扎实推进加快建设交通强国各项工作,全年预计将新增铁路新线3300公里以上,"
        "新改扩建高速公路8000公里以上,新增及改善高等级航道700公里以上,新增颁证民用运输机场8个。"
    )
    names = [name for name, _, _ in _targets(text)]
    assert len(names) == 4 and any("铁路新线" in name for name in names)


def test_a_reviews_estimate_of_the_year_stays_undated() -> None:
    # 全年预计 without 将 reports the year's outcome
    text = "过去一年,全年预计新增铁路新线3300公里,新改扩建高速公路8000公里。"
    assert _targets(text) == []


def test_the_base_year_of_a_change_is_no_digit_of_the_name() -> None:
    # BASE_YEAR_IN_NAME: PM10 and 2012 held six digits (ah-air-action-2013-trad, simplified here)
    text = (
        "一、总体目标\n到2017年,全省空气质量总体改善,重污染天气较大幅度减少,"
        "可吸入颗粒物(PM10)平均浓度比2012年下降10%以上。\n二、主要任务\n(一)加强工业大气污染治理。\n"
    )
    assert [(target, year) for _, target, year in _targets(text)] == [("10%以上", 2017)]
