"""Round 18's saved pages (session 20, branch seg20): a news headline above the plan's title line, an empty
attachment list over the signature, and numbered lines that open with a subject and its modal are no sections."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import tree

YN_TITLE = "云南省电动汽车充电设施服务能力倍增行动方案"
# yn-ev-charging-doubling-2026 (heldout18), shortened: the vault's title line, the page's headline and the news
# lead, then the plan's title line again over its body.
YN_PAGE = f"""# {YN_TITLE}

**文号**: （无）
**发文机构**: 云南省交通运输厅、云南省发展改革委
**发布日期**: 2026-04-24

## 政策原文

明年底建成25万枪！云南印发方案服务电车充电_云南省交通运输厅

首页
 >
行业新闻

明年底建成25万枪！云南印发方案服务电车充电

            来源：云南发布、云南省能源局       2026-04-23 09:56

\t为落实国家发展改革委、国家能源局等部门联文印发的《电动汽车充电设施服务能力“三年倍增”行动方案（2025—2027年）》\
工作要求，云南省六部门印发《云南省电动汽车充电设施服务能力倍增行动方案》，提出实施五大行动。

\t

{YN_TITLE}

\t一、主要目标

\t通过优化充电设施布局、提升服务效能、强化要素保障，推动构建高质量充电基础设施体系。

\t二、公共充电设施提质升级行动

\t（一）优化城市快速充电网络

