"""Session 37's extraction causes on the later rounds (ext50, issue #13): a city's international role named as a
centre, and the city venues named as centres. Each case is a short excerpt of a scored text; guards pin what the
rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_place_s_international_role_centre_is_no_platform() -> None:
    # INTERNATIONAL_ROLE_CENTRE (南京's 江北 outline, round 33; 上海's finance outline, round 28; 深圳's, round 32)
    platforms, _ = document("强化交通枢纽建设，高标准打造产城融合的海港经济新城、南京国际航运中心核心区。")
    assert "南京国际航运中心" not in platforms
    platforms, _ = document("强化国际金融交流合作，深化沪港国际金融中心协同发展。")
    assert "沪港国际金融中心" not in platforms
    platforms, _ = document("强化盐田区作为国际航运和离岸贸易中心、坪山区作为东部区域产业科技创新中心。")
    assert "国际航运和离岸贸易中心" not in platforms


def test_a_host_or_a_word_of_its_own_keeps_the_centre() -> None:
    # the guard of INTERNATIONAL_ROLE_CENTRE: a university's centre in a city stays a name (round 24's gold)
    platforms, institutions = document("支持浙江大学基础医学创新研究院、浙江大学杭州国际科创中心建设。")
    assert "杭州国际科创中心" not in platforms | institutions
    platforms, _ = document("建设国际船舶登记服务中心，完善航运服务。")
    assert "国际船舶登记服务中心" in platforms


def test_a_city_s_culture_youth_and_equestrian_centres_are_venues() -> None:
    # VENUE endings 公共文化中心, 马术中心 and ONE_PER_LEVEL_AGENCIES 青少年活动中心 (深圳's review, round 28;
    # 重庆's review, round 36)
    platforms, institutions = document("深化安托山公共文化中心建设，建成光明国际马术中心。")
    assert {"安托山公共文化中心", "光明国际马术中心"} <= institutions
    assert not platforms
    platforms, institutions = document("红岩文化公园二期、市青少年活动中心建成投用。")
    assert "市青少年活动中心" in institutions
    assert "市青少年活动中心" not in platforms
    # roles and classes stay out
    platforms, institutions = document("大力建设岭南文化中心，构建城市公共活动中心，建设青少年活动中心和老年活动中心。")
    assert not {n for n in institutions if n.endswith("中心")}


def test_a_pilot_zone_s_area_written_with_its_short_form_is_a_zone() -> None:
    # PILOT_ZONE_AREA (深圳's 2026 report, round 26, and outline, round 42; 苏州's outline, round 33)
    platforms, _ = document("深入实施自贸区提升战略，推动前海蛇口自贸片区扩区，优化升级自由贸易账户功能。")
    assert "前海蛇口自贸片区" in platforms
    platforms, _ = document("推动苏州自贸片区与霍尔果斯自贸片区协同联动。")
    assert "苏州自贸片区" in platforms
    # a city's area stays out
    platforms, _ = document("推进主题游径片区建设。")
    assert not platforms


def test_a_trading_centre_formed_jointly_keeps_its_name() -> None:
    # the 联合 entry of the leading verbs (深圳's report and outline, rounds 26 and 33; 广州's outline, round 25)
    platforms, _ = document("持续提升电子元器件和集成电路国际交易中心、前海联合交易中心等平台能级。")
    assert "前海联合交易中心" in platforms
    platforms, _ = document("依托大湾区航运联合交易中心做大船舶交易，延伸发展航运经纪。")
    assert "大湾区航运联合交易中心" in platforms
    # the verb before a named centre stays a verb
    platforms, _ = document("联合上海数据交易中心开展数据产品登记。")
    assert "上海数据交易中心" in platforms
