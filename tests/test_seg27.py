"""seg27 (session 27): server pages kept as their source (JSP views of a 九江 column and a county platform, round
29), their menus, headlines and record titles. Each excerpt is quoted from tests/realworld/texts (heldout29,
development data); each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.text.formats import read_html
from plankg.loaders.text.read import guess_meta

# jj-project-info-catalogue-notes-2011: the JSP template's head, shortened (Struts tags inside attribute values)
CELL = (
    '<table><tr><td background="<s:url value="/ewcmssource/front/{image}.jpg"/>" class="STYLE10">'
    "{text}</td></tr></table>"
)
JJ_PAGE = "\n".join(
    [
        '<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>',
        '<%@ taglib prefix="s" uri="/struts-tags" %>',
        "<html><head><title>项目信息基本目录内容说明 </title></head><body>",
        CELL.format(image="banner-01", text='<a href="<s:url action="index"/>" >首页</a>'),
        CELL.format(image="banner-0001", text='<a href="<s:url action="projectlist"/>">项目信息公开</a>'),
        CELL.format(image="banner-0001", text='<a href="<s:url action="enterpriselist"/>">信用信息公开</a>'),
        CELL.format(
            image="banner-0001", text='<a href="http://app.jiangxi.gov.cn/shengbao.jsp">项目基本信息申请表&nbsp;</a>'
        ),
        '<table><tr><td class="fenlei"><strong>项目信息公开目录说明</strong></td></tr></table>',
        CELL.format(image="2-main-02", text="发布时间：2011-09-29"),
        "<table><tr><td>",
        "<p>（一）项目审批公开信息</p>",
        "<p>1. 项目审批信息：包括项目建议书批复结果信息、可行性研究报告批复结果信息、初步设计方案批复结果信息、"
        "节能评估审查批复结果信息、规划选址意见批复结果信息等内容。</p>",
        "<p>2. 项目核准信息：包括项目核准结果等内容。</p>",
        "<p>（二）项目建设管理公开信息</p>",
        "<p>1. 项目基本信息：包括项目名称、项目概况、建设时间、建设单位（项目法人）信息、参建单位信息等内容。</p>",
        "<p>2. 招标投标信息：包括招标事项、招标公告、投标资格预审公告和中标结果等内容。</p>",
        "</td></tr></table>",
        "</body></html>",
    ]
)


def test_server_tags_inside_attributes_leave_no_attribute_text() -> None:
    # SERVER_TEMPLATE_TAGS: `background="<s:url value="…"/>"` ended the attribute early: `" class="STYLE11">…`
    text = read_html(JJ_PAGE.encode("utf-8"), "jj.html")
    assert 'class="' not in text and "<s:" not in text and "%>" not in text


def test_a_menu_of_link_cells_is_left_out() -> None:
    # MENU_LINK_CELLS: 首页 / 项目信息公开 / 信用信息公开 / 项目基本信息申请表, one link a cell
    lines = [line for line in read_html(JJ_PAGE.encode("utf-8"), "jj.html").splitlines() if line.strip()]
    assert not {"首页", "信用信息公开", "项目基本信息申请表"} & set(lines)
    assert "项目信息公开目录说明" in lines


def test_the_headline_over_the_date_titles_the_page_not_the_templates_title() -> None:
    # HEADLINE_OVER_DATE: <title>项目信息基本目录内容说明</title> is the template's; the headline
    # is 项目信息公开目录说明
    text = read_html(JJ_PAGE.encode("utf-8"), "jj.html")
    assert "项目信息基本目录内容说明" not in text
    assert guess_meta(text, "jj", "0").title == "项目信息公开目录说明"


def test_a_caption_over_a_placed_title_is_no_part_of_it() -> None:
    # CAPTION_OVER_PLACED_TITLE (sc-river-chief-unit-assessment-2018: the view's <h2> over its table's <caption>)
    text = "县级考核依据\n\n石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则\n序号\t考核项目\t各项分值\n"
    assert guess_meta(text, "sc", "0").title == "石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则"


def test_a_broken_headline_keeps_its_first_line() -> None:
    # CAPTION_OVER_PLACED_TITLE: a headline broken after its issuer still joins (no place opens its second line)
    text = "广州市人民政府办公厅\n关于印发广州市促进消费若干措施的通知\n\n各区人民政府：\n现将…印发给你们。\n"
    assert guess_meta(text, "gz", "0").title != "关于印发广州市促进消费若干措施的通知"


def test_the_record_title_before_its_fields_is_the_headline() -> None:
    # FIELDS_AFTER_RECORD_TITLE (sc-policy-selfcheck-notice-2014, a county platform's record view)
    text = (
        "接访信息详情\n\n关于立即开展落实民生19项核查点情况意见通知\u00a0发布人：刘东\u00a0联络点：下寺镇查点"
        "\u00a0时间：7月8号\n\n各市（州）、县（市、区）人民政府，省政府各部门、各直属机构： "
        "现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知》（国发明电〔2014〕1号）转发你们，请按照通知要求立即开展自查。\n"
    )
    assert guess_meta(text, "sc", "0").title == "关于立即开展落实民生19项核查点情况意见通知"


def test_a_forwarding_notice_without_a_date_is_of_the_forwarded_documents_year() -> None:
    # FORWARDED_NUMBER_YEAR (sc-policy-selfcheck-notice-2014: no date, no 文号 of its own; period 2014)
    text = (
        "关于立即开展落实民生19项核查点情况意见通知\n\n各市（州）、县（市、区）人民政府，省政府各部门、各直属机构：\n"
        "现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知》（国发明电〔2014〕1号）转发你们，"
        "请按照通知要求立即开展自查。现就有关工作通知如下。\n一、各地自查\n各市（州）要按照督查的内容和重点开展逐项自查。\n"
    )
    meta = guess_meta(text, "sc", "0")
    assert (meta.start_year, meta.end_year) == (2014, 2014)


def test_a_catalogue_and_its_notes_are_documents_not_news() -> None:
    # CATALOGUE_TITLE_ENDING: "…目录说明" was read as a news headline, the page as an interpretation
    meta = guess_meta("项目信息公开目录说明\n\n发布时间：2011-09-29\n\n（一）项目审批公开信息\n", "jj", "0")
    assert (meta.title, meta.kind) == ("项目信息公开目录说明", "plan")


def test_a_revision_date_line_dates_the_title_but_is_no_part_of_it() -> None:
    # REVISION_DATE_LINE (jx-teacher-major-catalogue-2023, antiword text of a Word 97 attachment)
    text = (
        "附件2\n\n                  江西省中小学教师招聘岗位专业要求参照目录\n"
        "                               （2023年修订）\n\n"
        "     说明：\n\n一、本目录中的专业来源于教育部制定的专业目录。\n"
    )
    meta = guess_meta(text, "jx", "0")
    assert (meta.title, meta.kind, meta.start_year) == ("江西省中小学教师招聘岗位专业要求参照目录", "plan", 2023)
