"""Round 48's portal pages (fixseg48, session 36): a call for comments whose title wraps over two lines above a draft
whose title wraps too, a site's ...... cut after a part's paragraphs, a contact line after the last part, and a
column's label glued to the headline (丨, 【】). Each excerpt is quoted from round 48's texts (tests/realworld/texts);
each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.rules.structure import CONTACT_LINE, HEADLINE_COLUMN_BAR
from plankg.loaders.structure.front_matter import find_front_matter
from plankg.loaders.text.read import guess_meta
from plankg.schema import PlanMeta
from tests.segmenting import tree

# pj-agri-modern-14fyp-draft-2021, the county portal's comment page (its info table left out, paragraphs shortened)
CALL_PAGE = "\n".join(
    [
        "关于《浦江县农业农村现代化发展",
        "“十四五”规划》公开征求意见的通知",
        "为进一步增加文件的透明度,提高文件质量,现将《浦江县农业农村现代化发展“十四五”规划(征求意见稿)》全文公布,"
        "广泛征求社会各界意见。",
        "一、征求意见时间:2021年11月30日—12月9日。",
        "二、意见征集方式:书信、电话、电子邮件(邮箱: 1071335228@qq.com)。",
        "三、联系人:童项璠;联系电话:84101910。",
        "浦江县农业农村局",
        "2021年11月30日",
        "浦江县农业农村现代化发展",
        "“十四五”规划",
        "(征求意见稿)",
        "“十四五”时期是我国开启全面建设社会主义现代化国家新征程的五年,是我省推进乡村振兴的关键时期。",
        "一、“十三五”农业农村现代化发展主要成就",
        "“十三五”期间,在县委县政府的正确领导下,在各部门、乡镇(街道)的密切配合共同努力下,取得了显著成效。",
    ]
)


def test_a_call_wrapped_over_two_lines_ends_at_the_drafts_wrapped_title() -> None:
    # CALL_WRAPPED, DRAFT_TITLE_WRAPPED: before, no front matter was found (neither half of the title was the call)
    front = find_front_matter(CALL_PAGE)
    assert front is not None
    assert front.title == "浦江县农业农村现代化发展“十四五”规划"
    assert front.issuer == "浦江县农业农村局"
    assert CALL_PAGE[front.end :].startswith("浦江县农业农村现代化发展\n“十四五”规划")


def test_the_draft_after_a_calls_points_numbers_its_parts_afresh() -> None:
    # NOTICE_POINTS_RESTART: before, the call's 一、…三、 were the sections and the draft's 一、 was dropped
    meta = PlanMeta(id="t", title="浦江县农业农村现代化发展“十四五”规划")
    assert tree(CALL_PAGE, meta) == [(1, "一、", "“十三五”农业农村现代化发展主要成就")]


# wh-eco-14fyp-interp-2021, the law-database site's page (paragraphs shortened)
CUT_PAGE = "\n".join(
    [
        "|",
        "【全文】",
        "政策解读丨市生态环境局主要负责人解读《威海市“十四五”生态环境保护规划》政策",
        "12月2日,市政府印发了《威海市“十四五”生态环境保护规划》(以下简称《规划》)。12月14日上午9:00,"
        "市政府新闻办举行新闻发布会,介绍《规划》有关情况。",
        "一、起草背景",
        "按照市委、市政府部署,市生态环境局牵头编制《规划》。《规划》编制工作自2020年8月份启动以来,"
        "坚持以生态文明思想为指导。",
        "《规划》编制经历了前期研究、草案编制、专家论证、征求意见、修改完善等环节。先后完成了“十三五”规划实施"
        "情况评估,征集了公众意见,进行了现",
        "......",
        "企业碳排放量在线盘查",
    ]
)


def test_a_sites_cut_after_a_parts_paragraphs_is_no_toc_leader() -> None:
    # TOC_LEADER_PAST_PROSE: before, "......" three lines below made 一、起草背景 a TOC entry: the page had no section
    meta = PlanMeta(id="t", title="市生态环境局主要负责人解读《威海市“十四五”生态环境保护规划》政策")
    assert tree(CUT_PAGE, meta) == [(1, "一、", "起草背景")]


def test_a_column_glued_by_a_bar_leaves_the_title() -> None:
    # HEADLINE_COLUMN_BAR: before, the title kept "政策解读丨"
    assert guess_meta(CUT_PAGE, "x", "").title == "市生态环境局主要负责人解读《威海市“十四五”生态环境保护规划》政策"
    # a transcript's own word before the bar stays (hn-hiap-presser-2025)
    assert HEADLINE_COLUMN_BAR.match("实录丨“海南自贸港政策解读”系列主题新闻发布会（第三十七场）") is None


# ls-edu-14fyp-interp-2022, the district portal's 解读 page (its last part and footer; the head shortened)
TEMPLATE_PAGE = "\n".join(
    [
        "首页",
        " > 政府信息公开 > 政务专题 > 政策解读与评估 > 政策解读 > 文件解读 > 文字解读",
        "索引号: 113706000042603877LS/2022-06178 成文日期: 2022-07-19",
        "发布机构: 莱山区教育和体育局 组配分类: 文字解读",
        "【文字解读】《莱山区“十四五”教育事业发展规划》的解读",
        "发布日期: 2022- 07- 19 17: 18 访问次数: 字号:[ ]",
        "",
        "一、政策背景",
        "",
        "“十四五”教育事业发展规划编制工作由区教育体育局牵头,结合莱山区经济发展和人口规划实际情况,制定本规划。",
        "",
        "二、主要内容",
        "",
        "文件对区教育和体育局确定的“十四五”期间教育发展任务予以公布。",
        "",
        "联系人:迟鑫,联系电话:0535-6775259",
        "",
        "",
        "政策文件",
        "Produced By 大汉网络 大汉版通发布系统",
    ]
)


def test_a_contact_line_after_the_last_part_is_no_heading() -> None:
    # CONTACT_LINE: before, the contact line (half-width colon and comma) was a level-2 section under 五、
    meta = PlanMeta(id="t", title="《莱山区“十四五”教育事业发展规划》的解读")
    assert tree(TEMPLATE_PAGE, meta) == [(1, "一、", "政策背景"), (1, "二、", "主要内容")]
    assert CONTACT_LINE.match("联系人及联系方式") is None


def test_a_column_tag_on_a_headline_below_the_pages_fields_leaves_the_title() -> None:
    # HEADLINE_COLUMN_TAG on the headline found below the first line: before, the title kept "【文字解读】"
    assert guess_meta(TEMPLATE_PAGE, "x", "").title == "《莱山区“十四五”教育事业发展规划》的解读"
