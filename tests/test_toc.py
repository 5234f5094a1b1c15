from plankg.loaders.structure.toc import locate_headings, parse_toc

# A PDF-style TOC glued into one run: page numbers stick to the next marker.
GLUED = (
    "某某规划目录一、总体要求1（一）指导思想1（二）主要目标2二、重点任务3（一）集成电路31、芯片研发4"
    "2、装备与材料43、第六代移动通信（6）5（二）生物医药6"
    "1某某规划前言。一、总体要求（一）指导思想坚持创新。（二）主要目标到2025年。"
    "二、重点任务（一）集成电路1、芯片研发突破。2、装备与材料攻关。"
)


def test_glued_toc_entries_levels_titles_and_pages() -> None:
    toc = parse_toc(GLUED)
    assert toc is not None
    got = [(e.level, e.marker, e.title, e.page) for e in toc.entries]
    assert got == [
        (1, "一、", "总体要求", 1),
        (2, "（一）", "指导思想", 1),
        (2, "（二）", "主要目标", 2),
        (1, "二、", "重点任务", 3),
        (2, "（一）", "集成电路", 3),
        (3, "1、", "芯片研发", 4),
        (3, "2、", "装备与材料", 4),
        (3, "3、", "第六代移动通信（6）", 5),
        (2, "（二）", "生物医药", 6),
    ]


def test_headings_found_in_the_body_even_when_running_into_their_paragraph() -> None:
    toc = parse_toc(GLUED)
    assert toc is not None
    located = locate_headings(GLUED, toc, toc.end)
    chip = next(x for x in located if x and x[0].title == "芯片研发")
    assert GLUED[chip[1] : chip[2]] == "1、芯片研发"


def test_line_toc_with_dot_leaders() -> None:
    text = "目  录\n一、总体要求……………1\n（一）指导思想………1\n二、主要任务…………5\n（一）重点方向……6\n\n一、总体要求\n正文"
    toc = parse_toc(text)
    assert toc is not None
    assert [(e.level, e.title, e.page) for e in toc.entries] == [
        (1, "总体要求", 1),
        (2, "指导思想", 1),
        (1, "主要任务", 5),
        (2, "重点方向", 6),
    ]


# UNNUMBERED_LINE_TOC: the 目录 of yc-civilized-behavior-regs-2018 (antiword text), chapter titles without numbers.
UNNUMBERED_TOC = (
    "银川市文明行为促进条例\n\n（2018年8月29日…通过　2018年9月14日…批准）\n\n目    录\n 总则\n 文明行为规范\n"
    " 鼓励与支持\n 实施与监督\n 法律责任\n 附则\n\n\n第一章  总则\n\n第一条\n为践行社会主义核心价值观，制定本条例。\n\n"
    "第二章\u3000文明行为规范\n\n第二条  遵守社会公德。\n\n第三章\u3000鼓励与支持\n\n第三条  鼓励。\n\n"
    "第四章  实施与监督\n\n第四条  监督。\n\n第五章  法律责任\n\n第五条  处罚。\n\n第六章  附则\n\n第六条  施行。\n"
)


def test_unnumbered_line_toc_takes_the_body_chapters_markers() -> None:
    toc = parse_toc(UNNUMBERED_TOC)
    assert toc is not None
    assert [(e.level, e.marker, e.title) for e in toc.entries] == [
        (1, "第一章", "总则"),
        (1, "第二章", "文明行为规范"),
        (1, "第三章", "鼓励与支持"),
        (1, "第四章", "实施与监督"),
        (1, "第五章", "法律责任"),
        (1, "第六章", "附则"),
    ]
    assert UNNUMBERED_TOC[toc.end :].lstrip().startswith("第一章  总则")


def test_unnumbered_lines_under_a_catalogue_title_whose_titles_never_recur_are_no_toc() -> None:
    assert parse_toc("目录\n语文\n数学\n英语\n\n说明：本目录仅适用于招聘。\n") is None


