"""Session 45's fixext59 causes (round 59 scored): names cut by a verb read inside a firm's legal form or a district
counted like a concept, a bracketed qualifier or a quoted valley brand inside a platform's name, a quoted 、-list read
into a name, and classes read as names (civility-practice centres, regional headquarters, schools of Marxism, units
along a route, a venue named with the ring around it). Each case quotes the scored text; the guards pin what the rules
leave alone."""

from __future__ import annotations

from plankg.loaders.extract.names import is_generic
from tests.extracting import document, framed


def test_a_district_named_by_numerals_has_a_government() -> None:
    # NUMERAL_DISTRICT_GOVERNMENT (round 59, zz-airsupervision-dubanhan-2020: gold)
    assert ("二七区人民政府", "institution") in framed("郑州市人民政府,二七区人民政府:2019年11月20日至12月3日,我部")
    # a numbered concept stays one
    assert is_generic("一心三区", "platform")
    assert is_generic("四委一局", "institution")


def test_a_trade_word_ending_in_ju_keeps_the_firms_legal_form() -> None:
    # FIRM_TRADE_WORD_HAVING (round 59, zz-airsupervision-dubanhan-2020: gold)
    text = "在你市(区)发现郑州市永泰磨料磨具有限公司等2家企业存在未按要求落实运输车辆管控措施等问题"
    assert ("郑州市永泰磨料磨具有限公司", "institution") in framed(text)
    # 具有 "having" still opens no name (round 7)
    _, institutions = document("优先向具有济南市领军领先企业等荣誉资格的企业倾斜。")
    assert not any(name.startswith("具有") for name in institutions)


def test_a_bracket_after_the_opening_place_keeps_the_name_whole() -> None:
    # PLACE_BRACKET_QUALIFIER (round 59, gz-fyp15-enterprise-2026: gold)
    text = (
        "加快广州颠覆性技术创新中心、穗港澳协同创新中心、环港科大（广州）创新区、广州（国际）科技成果转化天河基地、"
        "全国重点实验室大湾区技术转移转化中心等科技成果转移转化平台建设。"
    )
    names = [name for name, _ in framed(text)]
    assert "广州（国际）科技成果转化天河基地" in names
    assert "天河基地" not in names
    # two phrases without such a bracket are still cut at the second place
    assert ("上海百年排水科技园", "platform") in framed("东区污水处理厂旧址研究建造上海百年排水科技园")


def test_a_quoted_valley_brands_the_zone_after_it() -> None:
    # QUOTED_VALLEY_BRAND (round 59, hz-fyp15-ai-2026: gold)
    names = [name for name, _ in framed("高水平建设数据交易所，加快推进“中国数谷”数据产业集聚区试点建设。")]
    assert "“中国数谷”数据产业集聚区" in names
    assert "中国数谷" not in names
    # a valley before a verb is named alone, not glued to what follows
    platforms, _ = document("“南繁硅谷”建成全国数量最多、空间最大的育种基地。")
    assert not any("建成" in name for name in platforms)


def test_a_quoted_list_of_roles_ends_the_name_before_it() -> None:
    # QUOTED_LIST_NOT_NAME (round 59, gz-fyp15-enterprise-2026: the centre gold)
    text = "充分发挥粤港澳大湾区国家技术创新中心“总平台、总链长”功能，整合在穗优质创新资源。"
    assert framed(text) == [("粤港澳大湾区国家技术创新中心", "platform")]
    assert framed("支持国家实验室更好发挥科技创新“总平台、总链长”作用。") == []
    # a quoted word inside a name stays
    assert ("省级政务“一朵云”平台", "platform") in framed("建设省级政务“一朵云”平台。")


def test_civility_practice_centres_are_a_class() -> None:
    # CIVILITY_PRACTICE_CLASS and 筑牢 (round 59, bj-fyp15-historiccity-2026; round 40: a trap)
    platforms, _ = document("深入实施文明乡风建设工程,筑\n牢新时代文明实践中心阵地,着力涵养文明乡风。")
    assert platforms == set()
    assert is_generic("新时代文明实践中心", "platform")
    assert not is_generic("中希文明互鉴中心", "platform")
    assert not is_generic("夏商文明考古研究中心", "platform")


def test_regional_headquarters_and_schools_of_marxism_by_kind_are_classes() -> None:
    # 区域 马克思主义 (round 59, nj-fyp15-bizenv-2026 and bj-fyp15-historiccity-2026: a trap and a class)
    _, institutions = document("培育“投资南京”品牌，吸引外资区域总部、研发中心和功能性平台落户。")
    assert "外资区域总部" not in institutions
    assert is_generic("马克思主义学院", "institution")
    assert not is_generic("复旦大学马克思主义学院", "institution")
    assert not is_generic("长三角区域合作办公室", "institution")
    # a firm's regional headquarters is still its unit (REGIONAL_HEADQUARTERS_UNIT)
    _, institutions = document("浪潮华中总部、腾讯数字产业总部相继签约。")
    assert "浪潮华中总部" in institutions


def test_venues_along_a_route_are_a_class() -> None:
    # ALONG_ROUTE_OPENING (round 59, bj-fyp15-historiccity-2026: a trap)
    _, institutions = document(
        "深入挖掘长安街承载的近现代首都变迁历史内涵,提升沿线博物馆、展览馆等重大文化设施展览展示水平。"
    )
    assert "沿线博物馆" not in institutions
    assert is_generic("沿线博物馆", "institution")


def test_a_ring_around_a_venue_is_no_part_of_its_name() -> None:
    # RING_AROUND_VENUE (round 59, nj-fyp15-bizenv-2026: the zoo `may`, the ring's venue a trap)
    _, institutions = document("统筹玄武区、鼓楼区协同推进环红山森林动物园片区升级改造，打造新消费场景活力街区。")
    assert "环红山森林动物园" not in institutions
    assert "红山森林动物园" in institutions
    # a ring jieba reads as a word of the name stays
    _, institutions = document("加快建设环湖医院。")
    assert "环湖医院" in institutions


def test_innovation_and_source_zones_a_city_names_are_zones() -> None:
    # INNOVATION_ZONE_ENDING (round 59, gz-fyp15-enterprise-2026; round 40, sh-foodtech-plan-2026: gold)
    assert ("环五山创新策源区", "platform") in framed("推动环五山创新策源区提质增效发展，引导高校建设大学科技园。")
    assert ("徐汇区“营养健康谷”精准营养创新策源区", "platform") in framed(
        "深化建设徐汇区“营养健康谷”精准营养创新策源区。"
    )
    # not 创新 followed by 区域
    assert framed("进一步创新区域合作机制。") == []


def test_a_space_and_a_kind_are_two_things() -> None:
    # SPACE_THEN_KIND (round 59, hz-fyp15-ai-2026: 开发者中心 a class in the gold)
    platforms, _ = document("探索可持续的开源商业模式，建设开源孵化空间和开发者中心，构建“社区+城市”开源产业培育模式。")
    assert platforms == set()
