"""Institutions in lists and tables flattened onto one line (issue #13, round 9): a member list
whose item numbers run into the names, a table of people whose row number, name and sex run into
their work unit and whose recommending ministry follows the field of work, a document number run
into the addressee. The sentences are written for these tests; guards ("also…") pin what a rule
must leave alone."""

from __future__ import annotations

import pytest

from tests.extracting import document

MEMBER_LIST = (
    "附件：成员企业名单一、直属企业1.江南钢铁集团有限公司2.华东化肥总厂3.云梦炼油厂"
    "二、划入企业1.浙江省燃气总公司及下属的各级燃气公司和供气站2.福建省燃气总公司及下属的各级燃气公司和供气站"
    "3.闽江燃气管理局4.赣南燃气勘探局"
)


def test_a_flattened_member_list_names_every_member() -> None:
    # LIST_ITEM_NUMBER: "2." opens a new item, so "各级" of the item before counts no later name;
    # 总厂 and 炼油厂 end a works' name.
    _, institutions = document(MEMBER_LIST)
    assert {
        "江南钢铁集团有限公司",
        "华东化肥总厂",
        "云梦炼油厂",
        "浙江省燃气总公司",
        "福建省燃气总公司",
        "闽江燃气管理局",
        "赣南燃气勘探局",
    } <= institutions
    assert not any(name.endswith("各级燃气公司") for name in institutions)


EXPERT_TABLE = (
    "专家名单序号姓名性别工作单位职称/职务专业推荐单位1张明男东北师范大学教授土壤学教育部"
    "2李华女国家气象信息中心研究员/副主任大气科学自然资源部3王强男华南理工大学（广州）教授水处理教育部"
    "4赵亮男江河水利研究所副所长水资源利用水利部5陈静女太湖流域生态研究中心研究员湿地保护国家林业和草原局"
)


def test_a_flattened_table_of_experts_names_the_units() -> None:
    # TABLE_ROW_PERSON, TABLE_ROW_UNIT, TITLE_AFTER_UNIT, CENTRAL_BODY, COMPASS_REGIONS
    platforms, institutions = document(EXPERT_TABLE)
    assert {
        "东北师范大学",
        "国家气象信息中心",
        "华南理工大学（广州）",
        "江河水利研究所",
        "太湖流域生态研究中心",
        "教育部",
        "自然资源部",
        "水利部",
        "国家林业和草原局",
    } <= institutions
    assert not any(name[:1] in "张李王赵陈" for name in institutions)  # no person's name
    assert "国家气象信息中心" not in platforms


STAFF_TABLE = (
    "检查组名单序号姓名单位职务1孙立伟江南监督中心监督员2吕  敏江南监督中心监督员"
    "3何文涛东海电力工程有限公司专家4钱  宁东海电力工程有限公司专家5郑建华三公司项目部经理"
    "6曹  云三公司项目部经理抄送：江南监督中心。送达地址：人民路1号省工业和信息化厅。"
)


