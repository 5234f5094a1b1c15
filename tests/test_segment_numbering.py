"""Heading markers and how they nest: sequences of 一、/（一）/1./（1）, decimals 1.1, chapters and
sections, lettered appendices, lists that are no headings, numbering a notice's documents restart.

Each test fails on the code before the rule it names (they came from the held-out and dev rounds
that showed the cause; tests/realworld/README.md tells the rounds)."""

from __future__ import annotations

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta
from tests.segmenting import META, PARA, SCHEME, tree

NOTICE = (
    "测试省人民政府办公厅关于印发支持产业发展若干政策和产业创新行动计划的通知\n\n"
    "各市人民政府，省政府各部门：\n\n"
    "《支持产业发展若干政策》《产业创新行动计划（2021—2023年）》已经省政府同意，现印发给你们，请认真抓好落实。\n\n"
    "测试省人民政府办公厅\n\n2021年9月2日\n\n"
)


def test_sections_numbered_as_sections_under_a_task_block_stay_sections() -> None:
    # "二、主要任务" over run-in （一）…（二） (nat-wastefree-2019, ah-rcep-2022): the （n） are
    # tasks of the block AND headings of the plan; （1） items under "1.重大任务" stay tasks only.
    text = (
        f"测试规划\n\n一、总体要求\n\n{PARA}\n\n二、主要任务\n\n"
        f"（一）强化顶层设计引领，发挥政府宏观指导作用。{PARA}\n\n"
        f"（二）实施工业绿色生产，推动固体废物总量趋零增长。{PARA}\n\n"
        f"三、科技工程\n\n1.重大任务\n\n（1）新药创制\n\n{PARA}\n\n（2）诊断装备\n\n{PARA}\n"
    )
    doc = load_plan(text, META)
    assert [(s.level, s.number, s.title) for s in doc.sections] == [
        (1, "一、", "总体要求"),
        (1, "二、", "主要任务"),
        (2, "（一）", "强化顶层设计引领，发挥政府宏观指导作用"),
        (2, "（二）", "实施工业绿色生产，推动固体废物总量趋零增长"),
        (1, "三、", "科技工程"),
        (2, "1.", "重大任务"),
    ]
    assert [(t.kind, t.number, t.title) for t in doc.tasks] == [
        ("主要任务", "（一）", "强化顶层设计引领，发挥政府宏观指导作用"),
        ("主要任务", "（二）", "实施工业绿色生产，推动固体废物总量趋零增长"),
        ("重大任务", "（1）", "新药创制"),
        ("重大任务", "（2）", "诊断装备"),
    ]
    tasks = {t.title: t for t in doc.tasks}
    sections = {s.title: s for s in doc.sections}
    # the task hangs under the block heading's section, beside the section it also is
    assert tasks["强化顶层设计引领，发挥政府宏观指导作用"].section_id == sections["主要任务"].id


def test_numbering_restarting_under_an_unnumbered_heading_nests_under_it() -> None:
    # nat-fyp14-interp-liu: a web article titles its parts without numbers; each part numbers its
    # sub-headings from 1. The restart shows the unnumbered headings are the parents (before:
    # 1.–3. at level 1, the second part at level 2 and its "1. 机遇" dropped as a list restart).
    text = (
        f"测试规划\n\n{PARA}\n\n大国竞争，拼谁能咬住\n\n{PARA}\n\n未来五年的三大趋势\n\n"
        f"1. 战略目标和路径具象化\n\n{PARA}\n\n2. 科技自立自强\n\n{PARA}\n\n3. 实体制造业是产业核心\n\n{PARA}\n\n"
        f"面临的机遇与挑战\n\n1. 机遇\n\n{PARA}\n\n2. 挑战\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "", "大国竞争，拼谁能咬住"),
        (1, "", "未来五年的三大趋势"),
        (2, "1.", "战略目标和路径具象化"),
        (2, "2.", "科技自立自强"),
        (2, "3.", "实体制造业是产业核心"),
        (1, "", "面临的机遇与挑战"),
        (2, "1.", "机遇"),
        (2, "2.", "挑战"),
    ]


def test_a_list_restarting_under_a_numbered_heading_is_still_no_heading() -> None:
    # The restart rule needs an unnumbered heading right above the 1.: a list in a paragraph
    # keeps being text.
    text = f"测试规划\n\n一、任务\n\n1.甲\n\n{PARA}\n\n2.乙\n\n{PARA}\n\n1.这是段落里的列表\n"
    assert [t for _, _, t in tree(text)] == ["任务", "甲", "乙"]


def test_items_of_a_block_inside_a_block_are_read_once() -> None:
    # "二、重点任务" with the label "重点任务：" under it: each item was a task twice.
    text = (
        f"测试规划\n\n{PARA}\n\n一、总体要求\n\n{PARA}\n\n二、重点任务\n\n重点任务：\n\n"
        f"1.实施芯片攻关。{PARA}\n\n2.建设创新平台。{PARA}\n\n三、保障措施\n\n{PARA}\n"
    )
    doc = load_plan(text, META)
    assert [(t.kind, t.number, t.title) for t in doc.tasks] == [
        ("重点任务", "1.", "实施芯片攻关"),
        ("重点任务", "2.", "建设创新平台"),
    ]


def test_lettered_appendices_and_their_numbering() -> None:
    # nat-city-plan-guide-2020, bj-quake-resilience-guide: 附录 A / 附件 A and B.1, G.3.1.
    text = (
        f"测试指南\n\n1  总体要求\n{PARA}\n2  审查要求\n{PARA}\n附录 B  规划分区\nB.1 一般规定\n{PARA}\n"
        f"B.2 分区类型\n{PARA}\n附件 A\n评估方法\nA.1概述\n{PARA}\nA.2 计算\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "1", "总体要求"),
        (1, "2", "审查要求"),
        (1, "附录 B", "规划分区"),
        (2, "B.1", "一般规定"),
        (2, "B.2", "分区类型"),
        (1, "附件 A", "评估方法"),
        (2, "A.1", "概述"),
        (2, "A.2", "计算"),
    ]


def test_a_bare_number_heading_has_a_plain_title_and_comes_in_sequence() -> None:
    # nat-city-plan-guide-2020: page 2's number glued to its first line, a sentence; a table
    # row's number skipping ahead (bj-quake-resilience-guide); "10  …" after chapter 9.
    chapters = "".join(f"{n}  第{n}部分内容\n{PARA}\n" for n in range(3, 10))
    text = (
        f"测试指南\n\n1  总体要求\n{PARA}\n2 市级总规一般包括市域和中心城区两个层次。市域要统\n筹全域。\n"
        f"2  基础工作\n{PARA}\n{chapters}12  加强日常巡检和维护\n10  应急服务设施建设\n{PARA}\n"
    )
    titles = [(number, title) for _, number, title in tree(text)]
    assert ("2", "基础工作") in titles
    assert ("10", "应急服务设施建设") in titles
    assert not any(title.startswith(("市级总规", "加强日常")) for _, title in titles)