# UNPAGED_LINE_TOC_TO_REPEAT: changting-civil-affairs-14-toc (round 34), a page opening that stops in the preface: only
# the first entry stands again.
PAGE_OPENING_TOC = (
    "长汀县“十四五”民政事业发展专项规划\n长汀县民政局\n2020年11月\n目 录\n目录\n前 言\n第一章 现状背景\n一、发展现状\n"
    "二、存在问题\n第三章 主要任务\n一、建立健全分层分类的社会救助体系\n二、夯实基本生活救助\n前 言\n"
    "“十四五”时期是我国全面建成小康社会实现第一个百年奋斗目标之后的第一个五年。\n本"
)


def test_a_line_toc_whose_body_was_cut_ends_where_its_first_entry_stands_again() -> None:
    toc = parse_toc(PAGE_OPENING_TOC)
    assert toc is not None
    assert [(e.level, e.marker, e.title) for e in toc.entries] == [
        (1, "", "前 言"),
        (1, "第一章", "现状背景"),
        (2, "一、", "发展现状"),
        (2, "二、", "存在问题"),
        (1, "第三章", "主要任务"),
        (2, "一、", "建立健全分层分类的社会救助体系"),
        (2, "二、", "夯实基本生活救助"),
    ]
    assert PAGE_OPENING_TOC[toc.end :].lstrip().startswith("前 言\n“十四五”")


def test_short_lines_under_a_catalogue_title_that_never_repeat_their_first_are_no_toc() -> None:
    assert parse_toc("目录\n语文\n数学\n英语\n物理\n说明：本目录仅适用于招聘\n") is None


def test_no_toc() -> None:
    assert parse_toc("一、总体要求\n正文\n二、主要任务\n正文") is None


DECIMAL_TOC = (
    "国家粮食应急预案\n\n目\u3000\u3000录\n\n1\u3000总则\n\n1.1\u3000编制目的及依据\n\n1.2\u3000等级划分\n\n"
    "2\u3000组织机构和职责\n\n2.1\u3000国家粮食应急工作指挥部\n\n3\u3000附则\n\n"
    "1\u3000总则\n\n1.1\u3000编制目的及依据\n\n为了有效监测和控制国内粮食市场异常波动，制定本预案。\n\n"
    "1.2\u3000等级划分\n\n粮食应急状态分为两级。\n\n2\u3000组织机构和职责\n\n"
    "2.1\u3000国家粮食应急工作指挥部\n\n指挥部负责领导全国粮食应急工作。\n\n3\u3000附则\n\n本预案自印发之日起实施。\n"
)


def test_decimal_toc_without_page_numbers_ends_before_the_body() -> None:
    """A 预案's 目录 in decimal numbering, one entry a line and no page numbers (gov.cn HTML of
    国办函〔2005〕57号): the entries follow each other as 1 → 1.1 → 1.2 → 2 …, and the last one
    ("3　附则") does not take the body's first number as its page."""
    toc = parse_toc(DECIMAL_TOC)
    assert toc is not None
    assert [(e.level, e.marker, e.title, e.page) for e in toc.entries] == [
        (1, "1", "总则", None),
        (2, "1.1", "编制目的及依据", None),
        (2, "1.2", "等级划分", None),
        (1, "2", "组织机构和职责", None),
        (2, "2.1", "国家粮食应急工作指挥部", None),
        (1, "3", "附则", None),
    ]
    body = DECIMAL_TOC.index("1\u3000总则", toc.start + 10)
    assert toc.end <= body
    located = locate_headings(DECIMAL_TOC, toc, toc.end)
    first = located[0]
    assert first is not None and first[1] == body


# The 湖北 relics 十四五 plan's PDF (tests/realworld/texts/hb-relics-fyp14-2021.pdf), its 目录 as read: the boxes and
# their projects are listed, and where a box's list ends the next part is glued onto the last project's page number.
BOXED_TOC = (
    "目 \t录\n\n"
    "三、构筑文物安全防护体系 ......................... 6\n\n"
    "8.完善安全应急管理............................... 8\n\n"
    "专栏 1 构筑文物安全防护体系 .................... 9\n\n"
    "1.楚天文物平安工程........................ 9\n"
    "2.文物行政执法能力提升工程............... 10四、加强考古科研创新 ............................ 10\n\n"
    "9.深化考古研究，提升科技含量 ................... 10\n\n"
    "专栏 2 加强考古科研创新 ....................... 13\n\n"
    "1.长江中游文明进程研究工程............... 13\n"
    "2.考古学科建设和能力提升工程............. 13五、加大文物保护力度 ......................\n\n"
    "14.夯实文物工作基础............................. 14\n\n"
    "专栏 6 讲好荆楚故事 ........................... 33\n\n"
    "3.“5G+湖北馆藏文物科技保护”建设工程.... 33九、保障措施 .................................... 34\n\n"
    "29.组织保障 .................................... 34\n\n"
    "正文开始。"
)


