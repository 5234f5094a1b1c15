"""Rules of fixseg49 (session 36): causes round 48's second wave (heldout49) showed in headings and metadata."""

from __future__ import annotations

from plankg.loaders.text.normalise import normalise
from plankg.loaders.text.read import guess_meta, metadata_table
from tests.segmenting import PARA, tree

# nat-cpc14-congress-report-1992 (heldout49): a part's tasks 第一，… each a line of its own, one sentence of two
# clauses and its 。, over paragraphs of its own
CONGRESS_TASKS = (
    "二、九十年代改革和建设的主要任务\n"
    "为了加速改革开放，推动经济发展和社会全面进步，必须努力实现十个方面关系全局的主要任务。\n\n"
    "第一，围绕社会主义市场经济体制的建立，加快经济改革步伐。\n\n" + PARA + "\n\n" + PARA + "\n\n"
    "第二，进一步扩大对外开放，更多更好地利用国外资金、资源、技术和管理经验。\n\n" + PARA + "\n\n" + PARA + "\n\n"
    "第三，调整和优化产业结构，高度重视农业，加快发展基础工业、基础设施和第三产业。\n\n" + PARA + "\n\n" + PARA + "\n\n"
    "三、国际形势和我们的对外政策\n" + PARA + "\n"
)


def test_ordinal_title_lines_of_clauses_over_their_paragraphs_are_headings() -> None:
    # ORDINAL_TITLE_OVER_PARAGRAPHS
    assert tree(CONGRESS_TASKS)[1:4] == [
        (2, "第一，", "围绕社会主义市场经济体制的建立，加快经济改革步伐"),
        (2, "第二，", "进一步扩大对外开放，更多更好地利用国外资金、资源、技术和管理经验"),
        (2, "第三，", "调整和优化产业结构，高度重视农业，加快发展基础工业、基础设施和第三产业"),
    ]


def test_ordinal_sentences_one_a_line_without_paragraphs_are_no_headings() -> None:
    # ORDINAL_TITLE_OVER_PARAGRAPHS: a list's one-sentence points follow one another line by line
    text = CONGRESS_TASKS.replace("\n\n" + PARA + "\n\n" + PARA + "\n\n", "\n")
    assert [s for s in tree(text) if s[0] == 2] == []


# nat-cpc13-congress-report-1987 (heldout49): stand-alone （一） lines of two clauses ending in 。 over their paragraphs
STRATEGY = (
    "三、关于经济发展战略\n\n"
    "实现第二步奋斗目标，我们有很多有利条件，也存在不少困难和矛盾。\n\n"
    "（一）把发展科学技术和教育事业放在首要位置，使经济建设转到依靠科技进步和提高劳动者素质的轨道上来。\n\n"
    + PARA
    + "\n\n"
    + PARA
    + "\n\n"
    "（二）保持社会总需求和总供给基本平衡，合理调整和改造产业结构。\n\n" + PARA + "\n\n" + PARA + "\n\n"
    "（三）进一步扩大对外开放的广度和深度，不断发展对外经济技术交流与合作。\n\n" + PARA + "\n\n" + PARA + "\n\n"
    "四、关于经济体制改革\n\n" + PARA + "\n"
)


def test_sentence_title_lines_over_their_paragraphs_are_no_sentence_opened_clauses() -> None:
    # SENTENCE_TITLE_OVER_PARAGRAPHS (SENTENCE_OPENED_ENTRIES dropped all three)
    assert [s for s in tree(STRATEGY) if s[0] == 2] == [
        (2, "（一）", "把发展科学技术和教育事业放在首要位置，使经济建设转到依靠科技进步和提高劳动者素质的轨道上来"),
        (2, "（二）", "保持社会总需求和总供给基本平衡，合理调整和改造产业结构"),
        (2, "（三）", "进一步扩大对外开放的广度和深度，不断发展对外经济技术交流与合作"),
    ]


