"""Rules of fixseg44 (session 34): causes round 44's first score showed in headings (duty reports in a row on a
school page, a PDF's running footer and header around its page breaks)."""

from __future__ import annotations

from plankg.loaders.text.furniture import PAGE_BREAKS, page_edge_lines
from plankg.schema import PlanMeta
from tests.segmenting import PARA, tree

REPORTS = PlanMeta(id="t", title="学校班子成员年度述职报告展示")

# sx1z-vp-duty-reports-2024 (heldout44): a portal's notice to staff, then three vice-principals' duty reports, each
# a title line and a byline over its lead and parts 一、…; the third report's title differs in its middle
DUTY_REPORTS = (
    "学校班子成员年度述职报告展示\n"
    "全体教职工：\n"
    "根据市教育局党委开展2024年度市直学校领导干部述职评议的通知要求，现将学校班子成员年度述职报告予以展示。\n"
    "党政办\n"
    "2025年1月21日\n"
    "2024年度述职述廉述德述法报告\n"
    "绍兴市第一中学副校长俞奇弘\n"
    "2024年度，在市教育局和校党委的坚强领导下，确保学校日常运行与重点项目的顺利开展。现将本年度个人工作总结如下：\n"
    "一、加强学习，努力提高自身素质\n" + PARA + "\n"
    "二、恪尽职守，认真做好本职工作\n"
    "（一）提能力，持续优化教育教学效果。" + PARA + "\n"
    "（二）强管理，不断推动年段工作落实。" + PARA + "\n"
    "三、廉洁自律，严格遵守规章制度\n" + PARA + "\n"
    "四、存在不足与下一步打算\n" + PARA + "\n"
    "2024年度述职述廉述德述法报告\n"
    "绍兴市第一中学副校长杨佩琼\n"
    "一年来，我从阳明中学调到绍兴一中，担任党委委员、纪委书记、副校长，现将工作情况报告如下：\n"
    "一、加强理论学习，提高政治素养\n" + PARA + "\n"
    "二、聚焦立德树人，打造德育品牌\n" + PARA + "\n"
    "2024年度述职述廉述德报告\n"
    "绍兴市第一中学副校长 冯王亮\n"
    "2024年8月，我开始担任绍兴市第一中学副校长，但也有一些值得思考和不断完善的地方，现述职如下：\n"
    "一、认真学习，提高自身素质\n" + PARA + "\n"
    "二、角色转变，发挥表率作用\n" + PARA + "\n"
    "三、尽心尽力，抓好高三优秀学生\n" + PARA + "\n"
)


def test_reports_of_one_kind_in_a_row_after_a_page_lead_head_their_parts() -> None:
    # REPORTS_IN_A_ROW: each report title is a level-1 heading, the same title again included, its parts level 2
    sections = tree(DUTY_REPORTS, REPORTS)
    assert [h for h in sections if h[0] == 1] == [
        (1, "", "2024年度述职述廉述德述法报告"),
        (1, "", "2024年度述职述廉述德述法报告"),
        (1, "", "2024年度述职述廉述德报告"),
    ]
    assert (2, "一、", "加强理论学习，提高政治素养") in sections
    assert (3, "（一）", "提能力，持续优化教育教学效果") in sections


def test_parts_under_a_report_title_after_its_lead_are_no_announced_measures() -> None:
    # ANNOUNCED_PARTS_OF_DOCUMENT: "…现述职如下：" is the report's opening, its 一、…三、 its parts (they were dropped)
    sections = tree(DUTY_REPORTS, REPORTS)
    assert (2, "三、", "廉洁自律，严格遵守规章制度") in sections
    assert [h for h in sections if h[2] in ("认真学习，提高自身素质", "尽心尽力，抓好高三优秀学生")] == [
        (2, "一、", "认真学习，提高自身素质"),
        (2, "三、", "尽心尽力，抓好高三优秀学生"),
    ]


def test_one_title_over_restarted_parts_is_no_row() -> None:
    # REPORTS_IN_A_ROW: a title line whose parts never restart under a second title is one document
    text = (
        "测试市促进产业发展实施方案\n"
        "为推动产业发展，制定本方案。\n"
        "一、总体要求\n" + PARA + "\n"
        "二、重点任务\n" + PARA + "\n"
    )
    assert [h for h in tree(text, PlanMeta(id="t", title="测试市促进产业发展实施方案")) if h[0] == 1] == [
        (1, "一、", "总体要求"),
        (1, "二、", "重点任务"),
    ]


# nat-vet-drug-label-measures-2017 (heldout44): the OCR text of a ministry's rules, each page ending in its footer
# 农业农村部发布 and opening with its header 农业农村部规章, a blank line between
PAGE = "兽药标签和说明书的字迹必须清晰易辨，兽用标识及外用药标识应清楚醒目，不得有印字脱落或粘贴不牢等现象。\n" * 4
VET_RULES = (
    "农业农村部规章\n兽药标签和说明书管理办法\n第一章总则\n"
    + PAGE
    + "第二章兽药标签的基本要求\n农业农村部发布\n\n农业农村部规章\n"
    + PAGE
    + "农业农村部发布\n\n农业农村部规章\n第三章兽药说明书的基本要求\n"
    + PAGE
    + "第四章兽药标签和说明书的管理\n农业农村部发布\n\n农业农村部规章\n"
    + PAGE
    + "农业农村部发布\n\n农业农村部规章\n第五章附则\n"
    + PAGE
    + "农业农村部发布\n"
)


def test_footer_and_header_around_page_break_blank_lines_are_furniture() -> None:
    # RUNNING_PAIR_OVER_BREAK: the footer and header lines go, everywhere; the chapters stay
    spans = page_edge_lines(VET_RULES, PAGE_BREAKS)
    assert {VET_RULES[a:b].strip() for a, b in spans} == {"农业农村部发布", "农业农村部规章"}
    assert len(spans) == 10
    titles = [h[2] for h in tree(VET_RULES, PlanMeta(id="t", title="兽药标签和说明书管理办法"))]
    assert "农业农村部发布" not in titles and "农业农村部规章" not in titles
    assert "兽药标签和说明书的管理" in titles


def test_lines_spaced_apart_line_by_line_are_no_page_breaks() -> None:
    # RUNNING_PAIR_OVER_BREAK: a table's cells one a paragraph ("设施养护处" / "" / "市道运中心", sh-transport-
    # finemgmt-2024) repeat side by side, no footer over a header
    rows = ("设施养护处\n\n市道运中心\n\n" + PARA + "\n\n" + PARA + "\n\n" + PARA + "\n\n") * 4
    assert page_edge_lines(rows, PAGE_BREAKS) == []


def test_a_body_and_its_duty_opening_a_numbered_line_is_a_clause() -> None:
    # DUTY_BEFORE_VERB: "（一）农业农村部畜牧兽医局负责|组织实施…" opens with its subject and duty, no title of its own
    from plankg.loaders.structure.headings import read_heading_line

    line = (
        "（一）农业农村部畜牧兽医局负责组织实施全国动物疫病监测与流行病学调查工作，并对实施情况进行检查和考核；"
        "根据动物防疫工作需要，组织开展专项调查。"
    )
    assert read_heading_line(line) is None
    assert read_heading_line("（二）统一领导、分级负责。在国务院统一领导下，各地区各部门分级负责。") is not None
