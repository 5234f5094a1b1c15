"""Session 36's ext48 causes (issue #13): platforms the rules missed on the development rounds. Each case is a short
excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from plankg.loaders.extract.names import is_generic
from tests.extracting import document

# round 28: 上海's 十五五 new-towns outline (sh-fyp15-newtowns-2026)
NEW_TOWN_ZONES = "推动重点产业园区转型提质，加快漕河泾、市北高新区、金桥开发区、桃浦智创城建设。"
BAY_ZONE = "3.2以产业升级带动金山转型发展。聚焦上海湾区高新区、碳谷绿湾产业园，大力发展新材料产业。"


def test_short_state_zone_named_by_a_place_word_a_generic_character_cuts_into() -> None:
    # SHORT_STATE_ZONE: 市北/s and 湾区/ns are places, though 市 and 区 are generic words of ours
    platforms, _ = document(NEW_TOWN_ZONES)
    assert "市北高新区" in platforms
    platforms, _ = document(BAY_ZONE)
    assert "上海湾区高新区" in platforms
    assert not is_generic("大同经开区", "platform")  # 大同/d (round 40, 山西's review)


def test_tiers_pronouns_and_kinds_before_a_short_state_zone_stay_classes() -> None:
    for name in ("国家高新区", "国家级经开区", "国家一流高新区", "省级以上高新区", "我市高新区", "高新区、经开区"):
        assert is_generic(name, "platform"), name
