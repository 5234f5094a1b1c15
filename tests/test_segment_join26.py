"""Rules written in session 25 (branch join26) for texts that lost their line breaks, each with the real excerpt
it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# nat-digital-culture-industry-2020 (heldout7), joined: a gov.cn page indents every paragraph by two em spaces, which
# stay between a title and the marker after it when its lines are joined
INDENTED = (
    "为贯彻落实党中央、国务院决策部署，推动数字文化产业高质量发展，现提出以下意见。\u2003\u2003一、总体要求\u2003\u2003"
    "（一）指导思想\u2003\u2003以习近平新时代中国特色社会主义思想为指导，实施文化产业数字化战略。\u2003\u2003"
    "（二）基本原则\u2003\u2003坚持导向，提升内涵。牢牢把握正确导向，坚持守正创新。\u2003\u2003"
    "二、夯实数字文化产业发展基础\u2003\u2003（三）加强内容建设。深刻把握数字文化内容属性，加强原创能力建设。"
)


def test_a_marker_after_a_title_and_a_paragraph_indent_is_read() -> None:
    # INDENTED_LINE_SPACES: "…总体要求  （一）指导思想": the （一） behind the two spaces of the indent opens under 一、
    assert titles(INDENTED.replace("\u2003", "  ")) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "指导思想"),
        (2, "（二）", "基本原则"),
        (1, "二、", "夯实数字文化产业发展基础"),
        (2, "（三）", "加强内容建设"),
    ]
