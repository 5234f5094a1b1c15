"""ANNOUNCED_BLOCK: a preamble announcing the whole body as a list of work by a block name (round 19)."""

from __future__ import annotations

from plankg.loaders.rules.structure import ANNOUNCED_BLOCK
from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

# sh-carbon-work-2025 (上海市2025年碳达峰碳中和及节能减排重点工作安排), shortened: the preamble, then parts 一、…
ARRANGEMENT = (
    "上海市2025年碳达峰碳中和及节能减排重点工作安排\n\n"
    "2025年是“十四五”规划收官之年，本市要坚持以习近平新时代中国特色社会主义思想为指导。"
    "结合本市实际，现将2025年碳达峰碳中和及节能减排重点工作安排如下：\n\n"
    "一、全面完成“十四五”规划目标\n\n完成全市“十四五”能耗双控目标。\n\n"
    "二、不断完善碳达峰碳中和综合管理体系\n\n加快构建碳排放双控制度体系。\n\n"
    "三、加快推进能源绿色低碳转型\n\n大力发展可再生能源。\n"
)


def test_the_announced_block_names_its_kind() -> None:
    match = ANNOUNCED_BLOCK.search(ARRANGEMENT)
    assert match is not None and match.group("kind") == "重点工作安排"
    assert ANNOUNCED_BLOCK.search("现就有关事项通知如下：") is None  # measures, no block (round 13)


def test_the_parts_after_the_announcement_are_its_items() -> None:
    plan = load_plan(
        ARRANGEMENT, PlanMeta(id="sh-carbon-work-2025", title="上海市2025年碳达峰碳中和及节能减排重点工作安排")
    )
    assert [(t.number, t.title, t.kind) for t in plan.tasks] == [
        ("一、", "全面完成“十四五”规划目标", "重点工作安排"),
        ("二、", "不断完善碳达峰碳中和综合管理体系", "重点工作安排"),
        ("三、", "加快推进能源绿色低碳转型", "重点工作安排"),
    ]


def test_a_notice_of_measures_has_no_block() -> None:
    # titled as the notice it is: a title line naming a block names the body so (TITLE_NAMED_BLOCK, round 42)
    text = ARRANGEMENT.replace("现将2025年碳达峰碳中和及节能减排重点工作安排如下", "现就有关事项通知如下").replace(
        "上海市2025年碳达峰碳中和及节能减排重点工作安排\n", "关于做好2025年碳达峰碳中和及节能减排工作的通知\n", 1
    )
    assert load_plan(text, PlanMeta(id="x", title="关于…的通知")).tasks == []
