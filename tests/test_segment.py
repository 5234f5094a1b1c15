from collections import Counter

import pytest

from plankg.loaders.structure.document import load_plan
from plankg.loaders.structure.segment import Heading, segment, with_run_in_below
from plankg.schema import PlanMeta

META = PlanMeta(id="t", title="测试规划")


def tree(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in load_plan(text, META).sections]


def test_levels_follow_the_order_styles_open_in() -> None:
    text = "测试规划\n\n一、总体\n\n（一）目标\n\n1.重点\n\n（1）子项\n\n二、任务\n\n1.甲\n\n（1）乙\n"
    assert tree(text) == [
        (1, "一、", "总体"),
        (2, "（一）", "目标"),
        (3, "1.", "重点"),
        (4, "（1）", "子项"),
        (1, "二、", "任务"),
        (2, "1.", "甲"),
        (3, "（1）", "乙"),
    ]


def test_half_width_parentheses_and_full_width_digits() -> None:
    text = "测试规划\n\n一、总体\n\n(一)目标\n\n(二)原则\n\n１．方向\n"
    assert tree(text) == [(1, "一、", "总体"), (2, "（一）", "目标"), (2, "（二）", "原则"), (3, "1.", "方向")]


def test_inline_title_stops_at_the_first_full_stop() -> None:
    text = "测试规划\n\n一、任务\n\n1.建设示范企业。鼓励企业开展研发。\n\n2.推进中心建设。强化作用。\n"
    assert [t for _, _, t in tree(text)] == ["任务", "建设示范企业", "推进中心建设"]


def test_a_list_restarting_inside_a_section_is_not_a_heading() -> None:
    text = "测试规划\n\n一、任务\n\n1.甲\n\n2.乙\n\n1.这是段落里的列表\n"
    assert [t for _, _, t in tree(text)] == ["任务", "甲", "乙"]


def test_short_unnumbered_lines_between_blank_lines_are_sub_headings() -> None:
    text = (
        "第七章 服务体系\n\n第一节 科技金融\n\n金融政策\n\n正文一段，说明情况。\n\n"
        "◎国家基地\n\n科技金融产品\n\n正文。\n"
    )
    assert tree(text) == [
        (1, "第七章", "服务体系"),
        (2, "第一节", "科技金融"),
        (3, "", "金融政策"),
        (3, "", "科技金融产品"),
    ]


def test_sections_span_their_children() -> None:
    doc = load_plan("测试规划\n\n一、总体\n\n（一）目标\n\n正文。\n\n二、任务\n", META)
    first, child, second = doc.sections
    assert first.start <= child.start < child.end <= first.end <= second.start
    assert doc.text[first.start : first.start + 4] == "一、总体"
    assert child.parent_id == first.id and second.parent_id is None


def test_task_block_leaves_become_tasks() -> None:
    text = (
        "测试规划\n\n一、工程\n\n1.重大任务\n\n（1）新药创制\n\n正文。\n\n（2）诊断装备\n\n"
        "2.重点任务\n\n（1）抗感染药物\n"
    )
    doc = load_plan(text, META)
    assert [(t.kind, t.title) for t in doc.tasks] == [
        ("重大任务", "新药创制"),
        ("重大任务", "诊断装备"),
        ("重点任务", "抗感染药物"),
    ]
    assert all(s.title not in {"新药创制", "诊断装备"} for s in doc.sections)


def test_inline_blocks_and_empty_items_are_kept_and_flagged() -> None:
    text = (
        "测试规划\n\n一、集成电路\n\n聚焦芯片。重点方向：（1）芯片研发。（2）。（3）装备与材料。"
        "重大平台：加快建设某某创新中心。集成电路领域关键核心技术攻关1、先进工艺。突破工艺。2、设计工具。研发工具。\n"
    )
    doc = load_plan(text, META)
    assert [(t.kind, t.title, t.empty) for t in doc.tasks] == [
        ("重点方向", "芯片研发", False),
        ("重点方向", "", True),
        ("重点方向", "装备与材料", False),
        ("技术攻关", "先进工艺", False),
        ("技术攻关", "设计工具", False),
    ]
    assert [i.code for i in doc.issues] == ["empty-task-item"]
    assert "重大平台" not in doc.tasks[2].text


