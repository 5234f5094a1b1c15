"""Platform names and where they end: endings and kinds of unit (谷, 产业城, 先行区, 监测网, 语料库,
大学城, 算力网…), zones named by their place, qualifiers in brackets, regional nodes, versions,
hyphens and quotes inside a name, items of their own before a conjunction, names listed before a
class of platforms.

Each case is a clause from a dev or scored held-out excerpt that showed the general cause (the
rounds are told in tests/realworld/README.md); guards ("also…") pin what a rule must leave alone."""

from __future__ import annotations

import pytest

from plankg.loaders.extract import entities as ent
from tests.extracting import all_names, document, framed, framed_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new endings: R&D institutes named 创新院, valleys, industry towns, pilot zones, a
        # monitoring network written 网, a telecom gateway
        (
            "加快建设湘江科技创新院、长沙文化科技大学",
            [("湘江科技创新院", "institution"), ("长沙文化科技大学", "institution")],
        ),
        ("推动中原农谷、周口国家农高区协同发展", [("中原农谷", "platform"), ("周口国家农高区", "platform")]),
        ("支持中新济南未来产业城建设", [("中新济南未来产业城", "platform")]),
        ("高标准建设中非经贸深度合作先行区，完善对非供应链服务体系", [("中非经贸深度合作先行区", "platform")]),
        ("扩大监测范围，建设国家环境监测网。", [("国家环境监测网", "platform")]),
        ("开通运营青岛国际通信业务出入口局。", [("青岛国际通信业务出入口局", "platform")]),
        # a tier before a place is left off (LEADING_MODIFIER)
        ("建成国家级江西省知识产权保护中心，培育", [("江西省知识产权保护中心", "platform")]),
    ],
)
def test_new_endings_and_a_leading_tier(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a national opening after 和 starts a new item (NEW_ITEM_OPENING)
        (
            "要以国家企业信用信息公示系统和全国信用信息共享平台等为依托",
            [("全国信用信息共享平台", "platform")],
        ),
        # … and so does the plan's own level after 与 (heldout13): the city's parks are a class
        ("建立临港地区与本市品牌园区联动发展机制，吸引高水平项目向临港地区布局。", []),
        # also: 和 inside a ministry's name
        ("工业和信息化部负责", [("工业和信息化部", "institution")]),
        # a province written in full locates a placed platform (PROVINCE_LOCATOR)
        (
            "126.宁夏回族自治区宁东能源化工基地加快产业转型升级，推动经济高质量发展。",
            [("宁东能源化工基地", "platform")],
        ),
        # zones named as the subject of a list item (SUBJECT_ZONE_ENDINGS), 片区 of a pilot zone
        (
            "74.湖北省武汉东湖新技术开发区大力推进创新驱动发展，打造新兴产业集群。",
            [("武汉东湖新技术开发区", "platform")],
        ),
        ("24.辽宁自贸试验区营口片区以制度创新持续优化营商环境。", [("辽宁自贸试验区营口片区", "platform")]),
        # also: a zone after verbs is no subject; an area of a city is no zone
        ("综合运用综合保税区政策功能", []),
        ("加强主题游径片区的集群示范", []),
    ],
)
def test_new_items_subjects_and_locators(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 创建 also sets up: not a status sought (STATUS_SOUGHT guard, nmg-gwr-2026)
        ("以创建中国（内蒙古）自由贸易试验区为牵引", [("中国（内蒙古）自由贸易试验区", "platform", "示范区")]),
        # new endings: parks, districts, markets, computing networks (FRAMED_PLATFORM_ENDINGS)
        (
            "推动良乡大学城、沙河高教园高质量发展",
            [("良乡大学城", "platform", "园区"), ("沙河高教园", "platform", "园区")],
        ),
        ("强化金融街、丽泽金融商务区联动发展", [("丽泽金融商务区", "platform", "园区")]),
        ("高水平建设国际医药创新公园", [("国际医药创新公园", "platform", "园区")]),
        ("建强安徽科技大市场，办好中国（安徽）科交会", [("安徽科技大市场", "platform", "平台")]),
        ("积极融入全国一体化算力网", [("全国一体化算力网", "platform", "网络")]),  # NATIONAL_INTEGRATED
        ("发展算力服务产业，打造环京津冀算力走廊", [("环京津冀算力走廊", "platform", "网络")]),
        # 加速 deploys like 加快 (PLATFORM_FRAME)
        (
            "加速未来科学城南口、马池口国重基地和科学小镇建设",
            [("未来科学城", "platform", "园区"), ("马池口国重基地", "platform", "基地")],
        ),
        # a site named after the platform it holds needs no verb (PLATFORM_SITE_ENDINGS)
        ("完成紧凑型聚变能实验装置园区主体工程", [("紧凑型聚变能实验装置园区", "platform", "园区")]),
        # an enumeration closed by a count and 平台 lists platforms (PLATFORM_LIST_AFTER); a region
        # word names which centre (REGION_WORDS)
        (
            "推动国家技术转移中部中心、中部数据流通服务中心、武汉农村综合产权交易所7大要素交易服务平台的高效运行",
            [
                ("国家技术转移中部中心", "platform", "中心"),
                ("中部数据流通服务中心", "platform", "中心"),
                ("武汉农村综合产权交易所", "platform", "其他"),
            ],
        ),
        # … but universities listed before "等高校平台" stay institutions
        (
            "依托复旦大学、同济大学等高校平台",
            [("复旦大学", "institution", "高校"), ("同济大学", "institution", "高校")],
        ),
        # "一张网" is a slogan inside a name, not a count (COUNTED guard, sn-gov-report-2026)
        ("建设全省“一张网”公共资源交易平台", [("全省“一张网”公共资源交易平台", "platform", "平台")]),
    ],
)
def test_new_platform_endings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert framed_kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TRAILING_QUALIFIER: a kind or domain in brackets after a name is part of it (hi-gwr-2026,
        # cq-gwr-2026, zj-digital-2020: the first held-out round, now development data)
        ("建设国家海洋综合试验场（深海），推进深海科技", [("国家海洋综合试验场（深海）", "platform")]),
        ("推进杭州“芯火”双创基地（平台）建设", [("杭州“芯火”双创基地（平台）", "platform")]),
        (
            "增强重庆通用人工智能研究院、北航重庆科创中心（低空电磁安全）等新型研发机构产业支撑力",
            [("重庆通用人工智能研究院", "institution"), ("北航重庆科创中心（低空电磁安全）", "institution")],
        ),
        # … but not a phase or a status (guards); a place stays (REGIONAL_BRACKET)
        ("组建国家蛋白质科学中心（上海）", [("国家蛋白质科学中心（上海）", "platform")]),
        ("建设实验动物公共服务平台（二期）", [("实验动物公共服务平台", "platform")]),
        ("加快建设中国（上海）知识产权保护中心（筹）", [("中国（上海）知识产权保护中心", "platform")]),
    ],
)
def test_a_bracketed_qualifier_after_a_name_is_part_of_it(text: str, expected: list[tuple[str, str]]) -> None:
    found = ent.apply_frames(text, ent.find_mentions(text))
    assert [(m.name, m.category) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket listing levels is an aside, not a qualifier (NOT_A_QUALIFIER, nat-city-checkup-2020)
        ("支持宁夏职业技术大学（本科及以上）建设", [("宁夏职业技术大学", "institution")]),
    ],
)
def test_a_bracket_listing_levels_is_no_qualifier(text: str, expected: list[tuple[str, str]]) -> None:
    found = ent.apply_frames(text, ent.find_mentions(text))
    assert [(m.name, m.category) for m in found] == expected


