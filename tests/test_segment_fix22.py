"""Rules written after round 22's first score (branch fix22seg), each with the real excerpt of heldout22 it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline
from tests.segmenting import tree


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# gz-points-hukou-faq-2025 (heldout22): a city bureau's FAQ, questions bold on their own lines
FAQ = (
    "**1.2025年度积分制入户指标有多少个？**\n"
    "答：根据年度人口迁入计划，2025年度我市积分制入户类指标为1.6万个，与2024年度持平。\n"
    "**2.申请2025年度积分制入户需要具备哪些基本条件？**\n"
    "答：需要具备以下基本条件：（一）在本市合法稳定就业或创业；（二）年龄在45周岁以下。\n"
    "**3.积分制入户中所说的资格分是什么？排名分是什么？**\n"
    "答：资格分是指按照《广州市积分制入户指标体系及分值表》计算所得的总分。\n"
)


def test_a_question_opening_with_a_year_keeps_its_number() -> None:
    # ARABIC_POINT_BEFORE_YEAR: "1.2025年度…" is question 1., not the decimal 1.2025
    assert tree(FAQ) == [
        (1, "1.", "2025年度积分制入户指标有多少个？"),
        (1, "2.", "申请2025年度积分制入户需要具备哪些基本条件？"),
        (1, "3.", "积分制入户中所说的资格分是什么？排名分是什么？"),
    ]


# nat-medins-payment-qualification-2024 (heldout22): PDF text of a ministries' opinion, its 附件1 / 附件2 lines lost
MEDINS = (
    "各省、自治区、直辖市及新疆生产建设兵团医保局、卫生健康委、药 监局：\n"
    "为贯彻落实党的二十届三中全会精神，现就建立定点医药机构相关人员医保支付资格管理制度提出如下意见。\n"
    "一、明确管理对象\n"
    "管理对象为定点医药机构涉及医疗保障基金使用的相关人员，主 要包括两类。\n"
    "二、完善管理流程\n"
    "定点医药机构在全国医疗保障信息业务编码标准数据库动态维 护窗口维护本机构相关人员信息，进行登记备案（附件1）。"
    "医疗保障经办机构对相关人员违反服务协议的行 为，可参照记分标准对相关责任人员记分（附件2）。\n"
    "国家医保局\n"
    "2024年8月23日\n"
    "登记备案及登记备案状态维护\n"
    "定点医药机构通过全国医疗保障信息业务编码标准数据库动态 维护窗口，维护本机构相关人员信息。\n"
    "【登记备案要求】定点医药机构按以下要求对相关人员进行登记 备案：\n"
    "（一）登记备案应做到信息全面、及时准确、动态更新；\n"
    "（二）终止后符合相关条件重新登记备案。\n"
    "【登记备案状态】登记备案状态包括：正常、暂停、终止。\n"
    "记分规则（2024年版）（推荐）\n"
    "国家医保局根据记分规则执行情况，在保持总体稳定的前提下动 态调整。\n"
    "【记1—3分情形】涉及医疗保障基金使用的相关责任人员出现以 下负面情形，一个自然年度内记1—3分：\n"
    "（一）相关人员所在定点医药机构违反服务协议受到医保经办机构协议处理，负有责任的；\n"
    "（二）其他应记1—3分的情形。\n"
    "【责任认定原则】对相关责任人员负有一般责任、重要责任、主 要责任的责任认定如下。\n"
)


def test_attachments_cited_by_number_whose_labels_were_lost_head_their_titles() -> None:
    # CITED_ANNEX_LABEL_LOST: the two title lines under the date are the attachments (附件1), (附件2) the letter cites,
    # and the letter's titled parts stay; BRACKETED_PROVISION_TITLE: each 【title】 heads its provision below
    assert tree(MEDINS) == [
        (1, "一、", "明确管理对象"),
        (1, "二、", "完善管理流程"),
        (1, "", "登记备案及登记备案状态维护"),
        (2, "", "【登记备案要求】"),
        (2, "", "【登记备案状态】"),
        (1, "", "记分规则（2024年版）（推荐）"),
        (2, "", "【记1—3分情形】"),
        (2, "", "【责任认定原则】"),
    ]


def test_a_lone_bracketed_word_or_a_letter_with_its_labels_is_read_as_before() -> None:
    # a page's 【法宝引证码】 line is no provision; a letter that keeps a 附件 line reads its labels
    assert tree("【法宝引证码】 CLI.12.4638041\n一、明确管理对象\n" + "管理对象为相关人员。" * 4 + "\n") == [
        (1, "一、", "明确管理对象")
    ]
    labelled = MEDINS.replace("2024年8月23日\n", "2024年8月23日\n附件：1.登记备案及登记备案状态维护\n")
    assert (1, "", "记分规则（2024年版）（推荐）") not in tree(labelled)


def test_a_title_opening_with_a_list_ends_where_its_sentence_restates_the_list() -> None:
    # RESTATED_LISTED_OPENING (nat-eco-civilization-award-2022, a ministry's notice on one line)
    text = (
        "有关事项如下。一、评选表彰对象与名额先进集体评选表彰对象包括：从事生态文明建设的基层组织。"
        "二、先进集体、先进个人候选对象推荐条件先进集体、先进个人的评选应满足以下3个条件。"
        "三、先进集体、先进个人候选对象申报推荐先进集体、先进个人候选对象由中央和国家机关有关部门分别推荐申报。"
        "推荐截止日期为2022年8月31日。"
    )
    found = titles(text)
    assert (1, "二、", "先进集体、先进个人候选对象推荐条件") in found
    assert (1, "三、", "先进集体、先进个人候选对象申报推荐") in found


def test_points_announced_as_the_conditions_that_follow_are_a_list() -> None:
    # INLINE_ANNOUNCED_LIST (nat-eco-civilization-award-2022): "…应满足以下3个条件。（一）…（二）…（三）…"
    text = (
        "有关事项如下。一、评选表彰对象与名额先进集体评选表彰对象包括：从事生态文明建设的基层组织。"
        "二、先进集体、先进个人候选对象推荐条件先进集体、先进个人的评选应满足以下3个条件。（一）坚持以习近平新时代中国特色社会"
        "主义思想为指导，深入学习贯彻党的十九大和十九届历次全会精神，坚决落实党中央、国务院重大决策部署。（二）深入贯彻习近平"
        "生态文明思想，在重点领域工作中创新突破、成效显著。（三）自2019年来，未受到有关处罚、处分或问责等，无违规违纪违法问题。"
        "三、先进集体、先进个人候选对象申报推荐先进集体、先进个人候选对象由中央和国家机关有关部门分别推荐申报。"
    )
    assert [number for _, number, _ in titles(text)] == ["一、", "二、", "三、"]


def test_a_title_glued_to_a_label_repeating_its_first_word_ends_before_it() -> None:
    # OPENING_AS_LABEL (nat-permit-spec-projects-call-2018, a ministry's call on one line)
    text = (
        "有关事项通知如下：一、申报要求申报单位应具有与申报项目相关的工作背景和技术能力。"
        "二、联系人及联系方式联系人：生态环境部王之正 赵军通信地址：北京市西城区西直门南小街115号邮政编码：100035"
    )
    assert (1, "二、", "联系人及联系方式") in titles(text)


def test_untitled_provisions_that_state_requirements_are_clauses() -> None:
    # REQUIREMENT_PROVISIONS (nat-permit-spec-projects-call-2018, a ministry's call on one line)
    text = (
        "有关事项通知如下：一、申报要求（一）申报单位应具有与申报项目相关的工作背景和技术能力，熟悉国家环境保护政策、法律、"
        "法规和标准。（二）申报单位具备独立法人资格、独立银行账户和健全的财务制度。（三）申报单位应充分了解国家排污许可制度"
        "及相关法律法规，掌握行业生产工艺及产排污现状。（四）申报单位须在申报前确定协作事宜，明确协作单位的名称、分工和协作"
        "经费比例等事项。（五）同一法人单位不得有2个以上团队申报同一项目。二、申报材料的编制与报送要求（一）项目应充分调研"
        "行业基本情况，产污环节、排放口及污染物排放情况。（二）按照资金预算管理要求，细化项目工作经费使用方案，根据项目任务"
        "实事求是申报。（三）电子邮件标题和邮寄材料信封请注明“排污许可技术规范项目申报”。（四）申报材料的电子件请发送到"
        "联系人电子邮箱，纸质文件请邮寄至指定的联系人，不接受当面报送材料。"
    )
    assert titles(text) == [(1, "一、", "申报要求"), (1, "二、", "申报材料的编制与报送要求")]


def test_a_faqs_numbered_questions_read_inline_are_its_sections() -> None:
    # NUMBERED_FAQ_QUESTION (gz-points-hukou-faq-2025 joined, 2,000 characters or more on one line): the first question
    # glued to the page's source field
    answers = "答：根据《广州市积分制入户管理办法》，积分制入户申请人员按基础指标分值从高到低进行排名。" * 45
    text = (
        "来源：市人力资源社会保障局、市人力资源市场服务中心"
        + FAQ.replace("**", "").replace("\n", "")
        + "4.2025年度积分制入户按照什么规则进行排名？"
        + answers
    )
    assert tree(text)[:3] == [
        (1, "1.", "2025年度积分制入户指标有多少个？"),
        (1, "2.", "申请2025年度积分制入户需要具备哪些基本条件？"),
        (1, "3.", "积分制入户中所说的资格分是什么？排名分是什么？"),
    ]