def test_a_shallow_table_of_contents_does_not_hide_deeper_headings() -> None:
    toc = "测试规划\n\n目  录\n一、总体……1\n二、工程……2\n三、保障……5\n\n"
    body = "一、总体\n\n正文。\n\n二、工程\n\n1.重大任务\n\n（1）新药创制\n\n（2）诊断装备\n\n三、保障\n\n正文。\n"
    doc = load_plan(toc + body, META)
    assert [(s.level, s.title) for s in doc.sections] == [(1, "总体"), (1, "工程"), (2, "重大任务"), (1, "保障")]
    assert [t.title for t in doc.tasks] == ["新药创制", "诊断装备"]
    assert doc.issues == []


def test_toc_entries_missing_from_the_body_are_reported() -> None:
    toc = "测试规划\n\n目  录\n一、总体……1\n二、工程……2\n三、保障……3\n\n"
    doc = load_plan(toc + "一、总体\n\n正文。\n\n二、工程\n\n正文。\n", META)
    assert [i.code for i in doc.issues] == ["toc-heading-missing"]


def test_a_toc_entry_letter_spaced_in_the_body_is_found() -> None:
    # fj-eco-civilization-regs-2018 (heldout22), a Word file: 目录 "第九章  附则", body "第九章　附    则"
    from plankg.loaders.text.formats import read_document
    from tests.conftest import ROOT

    path = ROOT / "tests" / "realworld" / "texts" / "fj-eco-civilization-regs-2018.docx"
    doc = load_plan(read_document(path.read_bytes(), path.name, ".docx"), META)
    assert doc.sections[-1].title == "附    则"
    assert [i.code for i in doc.issues if i.code == "toc-heading-missing"] == []


def test_a_plan_in_traditional_characters_segments_like_its_simplified_text() -> None:
    import opencc

    from tests.conftest import PLANS_DIR

    simplified = (PLANS_DIR / "shanghai-sti-12th-fyp.txt").read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t").convert(simplified)
    assert traditional != simplified
    a, b = load_plan(simplified, META), load_plan(traditional, META)
    assert [(s.level, s.title, s.start) for s in b.sections] == [(s.level, s.title, s.start) for s in a.sections]
    assert [(t.kind, t.title) for t in b.tasks] == [(t.kind, t.title) for t in a.tasks]


def test_chapter_section_and_numbered_headings_nest() -> None:
    text = (
        "北京市“十四五”时期国际科技创新中心建设规划\n\n第一章 发展基础\n\n第一节 主要成就\n\n一、创新能力\n\n"
        "（一）基础研究\n\n正文。\n\n（二）应用研究\n\n正文。\n\n"
        "第二节 面临形势\n\n正文。\n\n第二章 重点任务\n\n正文。\n"
    )
    assert tree(text) == [
        (1, "第一章", "发展基础"),
        (2, "第一节", "主要成就"),
        (3, "一、", "创新能力"),
        (4, "（一）", "基础研究"),
        (4, "（二）", "应用研究"),
        (2, "第二节", "面临形势"),
        (1, "第二章", "重点任务"),
    ]


def test_a_block_label_alone_on_its_line_heads_the_items_below_it() -> None:
    # Issue #7: "重点任务：" on its own line, then （1）… items one per line, gave zero tasks.
    text = (
        "测试规划\n\n一、工程\n\n重点任务：\n（1）新药创制。研发新药。\n（2）诊断装备。研制装备。\n\n"
        "重大任务：\n（1）示范工程\n（2）平台建设\n\n二、保障\n\n正文。\n"
    )
    doc = load_plan(text, META)
    assert [(t.kind, t.number, t.title) for t in doc.tasks] == [
        ("重点任务", "（1）", "新药创制"),
        ("重点任务", "（2）", "诊断装备"),
        ("重大任务", "（1）", "示范工程"),
        ("重大任务", "（2）", "平台建设"),
    ]
    assert [(s.level, s.title) for s in doc.sections] == [(1, "工程"), (2, "重点任务"), (2, "重大任务"), (1, "保障")]


