"""Rules added in the third dev round (fresh real texts, branch seg-dev3): each test fails on
the code before the rule."""

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

META = PlanMeta(id="t", title="测试规划")
PARA = "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。"


def tree(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in load_plan(text, META).sections]


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


def test_a_paragraph_mark_before_a_numbered_item_breaks_the_line_in_a_one_line_text() -> None:
    # nat-third-party-2014: a gov.cn page as ONE line, paragraphs separated by "　　"; the marks
    # before "1." were left inside the line, so the run-in 1.…3. under （二）基本原则 were lost.
    text = (
        "国务院办公厅关于推行环境污染第三方治理的意见国办发〔2014〕69号各省、自治区、直辖市人民政府：　　"
        f"{PARA}现提出以下意见：　　一、总体要求　　（一）指导思想。{PARA}　　（二）基本原则。"
        f"　　1.坚持排污者付费。{PARA}　　2.坚持市场化运作。{PARA}　　3.坚持政府引导推动。{PARA}"
        f"　　（三）主要目标。{PARA}　　二、推进投资运营市场化　　（四）改革投资运营模式。{PARA}"
        f"　　（五）推进审批便利化。{PARA}　　（六）合理确定收益。{PARA}　　{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "指导思想"),
        (2, "（二）", "基本原则"),
        (3, "1.", "坚持排污者付费"),
        (3, "2.", "坚持市场化运作"),
        (3, "3.", "坚持政府引导推动"),
        (2, "（三）", "主要目标"),
        (1, "二、", "推进投资运营市场化"),
        (2, "（四）", "改革投资运营模式"),
        (2, "（五）", "推进审批便利化"),
        (2, "（六）", "合理确定收益"),
    ]


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


def test_an_attachment_run_into_the_line_before_it_is_a_level_1_heading() -> None:
    # nat-env-emergency-2014: the extraction turned the line breaks before 附件1 / 附件2 into a
    # (no-break) space, and the title follows 附件N without one.
    text = (
        f"测试预案\n\n1　总则\n\n{PARA}突发环境事件分级标准见附件1。\n\n2　组织指挥体系\n\n{PARA}\n\n"
        f"附件：1.突发环境事件分级标准\n2.国家环境应急指挥部组成及工作组职责\u00a0附件1突发环境事件分级标准\n"
        f"一、特别重大突发环境事件\n凡符合下列情形之一的，为特别重大突发环境事件：\n1.因环境污染直接导致人员死亡的；\n"
        f"二、重大突发环境事件\n{PARA}\u00a0附件2国家环境应急指挥部组成及工作组职责\n{PARA}\n"
        f"一、污染处置组。{PARA}\n二、应急监测组。{PARA}\n"
    )
    assert tree(text) == [
        (1, "1", "总则"),
        (1, "2", "组织指挥体系"),
        (1, "附件1", "突发环境事件分级标准"),
        (2, "一、", "特别重大突发环境事件"),
        (2, "二、", "重大突发环境事件"),
        (1, "附件2", "国家环境应急指挥部组成及工作组职责"),
        (2, "一、", "污染处置组"),
        (2, "二、", "应急监测组"),
    ]


def test_the_plans_own_title_above_the_body_is_no_section() -> None:
    # A web article's headline repeated under its metadata (nat-fyp14-interp-liu).
    headline = "刘元春：未来5年是中国GDP赶超美国关键时点"
    front = "---\ntitle: 刘元春\ncategories:\n金融\n新浪财经\nauthor: 新浪财经\ncomments: false\n---\n\n"
    text = f"{front}{headline}\n\n{PARA}\n\n{PARA}\n\n一、总体判断\n\n{PARA}\n\n二、主要趋势\n\n{PARA}\n"
    doc = load_plan(text, PlanMeta(id="t", title=headline))
    assert [(s.number, s.title) for s in doc.sections] == [("一、", "总体判断"), ("二、", "主要趋势")]


def test_what_follows_a_sites_disclaimer_is_no_section() -> None:
    body = "".join(f"{n}、第{n}部分\n\n{PARA}\n\n" for n in "一二三四五六")
    text = (
        f"测试规划\n\n{PARA}\n\n{body}免责声明：本文观点仅代表作者本人，不代表本站立场。\n\n"
        ".appendQr_wrap border:1px solid #E6E6E6;\n\n海量资讯、精准解读，尽在新浪财经APP\n"
    )
    assert [t for _, _, t in tree(text)] == [f"第{n}部分" for n in "一二三四五六"]


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


def test_a_full_width_heading_ending_its_block_is_not_joined_with_the_next_line() -> None:
    # bj-eco-security-2035 (PDF text, 26 characters a line): the wrapped lines end at their last
    # character, block ends with a space; the heading "（一）…服务 " is as wide as the page and was
    # joined with its paragraph into one long title.
    body = "综合考虑水源保护与涵养、洪涝调蓄与排泄、水环境提升、湿地生境支撑和水系廊道连通，构建水生态安全格局。" * 6
    wrapped = "\n".join(body[i : i + 26] for i in range(0, len(body), 26))
    text = (
        f"测试规划\n{wrapped} \n一、强化生态过程调控，保障重要生态功能 \n"
        f"（一）构建水生态安全格局，保障流域水生态系统服务 \n{wrapped} \n"
        f"（二）构建生物保护格局，加强生物多样性和生境保护 \n{wrapped} \n"
    )
    assert tree(text) == [
        (1, "一、", "强化生态过程调控，保障重要生态功能"),
        (2, "（一）", "构建水生态安全格局，保障流域水生态系统服务"),
        (2, "（二）", "构建生物保护格局，加强生物多样性和生境保护"),
    ]
