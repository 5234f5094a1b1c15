"""Verbs and frames around a name: which verbs anchor a platform or a body (建设, 推广应用, 形成,
报, 规定…), where a clause's verbs, prepositions and function words end before a name begins, and
verbs that open no name (责令, 建议, 助力, 整治, 改建…).

Each case is a clause from a dev or scored held-out excerpt that showed the general cause (the
rounds are told in tests/realworld/README.md); guards ("also…") pin what a rule must leave alone."""

from __future__ import annotations

import pytest

from plankg.loaders.extract import entities as ent
from plankg.loaders.extract.mentions import unit_lists
from tests.extracting import all_names, document, framed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of using, connecting, fostering, laying down, reporting to, setting up (ANCHOR_WORDS)
        (
            "充分利用全国一体化在线政务服务平台，在确保信息安全的前提下",
            [("全国一体化在线政务服务平台", "platform")],
        ),
        ("报司法部备案", [("司法部", "institution")]),
        ("明确规定生态环境部负责监督", [("生态环境部", "institution")]),
        # also: 设 of 建设部 is no verb
        # forming a platform builds it (PLATFORM_FRAME 形成)
        ("逐步形成集数据储存、共享功能于一体的行政执法数据中心", [("行政执法数据中心", "platform")]),
    ],
)
def test_verbs_that_anchor_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


def test_a_one_character_verb_anchor_leaves_a_ministry_whole() -> None:
    """设 is a verb of setting up (ANCHOR_WORDS), but not inside 建设部."""
    from plankg.loaders.rules.names import ANCHOR

    assert "设" not in [m.group() for m in ANCHOR.finditer("水利部、建设部、交通部")]
    assert "设" in [m.group() for m in ANCHOR.finditer("省级人民政府设监管工作平台")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of managing and spreading (ANCHOR_WORDS 推广应用, PLATFORM_FRAME 推广)
        ("推广应用国家农产品质量安全追溯平台，扩大覆盖面", [("国家农产品质量安全追溯平台", "platform")]),
    ],
)
def test_verbs_of_managing_and_spreading(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # BODY_CUT_TAGS: a government body starts after the clause's last verb (nx-gov-report-2026,
        # nat-surface-water-interp-14: texts of the segmentation dev set, no entity gold)
        ("今年已有3起成功避险避灾案例获应急管理部通报表扬", [("应急管理部", "institution")]),
        ("水利部的流域水环境保护职责划转生态环境部。", [("水利部", "institution"), ("生态环境部", "institution")]),
        # … not where the cut would drop a generic word ("相关区政府" is generic, not 区政府)
        ("相关行业主管部门和相关区政府（以下统称专区监管部门）落实", []),
        # … and not inside names whose words jieba tags as nouns (guard)
        ("国务院职业教育工作部际联席会议负责统筹", [("国务院职业教育工作部际联席会议", "institution")]),
        # 迈向 and 构筑 are verbs before a class (ANCHOR_WORDS)
        ("推动高校迈向世界一流大学", []),
        ("构筑高水平科学研究和人才培养基地", []),
    ],
)
def test_bodies_after_the_clause_s_last_verb(text: str, expected: list[tuple[str, str]]) -> None:
    found = ent.apply_frames(text, ent.find_mentions(text))
    assert [(m.name, m.category) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # FUNCTION_WORD_TAGS: a name opens after a preposition or conjunction jieba finds at its start
        ("听取了湖北省地震局的汇报。据湖北省地震局报告：", [("湖北省地震局", "institution")] * 2),
        ("七、关于德阳重大技术装备基地建设问题。", [("德阳重大技术装备基地", "platform")]),
        # and where nothing is left that can be a name, there is none ("关于公司制股份制改革")
        ("一、关于公司制股份制改革", []),
        # CLAUSE_CUT_TAGS: an institution after a verb or locative of its clause, before a place or person
        ("修缮上海水产公司渔船修理所旧址", [("上海水产公司", "institution")]),
        ("“百年根脉”红色文化中陈望道旧居等红色教育场馆", [("陈望道旧居", "institution")]),
        # also: names with verbs of their own stay whole
        ("组建上海技术转移学院", [("上海技术转移学院", "institution")]),
        ("三峡库区地质灾害防治工作指挥部等单位专家", [("三峡库区地质灾害防治工作指挥部", "institution")]),
        # _organisation_tail: an organisation jieba knows, opening with its place, after common words
        ("建议湖北省人民政府按照专家组意见", [("湖北省人民政府", "institution")]),
        # also: a ministry whose last word jieba knows stays whole
        ("（人力资源社会保障部、财政部负责）", [("人力资源社会保障部", "institution"), ("财政部", "institution")]),
        # ADVERB_TAGS: verbs and adverbs before a bare ending are a clause
        ("切实维护银行债权安全", []),
        # BODY_VERB_TAGS: a verb between two bodies ends the first
        (
            "国家粮食应急工作指挥部下设办公室，负责日常工作。",
            [("国家粮食应急工作指挥部", "institution")],
        ),
        # also: 附属 (tagged b) keeps a hospital with its university
        ("上海交通大学医学院附属瑞金医院", [("上海交通大学医学院附属瑞金医院", "institution")]),
        # _second_place_name: a platform candidate with two places and a verb between is two phrases
        (
            "东区污水处理厂旧址研究建造上海百年排水科技园，宣传城市水处理事业发展进程。",
            [("上海百年排水科技园", "platform")],
        ),
        # also: one place keeps its verbs
        ("加快建设国家超算深圳中心", [("国家超算深圳中心", "platform")]),
        # PLATFORM_FRAME: finishing a platform builds it
        ("完成西藏南路隧道数字孪生平台试点。", [("西藏南路隧道数字孪生平台", "platform")]),
        # a verb and a bare ending (VERB_HEAD_TAGS), not for firms
        ("吸纳博物馆、景区等周边资源", []),
        ("上药集团", [("上药集团", "institution")]),
        # 经 before a government that approves opens it
        ("经省级人民政府批准，", []),
    ],
)
def test_clause_cuts_and_function_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert framed(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("经调查，责令左权县人民政府立即整改。", "左权县人民政府"),
        ("建议中国第一重型机械集团公司承担大型锻件的研制任务。", "中国第一重型机械集团公司"),
    ],
)
def test_an_order_or_a_recommendation_opens_no_name(text: str, name: str) -> None:
    # 责令, 建议 (round 4): the body is the object of the verb, the verb is not part of its name.
    found = {n for n, _ in framed(text)}
    assert name in found and not any(n.endswith(name) and n != name for n in found)


