"""Round 24's platform and institution causes (fix24ext, session 23): the 十五五 outlines of six cities (南京,
杭州, 广州, 北京, 苏州, 深圳) in plain, portal, PDF and news-client text. Each case is a short excerpt of a scored
text; guards pin what the rules leave alone."""

from __future__ import annotations

from plankg.loaders.extract.scoring import name_key
from plankg.loaders.rules.structure import TOC_MARK
from tests.extracting import document

# round 24: 杭州's outline, 第X章 on higher education
UNIVERSITIES = (
    "支持西湖大学进入国家“双一流”建设高校序列并成为新型研究型大学标杆、杭州师范大学争创国家A类学科、"
    "浙大城市学院建设高水平一流应用型大学、钱塘大学（暂名）建设新型研究型大学、杭州职业技术大学建设一流职业本科大学、"
    "杭州科技职业技术学院争创职业本科大学。\n"
)


def test_scorer_drops_a_page_number_or_endnote_line_inside_a_broken_name() -> None:
    # the gold copies a name broken by a PDF page footer or a portal page's endnote number as printed
    assert name_key("中关\n— 40 —\n村翠湖科技园区") == name_key("中关村翠湖科技园区")
    assert name_key("南沙港区五期工程数字孪生\n88\n平台") == "南沙港区五期工程数字孪生平台"
    # guard: a line of the name's own words stays, and so does a name's first or last line
    assert name_key("人类器官生\n理病理模拟装置") == "人类器官生理病理模拟装置"
    assert name_key("88\n平台") == "88平台"


def test_a_role_reaches_no_body_that_is_the_subject_of_its_own_item() -> None:
    _, institutions = document(UNIVERSITIES)
    named = {"西湖大学", "杭州师范大学", "浙大城市学院", "钱塘大学", "杭州职业技术大学", "杭州科技职业技术学院"}
    assert named <= institutions
    # guard: the role's own objects stay classes
    assert not {"新型研究型大学", "一流职业本科大学", "职业本科大学"} & institutions


# round 24: 南京's outline, 专栏7 (a counted slogan's members) and 第X章 (the innovation carriers); 广州's and 深圳's
TOWNS = "辐射带动河西中央科创区、南京软件谷、玄武数智城、秦淮国际科创城等创新载体，大力促进原始创新。\n"
TOWN_AREAS = (
    "鼓励在南沙科学城、中新广州知识城、广州科学城等科技创新重点功能片区和青年人才集聚度高的园区社区，"
    "打造24小时青年社区。\n"
)
SLOGAN = (
    "以“两城两区两港两中心”创新枢纽为抓手。\n"
    "1．“两城”：指紫金山科技城和麒麟科技城，重点聚焦战略科技力量培育。"
    "3．“两港”：指长三角智能制造与装备创新港和六合产业科技创新港，重点深化校地企协同联动。\n"
)


def test_a_city_names_science_education_and_digital_towns_districts_ports_and_valleys() -> None:
    platforms, _ = document(TOWNS)
    assert {"河西中央科创区", "南京软件谷", "玄武数智城", "秦淮国际科创城"} <= platforms
    platforms, _ = document(
        "推动教育科技人才平台基地协同布局，高水平建设西丽湖国际科教城、大运深港国际科教城等重点片区。\n"
    )
    assert {"西丽湖国际科教城", "大运深港国际科教城"} <= platforms
    # guard: a university's innovation port keeps its host (heldout6), a class written with 等平台 stays one
    platforms, _ = document("围绕加快建设中科院济南科创城、山东大学龙山创新港“四大创新圈”核心板块。\n")
    assert "山东大学龙山创新港" in platforms and "龙山创新港" not in platforms


def test_an_enumeration_closed_by_a_kind_of_area_lists_platforms() -> None:
    platforms, _ = document(TOWN_AREAS)
    assert {"南沙科学城", "中新广州知识城", "广州科学城"} <= platforms


def test_a_counted_slogan_defined_by_its_members_names_them() -> None:
    platforms, _ = document(SLOGAN)
    assert {"紫金山科技城", "麒麟科技城", "长三角智能制造与装备创新港", "六合产业科技创新港"} <= platforms
    assert not any(name.startswith("指") for name in platforms)
    # guard: a glossary's definition still describes a kind
    platforms, _ = document("TMS（运输管理系统）：指基于运输作业流程的统一调度管理平台。\n")
    assert not platforms


def test_a_kind_followed_by_a_locative_word_lists_areas_not_bodies() -> None:
    text = "以仙林大学城、江宁大学城及江北新区、鼓楼、秦淮、玄武等高校院所周边区域为先导，盘整存量载体。\n"
    _, institutions = document(text)
    assert not {"鼓楼", "秦淮", "玄武", "江宁大学城及江北新区"} & institutions
    # guard: a list closed by the kind alone still lists bodies
    _, institutions = document("支持赛力斯、长城等车企发展。\n")
    assert {"赛力斯", "长城"} <= institutions


# round 24: 广州's outline, 专栏12 exploded one piece per line by the page's stripping
HOSPITAL_ROWS = (
    "专栏12 医疗机构优质均衡布局行动\n\n01\n\n综合医院\n\n建设广州南部应急医疗中心等项目。\n\n"
    "02\n\n专科医院\n\n建设广州市第八人民医院三期等项目。\n\n03\n\n中医医院\n\n建设广东省中医院等项目。\n"
)


def test_kinds_and_designations_of_hospitals_are_classes() -> None:
    _, institutions = document(HOSPITAL_ROWS)
    assert not {"专科医院", "综合医院"} & institutions
    assert {"广州市第八人民医院", "广东省中医院"} <= institutions
    _, institutions = document("加强生育友好医院与儿童友好医院建设。支持广州市儿童医院发展。\n")
    assert "生育友好医院" not in institutions
    assert "广州市儿童医院" in institutions


def test_the_national_medical_centre_is_a_class_unless_hosted_or_fielded() -> None:
    text = (
        "提升国家医学中心辐射带动功能，积极创建重点领域国家医学中心。"
        "建设中山大学附属第一医院国家医学中心、广东省中医院国家医学中心等项目。\n"
    )
    platforms, _ = document(text)
    assert "国家医学中心" not in platforms
    assert {"中山大学附属第一医院国家医学中心", "广东省中医院国家医学中心"} <= platforms
    platforms, _ = document("力争国家制造业创新中心、国家新兴产业创新中心实现零的突破。\n")
    assert not platforms
    # guard: a province before a place or zone still only locates it
    platforms, _ = document("推进宁夏回族自治区宁东能源化工基地建设。\n")
    assert "宁东能源化工基地" in platforms


def test_a_catalogue_table_row_is_no_table_of_contents() -> None:
    # nat-newenergy-plan-2022 (round 19): a disclosure page's metadata table "| 目录项的基本信息 |" above the forwarding
    # notice made the notice's running text a TOC (TOC_MARK): its 国家发展改革委 and 国家能源局 were lost
    assert TOC_MARK.search("| 目录项的基本信息 |") is None
    assert TOC_MARK.search("列入《产业结构调整指导目录》鼓励类") is None
    assert TOC_MARK.search("**目 录****序言****第一章") is not None
    assert TOC_MARK.search("目录\n一、总体要求") is not None
    assert TOC_MARK.search("科技创新中心“十四五”规划目录一、发展基础") is not None
    assert TOC_MARK.search("纳入《绿色技术推广目录（2024年版）》") is None
