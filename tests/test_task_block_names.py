"""Task blocks named in ways met in round 15 (fix15ind): a list of work named by the count of its actions."""

from __future__ import annotations

import pytest

from tests.test_eval_tasks import tasks


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("实施产业倍增六大行动", "产业倍增六大行动"),  # COUNTED_ACTIONS (hn-lithium-storage-2024)
        ("开展十大专项行动", "十大专项行动"),
        ("实施清洁能源高质量发展行动", None),  # one action names no list (hn-power-system-outline-2023)
        ("大力实施三大行动计划", None),  # a plan, not a list of actions
    ],
)
def test_a_list_of_actions_named_by_their_count(title: str, kind: str | None) -> None:
    from plankg.loaders.structure.tasks import block_kind

    assert block_kind(title) == kind


def test_the_numbered_titles_under_a_counted_list_of_actions_are_its_tasks() -> None:
    # COUNTED_ACTIONS: "四、实施产业倍增六大行动" over "（一）创新能力提升行动" holding stand-alone titles 1．2．
    # (hn-lithium-storage-2024, round 15): the titles are the block's tasks, of its kind
    text = (
        "三、构建空间布局\n加快形成集聚发展格局。\n四、实施产业倍增六大行动\n紧抓技术和资源两个源头。\n"
        "（一）创新能力提升行动\n1．提升产业创新平台能级\n支持建设一批创新平台。\n"
        "2．加快关键核心技术突破\n实施一批攻关项目。\n"
        "（二）矿产资源固基行动\n1．增强矿产资源保供能力\n加大找矿力度。\n"
        "五、保障措施\n（一）加强组织领导\n建立工作机制。\n"
    )
    assert tasks(text) == [
        ("产业倍增六大行动", "1.", "提升产业创新平台能级"),
        ("产业倍增六大行动", "2.", "加快关键核心技术突破"),
        ("产业倍增六大行动", "1.", "增强矿产资源保供能力"),
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("《实施计划》八大任务:", "任务"),  # COUNTED_WORKS (fj-fitness-2021-trad, round 30)
        ("《实施计划》提出了四大工程:", "工程"),
        ("实施三项重点工程", "重点工程"),
        ("《实施计划》目标任务", None),  # the targets: no count, no block
        ("《实施计划》主要内容", None),  # an interpretation's summary
    ],
)
def test_a_list_of_works_named_by_their_count(title: str, kind: str | None) -> None:
    from plankg.loaders.structure.tasks import block_kind

    assert block_kind(title) == kind


def test_the_lines_under_an_interpretation_heading_counting_the_tasks_are_its_tasks() -> None:
    # COUNTED_WORKS: a 政策解讀's "二、《實施計劃》八大任務:" over lines " 1、…;" (fj-fitness-2021-trad, round 30, read
    # in simplified characters): the lines are the block's tasks, kind 任务
    text = (
        "一、《实施计划》目标任务\n  到2025年,经常参加体育锻炼人数比例达到42%以上。\n\n"
        "二、《实施计划》八大任务:\n\n"
        " 1、建设更加便利的健身场地设施,对健身场地设施的规划、建设和管理提出要求;\n"
        " 2、组织更加丰富的全民健身赛事活动,明确新周期全民健身赛事活动的重点;\n"
        " 3、发展更具有活力的体育社会组织,进一步促进体育社会组织健康发展。\n\n"
        "三、《实施计划》提出了四大工程:\n\n1、全民运动健身模范市、县\n"
    )
    assert [(kind, number) for kind, number, _ in tasks(text)] == [
        ("任务", "1、"),
        ("任务", "2、"),
        ("任务", "3、"),
        ("工程", "1、"),
    ]
