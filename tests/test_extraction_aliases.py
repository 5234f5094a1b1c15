"""Abbreviations and aliases (上合组织, 中科院, 中汽中心, 空客…) resolved to full names, and how a
name is written: quote marks around a whole name, the scorer's name keys, characters a simplified
text keeps.

Each case is a clause from a dev or scored held-out excerpt that showed the general cause (the
rounds are told in tests/realworld/README.md); guards ("also…") pin what a rule must leave alone."""

from __future__ import annotations

import pytest

from plankg.loaders.extract.scoring import name_key
from plankg.loaders.text.normalise import normalise
from tests.extracting import all_names, document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an international organisation's short form (data/names.yaml)
        ("扎实推进上合组织“两平台一中心”建设", [("上海合作组织", "institution")]),
    ],
)
def test_an_organisation_s_short_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


def test_the_scorer_resolves_listed_abbreviations_on_both_sides() -> None:
    """name_key: the extractor names 中科院 中国科学院 (alias list), the gold writes 中科院 as printed."""
    assert name_key("中科院") == name_key("中国科学院")
    assert name_key("“掌上服务平台”") == "掌上服务平台"  # also: quotes around a whole name


def test_quote_marks_around_a_whole_name_do_not_decide_a_match() -> None:
    """name_key: the realworld gold writes “模力高地” as printed, the Shanghai gold 上海技术交易中心
    without the quotes the plan puts around it; quotes inside a name still count."""
    from plankg.loaders.extract.scoring import Score

    s = Score()
    s.add("d", {"掌上服务平台", "上海技术交易中心", "一朵云平台"}, {"“掌上服务平台”", "省级政务“一朵云”平台"}, set())
    assert (s.tp, s.fp, s.fn) == (1, 2, 1)
    s = Score()
    s.add("d", {"“上海技术交易中心”"}, {"上海技术交易中心"}, set())
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_a_line_end_inside_a_name_is_layout() -> None:
    """name_key: a PDF or Word text breaks a name at a line end; the gold keeps it as printed
    ("北京\\r\\n市城市规划设计研究院"), the extractor reads the joined name. Both are one name."""
    from plankg.loaders.extract.scoring import Score

    s = Score()
    s.add("d", {"北京市城市规划设计研究院"}, {"北京\r\n市城市规划设计研究院"}, set())
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    s = Score()
    s.add("d", {"上 海 科 技 馆"}, {"上海科技馆"}, set())
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_a_simplified_text_keeps_characters_opencc_would_change() -> None:
    """TRADITIONAL_MIN_SHARE: 昇腾 is a brand in a simplified text (gd-gwr-2026), not 升腾."""
    assert "昇腾生态适配中心" in normalise("加快建设具身智能训练场、昇腾生态适配中心等产业创新平台。").text
    assert normalise("臺灣與香港的科技創新中心").text == "台湾与香港的科技创新中心"  # also: traditional text


def test_short_forms_of_central_enterprises_and_academies() -> None:
    # names.yaml aliases: the short form found in text, resolved to the full name
    _, institutions = document("拓展与空客、中航工业等供应链合作，服务保障好中物院。")
    assert {"中国航空工业集团有限公司", "中国工程物理研究院"} <= institutions


def test_central_enterprises_by_their_short_forms() -> None:
    # the alias list's central enterprises; a form the alias list knows is no framed platform
    platforms, institutions = document(
        "充分发挥中汽中心、中汽工程等重点行业优势资源赋能。加快中船、中远海运等船舶制修造项目建设。"
    )
    assert {"中国汽车技术研究中心有限公司", "中国汽车工业工程有限公司", "中国船舶集团有限公司"} <= institutions
    assert platforms == set()
    # also: 中交 is not listed ("空中交通")
    _, institutions = document("拓展空中交通等应用场景。")
    assert institutions == set()
