"""Rules of fixseg52 (session 38): causes round 52 (heldout52) showed in headings."""

from __future__ import annotations

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
