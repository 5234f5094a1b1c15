"""Rules added for the third round of real plan excerpts (issue #13; 2026 government work
reports of 广东, 湖北, 北京, 山西, 上海, 安徽 and the 2018 national FTZ measures). Each case is
the sentence from a dev excerpt that showed the general cause; guards ("also…") pin what the
rule must leave alone."""

from __future__ import annotations

import pytest

from plankg.loaders.extract import entities as ent
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.loaders.text.normalise import normalise
from plankg.pipeline import analyse
from plankg.schema import PlanMeta


def names(text: str) -> list[tuple[str, str, str]]:
    found = ent.apply_frames(text, ent.find_mentions(text))
    for m in found:
        assert text[m.start : m.end] == m.name
    return [(m.name, m.category, m.kind) for m in found]


def test_a_simplified_text_keeps_characters_opencc_would_change() -> None:
    """TRADITIONAL_MIN_SHARE: 昇腾 is a brand in a simplified text (gd-gwr-2026), not 升腾."""
    assert "昇腾生态适配中心" in normalise("加快建设具身智能训练场、昇腾生态适配中心等产业创新平台。").text
    assert normalise("臺灣與香港的科技創新中心").text == "台湾与香港的科技创新中心"  # also: traditional text


@pytest.mark.parametrize(
    "text",
    [
        # kinds of stage, zone and sector are generic words (PLATFORM_GENERIC_WORDS)
        "更多布局建设概念验证和中试平台，培育引进更多新型研发机构",  # gd; 更多 also (QUANTIFIER)
        "依托企业布局建设产学研协同创新中心",  # hb
        "完善文创园区建设、文化科技融合等支持政策",  # sh
        "推进绿电产业园区建设",  # sx (产业园区 is one ending)
        "梯次布局未来产业孵化基地、科技园和先导区",  # ah
        "支持创新型产业集群示范区更好承接三城研发成果",  # bj
        "高质量建设爱国主义教育基地",  # bj
        "探索打造“高新产业主导、产学研协同”的现代产业生态园区",  # hb
        "打造更多原材料、零部件交易集散平台",  # gd (QUANTIFIER 更多)
        # a rank aimed at without 的 is a role (ROLE_NAME)
        "加快打造世界领先科技园区",  # bj
        # a status applied or competed for (STATUS_SOUGHT)
        "支持鄂州申建空港综保区，支持荆州申建保税物流中心",  # hb
        "支持襄阳争创国家农业高新技术产业示范区",  # hb
        # counts with 间 (COUNTED)
        "一张办公桌、一间办公室、一层办公楼",  # gd
        # associations named by kind alone are a class (INSTITUTION_GENERIC_WORDS)
        "深入整治金融、国企、能源、教育、学会协会、开发区和招标投标等领域腐败",  # sn-gov-report-2026
        # verbs the anchors lacked (ANCHOR_WORDS: 下放至, 从事, 允许)
        "将外商投资设立建筑业资质许可的省级及以下审批权限下放至自贸试验区",  # nat-ftz
        "允许劳务派遣员工从事企业研发中心研发岗位临时性工作",  # nat-ftz
        # 枢纽 after one common word is a kind of hub (PLAIN_HEAD_ENDINGS)
        "拓展航空枢纽国际航线",  # bj
        # a kind of firm by who owns it (OWNER_QUALIFIER)
        "在平等互利的基础上允许外国航空公司承载经郑州至第三国的客货业务",  # nat-ftz
        "支持符合条件的地方法人银行开展业务",  # nat-ftz
        # 部门 is a kind of department, not a ministry
        "推动科技部门、高校院所、产业部门共同凝练科技项目",  # sx
        # classes of hospitals and medical centres (医疗, 三级: generic words)
        "推动三级医院和区域医疗中心建设，加快建设国家区域医疗中心",
        # one plain word before 中心 without a region word stays a kind (REGION_WORDS guard)
        "支持建设数据流通服务中心",
    ],
)
def test_classes_and_statuses_are_not_names(text: str) -> None:
    assert names(text) == []


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
        # institutions without the usual endings: venues, associations, mass organisations
        ("建成开放中国长城博物馆", [("中国长城博物馆", "institution", "场馆")]),  # 建成开放 is one verb
        ("建成开放上海大歌剧院", [("上海大歌剧院", "institution", "场馆")]),
        (
            "支持“海峡基金业综合服务平台”根据规定向中国证券投资基金业协会申请登记",
            [("海峡基金业综合服务平台", "platform", "服务平台"), ("中国证券投资基金业协会", "institution", "其他")],
        ),
        (
            "发挥工会、共青团、妇联等群团组织作用",
            [("共青团", "institution", "其他"), ("妇联", "institution", "其他")],
        ),
    ],
)
def test_names_found_by_new_rules(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(text) == expected


def test_an_academy_institute_named_by_short_forms_is_one_institution() -> None:
    """ACADEMY_INSTITUTE (sx-gwr-2026): 中科院山西煤化所 is the institute, not 中国科学院."""
    text = "（五）着力强化创新驱动\n更好发挥怀柔实验室山西研究院、中科院山西煤化所等战略科技力量作用。\n"
    doc = analyse(text, PlanMeta(id="t", title="t"), load_field_vocabulary())
    assert {i.name for i in doc.institutions} == {"怀柔实验室山西研究院", "中科院山西煤化所"}


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
        # … but not a place, a phase or a status (guards)
        ("组建国家蛋白质科学中心（上海）", [("国家蛋白质科学中心", "platform")]),
        ("建设实验动物公共服务平台（二期）", [("实验动物公共服务平台", "platform")]),
        ("加快建设中国（上海）知识产权保护中心（筹）", [("中国（上海）知识产权保护中心", "platform")]),
    ],
)
def test_a_bracketed_qualifier_after_a_name_is_part_of_it(text: str, expected: list[tuple[str, str]]) -> None:
    found = ent.apply_frames(text, ent.find_mentions(text))
    assert [(m.name, m.category) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.name


def test_quote_marks_around_a_whole_name_do_not_decide_a_match() -> None:
    """name_key: the realworld gold writes “模力高地” as printed, the Shanghai gold 上海技术交易中心
    without the quotes the plan puts around it; quotes inside a name still count."""
    from plankg.loaders.extract.scoring import Score

    s = Score()
    s.add("d", {"掌上服务平台", "上海技术交易中心", "一朵云平台"}, {"“掌上服务平台”", "省级政务“一朵云”平台"}, set())
    assert (s.tp, s.fp, s.fn) == (1, 2, 1)
    s = Score()
    s.add("d", {"“上海技术交易中心”"}, {"上海技术交易中心"}, set())
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


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
        # 宅基地 is a homestead plot, not a base (NOT_A_PLATFORM, nat-rural-2018)
        ("探索宅基地所有权、资格权、使用权“三权分置”，适度放活宅基地和农民房屋使用权", []),
        # 部委 is ministries in general; 三甲 is a grade of hospitals (nx-gov-report-2026)
        ("积极争取国家部委支持，推动市级三甲医院建设", []),
        # a bracket listing levels is an aside, not a qualifier (NOT_A_QUALIFIER, nat-city-checkup-2020)
        ("支持宁夏职业技术大学（本科及以上）建设", [("宁夏职业技术大学", "institution")]),
        # 迈向 and 构筑 are verbs before a class (ANCHOR_WORDS)
        ("推动高校迈向世界一流大学", []),
        ("构筑高水平科学研究和人才培养基地", []),
    ],
)
def test_names_after_verbs_and_words_that_only_look_like_endings(text: str, expected: list[tuple[str, str]]) -> None:
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

    assert names("全面推进省市县三级服务事项接入政务服务2.0平台，加快推动多部门联办") == [
        ("政务服务2.0平台", "platform", "平台")
    ]
    assert names("1.1 加快建设国家集成电路创新中心") == [("国家集成电路创新中心", "platform", "创新中心")]
    assert [m.name for m in quoted_platforms("建好“模力高地”等人工智能创新孵化生态社区，构建")] == ["“模力高地”"]


def test_enumerated_firms_named_by_brand() -> None:
    """PROPER_TAGS nrt (阿里巴巴, zj-digital-2020), WITH_PREPOSITION (与 before the first item) and a
    one-character anchor inside a brand (为 in 华为) do not hide firms listed before 等企业."""
    from plankg.loaders.extract.mentions import enumerated_institutions

    found = enumerated_institutions("深化与华为、腾讯、阿里巴巴等企业合作")
    assert [m.name for m in found] == ["华为", "腾讯", "阿里巴巴"]
    assert enumerated_institutions("以企业为主体、以高校为依托等企业") == []  # clauses, not firms
