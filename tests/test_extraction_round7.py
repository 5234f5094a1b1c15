"""Rules added after the fourth held-out round (heldout4: 2026 provincial work plans, the 十一五 and
十二五 outlines, a district renewal plan) had been scored, for causes it shares with the earlier
rounds: classes of bases and hubs, dams taken for hubs, firms named through their projects, short
forms of institutes. Each case is a clause from a scored excerpt that showed the general cause;
guards ("also…") pin what a rule must leave alone."""

from __future__ import annotations

import pytest

from plankg.loaders.extract.mentions import project_firms, tailed_firms
from plankg.loaders.extract.names import is_generic
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.pipeline import analyse
from plankg.schema import PlanMeta


def document(text: str) -> tuple[set[str], set[str]]:
    doc = analyse(text, PlanMeta(id="t", title="t"), load_field_vocabulary())
    return {p.name for p in doc.platforms}, {i.name for i in doc.institutions}


@pytest.mark.parametrize(
    "name",
    [
        # CLASS_BASE_ENDINGS: a base or hub named only by what it produces, stores or moves
        "大型煤炭基地",
        "造船基地",
        "高端食品生产基地",
        "全省重要汽车生产基地",
        "精深加工基地",
        "优质农牧产品重要供给基地",
        "物流集散枢纽",
        "大宗商品资源配置枢纽",
        "站产城综合枢纽节点",
        # … and theme zones
        "低空经济发展集聚区",
        "人工智能核心产业集聚区",
        # NOT_A_PLATFORM: a dam is a water project
        "白濑水利枢纽",
    ],
)
def test_classes_of_bases_and_hubs(name: str) -> None:
    assert is_generic(name, "platform")


@pytest.mark.parametrize(
    "name",
    [
        # a place, an organisation, a brand, Latin letters name one
        "宁东能源化工基地",
        "北部湾战略矿产资源储备基地",
        "CEPA先行先试示范基地",
        "科大讯飞人工智能基地",
        "赤峰商贸服务型国家物流枢纽",
        # a research, testing or service function names one
        "智能网联汽车测试基地",
        "金砖创新基地",
        "现代煤化工中试基地",
        "通导遥一体化时空信息服务枢纽",
        "马池口国重基地",
        "大型大马力高端智能农机装备研发制造推广应用先导区",
        "全国一体化算力网络国家枢纽节点",
    ],
)
def test_named_bases_and_hubs_stay(name: str) -> None:
    assert not is_generic(name, "platform")


def test_roles_of_a_region_are_not_platforms_in_a_document() -> None:
    platforms, _ = document(
        "深度打造高效养殖、精深加工基地，建设实证基地。推进白濑水利枢纽建设。建设宁东能源化工基地。"
    )
    assert platforms == {"宁东能源化工基地"}


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
def test_firms_named_through_their_projects(text: str, expected: list[str]) -> None:
    document("。")  # loads the field vocabulary jieba reads fields with
    assert [m.name for m in project_firms(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 工业区, 工业园, 陆港区: districts and parks named by their place
        ("推进吴泾工业区污染土地治理", {"吴泾工业区"}),
        ("有序推进常青工业园“规储供用”工作", {"常青工业园"}),
        ("加快乌鲁木齐国际陆港区创新发展", {"乌鲁木齐国际陆港区"}),
        # 自贸试验区 with its province is one zone
        ("加快广西自贸试验区首创式、集成式探索", {"广西自贸试验区"}),
        # 发展 before 综合试验区 belongs to the zone's name
        (
            "建设关键金属实验室、南丹关键金属高质量发展综合试验区",
            {"关键金属实验室", "南丹关键金属高质量发展综合试验区"},
        ),
        # also: 工业园区 is one ending; a bare 自贸试验区 is a class; a harbour's 港区 is a port
        ("支持苏州工业园区开展开放创新综合试验", {"苏州工业园区"}),
        ("在所有自贸试验区推广", set()),
        ("推进青岛港董家口港区建设", set()),
    ],
)
def test_zones_named_by_their_place(text: str, expected: set[str]) -> None:
    platforms, _ = document(text + "。")
    assert platforms == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X研院: institutes by their usual short forms; a province's own 工研院 named by its level
        ("提升哈工大先研院、省工研院运营质效", {"哈工大先研院", "省工研院"}),
        # a province before a university is part of its name (a district is not: "嘉定同济大学")
        ("筹建新疆中医药大学、新疆外国语大学", {"新疆中医药大学", "新疆外国语大学"}),
        # also: 科研院所 is a kind
        ("支持高校和科研院所参与", set()),
    ],
)
def test_institutes_and_universities_by_their_names(text: str, expected: set[str]) -> None:
    _, institutions = document(text + "。")
    assert institutions == expected


