"""Round 32's platform and institution causes (fix32ext, session 28): eight excerpts of 北京's, 南京's, 深圳's and
苏州's 十五五 outlines (PDF text with page-number lines, names broken by line ends; news-client text a paragraph per
line). Each case is a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_finance_towns_legal_districts_talent_ports_and_manufacturing_towns() -> None:
    # endings 金融城, 法务区, 人才港, 智造城 (深圳's outline, round 32; 上海's and 广州's, rounds 26-28)
    platforms, _ = document(
        "提升深港国际金融城、深港国际法务区、前海国际人才港等发展能级。高水平推进深汕智造城规划建设，聚焦新能源汽车。"
        "提升陆家嘴金融城能级。"
    )
    assert {"深港国际金融城", "深港国际法务区", "前海国际人才港", "深汕智造城", "陆家嘴金融城"} <= platforms


def test_a_carbon_valley_is_a_park() -> None:
    # ending 碳谷, with the other field valleys (南京's outline, round 32)
    platforms, _ = document("支持南京数碳谷建设，深化合作。")
    assert "南京数碳谷" in platforms


def test_a_demonstration_park_written_with_yuanqu_is_read() -> None:
    # ending 示范园区, one ending as 工业园区 (北京's outline, round 32; 苏州's, heldout25)
    platforms, _ = document(
        "统筹推动教育资源优化布局，加快建设京津冀职业教育改革示范园区，扩大跨省中高职衔接培养规模。"
    )
    assert "京津冀职业教育改革示范园区" in platforms
    # guard: DESIGNATED_PARK_ENDINGS, a designation parks earn (heldout15, heldout18)
    platforms, _ = document("积极创建工业废水近零排放示范园区。持续开展国家级绿色工业示范园区、生态工业示范园区建设。")
    assert not {"工业废水近零排放示范园区", "国家级绿色工业示范园区", "生态工业示范园区"} & platforms


def test_an_airport_economic_zone_is_a_park() -> None:
    # ending 临空经济区 (北京's outline, round 32)
    platforms, _ = document("深化毗邻地区一体化发展。推进北京大兴国际机场临空经济区高质量发展，培育打造航空物流。")
    assert "北京大兴国际机场临空经济区" in platforms
    # guard: the kind alone names no zone (重庆's outline, round 27)
    platforms, _ = document("建设重庆新机场，前瞻布局临空经济区。")
    assert "临空经济区" not in platforms


def test_a_quoted_plus_brand_before_a_name_is_no_formula() -> None:
    # QUOTED_PLUS_BRAND (深圳's and 北京's outlines, round 32)
    platforms, _ = document(
        "推进“互联网+”未来科技城、前海深港国际服务城、海洋新城等开发建设。加快京津冀“机器人+”产业园建设，推动应用。"
    )
    assert {"“互联网+”未来科技城", "京津冀“机器人+”产业园"} <= platforms
    # guard: a formula of parts stays one
    platforms, _ = document("推动形成“企业+合作社+基地”模式。")
    assert not any("+" in name for name in platforms)