def test_an_exchange_glued_before_its_centre_owns_it() -> None:
    """OWNER_KINDS (hb-gwr-2026): the whole name is the platform, the exchange still an institution;
    a university before a platform it hosts stays split (sh-stic-14, guard)."""
    text = "推动中国水权交易所武汉交易服务中心高效运行，加快建设复旦大学附属中山医院上海国际医学科创中心"
    found = ent.apply_frames(text, ent.find_mentions(text))
    assert [(m.name, m.category) for m in found] == [
        ("中国水权交易所", "institution"),
        ("中国水权交易所武汉交易服务中心", "platform"),
        ("复旦大学附属中山医院", "institution"),
        ("上海国际医学科创中心", "platform"),
    ]


def test_a_version_number_inside_a_name_and_quoted_brands_before_other_kinds() -> None:
    """VERSION_POINT (zj-digital-2020): "2.0" inside a name is no count; a trailing version is left
    off (convention). QUOTED_IN_PLATFORM_LIST (cq-gwr-2026): a quoted brand before "等…社区"."""
    from plankg.loaders.extract.mentions import quoted_platforms

    assert framed_kinds("全面推进省市县三级服务事项接入政务服务2.0平台，加快推动多部门联办") == [
        ("政务服务2.0平台", "platform", "平台")
    ]
    assert framed_kinds("1.1 加快建设国家集成电路创新中心") == [("国家集成电路创新中心", "platform", "创新中心")]
    assert [m.name for m in quoted_platforms("建好“模力高地”等人工智能创新孵化生态社区，构建")] == ["“模力高地”"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
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
def test_platforms_named_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert framed(text) == expected


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
    assert expected in [n for n, c in framed(text) if c == "platform"]


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
    assert [n for n, c in framed(text) if c == "platform"] == expected


def test_a_level_of_government_has_one_big_data_platform() -> None:
    # ONE_PER_LEVEL_PLATFORMS: the city's own
    assert [n for n, c in framed("依托市大数据平台实施共享。") if c == "platform"] == ["市大数据平台"]
    # also: a tier or a sector before it stays a class
    assert [n for n, c in framed("建设省级大数据平台。") if c == "platform"] == []
    assert [n for n, c in framed("建设行业大数据平台。") if c == "platform"] == []


def test_a_province_or_region_has_its_own_data_centre() -> None:
    """PLACE_OWN_ENDINGS (dev ah-iiot-2021, round 7 sd-aipilot-2020, round 21 sd-aipilot-paths-2020): a place
    names its own big-data or cloud-computing centre; without a place it stays a kind."""
    assert [n for n, c in framed("依托山东云计算中心等算力设施。") if c == "platform"] == ["山东云计算中心"]
    assert [n for n, c in framed("加快建设山东省云计算中心。") if c == "platform"] == ["山东省云计算中心"]
    assert [n for n, c in framed("推进长三角大数据中心建设。") if c == "platform"] == ["长三角大数据中心"]
    assert [n for n, c in framed("支持区域性大数据中心建设。") if c == "platform"] == []
    # … and a park of a field named by its municipality (round 23, cq-fyp15-services-2026)
    platforms, _ = document("推动重庆数字经济产业园、重庆软件园等向特色化、专业化发展。")
    assert "重庆数字经济产业园" in platforms
    assert [n for n, c in framed("建设现代农业产业园。") if c == "platform"] == []


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
        # REGIONAL_BRACKET: a regional node of a national network keeps its bracketed region
        ("建好高校区域技术转移转化中心（福建），新增概念验证中心", {"高校区域技术转移转化中心（福建）"}),
        ("建设全国高校区域技术转移转化中心（成渝地区）", {"全国高校区域技术转移转化中心（成渝地区）"}),
        # … and so does a national base's local branch and a city's centre abroad (round 25, 深圳, 南京, 苏州)
        # (the exchange beside it is a platform too: EXCHANGE_AS_PLATFORM, round 25's gold)
        (
            "支持国家对外文化贸易基地（深圳）、深圳文化产权交易所创新发展",
            {"国家对外文化贸易基地（深圳）", "深圳文化产权交易所"},
        ),
        ("统筹建设中国高质量数据集产业基地（南京），积极创建", {"中国高质量数据集产业基地（南京）"}),
        ("推进苏州工业园区国际商务合作中心（新加坡）等建设", {"苏州工业园区国际商务合作中心（新加坡）"}),
        # PROMOTION_CENTRE_AHEAD: 推进 glued to 中心 after a name word is the centre's word (round 24, 深圳)
        ("支持国际先进技术应用推进中心（深圳）建设", {"国际先进技术应用推进中心（深圳）"}),
        ("加快推进中心建设", set()),
        # not a named instance of the kind in the bracket (heldout23)
        ("依托国家级新区（重庆两江新区）建设", {"重庆两江新区"}),
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


def test_a_province_before_a_dash_is_no_brand() -> None:
    # a province listed before a dash is the place of a name, not a brand; 中试训练场 is an ending
    platforms, institutions = document("建设广西人工智能学院、人工智能实验室、广西—东盟具身智能中试训练场等科创平台。")
    assert "广西" not in institutions
    assert "广西—东盟具身智能中试训练场" in platforms


def test_quoted_number_is_part_of_a_name() -> None:
    # COUNTED: digits closing a quoted word name a hotline, not a count; also a count stays one.
    platforms, _ = document("建设“江西12345”政务服务热线平台，实现全省政务服务“一号对外”。建设3个公用辅助研发平台。")
    assert platforms == {"“江西12345”政务服务热线平台"}


def test_framed_names_listed_before_a_class_of_platforms() -> None:
    # PLATFORM_LIST_AFTER for framed endings: names listed before "…三大子平台" or "等…平台" are
    # platforms whatever the verb; also a list of plain words is still no platform.
    platforms, _ = document(
        "阿坝州大数据中心平台包括：阿坝州共享交换平台、阿坝州数据开放平台、阿坝州政务数据资源池三大子平台。"
        "发挥市场与平台等作用。"
    )
    assert platforms == {"阿坝州共享交换平台", "阿坝州数据开放平台", "阿坝州政务数据资源池"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EGOV_NETWORKS: the e-government networks a level runs are names without a word of their own
        ("浙江建设全省统一的政务服务网，覆盖各级政府机关。", {"政务服务网"}),
        ("依托电子政务外网开展网上行政执法。", {"电子政务外网"}),
        # also: a firm's network is a kind, and a tier or 各 makes a class
        ("加快企业内网升级改造。推进工业互联网外网建设。", set()),
        ("建设省级政务服务网。完善各地政务服务网。", set()),
    ],
)
def test_e_government_networks(text: str, expected: set[str]) -> None:
    platforms, _ = document(text)
    assert platforms == expected


