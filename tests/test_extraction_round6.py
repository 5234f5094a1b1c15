"""Rules added for the sixth dev round of real plan excerpts (issue #13; 浙江 and 宁夏 2026 work
plans on S&T, industry, digital economy, energy and environment, a 北京 data-zone opinion, a 上海
zero-carbon parks plan) and for the causes they share with the earlier rounds (firms named through
their projects, groups named for their work, classes of platforms). Each case is a clause from a
dev or earlier-round excerpt that showed the general cause; guards ("also…") pin what a rule must
leave alone."""

from __future__ import annotations

import pytest

from plankg.loaders.extract import entities as ent
from plankg.loaders.extract.mentions import project_firms
from plankg.loaders.extract.names import is_generic
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.pipeline import analyse
from plankg.schema import PlanMeta


def names(text: str) -> list[tuple[str, str]]:
    found = ent.apply_frames(text, ent.find_mentions(text))
    for m in found:
        assert text[m.start : m.end] == m.name
    return [(m.name, m.category) for m in found]


def document(text: str) -> tuple[set[str], set[str]]:
    doc = analyse(text, PlanMeta(id="t", title="t"), load_field_vocabulary())
    return {p.name for p in doc.platforms}, {i.name for i in doc.institutions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PROJECT_ENUMERATION: the firm an item of a project list opens with, after its place
        ("推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投运", ["海康机器人", "富乐德"]),
        # (short forms the alias list knows come out under their full names)
        (
            "实施中石化催化剂、中海油新材料、燕山石化绿色新材料等重点项目",
            ["中国石油化工集团有限公司", "中国海洋石油集团有限公司", "燕山石化"],
        ),
        ("推动京东方、惠科等重大产业项目尽快投产", ["京东方", "惠科"]),
        ("开工建设南网720兆瓦储能电站等项目", ["南网"]),
        # a firm-name tail word stays with the brand
        ("推进浏阳蓝思科技3D玻璃研发生产等项目", ["蓝思科技"]),
        # also: roads and ports name no firm; a place jieba reads as a person opens no firm; a word
        # jieba cut in two is no firm
        ("开工建设广州新机场、广清永高铁等项目", []),
        ("推进娄底高性能软磁和钛材料等项目", []),
        ("推动中欣晶圆大硅片等重大项目建设", []),
    ],
)
def test_firms_named_through_their_projects(text: str, expected: list[str]) -> None:
    assert [m.name for m in project_firms(text)] == expected


def test_project_firms_reach_the_document() -> None:
    _, institutions = document("推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投运。")
    assert {"海康机器人", "富乐德"} <= institutions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 推进 / 使用 before 小组 or 办公室, and 国家组织, are part of a body named for its work
        (
            "北京市大数据工作推进小组办公室负责组织推进相关决策落实。",
            [("北京市大数据工作推进小组办公室", "institution")],
        ),
        (
            "在国家组织药品集中采购和使用试点工作小组领导下开展工作。",
            [("国家组织药品集中采购和使用试点工作小组", "institution")],
        ),
        # 推进小组 is a body's ending
        ("北京市大数据工作推进小组负责总体指导。", [("北京市大数据工作推进小组", "institution")]),
        # NAMED_PREFIX: a Party committee's office keeps its level; 建设管理委 keeps 建设
        ("市委金融办引导金融机构完善精准投放机制。", [("市委金融办", "institution")]),
        ("市住房城乡建设管理委制定并实施标准。", [("市住房城乡建设管理委", "institution")]),
        # a commission named 发展和改革 is one body
        ("由上海市发展和改革委员会负责。", [("上海市发展和改革委员会", "institution")]),
        # HYPHEN_IN_NAME: partners joined by a hyphen, kept as printed
        ("全面建成中国-中亚荒漠化防治中心。", [("中国-中亚荒漠化防治中心", "platform")]),
        # 语料库 is a framed ending
        ("推进杭州语料库建设。", [("杭州语料库", "platform")]),
        # 共建 before a park ending belongs to the park
        ("持续建好湘琼先进制造业共建产业园。", [("湘琼先进制造业共建产业园", "platform")]),
        # also: 推进 and 共建 elsewhere still cut the clause
        ("推进之江实验室建设。", [("之江实验室", "platform")]),
        ("共建长三角国家技术创新中心。", [("长三角国家技术创新中心", "platform")]),
    ],
)
def test_bodies_and_platforms_named_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # verbs of coordinating, following up, reviewing, applying for, linking up; 新一轮
        "市发展改革委统筹零碳园区建设与本市新能源规划布局。",
        "定期跟进零碳园区建设情况。",
        "支持其申请国家级零碳园区验收。",
        "紧密对接全球先进制造业基地建设需要。",
        # FRAMEWORK_ITEM: a system before 和 is an item of its own; what follows is a class here
        "支持重点企业参与碳排放计量标准体系和零碳园区建设。",
        # CLASS_OPENING, 有条件的, PLACES_SHARING_MIN, PLACES_SUBJECT_VERB, QUOTED_STATUS_PARK
        "加快培育高水平工业设计中心。",
        "支持有条件的地方创建国家级数据标注试点基地、数字服务出口基地等。",
        "建好济南、青岛、枣庄算力枢纽。",
        "支持铁岭、朝阳打造现代农业及农产品精深加工基地。",
        "扎实推进“五好”园区建设。",
        "推进“无废园区”“无废企业”建设。",
    ],
)
def test_classes_and_statuses_are_no_platforms(text: str) -> None:
    assert [n for n, c in names(text) if c == "platform"] == []


