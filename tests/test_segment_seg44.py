"""Rules of seg44 (session 34): headings on real layouts (PDF text, Word, HTML) of the later rounds."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import tree

GUIDES = PlanMeta(id="t", title="“制造基础技术与关键部件”重点专项2021 年度项目申报指南建议（征求意见稿）")
PREAMBLE = "为落实《国家中长期科学和技术发展规划纲要（2006—2020 年）》等规划，现提出 2021 年度项目申报指南建议。\n"
TASK = "研究内容：研究滚动轴承润滑性能检测原理与技术；开展应用验证。考核指标：研制出检测装置；申请发明专利≥3 项。\n"

# nat-rd-guides-2021-draft (heldout42): two draft guides in a row, each title over its preamble and its 1. parts, the
# later field label of every task glued after the 。 of the first
RD_GUIDES = (
    "“制造基础技术与关键部件”重点专项2021 年度项目申报指南建议（征求意见稿）\n"
    + PREAMBLE
    + "1. 基础前沿\n1.1 滚动轴承基础物理参数检测技术\n"
    + TASK
    + "1.2 滚动轴承装配基础与智能装配方法\n"
    + TASK
    + "1.3 高功率密度液压元件摩擦副寿命预测与延寿设计\n"
    + TASK
    + "“网络协同制造和智能工厂”重点专项2021 年度项目申报指南建议（征求意见稿）\n"
    + PREAMBLE
    + "1. 基础支撑技术\n1.1 工业边缘计算系统级建模语言设计与工具研发\n"
    + TASK
    + "1.2 离散智能车间制造资源自适应动态集成方法及优化\n运行支持技术"
    + TASK
    + "1.3 面向工业互联的智能制造管理软件快速构建方法\n"
    + TASK
)


def test_titles_of_documents_of_one_kind_in_a_row_head_their_documents() -> None:
    # DOCUMENTS_IN_A_ROW: both guide titles are level-1 headings, their parts level 2 and the numbering restarts
    headings = [h for h in tree(RD_GUIDES, GUIDES) if h[1] != ""]
    assert headings[:2] == [(2, "1.", "基础前沿"), (3, "1.1", "滚动轴承基础物理参数检测技术")]
    titles = [h for h in tree(RD_GUIDES, GUIDES) if h[0] == 1]
    assert titles == [
        (1, "", "“制造基础技术与关键部件”重点专项2021 年度项目申报指南建议（征求意见稿）"),
        (1, "", "“网络协同制造和智能工厂”重点专项2021 年度项目申报指南建议（征求意见稿）"),
    ]
    assert (2, "1.", "基础支撑技术") in tree(RD_GUIDES, GUIDES)


def test_field_labels_glued_after_a_full_stop_under_every_task_are_its_sub_headings() -> None:
    # GLUED_FIELD_LABELS: 研究内容 / 考核指标 under each task, one level below; a title broken over two lines gets its
    # tail back from before its first label
    sections = tree(RD_GUIDES, GUIDES)
    labels = [h for h in sections if h[0] == 4]
    assert labels == [(4, "", "研究内容"), (4, "", "考核指标")] * 6
    assert (3, "1.2", "离散智能车间制造资源自适应动态集成方法及优化运行支持技术") in sections


def test_a_title_over_its_attachment_of_another_kind_is_no_row_of_documents() -> None:
    # DOCUMENTS_IN_A_ROW: the plan's title and an annexed form titled otherwise share no kind's ending
    text = (
        "测试市促进产业发展实施方案\n"
        "为推动产业发展，制定本方案。\n"
        "一、总体要求\n"
        "到2025年，产业规模明显扩大，创新能力显著增强，形成一批具有竞争力的企业。\n"
        "测试市产业发展项目申报表\n"
        "一、基本信息\n"
    )
    assert not any(h[0] == 1 and h[1] == "" and h[2] == "测试市促进产业发展实施方案" for h in tree(text))


def test_stage_labels_before_a_sentence_are_inline_headings_under_the_schedule() -> None:
    # STAGE_LABEL_LINES (nat-illness-poverty-survey-2016, heldout36; sx1z-fyp-2010 with dates and bold, heldout31)
    text = (
        "一、工作流程\n"
        "各地按照调查方案的要求组织开展调查工作，逐级汇总上报调查结果，确保数据真实准确。\n"
        "二、时间安排\n"
        "第一阶段：2016年4月，印发《调查方案》，启动调查工作；\n"
        "第二阶段：2016年5月，逐级培训调查人员（中央培训省级，省级培训市县）；\n"
        "**第三阶段(2016年5月∼2016年6月)：开展并完成调查工作任务。**\n"
        "三、保障措施\n"
        "各地要加强组织领导，明确责任分工，确保调查工作按时保质完成，数据真实可靠。\n"
    )
    assert tree(text)[2:5] == [
        (2, "", "第一阶段"),
        (2, "", "第二阶段"),
        (2, "", "第三阶段（2016年5月∼2016年6月）"),
    ]


def test_steps_titled_after_their_colon_are_no_stage_labels() -> None:
    # STAGE_LABEL_LINES: a 第一步：title with no sentence is no run-in label (gz-social-security-card-guide-2026)
    text = (
        "一、办理流程\n"
        "第一阶段：提前准备相片回执号\n"
        "第二阶段：办理申领\n"
        "二、注意事项\n"
        "申领人应当按照要求如实提供本人信息，并对所提供材料的真实性负责。\n"
    )
    assert not any(h[2].startswith("第一阶段") and h[1] == "" for h in tree(text))


def test_a_bare_annex_label_over_the_document_the_text_forwards_is_front_matter() -> None:
    # CITED_BARE_ANNEX_BODY (nat-anti-trafficking-plan-2007, heldout32): the 附: line and the cited title are front
    # matter, the forwarded plan's parts level 1
    text = (
        "中新网12月20日电 国务院办公厅近日印发《中国反对拐卖妇女儿童行动计划（2008-2012年）》。\n"
        "国务院办公厅在通知中称,《中国反对拐卖妇女儿童行动计划（2008—2012年）》已经国务院同意,现印发给你们,"
        "请认真贯彻执行。\n"
        "附:\n"
        "中国反对拐卖妇女儿童行动计划\n"
        "(2008—2012年)\n"
        "拐卖妇女儿童犯罪严重侵犯妇女儿童的人身权利，为有效预防和打击拐卖妇女儿童犯罪，制定本行动计划。\n"
        "一、背景和挑战\n"
        "近年来，我国政府高度重视预防和打击拐卖妇女儿童犯罪工作，取得了显著成效，但形势依然严峻。\n"
    )
    meta = PlanMeta(id="t", title="中国反对拐卖妇女儿童行动计划(2008—2012年)")
    assert tree(text, meta) == [(1, "一、", "背景和挑战")]