def test_demonstration_parks_and_parks_named_for_joint_development() -> None:
    # 示范园 is a park ending (a plain word before it is a kind, PLAIN_HEAD_ENDINGS); 发展 before a
    # park belongs to its name (_GUARDED_ANCHORS 发展).
    platforms, _ = document(
        "加快推进西宁绿电智算融合示范园、海东零碳算力产业园、海南算电协同发展产业园建设。"
        "支持建设现代农业示范园。加快发展产业园区。"
    )
    assert platforms == {"西宁绿电智算融合示范园", "海东零碳算力产业园", "海南算电协同发展产业园"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 航天港, 陆港, 科技新城 are park endings; PLATFORM_LIST_AFTER: names listed before "等…园区"
        ("推动烟台东方航天港融入国家商业航天布局。", {"烟台东方航天港"}),
        ("推进国家物流枢纽和银川陆港等5个物流园区建设。", {"银川陆港"}),
        ("在海口美安科技新城等三个园区试行六项改革措施。", {"海口美安科技新城"}),
        # 暨 opens the name after it
        ("推进文物事业高质量发展暨上海杨浦国家文物保护利用示范区建设。", {"上海杨浦国家文物保护利用示范区"}),
        # also: a bare inland port is a class; a network of stations is no station (CONTINUATION 站网),
        # it is named whole as a network (监测站网, round 14: "…水土保持监测站网" is gold there; may here)
        ("推进国际陆港建设。", set()),
        ("完成长江口和省市边界水文水质监测站网建设。", {"长江口和省市边界水文水质监测站网"}),
    ],
)
def test_ports_new_towns_and_station_networks(text: str, expected: set[str]) -> None:
    platforms, _ = document(text)
    assert platforms == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government body's or a court's platform carries its name (OWNER_KINDS, heldout6)
        ("建设国家药品监督管理局政务服务平台，包括政务服务管理平台", "国家药品监督管理局政务服务平台"),
        ("以大数据平台为基础，建设完善人民法院审判管理工作平台，支持可视化展示", "人民法院审判管理工作平台"),
        ("推进最高人民法院智能语音云平台与各高级人民法院平台的对接", "最高人民法院智能语音云平台"),
    ],
)
def test_a_body_s_platform_keeps_the_body_s_name(text: str, expected: str) -> None:
    assert (expected, "platform") in all_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # websites, site groups and sensing networks a plan builds (FRAMED_PLATFORM_ENDINGS, heldout6)
        ("二、积极推进中央政府门户网站建设，构建政府网站服务体系。", [("中央政府门户网站", "platform")]),
        ("全面推进中国林业网站群建设，建立架构一致的网站群", [("中国林业网站群", "platform")]),
        ("加快建设天空地一体化水利感知网，实现大中型水库", [("天空地一体化水利感知网", "platform")]),
        # also: every government's portal is a class (NOT_A_PLATFORM)
        ("起草了规范政府门户网站建设与管理的意见", []),
    ],
)
def test_websites_and_networks_a_plan_builds(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level of government names its own exchange, platform or store (LEVEL_PLATFORM_PREFIX,
        # heldout7 sd-digital-2019, sd-digiinno-2023; heldout6 qd-iip-2023)
        ("规范交易行为，争取建设省大数据交易中心（省大数据局牵头）", ["省大数据交易中心"]),
        ("建设省大数据创新平台，支持大数据领域重点实验室建设", ["省大数据创新平台"]),
        ("发挥省技术成果交易中心等专业机构作用", ["省技术成果交易中心"]),
        ("依托全省基础信息资源库建立全省经济运行监测体系", ["全省基础信息资源库"]),
        # also: a level's centres and bases are designations it grants to many; 省部级 is two tiers
        ("将符合条件的平台纳入省概念验证中心管理", []),
        ("布局建设省新质生产力产业基地。", []),
        ("建设省部级科研平台。", []),
    ],
)
def test_a_level_of_government_names_its_own_platform(text: str, expected: list[str]) -> None:
    assert [n for n, c in all_names(text) if c == "platform"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand quoted with a straight closing quote keeps it (PLACE_IN_NAME, QUOTE_CLOSED_STRAIGHT);
        # 发挥好 opens no name (round 7)
        ('扩大试点范围，发挥好“鲁科融"融资路演平台作用，引导金融机构', [('“鲁科融"融资路演平台', "platform")]),
        # nodes of a national network (FRAMED_PLATFORM_ENDINGS 超级节点), either quote
        ('健全工业互联网标识解析体系，深化“星火·链网"济南超级节点建设。', [('“星火·链网"济南超级节点', "platform")]),
        ("推动建设“星火链网”济南超级节点，加快建设", [("“星火链网”济南超级节点", "platform")]),
        # a library or museum online is a platform (PLATFORM_ENDINGS 数字图书馆, 网络博物馆)
        (
            "打造一批林业文化馆，包括智慧林业数字图书馆、智慧林业网络博物馆等",
            [("智慧林业数字图书馆", "platform"), ("智慧林业网络博物馆", "platform")],
        ),
        # also: a quoted "one X, many Y" names a tier system of platforms (NUMBERED_CONCEPT)
        ('优化“一超多专"工业互联网平台体系，保持领先地位', []),
        # also: a museum is still a venue
        ("参观上海博物馆", [("上海博物馆", "institution")]),
    ],
)
def test_straight_quotes_network_nodes_and_online_venues(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


def test_a_count_of_times_and_every_city_s_government() -> None:
    """两次 opens no name (ANCHOR_WORDS); 城市人民政府 is every city's (LEVELS_ONLY_BODY), heldout6."""
    assert all_names("社会公开征求意见，两次国家核安全局专家委员会审议") == [("国家核安全局专家委员会", "institution")]
    assert all_names("以下统称为城市人民政府。") == []


def test_a_table_of_contents_names_no_platform() -> None:
    """A contents line (dot leader, page number) names a section, not a platform the plan builds
    (TOC_LINE_END, heldout6 nat-cityexam-std-2020); the body's sentence still does."""
    contents = "目次\n附录 F：体检评估基础数据库建设.......................................38\n"
    assert document(contents)[0] == set()
    body = contents + "\n一、总则\n加快推进体检评估基础数据库建设。\n"
    assert document(body)[0] == {"体检评估基础数据库"}


def test_a_science_town_keeps_its_host() -> None:
    """HOSTED_TOWN_ENDINGS (heldout6): the academy's town at 济南 is one name; the academy is named too."""
    platforms, institutions = document("加快中科院济南科创城等重大载体建设。")
    assert platforms == {"中科院济南科创城"}
    assert "中科院" in institutions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted brand before 平台 names it whatever the verb (QUOTED_BRAND_PLATFORM)
        ('申报主体通过“青岛政策通"平台提交申请。', {'“青岛政策通"平台'}),
        # also: a two-character campaign is a kind
        ("积极搭建“双创”平台", set()),
        # a quoted status before 集聚区 is a kind of park, the close straight or curly (QUOTED_STATUS_PARK)
        ('参照《崂山区推动“四新经济"集聚区建设的奖励办法》执行。', set()),
        # a firm's product on the line after the firm in a flattened directory table (FIRM_LINE)
        ("6\n唐山成联电子商务有限公司\n银兴陶电子交易平台 \n陶瓷交易洽谈会\n", {"银兴陶电子交易平台"}),
        # also: the same line after a line that is not a firm's name is not named
        ("6\n陶瓷行业服务\n银兴陶电子交易平台 \n陶瓷交易洽谈会\n", set()),
    ],
)
def test_brands_and_table_products(text: str, expected: set[str]) -> None:
    assert document(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long platform name the plan gives a short form for is one platform (DEFINED_SHORT_AFTER)
        (
            "并同步在专业技术人才知识更新工程公共服务平台(以下简称工程服务平台，网址:zsgx.mohrss.gov.cn)网上申报。",
            {"专业技术人才知识更新工程公共服务平台"},
        ),
        # also: a short kind abbreviated stays a kind (DEFINED_SHORT_MIN)
        ("建设自由贸易试验区（以下简称自贸试验区）是党中央的决策", set()),
        # 适用于 is no part of a name; two anchors sharing a character (对接 | 接入) cut after both
        (
            '本细则适用于青岛市人工智能产业园智算谷（以下简称“园区"），以青岛国际创新园为核心。',
            {"青岛市人工智能产业园智算谷", "青岛国际创新园"},
        ),
        (
            "加强对接入国家智慧教育公共服务平台（以下简称国家智慧教育门户）的各级平台的管理",
            {"国家智慧教育公共服务平台"},
        ),
    ],
)
def test_defined_short_forms(text: str, expected: set[str]) -> None:
    assert document(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "platforms", "institutions"),
    [
        # 对外 is a word of the name, not the preposition 对 (_GUARDED_ANCHORS)
        ("加快建设全市统一的对外投资合作服务平台。", {"对外投资合作服务平台"}, set()),
        # 同城 opens a name, though jieba reads 同 as a preposition (NOT_PREPOSITION_OPENINGS)
        ("加快建设政务云平台、同城容灾中心。", {"政务云平台", "同城容灾中心"}, set()),
        # digits before 世纪 number a century, no count (COUNTED)
        ("12王明男中国21世纪议程管理中心研究员", set(), {"中国21世纪议程管理中心"}),
    ],
)
def test_left_edges_of_words_that_look_like_cuts(text: str, platforms: set[str], institutions: set[str]) -> None:
    assert document(text) == (platforms, institutions)