def test_class_opening_and_quoted_status_are_generic() -> None:
    assert is_generic("高水平工业设计中心", "platform")
    assert is_generic("“五好”园区", "platform")
    # also: a quoted brand of a platform is no status
    assert not is_generic("“浙里办”平台", "platform")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # also: one other place before a name leaves the last name whole ("大青山、鄂尔多斯实验室")
        ("高标准建设大青山、鄂尔多斯实验室。", "鄂尔多斯实验室"),
        # also: names listed before a name are no places ("西部（成都）科学城、中国（绵阳）科技城")
        ("增强西部（成都）科学城、中国（绵阳）科技城创新资源集聚能力。", "中国（绵阳）科技城"),
    ],
)
def test_places_sharing_a_head_need_a_list_of_places(text: str, expected: str) -> None:
    assert expected in [n for n, c in names(text) if c == "platform"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # DEFINITE_DATA_ENDING: one data store the plan builds, named by its content
        ("探索建立产业科技人才数据库。", ["产业科技人才数据库"]),
        ("建设环境信息资源中心。", ["环境信息资源中心"]),
        ("建好齐鲁文化大模型、山东文化数据中心。", ["山东文化数据中心"]),
        # also: not a class after a quantifier or in a list closed by 等, nor a tier, nor a bare kind
        ("争取引进更多国家级、行业性的数据中心、灾备中心。", []),
        ("建设省级大数据中心。", []),
        ("建设数据中心。", []),
    ],
)
def test_a_single_data_store_the_plan_builds(text: str, expected: list[str]) -> None:
    assert [n for n, c in names(text) if c == "platform"] == expected


def test_a_level_of_government_has_one_big_data_platform() -> None:
    # ONE_PER_LEVEL_PLATFORMS: the city's own
    assert [n for n, c in names("依托市大数据平台实施共享。") if c == "platform"] == ["市大数据平台"]
    # also: a tier or a sector before it stays a class
    assert [n for n, c in names("建设省级大数据平台。") if c == "platform"] == []
    assert [n for n, c in names("建设行业大数据平台。") if c == "platform"] == []


def test_short_forms_of_central_enterprises_and_academies() -> None:
    # names.yaml aliases: the short form found in text, resolved to the full name
    _, institutions = document("拓展与空客、中航工业等供应链合作，服务保障好中物院。")
    assert {"中国航空工业集团有限公司", "中国工程物理研究院"} <= institutions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("经调查，责令左权县人民政府立即整改。", "左权县人民政府"),
        ("建议中国第一重型机械集团公司承担大型锻件的研制任务。", "中国第一重型机械集团公司"),
    ],
)
def test_an_order_or_a_recommendation_opens_no_name(text: str, name: str) -> None:
    # 责令, 建议 (round 4): the body is the object of the verb, the verb is not part of its name.
    found = {n for n, _ in names(text)}
    assert name in found and not any(n.endswith(name) and n != name for n in found)


def test_routes_of_a_road_project_list_name_no_firm() -> None:
    # round 4: "同德至玛沁等公路项目" lists routes; 玛沁 is a county, no firm (INFRASTRUCTURE_ITEM,
    # on the items and on the list's qualifier).
    text = "开工同德至玛沁等公路项目，建成尖扎至贵德等公路。"
    assert [m.name for m in project_firms(text)] == []