def test_question_marks_standing_for_decimal_points_are_points() -> None:
    # LOST_DECIMAL_POINT (qd-emergency-master-plan-2022): one character for one, offsets kept
    text = normalise("1总则\n    1?1编制依据\n    1?4?1突发事件分\n你好吗?1次").text
    assert "1.1编制依据" in text and "1.4.1突发事件分" in text and "吗?1次" in text.replace("？", "?")


def test_decimal_outline_with_lost_points_is_read() -> None:
    # LOST_DECIMAL_POINT
    text = "1总则\n    1?1编制依据\n" + PARA + "\n    1?2适用范围\n" + PARA + "\n"
    assert [s[2] for s in tree(text)] == ["总则", "编制依据", "适用范围"]


def test_a_table_row_of_space_parted_labels_gives_its_fields() -> None:
    # SPACED_LABEL_ROW (linyi-emergency-support-action-interp-2021)
    text = (
        "当前位置: 首页 >> 政策解读 >> 图文解读 >> 正文\n"
        "索引号 1585729837/zfb/2021-0000106 发布机构 临沂市政府办公室\n"
        "公开目录 图文解读 发布日期 2021-11-12\n"
        "文号 临政办字〔2021〕90号 公开方式 主动公开\n"
    )
    table = metadata_table(text)
    assert table["issuer"] == "临沂市政府办公室"
    assert table["doc_number"] == "临政办字〔2021〕90号"


def test_a_space_parted_row_with_an_empty_value_gives_no_label_as_value() -> None:
    # SPACED_LABEL_ROW (lps-health-action-2020: "文号" with no value)
    table = metadata_table("索引号 000014349/2020-3761045 成文日期 2020-10-15\n文号 发布时间 2020-10-15\n")
    assert "doc_number" not in table and table["issued"] == "2020-10-15"


# fenghuang-fyp14-outline-explainer-2022 (heldout49): the page title puts the site's name first
SITE_FIRST = (
    "凤凰县政府门户网站-关于《凤凰县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的说明\n\n"
    "关于《凤凰县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的说明\n\n"
    "2022-07-18 来源:凤凰县人民政府\n\n"
    "一、《纲要》编制过程\n\n" + PARA + "\n"
)


def test_a_sites_name_before_the_page_title_is_no_part_of_the_title() -> None:
    # SITE_BEFORE_TITLE
    meta = guess_meta(SITE_FIRST, "stem", "0" * 64)
    assert meta.title == "关于《凤凰县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的说明"


# nat-physician-exam-notice-2016 (heldout43): a notice's last clause over its signature and date
OTHER_MATTERS = (
    "三、考试时间\n" + PARA + "\n"
    "四、其他事项\n"
    "（一）2016年在浙江省、福建省、广西壮族自治区、重庆市、四川省、贵州省、云南省、甘肃省和宁夏回族自治区开展乡村全科执业"
    "助理医师考试试点，符合报名条件的考生按有关规定报考。\n"
    "（二）2016年继续哈萨克医考试（试点），符合报名条件的考生按有关规定报考。\n"
    "（三）2016年不举行傣医和朝医考试。\n"
    "（四）中医、中西医结合实践技能考试启用《医师资格考试大纲（中医、中西医结合类别实践技能考试部分）2016年版》。\n"
    "（五） 医师资格考试报名资格有关规定及考试相关信息，各考区、考点和考生可登录国家卫生计生委网站“医政医管”的“医疗机构"
    "与医师”栏目下查询。\n"
    "国家卫生和计划生育委员会\n医师资格考试委员会\n2016年3月21日\n"
)


def test_a_signature_and_date_are_no_paragraphs_of_the_last_clause() -> None:
    # SENTENCE_TITLE_OVER_PARAGRAPHS with PARAGRAPH_SENTENCE_END: the five clauses stay clauses
    assert [s for s in tree(OTHER_MATTERS) if s[0] == 2] == []
