"""Rules written in session 38 (branch join52) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import _glued_inline_title_end, headings_inline

# gx-performance-risk-guide-2023 (heldout40), joined: the letter lists its attachment, the crawl appends it under a
# label that keeps the list's colon, its decimal outline glued to the title; the points under 总则 are one sentence each
GUIDE = (
    "各相关市场成员：为规范广西电力市场履约风险管理，我中心组织编制了《广西电力市场履约风险管理工作指引》，现予以印发，"
    "请遵照执行。特此通知。附件：广西电力市场履约风险管理工作指引广西电力交易中心有限责任公司2023 年 11 月 7 日（联系"
    "人及电话：祁宏鹏，0771-2550505）广西电力市场履约风险管理工作指引第 3 页附件：广西电力市场履约风险管理工作指引1 "
    "总则1.1 为规范广西电力市场履约风险管理，根据国家发改委 国家能源局《售电公司管理办法》（发改体改规〔2021〕1595 "
    "号）和南方区域电力市场履约保障凭证管理、履约风险管理实施细则等有关规定，结合广西电力市场建设实际，制定本工作指引。"
    "1.2 本指引所称履约风险管理是指广西电力交易中心有限责任公司（以下简称“广西电力交易中心”）组织建立电力市场履约风险"
    "管理机制，对履约保函（保险）的开立、接收、执行、退还的全生命周期管理。1.3 本指引适用于广西电力市场中长期及现货交"
    "易条件下电力交易机构对售电公司的履约风险管理工作。2 职责分工2.1 广西电力交易中心职责2.1.1 负责拟定、修订广西电力"
    "市场履约保障凭证管理要求。2.1.2 按照“谁运营、谁监控，谁运营、谁防范”的原则，对广西区内售电公司开展履约保障凭证的"
    "接收、保管、退还、使用申请、执行情况记录、履约风险跟踪和通报等工作。2.2 售电公司职责2.2.1 按照本指引及时、足额开"
    "立符合要求的履约保函、保险单，在规定时间内提交至广西电力交易中心。"
)


def test_an_appended_attachment_labelled_with_the_list_s_colon_is_a_heading_over_its_outline() -> None:
    # APPENDED_LABEL_WITH_COLON and DECIMAL_TOP_OPENS_ATTACHMENT: no heading of the outline was read before
    levels = [(h.level, h.title) for h in headings_inline(GUIDE)]
    assert (1, "广西电力市场履约风险管理工作指引") in levels
    assert (2, "总则") in levels
    assert (2, "职责分工") in levels
    assert (3, "广西电力交易中心职责") in levels


def test_a_decimal_run_of_one_sentence_points_is_a_rule_s_clauses() -> None:
    # DECIMAL_ONE_SENTENCE_CLAUSES: 1.1-1.3 were headings titled by their sentences
    numbers = [h.number for h in headings_inline(GUIDE)]
    assert "1.1" not in numbers and "1.3" not in numbers


# nat-coal-resource-fee-2006 (heldout11): a letter with points of its own issues its plan under the same colon label
LETTER = (
    "财政部、国土资源部、发展改革委：你们《关于…的请示》收悉。现批复如下：一、原则同意《关于深化煤炭资源有偿使用制度改革"
    "试点的实施方案》，请认真组织实施。二、各试点省（区）人民政府要加强组织，积极稳妥地推进试点工作。附件：关于深化煤炭资"
    "源有偿使用制度改革试点的实施方案国务院二○○六年九月三十日附件：关于深化煤炭资源有偿使用制度改革试点的实施方案财政部"
    "\u3000国土资源部\u3000发展改革委为贯彻落实党的十六届五中全会精神，现就深化煤炭资源有偿使用制度改革试点提出如下方"
    "案。一、试点工作的指导思想（一）指导思想。以邓小平理论为指导。二、试点工作的主要内容（一）主要内容。推进矿业权有偿"
    "取得。"
)


def test_a_letter_with_points_keeps_its_plan_read_as_before() -> None:
    # APPENDED_LABEL_WITH_COLON's guard: the letter's 一、 made the attachment's colon label no appended label
    titles = [h.title for h in headings_inline(LETTER)]
    assert not any(t.startswith("原则同意") for t in titles)


# sd-grid-rules-explanation-2025 (heldout40), joined: each point's title glued to a sentence saying what it is for
# (the points 2. and 11. of its 14, read by their marker; the title read up to the heading's length)
PURPOSE_GLUED = (
    "优化新能源预测准确率考核为配合做好新能源全量入市改革落地实施，按照《山东省新能源上网电价市场化改革实施方案》",
    "完善风电、光伏、新型储能考核管理为加强涉网安全管理，补充调整风、光、储考核条款",
)


def test_a_title_ends_where_a_purpose_clause_glued_to_it_opens() -> None:
    # PURPOSE_VERB_OPENER: cut after 为配合 (at the opener 做好), and not at all past the 、 that ends the first clause
    first, second = PURPOSE_GLUED
    assert first[: _glued_inline_title_end(first)] == "优化新能源预测准确率考核"
    assert second[: _glued_inline_title_end(second) or len(second)] == "完善风电、光伏、新型储能考核管理"