def test_decimal_clauses_of_a_standard_are_text() -> None:
    # bj-quake-resilience-guide: "4.3 …应满足下述要求：" announces a list, "4.4 …进行。" is one
    # long sentence, "4.1 …统筹工程措" a sentence the PDF wrapped onto a line as wide; a section
    # ("5.1 承灾体抗震韧性类别") and a short run-in one ("1.1.1 综合经济实力大幅提升。") stay.
    wide = "地震安全韧性城市建设应以承灾体抗震韧性目标和抗震韧性能力评价为依据，统筹工程措"
    text = (
        f"测试导则\n\n1  基本规定\n1.1 {wide}\n施与管理措施，提升城市整体抗震韧性水平，并保障城市功能快速恢复。\n"
        f"1.2 城市地震安全韧性目标应满足下述要求：\n{PARA}\n"
        "1.3 地震安全韧性城市建设的基本流程宜按照图1的规定进行。\n"
        f"2  承灾体抗震韧性目标\n2.1 承灾体抗震韧性类别\n{PARA}\n2.1.1 综合经济实力大幅提升。\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "1", "基本规定"),
        (1, "2", "承灾体抗震韧性目标"),
        (2, "2.1", "承灾体抗震韧性类别"),
        (3, "2.1.1", "综合经济实力大幅提升"),
    ]


def test_a_decimal_clause_stating_a_requirement_is_text_however_short() -> None:
    # CLAUSE_REQUIREMENT: "1.1.1 避难场所应分散设置。…" (a modal 应/宜/可 in its first sentence) is a
    # clause run in with the next sentence, not a titled section; "1.2.1 完善应急供应体系。…" (应 in
    # 应急 and 供应) is one. CLAUSE_REFERENCE: "1.3.1 韧性值按公式（1）计算。" points to a formula.
    text = (
        f"测试导则\n\n1  设施建设\n1.1 场所布局\n1.1.1 避难场所应分散设置。{PARA}\n"
        f"1.1.2 对参加演练的人员，宜给予补助。{PARA}\n1.2 供应保障\n1.2.1 完善应急供应体系。{PARA}\n"
        f"1.3 评估方法\n1.3.1 韧性值按公式（1）计算。\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "1", "设施建设"),
        (2, "1.1", "场所布局"),
        (2, "1.2", "供应保障"),
        (3, "1.2.1", "完善应急供应体系"),
        (2, "1.3", "评估方法"),
    ]


def test_paren_numbered_entries_under_a_decimal_outline_are_its_lists() -> None:
    # LISTS_UNDER_DECIMAL_OUTLINE: a 预案 or guide numbered 1 / 1.1 lists its clauses' entries as
    # （1）（2）, run-in or on lines of their own: list entries, not sections; the same （1） under a
    # plan's 一、/（一） stays a section.
    text = (
        f"测试预案\n\n1  总则\n1.1  工作原则\n（1）统一领导、分级负责。{PARA}\n（2）科学监测、预防为主。{PARA}\n"
        f"2  区域布局\n2.1  优化格局\n（1）完善区域协调格局\n{PARA}\n（2）保障农业发展空间\n{PARA}\n"
        f"2.2  统筹空间\n{PARA}\n"
    )
    # the 预案's metadata, as its title line (seg21: a plan's titled lines over paragraphs stay,
    # DECIMAL_OUTLINE_TITLE_LINES)
    assert tree(text, PlanMeta(id="t", title="测试预案")) == [
        (1, "1", "总则"),
        (2, "1.1", "工作原则"),
        (1, "2", "区域布局"),
        (2, "2.1", "优化格局"),
        (2, "2.2", "统筹空间"),
    ]


def test_a_run_of_one_sentence_numbered_lines_is_a_list() -> None:
    # nat-social-org-1997: "（二）符合下列要求的社会团体予以保留。" and nine 1.…9. one sentence each,
    # one under the other; two such lines ((四), (五)) are no run.
    text = (
        f"测试意见\n\n一、清理整顿的主要内容\n{PARA}\n（一）符合下列要求的社会团体予以保留。\n"
        "1.遵守国家法律法规和有关政策规定，依照章程开展活动。\n2.有规范的名称。\n3.有50个以上的成员。\n"
        f"（二）对宗旨相同的社会团体，予以合并。\n（三）对存在下列问题的社会团体予以撤销。\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "清理整顿的主要内容"),
        (2, "（一）", "符合下列要求的社会团体予以保留"),
        (2, "（二）", "对宗旨相同的社会团体，予以合并"),
        (2, "（三）", "对存在下列问题的社会团体予以撤销"),
    ]


def test_a_run_of_one_sentence_section_lines_right_under_a_heading_is_its_sections() -> None:
    # RUN_UNDER_HEADING (heldout5 gold): "四、车辆涂装样图" then "（一）小型车辆涂装样图。" … with their
    # figures gone: nothing announces them, they are the heading's sections; under a sentence ending
    # with a colon the same lines are its list.
    run = "（一）小型车辆涂装样图。\n（二）中型车辆涂装样图。\n（三）大型车辆涂装样图。\n"
    text = f"测试通知\n\n一、号牌式样\n{PARA}\n二、车辆涂装样图\n{run}"
    assert [t for _, _, t in tree(text)] == [
        "号牌式样",
        "车辆涂装样图",
        "小型车辆涂装样图",
        "中型车辆涂装样图",
        "大型车辆涂装样图",
    ]
    announced = f"测试通知\n\n一、号牌式样\n{PARA}\n二、车辆涂装样图\n涂装样图包括以下三类：\n{run}"
    assert [t for _, _, t in tree(announced)] == ["号牌式样", "车辆涂装样图"]


def test_a_decimal_heading_spaced_from_a_unit_word_is_a_heading() -> None:
    # nat-plan-checkup-rules-2020: "4.2 年度体检要求" was read as the quantity "4.2年"; a number
    # keeps its unit close ("1.5亿元").
    text = f"测试规程\n\n1 总则\n1.1 体检评估内容\n{PARA}\n1.2 年度体检要求\n{PARA}\n1.5亿元用于试点。\n{PARA}\n"
    assert tree(text) == [(1, "1", "总则"), (2, "1.1", "体检评估内容"), (2, "1.2", "年度体检要求")]


def test_numbered_questions_of_a_one_line_interview_keep_their_numbers() -> None:
    # nat-agri-nonpoint-interp-2021: "…回答记者提问。1. 问：…？答：…" on ONE line; the numbers 1.…5.,
    # pages apart, were taken for page numbers glued into the text and removed.
    answer = PARA * 8
    text = "有关负责同志就《测试方案》答记者问近日，有关负责同志回答记者提问。" + "".join(
        f"{n}. 问：{q}？答：{answer}"
        for n, q in enumerate(
            [
                "农业面源污染具有哪些主要特点",
                "工作进展如何",
                "方案出台的背景是什么",
                "基本原则是什么",
                "如何开展监督指导工作",
            ],
            start=1,
        )
    )
    assert tree(text) == [
        (1, "1.", "问：农业面源污染具有哪些主要特点？"),
        (1, "2.", "问：工作进展如何？"),
        (1, "3.", "问：方案出台的背景是什么？"),
        (1, "4.", "问：基本原则是什么？"),
        (1, "5.", "问：如何开展监督指导工作？"),
    ]


def test_a_chapter_title_starting_with_jie_is_no_second_unit() -> None:
    # nat-fyp-10: "第六章节约保护资源，实现永续利用" is 第六章 + 节约…, not a "章节" unit.
    text = f"第五章发展服务业\n\n{PARA}\n\n第六章节约保护资源，实现永续利用\n\n{PARA}\n"
    assert tree(text) == [(1, "第五章", "发展服务业"), (1, "第六章", "节约保护资源，实现永续利用")]