def test_items_numbered_past_99_are_headings_and_tasks() -> None:
    # Issue #7: items numbered （100） and up were swallowed by item 99.
    items = "".join(f"（{i}）项目{i}\n" for i in range(1, 106))
    doc = load_plan(f"测试规划\n\n一、工程\n\n{items}", META)
    assert [s.title for s in doc.sections][-3:] == ["项目103", "项目104", "项目105"]
    assert len(doc.sections) == 106
    inline = "".join(f"{i}、项目{i}。" for i in range(1, 103))
    doc = load_plan(f"测试规划\n\n一、工程\n\n重点任务：{inline}\n", META)
    assert [t.title for t in doc.tasks][-3:] == ["项目100", "项目101", "项目102"]


@pytest.mark.parametrize(
    ("block", "numbers"),
    [
        ("重点任务：1.芯片研发。研制芯片。2.装备与材料。研制装备。", ["1.", "2."]),
        ("重点任务：1、芯片研发。研制芯片。2、装备与材料。研制装备。", ["1、", "2、"]),
        ("重点任务：①芯片研发。研制芯片。②装备与材料。研制装备。", ["①", "②"]),
        ("重点任务：\n（1）芯片研发。研制芯片。（2）装备与材料。研制装备。", ["（1）", "（2）"]),
    ],
)
def test_inline_blocks_in_every_item_style(block: str, numbers: list[str]) -> None:
    doc = load_plan(f"测试规划\n\n一、集成电路\n\n聚焦芯片。{block}\n", META)
    assert [(t.number, t.title) for t in doc.tasks] == list(zip(numbers, ["芯片研发", "装备与材料"], strict=True))


def test_a_block_whose_items_cannot_be_read_is_a_warning_naming_it() -> None:
    doc = load_plan("测试规划\n\n一、集成电路\n\n聚焦芯片。重点任务：加快芯片研发，研制装备与材料。\n", META)
    assert doc.tasks == []
    unread = [i for i in doc.issues if i.code == "task-block-unread"]
    assert len(unread) == 1 and "重点任务" in unread[0].message and "集成电路" in unread[0].message
    assert "“加快芯片研发，研制装备与材料。”" in unread[0].message  # quotes what it could not read


def test_a_plan_that_lost_its_line_breaks_still_has_its_sections() -> None:
    # Issue #7: a national plan scraped without line breaks gave zero sections. Without a TOC
    # the headings come from the sequence of markers 一、…二、 and （一）…（二）.
    import re

    from tests.conftest import PLANS_DIR

    raw = (PLANS_DIR / "shanghai-sti-12th-fyp.txt").read_text(encoding="utf-8")
    plain = load_plan(raw, META)
    glued = load_plan(re.sub(r"\s*\n\s*", "", raw), META)
    cn_markers = re.compile(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）")
    upper = [(s.level, s.number) for s in plain.sections if cn_markers.fullmatch(s.number)]
    assert len(upper) == 22
    assert [(s.level, s.number) for s in glued.sections if cn_markers.fullmatch(s.number)] == upper
    # the arabic points after a sentence's end are read too (INLINE_ARABIC_MARKERS), each one the
    # plan read line by line has at the same level
    arabic = Counter((s.level, s.number) for s in glued.sections if not cn_markers.fullmatch(s.number))
    assert len(arabic) >= 10 and not arabic - Counter((s.level, s.number) for s in plain.sections)
    assert glued.sections[1].title == "指导思想、发展目标和总体安排"
    assert any(i.code == "inline-headings" for i in glued.issues)


def test_inline_headings_follow_the_marker_sequence() -> None:
    filler = "加快发展，推进改革。" * 250
    text = (
        f"国家规划。{filler}一、总体要求（一）指导思想。以新思想为指导。{filler}（二）基本原则。坚持创新。"
        f"{filler}二、重点领域（一）科技创新。统筹一、二产业。{filler}（二）对外开放。推进开放。{filler}"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "指导思想"),
        (2, "（二）", "基本原则"),
        (1, "二、", "重点领域"),
        (2, "（一）", "科技创新"),
        (2, "（二）", "对外开放"),
    ]


