"""fixmeta60 (session 46, round 60): metadata and platform rules for faults round 60 showed, each with the real quote
that motivated it, shortened. Each test fails without its rule; guards pin what the rules leave alone."""

from __future__ import annotations

from bench.one_line import one_line
from plankg.loaders.text.read import guess_meta
from tests.extracting import document

SHA = "0" * 64

# mee-spatial-plan-eia-notice-2023 (heldout60), a data-set cell: the two offices' letter head (…办公厅函) and the 文号,
# whose own code ends in 函 too, glued in front of the notice title
MEE_LETTER = (
    "生态环境部办公厅自然资源部办公厅函环办环评函〔2023〕34号关于做好国土空间总体规划环境影响评价工作的通知"
    "各省、自治区、直辖市生态环境厅（局）、自然资源厅（局），新疆生产建设兵团生态环境局、自然资源局：为做好国土空间总体"
    "规划环境影响评价（以下简称规划环评）工作，现就有关事项通知如下。一、各地在组织编制省级、市级国土空间总体规划过程中，"
    "应依法开展规划环评。二、加强国土空间总体规划编制与规划环评的衔接互动。"
    "生态环境部办公厅自然资源部办公厅2023年1月20日（此件社会公开）"
)

# cixi-rental-housing-operation-subsidy-rules-2023 (heldout60), a 慈溪 portal page as the HTML reader gives it: the
# headline, the metadata block's values without their labels (索引号, 发布机构, 组配分类, 规范性文件编号, 有效性,
# 主题分类, 发布日期, 成文日期, 公开范围, 文件编号), the article's date and source line, the notice
CIXI = (
    "慈溪市住房和城乡建设局 慈溪市财政局关于印发《慈溪市保障性租赁住房运营奖补实施细则（试行）》的通知\n"
    "11330282002976461L/2023-175371\n市住建局\n规范性文件\nBCXD16-2023-0002\n有效\n城乡建设（含住房）\n"
    "2023-04-24\n2023-04-21\n面向社会\n慈住建〔2023〕36号\n"
    "发布日期：2023-04-24 15:12 信息来源：市住建局\n"
    "各镇人民政府、街道办事处，各产业平台：\n"
    "为进一步加快推进我市保障性租赁住房发展，促进规范运营，根据《慈溪市加快发展保障性租赁住房实施方案》"
    "（慈政办发〔2022〕35号）等要求，制定了《慈溪市保障性租赁住房运营奖补实施细则（试行）》，现印发给你们，请遵照执行。\n"
    "慈溪市住房和城乡建设局\n慈溪市财政局\n2023年4月21日\n"
    "慈溪市保障性租赁住房运营奖补实施细则（试行）\n一、申请主体条件\n已在我市工商注册并已办理税务登记的企业。\n"
)


def test_a_letter_head_s_organs_end_at_its_letter_word_before_the_number() -> None:
    # LETTER_HEAD_WORD: issuer "生态环境部办公厅自然资源部办公厅函环办" and 文号 "环评函〔2023〕34号" before
    meta = guess_meta(MEE_LETTER, "t", SHA)
    assert (meta.issuer, meta.doc_number) == ("生态环境部办公厅自然资源部办公厅", "环办环评函〔2023〕34号")
    assert meta.title == "关于做好国土空间总体规划环境影响评价工作的通知"


def test_a_letter_number_without_a_letter_head_keeps_its_own_letter_word() -> None:
    # guard: the number's own 函 stands right before its bracket, no code after it: "国办函〔2021〕12号"
    from plankg.loaders.rules.structure import GLUED_RED_HEAD

    head = GLUED_RED_HEAD.match("国务院办公厅国办函〔2021〕12号关于同意建立某项制度的函")
    assert head is not None and (head.group("organs"), head.group("number")) == ("国务院办公厅", "国办函〔2021〕12号")
    # and a head's 文件 still ends the organs as before (RED_HEAD_FILE_BEFORE_NUMBER)
    head = GLUED_RED_HEAD.match("生态环境部办公厅商务部办公厅文件环办环评〔2022〕2号关于印发《某指南》的通知")
    assert head is not None
    assert (head.group("organs"), head.group("number")) == ("生态环境部办公厅商务部办公厅", "环办环评〔2022〕2号")


def test_a_number_after_a_portal_block_s_disclosure_scope_is_read_on_one_line() -> None:
    # NUMBER_AFTER_DISCLOSURE_SCOPE: "…2023-04-21面向社会慈住建〔2023〕36号发布日期：…" gave no 文号 before
    assert guess_meta(CIXI, "t", SHA).doc_number == "慈住建〔2023〕36号"  # read from its own line
    assert guess_meta(one_line(CIXI), "t", SHA).doc_number == "慈住建〔2023〕36号"


def test_a_scope_value_before_a_number_cited_in_a_sentence_gives_no_number() -> None:
    # guard: a number in a sentence, not followed by a field, a 关于 title or addressees, is no field's value
    text = "某市某局某方案\n为做好工作，相关信息主动公开慈住建〔2023〕36号文件要求的事项，请遵照执行。\n一、总体要求\n"
    assert guess_meta(one_line(text), "t", SHA).doc_number == ""


def test_a_verbal_noun_over_an_adjective_opens_no_listed_site() -> None:
    # LISTED_VERB_OVER_MODIFIED_NOUN: 南京's 十五五 outline (heldout60) gave the platform 盘活老校区
    platforms, _ = document("推动“科技回归都市”，盘活老校区、老厂区等存量载体空间，建设城市硅巷，鼓励企业“上楼”。")
    assert not {"盘活老校区", "老校区", "老厂区"} & platforms
    # guard: a listed site is still read after a verb (LISTED_SITE_KIND, 合肥's 十五五 plan)
    platforms, _ = document("商务服务业，依托合肥法务区、天鹅湖文化商务区等平台，积极发展人力资源、高端法务。")
    assert {"合肥法务区", "天鹅湖文化商务区"} <= platforms
