"""Round 32's portal pages saved one HTML element a line (fix32seg, session 28). Each excerpt is quoted from round
32's texts (tests/realworld/texts); each test fails on the code before the rule it names."""

from __future__ import annotations

from tests.segmenting import tree

# nm-green-direct-supply-2026 as saved from the 内蒙古自治区能源局 portal (shortened): markers alone or in pieces,
# titles broken at their spans, a 、 between two items opening a line
GREEN_DIRECT_SUPPLY = (
    "一、\n总体要求\n本实施方案适用于内蒙古自治区单一\n电力\n用户绿电直连项目开发建设。绿电直连是指风电\n光伏项目\n"
    "、生物质发电\n项目\n等新能源不直接接入公共电网，通过直连线路向单一电力用户供给绿电，可实现供给电量清晰物理溯源的模式。\n"
    "二、\n适用范围\n（一）\n新增\n用电\n负荷\n。\n所有\n新增\n用电\n负荷取得相关主管部门的核准（备案）文件后\n均\n可\n开展\n"
    "绿电直连。\n（\n二\n）\n氢基绿色燃料\n。\n新建\n氢基绿色燃料\n项目\n（绿氢、绿氢制绿氨、绿氢制绿色甲醇等）可\n开展\n"
    "绿电直连\n。\n（\n三\n）创新建设模式\n负荷企业和电源企业是同一投资主体的，\n作为一个市场主体运营\n，\n"
    "负责投资建设电源、负荷、直连专线。\n"
    "三\n、实施要求\n绿电直连项目应具备分表计量条件，在内部发电、厂用电、自发自用、储能等各业务单元安装计量装置。\n"
)


def test_split_markers_join_their_titles() -> None:
    # SPLIT_MARKER_PIECES: before, 一、 二、 and the （n） broken over three lines were no headings
    # SPAN_BROKEN_TITLE: "新增" / "用电" / "负荷" / "。" is one title
    # SPAN_BROKEN_ENUMERATION: before, "、生物质发电" was a heading that took 二、's place
    assert tree(GREEN_DIRECT_SUPPLY) == [
        (1, "一、", "总体要求"),
        (1, "二、", "适用范围"),
        (2, "（一）", "新增用电负荷"),
        (2, "（二）", "氢基绿色燃料"),
        (2, "（三）", "创新建设模式"),
        (1, "三、", "实施要求"),
    ]


# md-ne-price-reform-2025 (shortened): a point's number alone, a date broken one piece a line
PRICE_REFORM = (
    "一、改革总体思路\n蒙东电力市场不断加快建设，坚决扛起市场化改革大旗不动摇，为深化新能源上网电价市场化改革创造了坚实基础。\n"
    "1. 2025\n年\n6\n月\n1\n日前投产的新能源存量项目\n电量规模，\n衔接目前具有保障性质的上网电量规模确定，\n保持\n"
    "该部分电量\n收益基本稳定\n。\n"
    "2.\n2025\n年\n6\n月\n1\n日后投产的新能源增量项目\n为促进集中式、分布式（分散式）等各类新能源项目公平参与市场，"
    "进一步深化上网电价市场化改革。\n"
)


def test_a_span_broken_date_and_a_number_alone_head_their_points() -> None:
    # SPAN_BROKEN_DATE and SPLIT_MARKER_PIECES: before, "1. 2025" was titled "2025" and "2." was no heading
    assert tree(PRICE_REFORM) == [
        (1, "一、", "改革总体思路"),
        (2, "1.", "2025年6月1日前投产的新能源存量项目"),
        (2, "2.", "2025年6月1日后投产的新能源增量项目"),
    ]


# zj-village-meteo-std-2016 as a PDF's text (shortened): a table in columns, a cell's number alone
COLUMNED_TABLE = (
    "一、总则\n本标准规定了气象防灾减灾标准化乡镇建设的要求和评价方法，适用于本省各乡镇的气象防灾减灾工作。\n"
    "三、\n按职责和要求配置乡（镇）气象 象协理员和信息员，得2分； 乡 提供气象协理员、信息员、重\n"
    "信息 人员配置  5 \n"
)


def test_a_number_alone_over_table_columns_joins_nothing() -> None:
    # SPLIT_MARKER_PIECES, SPACED_LINE: the line beside the number holds the neighbouring cells' words
    assert all("协理员" not in title for _, _, title in tree(COLUMNED_TABLE))


# sd-digital-econ-measures-2023 (a data set's cell, shortened): part titles run into their first measure, a measure
# glued to the paragraph before that lost its 。, the measures numbered across the parts
DIGITAL_MEASURES = (
    "一、强化工作统筹协调，保障数字经济持续发展1.加强工作统筹谋划。充分发挥省数办统筹协调作用，加强工作谋划，"
    "优化工作推进机制。\n"
    "2.强化政策支持保障。研究出台政策措施，为数字经济发展提供强有力制度支撑和保障。\n"
    "3.深化投融资机制。充分发挥“数字山东”发展资金引导和撬动作用，建立多元化、可持续投融资机制。\n"
    "4.营造良好发展生态。结合数字强省宣传月等活动，深入宣传数字经济发展成效。\n"
    "二、加大“三招三引”力度，促进数字经济快速发展5.狠抓招商引资。紧盯数字经济重点领域，开展精准招商。\n"
    "6.狠抓招院引所。加强与国内外高校、科研院所等机构的合作，带动优势资源向我省进一步集聚发展7.狠抓招才引智。"
    "会同组织部门，引进一批数字经济领域高层次人才。\n"
    "三、释放数据要素价值，激发数字经济创新发展\n"
    "8.全面推进数据资源化。深化数据“汇治用”体系建设，持续提升数据资源质量。\n"
)


