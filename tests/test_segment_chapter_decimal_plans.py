"""A county plan made from a PDF, 第N章 over decimal sections (round 17, branch fix17seg): its （1） title lines
are headings; a standard's decimal outline keeps its （1） entries as a list (LISTS_UNDER_DECIMAL_OUTLINE)."""

from __future__ import annotations

from plankg.schema import PlanMeta
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
    # LISTS_UNDER_DECIMAL_OUTLINE still holds without a 第N章 above, in a document titled as a standard (seg21: one
    # titled as a plan keeps such title lines over paragraphs, DECIMAL_OUTLINE_TITLE_LINES)
    standard = PLAN.replace("第一章 规划总则\n\n", "1 总则\n\n")
    assert tree(standard, PlanMeta(id="t", title="电动汽车充电设施建设规范")) == [
        (1, "1", "总则"),
        (2, "1.1", "编制目的和意义"),
        (2, "1.2", "规划原则"),
    ]


PRINCIPLES = f"""第七章 近期建设规划

为推动通许县电动汽车充电基础设施有序落地并释放实效，制定以下近期建设原则：

1）聚焦核心需求，筑牢充电服务底线

{PARA}

2）强化多规协同，实现项目同步落地

{PARA}
"""


def test_a_half_bracketed_number_opening_a_heading_is_its_number() -> None:
    # HALF_PAREN_TITLE_NUMBER: "1）聚焦核心需求，筑牢充电服务底线" was a title with its number in it
    assert tree(PRINCIPLES)[1:] == [
        (2, "1）", "聚焦核心需求，筑牢充电服务底线"),
        (2, "2）", "强化多规协同，实现项目同步落地"),
    ]


MAPS = f"""第一章 规划总则

{PARA}

第二章 规划布局

{PARA}

通许县新能源汽车充电设施布局专项规划（2025-2030年）

中心城区公共充电设施布局规划图-1

图例

机关充电设施

环卫充电设施

通许县新能源汽车充电设施布局专项规划（2025-2030年）

中心城区专用充电设施布局规划图

图例

物流充电设施

第三章 保障措施

{PARA}
"""


def test_a_running_title_and_a_maps_legend_are_no_sections() -> None:
    # RUNNING_TITLE, MAP_LEGEND: the map pages' running title, caption, legend and its entries were sections
    meta = PlanMeta(id="t", title="通许县新能源汽车充电设施布局专项规划（2025-2030年）（送审稿）")
    titles = [title for _, _, title in tree(MAPS, meta)]
    dropped = {"通许县新能源汽车充电设施布局专项规划（2025-2030年）", "中心城区公共充电设施布局规划图-1", "图例"}
    assert not (dropped | {"机关充电设施", "物流充电设施"}) & set(titles)
    assert titles[-1] == "保障措施"
