"""Rules of seg48 (session 36): causes the weak splits of round 47 and before showed in headings of texts as read."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import PARA, tree

# bj-shared-bike-supervision-2026 (heldout47): a regulation's attachment PDF, its annexes listed as one range after the
# last article, then each under "附件 1" … "附件 4" on a page of its own (the page marks gone)
RANGE_LISTED = (
    "第一章 总则\n"
    "第一条 为营造公开公平、竞争有序的市场环境，制定本办法。\n"
    "第二章 附则\n"
    "第二条 本办法自发布之日起实施。\n\n"
    "附件 1-4：相关程序文件\n\n"
    "附件 1\n\n初次投放或增加投放互联网租赁自行车的备案要求\n\n" + PARA + "\n"
    "一、备案程序\n" + PARA + "\n\n"
    "附件 2\n\n互联网租赁自行车的调整实施程序\n\n" + PARA + "\n\n"
    "附件 3\n\n非处罚类监管措施实施程序\n\n" + PARA + "\n\n"
    "附件 4\n\n批评教育通知书\n\n" + PARA + "\n"
)
SCHEME_META = PlanMeta(id="t", title="内蒙古自治区单一电力用户绿电直连项目开发建设实施方案（试行）")
BIKE = PlanMeta(id="t", title="北京市互联网租赁自行车运营服务监督管理办法（试行）")


def test_annex_labels_a_range_lists_are_no_running_line_and_the_range_is_no_heading() -> None:
    # ANNEX_RANGE (ATTACHMENT_LIST, ANNEX_LIST_NUMBERED)
    assert [s for s in tree(RANGE_LISTED, BIKE) if s[0] == 1] == [
        (1, "第一章", "总则"),
        (1, "第二章", "附则"),
        (1, "附件 1", "初次投放或增加投放互联网租赁自行车的备案要求"),
        (1, "附件 2", "互联网租赁自行车的调整实施程序"),
        (1, "附件 3", "非处罚类监管措施实施程序"),
        (1, "附件 4", "批评教育通知书"),
    ]


# nat-gwr-2005 (heldout47): a work report's part counting its points 第一，… each on a line of its own, a short title
# and its 。 over the point's paragraphs
GWR = (
    "六、加强行政能力建设和政风建设\n"
    "各级政府要按照建设法治政府的要求，切实加强自身建设。\n"
    "第一，深化政府机构改革。\n" + PARA + "\n"
    "第二，加快转变政府职能。\n" + PARA + "\n"
    "第三，改进经济管理方式方法。\n" + PARA + "\n"
    "七、坚持和平发展道路\n" + PARA + "\n"
)


def test_ordinal_points_standing_alone_as_short_titles_head_their_paragraphs() -> None:
    # ORDINAL_TITLE_LINE
    assert tree(GWR)[:4] == [
        (1, "六、", "加强行政能力建设和政风建设"),
        (2, "第一，", "深化政府机构改革"),
        (2, "第二，", "加快转变政府职能"),
        (2, "第三，", "改进经济管理方式方法"),
    ]


def test_an_ordinal_point_running_on_into_its_sentence_is_no_heading() -> None:
    # ORDINAL_TITLE_LINE (only the whole line): ORDINAL_PARAGRAPH keeps a sentence paragraph content
    text = GWR.replace("第二，加快转变政府职能。", "第二，加快转变政府职能，推进政企分开。")
    assert (2, "第二，", "加快转变政府职能，推进政企分开") not in tree(text)


# gx-performance-risk-guide-2023 (heldout40): a guideline's appendices, the model policy's field groups numbered 一、…
POLICY_FORM = (
    "1 总则\n" + PARA + "\n"
    "2 附则\n" + PARA + "\n"
    "附录 3：保函范本\n"
    "见索即付履约保函\n"
    "（一）本保函项下索赔不允许分次进行，一旦发生索赔事项，本保函失效。\n"
    "（二）本保函项下索赔可分次进行，且以保函金额为限。\n"
    "附录 4：保单范本\n"
    "售电公司电力交易履约保证保险保单\n"
    "保单号:\n"
    "一、投保人\n名称：\n"
    "二、被保险人\n名称：\n"
    "三、电力交易信息\n交易周期：\n"
    "附录 5：\n"
    "广西电力市场售电公司履约保证保险\n"
    "规范性条款\n"
    "1.履约保证保险适用于按照有关电力交易的法律、法规、规章及行业规定签订的电力交易合同。\n"
)


def test_the_numbered_lines_of_a_model_form_are_its_wording() -> None:
    # FORM_TEMPLATE (FORM_TEMPLATE_TITLE) and ANNEX_TERMS_TITLE
    assert [s for s in tree(POLICY_FORM) if s[1].startswith("附录") or s[1].endswith(("、", "）"))] == [
        (1, "附录 3：", "保函范本"),
        (1, "附录 4：", "保单范本"),
        (1, "附录 5：", "广西电力市场售电公司履约保证保险规范性条款"),
    ]


# bj-shared-bike-supervision-2026 (heldout47): 附件 4, a set of model notices, each title over "（参考模板）"
TEMPLATES = RANGE_LISTED.replace(
    "附件 4\n\n批评教育通知书\n\n" + PARA + "\n",
    "附件 4\n\n批评教育通知书\n\n（参考模板）\n京交（XX 区）（XX ）批教〔20 〕第 XXX 号\n\n当事人：\n\n" + PARA + "\n\n"
    "承诺书\n\n（参考模板）\n\n本着诚信原则，自愿做出以下承诺：\n\n"
    "一、改正 在行政检查（检查单号：XXX）中发现的问题。\n\n"
    "二、严格遵守国家及本市有关法律、法规、规章和规范性文件规定。\n\n"
    "约谈记录\n\n（参考模板）\n\n时间：\n\n地点：\n",
)


def test_model_forms_under_one_attachment_head_their_parts_and_their_points_are_content() -> None:
    # FORM_TEMPLATE (FORM_TEMPLATE_NOTE)
    assert tree(TEMPLATES, BIKE)[-3:] == [
        (1, "附件 4", "批评教育通知书"),
        (2, "", "承诺书"),
        (2, "", "约谈记录"),
    ]


# nm-green-direct-supply-2026 (heldout32): a page that sets every span on a line of its own; 附件2's parts, then an
# outline's title over three lines and its parts numbered afresh
OUTLINE = (
    "一、总体要求\n" + PARA + "\n"
    "二、保障措施\n" + PARA + "\n"
    "附件2\n"
    "内蒙古自治区单一电力用户绿电直连项目申报大纲\n"
    "一、申报书主要内容\n" + PARA + "\n"
    "二、项目申报名称\n" + PARA + "\n"
    "三、项目申报流程\n" + PARA + "\n"
    "单一电力用户\n"
    "绿电直连项目实施方案\n"
    "编制大纲\n"
    "一、项目概况\n"
    "（一）申报企业概况\n" + PARA + "\n"
    "（二）项目基本情况\n" + PARA + "\n"
    "二、建设条件\n"
    "（一）场址条件\n" + PARA + "\n"
)


def test_a_wrapped_outline_title_in_an_attachment_heads_its_restarted_parts() -> None:
    # WRAPPED_OUTLINE_OVER_RESTART
    assert tree(OUTLINE, SCHEME_META)[6:] == [
        (2, "", "单一电力用户绿电直连项目实施方案编制大纲"),
        (3, "一、", "项目概况"),
        (4, "（一）", "申报企业概况"),
        (4, "（二）", "项目基本情况"),
        (3, "二、", "建设条件"),
        (4, "（一）", "场址条件"),
    ]


def test_a_lone_short_ordinal_line_among_sentence_points_is_no_heading() -> None:
    # ORDINAL_TITLE_LINES_MIN (nat-fyp14-interp-liu, heldout: a talk announcing what it will say)
    text = (
        "大国竞争，拼谁能“咬住”\n"
        "今天很高兴跟大家来分享我们的研究，核心内容是几个方面。\n"
        "第一，从“十四五”来看当下的一些做法和形势。\n"
        "第二，从《政府工作报告》的角度，看我们国家今年的一些重点工作。\n"
        "第三，从中长期的战略部署和规律性的变化，看今年的一些做法。\n" + PARA + "\n"
    )
    assert [s for s in tree(text) if s[1].startswith("第")] == []


def test_a_list_of_lessons_opening_with_their_modal_keeps_its_run_in_titles_on_lines() -> None:
    # TITLED_REQUIREMENT_ON_LINES (nat-eight-rules-experience-2025, heldout37)
    text = (
        "三、以作风建设新成效赢得人民群众信任拥护\n" + PARA + "\n"
        "四、在实践中总结、从总结中提升，积累的经验弥足珍贵\n"
        "党的十八大以来深入贯彻中央八项规定精神之所以能够取得显著成效，根本在于有科学指引。\n"
        "（一）必须坚持以上率下、示范带动。习近平总书记以身作则、率先垂范，发挥了决定性作用。\n"
        "（二）必须坚持固本培元、激浊扬清。党性坚强、党纪严明，贯彻中央八项规定精神就会更加坚定。\n"
        "（三）必须坚持心系群众、情系百姓。深入贯彻中央八项规定精神，赢得了人民群众的衷心拥护。\n"
    )
    assert tree(text)[2:] == [
        (2, "（一）", "必须坚持以上率下、示范带动"),
        (2, "（二）", "必须坚持固本培元、激浊扬清"),
        (2, "（三）", "必须坚持心系群众、情系百姓"),
    ]