def test_measures_glued_to_their_part_title_or_paragraph_are_headings() -> None:
    # GLUED_RUN_IN_AFTER_PART and GLUED_TITLED_RUN_IN: before, 1. and 5. were glued into the part titles and 7. lost
    assert tree(DIGITAL_MEASURES) == [
        (1, "一、", "强化工作统筹协调，保障数字经济持续发展"),
        (2, "1.", "加强工作统筹谋划"),
        (2, "2.", "强化政策支持保障"),
        (2, "3.", "深化投融资机制"),
        (2, "4.", "营造良好发展生态"),
        (1, "二、", "加大“三招三引”力度，促进数字经济快速发展"),
        (2, "5.", "狠抓招商引资"),
        (2, "6.", "狠抓招院引所"),
        (2, "7.", "狠抓招才引智"),
        (1, "三、", "释放数据要素价值，激发数字经济创新发展"),
        (2, "8.", "全面推进数据资源化"),
    ]


# nm-green-direct-supply-2026 (shortened): the second attachment's number and title broken at every span
SPAN_BROKEN_ANNEX = (
    "一、总体要求\n本实施方案适用于内蒙古自治区单一电力用户绿电直连项目开发建设，结合自治区实际情况制定。\n"
    "附件\n2\n内蒙古自治区\n单一电力用户\n绿电直连项目\n申报大纲\n"
    "一、申报书主要内容\n项目申报书分为三部分。\n"
)


def test_an_attachment_number_and_title_broken_at_their_spans_are_one_heading() -> None:
    # SPAN_BROKEN_ANNEX_TITLE: before, the attachment was titled 内蒙古自治区 (the "2" alone is dropped as a page's
    # number)
    assert (1, "附件", "内蒙古自治区单一电力用户绿电直连项目申报大纲") in tree(SPAN_BROKEN_ANNEX)


# nm-green-direct-supply-2026 rendered as a PDF (shortened): a blank line between a number alone and its title
PDF_SPLIT_MARKERS = (
    "一、\n总体要求\n本实施方案适用于内蒙古自治区单一电力用户绿电直连项目开发建设，结合自治区实际情况制定。\n\n"
    "二、\n\n适用范围\n\n（一）\n\n新增\n用电\n负荷\n。\n所有新增用电负荷取得相关主管部门的核准（备案）文件后均可开展绿电直连。\n"
)


def test_a_number_alone_over_a_blank_line_joins_its_title() -> None:
    # SPLIT_MARKER_OVER_BLANK: before, 二、 and （一） over a blank line were no headings
    assert tree(PDF_SPLIT_MARKERS) == [
        (1, "一、", "总体要求"),
        (1, "二、", "适用范围"),
        (2, "（一）", "新增用电负荷"),
    ]


def test_a_number_alone_over_a_paragraph_heads_nothing() -> None:
    # SPLIT_MARKER_TITLE_MAX: a line longer than a title is no title of the number above it
    text = (
        "一、总体要求\n"
        + "二、\n"
        + "本实施方案适用于内蒙古自治区单一电力用户绿电直连项目开发建设，结合自治区实际情况制定并组织实施。\n"
    )
    assert [number for _, number, _ in tree(text)] == ["一、"]


def test_a_first_part_glued_to_the_lead_announcing_it_opens_the_parts() -> None:
    # LEAD_GLUED_FIRST_PART (sd-digital-econ-measures-2023 on one line, shortened): before, no heading at all
    text = (
        "为深入贯彻习近平总书记关于发展数字经济的重要论述，结合山东大数据工作实际，制定如下措施一、强化工作统筹协调，"
        "保障数字经济持续发展1.加强工作统筹谋划。充分发挥省数办统筹协调作用，加强工作谋划，优化工作推进机制。"
        "2.强化政策支持保障。研究出台政策措施，为数字经济发展提供强有力制度支撑和保障。"
    )
    from plankg.loaders.structure.segment import headings_inline  # the reading of a text without line breaks

    assert [(h.level, h.number, h.title) for h in headings_inline(text)] == [
        (1, "一、", "强化工作统筹协调，保障数字经济持续发展"),
        (2, "1.", "加强工作统筹谋划"),
        (2, "2.", "强化政策支持保障"),
    ]


def test_an_attachment_title_does_not_run_into_its_table() -> None:
    # SPAN_BROKEN_ANNEX_TITLE's guard (sx-edu-fyp14-draft-2021, heldout30, shortened): the table's rows below a blank
    # line are no title lines, though one ends in 纲要
    text = (
        "一、总体要求\n形成助力教育发展的新机制新格局，动员社会各方面力量关心支持教育发展。\n"
        "附件1\n绍兴市教育现代化“1610”一揽子政策体系\n\n1610政策体系\t\n一个纲要\t绍兴率先高水平实现教育现代化2035行动纲要\n"
        "六大实施意见\t绍兴市高中阶段教育高水平发展攻坚计划\n"
    )
    assert (1, "附件1", "绍兴市教育现代化“1610”一揽子政策体系") in tree(text)
