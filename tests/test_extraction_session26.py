"""Platform and institution causes shared by several development texts (ext26b, session 26): kinds of hospital and
museum named by how they work, designations friendly to a group, transport hubs, and a bracket inside a name. Each
case is a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_hospitals_and_museums_named_by_how_they_work_are_kinds() -> None:
    # INSTITUTION_GENERIC_WORDS (智慧 移动 迷你 头部 平安): 2026 reports (round 26), 南京 outline (25)
    _, institutions = document(
        "推进智慧医院试点，常态化开展“移动医院”巡诊。持续推进平安校园、平安医院建设。"
        "实施智慧博物馆项目，挖潜街边空间打造“迷你博物馆”。推进智慧图书馆建设。"
    )
    assert not {"智慧医院", "移动医院", "平安医院", "智慧博物馆", "迷你博物馆", "智慧图书馆"} & institutions


def test_a_levels_own_library_is_still_named() -> None:
    # guard: ONE_PER_LEVEL_AGENCIES after a level or a place
    _, institutions = document("支持上海市图书馆、区文化馆和市博物馆建设。")
    assert {"上海市图书馆", "区文化馆", "市博物馆"} <= institutions


def test_hospitals_friendly_to_a_group_and_a_prefectures_tier_are_designations() -> None:
    # FRIENDLY_DESIGNATION, 州级: 重庆's and 广州's outlines (rounds 27, 24), 青海's 2026 report (round 26)
    _, institutions = document(
        "全域推广儿童友好型医院、图书馆、公园等空间设施改造。加强生育友好医院与儿童友好医院建设。"
        "积极推动市州级医院创建三甲医院。支持中日友好医院建设。"
    )
    assert not {"儿童友好型医院", "儿童友好医院", "生育友好医院", "市州级医院"} & institutions
    assert "中日友好医院" in institutions  # guard: one hospital


def test_hubs_named_by_a_station_or_a_mode_of_transport_are_no_platforms() -> None:
    # TRANSPORT_HUB: 重庆's and 南京's 十五五 outlines (rounds 27, 25), 南京's 2026 report (26)
    platforms, _ = document(
        "推动重庆东站枢纽新城建设。实施重庆站铁路综合交通枢纽工程。建设南京都市圈货运枢纽经济区。"
        "增强重庆（长寿）生产服务型国家物流枢纽功能。建设中新广州知识城国际数字枢纽。"
    )
    assert not {"重庆东站枢纽", "重庆站铁路综合交通枢纽", "南京都市圈货运枢纽"} & platforms
    assert "中新广州知识城国际数字枢纽" in platforms  # guard: a designated digital hub


def test_an_abbreviation_or_one_character_in_brackets_stays_inside_a_name() -> None:
    # PLACE_IN_NAME: 重庆's 十五五 outline (round 27)
    platforms, _ = document("加快打造中欧（亚）班列集结中心。完善城市信息模型（CIM）平台，统筹推动城市全要素管护。")
    assert {"中欧（亚）班列集结中心", "城市信息模型（CIM）平台"} <= platforms
    assert not {"班列集结中心"} & platforms


def test_a_levels_care_centres_are_its_institutions() -> None:
    # LEVEL_CARE_CENTRE: 广州's 2026 report (round 26), 重庆's and 广州's outlines (rounds 27, 24)
    platforms, institutions = document(
        "建设市残疾人康复中心。提升市妇儿医疗中心能力，建设市中小学生心理健康发展中心。完善市紧急医学救援指挥中心。"
        "推进市级区域医疗中心建设。建设市医疗健康大数据中心。"
    )
    assert {
        "市残疾人康复中心",
        "市妇儿医疗中心",
        "市中小学生心理健康发展中心",
        "市紧急医学救援指挥中心",
    } <= institutions
    assert "市中小学生心理健康发展中心" not in platforms
    assert "市级区域医疗中心" not in institutions  # guard: a tier's centres are a class
    assert "市医疗健康大数据中心" in platforms  # guard: a data centre stays a platform


def test_data_bases_and_international_data_ports_are_platforms() -> None:
    # 数据底座 治理底座 国际数据港 国际数港 材料谷: 广州's and 苏州's 2026 reports, 重庆's and 广州's outlines
    platforms, _ = document(
        "推进建设实景三维广州统一时空数据底座。建成一体化公共数据底座。建设“多规合一”的国土空间数智治理底座。"
        "高标准打造苏州国际数据港。加快南沙国际数港建设。建设吴淞江科创带、苏州先进材料谷。打造“国际数据港”。"
    )
    assert {
        "实景三维广州统一时空数据底座",
        "一体化公共数据底座",
        "国土空间数智治理底座",
        "苏州国际数据港",
        "南沙国际数港",
        "苏州先进材料谷",
    } <= platforms
    assert "国际数据港" not in platforms  # guard: nothing of its own


def test_care_centres_named_by_the_cases_they_take_are_classes() -> None:
    # PLATFORM_GENERIC_WORDS (慢病 … 托育): 广州's and 苏州's outlines (rounds 24-25), 2026 reports (round 26)
    platforms, _ = document(
        "建设危重疑难病症诊疗中心、重大疑难罕见病诊疗中心。建设足球青训中心。推进三级综治中心规范化建设。"
        "建设托育综合服务中心。完善基层治理数字化平台。"
    )
    assert (
        not {"危重疑难病症诊疗中心", "重大疑难罕见病诊疗中心", "足球青训中心", "三级综治中心", "托育综合服务中心"}
        & platforms
    )
    assert "基层治理数字化平台" in platforms  # guard: gold in two 上海 texts


def test_a_branch_after_its_parents_region_in_brackets_is_one_name() -> None:
    # _names_itself: a place ending like a zone (大湾区) in brackets: 广州's 2026 report (round 26)
    platforms, _ = document("高标准建设全国高校区域技术转移转化中心（大湾区）广州分中心，组建高水平技术经理人队伍。")
    assert platforms == {"全国高校区域技术转移转化中心（大湾区）广州分中心"}
    platforms, _ = document("建设全国高校区域技术转移转化中心（大湾区），组建队伍。")
    assert platforms == {"全国高校区域技术转移转化中心（大湾区）"}  # guard: the regional node alone


def test_the_tiers_below_a_district_make_a_class() -> None:
    # SUBNATIONAL_TIERS (lead, session 26): gz-homecare-2022 (heldout12) sets out one kind of facility per tier; once
    # fix28seg read its "（三）社区（村）级社区养老服务设施。" as a titled entry, the tier with its bracketed
    # alternative came out as a platform
    from pathlib import Path

    path = Path(__file__).parent / "realworld" / "extract" / "texts" / "gz-homecare-2022.txt"
    platforms, _ = document(path.read_text(encoding="utf-8"))
    assert not {n for n in platforms if n.endswith("级社区养老服务设施")}
