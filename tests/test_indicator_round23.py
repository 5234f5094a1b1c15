"""Indicator rules written after round 23's first score (branch fix23ind), each with the real excerpt it was written
from: hk01-health-14-news (heldout23), a Hong Kong report in traditional characters quoting the national 十四五
国民健康规划. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.extract.indicators import SAME_NAME, _clause_targets, clean_name, name_key
from plankg.loaders.text.read import guess_meta
from plankg.pipeline import analyse


def _targets(text: str) -> list[tuple[str, str, int | None]]:
    from plankg.loaders.extract.vocab import load_field_vocabulary

    found = analyse(text, guess_meta(text, "t", "0" * 64), load_field_vocabulary()).indicators
    return [(i.name, i.target, i.year) for i in found]


def test_a_traditional_spelling_is_the_same_name() -> None:
    # TRADITIONAL_SPELLING: the gold quotes the name as written, plankg reads the text in simplified characters
    from difflib import SequenceMatcher

    written, read = "經常參加體育鍛煉人數比例", "经常参加体育锻炼人数比例"
    assert name_key(written) == name_key(read)
    assert SequenceMatcher(None, name_key("人均預期壽命"), name_key("中国的人均预期寿命提高")).ratio() >= SAME_NAME
    assert name_key("加快建设昇腾生态适配中心") == name_key("加快建设升腾生态适配中心")  # both sides fold alike


def test_the_vision_after_the_plans_year_sets_no_target() -> None:
    # VISION_OPENS: 展望2035年 looks past the plan's 2025; its 80岁以上 replaced the plan's own target before
    text = (
        "“十四五”国民健康规划\n"
        "到2025年,中国的人均预期寿命在2020年的基础上继续提高1岁左右,展望2035年,人均预期寿命达到80岁以上。\n"
    )
    assert _targets(text) == [("中国的人均预期寿命提高", "1", 2025)]


def test_a_baseline_year_is_no_part_of_the_name() -> None:
    # BASELINE_IN_NAME: 在2020年的基础上 between the subject and its verb
    assert clean_name("中国的人均预期寿命在2020年的基础上继续提高") == "中国的人均预期寿命提高"
    assert clean_name("单位地区生产总值能耗在2020年基础上下降") == "单位地区生产总值能耗下降"


def test_a_verb_inside_a_name_does_not_end_it() -> None:
    # VERB_IN_NAME: 达到 of 地表水达到或好于Ⅲ类水体比 is followed by no value; 要达 is
    got = _clause_targets("地表水达到或好于Ⅲ类水体比要达85%等")
    assert [(clean_name(n), v) for n, v, _ in got] == [("地表水达到或好于Ⅲ类水体比", "85%")]
    # a clause whose verbs have no value after any of them is still none
    assert _clause_targets("水质达到国家标准要求") == []
