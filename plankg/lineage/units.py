"""The units of a plan that lineage links: Sections that name a line of work, and Tasks.

A section is a unit at any level when its title names a line of work ("（二）高新区自主创新
示范行动", "3.注重青年科技人才培养", "1、集成电路"). Not units:

- block headings, which only say what kind of list follows (``BLOCK_TITLE``: "1.重大任务",
  "重点方向"); the tasks under them are units, with the section above as their context;
- framing chapters and everything under them (``FRAMING_TITLE``): review of the last period,
  situation, guiding ideas, principles, targets, and 保障措施 / 政策措施 blocks — they are
  about the plan, not a line of work it carries.

Pure: section and task rows (as the store returns them) in, ``Unit`` records out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from plankg.lineage.similarity import Unit

# Headings that name a kind of list, not a subject. Example: "1.重大任务" over "（1）重大新药创制".
# A period in front does not change that: "五、“十二五”主要任务", "四、“十二五”发展重点".
BLOCK_TITLE = re.compile(
    r"^(“?十[一二三四五六七八九]?五”?(时期|期间)?)?"
    r"(重[大点](任务|方向|工作|项目|工程)|主要(任务|内容|方向)|发展重点|技术攻关|具体任务|主要举措|重点领域)[:：]?$"
)
# Headings of framing chapters and of the plan's implementation, not lines of work; matched
# anywhere in the title. Examples: "一、形势与需求", "二、指导思想、发展目标和总体安排",
# "一、“十一五”发展回顾", "（七）加强组织保障", "七、保障措施". Not 政策措施: a plan's policy
# measures (科技金融, 人才体系, 知识产权) are lines of work the next plan carries on.
FRAMING_TITLE = re.compile(
    r"形势|回顾|指导思想|基本原则|发展原则|总体要求|总体安排|总体思路|发展思路|发展目标|主要目标|"
    r"远景目标|发展基础|发展环境|环境和趋势|保障措施|组织保障|组织实施|实施保障|规划实施|主要进展"
)
# How many subject-bearing section titles above a unit count as its context.
CONTEXT_DEPTH = 2
# A section's text for comparison: the titles below it (they name what it covers), then its opening.
SECTION_CHILD_TITLES = 24
SECTION_OPENING = 160


def is_block(title: str) -> bool:
    return BLOCK_TITLE.match(title.strip()) is not None


def is_framing(title: str) -> bool:
    return FRAMING_TITLE.search(title) is not None


def plan_units(
    sections: Iterable[Mapping[str, Any]],
    tasks: Iterable[Mapping[str, Any]],
    text: str = "",
    fields: Mapping[str, Iterable[str]] | None = None,
) -> list[Unit]:
    """Units of one plan.

    ``sections``: rows with id, plan_id, level, number, title, start, end, parent (parent
    section id or None); ``tasks``: rows with id, plan_id, number, title, text, start, section
    (its section id); ``text``: the plan's normalised text (for a section's opening);
    ``fields``: unit id → Field names.
    """
    fields = fields or {}
    by_id = {row["id"]: row for row in sections}
    children: dict[str, list[Mapping[str, Any]]] = {}
    for row in sorted(by_id.values(), key=lambda r: r.get("start") or 0):
        if row.get("parent"):
            children.setdefault(row["parent"], []).append(row)
    task_rows = sorted(tasks, key=lambda r: r.get("start") or 0)
    tasks_of: dict[str, list[Mapping[str, Any]]] = {}
    for row in task_rows:
        tasks_of.setdefault(row["section"], []).append(row)

    def ancestors(section_id: str | None) -> list[Mapping[str, Any]]:
        chain = []
        while section_id and section_id in by_id:
            chain.append(by_id[section_id])
            section_id = by_id[section_id].get("parent")
        return chain

    def framed(chain: list[Mapping[str, Any]]) -> bool:
        return any(is_framing(row.get("title") or "") for row in chain)

    def context(chain: list[Mapping[str, Any]]) -> tuple[str, ...]:
        titles = [row.get("title") or "" for row in chain if not is_block(row.get("title") or "")]
        return tuple(t for t in titles if t)[:CONTEXT_DEPTH]

    def parent_unit(chain: list[Mapping[str, Any]]) -> str:
        return next((row["id"] for row in chain if not is_block(row.get("title") or "")), "")

    def below(section_id: str) -> list[str]:
        titles: list[str] = []
        stack = [section_id]
        while stack and len(titles) < SECTION_CHILD_TITLES:
            current = stack.pop(0)
            titles += [t.get("title") or "" for t in tasks_of.get(current, [])]
            for child in children.get(current, []):
                if not is_block(child.get("title") or ""):
                    titles.append(child.get("title") or "")
                stack.append(child["id"])
        return [t for t in titles if t][:SECTION_CHILD_TITLES]

    units: list[Unit] = []
    for row in by_id.values():
        title = (row.get("title") or "").strip()
        chain = ancestors(row["id"])
        if not title or is_block(title) or framed(chain):
            continue
        start = row.get("start") or 0
        first_child = min((c.get("start") or 0 for c in children.get(row["id"], [])), default=row.get("end") or 0)
        opening = text[start : min(first_child, start + SECTION_OPENING)] if text else ""
        units.append(
            Unit(
                id=row["id"],
                plan_id=row["plan_id"],
                label="Section",
                title=title,
                context=context(chain[1:]),
                text=opening,
                below=tuple(below(row["id"])),
                fields=frozenset(fields.get(row["id"], ())),
                number=row.get("number") or "",
                level=int(row.get("level") or 0),
                parent=parent_unit(chain[1:]),
                start=start,
            )
        )
    for row in task_rows:
        title = (row.get("title") or "").strip()
        chain = ancestors(row["section"])
        if not title or framed(chain):
            continue
        units.append(
            Unit(
                id=row["id"],
                plan_id=row["plan_id"],
                label="Task",
                title=title,
                context=context(chain),
                text=row.get("text") or "",
                fields=frozenset(fields.get(row["id"], ())),
                number=row.get("number") or "",
                level=int(chain[0].get("level") or 0) + 1 if chain else 1,
                parent=parent_unit(chain),
                start=row.get("start") or 0,
            )
        )
    return sorted(units, key=lambda u: (u.start, u.label != "Section", u.id))
