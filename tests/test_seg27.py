"""seg27 (session 27): server pages kept as their source (JSP views of a 九江 column and a county platform, round
29), their menus, headlines and record titles. Each excerpt is quoted from tests/realworld/texts (heldout29,
development data); each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.text.formats import read_html
from plankg.loaders.text.read import guess_meta
from tests.segmenting import PARA, tree

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


def test_a_title_glued_to_the_state_councils_departments_or_the_local_governments_ends_before_them() -> None:
    # INSTITUTION_SUBJECT_LEVELS (nat-aquatic-biodiversity-2018, a data-set cell on one line: its 六、保障措施, under a
    # shortened 一、 part)
    text = (
        "一、总体要求（一）指导思想以生态文明思想为指导，全面加强水生生物多样性保护，推动形成人与自然和谐共生的格"
        "局，为建设美丽中国提供生态保障。（二）基本原则坚持保护优先、自然恢复为主，坚持统筹协调、分类施策，坚持政"
        "府主导、公众参与。二、保障措施（一）加强组织领导国务院各部门按照职责分工,建立协调联络机制,密切沟通配合"
        ",落实监管责任,加强对地方工作的指导和支持,定期开展督导督查,切实保障工作有序开展。有关省（区、市）人民"
        "政府对本行政区域水生生物多样性保护负总责，要把水生生物多样性保护目标和任务纳入地方国民经济和社会发展规划"
        "以及相关领域行业规划中。编制实施省级水生生物多样性保护方案，加强组织领导，落实主体责任，强化工作措施。统"
        "筹流域和行政区边界，加强协调与联动。实施评估考核，将水生生物多样性保护成效作为各级党政领导干部政绩考核的"
        "重要内容。（二）完善资金机制地方政府要整合现有资金渠道，提高使用效率，建立长期、稳定的资金投入机制。中央"
        "财政加大对水生生物多样性保护与恢复项目支持力度，向欠发达地区和重点地区倾斜。完善多元化资金融筹机制，推动"
        "设立重点流域水生生物多样性保护基金。充分发挥市场机制作用，引导社会资本投入。建立健全水生生物资源有偿使用"
        "制度，完善水生生物多样性损害赔偿机制和生态补偿机制。（三）加强执法检查有关各级人民政府和行业主管部门要加"
        "强对捕捞、养殖、废污水排放、涉水工程建设、挖沙采石、航道疏浚等涉水行为的监管力度，组织开展“清江”“清河"
        "”“清湖”等专项执法行动，严厉查处破坏水生生物多样性的违法违规行为。推进联合执法、区域执法、交叉执法等执"
        "法机制创新，强化执法监督和责任追究，构建和完善行政执法与刑事司法衔接机制。建立流域定期会商制度和协作应急"
        "处置机制，加强信息共享。强化执法机构和人员建设，加强执法装备建设，增强执法能力，规范执法行为，提升执法水"
        "平。"
    )
    titles = [title for level, _, title in tree(text) if level == 2]
    assert titles[2:] == ["加强组织领导", "完善资金机制", "加强执法检查"]


def test_an_attachments_own_tables_stand_one_level_below_it() -> None:
    # ATTACHMENTS_OWN_TABLES (gz-internship-base-rules-2019: the forms the 附件 lists and appends)
    text = "\n".join(
        [
            "第一章 总则",
            PARA,
            "附件",
            "广州市就业见习基地申请程序",
            "一、经办机构",
            PARA,
            "附表：1. 广州市就业见习基地申请表",
            "2. 广州市就业见习基地评估表",
            "附表1",
            "广州市就业见习基地申请表",
            "单位名称\t\t\t",
            "附表2",
            "广州市就业见习基地评估表",
            "单位名称\t\t\t",
        ]
    )
    sections = tree(text)
    assert (1, "附件", "广州市就业见习基地申请程序") in sections
    assert [(level, number) for level, number, _ in sections if number.startswith("附表")] == [
        (2, "附表1"),
        (2, "附表2"),
    ]


def test_a_table_attached_to_the_document_itself_stays_level_one() -> None:
    # ATTACHMENTS_OWN_TABLES: no 附件 above (zj-waterlogging-14's 附表1…附表4)
    text = "\n".join(["一、总体要求", PARA, "附表1", "浙江省城市易涝风险区域整治计划表", "序号\t名称\t", "1\t甲\t"])
    assert (1, "附表1", "浙江省城市易涝风险区域整治计划表") in tree(text)


def test_a_label_value_entry_read_inline_is_titled_by_its_label() -> None:
    # INLINE_LABEL_VALUE (nat-mascot-creative-call-2020, a data-set cell on one line: its 一、…三、)
    text = (
        "一、主办单位、承办单位（一）主办单位：生态环境部宣传教育司。（二）承办单位：生态环境部宣教中心。二、作品"
        "内容以中国生态环境保护吉祥物“小山、小水”为原型，重点围绕以下内容创作作品：（一）深入学习宣传习近平生态"
        "文明思想，宣传“绿水青山就是金山银山”理念。（二）紧紧围绕党和国家工作大局，突出宣传打赢打好污染防治攻坚"
        "战成就、推进生态环境治理体系和治理能力现代化等重点生态环境保护工作。（三）结合人民群众关心的生态环境问题"
        "，围绕《公民生态环境行为规范（试行）》，大力倡导厉行节约、反对浪费，大力宣传简约适度、绿色低碳、文明健康"
        "的生产生活方式。三、作品类别及要求（一）作品类别1.动漫作品（1）须提交SWF及相应的FLA源文件两种格"
        "式，二维、三维动漫作品提交MOV格式，选取一帧代表性画面并截图处理成作品的索引图像（尺寸：130*100"
        "ppi（像素） ，格式：GIF及JPG格式各1幅，大小：50KB以下）。（2）个人或单位同类作品申报数量"
        "不得超过5件，系列动漫作为1件作品参与征集。（3）单件作品总时长不超过5分钟（不含片头片尾），系列作品累"
        "计时长不超过20分钟。2.微视频作品（1）格式不限，画面须清晰、连贯，分辨率不低于1280*720ppi"
        "（像素），无跳帧情况。（2）个人或单位同类作品申报数量不得超过5件，系列微视频作品作为1件作品参与评审。"
        "（3）单个微视频作品时长不超过5分钟（不含片头片尾），系列作品累计时长不超过30分钟。3.海报作品（1）"
        "分为电脑绘制（可用PS、AI等软件绘制）和手绘两种方式。参赛者可任意选取其中1种方式参与征集。（2）电脑"
        "绘制海报设计尺寸为60*90cm，电子稿分辨率不低于300dpi（像素/英寸），应绘制在A3纸上，文件大"
        "小不超过30MB，作品保存为JPG或PNG格式，提交作品时应附上海报的PNG格式效果图和PSD格式、AI"
        "格式矢量图（上交电子版即可）。手绘海报应为二开画板大小，提交作品时应提交画作原稿，绘画手法不限。（二）作"
        "品要求1.注重政治性、思想性、艺术性相统一。坚持正确的政治方向和舆论导向，大力弘扬社会主义核心价值观，内"
        "容健康、积极向上，能够体现鲜明的中国生态环境保护特色，富有时代感和艺术感染力，用小切口反映大主题、小故事"
        "反映大时代，讲述中国生态环保故事。2.视频类作品片头须在黑屏（静屏）中注明“中国生态环境保护吉祥物”字样"
        "和有关图案或者动画。3.除片头和片尾，作品中不得出现作者或出品单位的名称、联系方式等信息。4.主办单位有"
        "权要求原创作者或自行组织专业人员，对作品进行修改或二次创作。5.所有作品自留底稿，被选用作品不得转投他方"
        "。6.提交作品须为创作者本人或单位原创，作者在报送作品后即视为许可主办单位以公益宣传为目的、使用或授权第"
        "三方无偿使用该作品。如出现知识产权纠纷，主办单位保留取消参加活动资格及追回所获奖项的权利。7.中国生态环"
        "境保护吉祥物源文件请至http：//www.mee.gov.cn/ywgz/xcjy/shxc/2020"
        "10/t20201022_804346.shtml下载，吉祥物源文件只用于本次活动，不得用于除此之外的其"
        "他设计制作。"
    )
    sections = tree(text)
    assert (2, "（一）", "主办单位") in sections and (2, "（二）", "承办单位") in sections


def test_an_address_to_the_audience_with_a_half_width_exclamation_is_no_heading() -> None:
    # HALF_WIDTH_EXCLAMATION (hefei-gwr-2026: "各位代表!" on a line of its own between the review's paragraphs)
    text = "\n\n".join(
        [
            "一、2025年和“十四五”工作回顾",
            "一年来，我们坚持把党的全面领导贯穿政府工作各领域全过程，扎实开展深入贯彻中央八项规定精神学习教育。",
            "各位代表!",
            "2025年全市经济社会发展主要目标任务的完成，标志着“十四五”顺利收官。",
            "二、“十五五”时期主要目标任务",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["2025年和“十四五”工作回顾", "“十五五”时期主要目标任务"]


def test_a_column_name_over_the_date_leaves_the_page_title_in_place() -> None:
    # HEADLINE_OVER_DATE: a column's name over the date field is no headline; the <title> heads the text
    page = JJ_PAGE.replace("项目信息基本目录内容说明", "关于开展项目信息公开工作的通知").replace(
        "<strong>项目信息公开目录说明</strong>", "<strong>通知公告</strong>"
    )
    text = read_html(page.encode("utf-8"), "jj.html")
    assert text.lstrip().startswith("关于开展项目信息公开工作的通知")
