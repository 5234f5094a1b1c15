"""Segmentation rules found while judging lineage on the national 九五 → 十五 outlines (branch
lineage-dev6; sentence-per-line PDF text, every 。 a line break). Each test is a small synthetic
text in the layout that failed, and fails on the code before the rule."""

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

META = PlanMeta(id="t", title="测试规划")
PARA = "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。"


def tree(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in load_plan(text, META).sections]


def test_a_glued_section_title_ends_before_ba_fronting_its_object() -> None:
    # nat-fyp-10: "第三节积极合理有效地利用外资把吸收外商直接投资作为利用外资的重点，…" lost its
    # section (no repeat, no listed opener); 把 opens the sentence (OBJECT_FRONTING_OPENER).
    # 把握 is a word of titles and does not end one; a 节 line whose title shows no end at all
    # keeps its section, titled by its first clause (it was lost).
    text = (
        f"第十七章扩大对外开放\n{PARA}\n"
        "　　第三节积极合理有效地利用外资把吸收外商直接投资作为利用外资的重点，完善利用外资政策\n"
        "　　第四节全面准确把握对外开放的新形势，推动开放型经济发展，构建开放新格局，"
        "完善涉外法律法规，提高涉外经济工作依法行政的水平，维护国家经济安全\n"
    )
    assert tree(text) == [
        (1, "第十七章", "扩大对外开放"),
        (2, "第三节", "积极合理有效地利用外资"),
        (2, "第四节", "全面准确把握对外开放的新形势"),
    ]


def test_a_list_point_set_as_a_comma_before_a_plain_title_is_the_point() -> None:
    # nat-fyp-9: "2，大力发展职业教育和成人教育" between "1．…" and "3．…" was no heading; a
    # sentence that opens with a count keeps its comma.
    text = (
        f"　　1．加强城乡义务教育\n{PARA}\n　　2，大力发展职业教育和成人教育\n"
        f"{PARA}\n　　3．改善高等教育结构，提高教育质量\n{PARA}\n　　4，5个试点省份已经完成，其余地区继续推进\n"
    )
    assert [t for _, _, t in tree(text)] == [
        "加强城乡义务教育",
        "大力发展职业教育和成人教育",
        "改善高等教育结构，提高教育质量",
    ]
