"""Firms named without a usual ending: items of an enumeration of one kind (…等领军企业), the firm
an item of a project list opens with (…等项目), a brand before a firm's tail word (石化, 重工…).

Each case is a clause from a dev or scored held-out excerpt that showed the general cause (the
rounds are told in tests/realworld/README.md); guards ("also…") pin what a rule must leave alone."""

from __future__ import annotations

import pytest

from plankg.loaders.extract.mentions import enumerated_institutions, project_firms, tailed_firms
from tests.extracting import all_names, document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an enumeration of one sort: one proper name and no field or place makes every item a firm
        # (enumerated_institutions; 许继 is a proper name to jieba, 超聚变 and 平高 are not)
        (
            "支持超聚变、中创智领、许继、平高等领军企业全面提升产业科技创新能力",
            [("中创智领", "institution"), ("平高", "institution"), ("许继", "institution"), ("超聚变", "institution")],
        ),
        # a sector between 等 and the kind (ENUMERATION_OF_KIND qualifier)
        ("支持天兵科技、天章卫星等商业航天企业做大做优", [("天兵科技", "institution"), ("天章卫星", "institution")]),
        # 外企 is a kind of firm (ENUMERATED_KINDS)
        ("促进诺和诺德、碧迪等重点外企深化布局", [("碧迪", "institution"), ("诺和诺德", "institution")]),
        # also: a place list before a kind of university is no list of universities (_a_place)
        ("推动北京、上海等高校开展合作", []),
        # also: fields before 等…企业 are not firms (_field_or_place)
        ("培育人工智能、生物医药等新兴产业企业", []),
    ],
)
def test_enumerations_of_one_kind(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


def test_enumerated_firms_named_by_brand() -> None:
    """PROPER_TAGS nrt (阿里巴巴, zj-digital-2020), WITH_PREPOSITION (与 before the first item) and a
    one-character anchor inside a brand (为 in 华为) do not hide firms listed before 等企业."""

    found = enumerated_institutions("深化与华为、腾讯、阿里巴巴等企业合作")
    assert [m.name for m in found] == ["华为", "腾讯", "阿里巴巴"]
    assert enumerated_institutions("以企业为主体、以高校为依托等企业") == []  # clauses, not firms


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


@pytest.mark.parametrize(
    "text",
    [
        # round 26 (2026 work reports): lists of projects that are sites of leisure, heritage or storage, their
        # place a word jieba takes for a brand (SITE_ITEM, on the item and on the brand read off it)
        "加快建设乐高乐园、龙岐湾度假区、金沙湾国际乐园、小梅沙亲海度假区、东部华侨城升级改造等项目",
        "推进长隆三期、正佳帽峰湾、都市冲浪天地等项目建设",
        "推进市粮油食品产业园一期、天河龙洞粮库等项目建设",
        "支持泗洲造纸遗址、钱塘江海塘、新登古城墙等项目申遗",
        "全力推进杭州中环、杭淳开高速、机场高铁、地铁四期、钱江三桥改建提升等项目",
        "加快推进科创大道、赛米大道、双湖大道等项目前期工作",
        "加快第四使馆区、雁栖湖国际会都等重点项目建设",
    ],
)
def test_sites_of_a_project_list_name_no_firm(text: str) -> None:
    assert [m.name for m in project_firms(text)] == []


def test_project_firms_reach_the_document() -> None:
    _, institutions = document("推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投运。")
    assert {"海康机器人", "富乐德"} <= institutions


def test_routes_of_a_road_project_list_name_no_firm() -> None:
    # round 4: "同德至玛沁等公路项目" lists routes; 玛沁 is a county, no firm (INFRASTRUCTURE_ITEM,
    # on the items and on the list's qualifier).
    text = "开工同德至玛沁等公路项目，建成尖扎至贵德等公路。"
    assert [m.name for m in project_firms(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PROJECT_FIGURE_FIRM_MIN: a capacity figure ends the firm's name, a province opening it is
        # part of it
        (
            "推动桥头铝电50万吨绿电铝产能置换转型升级技改、青海辉源20万吨绿色高性能铝板带箔、青海广泰10万吨再生铝等项目建设",
            ["桥头铝电", "青海辉源", "青海广泰"],
        ),
        ("推动沃锦储热40万吨熔盐装置技术升级等项目建设", ["沃锦储热"]),
        # PROJECT_NATIONAL_OPENING: 中国 opening an item is the firm's own
        ("推动国达化工60万吨钾肥复合造粒、中国盐湖金属镁一体化技术改造等项目建设", ["国达化工", "中国盐湖"]),
        # PROJECT_FIRM_TAIL_CHARS: jieba cut the firm's 锂业 in two
        ("推动国达化工60万吨钾肥复合造粒、蓝科锂业碳酸锂装置系统性优化改造等项目建设", ["国达化工", "蓝科锂业"]),
        # a rare character of the brand jieba leaves alone before the firm's tail word
        ("推进长沙宁乡圣钘科技新一代锂电池、浏阳蓝思科技3D玻璃研发生产等项目", ["圣钘科技", "蓝思科技"]),
        # also: a county before the firm is where the project is built; a short brand jieba knows
        # keeps its old path; a field and a site before a figure name no firm
        ("推进浏阳蓝思科技3D玻璃研发生产等项目", ["蓝思科技"]),
        ("开工建设南网720兆瓦储能电站等项目", ["南网"]),
        ("推进海上风电100万千瓦、光伏40万千瓦等项目建设", []),
        ("推动中欣晶圆大硅片等重大项目建设", []),
    ],
)
def test_firms_named_through_projects_with_figures(text: str, expected: list[str]) -> None:
    document("。")  # loads the field vocabulary jieba reads fields with
    assert [m.name for m in project_firms(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # FIRM_TAIL: a brand of proper words and a firm's tail word, in any clause
        ("推动湖南大学多元异构混算、铁建重工智能掘进装备等关键技术取得重大突破", ["铁建重工"]),
        ("推进弘润石化转型升级", ["弘润石化"]),
        ("推进柳工股份“三全”规划和玉柴提质升级工作", ["柳工股份"]),
        # also: a field, a province or a kind of firm before the tail names a sector
        ("推进绿色石化产业发展", []),
        ("壮大山东石化产业", []),
        ("推进军工企业股份制改造", []),
    ],
)
def test_firms_named_by_a_tail_word(text: str, expected: list[str]) -> None:
    document("。")  # loads the field vocabulary jieba reads fields with
    assert [m.name for m in tailed_firms(text)] == expected


def test_firms_named_by_a_tail_word_reach_the_document() -> None:
    _, institutions = document("推进弘润石化转型升级。")
    assert institutions == {"弘润石化"}


def test_projects_of_a_listed_class_name_no_firm() -> None:
    # PROJECT_ENUMERATION: "…等地区的新建项目" lists areas; also a list of firms' projects still
    # names them (round 4's case).
    _, institutions = document(
        "在郊区新城、六大重点功能区域、五大转型区域和成片开发区域等地区的新建项目以及试点区域，通过控制径流。"
    )
    assert institutions == set()
    assert project_firms("推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投运")


def test_utilities_list_services_not_firms() -> None:
    """SECTOR_QUALIFIERS (heldout6: 中山): "…等公用企业" lists the services the utilities run."""
    text = "本市行政区域内与人民群众利益密切相关的供水、供电、供热、供气、邮政、电讯、交通运输等公用企业在提供公共服务"
    assert enumerated_institutions(text) == []
    assert [m.name for m in enumerated_institutions("支持华为、腾讯等企业")] == ["华为", "腾讯"]


def test_field_list_names_no_firms() -> None:
    """FIELD_QUALIFIER (round 41, 上海's brain-computer-interface plan): "…等领域企业" lists fields."""
    assert enumerated_institutions("支持康养、教育、娱乐等领域企业，积极挖掘脑机接口应用需求") == []


def test_common_noun_item_lists_trades() -> None:
    """COMMON_NOUN_ITEM_TAGS (round 41, the national emergency plan): an item that is one common noun (矿山) makes
    the list one of lines of trade; brands jieba reads as places or names stay firms."""
    text = "升级覆盖危险化学品、矿山、烟花爆竹、尾矿库、工贸及油气管道等重点企业的监测预警网络"
    assert enumerated_institutions(text) == []
    assert [m.name for m in enumerated_institutions("支持赛力斯、长城等车企")] == ["赛力斯", "长城"]
