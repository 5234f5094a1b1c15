"""Round 23's platform and institution causes (fix23ext, session 22): 重庆's 十五五 outline lists platforms in its boxes
under an item titled with their kind (BOX_ITEM_KIND_LIST …). Each case is a short excerpt of a scored text; guards pin
what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document

# round 23: 重庆's 十五五 outline, 专栏19 item 7 and 专栏11 item 1
TRADING = (
    "6．资源环境要素。推动碳市场提质增效，碳排放权累计成交额超过14亿元。\n\n"
    "7．要素市场化交易平台。重庆联合产权交易所、重庆农村土地交易所、中国·重庆人力资源服务产业园、重庆股份转让中心、"
    "重庆知识产权运营中心、重庆科技要素交易中心、西部数据交易中心、重庆碳排放权交易市场、重庆电力交易中心、"
    "重庆石油天然气交易中心。\n"
)
PARKS = (
    "专栏11　重大产业发展平台\n\n1．“万亩千亿”产业平台。西永综合保税区、江津工业园区、涪陵经开区、长寿经开区、"
    "空港工业园区、白涛工业园区、两路果园港综合保税区、重庆经开区、璧山高新区、巴南工业园区、西部科学城九龙新城园区、"
    "永川高新区等。\n"
)


def test_box_item_titled_with_a_kind_lists_platforms() -> None:
    platforms, institutions = document(TRADING)
    assert {
        "重庆农村土地交易所",
        "中国·重庆人力资源服务产业园",
        "重庆股份转让中心",
        "重庆知识产权运营中心",
        "重庆科技要素交易中心",
        "重庆电力交易中心",
        "重庆石油天然气交易中心",
    } <= platforms
    assert "重庆农村土地交易所" not in institutions  # an exchange listed among the platforms is one
    platforms, _ = document(PARKS)
    assert {
        "西永综合保税区",
        "空港工业园区",
        "白涛工业园区",
        "两路果园港综合保税区",
        "西部科学城九龙新城园区",
        "江津工业园区",
        "永川高新区",
    } <= platforms


def test_box_item_of_a_kind_that_is_no_platform_frames_nothing() -> None:
    # the item's title is a kind of factor, and its sentence opens with a verb: no list under a kind of platform
    text = "1．技术要素。完善科技成果转化市场化机制，技术合同年度成交额达到1600亿元。空港工业园区、白涛工业园区。\n"
    platforms, _ = document(text)
    assert "白涛工业园区" not in platforms