def test_a_flattened_staff_table_without_sex_names_the_units() -> None:
    # ROW_NUMBER_BEFORE, SPACED_ROW_PERSON_BEFORE, listed_surnames: no sex column after the name
    platforms, institutions = document(STAFF_TABLE)
    assert {"江南监督中心", "东海电力工程有限公司"} <= institutions
    assert not any(name[:1] in "孙吕敏何钱宁郑曹云" for name in institutions)  # no person's name
    assert "江南监督中心" not in platforms  # a person's work unit, not a platform
    # also: a house number before a body is no person ("1号|省工业和信息化厅")
    assert "省工业和信息化厅" in institutions


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # CENTRAL_BODY: a ministry without the pronoun or the column glued before it
        ("我部和外交部共同推进合作。", {"外交部"}, {"我部和外交部"}),
        ("研究员/主任水资源利用水利部", {"水利部"}, {"水资源利用水利部"}),
        # also: what heads a ministry stays, and a former ministry keeps its 原
        (
            "中共中央宣传部、省发展改革委、中央军委政治工作部和原文化部负责。",
            {"中共中央宣传部", "省发展改革委", "中央军委政治工作部", "原文化部"},
            {"宣传部", "发展改革委", "文化部"},
        ),
        ("由住房城乡建设部和纺织工业部负责。", {"住房城乡建设部", "纺织工业部"}, {"城乡建设部"}),
        # DOCUMENT_NUMBER_OPENING: the document number before the addressee
        ("关于组建某集团的批复国函〔2001〕17号交通运输部：你部来文收悉。", {"交通运输部"}, {"号交通运输部"}),
        # DOCUMENT_KIND_END: the letter's title before the addressee of a one-line crawl
        ("关于印发《某报告》的函江南电力有限公司：现将报告送你公司。", {"江南电力有限公司"}, {"函江南电力有限公司"}),
        # PRONOUN_BODY: the writer's and the addressee's own bodies are no names
        ("受我局委托，现将检查报告印送给你公司。", set(), {"受我局", "我局", "检查报告印送给你公司", "你公司"}),
        ("我部与市场监管总局联合开展抽查。", {"市场监管总局"}, {"我部与市场监管总局"}),
        # also: 本 inside a word is no pronoun
        ("支持日本三菱化学公司在沪设立研发中心。", {"日本三菱化学公司"}, set()),
        # LETTER_VERB_ANCHOR: a letter verb before the body
        ("将资金安排意见函告市财政局。", {"市财政局"}, {"财政局"}),
        # NOT_A_BODY: 安全局 is a bureau, not 全局; 组织 after it is the verb (INTERNATIONAL_OPENING)
        ("国家核安全局组织检查组开展检查。", {"国家核安全局"}, set()),
        # 监督站, a conjunction before a verb inside the name, a bracketed body of its own, 经
        (
            "报送生态环境部（国家核安全局）和生态环境部东南核与辐射安全监督站，经东南监督站确认。",
            {"生态环境部", "国家核安全局", "生态环境部东南核与辐射安全监督站", "东南监督站"},
            {"安全监督站", "经东南监督站"},
        ),
        # also: 全局 is no bureau, and an organisation with its opening keeps 组织
        ("从全局出发，支持世界卫生组织。", {"世界卫生组织"}, {"全局"}),
        # ADMINISTRATION_WORD: 行政 before the work a bureau does is part of its name; a city with its
        # level opens the body, the verbs after it are its work (_after_last_verb)
        ("由烟台市行政审批服务局负责。", {"烟台市行政审批服务局"}, {"服务局"}),
        ("青岛市行政审批服务局上线新平台。", {"青岛市行政审批服务局"}, {"服务局"}),
        # also: a generic 行政 body stays generic, a verb before a body still cuts
        ("由教育行政局和有关部门负责。", set(), {"教育行政局"}),
        ("经验做法得到应急管理部肯定。", {"应急管理部"}, set()),
        # CONTINUATION: a law is not a company
        ("依照《中华人民共和国公司法》进行规范。", set(), {"中华人民共和国公司"}),
        # also: a works without a proper word is a class
        ("建设大型炼油厂和化肥厂。", set(), {"大型炼油厂", "化肥厂"}),
    ],
)
def test_bodies_in_flattened_text(text: str, expected: set[str], not_expected: set[str]) -> None:
    _, institutions = document(text)
    assert expected <= institutions
    assert not (not_expected & institutions)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # CONTACT_LINE: the unit before the people to call
        (
            "请按时报送。联系人：大气环境司王某某、李某电话：（010）12345678",
            {"大气环境司"},
            {"大气环境司王某某"},
        ),
        ("联系人：省大数据局刘某，电话：0531-1234567。", {"省大数据局"}, set()),
        # also: a contact line naming only a person names no unit
        ("联系人：王明，电话：12345", set(), {"王明"}),
        # CENTRAL_BODY with its general office, after the annex title glued to the signature
        ("附件：比对测试方案交通运输部办公厅2020年3月1日", {"交通运输部办公厅"}, {"比对测试方案交通运输部办公厅"}),
        # an addressee line ending: the monitoring headquarters station
        ("各省环境保护厅，中国环境监测总站：按照统一部署", {"中国环境监测总站"}, set()),
    ],
)
def test_units_of_contact_lines_and_signatures(text: str, expected: set[str], not_expected: set[str]) -> None:
    _, institutions = document(text)
    assert expected <= institutions
    assert not (not_expected & institutions)


@pytest.mark.parametrize(
    "text",
    [
        # generic actors: which institutes or governments, not one (有关 in an institution's name,
        # 本省/所属 before a government: GOVERNMENT_GENERIC_WORDS)
        "组织中国农业科学院有关研究所开展调查。",
        "报本省人民政府批准后实施。",
        "由园区所属人民政府负责组织。",
    ],
)
def test_generic_actors_are_no_names(text: str) -> None:
    _, institutions = document(text)
    assert not {name for name in institutions if "有关" in name or "本省" in name or "所属" in name}


def test_a_staff_row_person_with_a_less_common_surname_is_left_off_the_unit() -> None:
    # listed_surnames (round 14, nat-msrinsp-2019): 隋 opens the person's name after the row number
    _, institutions = document("18刘诗华中国核电工程有限公司设计经理19隋春光中国核电工程有限公司建筑结构所副所长")
    assert "中国核电工程有限公司" in institutions
    assert not any(name.startswith("隋") for name in institutions)
