"""fixjoin48 (session 36): a task list's entries read inline are no headings (UNTITLED_ENTRIES_INLINE), yet they are
its tasks; the real text (heldout25, development data) that failed without the rule."""

from __future__ import annotations

from pathlib import Path

from bench.one_line import one_line
from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

TASK_LIST = Path(__file__).parent / "realworld" / "tasks" / "texts" / "bj-gwr-tasklist-2024.md"


def test_joined_entries_after_their_unit_tags_stay_tasks() -> None:
    # ENTRY_AFTER_UNIT_TAG: bj-gwr-tasklist-2024 joined, "…认真落实首规委部署要求。主责单位：市规划自然资源委
    # （首规委办）2.配合自然资源部…": each entry follows the 主责单位 tag of the one before, not a sentence
    # end; before, 15 of its 37 entries (1.–3., 5., 6., 8.–10., …) were lost once UNTITLED_ENTRIES_INLINE
    # stopped reading them as headings (heldout25 joined task R 0.717).
    title = "北京市人民政府关于印发《2024年市政府工作报告重点任务清单》的通知"
    text = TASK_LIST.read_text(encoding="utf-8")
    plan = load_plan(one_line(text), PlanMeta(id="bj-gwr-tasklist-2024", title=title))
    assert [t.number.rstrip(".") for t in plan.tasks] == [str(n) for n in range(1, 38)]
    assert {t.kind for t in plan.tasks} == {"重点任务清单"}
    assert plan.tasks[1].title.startswith("配合自然资源部编制京津冀国土空间规划")