def test_platform_of_the_nation_counts_without_a_frame() -> None:
    """NATIONAL_PLATFORM (round 11): one information platform of the nation, even where every body
    uses it ("各级部门应推广…"); a platform of each region (EACH_OWN_REGION) is a class."""
    platforms, _ = document(
        "将数据及时、完整、准确归集到国家交通运输信息平台。各级部门应积极宣传、推广全国项目信用平台。"
        "各地可根据需求，建立完善本行政区生态保护监管平台。"
    )
    assert {"国家交通运输信息平台", "全国项目信用平台"} <= platforms
    assert not any(name.startswith("本行政区") or name == "生态保护监管平台" for name in platforms)


def test_platform_the_writer_calls_its_own() -> None:
    """OWN_BODY_OPENING (round 11): "登录我部政务服务综合平台" names the ministry's one platform."""
    platforms, _ = document("请于开班前10个工作日登录我部政务服务综合平台报名。")
    assert "政务服务综合平台" in platforms
    assert not any(name.startswith("我部") for name in platforms)


def test_common_noun_joined_to_a_placed_platform_is_no_part_of_it() -> None:
    """COMMON_NOUN_TAG, PROPER_AFTER_CONJUNCTION_TAGS (round 11): "项目与沈抚工业区", "正线和浑南车辆基地";
    also: "教育和科研计算机网" stays one name or none, never cut to 科研计算机网."""
    platforms, _ = document("建立项目与沈抚工业区、地方人民政府的联动机制。")
    assert "沈抚工业区" in platforms
    assert not any(name.startswith("项目") for name in platforms)
    platforms, _ = document("建设教育和科研计算机网。")
    assert "科研计算机网" not in platforms


