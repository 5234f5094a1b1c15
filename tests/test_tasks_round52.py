"""Task blocks met in round 52 (fixtask52): 平潭 department plans and reports read on one line - a part naming the
year's block after the five-year directions (DATED_BLOCK_AFTER_AND, with EFFORT_DIRECTION_NOUN and COMING_YEARS_OPENER
for its glued title), "下一步工作计划" (NEXT_STEP_PLAN_PART), a 目标任务 list of targets before the block
(TARGETS_BEFORE_BLOCK), a guiding idea beside the block (GUIDING_IDEA_BESIDE_TASKS), and irregular numbering
(REPEATED_ORDINAL, SKIPPED_PART_NUMBER)."""

from __future__ import annotations

import pytest

from bench.eval_tasks import documents, load
from plankg.loaders.structure.segment import _glued_inline_title_end
from plankg.loaders.structure.tasks import block_kind, ordinal_items

# The round's texts are short department files stored in the repository (tests/realworld/tasks/texts): each rule is
# checked on the text that motivated it, as read plain and on one line.
ROUND = {entry["id"]: entry for entry in documents("heldout52")}


def numbered(doc: str, joined: bool) -> list[tuple[str, str, str]]:
    return [(t.kind, t.number, t.title) for t in load(ROUND[doc], joined).tasks]


def test_a_glued_title_with_effort_direction_ends_before_the_coming_years() -> None:
    # EFFORT_DIRECTION_NOUN: 努力方向 is a noun, no sentence opening at 努力; COMING_YEARS_OPENER: "今后五年，"
    # opens one
    title = "新一届政府努力方向和2022年重点工作今后五年，我们肩负加快建设“一岛两窗三区”的历史重任。"
    assert _glued_inline_title_end(title) == len("新一届政府努力方向和2022年重点工作")


@pytest.mark.parametrize("joined", [False, True])
def test_a_dated_block_after_and_names_the_block(joined: bool) -> None:
    # DATED_BLOCK_AFTER_AND: pt-county-gwr-2022's year's 重点工作 joined after the five-year directions
    assert block_kind("新一届政府努力方向和2022年重点工作") == "重点工作"
    assert block_kind("2021年工作回顾和2022年重点工作") is None  # a review before it: left to the reader
    found = numbered("pt-county-gwr-2022", joined)
    assert [(kind, number) for kind, number, _ in found] == [("重点工作", f"（{n}）") for n in "一二三四五六七"]
    assert found[0][2].startswith("着力稳增长促发展")


@pytest.mark.parametrize("joined", [False, True])
def test_a_next_step_plan_part_is_a_block(joined: bool) -> None:
    # NEXT_STEP_PLAN_PART: pt-social-law-points-2023's "三、下一步工作计划（一）大力开展干部职工法治教育学习…"
    assert block_kind("下一步工作计划") == "工作计划"
    assert block_kind("下一步工作思路") == "工作思路"
    found = numbered("pt-social-law-points-2023", joined)
    assert [(kind, number) for kind, number, _ in found] == [("工作计划", f"（{n}）") for n in "一二三四"]


def test_a_targets_part_before_the_block_is_none() -> None:
    # TARGETS_BEFORE_BLOCK: pt-jinjing-farm-quality-2022 on one line: "二、目标任务（一）成立…监管员1人…" is no block
    found = numbered("pt-jinjing-farm-quality-2022", True)
    assert [(kind, number) for kind, number, _ in found] == [("工作重点", f"（{n}）") for n in "一二三四五六"]


@pytest.mark.parametrize("joined", [False, True])
def test_a_guiding_idea_beside_the_block_is_no_task(joined: bool) -> None:
    # GUIDING_IDEA_BESIDE_TASKS: pt-approval-plan-2023's "（二）总体思路以习近平…" beside "（三）重点工作"
    found = numbered("pt-approval-plan-2023", joined)
    assert len(found) == 21
    assert {kind for kind, _, _ in found} == {"重点工作"}


def test_a_repeated_ordinal_is_an_entry() -> None:
    # REPEATED_ORDINAL: pt-social-affairs-plan-2025's （一）, shortened: 三是 twice, no 四是
    text = (
        "一是提升党建引领发展水平。强化党的创新理论武装。二是提升民生兜底保障水平。守底线、兜民生。"
        "三是深化退役军人服务。深化军地共建。三是提升硬件设施建设水平。推进重点项目建设。"
    )
    found = ordinal_items(text, 0, len(text))
    assert [marker for marker, _, _ in found] == ["一是", "二是", "三是", "三是"]
    assert text.startswith("三是提升硬件", found[3][1])
    # a 一是 between the two 三是 restarts the count one level down: the second 三是 is that inner list's
    inner = text.replace("三是提升硬件", "一是推进文化。二是推进体育。三是提升硬件")
    assert [marker for marker, _, _ in ordinal_items(inner, 0, len(inner))] == ["一是", "二是", "三是"]
    found = numbered("pt-social-affairs-plan-2025", False)
    assert [number for _, number, _ in found][:4] == ["一是", "二是", "三是", "三是"]


@pytest.mark.parametrize("joined", [False, True])
def test_a_part_past_a_skipped_number_holds_items(joined: bool) -> None:
    # SKIPPED_PART_NUMBER: pt-haitan-plan-2025's "…确保粮食安全。（四）以安全稳定为基石，筑牢高质量发展新防线一是…",
    # no （三）
    found = numbered("pt-haitan-plan-2025", joined)
    assert [number for _, number, _ in found] == ["一是", "二是", "三是"] * 3
    assert found[6][2].startswith("持续提升基层治理效能")


def test_an_inner_count_going_on_from_its_entry_is_no_entry() -> None:
    # INNER_RESTARTED_ORDINALS: pt-social-affairs-plan-2025's （三）, shortened: the 医疗 entry's points 二是/三是
    text = (
        "一是着力推动两岸教育互通互享。鼓励台生在岚求学发展。二是着力推动两岸医疗互联互融。拓展台胞全流程就医服务内容。"
        "二是吸引台湾医师来岚执业。推进医疗相关领域合作。三是鼓励台胞台企投资办医。畅通政企沟通渠道。 "
        "三是着力推动两岸养老互助互惠。推动养老合作。四是着力推动两岸就业互建互动。提升台胞就业服务。"
    )
    found = ordinal_items(text, 0, len(text))
    assert [text[start : start + 9] for _, start, _ in found] == [
        "一是着力推动两岸教",
        "二是着力推动两岸医",
        "三是着力推动两岸养",
        "四是着力推动两岸就",
    ]
    # without the inner 二是 the first 三是 is the entry
    plain = text.replace("二是吸引", "吸引")
    assert plain[ordinal_items(plain, 0, len(plain))[2][1] :].startswith("三是鼓励")


def test_the_social_affairs_plan_reads_eleven_items() -> None:
    found = numbered("pt-social-affairs-plan-2025", True)
    assert len(found) == 11
    assert found[9][2].startswith("着力推动两岸养老互助互惠")
