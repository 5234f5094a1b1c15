"""Rows of a coded table flattened one cell per line: its classes and row codes as headings.

TABLE_CODE_ROWS: a policy table (a 政策工具箱, a list of measures) whose rows are lines of work numbered by a
two-level code, class then row ("1-1产业结构调整", "1-2闲置土地收回（企业原因）", …, "2-1一般项目土地储备"), and
whose first column names the class ("1.土地收回", repeated once per row it spans), loses its grid in a crawl: every
cell stands on its own line, often with no blank lines between them, and nothing marks a heading (round 13: the
toolbox 1.0 had no section at all, so none of its 6 classes and 20 tools was a unit of the graph; with blank lines
between the cells the 2.0 edition got every cell as a flat heading, 政策工具 and 适用情形 included). Where a text holds
at least CODE_ROWS_MIN such code cells in order (each class's rows counted up from 1, the classes counted up), each
class's first cell is a heading and each code cell a heading under it; the other headings inside the table (its
column names and cells read as short lines) are dropped. The classes stand one level below the numbered heading
the table is under, or at the top. Pure: text and headings in, headings out.
"""

from __future__ import annotations

import re
from itertools import pairwise

from plankg.loaders.structure.segment import Heading

TABLE_CODE_ROWS = True
CODE_ROWS_MIN = 4
# "1-1产业结构调整", "12-4提前续期": a two-level code glued to a short title that is no sentence.
CODE_ROW = re.compile(r"^(?P<group>\d{1,2})-(?P<n>\d{1,2})(?P<title>[\u4e00-\u9fff][^。；;，,：:\s]{0,29})$")
# "1.土地收回", "12.其他": the class cell.
CLASS_CELL = re.compile(r"^(?P<group>\d{1,2})[.．](?P<title>[\u4e00-\u9fff][^。；;，,：:\s]{0,19})$")


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((at, raw.rstrip("\r\n")))
        at += len(raw)
    return out


def _in_order(codes: list[tuple[int, int]]) -> bool:
    """Classes counted up, each class's rows counted up from 1 (a row repeated, as a cell spanning two lines
    of the grid is, is allowed)."""
    if codes[0][1] != 1:
        return False
    for (g0, n0), (g1, n1) in pairwise(codes):
        if g1 == g0 and n1 not in (n0, n0 + 1):
            return False
        if g1 != g0 and (g1 <= g0 or n1 != 1):
            return False
    return len({g for g, _ in codes}) >= 2


def table_row_headings(text: str, headings: list[Heading]) -> list[Heading]:
    """``headings`` with a coded table's classes and rows as headings (TABLE_CODE_ROWS), or unchanged."""
    if not TABLE_CODE_ROWS:
        return headings
    lines = _lines(text)
    rows = [(i, m) for i, (_, line) in enumerate(lines) if (m := CODE_ROW.match(line.strip()))]
    if len(rows) < CODE_ROWS_MIN or not _in_order([(int(m["group"]), int(m["n"])) for _, m in rows]):
        return headings
    first_row, first_group = rows[0][0], int(rows[0][1]["group"])
    opening = [i for i, (_, line) in enumerate(lines[:first_row]) if _class_group(line) == first_group]
    scan = opening[0] if opening else first_row
    table_start = lines[scan][0]
    last_start = lines[rows[-1][0]][0]
    after = [h for h in headings if h.start > last_start and h.number]
    table_end = after[0].start if after else len(text)
    above = [h for h in headings if h.start < table_start and h.number]
    base = above[-1].level if above else 0
    coded = {int(m["group"]) for _, m in rows}
    top = max(coded)
    new: list[Heading] = []
    pending: dict[int, Heading] = {}  # a coded class's cell, headed when its first row comes
    headed: set[int] = set()
    seen: set[tuple[int, int]] = set()
    last = 0
    for start, line in lines[scan:]:
        if start >= table_end:
            break
        offset = start + len(line) - len(line.lstrip())
        end = offset + len(line.strip())
        row = CODE_ROW.match(line.strip())
        if row is not None:
            group, n = int(row["group"]), int(row["n"])
            if group not in headed and group in pending:
                new.append(pending.pop(group))
                headed.add(group)
            last = max(last, group)
            if (group, n) not in seen:  # the same row's code cell again
                seen.add((group, n))
                level = base + 2 if group in headed else base + 1
                new.append(Heading(level, f"{group}-{n}", row["title"], offset, end))
            continue
        cell = CLASS_CELL.match(line.strip())
        if cell is None:
            continue
        group = int(cell["group"])
        if group in headed or group in pending or group <= last or group > top:
            continue
        heading = Heading(base + 1, f"{group}.", cell["title"], offset, end)
        if group in coded:
            pending[group] = heading
        else:  # a class of one row that has no code of its own ("4.减量化" over its cells)
            new.append(heading)
            headed.add(group)
            last = group
    kept = [h for h in headings if not table_start <= h.start < table_end]
    return sorted(kept + new, key=lambda h: h.start)


def _class_group(line: str) -> int | None:
    match = CLASS_CELL.match(line.strip())
    return int(match["group"]) if match is not None else None