def test_numbering_that_continues_across_parents() -> None:
    text = (
        "测试规划\n\n一、总体要求\n\n（一）指导思想\n\n正文。\n\n（二）基本原则\n\n正文。\n\n"
        "二、发展路径\n\n（三）加快创新\n\n正文。\n\n（四）扩大开放\n\n正文。\n"
    )
    assert [(level, number) for level, number, _ in tree(text)] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "（三）"), (2, "（四）"),
    ]  # fmt: skip


def test_question_headings_of_an_interpretation() -> None:
    text = "政策解读\n\n一、《通知》出台的背景是什么？答：为了加快发展。\n\n二、主要内容有哪些？\n\n正文。\n"
    assert tree(text) == [(1, "一、", "《通知》出台的背景是什么？"), (1, "二、", "主要内容有哪些？")]


def test_chapters_and_sections_with_run_in_lead_sentences() -> None:
    text = (
        "测试规划\n\n第一章 总体要求。本章说明规划的指导思想。\n\n第一节 指导思想。以新思想为指导。\n\n"
        "第二章 重点任务\n"
    )
    assert tree(text) == [(1, "第一章", "总体要求"), (2, "第一节", "指导思想"), (1, "第二章", "重点任务")]


def test_a_toc_glued_onto_one_line_without_its_title() -> None:
    toc = "国家规划\n一、战略态势2二、总体要求4（一）指导思想4（二）基本原则5三、主要任务7四、保障措施12"
    body = (
        "\n一、战略态势\n\n当前形势。\n\n二、总体要求\n\n（一）指导思想\n\n正文。\n\n（二）基本原则\n\n正文。\n\n"
        "三、主要任务\n\n正文。\n\n四、保障措施\n\n正文。\n"
    )
    doc = load_plan(toc + body + "正文很长。" * 50, META)
    assert [(s.level, s.title) for s in doc.sections] == [
        (1, "战略态势"), (1, "总体要求"), (2, "指导思想"), (2, "基本原则"), (1, "主要任务"), (1, "保障措施"),
    ]  # fmt: skip


def test_a_document_that_is_only_a_toc_yields_its_outline_marked_as_such() -> None:
    doc = load_plan("国家规划\n目录\n一、战略态势2二、总体要求4（一）指导思想4（二）基本原则5三、主要任务7", META)
    assert [(s.level, s.number, s.title) for s in doc.sections] == [
        (1, "一、", "战略态势"), (1, "二、", "总体要求"), (2, "（一）", "指导思想"), (2, "（二）", "基本原则"),
        (1, "三、", "主要任务"),
    ]  # fmt: skip
    assert [i.code for i in doc.issues] == ["toc-only"]


def test_a_short_line_between_paragraphs_is_a_sub_heading_without_blank_lines() -> None:
    text = (
        "测试规划\n第三章 市域生态空间结构\n深化新版城市总规提出的市域绿色空间结构，形成首都生态空间结构。\n"
        "一屏：山区生态屏障\n充分发挥山区整体生态屏障作用，加强生态保育和生态修复，提高生态系统的质量和稳定性。\n"
        "五河：河湖水系\n推进河湖水系连通，恢复河流生态功能，提升水环境质量，建设滨水生态空间和绿色廊道。\n"
    )
    assert tree(text) == [(1, "第三章", "市域生态空间结构"), (2, "", "一屏：山区生态屏障"), (2, "", "五河：河湖水系")]


def test_a_glossarys_numbered_entries_are_not_sections() -> None:
    text = (
        "测试报告\n\n一、工作回顾\n\n正文。\n\n二、工作安排\n\n正文。\n\n名词解释\n\n"
        "1.新质生产力：由技术革命性突破催生的先进生产力。\n\n2.“两新”：新一轮大规模设备更新和消费品以旧换新。\n"
    )
    assert tree(text) == [(1, "一、", "工作回顾"), (1, "二、", "工作安排"), (1, "", "名词解释")]


