"""Rules added for the fifth dev round of real plan excerpts (issue #13; 2004 State Council
letters to 四川 and on 巴东, the 2005 national grain emergency plan, the 2018 rules on cultural
enterprises, a 1996 earthquake report, two Shanghai transport plans and a 杨浦 district heritage
plan). Each case is the clause from a dev excerpt that showed the general cause; guards
("also…") pin what the rule must leave alone."""

from __future__ import annotations

import pytest

from plankg.loaders.extract import entities as ent
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.pipeline import analyse
from plankg.schema import PlanMeta


def names(text: str) -> list[tuple[str, str]]:
    found = ent.apply_frames(text, ent.find_mentions(text))
    for m in found:
        assert text[m.start : m.end] == m.name
    return [(m.name, m.category) for m in found]


def linked(text: str) -> set[str]:
    doc = analyse(text, PlanMeta(id="t", title="t"), load_field_vocabulary())
    return {i.name for i in doc.institutions}


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
        # INSTITUTION_ENDINGS: headquarters, venues, federations
        ("推进定海剧场改建项目", [("定海剧场", "institution")]),
        ("运用AR技术升级国歌展示馆的参观体验", [("国歌展示馆", "institution")]),
        # COUNTED: 中共一大 numbers a congress, it is no count
        ("加大与中共一大会址等红色场馆联动联建", [("中共一大会址", "institution")]),
        ("培育六大生物医药产业基地", []),
        # campus qualifier: a university's city in brackets is part of its name, an aside is not
        ("委托中国地质大学（武汉）对马鬃山村进行勘查", [("中国地质大学（武汉）", "institution")]),
        ("扩大世界技能博物馆（永安栈房旧址西楼）宣传效应", [("世界技能博物馆", "institution")]),
        # _second_place_name: a platform candidate with two places and a verb between is two phrases
        (
            "东区污水处理厂旧址研究建造上海百年排水科技园，宣传城市水处理事业发展进程。",
            [("上海百年排水科技园", "platform")],
        ),
        # also: one place keeps its verbs
        ("加快建设国家超算深圳中心", [("国家超算深圳中心", "platform")]),
        # PLATFORM_FRAME: finishing a platform builds it
        ("完成西藏南路隧道数字孪生平台试点。", [("西藏南路隧道数字孪生平台", "platform")]),
        # SUBNATIONAL_TIER for institutions too: a tier is a class
        ("由省级粮食应急工作指挥部报同级人民政府批准", []),
        # legal forms alone are classes (INSTITUTION_GENERIC_WORDS)
        ("依法登记为有限责任公司或股份有限公司，", []),
        ("国有独资及国有控股公司的负责人收入分配", []),
        # a committee every body has (PLAIN_COMMITTEE), also where a place names one
        ("须设立编辑委员会或艺术委员会等专门委员会", []),
        ("上海市科学技术委员会", [("上海市科学技术委员会", "institution")]),
        ("北京市规划和自然资源委员会", [("北京市规划和自然资源委员会", "institution")]),
        # a verb and a bare ending (VERB_HEAD_TAGS), not for firms
        ("吸纳博物馆、景区等周边资源", []),
        ("上药集团", [("上药集团", "institution")]),
        # a class coordinated with 及 (is_generic)
        ("涉及内容导向管理的重大事项及公司运营与发展的重大决策", []),
        # task words alone (应急, 工作) name no body
        ("结合本地实际情况成立相应的应急工作指挥部", []),
        # 经 before a government that approves opens it
        ("经省级人民政府批准，", []),
        # PLAIN_HEAD_ENDINGS: a park named by one common word is a kind
        ("支持建设现代农业产业园", []),
        ("推进哔哩哔哩新世代产业园建设", [("哔哩哔哩新世代产业园", "platform")]),
    ],
)
def test_round5_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_offices_named_in_ban() -> None:
    """OFFICE_END: offices in 办, known to jieba as organisations or leading a task."""
    text = (
        "成员：公安部、国家统计局、国务院新闻办、中国农业发展银行有关负责人。"
        " 振兴东北办会同国资委等有关部门研究提出了办理意见。"
    )
    got = linked(text)
    assert {"国务院新闻办", "振兴东北办", "国资委", "公安部"} <= got
    assert "国务院" not in got  # the office, not the council its name opens with
    # also: 办 as a verb names nothing
    assert not linked("推行一网通办，实行马上办、网上办、就近办。")
    assert not linked("遏制大操大办、厚葬薄养、人情攀比。")  # an idiom jieba tags nt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # LEAD_LIST_AFTER: offices in 办 inside a bracket of lead units
        ("（中央编办、国务院研究室、国家信访局按职责分工负责）", {"中央编办", "国家信访局"}),
        # LEAD_UNIT_ENDINGS: a centre leading a task is an agency
        ("（国家卫生健康委、中国疾病预防控制中心负责）", {"国家卫生健康委", "中国疾病预防控制中心"}),
        ("由中国疾病预防控制中心牵头，", {"中国疾病预防控制中心"}),
        # courts and procuratorates; one named by its level alone is a class
        ("（最高人民法院、最高人民检察院、公安部负责）", {"最高人民法院", "最高人民检察院", "公安部"}),
        ("由县人民法院负责", set()),
        # the Red Cross
        ("发挥中国红十字会作用", {"中国红十字会"}),
    ],
)
def test_lead_units_courts_and_societies(text: str, expected: set[str]) -> None:
    assert expected <= linked(text)
    assert not (linked(text) - expected - {"国务院研究室", "国务院"})


def test_a_centre_the_plan_builds_stays_a_platform() -> None:
    doc = analyse("加快建设国家技术转移东部中心，", PlanMeta(id="t", title="t"), load_field_vocabulary())
    assert [p.name for p in doc.platforms] == ["国家技术转移东部中心"]
    assert not doc.institutions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # _last_conjunction: 和 inside a word is no conjunction ("北京协和医院")
        ("支持北京协和医院牵头建设国家医学中心。", {"北京协和医院"}),
        # health facilities and agencies; a level's own agency is named, 乡镇/社区 alone are classes
        ("支持市妇幼保健院、市疾控中心、市急救中心改扩建。", {"市妇幼保健院", "市疾控中心", "市急救中心"}),
        ("加强乡镇卫生院和社区卫生服务中心建设。", set()),
        ("加强各级疾控中心建设。", set()),
        ("推进长白街道社区卫生服务中心改建。", {"长白街道社区卫生服务中心"}),
    ],
)
def test_health_institutions(text: str, expected: set[str]) -> None:
    assert linked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # culture halls, trade union federations, supply-and-marketing federations, academies of
        # agriculture; a level's own library, culture hall, union or academy is named
        ("推进市文化馆、区图书馆总分馆建设。", {"市文化馆", "区图书馆"}),
        ("由市总工会、团市委共同实施。", {"市总工会", "团市委"}),
        ("由省供销合作社联合社牵头。", {"省供销合作社联合社"}),
        # COMPANY_FORM_WORDS: a company's form in brackets is inside its name
        ("支持上海机场（集团）有限公司参与。", {"上海机场（集团）有限公司"}),
        ("依托省农科院、省林业科学研究院开展研究。", {"省农科院", "省林业科学研究院"}),
        # a head ending in a conjunction leaves the ending alone: no name
        ("建立社区卫生服务机构与医院分工协作机制。", set()),
    ],
)
def test_level_institutions_and_federations(text: str, expected: set[str]) -> None:
    assert linked(text) == expected