def test_platform_in_a_title_starts_after_about() -> None:
    """TITLE_ABOUT (round 11): a title's issuer and 关于 are no part of the platform it names."""
    platforms, _ = document("辽宁省能源局关于华晨动力电池沈阳基地项目二期节能报告的审查意见")
    assert not any("关于" in name for name in platforms)


def test_an_international_organisation_owns_its_platform() -> None:
    # OWNER_KINDS: the organisation's own platform keeps its name in front (and the body is named too)
    assert framed("推动建设世界气象组织灾害预警信息共享平台。") == [
        ("世界气象组织", "institution"),
        ("世界气象组织灾害预警信息共享平台", "platform"),
    ]


def test_innovation_and_development_is_a_noun_inside_a_name() -> None:
    # 创新发展 does not cut a name as the verb 发展 does (ANCHOR_WORDS, _GUARDED_ANCHORS)
    assert framed("规划建设统一的郑州市数字经济创新发展成果展示平台。") == [
        ("郑州市数字经济创新发展成果展示平台", "platform")
    ]


def test_a_places_cloud_for_a_field_is_one_platform() -> None:
    # PLACE_CLOUD_PLATFORM_ENDING (heldout5): 云 is what the platform is, not a leftover character;
    # the place and the field name it. Without a place it stays a kind.
    assert framed("依托甘肃医疗云平台推进远程会诊。") == [("甘肃医疗云平台", "platform")]
    assert framed("鼓励学校接入教育云平台。") == []