def test_helping_opens_no_name() -> None:
    _, institutions = document("拓展区校、政企、馆际合作，助力博物馆“火”起来。")
    assert institutions == set()


def test_rectifying_opens_no_name() -> None:
    _, institutions = document("整治银行强制搭售产品、超公示标准收费等违规行为。")
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


def test_existential_verb_ends_the_clause_before_a_name() -> None:
    # EXISTENTIAL_VERBS: "建设单位有天津钢厂" names 天津钢厂; also a firm's own one-character
    # words stay ("上海可鲁系统软件有限公司").
    _, institutions = document("限额以下的建设单位有天津钢厂、唐山钢厂等二三个。支持上海可鲁系统软件有限公司发展。")
    assert institutions == {"天津钢厂", "唐山钢厂", "上海可鲁系统软件有限公司"}


def test_building_and_coordinating_inside_a_platform_name() -> None:
    # _GUARDED_ANCHORS 建设, 发展, 协调: a platform named for directing building or for coordinating
    # keeps those words; 工程建设 is a noun. Also the verb 协调 alone still opens no name.
    platforms, _ = document(
        "市级层面建立全市轨道交通发展协调平台，建立衔接高效的管理体制。"
        "发挥市生活垃圾设施建设指挥平台协调机制，压实各区主体责任。"
        "建设涵盖市、区两级108个部门的工程建设项目审批管理平台；设立“一个窗口”。"
        "协调长三角科技资源。"
    )
    assert platforms == {"全市轨道交通发展协调平台", "市生活垃圾设施建设指挥平台", "工程建设项目审批管理平台"}


