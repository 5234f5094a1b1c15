"""Rules added after the real-world held-out score: each test fails on the code before it."""

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

PARA = "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。"


def tree(text: str) -> list[tuple[int, str, str]]:
    plan = load_plan(text, PlanMeta(id="t", title="测试规划"))
    return [(s.level, s.number, s.title) for s in plan.sections]


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


def test_cells_of_a_captioned_table_one_per_line_are_not_headings() -> None:
    text = (
        f"测试规划\n\n一、现状\n\n{PARA}\n\n表1  主要指标完成情况\n\n序号\n\n项目类别\n\n单位\n\n"
        f"综合整治城市河道\n\n条\n\n新开城市河道\n\n条\n\n{PARA}\n\n二、任务\n\n{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == ["现状", "任务"]


def test_a_run_of_short_lines_holding_a_number_is_a_table() -> None:
    text = f"测试规划\n\n一、现状\n\n{PARA}\n\n序号\n\n项目类别\n\n完成率\n\n113%\n\n{PARA}\n\n二、任务\n\n{PARA}\n"
    assert [t for _, _, t in tree(text)] == ["现状", "任务"]


def test_an_attached_table_titled_on_its_number_line_is_a_level_one_heading() -> None:
    text = (
        f"测试规划\n\n一、任务\n\n（一）整治\n\n{PARA}\n\n附表：1.易涝区域整治计划表\n\n"
        f"附表1  易涝区域整治计划表\n\n城市\n\n杭州市\n\n新建\n\n附表2  防洪标准表\n\n城市\n\n宁波市\n"
    )
    assert tree(text) == [
        (1, "一、", "任务"),
        (2, "（一）", "整治"),
        (1, "附表1", "易涝区域整治计划表"),
        (1, "附表2", "防洪标准表"),
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


NOTICE = (
    "测试省人民政府办公厅关于印发支持产业发展若干政策和产业创新行动计划的通知\n\n"
    "各市人民政府，省政府各部门：\n\n"
    "《支持产业发展若干政策》《产业创新行动计划（2021—2023年）》已经省政府同意，现印发给你们，请认真抓好落实。\n\n"
    "测试省人民政府办公厅\n\n2021年9月2日\n\n"
)


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


def test_decimal_numbering_from_a_bare_top_number_in_a_text_run_together() -> None:
    # One line: a TOC without page numbers, then the body; paragraphs marked by "　　" only.
    marks = "　　"
    toc = marks.join(["1　总则", "1.1　编制目的", "1.2　编制依据", "2　组织指挥", "2.1　指挥机构"])
    body = marks.join(
        [
            f"1　总则{marks}1.1　编制目的\n{PARA}",
            f"1.2　编制依据\n{PARA}",
            f"2　组织指挥{marks}2.1　指挥机构\n{PARA}",
            f"2.1.1　现场指挥\n{PARA}",
        ]
    )
    text = f"测试预案{marks}{toc}{marks}{body}{marks}{PARA}\n"
    assert tree(text) == [
        (1, "1", "总则"),
        (2, "1.1", "编制目的"),
        (2, "1.2", "编制依据"),
        (1, "2", "组织指挥"),
        (2, "2.1", "指挥机构"),
        (3, "2.1.1", "现场指挥"),
    ]


def test_a_bare_number_before_table_cells_is_no_heading() -> None:
    text = f"测试规划\n\n一、目标\n\n{PARA}\n\n1 全市生产总值年均增长率 % 预期性 - 5左右\n\n{PARA}\n"
    assert [number for _, number, _ in tree(text)] in (["一、"], ["一、", ""])


def test_numbered_clauses_ending_in_a_semicolon_are_items_not_headings() -> None:
    text = (
        f"测试规划\n\n一、信息报告\n\n{PARA}\n\n（1）初判为特别重大突发环境事件；\n\n"
        "（2）可能造成国际影响的境内突发环境事件；\n\n（3）其他突发环境事件。\n\n二、应急响应\n\n" + PARA + "\n"
    )
    assert [t for _, _, t in tree(text)] == ["信息报告", "应急响应"]


def test_a_question_heading_read_inline_keeps_its_question_mark() -> None:
    body = "。".join(["这是说明的内容"] * 400)
    text = f"一、《通知》制定的背景是什么？{body}。二、《通知》的主要内容有哪些？{body}。"
    assert [t for _, _, t in tree(text)] == ["《通知》制定的背景是什么？", "《通知》的主要内容有哪些？"]


def test_html_comments_of_a_page_template_are_not_text() -> None:
    from plankg.loaders.text.normalise import normalise

    assert "iframe" not in normalise("<p>一、总体要求</p><!-- 正文下iframe --><p>正文。</p>").text


def test_a_heading_run_together_with_a_table_before_it_starts_its_own_line() -> None:
    text = (
        f"测试规划\n\n一、现状\n\n（一）成效\n\n{PARA}\n\n（二）指标\n\n{PARA}指标　完成　4.3个百分点"
        f"　　（三）环境保护工作进入新阶段。\n\n{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == ["现状", "成效", "指标", "环境保护工作进入新阶段"]


def test_a_page_number_glued_before_a_decimal_heading_is_not_its_number() -> None:
    text = (
        f"测试规划\n\n一、总体\n\n1.1 甲节\n\n{PARA}\n\n十、布局\n\n{PARA}\n\n"
        f"7910.1 推动主城区综合功能升级\n\n10.1.1 加强功能复合。{PARA}\n\n142结 语\n\n{PARA}\n"
    )
    assert tree(text)[3:] == [(2, "10.1", "推动主城区综合功能升级"), (3, "10.1.1", "加强功能复合"), (1, "", "结 语")]


def test_a_heading_joined_with_its_paragraph_ends_where_the_toc_says() -> None:
    long_para = "“十四五”时期，上海发展环境面临更为深刻复杂变化，当今世界和平与发展仍是时代主题，新机遇新挑战并存。"
    text = (
        "测试规划\n\n目  录\n\n一、总体 .......... 1\n\n1.1 发展基础 .......... 1\n\n"
        "1.2 准确把握新发展阶段面临的新机遇新挑战 .......... 2\n\n二、任务 .......... 3\n\n"
        f"一、总体\n\n1.1 发展基础\n\n{PARA}\n\n"
        f"1.2 准确把握新发展阶段面临的新机遇新挑战{long_para}\n\n二、任务\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体"),
        (2, "1.1", "发展基础"),
        (2, "1.2", "准确把握新发展阶段面临的新机遇新挑战"),
        (1, "二、", "任务"),
    ]


def test_terms_under_a_heading_titled_as_a_glossary_are_not_headings() -> None:
    text = (
        f"测试规划\n\n一、任务\n\n{PARA}\n\n二、有关名词解释\n\n{PARA}\n\n揭榜挂帅\n\n{PARA}\n\n"
        f"“瞪羚”企业\n\n{PARA}\n\n1、金融市场交易总额。该指标为上海主要金融要素市场成交额。\n\n"
        "2、生活垃圾回收利用率。该指标为可回收物量占比。\n"
    )
    assert [t for _, _, t in tree(text)] == ["任务", "有关名词解释"]


def test_the_cover_lines_above_a_report_s_first_sentence_are_not_headings() -> None:
    text = (
        "决胜全面建成小康社会\n\n夺取新时代中国特色社会主义伟大胜利\n\n——在中国共产党第十九次全国代表大会上的报告\n\n"
        f"（2017年10月18日）\n\n习近平\n\n同志们：\n\n{PARA}\n\n一、过去五年的工作\n\n{PARA}\n\n二、历史使命\n\n{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == ["过去五年的工作", "历史使命"]
