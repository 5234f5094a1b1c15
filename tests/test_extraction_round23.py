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


# round 23: 重庆's 十五五 outline, 专栏31 (items shortened to their first sentence)
CULTURE_BOX = (
    "专栏31　文化产业发展重大平台\n\n"
    "1．西部科技影视城。提升永川科技片场影视制作水平，开发科技影视产业大脑。\n\n"
    "2．两江影视（微短剧）产业园。高标准建设摄影棚100个、数字绿幕棚及配套设施。\n\n"
    "3．西部创意产业集聚区。盘活资产建设陆海出版传媒文化产业园，联动发展演艺、沉浸视听等业态。\n\n"
    "4．陆海出版文化综合体。一体化建设创意版权展示厅等。\n\n"
    "5．西部国际传播中心园区。入驻企业和机构30家，海外平台用户规模持续扩大。\n\n"
    "6．小游戏产业园。引育孵化小游戏企业60家，推出精品游戏20款。\n\n"
    "7．重大展演场馆。提升赛事演艺承办水平。\n\n"
    "第二节　推动文化和旅游深度融合\n"
)


def test_box_of_major_platforms_names_them_in_its_item_titles() -> None:
    platforms, _ = document(CULTURE_BOX)
    assert {
        "西部科技影视城",
        "两江影视（微短剧）产业园",
        "西部创意产业集聚区",
        "陆海出版文化综合体",
        "西部国际传播中心园区",
        "小游戏产业园",
        "陆海出版传媒文化产业园",  # named in item 3's paragraph: no restatement of item 4
    } <= platforms
    assert "重大展演场馆" not in platforms  # an item titled with a kind


def test_box_of_other_items_names_no_titles() -> None:
    # a box of key tasks, not of platforms: its items' titles are headings, not names
    text = "专栏30　文化事业发展重点\n\n1．西部科技影视城。提升永川科技片场影视制作水平。\n"
    platforms, _ = document(text)
    assert "西部科技影视城" not in platforms


def test_port_area_before_and_is_an_item_of_its_own() -> None:
    # round 23: 重庆's 十五五 outline, 专栏20 item 1
    text = (
        "1．港口型国家物流枢纽。提质建设果园港区及两路果园港综合保税区，提升龙头港区及涪陵综合保税区功能，"
        "培育发展现代物流。"
    )
    platforms, _ = document(text)
    assert {"两路果园港综合保税区", "涪陵综合保税区"} <= platforms
    assert not {"果园港区及两路果园港综合保税区", "龙头港区及涪陵综合保税区"} & platforms


def test_zone_named_after_a_municipality_is_one() -> None:
    # round 23: 重庆's 十五五 outline (专栏21 item 3, 第九章); a province's zones of a kind stay a class
    platforms, _ = document("3．经开区。重庆经开区及万州、长寿、涪陵等国家级经开区。")
    assert "重庆经开区" in platforms
    platforms, _ = document("发挥两江新区、西部科学城重庆高新区的示范引领作用。")
    assert "西部科学城重庆高新区" in platforms
    platforms, _ = document("推动广东高新区建设。")
    assert "广东高新区" not in platforms


def test_items_before_a_quantifier_are_no_project_firms() -> None:
    # round 23: 重庆's 十五五 outline (第十章): the areas carrying projects out are no firms
    _, institutions = document("支持渝东北、渝东南实施一批农业科技、绿色制造等技术创新和应用项目。")
    assert not {"渝东北", "渝东南"} & institutions
    _, institutions = document("推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投运。")
    assert {"海康机器人", "富乐德"} <= institutions


def test_merged_exchange_keeps_its_lianhe() -> None:
    # round 23: 重庆's 十五五 outline, 专栏19 item 7: 联合 here names the merged exchange, no verb
    platforms, institutions = document(TRADING)
    assert "重庆联合产权交易所" in platforms
    assert "产权交易所" not in institutions


def test_new_building_is_named_with_its_institution() -> None:
    # round 23: 重庆's 十五五 outline, 专栏30 item 2 and 专栏34
    _, institutions = document("2．重大公共文化设施。谋划建设重庆博物馆新馆、重庆美术馆新馆等。")
    assert {"重庆博物馆新馆", "重庆美术馆新馆"} <= institutions
    assert not {"重庆博物馆", "重庆美术馆"} & institutions
    _, institutions = document("建成市第十人民医院新院区一期工程、重医附一院一分院改扩建工程。")
    assert "市第十人民医院新院区" in institutions


def test_part_of_the_country_names_its_one_exchange() -> None:
    # round 23: 重庆's 十五五 outline, 第二十三章
    platforms, _ = document("鼓励数据多主体复用，升级打造西部数据交易中心。")
    assert "西部数据交易中心" in platforms