def test_an_ocr_text_keeps_headings_whose_numerals_and_brackets_were_misread() -> None:
    # nat-fyp-8 (OCR of a scanned book): "序" alone heads the preface; 一、/二、 lost their numerals
    # ("、“八五”计划的基本任务…"); "〈一）" / "（二〕" and "2·" are OCR look-alikes of （一） / （二） / 2.
    text = (
        f"序\n\n{PARA}\n\n、主要目标和指导方针\n\n〈一）奋斗目标和总体蓝图\n\n{PARA}\n\n（二〕基本指导方针\n\n"
        f"1.积极调整产业结构\n\n{PARA}\n\n2·努力改善地区经济结构\n\n{PARA}\n\n、基本任务和综合经济指标\n\n"
        f"（一）基本任务\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "", "序"),
        (1, "、", "主要目标和指导方针"),
        (2, "（一）", "奋斗目标和总体蓝图"),
        (2, "（二）", "基本指导方针"),
        (3, "1.", "积极调整产业结构"),
        (3, "2.", "努力改善地区经济结构"),
        (1, "、", "基本任务和综合经济指标"),
        (2, "（一）", "基本任务"),
    ]


def test_a_colon_after_a_part_marker_is_the_markers_and_labelled_one_sentence_lines_are_titled_parts() -> None:
    # pt-greening-15: "第一部分：发展基础" was titled "：发展基础"; under 二、 three lines
    # "1、强化高校合作：与…。" were taken for a list of sentences (LIST_RUN_MIN) and a lone one
    # was titled with its whole sentence; each is a part titled by its label.
    text = (
        f"测试规划\n\n第一部分：发展基础\n\n{PARA}\n\n第二部分：保障措施\n\n一、加强组织领导\n\n{PARA}\n\n"
        "二、提升科技与人才支撑\n\n1、强化高校合作：与高校专家在城市更新等领域深化交流，提升专业支撑。\n\n"
        "2、推进技术创新：探索数字化智慧管理系统，强化实时监测与数据分析。\n\n"
        "3、构建人才梯队：指导养护公司招录专业人才，提升队伍专业化水平。\n\n"
        "三、全面深化公众参与\n\n1、搭建多元参与平台：完善论证会、民意调查等传统渠道，广泛征集市民意见。\n"
    )
    assert tree(text, SCHEME) == [
        (1, "第一部分：", "发展基础"),
        (1, "第二部分：", "保障措施"),
        (2, "一、", "加强组织领导"),
        (2, "二、", "提升科技与人才支撑"),
        (3, "1、", "强化高校合作"),
        (3, "2、", "推进技术创新"),
        (3, "3、", "构建人才梯队"),
        (2, "三、", "全面深化公众参与"),
        (3, "1、", "搭建多元参与平台"),
    ]


def test_a_paren_marker_that_lost_its_opening_bracket_is_still_the_next_sibling() -> None:
    # yn-gov-report-2026: "三）改革开放持续深化、互促共进。" between （二） and （四） lost its "（".
    text = (
        f"测试报告\n\n一、过去一年工作回顾\n\n（一）经济运行顶住压力、稳中有进。{PARA}\n\n"
        f"（二）产业发展提质增效、动能增强。{PARA}\n\n三）改革开放持续深化、互促共进。{PARA}\n\n"
        f"（四）城乡发展齐头并进、融合加快。{PARA}\n"
    )
    assert [title for _, _, title in tree(text, SCHEME)] == [
        "过去一年工作回顾",
        "经济运行顶住压力、稳中有进",
        "产业发展提质增效、动能增强",
        "改革开放持续深化、互促共进",
        "城乡发展齐头并进、融合加快",
    ]


def test_a_chapter_never_nests_below_a_section_unit() -> None:
    # 总则 / 第一节 / 一、 then 第一章: 第一章 is top level beside 总则, its 第一节 below it.
    text = (
        f"测试规划\n\n总  则\n\n第一节  指导思想\n\n{PARA}\n\n第二节  规划范围\n\n一、规划范围\n\n{PARA}\n\n"
        f"二、规划期限\n\n{PARA}\n\n第一章  规划目标\n\n第一节  总体目标\n\n{PARA}\n\n第二章  重点任务\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "", "总  则"),
        (2, "第一节", "指导思想"),
        (2, "第二节", "规划范围"),
        (3, "一、", "规划范围"),
        (3, "二、", "规划期限"),
        (1, "第一章", "规划目标"),
        (2, "第一节", "总体目标"),
        (1, "第二章", "重点任务"),
    ]


def test_decimal_numbering_is_not_a_doubled_marker() -> None:
    text = (
        f"测试规划\n\n一、总体要求\n\n1.1 基本原则\n\n{PARA}\n\n"
        f"1.1.1 坚持党的全面领导。{PARA}\n\n1.1.2 坚持新发展理念。{PARA}\n"
    )
    assert tree(text)[2:] == [(3, "1.1.1", "坚持党的全面领导"), (3, "1.1.2", "坚持新发展理念")]


def test_a_decimal_depth_never_nests_below_a_deeper_one() -> None:
    # 2.1 was lost (a page number glued to it): 2.1.1 opens under 二、; 2.2 then closes it.
    text = (
        f"测试规划\n\n一、总体\n\n1.1 甲节\n\n1.1.1 甲项。{PARA}\n\n二、任务\n\n2.1.1 乙项。{PARA}\n\n"
        f"2.1.2 丙项。{PARA}\n\n2.2 丁节\n\n2.2.1 戊项。{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体"),
        (2, "1.1", "甲节"),
        (3, "1.1.1", "甲项"),
        (1, "二、", "任务"),
        (2, "2.1.1", "乙项"),
        (2, "2.1.2", "丙项"),
        (2, "2.2", "丁节"),
        (3, "2.2.1", "戊项"),
    ]


def test_each_document_a_notice_issues_heads_its_own_numbering() -> None:
    text = (
        f"{NOTICE}支持产业发展若干政策\n\n一、支持平台建设\n\n{PARA}\n\n二、支持人才培养\n\n{PARA}\n\n"
        f"产业创新行动计划（2021-2023年）\n\n{PARA}\n\n一、总体要求\n\n（一）指导思想\n\n{PARA}\n\n二、行动步骤\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "", "支持产业发展若干政策"),
        (2, "一、", "支持平台建设"),
        (2, "二、", "支持人才培养"),
        (1, "", "产业创新行动计划（2021-2023年）"),
        (2, "一、", "总体要求"),
        (3, "（一）", "指导思想"),
        (2, "二、", "行动步骤"),
    ]


def test_a_document_the_issuing_sentence_only_cites_opens_no_part() -> None:
    notice = NOTICE.replace("《支持产业发展若干政策》《", "为落实《支持产业发展若干政策》，《")
    text = f"{notice}一、总体要求\n\n{PARA}\n\n二、行动步骤\n\n{PARA}\n"
    assert [(level, title) for level, _, title in tree(text)] == [(1, "总体要求"), (1, "行动步骤")]


def test_numbered_clauses_ending_in_a_semicolon_are_items_not_headings() -> None:
    text = (
        f"测试规划\n\n一、信息报告\n\n{PARA}\n\n（1）初判为特别重大突发环境事件；\n\n"
        "（2）可能造成国际影响的境内突发环境事件；\n\n（3）其他突发环境事件。\n\n二、应急响应\n\n" + PARA + "\n"
    )
    assert [t for _, _, t in tree(text)] == ["信息报告", "应急响应"]


