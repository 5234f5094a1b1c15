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


def test_a_title_ends_at_the_paragraph_mark_before_its_first_sentence() -> None:
    # TITLE_BEFORE_BODY_MARK (nat-fyp-7, sentence-per-line PDF text): "第三节　石油工业　　1990年全国原油
    # 产量…" - the mark before a digit is no line break (a table's numbers), so the heading ran on
    # into its sentence and was too long to be read.
    long_sentence = (
        "1990年全国原油产量达到1.5亿吨，比1985年增加2，500万吨；天然气产量达到150亿立方米，比1985年增加21亿立方米"
    )
    text = (
        f"测试规划\n{PARA}\n第一章\u3000能源\n{PARA}\n第一节\u3000电力工业\n{PARA}\n"
        f"第二节\u3000石油工业\u3000\u3000{long_sentence}\n{PARA}\n"
        f"（一）耐用消费品工业\u3000\u3000{long_sentence}\n"
    )
    assert tree(text) == [
        (1, "第一章", "能源"),
        (2, "第一节", "电力工业"),
        (2, "第二节", "石油工业"),
        (3, "（一）", "耐用消费品工业"),
    ]


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
