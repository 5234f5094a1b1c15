"""Rules of fixseg52 (session 38): causes round 52 (heldout52) showed in headings."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import tree

# lijiang-fyp15-proposal-explanation-2026 (heldout52): a news page's speech, the speaker's letter-spaced name over
# the salutation, then part 一、
SPEECH = (
    "关于《中共丽江市委关于制定丽江市国民经济和社会发展第十五个五年规划的建议》的说明\n\n"
    "(二〇二六年一月十五日)\n\n浦 虹\n\n同志们:\n\n"
    "受市委常委会委托,我就《中共丽江市委关于制定丽江市国民经济和社会发展第十五个五年规划的建议》"
    "(以下简称《建议》)起草的有关情况向全会作说明。\n\n一、《建议》稿起草过程\n\n"
    "市委对制定“十五五”规划建议高度重视,多次召开市委常委会会议,研究谋划我市经济社会发展重大思路举措。\n"
)


def test_the_speaker_above_the_salutation_is_no_heading() -> None:
    # SPEAKER_ABOVE_SALUTATION
    assert tree(SPEECH) == [(1, "一、", "《建议》稿起草过程")]


# cq-property-tax-rules-amendment-2023 (heldout52): a rules PDF whose text layer keeps the gaps of letter-spaced
# chapter titles as tabs
TAB_SPACED_CHAPTERS = (
    "重庆市个人住房房产税征收管理实施细则\n\n第一章 总 \t则\n\n"
    "第一条 为了规范个人住房房产税征收管理，根据有关规定，制定本细则。\n\n第二章 \t试点区域\n\n"
    "第二条 试点区域为主城区。\n\n第三章 \t税 \t率\n\n第三条 税率为百分之一。\n\n第四章 附 \t则\n\n"
    "第四条 本细则自公布之日起施行。\n"
)


def test_a_tab_in_a_letter_spaced_chapter_title_is_its_gap() -> None:
    # TAB_SPACED_CHAPTER_TITLE
    assert tree(TAB_SPACED_CHAPTERS) == [
        (1, "第一章", "总 则"),
        (1, "第二章", "试点区域"),
        (1, "第三章", "税 率"),
        (1, "第四章", "附 则"),
    ]


# cq-property-tax-rules-amendment-2023 (heldout52): decree 361, the decision with its revision clauses, and the two
# rules it republishes, the first one's title wrapped over two lines
DECREE = (
    "重庆市人民政府令第 361 号\n\n"
    "《重庆市人民政府关于修改〈重庆市关于开展对部分个人住房征收房产税改革试点的暂行办法〉和〈重庆市个人住房房产税"
    "征收管理实施细则〉的决定》已经 2023 年 9 月 18 日市第六届人民政府第 19 次常务会议审议通过，"
    "现予公布，自公布之日起施行。\n\n"
    "2023 年 9 月 20 日\n\n"
    "市政府决定对《重庆市关于开展对部分个人住房征收房产税改革试点的暂行办法》和《重庆市个人住房房产税征收管理实施细则》"
    "作如下修改：\n"
    "一、对《重庆市关于开展对部分个人住房征收房产税改革试点的暂行办法》作出修改\n"
    "（一）将第七条第三款、第八条第二款、第十条第五款中的“地方税务机关”修改为“税务机关”。\n"
    "（二）删去第十七条第一款。\n"
    "二、对《重庆市个人住房房产税征收管理实施细则》作出修改\n"
    "（一）将第三十四条中的“国土房管部门”修改为“住房城乡建设部门”。\n"
    "（二）将第三条中的“北部新区”修改为“两江新区”。\n"
    "本决定自公布之日起施行。\n\n"
    "重庆市关于开展对部分\n\n个人住房征收房产税改革试点的暂行办法\n\n"
    "为调节收入分配，引导个人合理住房消费，重庆市人民政府决定在部分区域开展对部分个人住房征收房产税改革试点。\n"
    "一、试点区域\n试点区域为渝中区、江北区、沙坪坝区、九龙坡区、大渡口区、南岸区、北碚区、渝北区、巴南区。\n"
    "二、税率\n独栋商品住宅和高档住房建筑面积交易单价在上两年主城九区新建商品住房成交建筑面积均价3倍以下的住房，"
    "税率为0.5%。\n"
    "三、本办法由重庆市人民政府解释。\n\n"
    "重庆市个人住房房产税征收管理实施细则\n\n第一章 总 \t则\n\n"
    "第一条 为了规范个人住房房产税征收管理，根据有关规定，制定本细则。\n\n第二章 \t试点区域\n\n"
    "第二条 试点区域为主城区。\n"
)


def test_a_decision_republishing_rules_heads_each_under_its_title() -> None:
    # PRESENTED_REVISED_DOCUMENTS, ISSUED_TITLE_WRAPPED, REVISION_CLAUSE, INTERPRETING_BODY_PROVISION
    assert tree(DECREE) == [
        (1, "一、", "对《重庆市关于开展对部分个人住房征收房产税改革试点的暂行办法》作出修改"),
        (1, "二、", "对《重庆市个人住房房产税征收管理实施细则》作出修改"),
        (1, "", "重庆市关于开展对部分个人住房征收房产税改革试点的暂行办法"),
        (2, "一、", "试点区域"),
        (2, "二、", "税率"),
        (1, "", "重庆市个人住房房产税征收管理实施细则"),
        (2, "第一章", "总 则"),
        (2, "第二章", "试点区域"),
    ]


# nj-purchase-limit-opinions-notice-2017 (heldout52): the opinions' 1、… are clauses, one opening with its condition
# ending in 的 before a colon
CONDITION_ENTRIES = (
    "住房限购政策的实施意见\n\n"
    "三、关于购房证明有效期的认定\n"
    "1、在 2017 年 3 月 16 日前已开具购房证明的：因已过有效期且未购房重新申请开具的，按《市政府办公厅关于进一步调整"
    "我市住房限购政策的通知》执行。商品住房在《南京市房地产综合业务系统》已认购或合同已确认的，可继续办理。\n"
    "四、关于执行时间\n以上意见自 2017 年 5 月 4 日起执行。\n"
)


def test_a_label_ending_in_de_is_a_condition_not_a_title() -> None:
    # CONDITION_LABEL
    assert tree(CONDITION_ENTRIES) == [(1, "三、", "关于购房证明有效期的认定"), (1, "四、", "关于执行时间")]


# zhenba-county-gov-work-rules-2024 (heldout52): a portal's bulleted metadata block giving the site as the issuer,
# the title again and the first chapter right under 内容概述:
PORTAL_BLOCK = (
    "返回顶部\n\n镇巴县人民政府工作规则\n\n  • 索引号:\n\n    6107280000/2024-001005\n  • 主题分类:\n\n  • 来源:\n\n"
    "  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    镇政发〔2024〕7号\n"
    "  • 发文日期:\n\n    2024年04月06日 16:40\n  • 有效性:\n\n  • 发布日期:\n\n    2024年04月06日 16:34\n"
    "  • 内容概述:\n\n镇巴县人民政府工作规则\n\n第一章总则\n\n"
    "一、根据《中华人民共和国宪法》，参照《陕西省人民政府工作规则》的有关规定，结合本县实际，制定本规则。\n\n"
    "第二章   组成人员和政府职能\n\n二、县政府由县长、副县长、县政府党组成员组成。\n"
)


def test_a_link_list_ends_at_a_chapter_line() -> None:
    # LINK_LIST_ENDS_AT_CHAPTER
    assert [(level, number, title) for level, number, title in tree(PORTAL_BLOCK) if level == 1] == [
        (1, "第一章", "总则"),
        (1, "第二章", "组成人员和政府职能"),
    ]


def test_a_headline_wrapped_over_four_lines_is_no_heading() -> None:
    # HEADLINE_SPAN_LINES: the decision's headline between the decree page and its lead
    title = (
        "重庆市人民政府关于修改《重庆市关于开展对部分个人住房征收房产税改革试点的暂行办法》和"
        "《重庆市个人住房房产税征收管理实施细则》的决定"
    )
    headline = (
        "（此件公开发布）\n\n重庆市人民政府\n\n关于修改《重庆市关于开展对部分\n\n个人住房征收房产税改革试点的暂行办法》和\n\n"
        "《重庆市个人住房房产税征收管理实施细则》的决定\n\n"
    )
    lead = "市政府决定对《重庆市关于开展对部分"
    text = DECREE.replace(lead, headline + lead, 1)
    assert tree(text, PlanMeta(id="t", title=title)) == tree(DECREE, PlanMeta(id="t", title=title))
    assert tree(text, PlanMeta(id="t", title=title))[0] == (
        1,
        "一、",
        "对《重庆市关于开展对部分个人住房征收房产税改革试点的暂行办法》作出修改",
    )


def test_revision_clauses_read_inline_are_clauses() -> None:
    # REVISION_CLAUSE, INTERPRETING_BODY_PROVISION in a text that lost its line breaks
    joined = "".join(line.strip() for line in DECREE.splitlines())
    titles = [title for _, _, title in tree(joined)]
    assert not [t for t in titles if t.startswith(("将第", "删去第"))]
    assert "对《重庆市个人住房房产税征收管理实施细则》作出修改" in titles
