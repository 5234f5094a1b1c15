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


def test_a_trial_network_of_a_new_mobile_generation_is_a_platform() -> None:
    # TRIAL_NETWORK (北京's and 南京's 2026 reviews, round 28)
    platforms, _ = document("6G小规模实验网率先建成，朱雀三号可重复使用火箭首飞入轨，新的脑机接口成果不断涌现。")
    assert "6G小规模实验网" in platforms
    platforms, _ = document("紫金山实验室搭建全球首个6G外场试验网，钟山实验室总部载体建成。")
    assert "6G外场试验网" in platforms


def test_a_series_of_roles_after_a_verb_of_acting_as_names_no_platform() -> None:
    # ROLE_VERB_SERIES (广东's rural-opening report, round 38; 深圳's opening outline, round 42)
    platforms, _ = document("深度融入共建“一带一路”，在服务国内国际双循环畅通中作基地、作平台、作通道，当好“排头兵”。")
    assert not platforms
    platforms, _ = document("建设张江国际科技合作基地、上海合作平台。")
    assert "张江国际科技合作基地" in platforms  # 合作 is no verb of acting as a series repeats


def test_a_field_before_one_national_platform_is_part_of_its_name() -> None:
    # FIELD_OF_NATIONAL_PLATFORM (the national emergency plan's projects, round 41; 广州's emerging-industry outline,
    # round 42)
    platforms, _ = document("建设应急管理领域国家科技资源共享服务平台和重点灾害地区综合防灾减灾技术支撑平台。")
    assert "应急管理领域国家科技资源共享服务平台" in platforms
    assert "国家科技资源共享服务平台" not in platforms
    platforms, _ = document(
        "推动人工智能大模型与生物医药技术联动发展，加快建设医疗领域国家人工智能中试基地、广州实验室中国数字肺。"
    )
    assert "医疗领域国家人工智能中试基地" in platforms


def test_a_field_of_none_or_a_tier_before_a_national_platform_is_no_name() -> None:
    platforms, _ = document("积极创建重点领域国家医学中心。")
    assert not any(name.startswith("重点领域") for name in platforms)
    platforms, _ = document("培育文化科技领域国家级创新平台。")
    assert not any("领域" in name for name in platforms)


def test_the_nations_tier_coordinated_with_a_lower_one_ranks_a_class() -> None:
    # COORDINATED_TIERS (青海's 2026 livelihood report, round 26; the national relics-technology plan, round 31)
    platforms, _ = document("深化公立医院改革，用好国家和省级区域医疗中心，投运国家中医区域医疗中心。")
    assert "国家和省级区域医疗中心" not in platforms
    platforms, _ = document("加大文物数据保护力度。支持国家和省级文物数据中心、重点文博单位信息基础设施建设。")
    assert "国家和省级文物数据中心" not in platforms
    assert not is_generic("国家超级计算中心", "platform") and not is_generic("国家和平发展中心", "platform")


def test_a_new_area_that_is_its_citys_district_is_a_place() -> None:
    # DISTRICT_NEW_AREA (上海's food-technology plan, round 40; 天津's 2026 report, round 38)
    platforms, _ = document("构建“3+1”食品科技产业空间布局。在浦东新区建设合成生物食品开发先行区，在闵行区建设")
    assert "浦东新区" not in platforms
    platforms, _ = document("提升极端天气事件防范应对能力，加快推进滨海新区防潮海堤等项目，")
    assert "滨海新区" not in platforms
    assert not is_generic("锦州滨海新区", "platform")  # another city's new area is left to the zone rules
