"""Session 38's platform causes on round 52 (fixext52, issue #13): a role aimed at "of influence" and a platform wished
"first-class". Each case is a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_what_a_plan_makes_of_influence_is_a_role() -> None:
    # INFLUENTIAL_ROLE_BEFORE (郑州's proposal, round 52; 重庆's outlines, rounds 23/27; 南京's, round 24)
    platforms, _ = document(
        "支持郑商所与全球主要期货交易所加强合作，做精做大品种，打造全球有影响力的期货定价中心、期货价格避险中心和期货机构集聚中心。"
    )
    assert not {"期货定价中心", "期货价格避险中心", "期货机构集聚中心"} & platforms
    platforms, _ = document("以环照母山片区、大学城等区域为核心载体，形成具有全国影响力的软件和信息服务业集聚区。")
    assert "软件和信息服务业集聚区" not in platforms
    # … a platform built "of national influence" is one (round 8's gold)
    platforms, _ = document("加快建设具有全国影响力的物联网公共服务平台。")
    assert "物联网公共服务平台" in platforms


def test_a_first_class_platform_is_named_without_the_wish() -> None:
    # FIRST_CLASS_OPENING (郑州's proposal, round 52; 重庆's health outline, round 23)
    platforms, _ = document("支持郑州银行转型发展，建设一流数智金融信用服务平台，加快推动更多优质企业上市。")
    assert "数智金融信用服务平台" in platforms
    assert "一流数智金融信用服务平台" not in platforms