def test_a_boxs_own_list_opens_no_sections() -> None:
    text = (
        "测试规划\n\n一、基础研究\n\n（一）建设重大设施\n\n正文。\n\n专栏1 重大科技基础设施\n\n1.硬X射线装置\n\n"
        "2.超强超短激光\n\n（二）培育创新主体\n\n正文。\n\n二、保障措施\n\n正文。\n"
    )
    assert tree(text) == [
        (1, "一、", "基础研究"), (2, "（一）", "建设重大设施"), (2, "（二）", "培育创新主体"), (1, "二、", "保障措施"),
    ]  # fmt: skip


def test_paragraph_marks_inside_a_line_are_line_breaks() -> None:
    # A text whose line breaks were lost but whose paragraph indents were kept ("　　").
    paragraph = "加快推进生态文明建设，全面提升环境质量，建设美丽中国。"
    heads = ("一、充分认识重要意义", "（一）取得积极进展", "（二）形势依然严峻", "二、总体要求", "（一）指导思想")
    text = "国务院关于加强环境保护的决定" + "".join(f"　　{heading}　　{paragraph * 3}" for heading in heads)
    text += "　　" + "　　".join([paragraph] * 6)
    assert tree(text) == [
        (1, "一、", "充分认识重要意义"), (2, "（一）", "取得积极进展"), (2, "（二）", "形势依然严峻"),
        (1, "二、", "总体要求"), (2, "（一）", "指导思想"),
    ]  # fmt: skip


def test_the_questions_of_an_interview_are_its_sections() -> None:
    text = (
        "生态环境部有关负责人就监测方案答记者问问：《方案》的目的意义为何？答：为了更好地反映水质。"
        "问：“9+X”是指什么？答：9项基本指标加特征指标。问：是否具有可比性？答：具有可比性。"
    )
    assert [title for _, _, title in tree(text)] == ["《方案》的目的意义为何？", "“9+X”是指什么？", "是否具有可比性？"]


# --- run-in sub-headings below a TOC's deepest listed heading (RUN_IN_BEFORE) ----------------------


def _toc_headings(text: str) -> list[Heading]:
    """（一）/1、/（二） read from a TOC: 1、 below （一） is listed, （二） has nothing listed below it."""
    out = []
    for level, number, title in ((1, "（一）", "甲"), (2, "1、", "乙"), (1, "（二）", "丙")):
        at = text.index(number + title)
        out.append(Heading(level, number, title, at, at + len(number + title)))
    return out


def test_run_in_items_below_a_listed_leaf_become_its_sub_headings() -> None:
    text = (
        "（一）甲开头。1、乙正文。（二）丙开头文字。1、支持企业发展壮大。支持众创空间。"
        + "1082、激发国企活力。推动改革。"
    )
    got = with_run_in_below(text, _toc_headings(text))
    below = [(h.level, h.number, h.title) for h in got][3:]
    assert below == [(2, "1、", "支持企业发展壮大"), (2, "2、", "激发国企活力")]
    assert text[got[4].start :].startswith("2、激发")  # the glued page number 108 stays out


def test_a_lone_numbered_sentence_or_a_long_one_is_no_run_in_heading() -> None:
    lone = "（一）甲开头。1、乙正文。（二）丙开头文字。1、支持企业发展壮大。支持众创空间。"
    assert len(with_run_in_below(lone, _toc_headings(lone))) == 3
    long = "（一）甲开头。1、乙正文。（二）丙开头。1、" + "很长的句子" * 8 + "。2、短标题。"
    assert len(with_run_in_below(long, _toc_headings(long))) == 3