def test_sports_venues_are_venues_not_platforms() -> None:
    platforms, institutions = document(
        "以旗忠网球中心为核心，串联旗忠网球中心、昆阳湖水上运动中心、马桥森林体育公园等核心节点。"
    )
    assert {"旗忠网球中心", "昆阳湖水上运动中心"} <= institutions
    assert not platforms & {"旗忠网球中心", "昆阳湖水上运动中心"}
    assert "串联旗忠网球中心" not in institutions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PROJECT_SUFFIX: a data set, a power station, a monitoring point is an item of its own
        ("打造高质量数据集和东盟语料库", {"东盟语料库"}),
        ("加快格尔木、德令哈3座35万千瓦光热电站和光热产业科技创新中心建设", {"光热产业科技创新中心"}),
        # … and 自动 makes a monitoring network a kind
        ("建设农产品产地国家重点监控点位和自动监测网络", set()),
        # also: a name coordinated inside stays whole
        ("建设先进光电子及激光技术研发与应用中心", {"先进光电子及激光技术研发与应用中心"}),
    ],
)
def test_an_item_of_its_own_before_a_conjunction(text: str, expected: set[str]) -> None:
    platforms, _ = document(text + "。")
    assert platforms == expected


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # REGIONAL_NODE: a regional node of a national network keeps its bracketed region
        ("建好高校区域技术转移转化中心（福建），新增概念验证中心", {"高校区域技术转移转化中心（福建）"}),
        ("建设全国高校区域技术转移转化中心（成渝地区）", {"全国高校区域技术转移转化中心（成渝地区）"}),
        # also: elsewhere a bracketed place says where the platform stands
        ("组建国家蛋白质科学中心（上海）", {"国家蛋白质科学中心"}),
    ],
)
def test_regional_nodes_keep_their_region(text: str, expected: set[str]) -> None:
    platforms, _ = document(text + "。")
    assert platforms == expected


def test_the_organisation_in_a_zone_name_is_not_a_verb() -> None:
    # 组织 after 合作, 卫生 … ends an international organisation's name, it opens no new name
    platforms, _ = document("发挥中国—上海合作组织冰雪体育示范区、国家冰雪运动学院作用。")
    assert platforms == {"中国—上海合作组织冰雪体育示范区"}


def test_the_system_of_one_platform_names_it() -> None:
    # SYSTEM_OF_ONE: 体系 after a definite platform; a class before it stays a class
    platforms, _ = document("完善国家技术转移郑州中心体系，争创国家科技成果转移转化示范区。深化创新平台体系建设。")
    assert platforms == {"国家技术转移郑州中心"}


def test_helping_opens_no_name() -> None:
    _, institutions = document("拓展区校、政企、馆际合作，助力博物馆“火”起来。")
    assert institutions == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PLACED_ZONE_ENDINGS: a zone named by its place needs no verb of building
        ("绿色石化产业以南港工业区为重要承载地", {"南港工业区"}),
        ("编制好新一轮郑州航空港区高质量发展规划", {"郑州航空港区"}),
        # … and 做好 opens no name
        ("协同做好宁河京津合作示范区资源导入和公共服务", {"宁河京津合作示范区"}),
        # also: common words before a zone still need the frame
        ("综合运用综合保税区政策", set()),
    ],
)
def test_zones_named_by_their_place_need_no_frame(text: str, expected: set[str]) -> None:
    platforms, _ = document(text + "。")
    assert platforms == expected


def test_a_bullet_dot_stays_inside_a_name() -> None:
    # the middle dot typed as a bullet stays inside a firm's name
    _, institutions = document("联合中国第一重型机械集团公司、大连重工•起重集团公司和大连船用柴油机厂等企业。")
    assert "大连重工•起重集团公司" in institutions


def test_a_province_before_a_dash_is_no_brand() -> None:
    # a province listed before a dash is the place of a name, not a brand; 中试训练场 is an ending
    platforms, institutions = document(
        "建设广西人工智能学院、人工智能实验室、广西—东盟具身智能中试训练场等科创平台。"
    )
    assert "广西" not in institutions
    assert "广西—东盟具身智能中试训练场" in platforms


def test_rectifying_opens_no_name() -> None:
    _, institutions = document("整治银行强制搭售产品、超公示标准收费等违规行为。")
    assert institutions == set()


def test_central_enterprises_by_their_short_forms() -> None:
    # the alias list's central enterprises; a form the alias list knows is no framed platform
    platforms, institutions = document(
        "充分发挥中汽中心、中汽工程等重点行业优势资源赋能。加快中船、中远海运等船舶制修造项目建设。"
    )
    assert {"中国汽车技术研究中心有限公司", "中国汽车工业工程有限公司", "中国船舶集团有限公司"} <= institutions
    assert platforms == set()
    # also: 中交 is not listed ("空中交通")
    _, institutions = document("拓展空中交通等应用场景。")
    assert institutions == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TIER_AFTER_ZONE: a tier after a zone opens a status the zone holds
        ("推进石河子经济技术开发区国家级零碳园区建设", {"石河子经济技术开发区"}),
        # also: with no zone ending before the tier the whole is one name
        ("建成南川国家级零碳园区", {"南川国家级零碳园区"}),
        # roles of a region (ROLE_CENTRE_WORDS) and urban sub-centres are no platforms
        ("支持澳门建设世界旅游休闲中心", set()),
        ("在电力负荷中心建设必要的热电联产项目", set()),
        ("打造功能更加集聚的活力副中心", set()),
    ],
)
def test_statuses_roles_and_sub_centres(text: str, expected: set[str]) -> None:
    platforms, _ = document(text + "。")
    assert platforms == expected
