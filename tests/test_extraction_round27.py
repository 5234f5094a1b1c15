"""Round 27's platform and institution causes (fix27ext, session 25): the national 2026 work report, ten parts of
重庆's 十五五 outline (专栏 boxes) and seventeen parts of 苏州's 2026 work report (Word-exported HTML). Each case is a
short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_power_and_water_works_in_a_project_list_name_no_firm() -> None:
    # POWER_PLANT_ITEM, INFRASTRUCTURE_ITEM (灌区, 泵站): 重庆's 十五五 outline (round 27)
    _, institutions = document(
        "完工合川双槐煤电三期、万州煤电二期、潼南燃机等项目。推进涪琼、龙溪、滑石子泵站等灌区项目前期工作。"
    )
    assert not {"双槐煤电", "煤电", "潼南燃机", "涪琼", "龙溪"} & institutions


def test_a_grid_firm_building_a_power_station_is_still_named() -> None:
    # guard: 电站 is no POWER_PLANT_ITEM (dev round 6)
    _, institutions = document("开工建设南网720兆瓦储能电站等项目。")
    assert "南网" in institutions


def test_a_works_grounds_name_no_works() -> None:
    # WORKS_RUN_ON: 重庆's 十五五 outline (round 27)
    _, institutions = document("一体推进老重钢厂区小区街区更新改造。")
    assert "老重钢厂" not in institutions
    _, institutions = document("重庆炼钢厂迁建。")
    assert "重庆炼钢厂" in institutions  # guard: a works named alone


def test_kinds_of_veterans_hospital_and_venue_are_classes() -> None:
    # INSTITUTION_GENERIC_WORDS (优抚, 康复, 公共): 重庆's outline and the national work report (round 27)
    _, institutions = document(
        "推动市荣军优抚医院建成全国一流的综合性优抚医院。支持重庆市革命伤残优抚医院建设二级康复专科优抚医院。"
        "做好公共图书馆、博物馆、文化馆、科技馆等惠民开放。"
    )
    assert {"市荣军优抚医院", "重庆市革命伤残优抚医院"} <= institutions
    assert not {"综合性优抚医院", "二级康复专科优抚医院", "公共图书馆"} & institutions


def test_bionic_and_embodied_open_names() -> None:
    # NAME_INITIAL_VERBS (仿生, 具身): 苏州's work report (round 27)
    platforms, _ = document("仿生界面材料全国重点实验室获批。启用具身智能机器人综合创新中心。")
    assert {"仿生界面材料全国重点实验室", "具身智能机器人综合创新中心"} <= platforms
    assert not {"界面材料全国重点实验室", "智能机器人综合创新中心"} & platforms


def test_port_operating_areas_and_works_stages_name_no_body() -> None:
    # INFRASTRUCTURE_ITEM (作业区), ANCHOR_WORDS (续建, 改善): 重庆's 十五五 outline (round 27)
    _, institutions = document(
        "谋划推动九龙坡黄磏作业区二期、永川朱沱作业区二期、涪陵石溪作业区二期、万州小周作业区等项目。"
        "续建人民法院基础设施强基工程。重点改善医院、学校、商圈周边道路交通微循环。"
    )
    assert not {"黄磏作业区", "朱沱作业区", "石溪作业区", "作业区", "续建人民法院", "重点改善医院"} & institutions


def test_an_air_freight_centre_the_city_is_to_be_is_a_role() -> None:
    # ROLE_CENTRE_WORDS (货运): 重庆's 十五五 outline (round 27)
    platforms, _ = document("优化完善江北国际机场服务功能，打造西部航空货运中心。")
    assert "西部航空货运中心" not in platforms


def test_a_one_person_company_is_a_legal_form() -> None:
    # INSTITUTION_GENERIC_WORDS (一人): 重庆's 十五五 outline (round 27)
    _, institutions = document("鼓励发展“一人公司”、青春小店、共享办公室、科技型企业孵化器。")
    assert "一人公司" not in institutions
