"""Segmentation rules added after the lineage round heldout3 (七五 → 八五 national outlines) was
scored once (issue #8, branch lineage-fix6); the set is a development set since. Each test is a
small synthetic text in the layout that failed, and fails on the code before the rule."""

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

META = PlanMeta(id="t", title="测试规划")
PARA = "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。"


def tree(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in load_plan(text, META).sections]


def test_an_unread_table_of_contents_before_the_preface_is_no_section() -> None:
    # UNREAD_TOC_BEFORE_PREFACE (nat-fyp-8): a two-column 目录 read across the columns, without page
    # numbers, is no TOC parse_toc can read; its entries (四、, 七、 …) took the numbers, so the
    # body's 四、 after them was out of sequence and lost with everything under it.
    text = (
        "测试规划纲要\n\t目\t录\n序\t（四）国民收入的生产和分配\n、主要目标和指导方针\t（五）财政和信贷\n"
        "（一） 奋斗目标\n政策\n四、地区经济发展的布局和政\n（一）沿海地区的经济发展\n七、经济体制改革的主要任务和\n"
        f"序\n{PARA}\n、主要目标和指导方针\n（一）奋斗目标\n{PARA}\n、基本任务\n{PARA}\n、主要经济部门\n{PARA}\n"
        f"四、地区经济发展的布局和政策\n（一）沿海地区的经济发展\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "", "序"),
        (1, "、", "主要目标和指导方针"),
        (2, "（一）", "奋斗目标"),
        (1, "、", "基本任务"),
        (1, "、", "主要经济部门"),
        (1, "四、", "地区经济发展的布局和政策"),
        (2, "（一）", "沿海地区的经济发展"),
    ]


def test_a_heading_glued_onto_the_end_of_a_paragraph_is_split_off_when_it_is_next_in_sequence() -> None:
    # GLUED_HEADING_TAIL (nat-fyp-8): "…达到33％。五、“八五”期间科学技术…政策" and "…合法权益。〈九）改革
    # 计划体制和投资体制": the OCR lost the line break before the heading. A marker out of sequence
    # (五、 after 三、) stays text.
    text = (
        f"测试规划\n{PARA}\n一、地区经济\n（一）沿海地区\n{PARA}\n（二）内陆地区\n{PARA}工业废气处理率达到74％。二、科学技术和教育\n"
        f"（一）科学技术的发展\n{PARA}保护残疾人的合法权益。〈二）教育事业的发展\n{PARA}\n"
        f"三、对外贸易\n{PARA}按这个原则办理。五、下一个部分的标题\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "地区经济"),
        (2, "（一）", "沿海地区"),
        (2, "（二）", "内陆地区"),
        (1, "二、", "科学技术和教育"),
        (2, "（一）", "科学技术的发展"),
        (2, "（二）", "教育事业的发展"),
        (1, "三、", "对外贸易"),
    ]
