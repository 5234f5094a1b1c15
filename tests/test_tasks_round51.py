"""Task blocks met in round 51 (fixtask51): a yearly work plan's part for the coming year named 工作计划 / 工作思路
after its year (YEAR_PLAN_PART), and boxes run in among a one-line plan's tasks whose numbers rose like pages
(CAPTION_NUMBER)."""

from __future__ import annotations

from plankg.loaders.text.normalise import find_page_numbers
from tests.test_eval_tasks import tasks

# pt-market-reg-plan-2025 (heldout51), shortened: the review's 一是… and the plan's 一是… in the same run-in form
MARKET = (
    "2024年，我局有力有序推进各项市场监管工作。一、2024年市场监管工作总结过去一年，我们多措并举推进校园食品整治。"
    "（一）深入实施市场安全放心工程，不断夯实安全基础。一是持续强化食品安全监管。全区年度包保督导完成率100%。"
    "二是持续强化药品安全监管。办理药品领域案件13起。二、2025年工作思路2025年，我局将重点抓好三个方面工作："
    "一是持续提升市场监管安全保障水平。守牢安全底线。二是积极构建公平有序透明高效的市场秩序。强化执法。"
    "三是营造诚信经营放心旅游的消费环境。优化服务。"
)


def test_a_year_plan_part_after_the_review_is_a_block() -> None:
    # YEAR_PLAN_PART: "二、2025年工作思路" names the year's work; the review's 一是… are achievements
    found = tasks(MARKET)
    assert [(kind, number) for kind, number, _ in found] == [("工作思路", n) for n in ("一是", "二是", "三是")]
    assert found[0][2].startswith("持续提升市场监管安全保障水平")


def test_a_bare_work_idea_part_is_no_block() -> None:
    # without its year "二、工作思路" is a plan's guiding idea (sanhe-town-work-plan-2024's not_blocks)
    # (the counted lead "三个方面工作：" would name a block of its own: left out here)
    bare = MARKET.replace("二、2025年工作思路", "二、工作思路").replace("重点抓好三个方面工作：", "继续努力。")
    assert tasks(bare) == []
    assert [kind for kind, _, _ in tasks(bare.replace("二、工作思路", "二、2025年工作思路"))] == ["工作思路"] * 3


def test_box_numbers_are_no_pages() -> None:
    # CAPTION_NUMBER: pt-disabled-14fyp's boxes 专栏2 … 专栏6, each hundreds of characters apart, rose like pages
    filler = "推动村（社区）建立结对帮扶制度，协助残疾人更好应对突发灾疫事故。" * 12
    text = "".join(f"{filler}专栏{n}残疾人社会保障重点项目（一）资金类：1.最低生活保障：确保。" for n in range(2, 8))
    assert find_page_numbers(text) == []
    # the same numbers glued after running text are still pages
    assert len(find_page_numbers(text.replace("专栏", "进展"))) == 6


def test_a_glued_box_groups_its_entries() -> None:
    # GLUED_BOX_GROUP: pt-disabled-14fyp's 专栏2, shortened: a group label between the title and the first entry, and
    # a later group numbering from 1 again
    from plankg.loaders.rules.structure import GLUED_BOX

    box = (
        "专栏2残疾人社会保障重点项目（一）资金类：1.最低生活保障：确保纳入低保。2.残疾人托养资助：落实资助。"
        "（二）服务类：1.困难残疾人走访探视服务：每年走访。2.就业年龄段残疾人托养服务：扶持机构。"
    )
    caption = GLUED_BOX.search("协助残疾人更好应对突发灾疫事故。" + box)
    assert caption is not None
    assert caption.group("title") == "残疾人社会保障重点项目"
    assert caption.group("group") == "（一）资金类："
    # every group's entries are the box's items
    from plankg.loaders.structure.segment import Heading
    from plankg.loaders.structure.tasks import tasks_from_glued_boxes

    text = "一、主要任务" + "协助残疾人更好应对突发灾疫事故。" + box
    found = tasks_from_glued_boxes(text, [Heading(1, "一、", "主要任务", 0, 6)], [len(text)], {}, set())
    assert [(t.number, t.title.split("：")[0]) for t in found][1:] == [
        ("1.", "最低生活保障"),
        ("2.", "残疾人托养资助"),
        ("1.", "困难残疾人走访探视服务"),
        ("2.", "就业年龄段残疾人托养服务"),
    ]
    assert "服务类" not in found[2].title  # the item before the next group's label ends at it