def test_content_before_a_database_tier_names_the_database() -> None:
    # CONTENT_TIER_DATABASE (heldout5): "水信息" before 基础数据库 is its content (the leftover
    # character 水 is no reason to drop it); a bare tier or "相关…" stays a kind (TIER_DATABASE).
    assert framed("完善水资源基础数据库，推进共享。") == [("水资源基础数据库", "platform")]
    assert framed("建立主题数据库和相关基础数据库。") == []


def test_an_open_calls_direction_heading_is_a_kind() -> None:
    # OPEN_CALL_DIRECTION_AFTER (heldout8): a numbered direction of a 揭榜挂帅 call names the kind of
    # centre applicants may build; a heading followed by what is built is still a platform.
    heading = "完善评价规范。\n　　3.康复机器人临床试验中心\n　　{label}：面向典型产品，建设试验环境。\n"
    assert framed(heading.format(label="揭榜任务")) == []
    assert framed(heading.format(label="建设内容")) == [("康复机器人临床试验中心", "platform")]


def test_include_after_contents_opens_no_name() -> None:
    # _GUARDED_ANCHORS 含 (heldout10): after 内容/范围 it is the verb "include", so a bare park
    # ending after it is no name; 含 opening a word ("含氟") is still part of a name.
    assert framed("考核内容含园区建设进度和资金使用情况。") == []
    assert framed("推进含氟材料研发中心建设。") == [("含氟材料研发中心", "platform")]