def test_a_chapter_marker_alone_on_its_line_takes_the_title_on_the_next() -> None:
    # CHAPTER_MARKER_ALONE (nat-fyp-7): "第一节　　消费资料流通　　1999年…" was broken after the marker by
    # the paragraph mark (in a text with many marks), leaving "第一节" alone and the section lost.
    text = (
        f"测试规划\n{PARA}\n第一章\u3000商品流通\n第一节\n消费资料流通\u3000\u30001999年，社会商品零售总额为6，469亿元，"
        f"比1985年增长很多很多很多很多很多很多很多很多很多很多很多很多很多很多\n{PARA}\n"
        f"第二节\u3000生产资料流通\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "第一章", "商品流通"),
        (2, "第一节", "消费资料流通"),
        (2, "第二节", "生产资料流通"),
    ]


def test_items_under_a_sentence_ending_in_a_colon_are_its_list() -> None:
    # LEAD_SENTENCE_LIST (nat-fyp-1): a PDF text whose sentences stand one per line; the （1）… lines
    # under "…有如下要求：" are the sentence's list, not sub-headings of （一）.
    text = (
        f"测试规划\n\n一、重工业\n\n（一）钢铁工业\n\n{PARA}\n\n五年计划对钢铁工业在生产上有如下要求：\n\n"
        "（1）积极地扩大钢和钢材的新种类产品\n\n（2）提高优质钢在钢的总产量中的比重\n\n"
        f"（3）努力地进行试验研究工作，改进产品的质量\n\n（二）有色金属工业\n\n{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == ["重工业", "钢铁工业", "有色金属工业"]


def test_run_in_headings_under_a_sentence_ending_in_a_colon_stay_headings() -> None:
    # LEAD_SENTENCE_LIST (zj-waterlogging-14): "1．已有设施标准偏低。对照…" are titled parts.
    text = (
        f"测试规划\n\n一、现状\n\n{PARA}\n\n短板主要表现在以下两方面：\n\n1．已有设施标准偏低。{PARA}\n\n"
        f"2．规划建设不够协调。{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == ["现状", "已有设施标准偏低", "规划建设不够协调"]


def test_entries_numbered_across_scored_groups_are_a_list() -> None:
    # ENTRIES_ACROSS_GROUPS (bt-digital-gov-eval-2022): an indicator table written as text, its
    # entries 1．… numbered across the scored （n） groups: rows of one list, not sub-headings.
    entry = "。（6月底完成，牵头考核单位：市政务服务局）"
    text = (
        f"测试方案\n\n一、政务服务（25分）\n\n（一）平台建设（3分）\n\n1．各级政务服务事项全部开通全程网办{entry}\n\n"
        f"2．不断完善数据分析、机器学习等功能{entry}\n\n（二）热线升级（2分）\n\n3．全面提升政务热线服务水平{entry}\n\n"
        f"（三）网站集约化（1.5分）\n\n4．各部门网站均集中迁移至本平台{entry}\n\n5．强化热线整合、运维管理{entry}\n"
    )
    assert [t for _, _, t in tree(text)] == [
        "政务服务（25分）",
        "平台建设（3分）",
        "热线升级（2分）",
        "网站集约化（1.5分）",
    ]


def test_titled_tasks_numbered_across_unscored_groups_stay_headings() -> None:
    # ENTRIES_ACROSS_GROUPS (nat-bonded-zones-2019): the groups carry no score.
    note = "（海关总署负责）"
    text = (
        f"测试方案\n\n一、主要任务\n\n（一）统筹两个市场。\n\n1.拓展两个市场。{PARA}{note}\n\n2.提前适用政策。{PARA}{note}\n\n"
        f"（二）推动创新创业。\n\n3.促进研发创新。{PARA}{note}\n\n（三）推进贸易便利化。\n\n4.优化信用管理。{PARA}{note}\n"
    )
    titles = [t for _, _, t in tree(text)]
    assert titles[-1] == "优化信用管理" and "拓展两个市场" in titles


def test_a_paragraph_of_one_long_sentence_is_titled_by_that_sentence() -> None:
    # ONE_SENTENCE_PARAGRAPH (nat-tibet-classes-1996, nat-quake-defence-1996): the （一） paragraph
    # is one sentence longer than MAX_HEADING_CHARS; it is a run-in heading all the same.
    long_sentence = (
        "扩大内地西藏初中班（校）所需的正常经费、基建投资、开办费等，"
        "依照《国务院办公厅转发国家教委等部门关于进一步加强教育援藏工作请示的通知》所确定的经费开支渠道原则解决"
    )
    text = (
        f"测试规划\n\n一、保证必要的办学投资\n\n（一）{long_sentence}。\n\n"
        f"（二）国家将给予适当基建补助经费。{PARA}\n\n二、加强领导\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "保证必要的办学投资"),
        (2, "（一）", long_sentence),
        (2, "（二）", "国家将给予适当基建补助经费"),
        (1, "二、", "加强领导"),
    ]


def test_items_under_an_ordinal_paragraph_are_its_items() -> None:
    # ORDINAL_PARAGRAPH_ITEMS (nat-fyp-1): "第二，在农产品方面：　　由于…" then body, then （1）（2）…
    text = (
        f"测试规划\n\n一、商业\n\n（一）农产品的收购\n\n{PARA}\n\n第一，在工业品方面，要扩大供应。\n\n"
        f"第二，在农产品方面：\u3000\u3000由于农业生产比工业分散，收购工作比较复杂\n{PARA}\n"
        "（1）根据粮食产量和国家需要，合理地分配购粮任务\n（2）随时总结农产品的计划收购工作的经验\n\n"
        f"（二）对外贸易\n\n{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == ["商业", "农产品的收购", "对外贸易"]


def test_headings_with_paragraphs_under_a_sentence_ending_in_a_colon_stay_headings() -> None:
    # LEAD_SENTENCE_LIST (data/plans/shanghai-industrial-tech-innovation-12th-fyp.txt): "主要表现在：" /
    # "1.企业研发投入逐年增加" / its paragraph: headings with text of their own, not a list.
    text = (
        f"测试规划\n\n一、发展回顾\n\n{PARA}主要表现在：\n\n1.企业研发投入逐年增加\n\n{PARA}\n\n"
        f"2.企业研发能力不断增强\n\n{PARA}\n\n二、主要任务\n\n{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == ["发展回顾", "企业研发投入逐年增加", "企业研发能力不断增强", "主要任务"]


def test_headings_with_paragraphs_under_a_colon_stay_headings_without_blank_lines() -> None:
    # LEAD_SENTENCE_LIST (the Word version of shanghai-sti-12th-fyp: one paragraph a line, no blank
    # lines): "（1）实验动物公共服务平台二期" has a paragraph of its own, ending in 。.
    text = (
        f"测试规划\n一、研发基地\n{PARA}重点建设以下一批研发基地：\n（1）实验动物公共服务平台二期\n{PARA}\n"
        f"（2）生物医药公共服务平台\n{PARA}\n二、人才队伍\n{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == ["研发基地", "实验动物公共服务平台二期", "生物医药公共服务平台", "人才队伍"]


def test_a_short_decimal_clause_pointing_to_an_appendix_is_no_heading() -> None:
    # CLAUSE_REFERENCE (zj-village-meteo-std-2016): "12.1  指标解释见附录C。" is a clause.
    text = (
        f"测试规范\n\n11  长效机制\n\n{PARA}\n\n12  其它\n\n12.1  指标解释见附录C。\n\n"
        "12.2  评估细则见附录D。\n\n13  附则\n\n" + PARA + "\n"
    )
    assert [t for _, _, t in tree(text)] == ["长效机制", "其它", "附则"]


def test_untitled_task_entries_under_a_group_are_no_headings() -> None:
    # UNTITLED_ENTRIES (sd-service-digital-2021, round 6): run-in entries 1./2./… under each （n）
    # whose first sentence breaks into clauses are a task list's items, judged as a whole: the
    # one that opens with a short sentence ("3.搭建数字化转型公共服务平台。") goes with them.
    lead = "（牵头单位：省卫生健康委，参加单位：省大数据局）"
    text = (
        "测试方案\n\n一、开展数字提升行动\n\n（一）医养健康产业数字化转型\n\n"
        f"1.支持高水平建设国家健康医疗大数据中心（北方）；加快省市（县）全民健康信息平台建设。{lead}\n\n"
        f"2.全面推动“互联网+医疗健康”便民服务平台建设，推进医疗机构电子病历数据共享。完善医联体远程医疗服务网络。{lead}\n\n"
        f"（二）数字化转型支撑\n\n1.加快省市两级医疗保障数据中心建设，推进区域处方流转信息平台建设。{lead}\n\n"
        f"2.0402年启动智慧健康养老应用试点活动，构建养老服务信息网络。{lead}\n\n"
        f"3.搭建数字化转型公共服务平台。加快推动服务业集聚区数字化转型。{lead}\n\n二、保障措施\n\n{PARA}\n"
    )
    assert tree(text, SCHEME) == [
        (1, "一、", "开展数字提升行动"),
        (2, "（一）", "医养健康产业数字化转型"),
        (2, "（二）", "数字化转型支撑"),
        (1, "二、", "保障措施"),
    ]


def test_titled_task_entries_stay_headings_beside_a_few_clause_sentences() -> None:
    # UNTITLED_ENTRIES: most entries carry a short title of their own ("1.巩固延伸特色产业。…"):
    # the list is titled, the one whose first sentence is a long one of clauses stays a heading too.
    long_title = "加快园区建设和基础设施配套，全面提升园区承载能力和综合服务水平"
    text = (
        "测试方案\n\n一、重点任务\n\n（一）做强产业。\n\n"
        f"1.巩固延伸特色产业。{PARA}\n\n2.培育新兴产业。{PARA}\n\n"
        f"3.壮大数字产业。{PARA}\n\n4.{long_title}。{PARA}\n"
    )
    assert [t for _, _, t in tree(text, SCHEME)][-4:] == [
        "巩固延伸特色产业",
        "培育新兴产业",
        "壮大数字产业",
        long_title,
    ]


def test_principles_titled_by_two_short_phrases_stay_headings() -> None:
    # UNTITLED_ENTRIES (sh-railsafety-2019): "1.以人为本，安全第一。…" - a title of two short
    # phrases, no task's sentence.
    titles = ["以人为本，安全第一", "统筹协调，协同治理", "预防为主，防处结合", "创新驱动，精细管理"]
    entries = "".join(f"{n}.{title}。{PARA}\n\n" for n, title in enumerate(titles, start=1))
    text = f"测试方案\n\n一、总体要求\n\n（一）基本原则\n\n{entries}二、保障措施\n\n{PARA}\n"
    assert [t for _, _, t in tree(text, SCHEME)] == ["总体要求", "基本原则", *titles, "保障措施"]


def test_items_under_articles_are_no_headings_and_a_title_run_on_into_an_article_ends_before_it() -> None:
    # ARTICLE_ITEMS, TITLE_BEFORE_ARTICLE (gz-underground-space-2019, round 6): a rule's 第X条 are
    # untitled provisions, the （一） under them their items ("第十七条 属于以下情形的，可以协议出让…：" /
    # "（一）原土地使用权人利用自有用地开发建设地下空间项目的。"); "第七章 法律责任 第四十二条 …" is
    # chapter 七 titled 法律责任, its first article on the same line.
    text = (
        "测试办法\n第一章 总 则\n第一条 为了规范地下空间开发利用，制定本办法。\n"
        "第二条 本办法适用于本市行政区域内地下空间的开发利用。\n"
        "第二章 用地管理\n第三条 属于以下情形的，可以协议出让地下建设用地使用权：\n"
        "（一）原土地使用权人利用自有用地开发建设地下空间项目的。\n"
        "（二）与城市地下公共交通设施配套同步建设、不能分割实施的经营性地下空间。\n"
        "第四条 通过划拨方式取得单建地下空间的，按照以下程序办理：\n（一）申请项目立项。\n"
        "（二）向城乡规划主管部门申领建设用地规划许可证。\n（三）向国土主管部门申请办理国有建设用地划拨手续。\n"
        "第三章 法律责任 第五条 地下空间开发利用过程中造成损害的，应当依法承担相应的民事责任。\n"
        "第六条 违反本办法规定的，由有关部门依法处理。\n"
    )
    assert tree(text, PlanMeta(id="t", title="测试办法")) == [
        (1, "第一章", "总 则"),
        (1, "第二章", "用地管理"),
        (1, "第三章", "法律责任"),
    ]


def test_titled_item_lines_inside_untitled_articles_are_headings_under_the_chapter() -> None:
    # TITLED_ITEM_LINE (round 13, after the score): an untitled article may group its text under stand-alone
    # titled （n） lines, headings one level below the chapter; the article's items (ending with a mark, running
    # on into their siblings) stay text, and a new article closes the titled line above.
    text = (
        "测试办法\n第一章 总则\n第一条 为了规范测试补助，制定本办法。\n第二条 本办法适用于本市测试补助。\n"
        "第二章 补助对象\n第三条 符合以下条件的人员可按规定享受补助：\n（一）在职测试人员\n"
        "在本市测试机构登记的，符合以下条件的可享受补助：\n1.连续从事测试工作满一年；\n2.经考核合格。\n"
        "（二）退休测试人员\n退休前从事测试工作满十年的，可按规定享受补助。\n"
        "第四条 补助类型分为以下两类：\n（一）基本补助；\n（二）专项补助。\n"
        "第五条 补助对象出现下列情形之一的，停止发放补助：\n（一）补助对象死亡\n（二）迁出本市\n"
        "第三章 附则\n第六条 本办法自发布之日起施行。\n"
    )
    assert tree(text, PlanMeta(id="t", title="测试办法")) == [
        (1, "第一章", "总则"),
        (1, "第二章", "补助对象"),
        (2, "（一）", "在职测试人员"),
        (2, "（二）", "退休测试人员"),
        (1, "第三章", "附则"),
    ]


def test_parts_whose_first_number_was_lost_are_read_from_the_second() -> None:
    # sd-scenario-innovation-2025 (heldout7): OCR wrote 一、总体要求 as "总体要求-、", so the text's
    # first numbered heading is 二、; it was refused as a page number (a first heading is numbered 1)
    # and every part after it with it. LOST_FIRST_PART: 三、 on a later line of its own shows the run.
    text = (
        f"测试规划\n{PARA}\n总体要求-、\n{PARA}\n二、实施机会培创行动\n{PARA}\n（一）布局一批成长场景\n{PARA}\n"
        f"（二）培育一批应用场景\n{PARA}\n三、实施创新攻关行动\n{PARA}\n（三）攻关一批首试首用场景\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "二、", "实施机会培创行动"),
        (2, "（一）", "布局一批成长场景"),
        (2, "（二）", "培育一批应用场景"),
        (1, "三、", "实施创新攻关行动"),
        (2, "（三）", "攻关一批首试首用场景"),
    ]


def test_entries_that_restate_their_label_are_a_list_not_headings() -> None:
    # RESTATED_ENTRIES (nat-av-map-std-guide-2023, round 8): "（1）术语定义。术语定义标准用于…" - each
    # entry describes the thing it names; the run of them is a list, not sub-headings.
    labels = ["术语定义", "空间参照", "分类编码"]
    described = "标准用于统一相关的基本概念和技术要求。"
    entries = "".join(f"（{n}）{label}。{label}{described}\n\n" for n, label in enumerate(labels, 1))
    text = f"测试指南\n\n一、建设内容\n\n（一）体系框架\n\n1.基础通用部分\n\n{entries}二、组织实施\n\n{PARA}\n"
    assert [t for _, _, t in tree(text)] == ["建设内容", "体系框架", "基础通用部分", "组织实施"]


def test_titled_entries_whose_sentence_says_something_else_stay_headings() -> None:
    # RESTATED_ENTRIES: "1.培育优质企业。这是…" opens its sentence with other words: headings.
    titles = ["培育优质企业", "加强标准研制", "完善服务体系"]
    entries = "".join(f"{n}.{title}。{PARA}\n\n" for n, title in enumerate(titles, 1))
    text = f"测试方案\n\n一、重点任务\n\n（一）做强产业。\n\n{entries}二、保障措施\n\n{PARA}\n"
    assert [t for _, _, t in tree(text, SCHEME)][-4:] == [*titles, "保障措施"]
    # the same entries restating their labels are a list
    restated = "".join(f"{n}.{title}。{title}是指{PARA}\n\n" for n, title in enumerate(titles, 1))
    text = f"测试方案\n\n一、重点任务\n\n（一）做强产业。\n\n{restated}二、保障措施\n\n{PARA}\n"
    assert [t for _, _, t in tree(text, SCHEME)] == ["重点任务", "做强产业", "保障措施"]


def test_entries_whose_label_a_description_follows_are_a_list_not_headings() -> None:
    # DESCRIBED_LABEL (round 7): "1.车辆运行监控：主要包括…。" / "2.客流动态监测：通过…。" - a
    # specification describing each named function; judged with its list, one entry that goes on
    # otherwise ("3.…：及时发布…") goes with the rest.
    entries = (
        "1.车辆运行监控：主要包括以电子地图方式实现车辆的动态监控。可显示车辆的实时位置。\n"
        "2.客流动态监测：通过刷卡机等方式采集各站点上下车客流数据。\n"
        "3.应急响应管理：及时发布应急信息。支持协同调度。\n"
        "4.数据库服务器：建议采用物理主机构建双机热备集群。\n"
    )
    text = f"测试指南\n一、系统功能\n（一）运行动态监控。\n{entries}二、保障措施\n{PARA}\n"
    assert [t for _, _, t in tree(text)] == ["系统功能", "运行动态监控", "保障措施"]
    # titled parts whose labels are followed by what to do stay headings
    titled = (
        f"1.简政提效：深化行政审批改革集成增效。{PARA}\n"
        f"2.协同联建：推进区域交通一体互联。{PARA}\n"
        f"3.绿色赋能：建设绿色燃料供应体系。{PARA}\n"
    )
    text = f"测试方案\n一、重点任务\n{titled}二、保障措施\n{PARA}\n"
    assert [t for _, _, t in tree(text, SCHEME)] == ["重点任务", "简政提效", "协同联建", "绿色赋能", "保障措施"]


def test_parts_after_a_summary_close_its_enumeration() -> None:
    # PARTS_ABOVE_ENUMERATIONS + BRACKETED_CHAPTER (nat-digital-china-report-2022, round 8): a
    # summary's 一、…二、 then 【第一篇】 parts over chapters numbered 一、… across them; a part glued
    # after a 。 is split off.
    text = (
        f"测试报告\n\n一、总体成效\n\n{PARA}\n\n二、形势展望\n\n{PARA}【第一篇】基础加快夯实\n\n"
        f"一、基础设施规模大幅提升\n\n（一）网络基础设施超前部署\n\n{PARA}\n\n"
        f"【第二篇】全面赋能经济社会\n\n二、数字经济稳步增长\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体成效"),
        (1, "二、", "形势展望"),
        (1, "【第一篇】", "基础加快夯实"),
        (2, "一、", "基础设施规模大幅提升"),
        (3, "（一）", "网络基础设施超前部署"),
        (1, "【第二篇】", "全面赋能经济社会"),
        (2, "二、", "数字经济稳步增长"),
    ]


def test_a_glued_second_part_after_a_lost_first_one_is_split_off() -> None:
    # LOST_FIRST_PART_GAP + GLUED_AFTER_COMMA (nat-medinsurance-smart-review-2023, round 8): the 一、
    # was damaged, 二、 is glued after a 。 and 三、 after a ， (OCR's lost full stop); 四、 stands alone.
    text = (
        f"测试通知\n\n{PARA}现就相关工作通知如下。\n\n{PARA}二、加强两库建设和应用\n\n"
        f"{PARA}，三、优化智能审核和监控流程\n\n{PARA}\n\n四、推动经办机构全面智能审核\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "二、", "加强两库建设和应用"),
        (1, "三、", "优化智能审核和监控流程"),
        (1, "四、", "推动经办机构全面智能审核"),
    ]


def test_an_annex_a_reply_announces_after_its_date_is_a_document_with_repeated_form_lines() -> None:
    # UNLABELLED_ANNEX + DISTINCT_WRAP_LINES (nat-transport-bjut-pilot-2022, round 8): the reply says
    # its points follow (附后); under the date the annex's title heads a document of its own, and its
    # form lines repeated under every part ("（一）试点单位。" / "测试工业大学。") are no page width.
    parts = ["公共交通智能化技术研究", "综合交通协同运行技术研究", "低碳出行与运行管理技术研究"]
    parts += ["道路绿色建养与智能运维技术研究", "交通数字化人才培养"]
    form = "".join(
        f"　　{n}、城市{part}\n　　（一）试点单位。\n　　测试工业大学。\n　　（二）试点指导单位。\n"
        f"　　测试部运输服务司牵头。\n　　（三）试点内容。\n　　研究{part}。\n　　（四）预期成果。\n　　{PARA}\n"
        for n, part in zip("一二三四五", parts, strict=True)
    )
    text = (
        f"测试工业大学：\n　　你校报送的试点实施方案收悉，原则同意开展试点（具体要点附后）。{PARA}\n"
        f"测试部\n　　2022年9月20日\n\n交通强国建设试点任务要点（测试工业大学）\n{form}"
    )
    sections = tree(text)
    assert sections[0] == (1, "", "交通强国建设试点任务要点（测试工业大学）")
    assert sections[1] == (2, "一、", "城市公共交通智能化技术研究")
    assert sections[2] == (3, "（一）", "试点单位")
    assert len(sections) == 1 + 5 * 5


def test_the_points_of_a_reply_above_its_unlabelled_annex_are_its_front_matter() -> None:
    # COVER_LETTER_POINTS (line by line, nat-transport-bjut-pilot-2022): the reply numbers its own
    # points ("一、原则同意…（具体要点附后）。" / "二、加强对试点工作的组织领导，…"), then signs, dates and
    # carries its annex without an 附件 label: the points are the letter's, no sections.
    form = "".join(
        f"　　{n}、城市{part}\n　　（一）试点单位。\n　　测试工业大学。\n　　（二）试点内容。\n　　{PARA}\n"
        for n, part in zip("一二三", ["公共交通研究", "综合交通研究", "低碳出行研究"], strict=True)
    )
    text = (
        "测试工业大学：\n　　你校报送的试点实施方案收悉。经研究，现将有关事项函复如下：\n"
        "　　一、原则同意在城市公共交通智能化技术研究等方面开展试点（具体要点附后）。请你校认真组织实施。\n"
        "　　二、加强组织领导。建立健全试点工作推进机制，明确责任分工，强化政策支持。\n"
        "　　三、加强跟踪、督导和总结。每年12月底之前向我部报送年度进展情况。\n"
        f"测试部\n　　2022年9月20日\n\n交通强国建设试点任务要点（测试工业大学）\n{form}"
    )
    sections = tree(text)
    assert sections[0] == (1, "", "交通强国建设试点任务要点（测试工业大学）")
    assert len(sections) == 1 + 3 * 3


def test_run_in_sections_glued_inside_a_line_are_split_off_in_sequence() -> None:
    # GLUED_RUN_IN_HEAD (nat-medinsurance-smart-review-2023, round 8): OCR text that lost its line
    # breaks glues the run-in （二） and a bracket-less 三） after the 。 of the paragraph before.
    text = (
        f"测试通知\n\n一、加强两库建设\n\n（一）准确把握建设重点。{PARA}（二）赋予本地化权限。{PARA}"
        f"三）科学设置指标阈值。{PARA}\n\n二、工作要求\n\n{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == [
        "加强两库建设",
        "准确把握建设重点",
        "赋予本地化权限",
        "科学设置指标阈值",
        "工作要求",
    ]


def test_a_stray_space_or_dot_inside_a_heading_marker_is_the_markers() -> None:
    # SPACED_MARKER_POINT / STRAY_DOT_AFTER_POINT (nat-aistd-2020, lineage8): PDF text writes
    # "二 、建设思路", "1 .机器学习标准" and "3.·测试评估标准"; unread, every part after 一、 nested
    # under it, and a 2. after an unread 1. was missed.
    text = (
        f"测试规划\n\n一、总体要求\n\n{PARA}\n\n二 、建设思路\n\n{PARA}\n\n三 、建设内容\n\n"
        f"（一）基础共性标准\n\n1 .术语标准。{PARA}\n\n2.参考架构标准。{PARA}\n\n"
        f"3.·测试评估标准。{PARA}\n\n（二）安全标准\n\n1 .安全与隐私保护标准。{PARA}\n\n"
        f"2.伦理标准。{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (1, "二、", "建设思路"),
        (1, "三、", "建设内容"),
        (2, "（一）", "基础共性标准"),
        (3, "1.", "术语标准"),
        (3, "2.", "参考架构标准"),
        (3, "3.", "测试评估标准"),
        (2, "（二）", "安全标准"),
        (3, "1.", "安全与隐私保护标准"),
        (3, "2.", "伦理标准"),
    ]


def test_a_spaced_count_or_decimal_at_a_line_start_is_no_heading() -> None:
    # SPACED_MARKER_POINT needs a title after the point: a count "3 、4 项" or a decimal "2 .5%"
    # that a wrap put at a line's start stays text.
    text = (
        f"测试规划\n\n一、总体要求\n\n{PARA}\n\n二、主要任务\n\n{PARA}\n"
        f"3 、4 项重点工程由各部门负责。\n2 .5%的增长目标保持不变。\n"
    )
    assert [t for _, _, t in tree(text)] == ["总体要求", "主要任务"]


def test_ordinals_behind_a_repeated_label_are_a_heading_level_numbered_across_groups() -> None:
    # LABELLED_ORDINAL (round 10): "场景一：…" items numbered in words across the 一、 groups that hold them.
    text = (
        "测试清单\n\n一、政务服务类\n\n场景一：智能问答\n\n利用人工智能技术辅助答复群众咨询。\n\n"
        "场景二：材料预审\n\n利用人工智能技术核对申请材料。\n\n二、城市治理类\n\n场景三：交通疏导\n\n"
        "利用人工智能技术预测路网拥堵。\n\n场景四：环境监测\n\n检查前：利用人工智能技术筛选重点对象。\n"
    )
    assert tree(text) == [
        (1, "一、", "政务服务类"),
        (2, "场景一：", "智能问答"),
        (2, "场景二：", "材料预审"),
        (1, "二、", "城市治理类"),
        (2, "场景三：", "交通疏导"),
        (2, "场景四：", "环境监测"),
    ]


def test_a_labelled_ordinal_sentence_is_no_heading() -> None:
    # LABELLED_ORDINAL: the title is a short plain phrase; "目标一：到2025年，…。" is a sentence.
    text = "测试方案\n\n一、发展目标\n\n目标一：到2025年，建成示范工厂。\n\n目标二：到2030年，全面实现。\n"
    assert [t for _, _, t in tree(text)] == ["发展目标"]


def test_lettered_entries_are_judged_under_their_own_heading() -> None:
    # LETTER_ENUM, UNTITLED_ENTRIES_PER_PARENT (round 10): a decimal outline's (a)… entries are titled
    # run-in headings under one heading and requirement sentences (list items) under another.
    text = (
        "测试框架\n\n1. 风险分类\n\n1.1 技术风险\n\n(a)算法偏差风险。模型训练数据不均衡可能导致结果偏差。\n\n"
        "(b)数据泄露风险。训练数据可能在传输中被窃取。\n\n2. 应对措施\n\n2.1 技术风险应对\n\n"
        "(a)建立安全防护机制，防止模型运行过程中被干扰、篡改而输出不可信结果。\n\n"
        "(b)应建立数据护栏，确保人工智能系统输出的敏感个人信息和重要数据符合相关法律法规。\n"
    )
    assert tree(text) == [
        (1, "1.", "风险分类"),
        (2, "1.1", "技术风险"),
        (3, "（a）", "算法偏差风险"),  # the normaliser folds half-width brackets
        (3, "（b）", "数据泄露风险"),
        (1, "2.", "应对措施"),
        (2, "2.1", "技术风险应对"),
    ]


def test_a_footnote_mark_glued_to_a_title_is_no_part_of_it() -> None:
    # FOOTNOTE_MARK_IN_TITLE (round 10): "2.数据平台1。" with the footnote "1 是指…" lower down.
    text = (
        "测试指南\n一、建设内容\n1.感知设备。\n应部署必要的感知设备。\n2.数据平台1。\n应建设数据平台。\n"
        "1 是指门店的数据中台。\n3.应用终端5。\n应配置应用终端。\n"
    )
    assert [t for _, _, t in tree(text)] == ["建设内容", "感知设备", "数据平台", "应用终端5"]


def test_the_documents_to_hand_in_under_a_materials_heading_are_a_list() -> None:
    # MATERIALS_LIST (round 11): one-line （n） entries right under "申报材料" name the documents to
    # hand in; under another heading such a run stays its sub-headings (RUN_UNDER_HEADING).
    text = (
        f"一、支持对象\n{PARA}\n"
        "二、申报材料\n"
        "（一）专项资金申请表。\n"
        "（二）年度运营情况报告。\n"
        "（三）其他需要提供的证明材料。\n"
        f"三、申报时间\n{PARA}\n"
    )
    assert [(level, title) for level, _, title in tree(text)] == [
        (1, "支持对象"),
        (1, "申报材料"),
        (1, "申报时间"),
    ]


def test_a_lead_clause_before_a_colon_is_no_label_and_its_entries_are_a_list() -> None:
    # LEAD_CLAUSE_NOT_LABEL (round 11): "…相关方向，如：…。" is one sentence listing fields, not
    # "label：sentence"; a run of such entries under a paragraph is that paragraph's list.
    text = (
        "一、培养方向\n"
        f"{PARA}\n"
        "（一）数据科学基础研究相关方向，如：统计学习理论、优化方法与数值计算等。\n"
        "（二）数据工程技术相关研究方向，如：数据存储、数据治理与数据安全等。\n"
        "（三）数据应用技术相关研究方向，包括但不限于：智慧医疗、智能交通与金融科技等。\n"
        f"二、培养方式\n{PARA}\n"
    )
    assert [(level, title) for level, _, title in tree(text)] == [(1, "培养方向"), (1, "培养方式")]


def test_entries_stating_requirements_under_one_heading_are_provisions() -> None:
    # REQUIREMENT_ENTRIES: "1. 申报单位应为…" / "2. 项目负责人须具有…" / … under 三、 are provisions (most
    # state what shall be done), run in or one sentence a line; the titled steps under 四、 stay.
    text = "\n".join(
        [
            "测试方案",
            "三、申报资格要求",
            "1. 申报单位应为境内注册的科研院所、高等学校和企业。具有独立法人资格。",
            "2. 项目负责人须具有高级职称或博士学位，每年用于项目的工作时间不少于6个月。",
            "3. 项目负责人原则上应为该项目主体研究思路的提出者。国家机关人员不得申报。",
            "4. 申报单位不得重复申报，同一项目只能通过单个推荐单位申报。",
            "四、具体申报方式",
            f"1. 网上填报。{PARA}",
            f"2. 组织推荐。{PARA}",
            f"3. 材料报送。{PARA}",
            f"4. 业务咨询。{PARA}",
        ]
    )
    assert [(n, t) for _, n, t in tree(text, SCHEME)] == [
        ("三、", "申报资格要求"),
        ("四、", "具体申报方式"),
        ("1.", "网上填报"),
        ("2.", "组织推荐"),
        ("3.", "材料报送"),
        ("4.", "业务咨询"),
    ]


def test_a_code_whose_articles_are_mostly_titled_has_them_as_headings_with_the_run_ins_of_an_untitled_one() -> None:
    # TITLED_ARTICLES, TITLED_RUN_IN_UNDER_ARTICLE (round 12): a code of norms titles most articles
    # ("第三条　守住测试底线。…") - headings under the chapter; the untitled ones stay clauses, and the
    # titled run-ins glued after an untitled article's lead sentence are headings under the chapter too,
    # while its untitled entries ("（一）管理活动主要指…，…。") stay its items.
    text = (
        "测试规范\n第一章　总则\n"
        "　　第一条　本规范旨在规范测试活动，促进测试行业健康发展。\n"
        "　　第二条　本规范适用于各类测试活动。（一）管理活动主要指测试相关的规划、标准制定等。（二）研发活动主要指"
        "测试相关的技术开发等。\n"
        "　　第三条　测试活动应遵循以下基本规范。（一）坚持以人为本。尊重人的合法权益。（二）确保公平公正。坚持普惠。\n"
        "第二章　管理规范\n"
        "　　第四条　推动敏捷管理。尊重测试发展规律，及时发现和解决风险。\n"
        "　　第五条　加强风险防范。增强底线思维，提高风险意识。\n"
        "　　第六条　促进开放合作。重视各方参与，鼓励交流合作。\n"
        "　　第七条　提升测试素养。积极学习测试知识，提高测试能力。\n"
        "　　第八条　本规范自公布之日起施行。\n"
    )
    assert tree(text, PlanMeta(id="t", title="测试规范")) == [
        (1, "第一章", "总则"),
        (2, "（一）", "坚持以人为本"),
        (2, "（二）", "确保公平公正"),
        (1, "第二章", "管理规范"),
        (2, "第四条", "推动敏捷管理"),
        (2, "第五条", "加强风险防范"),
        (2, "第六条", "促进开放合作"),
        (2, "第七条", "提升测试素养"),
    ]


def test_a_numbered_paragraph_that_lost_its_title_break_still_holds_its_number() -> None:
    # NUMBERED_PARAGRAPH_COUNTS (round 12): entries numbered on across the parts, one whose title ran into
    # its paragraph ("4.精准配送面向…，…。") is read as no heading; 5. after it continues from it, where it
    # was refused with every sibling after it.
    body = "面向测试业务活动，针对测试效率低等问题，部署测试系统，提升测试水平。"
    text = (
        f"一、工厂建设\n1.数字化设计\n{body}\n2.运营优化\n{body}\n二、仓储物流\n3.智能仓储\n{body}\n"
        f"4.精准配送{body[:-1]}，应用测试定位导航、测试路径动态规划等技术，实现测试快速响应和动态调度。\n三、安全管控\n5.危险作业自动化\n{body}\n6.安全一体化管控\n{body}\n"
    )
    assert tree(text, SCHEME) == [
        (1, "一、", "工厂建设"),
        (2, "1.", "数字化设计"),
        (2, "2.", "运营优化"),
        (1, "二、", "仓储物流"),
        (2, "3.", "智能仓储"),
        (1, "三、", "安全管控"),
        (2, "5.", "危险作业自动化"),
        (2, "6.", "安全一体化管控"),
    ]


def test_a_run_of_titled_run_in_entries_whose_first_entry_is_one_long_sentence_opens_at_it() -> None:
    # UNTITLED_FIRST_ENTRY (round 9): "1." has no title of its own, one long sentence its whole paragraph;
    # read as no heading, it left the titled run-in entries 2.… opening at 2, refused as a paragraph's list,
    # so the part above held all their lines of work. The 1. is the run's first heading, titled by its sentence
    # (longer than a bare heading: a sentence of at most MAX_HEADING_CHARS was a heading before).
    first = (
        "全面落实测试产业发展指南，针对指南提出的重点项目，开展项目预研、立项、制定及发布的全周期规划研究，"
        "确保测试工作科学、高效、有序进行。"
    )
    text = (
        f"一、落实发展指南，加快重点项目\n1.{first}\n2.加快推进测试系统的建设。推进测试平台、测试中心等项目。\n"
        "3.积极开展测试技术的研究。尽快完成测试方法研究。\n二、健全工作机制\n1.建立测试协调机制。加强沟通与协调。\n"
        "2.完善测试评价制度。开展测试评价。\n"
    )
    assert tree(text, SCHEME) == [
        (1, "一、", "落实发展指南，加快重点项目"),
        (2, "1.", first[:-1]),
        (2, "2.", "加快推进测试系统的建设"),
        (2, "3.", "积极开展测试技术的研究"),
        (1, "二、", "健全工作机制"),
        (2, "1.", "建立测试协调机制"),
        (2, "2.", "完善测试评价制度"),
    ]


def test_a_decimal_quantity_opening_a_wrapped_line_is_no_sibling_under_another_parent() -> None:
    # DECIMAL_PARENT_PATH (sh-fyp-14): a PDF line wrapped before "2.69 万亿元" under 1.1.1; 2.69 is no sibling
    # of 1.1 (its parent path differs and it is no first child), and 1.2 still follows 1.1.
    text = (
        f"测试规划\n\n一、新阶段新起点\n1.1 “五个中心”建设既定目标如期实现\n{PARA}\n"
        "1.1.1 综合经济实力大幅提升。全市生产总值从 2015 年的\n"
        "2.69 万亿元上升到 2020 年的 3.87 万亿元。经济增速在全球主要城市中位居前列。\n"
        f"1.1.2 “五个中心”功能实现整体提升。{PARA}\n1.2 准确把握新发展阶段上海发展面临的新机遇新挑战\n{PARA}\n"
    )
    assert [n for _, n, _ in tree(text)] == ["一、", "1.1", "1.1.1", "1.1.2", "1.2"]
