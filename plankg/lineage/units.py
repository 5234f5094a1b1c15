"""The units of a plan that lineage links: Sections that name a line of work, and Tasks, and
the plan's framing sections, each with its role.

A section is a unit at any level when its title names a line of work ("（二）高新区自主创新
示范行动", "3.注重青年科技人才培养", "1、集成电路"). Block headings, which only say what kind
of list follows (``BLOCK_TITLE``: "1.重大任务", "重点方向"), are not units; the tasks under
them are, with the section above as their context.

Framing sections (``FRAMING_ROLES``: review of the last period, situation, guiding ideas,
principles, targets, implementation) are about the plan, not a line of work: each is a unit
with a role, and lineage links it only to the later plan's framing unit of the same role
("（二）发展目标" → "（三）主要目标", "“十二五”指导思想" → "指导思想"). Below a framing section,
a section without a role word of its own takes its parent's role, except under a review or a
target section, whose items name lines of work ("1.企业研发投入逐年增加", "（1）企业技术创新能力
明显增强") and are ordinary units.

Pure: section and task rows (as the store returns them) in, ``Unit`` records out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from plankg.lineage.similarity import Unit

# Headings that name a kind of list, not a subject. Example: "1.重大任务" over "（1）重大新药创制".
# A period in front does not change that: "五、“十二五”主要任务", "四、“十二五”发展重点".
BLOCK_TITLE = re.compile(
    r"^(“?十[一二三四五六七八九]?五”?(时期|期间)?)?"
    r"(重[大点](任务|方向|工作|项目|工程)|主要(任务|内容|方向)|发展重点|技术攻关|具体任务|主要举措|重点领域)[:：]?$"
)
# The roles of framing sections, by a word of their title (searched anywhere in it). A framing
# unit links only to a later unit of the same role: a judge reading two plans pairs the old
# targets with the new targets, not with whatever line of work the targets happen to mention.
# A title naming two roles or more frames the plan as a whole ("二、指导思想、发展目标和总体安排",
# "三、“十二五”发展思路和目标", "一、发展基础、形势使命与远景目标"): role ``OVERALL``.
FRAMING_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # what the last period achieved: "一、“十一五”发展回顾", "（一）“十三五”时期…主要进展",
    # "一、发展基础、形势使命与远景目标"; 发展基础 only at the start: "夯实发展基础" is a line of work
    # "一、“十三五”期间发展成果" (成果 only after a period or as the heading's first word: "共享发展
    # 成果" and "科技成果转化" are lines of work); "（一）“十二五”期间消防工作成效" (成效 closing a
    # heading that opens with the period); "第一章  规划背景" (the chapter that opens a plan with what the
    # last period did, and then where it stands)
    (
        "review",
        re.compile(
            r"回顾|主要进展|^(“[^”]*”)?发展基础|主要成就|发展成就|^(“[^”]*”)?(时期|期间)?(发展|主要)成果"
            r"|^“[^”]*”(时期|期间)[^，。、]{0,8}成效$|^(规划|发展|编制)背景$"
        ),
    ),
    # where the plan stands: "一、形势与需求", "二、“十二五”发展环境和趋势", "（二）…面临的新形势、新使命";
    # 发展环境 only at the start: "营造良好发展环境" is a line of work
    # and where it is heading: "二、发展趋势", "（三）“十三五”期间趋势预判" (a heading, not a line of
    # work, names a 趋势 only as the thing it weighs)
    (
        "situation",
        re.compile(r"形势|^(“[^”]*”)?发展环境|环境和趋势|机遇和挑战|机遇与挑战|^(“[^”]*”)?(期间|时期)?(发展)?趋势"),
    ),
    # "（一）指导思想", "1.“十二五”指导思想", "总体思路"
    ("guiding", re.compile(r"指导思想|总体思路|发展思路")),
    # "（二）基本原则", "2.“十二五”发展原则"
    ("principles", re.compile(r"基本原则|发展原则")),
    # "（二）发展目标", "（三）主要目标", "远景目标", and the 目标 of "发展思路和目标"
    # "（二）工作目标", "（三）规划目标": the targets of the plan (or of its work) under another name
    ("targets", re.compile(r"发展目标|主要目标|远景目标|总体目标|工作目标|规划目标|(思路|思想|原则)[和与及、]目标")),
    # "二、总体要求"
    ("overall", re.compile(r"总体要求")),
    # carrying the plan out: "七、保障措施", "（七）加强组织保障", "规划实施"; "组织实施" only as
    # the whole heading — "（五）组织实施基础前沿重大战略项目" is a line of work
    ("implementation", re.compile(r"保障措施|组织保障|实施保障|规划实施|组织实施")),
)
OVERALL = "overall"
# Roles whose items name lines of work (an achievement, a target): the items are ordinary units.
ITEMS_NAME_WORK = frozenset({"review", "targets"})
# Not framing even under a framing chapter: the layout of the plan's lines of work ("（三）总体
# 安排" lists the four 工程 the plan's chapters then carry out); an ordinary unit.
LAYOUT_TITLE = re.compile(r"总体安排|总体布局")
# How many subject-bearing section titles above a unit count as its context.
CONTEXT_DEPTH = 2
# A section's text for comparison: the titles below it (they name what it covers), then its opening
# (SECTION_OPENING characters; LEAF_BODY for a section with no unit below it).
SECTION_CHILD_TITLES = 24
SECTION_OPENING = 160
# A section with no unit below it (a leaf: "（四）住房保障扩容提质。强化…", its work all in its body)
# is compared on its body as a task is, up to LEAF_BODY characters (similarity.BODY_EVIDENCE).
LEAF_BODY = 600
# BLOCK_LEAF_UNIT: a block heading with nothing below it in the graph holds its list in its body, as
# run-in paragraphs ("2.重点任务" under 十四五 housing 发展目标: "持续构建住房租赁体系。… 深入改善居民居住
# 环境。…"): no unit stands for that work unless the block itself does. Such a block is a unit,
# compared on its body (LEAF_BODY) and its grouping; its generic title weighs nothing. (Round 4
# strong 0.681 → 0.696, weak 0.385 → 0.462; every other set unchanged.)
BLOCK_LEAF_UNIT = True


# TARGET_ITEMS_ARE_WORK: an item of a targets section is a target, whatever framing word its title
# holds ("（一）火灾形势稳中向好" under "（三）发展目标" is a target, not a situation section): it restates
# the targets as the other items do.
TARGET_ITEMS_ARE_WORK = True


@lru_cache(maxsize=65_536)
def is_block(title: str) -> bool:
    """Cached: a unit asks it of every title above it (its grouping, its parent unit)."""
    return BLOCK_TITLE.match(title.strip()) is not None


@lru_cache(maxsize=65_536)
def framing_role(title: str) -> str:
    """The framing role a title names ("" for none; ``OVERALL`` for two or more). Cached: a
    unit asks it of every title above it, so each title is asked many times."""
    roles = [name for name, pattern in FRAMING_ROLES if pattern.search(title)]
    return roles[0] if len(roles) == 1 else OVERALL if roles else ""


def is_framing(title: str) -> bool:
    return framing_role(title) != ""


# LOCAL_FRAMING: a targets title below a section that names a line of work sets the targets of
# that line of work, not of the plan: "第十六章　东部沿海地带的经济发展" / "第一节　发展目标和任务",
# "第十二章　机械电子工业" / "第一节　发展目标和生产建设部署" (national outlines whose chapters open with
# their own targets). It is an ordinary unit, compared with its chapter's title as context; a later
# plan's targets section is no successor of it. Only targets: a 加强组织保障 under a line of work is
# still about carrying the plan out. A section whose own title speaks of targets ("第一章　指导方针和
# 目标", "一、…指导方针和奋斗目标") frames the plan, and its targets sections with it.
LOCAL_TARGETS_ROLE = "targets"


def _names_work(title: str) -> bool:
    plain = bool(title.strip()) and not is_block(title) and not is_framing(title)
    return plain and not LAYOUT_TITLE.search(title) and "目标" not in title


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

    def role(chain: list[Mapping[str, Any]], own: bool) -> tuple[str, str]:
        """(role, restates) of a unit: its own title's role (``own``: chain[0] is the unit),
        else its nearest framing ancestor's; under a review or target section the role is ""
        and ``restates`` names that section's role. A layout heading in between ends the search."""
        if own and chain and TARGET_ITEMS_ARE_WORK:
            roles_above = [framing_role(r.get("title") or "") for r in chain[1:]]
            nearest = next((r for r in roles_above if r), "")
            if nearest == "targets" and framing_role(chain[0].get("title") or "") not in ("", "targets"):
                return "", nearest  # TARGET_ITEMS_ARE_WORK: "火灾形势稳中向好" under 发展目标
        for row in chain:
            title = row.get("title") or ""
            found = framing_role(title)
            if not found and LAYOUT_TITLE.search(title):
                return "", ""
            if found:
                above = chain[chain.index(row) + 1 :]
                if found == LOCAL_TARGETS_ROLE and any(_names_work(r.get("title") or "") for r in above):
                    return "", ""  # LOCAL_FRAMING: the targets of a line of work, not of the plan
                if (row is not chain[0] or not own) and found in ITEMS_NAME_WORK:
                    return "", found
                return found, ""
        return "", ""

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
        leaf = row["id"] not in children and row["id"] not in tasks_of
        if not title or (is_block(title) and not (BLOCK_LEAF_UNIT and leaf)):
            continue
        start = row.get("start") or 0
        first_child = min((c.get("start") or 0 for c in children.get(row["id"], [])), default=row.get("end") or 0)
        opening = text[start : min(first_child, start + (LEAF_BODY if leaf else SECTION_OPENING))] if text else ""
        own_role, own_restates = role(chain, own=True)
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
                role=own_role,
                restates=own_restates,
            )
        )
    for row in task_rows:
        title = (row.get("title") or "").strip()
        chain = ancestors(row["section"])
        if not title:
            continue
        task_role, task_restates = role(chain, own=False)
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
                role=task_role,
                restates=task_restates,
            )
        )
    return sorted(units, key=lambda u: (u.start, u.label != "Section", u.id))