def test_a_superlative_role_is_no_platform() -> None:
    # data/plans, sh-stic-14: 张江科学城 is to become the best practice zone; the zone is a role.
    text = "围绕活力四射的张江科学城，构建“政产学研金服用”系统集成创新的最佳实践区，打造上海自主创新的最高峰。"
    assert ("最佳实践区", "platform") not in all_names(text)
    # also: a practice zone with a proper name stays one ("虹桥科技成果综合实践区", sh-sti-12)
    assert ("虹桥科技成果综合实践区", "platform") in all_names("着力实施虹桥科技成果综合实践区建设。")


def test_economic_zone_short_form_opens_a_platform_name() -> None:
    """NOT_PREPOSITION_OPENINGS: 经开区 is a zone (jieba "经/p 开区"), not a preposition (round 15)."""
    names = framed("基于全市数字能源智慧管理平台，建设经开区数字能源智慧管理平台，打造数字能源一体化平台。")
    assert ("经开区数字能源智慧管理平台", "platform") in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heldout18 pd-carbonpeak-2022: zones named as subjects (a new area, a science town, the areas of
        # a pilot zone) and districts named by their place in a list (NEW_AREA_ZONE_ENDINGS)
        ("临港新片区加快研究制定低碳发展行动方案，推动创建低碳实践区。", [("临港新片区", "platform")]),
        (
            "张江科学城依托张江综合性国家科学中心建设，编制专项报告。",
            [("张江科学城", "platform"), ("张江综合性国家科学中心", "platform")],
        ),
        ("自贸试验区陆家嘴片区积极引导绿色金融创新，鼓励开展ESG信息披露。", [("自贸试验区陆家嘴片区", "platform")]),
        (
            "推进临港产业区、金桥经济技术开发区持续开展示范园区建设。",
            [("临港产业区", "platform"), ("金桥经济技术开发区", "platform")],
        ),
        ("推进临港国际创新协同区等低碳发展实践区创建。", [("临港国际创新协同区", "platform")]),
        # also: a body and its verbs before the ending make no subject (heldout6 sh-lingang-2019); a district
        # after a firm is the firm's site (heldout18 sd-yulong-eia-2020); a bare new area has no name
        ("管委会应当充分运用国家赋予新片区的自主发展管理权限。", []),
        ("如期完成海阳市丰源热力有限公司临港产业区热源厂燃煤锅炉关停。", [("海阳市丰源热力有限公司", "institution")]),
        ("新片区建设国际医疗服务集聚区。", []),
    ],
)
def test_zones_as_subjects_and_districts_by_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


def test_a_joined_party_committee_and_government_is_no_body() -> None:
    # JOINED_PARTY_GOVERNMENT (heldout18 sz-vpp-measures-2024): the leadership cited as one word
    text = "全面落实省委省政府关于构建新型能源体系有关工作部署，以及市委市政府工作安排。"
    assert all_names(text) == []
    # also: a body of a place stays one
    assert ("深圳市人民政府", "institution") in all_names("深圳市人民政府印发实施方案。")


def test_the_issuing_levels_own_platform_named_by_its_tier() -> None:
    # OWN_TIER_PLATFORM, TERRITORY_WORD: in a province's excerpt (heldout15 fj-charging-2024, heldout4
    # hl-gwr-2026, heldout6 sd-mfginno-2023) the tier names the province's one platform or store
    province = (
        "推进全省充电设施建设，全省统一规划。依托省级充电基础设施监管服务平台，强化数据交换共享。"
        "建立省级科技计划项目成果库。"
    )
    platforms, _ = document(province)
    assert {"省级充电基础设施监管服务平台", "省级科技计划项目成果库"} <= platforms
    # also: counted tiers and designations stay classes; a ministry's text names each province's
    assert "省级中试平台" not in document("全省推进转化。新认定省级中试平台10家。")[0]
    assert "省级中小企业公共服务示范平台" not in document("全省推进。建设省级中小企业公共服务示范平台。")[0]
    nation = "全国统一部署，全国推进。推动省级生态保护红线监管平台建设，实现与国家平台互联互通。"
    assert "省级生态保护红线监管平台" not in document(nation)[0]


def test_a_part_of_a_quoted_formula_is_no_platform() -> None:
    # FORMULA_PART (heldout18 cq-fyp15-ai-2026): the lab closes a quoted model of parts joined by +
    assert all_names("积极探索人工智能驱动的“科创大脑+未来实验室”新型科研范式。") == []
    # also: a quoted formula before the ending stays in the name
    assert all_names("推进“互联网+义务教育”实验区建设。") == [("“互联网+义务教育”实验区", "platform")]