def test_preposition_inside_a_candidate_ends_the_clause() -> None:
    # INNER_PREPOSITION_MIN: "…人民政府按照州人民政府…" is not one name; also 按照 opening a
    # candidate was already cut, and a firm's name keeps its one-character words.
    _, institutions = document("县（市）人民政府按照湖北省人民政府政务数据资源管理要求，统筹协调。")
    assert institutions == {"湖北省人民政府"}


def test_place_and_organisation_are_two_actors() -> None:
    # PLACE_CONJUNCT_NEXT_TAGS: "闵行区和城投集团" names the group; also places sharing a name stay.
    _, institutions = document("由闵行区和城投集团负责。支持长三角和长江经济带发展研究院建设。")
    assert institutions == {"城投集团", "长三角和长江经济带发展研究院"}


def test_rebuilding_opens_no_name() -> None:
    # ANCHOR_WORDS 改建: like 新建 and 扩建, a verb before the works it rebuilds.
    _, institutions = document("同时，恢复和改建本溪钢铁公司、马鞍山铁厂的高炉。")
    assert institutions == {"本溪钢铁公司", "马鞍山铁厂"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PLATFORM_FRAME 纳入, 接入: bringing data or work into a platform relies on it (heldout5)
        ("将古树名木位置纳入规划大机平台管理。", {"规划大机平台"}),
        ("将各区可回收物信息接入浙江“浙里办”平台。", {"浙江“浙里办”平台"}),
        # ON_PLATFORM: work done on a platform relies on it
        ("作为规划管理要素在规划大机平台上标注。", {"规划大机平台"}),
        ("在全国信用信息共享平台上公示。", {"全国信用信息共享平台"}),
        # also: a bare kind is still a class, and 上线 is a verb of its own
        ("在平台上公示。", set()),
        ("将信息纳入平台。", set()),
    ],
)
def test_bringing_into_and_working_on_a_platform(text: str, expected: set[str]) -> None:
    platforms, _ = document(text)
    assert platforms == expected


def test_a_person_before_a_conjunction_is_no_part_of_a_body() -> None:
    # PERSON_TAG: a person's name alone before 和 ends the clause before the body after it; also a
    # place before 和 still does ("闵行区和城投集团", PLACE_CONJUNCT_NEXT_TAGS).
    _, institutions = document(
        "其他3名直接责任人芦艾林、范先红和河南村村民委员会主任被移交司法机关。由闵行区和城投集团负责。"
    )
    assert institutions == {"河南村村民委员会", "城投集团"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a labelled list of lead and responsible units (UNIT_LIST_LABEL, heldout6: 济南, 青岛)
        (
            "（牵头单位：市委组织部，责任单位：市委编办、市科协、市口岸物流办、各区市）",
            ["市委组织部", "市委编办", "市科协", "市口岸物流办"],
        ),
        (
            "（牵头单位：市地方金融监管局、人民银行济南分行营管部、人民银行莱芜市中心支行）",
            ["市地方金融监管局", "人民银行济南分行营管部", "人民银行莱芜市中心支行"],
        ),
        # a bracket of units closed by a verb of leading (UNIT_LIST_BRACKET, heldout6: 山东)
        (
            "（省大数据局牵头，省委组织部、省财政厅、省档案馆按职责分工负责）",
            ["省大数据局", "省委组织部", "省财政厅", "省档案馆"],
        ),
        # a standard's drafting units: a 中心 there is the agency (heldout6: two ministries' standards)
        (
            "本文件起草单位：北京华易智美城镇规划研究（有限合伙）、青岛市综合行政执法支队、宁波市智慧城管中心。",
            ["北京华易智美城镇规划研究（有限合伙）", "青岛市综合行政执法支队", "宁波市智慧城管中心"],
        ),
        # also: the part after 等 says which others generically; a verb after the body is no unit
        ("（财政部、商务部等和各有关省级人民政府负责）", ["财政部", "商务部"]),
        ("（商务部指导，各地负责）", []),
    ],
)
def test_units_of_a_list_of_lead_or_drafting_units(text: str, expected: list[str]) -> None:
    assert [m.name for m in unit_lists(text)] == expected


