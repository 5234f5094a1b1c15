"""Session 44's ext58 causes (issue #13): platforms missed or wrongly read across the development rounds (zones linked
with, leading and economic zones, things and abstract nouns before 和/与, a tier before a regional name, co-built
parks, medical centres, university hospitals), each rule with guards that pin what it leaves alone. Each case is a
short excerpt of a scored text."""

from __future__ import annotations

from tests.extracting import document


def test_zones_a_plan_links_with_are_platforms() -> None:
    # LINKED_ZONES_VERB (round 57, hz-fyp15-region-2026)
    platforms, _ = document(
        "打造杭绍甬舟都市连绵带。联动杭州钱塘新区、宁波前湾新区、绍兴滨海新区、舟山群岛新区，加强产业链、创新链合作。"
    )
    assert {"杭州钱塘新区", "宁波前湾新区", "绍兴滨海新区", "舟山群岛新区"} <= platforms


def test_linking_with_service_centres_frames_no_platform() -> None:
    # LINKED_GUARDED (round 43, gd-gwr26-annexes-2026: not gold)
    platforms, _ = document(
        "提供免费心理疏导、心理咨询等服务，联动青少年服务中心、12338妇联维权服务中心、妇女维权服务站，开展关爱行动。"
    )
    assert "青少年服务中心" not in platforms
    assert "妇联维权服务中心" not in platforms


def test_linked_inside_a_zone_name_is_no_verb() -> None:
    # the guard of 联动 as an anchor (round 35, gx-gwr26-goals15-2026: gold whole)
    platforms, _ = document("深入实施自贸试验区提升战略，推进江海联动产业发展先行区建设，扩大开放合作。")
    assert "江海联动产业发展先行区" in platforms


def test_a_leading_zone_is_a_pilot_zone() -> None:
    # LEADING_ZONE_ENDING (round 28, sh-fyp15-opening-2026; round 38, gd-gwr26-openrural-2026)
    platforms, _ = document(
        "推动多重国家战略有机叠加。深入打造浦东社会主义现代化建设引领区。"
        "整县推进农文旅融合发展，全面落实环南昆山—罗浮山县镇村高质量发展引领区建设。"
    )
    assert {"浦东社会主义现代化建设引领区", "环南昆山—罗浮山县镇村高质量发展引领区"} <= platforms


def test_a_placed_economic_zone_is_a_platform_its_kind_is_not() -> None:
    # ECONOMIC_ZONE_ENDING (round 38, gd-gwr26-openrural-2026; round 45, gz-fyp15-regions-rural-2026)
    platforms, _ = document(
        "拓展国际海运航线网络，加快汕头、湛江临港经济区建设。强化穗莞合作，推动广州东部中心与东莞水乡经济区协同发展。"
    )
    assert {"湛江临港经济区", "东莞水乡经济区"} <= platforms
    # KIND_ECONOMIC_ZONE: a kind named by one word, a region, a region's theme
    platforms, _ = document(
        "提升临空经济区、临港经济区等开放平台能级。深度融入海西经济区建设，支持江淮生态经济区发展优势产业。"
    )
    assert not {"临港经济区", "海西经济区", "江淮生态经济区"} & platforms


def test_a_whole_thing_before_a_conjunction_ends_its_item() -> None:
    # THING_BEFORE_CONJUNCTION (round 15, sz-carbonpilot-2024; round 50, fj-pingtan-jinjing-work-2023)
    platforms, _ = document(
        "打造天然气贸易枢纽城市，高标准建设前海天然气贸易集聚区、大鹏液化天然气走廊和盐田国际船舶保税LNG加注中心。"
    )
    assert "盐田国际船舶保税LNG加注中心" in platforms
    assert not any(name.startswith("大鹏") for name in platforms)
    platforms, _ = document("持续开展文体活动。充分发挥金井综合文化站和社区文化服务中心作用，丰富群众生活。")
    assert not any(name.startswith("金井综合文化站") for name in platforms)
    # a conjunction inside a laboratory's or centre's name still holds it together
    platforms, _ = document("建设国家儿童健康与疾病临床医学研究中心，提升儿童重大疾病诊治水平。")
    assert "国家儿童健康与疾病临床医学研究中心" in platforms


def test_an_abstract_noun_before_a_conjunction_leaves_a_kind() -> None:
    # ABSTRACT_BEFORE_CONJUNCTION (round 52, bj-agi-measures-2023; round 21, sd-aipilot-paths-2020)
    platforms, _ = document("充分发挥政府引导作用和创新平台优势，推动人工智能技术创新。")
    assert not any("作用" in name for name in platforms)
    platforms, _ = document("聚焦重点领域，谋划建设一批重大项目和创新平台，加快形成产业集聚。")
    assert not any("项目" in name for name in platforms)