\t建设快充为主、慢充为辅、大功率充电为有益补充、创新技术融合发展的城市公共充电网络。
"""


def test_a_headline_above_the_repeated_title_line_is_no_section() -> None:
    # TITLE_LINE_REPEATED_OVER_BODY: the headline and the title line were level-1 sections
    assert tree(YN_PAGE, PlanMeta(id="t", title=YN_TITLE)) == [
        (1, "一、", "主要目标"),
        (1, "二、", "公共充电设施提质升级行动"),
        (2, "（一）", "优化城市快速充电网络"),
    ]


def test_a_preface_between_the_cover_title_and_the_body_title_stays() -> None:
    # TITLE_LINE_REPEATED_OVER_BODY stops at a preface: a standard's 前言 stands between its cover and its body title
    title = "地震安全韧性城市建设导则"
    text = (
        f"{title}\n\n北京市市场监督管理局  发布\n\n前      言\n\n本文件按照相关规则起草，由北京市地震局提出并归口。\n\n"
        f"{title}\n\n1  范围\n\n本文件规定了地震安全韧性城市建设的基本要求和建设内容。\n\n"
        "2  规范性引用文件\n\n下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。\n"
    )
    titles = [title for _, _, title in tree(text, PlanMeta(id="t", title=title))]
    assert titles[0].replace(" ", "") == "前言"


# gz-public-rental-allocation-2025 (heldout18), shortened: the page's attachment links were lost.
GZ_END = """五、温馨提示
（一）申请家庭如需了解本次公共租赁住房分配的相关情况，可前往保障房小区服务窗口（附件2）咨询并领取办理指引，或致电咨询。
附件：
广州市住房保障办公室
2025年3月19日
"""


def test_an_empty_attachment_list_over_the_signature_is_no_section() -> None:
    # ATTACHMENT_LIST_OVER_SIGNATURE: "附件：" / "广州市住房保障办公室" was a level-1 attachment heading
    text = "一、房源情况\n本次推出分配的房源为2024年度户籍家庭公共租赁住房集中分配时未成功匹配的房源。\n" + GZ_END
    assert all(number != "附件：" for _, number, _ in tree(text, PlanMeta(id="t", title="通告")))


def test_a_line_opening_with_a_subject_and_its_modal_is_a_clause() -> None:
    # SUBJECT_MODAL_CLAUSE: "待遇领取人员可" (cut before 通过) was a level-2 section
    text = (
        "一、一年至少认证一次\n按月领取基本养老保险待遇的参保人应一年至少进行一次领取待遇资格认证。\n二、认证方式\n"
        "（一）待遇领取人员可通过“粤省事”“穗好办”或“电子社保卡”微信小程序、“广东人社”或“掌上12333”APP、"
        "国家社会保险公共服务平台等移动平台进行远程人脸识别认证。\n"
    )
    assert tree(text, PlanMeta(id="t", title="通告")) == [(1, "一、", "一年至少认证一次"), (1, "二、", "认证方式")]


def test_a_letter_spaced_preface_run_into_its_paragraph_is_a_heading() -> None:
    # PREFACE_RUN_IN: "前 言 充换电基础设施是…" (jl-ev-charging-2021, a PDF's line) gave no heading
    text = (
        "前 言 充换电基础设施是电动汽车推广应用的基础和保障， 大力推进充换电基础设施建设，是当前和今后一个时期加 快"
        "电动汽车推广应用的紧迫任务。\n\n一、电动汽车及充换电设施发展现状\n\n（一）国内外电动汽车产业发展现状与趋势\n\n"
        "当前电动汽车的出现正改变着传统汽车行业的格局。\n"
    )
    assert tree(text, PlanMeta(id="t", title="吉林省电动汽车充换电基础设施发展规划")) == [
        (1, "", "前 言"),
        (1, "一、", "电动汽车及充换电设施发展现状"),
        (2, "（一）", "国内外电动汽车产业发展现状与趋势"),
    ]


def test_a_preface_word_in_a_sentence_is_no_heading() -> None:
    text = "前言部分说明了规划的编制背景和主要内容，供各方参考使用。\n\n一、总体要求\n\n坚持统筹规划、合理布局。\n"
    assert tree(text, PlanMeta(id="t", title="某规划")) == [(1, "一、", "总体要求")]


def test_a_bold_run_in_title_with_a_comma_is_the_whole_bold_run() -> None:
    # BOLD_RUN_IN_TITLE: "**3．完善规划管理和相应标准，加大土地支持力度** 鼓励…" (jl-ev-charging-2021) was titled up to
    # its paragraph's first full stop
    text = (
        "# 吉林省电动汽车充换电基础设施发展规划\n\n五、保障措施\n\n（一）加强组织领导\n\n各地要建立工作机制。\n\n"
        "（二）完善政策支持\n\n**1．加大财政支持力度** 各地要统筹资金支持充换电设施建设。\n\n"
        "**2．完善规划管理和相应标准，加大土地支持力度** 鼓励省内各城乡加大充换电设施的建设，按照省内总体规划，"
        "将独立占地的集中式充换电站用地纳入公用设施营业网点用地。\n"
    )
    titles = [title for _, _, title in tree(text, PlanMeta(id="t", title="吉林省电动汽车充换电基础设施发展规划"))]
    assert titles[-1] == "完善规划管理和相应标准，加大土地支持力度"


def test_a_short_line_running_on_into_a_quantity_is_no_heading() -> None:
    # QUANTITY_GOES_ON_BELOW: "全省电动汽车销售量为 8.01 万辆，“十四五”期间增长" (jl-ev-charging-2021) was a section
    text = (
        "（1）弹性系数法\n\n通过对全省国民生产总值与电动汽车保有量增速关系的统计分析，预测保有量。\n\n"
        "（2）Logistic 曲线法\n\n根据 Logistic 模型对“十四五”期间电动汽车保有量进行预测和分析。在 Logistic 模型参数"
        "估计过程中，根据\n2019～2020 年吉林省电动汽车保有量数据确定待估计参数，\n以及规划年的增长曲线中发展的最高"
        "数量。通过函数关系预测“十四五”期间吉林省电动汽车保有量。预计 2025 年\n\n* * *\n\n"
        "全省电动汽车销售量为 8.01 万辆，“十四五”期间增长\n18.40 万辆，结果详见表 2-2。根据 Logistic 曲线法，预计"
        "“十四五”末吉林省新能源汽车保有量将达到 19.95 万辆。\n\n（3）吉林省电动汽车保有量预测结果分析\n\n"
        "两种方法的预测结果较为接近。\n"
    )
    assert [title for _, _, title in tree(text, PlanMeta(id="t", title="某规划"))] == [
        "弹性系数法",
        "Logistic 曲线法",
        "吉林省电动汽车保有量预测结果分析",
    ]