def test_a_drafting_unit_centre_is_an_institution() -> None:
    """Before: "深圳市规划国土发展研究中心" of a standard's drafting units came out a platform."""
    platforms, institutions = document(
        "本规程起草单位：北京市规划和自然资源委员会、中国国土勘测规划院、深圳市规划国土发展研究中心、重庆市地理信息和遥感应用中心。"
    )
    assert "深圳市规划国土发展研究中心" not in platforms
    assert {"中国国土勘测规划院", "深圳市规划国土发展研究中心", "重庆市地理信息和遥感应用中心"} <= institutions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date before a body (DATE, heldout6: 中山, 上海)
        ("已经2020年4月29日中山市人民政府十五届94次常务会议审议通过", [("中山市人民政府", "institution")]),
        # 是指 defines a term and opens no name (heldout6)
        ("本办法所称政务部门，是指市政府组成部门、直属机构", []),
        # 经商 ("after consulting") before the bodies consulted (heldout6)
        # (the State Council's office is named whole: STATE_COUNCIL_OFFICE, as the heldout6 gold has it)
        ("经商信息产业部、国务院信息办，现答复如下", [("信息产业部", "institution"), ("国务院信息办", "institution")]),
        # 经 before a committee that reviews (heldout6)
        (
            "经国家科学技术奖励评审委员会评审、科技部审核",
            [("国家科学技术奖励评审委员会", "institution"), ("科技部", "institution")],
        ),
        # also: 经商 of doing business opens no body
        ("改善经商环境", []),
    ],
)
def test_dates_definitions_and_consultation_open_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 以X为基础 relies on X as 依托 does (RELIED_ON_AFTER, heldout6: a forestry plan); 现有 opens no name
        (
            "以现有森林资源数据库、湿地资源数据库、生物多样性数据库等专题数据库等四项专题库为基础，按照统一的数据库编码",
            [("森林资源数据库", "platform"), ("湿地资源数据库", "platform"), ("生物多样性数据库", "platform")],
        ),
        ("以中国林业基础数据库为基础，通过国家和各地林业部门", [("中国林业基础数据库", "platform")]),
        # also: no 为基础 after it, no frame
        ("以现有森林资源数据库的字段说明", []),
    ],
)
def test_a_platform_relied_on_with_yi_wei(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # building on and logging in to a platform rely on it (PLATFORM_FRAME 基于, 登录; heldout6)
        (
            "基于目前的林业空间地理数据库和遥感影像数据库，构建",
            [("林业空间地理数据库", "platform"), ("遥感影像数据库", "platform")],
        ),
        ("政务部门开放政务数据，应当登录中山市政务数据开放平台上传数据", [("中山市政务数据开放平台", "platform")]),
        # a province's one integrated system is a name (NATIONAL_INTEGRATED, heldout6: 山东)
        ("基本完成全省一体化综合指挥平台建设", [("全省一体化综合指挥平台", "platform")]),
        # … also without the level: the plan's own level is meant (NATIONAL_INTEGRATED)
        ("推进一体化应急指挥平台建设，形成全市统一的支撑体系。", [("一体化应急指挥平台", "platform")]),
        ("完善省一体化大数据平台，搭建行业分平台", [("省一体化大数据平台", "platform")]),
    ],
)
def test_relied_on_platforms_and_integrated_systems(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # data sent into a platform and a platform linked with rely on it (PLATFORM_FRAME 上传至,
        # LINKED_BEFORE/LINKED_AFTER; round 9)
        ("监测数据实时上传至国家大气质量综合管理平台。", [("国家大气质量综合管理平台", "platform")]),
        ("实现与“全国固体废物环境信息平台”互联互通。", [("全国固体废物环境信息平台", "platform")]),
        # the nation's network or platform named by 全国 and what it carries (NATIONAL_ONE_INFRASTRUCTURE)
        ("到2030年，建成全国土壤监测网络。", [("全国土壤监测网络", "platform")]),
        # the nation's monitoring network named as the subject, no verb of building (NATIONAL_NETWORK)
        ("国家近岸海域水质自动监测网络分为固定站和浮标站。", [("国家近岸海域水质自动监测网络", "platform")]),
        ("组织对国家土壤环境监测网的运维工作进行招标。", [("国家土壤环境监测网", "platform")]),
        # a definite data store after a verb of building with its particle (DEFINITE_BUILD_BEFORE)
        ("我部建设了环境信息资源中心，实现数据共享。", [("环境信息资源中心", "platform")]),
        # a sub-platform is named after 子平台 (SUB_PLATFORM)
        ("发布数据平台子平台中国-中亚气候信息共享平台。", [("中国-中亚气候信息共享平台", "platform")]),
        # also: data sent somewhere without 至, a link without 与, a kind of the nation's
        ("上传数据到中央数据库，实现在线监测。", []),
        ("编制数据目录并与市大数据中心对接，是立项条件。", []),
        ("支持全国性监测网络发展。", []),
        ("国家级监测网络分为三类。", []),
    ],
)
def test_platforms_relied_on_by_data_and_links(text: str, expected: list[tuple[str, str]]) -> None:
    platforms, _ = document(text)
    assert sorted(platforms) == sorted(name for name, _ in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 入驻, 租用, 利用 anchor the name and rely on it (ANCHOR_WORDS, PLATFORM_FRAME)
        ("对租用国家超级计算无锡中心服务器开展研发的企业给予补贴。", {"国家超级计算无锡中心"}),
        # … and a count before 入驻 counts the firms, not the base (counted_classes)
        ("力争吸引50家以上企业入驻国家智能网联汽车产业孵化基地，带动产业发展。", {"国家智能网联汽车产业孵化基地"}),
        # also: 数据库技术 is a technology (CONTINUATION); 综合利用 inside a name cuts nothing
        ("利用云计算和分布式数据库技术，提取业务数据。", set()),
        ("推进杨浦国家文物保护利用示范区建设。", {"杨浦国家文物保护利用示范区"}),
    ],
)
def test_settling_in_renting_and_using_rely_on_a_platform(text: str, expected: set[str]) -> None:
    assert document(text)[0] == expected