def test_a_tier_before_a_name_with_its_region_in_brackets_is_its_rank() -> None:
    # TIER_BEFORE_REGIONAL_NAME (round 30, su-fyp15-culture-2026; README: the bare name gold)
    platforms, _ = document(
        "构建文化遗产活化体系，建设国家级江南文化（苏州片区）生态保护实验区。实施戏曲保护传承行动计划。"
    )
    assert "江南文化（苏州片区）生态保护实验区" in platforms
    assert "国家级江南文化（苏州片区）生态保护实验区" not in platforms


def test_a_co_built_park_with_a_place_word_is_the_one_park() -> None:
    # COBUILT_PLACED (round 32, bj-fyp15-jjj-2026)
    platforms, _ = document("发挥北京科技资源外溢效应，共建雄安新区中关村科技园，探索政策协同、资质互认等试点。")
    assert "雄安新区中关村科技园" in platforms
    # partners co-building a thing named by its function still build a kind each
    platforms, _ = document("鼓励海南与有关省区共建海洋经济示范区、海洋科技合作区，推动协同发展。")
    assert "海洋经济示范区" not in platforms


def test_an_eco_port_is_a_platform() -> None:
    # NAMED_PORT_ENDINGS (round 56, bj-fyp15-digital-green-2026)
    platforms, _ = document(
        "推进国际医药创新公园等重点园区建设，高标准推进京津冀智能网联新能源汽车科技生态港等园区建设。"
    )
    assert "京津冀智能网联新能源汽车科技生态港" in platforms


def test_a_place_s_or_a_hospital_s_medical_centre_is_an_institution() -> None:
    # MEDICAL_CENTRE (round 25, su-fyp15-health-2026; round 24, gz-fyp15-people-2026)
    platforms, institutions = document(
        "实施市县医疗服务能力提升工程，加快推进高水平医院建设，支持苏州医学中心建设。建设广州南部应急医疗中心。"
    )
    assert {"苏州医学中心", "广州南部应急医疗中心"} <= institutions
    assert not {"苏州医学中心", "广州南部应急医疗中心"} & platforms
    # a state designation a hospital holds stays a platform
    platforms, _ = document("建设中山大学附属第一医院国家医学中心，提升疑难重症诊疗能力。")
    assert "中山大学附属第一医院国家医学中心" in platforms


def test_medical_statuses_and_classes_are_neither() -> None:
    # MEDICAL_STATUS, CLINICAL_STATUS (rounds 25, 26, 41: must_not or `may`)
    platforms, institutions = document(
        "支持市妇儿医疗中心创建国家儿童医学中心。做优特色专科，建强慢病管理中心、肿瘤防治中心。"
        "支持建设国家、上海市临床医学研究中心。"
    )
    assert not {"国家儿童医学中心", "慢病管理中心", "肿瘤防治中心", "上海市临床医学研究中心"} & (
        platforms | institutions
    )


def test_a_university_runs_on_into_its_general_hospital() -> None:
    # UNIVERSITY_HOSPITAL_RUN_ON (round 28, sz-gwr26-review-city-2026)
    _, institutions = document("推进深圳大学总医院口腔中心、市中医院针灸推拿中心等44个存量商办物业改造。")
    assert "深圳大学总医院口腔中心" in institutions
    assert "总医院口腔中心" not in institutions


def test_a_node_a_place_hosts_is_a_platform() -> None:
    # PLACED_NODE (round 24, su-fyp15-scitech-2026; round 28, sh-fyp15-infra-2026)
    platforms, _ = document(
        "积极培育标杆孵化器。推进国家统一技术交易服务平台苏州节点建设，完善登记、匹配、估值、交易、结算等功能。"
        "率先开展6G试验网建设。推动建设长三角量子通信骨干网上海节点。"
    )
    assert {"国家统一技术交易服务平台苏州节点", "长三角量子通信骨干网上海节点"} <= platforms


def test_a_node_no_place_hosts_is_a_kind() -> None:
    # NODE_WITHOUT_PLACE, NODE_NOT_PLACE, IMPORTANT_ROLE_HEAD (round 4, qh-gwr-2026; round 2, ha-gwr-2026: not gold)
    platforms, _ = document(
        "引进一批万卡级算力中心项目，打造全国一体化算力网重要节点。建设工业互联网标识解析节点，"
        "提升陇海铁路沿线城市节点功能。加快中欧班列广州集结中心、深圳节点城市建设。"
    )
    assert not any(name.endswith("节点") for name in platforms)
    assert not any("节点城市" in name for name in platforms)
