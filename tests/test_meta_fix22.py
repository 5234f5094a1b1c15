"""Metadata rules written after round 22's first score (branch fix22seg), each with the real excerpt of heldout22 it
was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.text.read import _announced_annex_start, _decree_issuer, guess_meta

BODY = (
    "第一条　为了加强文明单位建设，结合我省实际，制定本条例。\n"
    "第二条　文明单位是以开展群众性精神文明建设活动为主的单位。\n"
)


def test_an_abbreviated_standing_committee_adopts_a_regulation() -> None:
    # ABBREVIATED_CONGRESS (hlj-civilized-units-regs-2008): "八届人大常委会", no 第 before the term
    text = (
        "黑龙江省文明单位建设条例\n\n（1994年2月21日黑龙江省八届人大常委会第八次\n"
        " 会议通过 根据1997年12月16日黑龙江省八届人大\n 常委会第三十一次会议修正）\n\n第一章  总 则\n\n" + BODY
    )
    assert guess_meta(text, "hlj", "0" * 64).issuer == "黑龙江省人民代表大会常务委员会"


def test_an_attachment_label_above_a_title_is_no_part_of_it() -> None:
    # LEADING_ATTACHMENT_LABEL (fj-eco-civilization-regs-2018): a Word file that was some notice's 附件2
    text = (
        "附件2\n\n福建省生态文明建设促进条例\n（2018年9月30日福建省第十三届人民代表大会\n常务委员会第六次会议通过）\n"
        "第一章\u3000总    则\n" + BODY
    )
    assert guess_meta(text, "fj", "0" * 64).title == "福建省生态文明建设促进条例"


def test_a_cited_decree_split_by_a_pdf_line_end_names_no_issuer() -> None:
    # DECREE_ORGAN_SPLIT and CITED_ANNEX_LABEL_LOST (nat-medins-payment-qualification-2024): the letter is signed above
    # the attachments whose 附件 labels were lost; "（国家医 疗保障局令第2号）" is a cited decree
    text = (
        "定点医药机构相关人员医保支付资格管理制度的指导意见\n（医保发〔2024〕23 号）\n"
        "各省、自治区、直辖市及新疆生产建设兵团医保局、卫生健康委、药 监局：\n"
        "按照《医疗机构医疗保障定点管理暂行办法》（国家医 疗保障局令第2号，以下简称“2号令”）等法律 法规要求，"
        "现就建立定点医药机构相关人员医保支付资格管理制度提 出如下意见。\n"
        "一、完善管理流程\n定点医药机构维护本机构相关人员信息，进行登记备案（附件1），可参照记分标准记分（附件2）。\n"
        "国家医保局\n国家卫生健康委\n国家药监局\n2024年8月23日\n"
        "登记备案及登记备案状态维护\n定点医药机构通过动态 维护窗口，维护本机构相关人员信息。\n"
        "记分规则（2024年版）（推荐）\n国家医保局根据记分规则执行情况，在保持总体稳定的前提下动 态调整。\n"
    )
    assert guess_meta(text, "medins", "0" * 64).issuer == "国家医保局、国家卫生健康委、国家药监局"
    assert _decree_issuer("按照《医疗机构医疗保障定点管理暂行办法》（国家医 疗保障局令第2号，以下简称“2号令”）") == ""
    assert _decree_issuer("中华人民共和国国务院令\n第　559　号\n") == "国务院"
    assert text[_announced_annex_start(text) :].startswith("登记备案及登记备案状态维护")


def test_an_announcement_run_into_its_lead_issues_the_guide_it_names() -> None:
    # NOTICE_RUN_ON_LEAD (nat-event-carbon-neutral-guide-2019): a 公告 on one line, its lead's 为推动 glued to it
    text = (
        "关于发布《大型活动碳中和实施指南（试行）》的公告为推动践行低碳理念，弘扬以低碳为荣的社会新风尚，规范大型活动"
        "碳中和实施，现发布《大型活动碳中和实施指南（试行）》（见附件）。特此公告。附件：大型活动碳中和实施指南（试行）"
        "生态环境部2019年5月29日"
    )
    assert guess_meta(text, "x", "0" * 64).title == "大型活动碳中和实施指南（试行）"


def test_a_letter_signed_over_its_first_annex_is_its_signers() -> None:
    # ANNEX_AFTER_SIGNATURE (nat-permit-spec-projects-call-2018): the list's two titles, the signer, the date, 附件1.
    text = (
        "关于征集2020年度排污许可技术规范项目承担单位的通知各省、自治区、直辖市环境保护厅（局），有关高校和科研院所:"
        "我部现提前开展2020年度排污许可技术规范项目承担单位征集工作。有关事项通知如下：一、申报要求（一）申报单位具备独立"
        "法人资格。附件：1.排污许可技术规范项目指南2.国家环境保护标准制修订项目申报表生态环境部办公厅2018年6月7日"
        "附件1.排污许可技术规范项目指南序号子项目名称1排污许可证申请与核发技术规范  现代煤化工工业"
    )
    assert guess_meta(text, "x", "0" * 64).issuer == "生态环境部办公厅"
