"""Session 35 (fixext46) platform and institution causes of round 46 (heldout46): each case is a short excerpt of a
scored text that failed before its rule; guards pin what the rules leave alone."""

from __future__ import annotations

from plankg.loaders.rules import names as rules
from plankg.loaders.rules.named import NamedPattern
from tests.extracting import document

# 国家核安全局's investigation report on 宁德 unit 1 (heldout46): the annex's addressees run together on one line.
ADDRESSEES = (
    "附图2 熔断器C相表面绝缘层破坏和电弧放电情况附件：主送单位名单生态环境部华北核与辐射安全监督站生态环境部华东核与"
    "辐射安全监督站生态环境部核与辐射安全中心北京核安全审评中心中机生产力促进中心苏州核安全中心中国核工业集团有限公司"
    "中国广核集团有限公司国家电力投资集团有限公司中国核能电力股份有限公司大亚湾核电运营管理有限责任公司江苏核电有限公司"
    "中国核动力研究设计院上海核工程研究设计院清华大学核研院核动力运行研究所中国核电工程有限公司中广核工程有限公司"
    "国核工程有限公司字号"
)


def test_each_new_rule_matches_its_example() -> None:
    assert isinstance(rules.LEVEL_CPPCC, NamedPattern)
    assert rules.LEVEL_CPPCC.pattern.search(rules.LEVEL_CPPCC.example)


def test_addressees_run_together_are_named_one_by_one() -> None:
    # ADDRESSEE_LIST_TITLE, ADDRESSEE_LEAF_ENDINGS: every body of the list, the ministry's stations whole
    platforms, institutions = document(ADDRESSEES)
    assert not platforms
    assert {
        "生态环境部华北核与辐射安全监督站",
        "生态环境部华东核与辐射安全监督站",
        "生态环境部核与辐射安全中心",
        "北京核安全审评中心",
        "中机生产力促进中心",
        "苏州核安全中心",
        "中国核工业集团有限公司",
        "中国广核集团有限公司",
        "国家电力投资集团有限公司",
        "中国核能电力股份有限公司",
        "大亚湾核电运营管理有限责任公司",
        "江苏核电有限公司",
        "中国核动力研究设计院",
        "上海核工程研究设计院",
        "清华大学核研院核动力运行研究所",
        "中国核电工程有限公司",
        "中广核工程有限公司",
        "国核工程有限公司",
    } <= institutions
    assert not any(len(i) > 16 for i in institutions)


def test_a_firm_and_its_branch_in_a_copy_line_stay_one_name() -> None:
    # guard: ADDRESSEE_BRANCH, ADDRESSEE_CONTINUATION; outside an addressee list nothing is split
    _, institutions = document("抄送：中国石油天然气股份有限公司长庆油田分公司，各有关单位。")
    assert "中国石油天然气股份有限公司长庆油田分公司" in institutions
    _, institutions = document("抄送：国家发展改革委办公厅，国家能源局。")
    assert "国家发展改革委办公厅" in institutions


def test_the_body_after_a_verb_of_source_is_named() -> None:
    # SOURCE_VERBS: the investigation report (heldout46), 宜春's statistical bulletin (heldout29)
    _, institutions = document("本事件中SEC泵的配套电机采购自佳木斯电机股份有限公司（以下简称佳木斯电机）。")
    assert "佳木斯电机股份有限公司" in institutions
    assert not any("采购自" in i for i in institutions)
    _, institutions = document("存贷款数据来自人民银行宜春市中心支行；保险数据来自宜春银保监分局。")
    assert not any("来自" in i for i in institutions)


def test_a_maker_of_a_kind_is_no_works() -> None:
    # WORKS_RUN_ON 厂家: the investigation report (heldout46)
    _, institutions = document("二、应进一步与SEC泵电机制造厂家开展沟通，研究改进电机结构。")
    assert not any("制造厂" in i for i in institutions)


def test_a_level_cppcc_is_one_body() -> None:
    # LEVEL_CPPCC: 山东's review of the 14th plan (heldout46), 深圳's (heldout28)
    _, institutions = document("自觉接受省人大及其常委会依法监督、省政协民主监督，推动出台地方性法规350件。")
    assert "省政协" in institutions
    _, institutions = document("在市委的坚强领导下，在市人大及其常委会、市政协的监督支持下，开拓创新。")
    assert "市政协" in institutions
    # guards: proposals, members, the thanks formula with society at large
    _, institutions = document("办理省人大代表建议6148件、省政协提案4408件。")
    assert "省政协" not in institutions
    _, institutions = document("这是省人大、省政协和社会各界有效监督的结果。邀请市政协委员参加。")
    assert not institutions & {"省政协", "市政协"}


def test_a_university_named_as_the_example_of_its_class() -> None:
    # SCHOOL_EXAMPLE_AFTER: 山东's review of the 14th plan (heldout46)
    _, institutions = document("新增中小学学位142万个，新增康复大学等高校14所，高等教育毛入学率提升6.2个百分点。")
    assert "康复大学" in institutions
    # guard: a kind of university with no example after it stays a class
    _, institutions = document("支持康复大学建设，推动教育事业发展。")
    assert "康复大学" not in institutions


def test_a_short_form_before_a_gate_is_no_university() -> None:
    # LANDFORM_AFTER_FORM 门: 内蒙古's 2026 report (heldout46)
    _, institutions = document("内蒙古是祖国的“北大门”、首都的“护城河”，维护好国家安全和边疆安宁。")
    assert "北京大学" not in institutions


def test_a_command_headquarters_is_a_platform() -> None:
    # 指挥总部: the national 十四五 emergency plan's governance part (heldout46) and projects (heldout41)
    platforms, _ = document("建立国家应急指挥总部指挥机制，省、市、县建设本级应急指挥部。")
    assert "国家应急指挥总部" in platforms
    platforms, _ = document("建成国家应急指挥总部，完善调度指挥、会商研判、模拟推演、业务保障等设施设备及系统。")
    assert "国家应急指挥总部" in platforms


def test_a_room_of_a_nuclear_plant_is_no_platform() -> None:
    # PLANT_ROOM: the 宁德 operating licence's conditions (heldout46)
    platforms, _ = document("二十二、2020年7月31日前，按照设计要求完成福建宁德核电厂应急指挥中心改造。")
    assert not platforms
    # guard: a virtual power plant's centre is one
    platforms, _ = document("建设广州市虚拟电厂管理中心，完善需求响应机制。")
    assert "广州市虚拟电厂管理中心" in platforms