def test_a_box_glued_before_a_block_label_in_a_text_without_line_breaks_is_a_task() -> None:
    """A box lost its frame and title line: its title runs into its intro (…中心定位于…), after the
    items of the block before it, which now end where the box starts."""
    from plankg.loaders.structure.tasks import box_before, tasks_from_inline_blocks

    text = (
        "（一）甲领域聚焦方向。加强协同。重点任务：（1）建设平台。建设一批平台。（2）加强合作。推动合作。"
        "建设长三角国家技术创新中心定位于从科学到技术的转化，成为枢纽。主要任务：（1）关键技术研发。开展研发。"
        "（2）孵化培育企业。服务企业。"
    )
    headings = [Heading(1, "（一）", "甲领域聚焦方向", 0, 10)]
    tasks, _, _ = tasks_from_inline_blocks(text, headings, [len(text)], set(), glued=True)
    box = next(t for t in tasks if t.kind == "专栏")
    assert (
        box.title == "建设长三角国家技术创新中心"
        and text[box.start :].startswith("建设长三角")
        and box.end == len(text)
    )
    before = next(t for t in tasks if t.title == "加强合作")
    assert before.end == box.start
    assert [t.title for t in tasks if t.kind == "主要任务"] == ["关键技术研发", "孵化培育企业"]
    # Not in a text that keeps its line breaks, and never the section's intro before its label.
    assert all(t.kind != "专栏" for t in tasks_from_inline_blocks(text, headings, [len(text)], set())[0])
    assert box_before(text, 10, text.index("重点任务")) is None
    # A sentence opening with a preposition is no box title (将…具有重要: 要 is inside a word).
    odd = "（一）甲。乙。丙。将传统建造和人工智能学科中具有重要作用。主要任务：（1）研发。"
    assert box_before(odd, 4, odd.index("主要任务")) is None


def test_a_captioned_box_and_its_numbered_items_are_tasks() -> None:
    """ "专栏1  易涝区域整治工程" on its line, its items "1. …" below: a box task titled by the caption,
    to the next heading, and its items; no section."""
    text = (
        "一、主要任务\n\n（一）全面整治城市易涝区域\n\n开展专项整治。\n\n专栏1  易涝区域整治工程\n\n"
        "1. 完善城市排水防涝体系。全面梳理风险点。\n\n2. 加快易涝区域能力提升。全面完成整治。\n\n"
        "（二）大力实施河道综合治理\n\n加强河道管理。\n"
    )
    doc = load_plan(text, META)
    assert [s.title for s in doc.sections] == ["主要任务", "全面整治城市易涝区域", "大力实施河道综合治理"]
    # BOX_PROJECT_TITLE: a box titled as a project with numbered entries is a block named by its title
    boxed = [(t.number, t.title) for t in doc.tasks if t.kind == "易涝区域整治工程"]
    assert boxed == [("专栏1", "易涝区域整治工程"), ("1.", "完善城市排水防涝体系"), ("2.", "加快易涝区域能力提升")]
    box = next(t for t in doc.tasks if t.number == "专栏1")
    assert box.section_id.endswith("s1.1") and box.text.endswith("全面完成整治。")


def test_a_long_text_without_any_heading_is_reported_not_silently_flat() -> None:
    # NO_HEADINGS_NOTICE_CHARS: paragraphs on lines of their own, none of them a heading
    text = "\n".join("推进生态环境领域财政事权和支出责任划分改革，明确各级政府的职责分工。" * 3 for _ in range(40))
    headings, issues = segment(text, None)
    assert headings == []
    assert [i.code for i in issues] == ["no-headings"]
    short, quiet = segment("各省、自治区、直辖市人民政府：\n现将有关事项通知如下。\n", None)
    assert short == [] and quiet == []


def test_rules_of_untitled_articles_are_no_text_without_headings() -> None:
    # ARTICLES_WITHOUT_NOTICE: 北京市行政执法监督办法 (2024, 北京市人民政府令第314号), 21 articles and no chapter:
    # "第一条 为了加强和规范行政执法监督工作，…制定本办法。" — the articles are its structure (the plan's clauses)
    import re
    from pathlib import Path

    from plankg.loaders.text.formats import read_document

    pdf = Path(__file__).parent / "realworld" / "texts" / "bj-law-enforcement-supervision-rules-2024.pdf"
    text = read_document(pdf.read_bytes(), pdf.name, ".pdf")
    assert len(text) >= 3000 and "第一条" in text
    headings, issues = segment(text, None)
    assert headings == [] and issues == []
    # the same body with the article numbers taken off is a long text without headings again
    bare = re.sub(r"(?m)^([ \t\u3000]*)第[一二三四五六七八九十百]+条", r"\1", text)
    assert [i.code for i in segment(bare, None)[1]] == ["no-headings"]
