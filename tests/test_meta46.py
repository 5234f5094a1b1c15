"""Metadata guessed without a manifest: session 35's fixes (branch meta46), each with the excerpt it was written from
(texts as plankg reads them)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# nat-no1-document-2025 (heldout36), a school site's study column
NO1_DOCUMENT = (
    "每周一学（2025年3月3日-9日）中央一号文件\n"
    "中共中央 国务院关于进一步深化农村改革 扎实推进乡村全面振兴的意见\n"
    "（2025年1月1日）\n"
    "实现中国式现代化，必须加快推进乡村全面振兴。当前，农业再获丰收，农村和谐稳定。\n"
    "**一、持续增强粮食等重要农产品供给保障能力**\n"
)
# nat-deepen-reform-decision-2024 (heldout38), the same column
PLENUM_DECISION = (
    "每周一学（2024年8月26日-9月1日）二十届三中全会决定\n"
    "中共中央关于进一步全面深化改革\n"
    "推进中国式现代化的决定\n"
    "（2024年7月18日中国共产党第二十届中央委员会第三次全体会议通过）\n"
    "为贯彻落实党的二十大作出的战略部署，二十届中央委员会第三次全体会议研究了进一步全面深化改革、推进中国式现代化问题，"
    "作出如下决定。\n"
)
# nat-fyp15-proposal-2025 (heldout30): the tag carries the title itself, restated below
PROPOSAL = (
    "每周一学（2025年11月10日-16日）中共中央关于制定国民经济和社会发展第十五个五年规划的建议\n"
    "中共中央关于制定国民经济和社会发展第十五个五年规划的建议\n"
    "（2025年10月23日中国共产党第二十届中央委员会第四次全体会议通过）\n"
)
# nat-thrift-regulation-2025 (heldout38): the tagged line is the page's headline, a sentence follows
THRIFT = (
    "每周一学（2025年6月23日-6月29日）中共中央 国务院印发《党政机关厉行节约反对浪费条例》\n"
    "近日，中共中央、国务院印发了修订后的《党政机关厉行节约反对浪费条例》（以下简称《条例》），并发出通知。\n"
)


def test_a_columns_label_over_the_documents_headline_is_not_its_title() -> None:
    # COLUMN_LABEL_OVER_HEADLINE: before, "中央一号文件" (issuer 中共中央) and "二十届三中全会决定" (no issuer)
    no1 = guess_meta(NO1_DOCUMENT, "stem", SHA)
    assert no1.title == "中共中央 国务院关于进一步深化农村改革扎实推进乡村全面振兴的意见"
    assert no1.issuer == "中共中央 国务院"
    decision = guess_meta(PLENUM_DECISION, "stem", SHA)
    assert decision.title == "中共中央关于进一步全面深化改革推进中国式现代化的决定"
    assert decision.issuer == "中共中央"


def test_a_tagged_headline_without_another_below_stays_the_title() -> None:
    assert guess_meta(PROPOSAL, "stem", SHA).title == "中共中央关于制定国民经济和社会发展第十五个五年规划的建议"
    assert guess_meta(THRIFT, "stem", SHA).title == "党政机关厉行节约反对浪费条例"


def test_a_columns_label_glued_to_the_headline_on_one_line_is_not_its_title() -> None:
    # COLUMN_LABEL_GLUED: before, "中央一号文件中共中央 国务院关于…的意见" (issuer "中央一号文件中共中央 国务院") and
    # "二十届三中全会决定中共中央关于…的决定"
    no1 = guess_meta(NO1_DOCUMENT.replace("\n", ""), "stem", SHA)
    assert no1.title == "中共中央 国务院关于进一步深化农村改革扎实推进乡村全面振兴的意见"
    assert no1.issuer == "中共中央 国务院"
    decision = guess_meta(PLENUM_DECISION.replace("\n", ""), "stem", SHA)
    assert decision.title == "中共中央关于进一步全面深化改革推进中国式现代化的决定"
    assert guess_meta(THRIFT.replace("\n", ""), "stem", SHA).title == "党政机关厉行节约反对浪费条例"


# gz-changshun-deep-poverty-xi-2017 (heldout39), a county booklet's first part
BOOKLET_PART = (
    "第一 习总书记对深度贫困地区脱贫的要求\n"
    "摘自：习总书记2017年6月23日在山西省太原市主持召开深度贫困地区脱贫攻坚座谈会上的讲话精神\n"
    "**一、深度贫困成因分析**\n"
    "一是集革命老区、民族地区、边疆地区于一体；二是基础设施和社会事业发展滞后。\n"
)
CHAPTER_OPENING = "第一章 总则\n第一条 为了规范管理，制定本办法。\n"


def test_a_booklet_parts_numbered_first_line_is_its_title() -> None:
    # BOOKLET_PART_TITLE: before, the file's stem
    assert guess_meta(BOOKLET_PART, "stem", SHA).title == "习总书记对深度贫困地区脱贫的要求"
    assert guess_meta(CHAPTER_OPENING, "stem", SHA).title != "总则"
