"""Session 37's recall causes on the later rounds (ext50b, issue #13): quoted "+" slogans opening a platform's name and
a quotation that opens the name after a list's item or a verb.
Each case is a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_quoted_plus_slogan_opens_a_platform_s_name() -> None:
    # QUOTED_PLUS_SLOGAN (重庆's outline, round 27, and 成渝 report, round 34; 延平's innovation zone, round 40)
    platforms, _ = document("打造“贸易撮合+物流组织+融资结算+专业服务”综合服务平台，构建数字化跨境结算融资体系。")
    assert "“贸易撮合+物流组织+融资结算+专业服务”综合服务平台" in platforms
    platforms, _ = document("搭建“科学家+企业家+投资人”综合性服务平台。")
    assert "“科学家+企业家+投资人”综合性服务平台" in platforms
    platforms, _ = document("完善“人工智能+城市体检更新”应用平台，数智一体推进城市生命线工程建设。")
    assert "“人工智能+城市体检更新”应用平台" in platforms
    # a formula and a bare "互联网+" brand before a kind stay out
    platforms, _ = document("推广“企业+合作社+基地”模式。")
    assert not platforms
    platforms, _ = document("建设“互联网+”服务平台。")
    assert not platforms


def test_a_quotation_opens_the_name_after_a_list_item_or_a_verb() -> None:
    # QUOTE_OPENS_NAME (杭州's health outline, round 30; 湖北's 2026 report, round 34)
    platforms, _ = document("打造市域生产、供销、信用“三位一体”为农服务综合平台。")
    assert platforms == {"“三位一体”为农服务综合平台"}
    platforms, _ = document("推动共建共治共享“七大要素”交易服务平台、科技创新联盟与产业链供应链协作平台。")
    assert "“七大要素”交易服务平台" in platforms
    assert "共治共享“七大要素”交易服务平台" not in platforms
    # a place before the quotation stays in the name
    platforms, _ = document("推进宿迁“四化”同步集成改革示范区建设。")
    assert "宿迁“四化”同步集成改革示范区" in platforms
    # … and so does the nation's own opening, though jieba tags 超算 a verb (天津's 2026 report, round 36)
    platforms, _ = document("国家超算“超智存”算力融合平台加快建设，中科曙光推进。")
    assert "国家超算“超智存”算力融合平台" in platforms
