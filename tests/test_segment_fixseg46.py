"""Rules of fixseg46 (session 35): causes round 46's first score showed in headings and metadata (a lone 问:…? on a
Q&A page, a part's title glued to its first run-in lead, a ——item at a cut text's end, image file names over a
chapter, annex labels taken for a running line, a news dispatch's dateline glued to its headline)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta
from plankg.schema import PlanMeta
from tests.segmenting import PARA, tree

SHA = "0" * 64

# nat-eco-zoning-interp-2024 (heldout46), as the law site's teaser page stores it
ZONING_QA = (
    "新华社北京3月17日电题:加强生态环境分区管控为发展“明底线”“划边框”——生态环境部有关负责人就关于加强生态环境分区"
    "管控的意见答记者问\n"
    "新华社记者\n"
    "《中共中央办公厅国务院办公厅关于加强生态环境分区管控的意见》3月17日公开发布。意见出台的背景是什么?提出了哪些重点任务?"
    "记者就此采访了生态环境部有关负责人。\n"
    "问:意见出台的背景是什么?\n"
    "答:生态环境分区管控是以保障生态功能和改善环境质量为目标,实施分区域差异化精准管控的环境管理制度,是提升生态环境治理"
    "现代化水平的重要举措。\n"
    "实施生态环境分区管控是以习近平同志为核心的党中央作出的重大决策部署。长江保护法、黄河保护法均对加强生态环境"
    "分区管控、 ……\n"
)
ZONING_TITLE = (
    "加强生态环境分区管控为发展“明底线”“划边框”——生态环境部有关负责人就关于加强生态环境分区管控的意见答记者问"
)


def test_a_lone_question_is_numbered_by_its_marker() -> None:
    # QUESTION_MARKER_LINE
    assert tree(ZONING_QA, PlanMeta(id="t", title=ZONING_TITLE)) == [(1, "问:", "意见出台的背景是什么?")]


def test_a_dispatch_dateline_glued_to_its_headline_is_no_part_of_the_title() -> None:
    # DATELINE_HEADLINE; HEADLINE_SUBTITLE_ISSUER names the ministry the subtitle names
    meta = guess_meta(ZONING_QA, "stem", SHA)
    assert (meta.title, meta.kind, meta.issuer) == (ZONING_TITLE, "interpretation", "生态环境部")


# cs-new-urbanization-2021 (heldout46): 基本原则 glued to the first principle's run-in lead, a ——item at the cut end
URBANIZATION = (
    "长沙市新型城镇化发展规划(2021—2025年)\n\n"
    "  为落实“三高四新”战略要求,科学推进新型城镇化发展,编制本规划。规划期限2021—2025年。\n\n"
    "  一、总体要求\n\n"
    "  (一)基本原则以人为本,公平共享。\n\n"
    "  把有序推进农业转移人口市民化作为推进新型城镇化的首要任务,积极引导农业转移人口落户城镇。协同联动,多元统筹。"
    + PARA
    + "\n\n  (二)主要目标\n\n"
    "  ——实现广泛覆盖\n"
)


def test_a_part_title_glued_to_its_first_run_in_lead_ends_after_its_head_noun() -> None:
    # HEAD_NOUN_LEAD_LINE, and DASH_ITEM_LINE: the ——item is no heading
    assert tree(URBANIZATION) == [(1, "一、", "总体要求"), (2, "（一）", "基本原则"), (2, "（二）", "主要目标")]


def test_a_title_line_running_on_after_its_head_noun_stays_whole() -> None:
    # HEAD_NOUN_LEAD_LINE only before a lead's full stop (nat-digital-china-report-2022, heldout8)
    text = (
        "一、总体情况\n"
        + PARA
        + "\n（一）顶层设计和制度规则加快健全\n"
        + PARA
        + "\n（二）在线服务水平稳步提升\n"
        + PARA
        + "\n"
    )
    assert tree(text)[1] == (2, "（一）", "顶层设计和制度规则加快健全")


# zs-transport-14fyp-2022 (heldout46): the repost's lost pictures named on one line over the plan's first chapter
TRANSPORT = (
    "中山市人民政府办公室\n\n  2022年7月26日\n\n \n\n1.png2.png3.png\n\n   第一章 发展基础\n\n \n\n"
    "  “十三五”期间,中山市交通基础设施建设加快推进,初步形成综合交通体系。" + PARA + "\n"
)


def test_a_line_of_image_file_names_heads_nothing() -> None:
    # IMAGE_NAMES_LINE
    assert tree(TRANSPORT) == [(1, "第一章", "发展基础")]


# jiangmen-talent-housing-voucher-2026 (heldout46): a red-header PDF's plan, its numbered attachment list, then the
# annexes under "附件 1" … "附件 4" labels, no page marks
ANNEXES = (
    "江门市 2026 年度“人才房票”试行工作方案\n"
    "一、适用原则\n" + PARA + "\n"
    "二、附则\n" + PARA + "\n\n"
    "附件：1.江门市“人才房票”房源提供企业承诺书2.江门市“人才房票”房源库信息情况表3.江门市“人才房票”申请承诺书\n\n"
    "附件 1\n\n江门市“人才房票”房源提供企业承诺书\n\n" + PARA + "\n"
    "一、承诺遵守的原则与依据\n" + PARA + "\n\n"
    "附件 2\n\n江门市“人才房票”房源库信息情况表\n\n" + PARA + "\n" + PARA + "\n\n"
    "附件 3\n\n江门市“人才房票”申请承诺书\n\n" + PARA + "\n"
)


def test_annex_labels_a_numbered_attachment_list_announces_are_no_running_line() -> None:
    # ANNEX_LABELS_LISTED
    assert [
        s for s in tree(ANNEXES, PlanMeta(id="t", title="江门市 2026 年度“人才房票”试行工作方案")) if s[0] == 1
    ] == [
        (1, "一、", "适用原则"),
        (1, "二、", "附则"),
        (1, "附件 1", "江门市“人才房票”房源提供企业承诺书"),
        (1, "附件 2", "江门市“人才房票”房源库信息情况表"),
        (1, "附件 3", "江门市“人才房票”申请承诺书"),
    ]


def test_a_clause_holding_a_head_noun_before_an_opener_is_not_cut_as_a_part_title() -> None:
    # HEAD_NOUN_LEAD_NAME_MAX (jj-project-info-share-spec-2011, heldout29)
    line = "（二）项目代码由项目审批单位在项目立项时负责赋码，项目代码在使用过程中保持唯一性和不变性。"
    text = "六、项目编码规则\n（一）编码对象是工程建设领域的工程项目。\n" + line + "\n" + PARA + "\n"
    assert (2, "（二）", "项目代码由项目审批单位") not in tree(text)


def test_a_sub_annex_label_heads_its_annex() -> None:
    # SUB_ANNEX_LABEL
    sub_annex = "附件 1-1\n\n申请纳入江门市“人才房票”房源库的房源信息表\n\n" + PARA + "\n\n"
    text = ANNEXES.replace("附件 2\n", sub_annex + "附件 2\n")
    meta = PlanMeta(id="t", title="江门市 2026 年度“人才房票”试行工作方案")
    assert (1, "附件 1-1", "申请纳入江门市“人才房票”房源库的房源信息表") in tree(text, meta)
