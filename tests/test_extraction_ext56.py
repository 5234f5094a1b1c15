"""Session 42's ext56 causes (issue #13): exchanges the golds keep as platforms since round 20, and software parks
the finder did not read. Each case is a short excerpt of a scored text, with guards that pin what the rule leaves
alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_software_park_with_a_place_or_proper_word_is_a_platform() -> None:
    # ("软件园", "园区") ending and PLACE_OWN_ENDINGS: round 42, 广州's outline; round 23, 重庆's outline
    platforms, _ = document("提质升级天河软件园，打造海珠、黄埔、番禺、白云等特色软件园。")
    assert "天河软件园" in platforms
    assert "特色软件园" not in platforms
    platforms, _ = document("推动重庆数字经济产业园、重庆软件园等向特色化、专业化发展，加速集聚优质企业。")
    assert "重庆软件园" in platforms


def test_a_bare_software_park_is_a_kind() -> None:
    # round 25, 合肥's outline: "强化软件园等载体支撑" (gold `must_not`)
    platforms, _ = document("软件信息服务业，强化软件园等载体支撑，培育一批龙头企业。")
    assert "软件园" not in platforms
