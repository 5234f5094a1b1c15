"""Task-block rules written after round 27's first score (branch fix27ind), each with the real excerpt it was written
from: farmland-water-plan-trad (heldout27, a traditional-character county plan). Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

FARMLAND = (
    "一、指導思想\n我縣今冬明春農田水利基本建設,全面落實“和諧治水”。\n二、目標任務\n"
    "全縣完成當年病險水庫除險加固31座,改造中低產田1.86萬畝。\n三、建設重點\n"
    "1、繼續抓好病險水庫的除險加固工作。完成國家專項規劃內大港、張嶺、長垅三座中型水庫除險加固任務。\n"
    "2、高標準搞好人飲安全工程建設。\n"
)


def test_the_key_works_to_build_are_a_block() -> None:
    # BUILD_KEY_POINTS: 建设重点 (read from 建設重點) over numbered works is a block of tasks
    plan = load_plan(FARMLAND, PlanMeta(id="farmland-water-plan-trad", title="農田水利基本建設方案"))
    assert [(t.kind, t.number) for t in plan.tasks if t.kind == "建设重点"] == [
        ("建设重点", "1、"),
        ("建设重点", "2、"),
    ]
