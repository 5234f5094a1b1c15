"""A county plan made from a PDF, 第N章 over decimal sections (round 17, branch fix17seg): its （1） title lines
are headings; a standard's decimal outline keeps its （1） entries as a list (LISTS_UNDER_DECIMAL_OUTLINE)."""

from __future__ import annotations

from tests.segmenting import PARA, tree

# tx-ev-charging-2025 (heldout17), shortened.
PLAN = f"""第一章 规划总则

1.1 编制目的和意义

{PARA}

（1）科学引导，实现设施合理布局

{PARA}

（2）需求导向，全面提升服务品质

{PARA}

1.2 规划原则

(1) 全局统筹，均衡布局，适度超前。

{PARA}

(2) 突出重点、分类落实、高效推进。

{PARA}
"""


def test_title_lines_under_a_chapters_decimal_sections_are_headings() -> None:
    # CHAPTER_DECIMAL_PLAN_TITLES: the （1） lines were dropped as a decimal outline's list
    assert [(level, title) for level, _, title in tree(PLAN)] == [
        (1, "规划总则"),
        (2, "编制目的和意义"),
        (3, "科学引导，实现设施合理布局"),
        (3, "需求导向，全面提升服务品质"),
        (2, "规划原则"),
        (3, "全局统筹，均衡布局，适度超前"),
        (3, "突出重点、分类落实、高效推进"),
    ]


def test_a_standards_decimal_outline_keeps_its_entries_as_a_list() -> None:
    # LISTS_UNDER_DECIMAL_OUTLINE still holds without a 第N章 above
    standard = PLAN.replace("第一章 规划总则\n\n", "1 总则\n\n")
    assert tree(standard) == [(1, "1", "总则"), (2, "1.1", "编制目的和意义"), (2, "1.2", "规划原则")]
