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
    # … nor one the fields it serves describe, with a 的 of their own (上海's S&T plan, the rules' gold)
    platforms, _ = document("形成具有国际影响力的河口研究、海底观测、海洋工程和海洋资源开发的海洋科技研究基地。")
    assert "海洋科技研究基地" in platforms


def test_a_first_class_platform_is_named_without_the_wish() -> None:
    # FIRST_CLASS_OPENING (郑州's proposal, round 52; 重庆's health outline, round 23)
    platforms, _ = document("支持郑州银行转型发展，建设一流数智金融信用服务平台，加快推动更多优质企业上市。")
    assert "数智金融信用服务平台" in platforms
    assert "一流数智金融信用服务平台" not in platforms


def test_a_care_centre_of_its_own_is_an_institution() -> None:
    # CARE_CENTRE (平潭's social-affairs plan, round 52; 杭州's reports, rounds 26/28)
    platforms, institutions = document(
        "五是推动民生项目建设。民政养老领域3个（平潭福康颐养照护中心、殡仪馆新馆建设项目、金井养老服务中心）。"
    )
    assert "金井养老服务中心" in institutions
    assert "金井养老服务中心" not in platforms
    _, institutions = document("加快市托育综合服务中心建设，新增普惠托位。")
    assert "市托育综合服务中心" in institutions
    # … a kind every district builds stays out (a counted class)
    platforms, institutions = document("新建20个区域养老服务中心。")
    assert "区域养老服务中心" not in platforms | institutions
    # … nor a centre named by its type
    _, institutions = document("打造集日托、全托、医养结合、康养服务等功能于一体的“枢纽型”养老服务中心。")
    assert not {i for i in institutions if i.endswith("养老服务中心")}


def test_a_field_names_its_service_platform() -> None:
    # FIELD_OF_ONE_SERVICE (北京's AI measures, round 52; 黑龙江's report, round 4)
    platforms, _ = document("建设通用人工智能领域科技伦理治理公共服务平台，服务政府监管，促进行业自律。")
    assert "通用人工智能领域科技伦理治理公共服务平台" in platforms
    platforms, _ = document("深入实施“人工智能+”行动，建好用好国家“人工智能+”农业领域中试基地，加大人工智能应用力度。")
    assert "国家“人工智能+”农业领域中试基地" in platforms
    # … not after a field of none
    platforms, _ = document("推动重点领域中试基地建设。")
    assert not {p for p in platforms if "领域" in p}


def test_the_ministry_assistance_team_is_a_body() -> None:
    # ASSISTANCE_TEAM (the 督办函 of 咸阳 and 鹤壁, round 52; 长治, round 49)
    _, institutions = document(
        "咸阳市人民政府，彬州市人民政府：2019年11月6日至11月19日，我部蓝天保卫战重点区域强化监督定点帮扶工作组，"
        "在你市发现陕西音诺克锐装备集团有限公司存在工业粉尘无组织排放问题。"
    )
    assert "蓝天保卫战重点区域强化监督定点帮扶工作组" in institutions
    _, institutions = document("成立科技攻关工作组，组建帮扶工作组。")
    assert not {i for i in institutions if i.endswith("工作组")}