def test_toc_lists_boxes_and_glues_the_next_part_onto_a_project_page() -> None:
    """TOC_LINE_GLUED_ENTRY and TOC_BOX_ENTRIES: the glued part is an entry of its own (its page lost or not); the
    boxes and their projects are no entries, and the sections after them keep their level under their part; a part the
    TOC lost (六、 to 八、 here) still closes a box."""
    toc = parse_toc(BOXED_TOC)
    assert toc is not None
    got = [(e.level, e.marker, e.title, e.page) for e in toc.entries]
    assert got == [
        (1, "三、", "构筑文物安全防护体系", 6),
        (2, "8.", "完善安全应急管理", 8),
        (1, "四、", "加强考古科研创新", 10),
        (2, "9.", "深化考古研究，提升科技含量", 10),
        (1, "五、", "加大文物保护力度", None),
        (2, "14.", "夯实文物工作基础", 14),
        (1, "九、", "保障措施", 34),
        (2, "29.", "组织保障", 34),
    ]


# The same 目录 joined (bench --one-line), its sections numbered on across the parts (3. under 二、): each page number
# runs into the next marker ("…… 23.指导思想"), never the "1." under a new part that _parse_glued waits for.
JOINED_BOXED_TOC = (
    "目 \t录一、背景形势 ..................................... 11.“十三五”全省文物事业发展取得重大成就 ........ 1"
    "2.形势分析 ...................................... 2二、总体要求 ..................................... 2"
    "3.指导思想 ...................................... 24.发展目标 ...................................... 3"
    "三、构筑文物安全防护体系 ......................... 65.加强安全制度建设............................... 6"
    "6.提升安全监管水平............................... 77.强化行政执法力度 .............................. 8"
    "8.完善安全应急管理............................... 8专栏 1 构筑文物安全防护体系 .................... 9"
    "1.楚天文物平安工程........................ 92.文物行政执法能力提升工程............... 10"
    "四、加强考古科研创新 ............................ 109.深化考古研究，提升科技含量 ................... 10"
    "10.做好基建考古，理顺体制机制 .................. 11一、背景形势（一）“十三五”全省文物事业发展取得重大成就。"
)


def test_joined_leader_toc_with_sections_numbered_across_parts_and_boxes() -> None:
    """GLUED_LEADERS_OVER_PAGES and TOC_BOX_ENTRIES in a glued leader TOC: each entry ends at its leaders, the
    sections keep their numbers under their parts, and the boxes and their projects are no entries."""
    toc = parse_toc(JOINED_BOXED_TOC)
    assert toc is not None
    got = [(e.level, e.marker, e.title, e.page) for e in toc.entries]
    assert got == [
        (1, "一、", "背景形势", 1),
        (2, "1.", "“十三五”全省文物事业发展取得重大成就", 1),
        (2, "2.", "形势分析", 2),
        (1, "二、", "总体要求", 2),
        (2, "3.", "指导思想", 2),
        (2, "4.", "发展目标", 3),
        (1, "三、", "构筑文物安全防护体系", 6),
        (2, "5.", "加强安全制度建设", 6),
        (2, "6.", "提升安全监管水平", 7),
        (2, "7.", "强化行政执法力度", 8),
        (2, "8.", "完善安全应急管理", 8),
        (1, "四、", "加强考古科研创新", 10),
        (2, "9.", "深化考古研究，提升科技含量", 10),
        (2, "10.", "做好基建考古，理顺体制机制", 11),
    ]
