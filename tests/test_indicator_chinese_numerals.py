"""Targets written in Chinese numerals (CHINESE_VALUE) and a notice's period item without a goal part
(PERIOD_ITEM_TARGETS), as met in round 19 (ind21). Excerpts from nat-coal-for-oil-1985, a 1985 State Council
notice; each test fails without its rule."""

from __future__ import annotations

from bench.eval_indicators import documents, predict
from plankg.loaders.extract.indicators import _numerals_in_digits, _sentence_targets
from plankg.loaders.rules.indicators import PERIOD_ITEM_TARGETS

ITEM = (
    "二、“七五”期间安排规模为一千一百八十二万吨压油量的压油工程，五年累计压油六千六百万吨，"
    "净得利润二百二十五亿元，创汇五十亿美元，其中用于基本建设一百七十亿元。"
)


def test_quantities_in_chinese_numerals_are_read_in_digits() -> None:
    read = _numerals_in_digits("五年累计压油六千六百万吨")
    assert read is not None and read[0] == "五年累计压油6600万吨"
    assert _numerals_in_digits("净得利润二百二十五亿元")[0] == "净得利润225亿元"  # type: ignore[index]
    assert _numerals_in_digits("国家提取百分之五十")[0] == "国家提取50%"  # type: ignore[index]
    assert _numerals_in_digits("规模为一千一百八十二万吨")[0] == "规模为1182万吨"  # type: ignore[index]


def test_periods_ordinals_and_counts_in_words_are_no_values() -> None:
    for clause in (
        "“十四五”期间全面推进",
        "第一批试点",
        "培育一批龙头企业",
        "建设两个中心",
        "投入数十亿元",
        "打造千亿元级产业集群",
        "上百亿元的投资",
        "使用三吨",
        "一九八五年十一月十四日",
    ):
        assert _numerals_in_digits(clause) is None, clause


def test_the_period_item_of_a_notice_gives_its_targets_as_written() -> None:
    assert PERIOD_ITEM_TARGETS.pattern.match(ITEM) is not None
    # a plan's sentence opening with its period, no item number, is a breakdown (la-fuel-stations-14, heldout21)
    assert PERIOD_ITEM_TARGETS.pattern.match("“十四五”期间，金安区规划加油站35座，其中迁建站2座") is None
    found = _sentence_targets(ITEM, 0, len(ITEM), 1990, ITEM, True, True)
    assert [(f.name, f.value, f.written) for f in found] == [
        ("五年累计压油", "6600万吨", "六千六百万吨"),
        ("净得利润", "225亿元", "二百二十五亿元"),
        ("创汇", "50亿美元", "五十亿美元"),  # BARE_TARGET's 美元, MEASURE_UNIT_VALUE's sum in 亿
        ("用于基本建设", "170亿元", "一百七十亿元"),
    ]
    # the offsets are the text's as written
    assert ITEM[found[0].start : found[0].end] == "五年累计压油六千六百万吨"


def test_the_notice_states_its_seventh_period_targets_and_not_the_past_five_years() -> None:
    entry = next(d for d in documents("heldout19") if d["id"] == "nat-coal-for-oil-1985")
    got = {(i.name, i.target, i.raw_target, i.year) for i in predict(entry)}
    assert ("净得利润", "225亿元", "二百二十五亿元", 1990) in got
    # item 一、's results since 1981 (五年累计压油二千三百六十万吨，净得利润九十四亿元) are history
    assert not any(i[2] in ("二千三百六十万吨", "九十四亿元") for i in got) and len(got) == 4