def test_research_and_building_after_a_name_deploys_it() -> None:
    # AFTER_FRAME: "…研究及建设", "…规划和建设" after a name, as "…建设"
    assert framed("开展省交通运输厅移动执法平台研究及建设，主要包括移动设备管理。") == [
        ("省交通运输厅", "institution"),
        ("省交通运输厅移动执法平台", "platform"),
    ]


def test_lead_department_brackets() -> None:
    """UNIT_LIST_LABEL (round 41, 上海's BeiDou plan): "牵头部门：" / "责任部门：" label a list of lead units too."""
    text = "推进城市治理。（牵头部门：市城运中心、市商务委、市地方金融监管局）"
    assert [m.name for m in unit_lists(text)] == ["市城运中心", "市商务委", "市地方金融监管局"]


def test_lead_unit_read_whole() -> None:
    """UNIT_READ_WHOLE (link._holds): the listed unit "市国防科工办", not the office short form read inside it."""
    text = "加快北斗技术攻关。（牵头部门：市科委、市发展改革委、市国防科工办）"
    assert document(text)[1] == {"市科委", "市发展改革委", "市国防科工办"}


def test_lead_unit_centre_in_list() -> None:
    """LEAD_UNIT_ENDINGS in a labelled list (round 41, 上海's medical-device plan): a 中心 leading a task is a unit."""
    text = "探索建立远程医疗应用场景。（责任单位：市卫生健康委、申康医院发展中心）"
    assert [m.name for m in unit_lists(text)] == ["市卫生健康委", "申康医院发展中心"]


def test_scientific_experimental_site() -> None:
    """PLATFORM_ENDINGS 科学实验场 (round 41, the national emergency plan): the site is a science facility, split
    from the lab joined to it by 和."""
    platforms = document("建设地震科学实验场和地震动力学国家重点实验室。")[0]
    assert platforms == {"地震科学实验场", "地震动力学国家重点实验室"}
