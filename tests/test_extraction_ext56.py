"""Session 42's ext56 causes (issue #13): exchanges the golds keep as platforms since round 20, and software parks
the finder did not read. Each case is a short excerpt of a scored text, with guards that pin what the rule leaves
alone."""

from __future__ import annotations

from tests.extracting import document


def test_an_exchange_named_in_full_is_a_platform_and_stays_an_institution() -> None:
    # EXCHANGE_ALSO_PLATFORM: round 30, 广州's bay-area outline (gold platforms, `may` institutions)
    platforms, institutions = document("深化广州期货交易所与香港证券交易所业务产品合作。")
    assert {"广州期货交易所", "香港证券交易所"} <= platforms
    assert {"广州期货交易所", "香港证券交易所"} <= institutions
    # round 55, 北京's outline
    platforms, institutions = document("支持北京证券交易所深化改革和创新发展。")
    assert "北京证券交易所" in platforms
    assert "北京证券交易所" in institutions


def test_a_regional_equity_exchange_is_a_platform_too() -> None:
    # EXCHANGE_ALSO_PLATFORM: round 33, 深圳's finance outline ("前海股权交易中心" gold platform)
    platforms, institutions = document("畅通前海股权交易中心转新三板挂牌机制。")
    assert "前海股权交易中心" in platforms
    assert "前海股权交易中心" in institutions


def test_a_span_joining_two_exchanges_is_no_platform() -> None:
    # EXCHANGE_NOT_ONE: round 52, 郑州's proposal: "郑商所与全球主要期货交易所" names no one exchange
    platforms, _ = document("推动郑商所与全球主要期货交易所开展合作。")
    assert not {p for p in platforms if "交易所" in p}


def test_a_short_form_of_an_exchange_is_left_alone() -> None:
    # Not a written-out ending: "广期所" is no platform by this rule
    platforms, _ = document("支持广期所建设。")
    assert "广期所" not in platforms


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
