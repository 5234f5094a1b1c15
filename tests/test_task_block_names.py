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
