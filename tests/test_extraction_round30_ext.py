"""Platform and institution rules of round 30 (fix30ext, session 27): causes of missed and false names in the
round-30 texts (heldout30, six cities' 十五五 outlines, read with --details) that recur beyond one text. Excerpts
quoted from the texts named in each test."""

from __future__ import annotations

from tests.extracting import document


def test_river_works_and_route_stretches_name_no_firm() -> None:
    """INFRASTRUCTURE_ITEM's rivers, stretches and borders (nj-fyp15-infra-2026, hz-fyp15-rural-2026): jieba reads
    秦淮, 新禹 and 富春江 as brands."""
    _, institutions = document(
        "推进秦淮东河一期、长江新生洲应急加固工程、新禹河、高淳石固河团结圩段治理工程等项目建设，开展城市排涝河道整治。"
        "高质量实施余杭径山、桐庐富春江等一批跨乡镇项目，促进共同富裕现代化基本单元建设。"
    )
    assert not {"秦淮东河", "新禹", "富春江"} & institutions


def test_a_place_sharing_the_next_items_project_is_no_firm() -> None:
    """A place sharing the next item's project (project_firms; hz-fyp15-transport-2026): 建德 and 桐庐 each get a
    pumped-storage station."""
    _, institutions = document(
        "强化多能互补能源供应保障，推进富阳燃气电厂，建德、桐庐抽水蓄能电站和光伏风电等项目建设，提升本地电源供电能力。"
    )
    assert "建德" not in institutions


def test_a_place_called_guanting_is_no_department() -> None:
    """NOT_A_BODY's halls and 官厅 (bj-fyp15-safety-2026): the 官厅 gorge of the 永定河 ends no 厅."""
    _, institutions = document("系统提升流域防洪能力，推动建设永定河官厅山峡和张坊洪水控制工程，建设音乐厅和报告厅。")
    assert not {n for n in institutions if n.endswith("厅")}
    # also: a province's department keeps its 厅
    _, institutions = document("省教育厅会同省财政厅制定实施细则，推动各地落实。")
    assert {"省教育厅", "省财政厅"} <= institutions


def test_a_levels_numbered_hospital_is_one_hospital() -> None:
    """LEVEL_ORDINAL_HOSPITAL (hz-fyp15-health-2026): 市四医院, 市九医院 are gold."""
    _, institutions = document(
        "推进市一医院城东院区建设工程、市四医院迁建工程、市三医院临平院区建设工程、市九医院二期建设工程等重点项目。"
    )
    assert {"市四医院", "市九医院"} <= institutions


def test_quoted_brands_before_a_brand_platform_are_no_platforms() -> None:
    """BRAND_QUALIFIER (nj-fyp15-agri-2026): farm-produce brands."""
    platforms, _ = document("构建优质特色品牌体系，做大做强“食礼秦淮”“固城湖螃蟹”“金陵味稻”等区域公用品牌暨服务平台。")
    assert not {p for p in platforms if p.startswith("“")}
    # also: quoted platforms before 等…平台 stay
    platforms, _ = document("建强12345热线和“苏服办”等为民服务平台，提升政务服务效能。")
    assert "“苏服办”" in platforms


def test_hubs_named_by_a_place_or_a_mode_of_transport_are_no_platforms() -> None:
    """TRANSPORT_HUB's passenger and airport hubs, PLACE_ONLY_HUB (gz-fyp15-bayarea-2026, nj-fyp15-hubs-2026)."""
    platforms, _ = document(
        "集中推进南沙湾、庆盛枢纽和南沙枢纽3个先行启动区建设。推进禄口国际机场客运枢纽、“五主四辅”客运枢纽建设。"
    )
    assert not {p for p in platforms if p.endswith("枢纽")}
    # also: a hub named by what it serves stays
    platforms, _ = document("加快建设临沂国家物流枢纽，打造虹桥国际开放枢纽。")
    assert {"临沂国家物流枢纽", "虹桥国际开放枢纽"} <= platforms


def test_a_stretch_of_road_through_a_zone_names_no_zone() -> None:
    """ROUTE_SEGMENT_AFTER (su-fyp15-infra-2026) and a centre running on into 城区 (ENDING_RUNS_ON)."""
    platforms, _ = document(
        "推进635 国道苏州高新区段（230 省道苏州高新区段）改扩建等项目；推动常台高速公路尹山枢纽至苏浙省界段扩建。"
        "推进张家港至苏州中心城区快速路建设。"
    )
    assert not {p for p in platforms if "苏州高新区" in p or "枢纽" in p or p.endswith("中心")}


def test_an_area_of_a_science_city_or_a_pilot_is_a_zone() -> None:
    """ZONE_HEADED_AREA (gz-fyp15-bayarea-2026)."""
    platforms, _ = document(
        "促进人工智能与数字经济试验片区、中新广州知识城片区、空港片区、南沙科学城片区等联动发展区在贸易便利化方面开展实践探索。"
    )
    assert {"人工智能与数字经济试验片区", "中新广州知识城片区", "南沙科学城片区"} <= platforms
    # also: an area a city names by its theme stays no name
    platforms, _ = document("打造一批主题游径片区，串联历史文化街区。")
    assert "主题游径片区" not in platforms


def test_an_arbitration_centre_a_place_names_is_an_institution() -> None:
    """The ending 仲裁中心 (nj-fyp15-hubs-2026)."""
    platforms, institutions = document("高水平建设江苏（南京）国际商事仲裁中心，打造国际商事争端解决优选地。")
    assert "江苏（南京）国际商事仲裁中心" in institutions
    assert "江苏（南京）国际商事仲裁中心" not in platforms