def test_a_name_adverb_after_a_place_is_part_of_the_body() -> None:
    # NAME_ADVERBS (heldout18 sz-vpp-measures-2024): 深汕/ns 特别/d is no verb before the body
    text = "（市场监管局、各区政府（含大鹏新区管委会、深汕特别合作区管委会，下同）负责）"
    assert ("深汕特别合作区管委会", "institution") in all_names(text)
    assert ("合作区管委会", "institution") not in all_names(text)


def test_the_writers_unit_and_some_of_a_kind() -> None:
    # PRONOUN_UNIT, SOME_OF_OPENING (heldout18 sd-yulong-eia-2020, nat-envstandards-reply-2020)
    text = "将批准后的环境影响报告书分送我部华东督察局、海河流域北海海域生态环境监督管理局。"
    assert ("华东督察局", "institution") in all_names(text)
    assert ("我部华东督察局", "institution") not in all_names(text)
    assert all_names("部分省级人民政府也出台了相关标准进一步防范环境风险。") == []


def test_a_community_in_an_address_is_no_body() -> None:
    # ADDRESS_COMMITTEE (heldout18 nc-energy-stations-2025): a station table's address column
    row = "| 3 | 龙岩河加油站 | 重庆市南川区东城街道办事处水龙岩河居委7组 | 三级 | 120 | 国有 |\n"
    _, institutions = document("表1 加油站统计表\n\n| 序号 | 站点名称 | 详细地址 | 等级 | 规模 | 性质 |\n" + row)
    assert not any(name.endswith("居委") for name in institutions)


def test_an_expanded_exchange_point_and_a_places_data_centre_cluster() -> None:
    # 扩容 in PLATFORM_FRAME, 数据中心集群 in ONE_PER_PLACE (heldout18 cq-fyp15-ai-2026)
    assert framed("扩容重庆国家级互联网骨干直联点，建设区块链数字基础设施。") == [
        ("重庆国家级互联网骨干直联点", "platform")
    ]
    assert ("重庆数据中心集群", "platform") in all_names("构建重庆数据中心集群与跨域共享协同发展的算力供给体系。")


def test_a_list_goes_on_after_yiji() -> None:
    # LIST_CONTINUED_CLAUSE (round 54, 广州's outline box): the parks after "，以及" are built as the ones before
    text = "建设从化明珠工业园，以及番禺钻汇时尚产业园、番禺现代数智时尚产业园等。"
    assert ("番禺钻汇时尚产业园", "platform") in framed(text)
    assert ("番禺现代数智时尚产业园", "platform") in framed(text)
    # also: no deploying verb in the clause before, no list continued
    assert ("番禺钻汇时尚产业园", "platform") not in framed("据统计，以及番禺钻汇时尚产业园等。")
    # … nor a name that qualifies what is built (LIST_CONTINUED_ITEM_END; sh-sti-12's section gold)
    text = "建设压力实验室等海洋研究实验室群，以及东海海底观测试验网的仪器装备等重大科研设施。"
    assert ("东海海底观测试验网", "platform") not in framed(text)


def test_a_districts_quoted_park_brand() -> None:
    # DISTRICT_QUOTED_BRAND (round 54, 广州's outline; round 53, 上海's outline)
    platforms, _ = document("建设白云“白云美湾”、花都“中国美都”、黄埔“南方美谷”、从化“湾区美谷”等时尚产业载体。")
    assert {"白云美湾", "中国美都", "南方美谷", "湾区美谷"} <= platforms
    platforms, _ = document("支持杨浦滨江打造平台经济创新活力场，提高长宁“上海硅巷”创新浓度。")
    assert "上海硅巷" in platforms
    # also: a slogan counted after a place, and a brand no clause deploys
    platforms, _ = document("到2035年，上海“五个中心”功能全面升级，长宁“上海硅巷”人气很旺。")
    assert not platforms & {"五个中心", "上海硅巷"}
    # … a campaign for a kind of city, a one-word brand, a region's brand after a longer place (rounds 15, 34, 45)
    platforms, _ = document("加大推进苏州市“无废城市”建设，深化企业上市“千里马”行动，共同建设环珠江口“黄金内湾”。")
    assert not platforms & {"无废城市", "千里马", "黄金内湾"}


def test_a_chapter_titled_for_the_citys_role_lists_no_platforms() -> None:
    # _platform_list_title, ROLE_NAME (round 54, 广州's outline): "做强全国先进制造业基地" heads industries
    text = (
        "第三章 做强全国先进制造业基地\n\n第一节 全力稳住支柱产业\n\n01\n\n电子信息\n\n"
        "重点发展面板，建设增城新型显示价值创新园等。\n\n02\n\n时尚消费品\n\n重点发展纺织服装，建设从化明珠工业园等。\n"
    )
    platforms, _ = document(text)
    assert not platforms & {"电子信息", "时尚消费品"}
    assert "增城新型显示价值创新园" in platforms
