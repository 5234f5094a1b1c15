"""ANNOUNCED_ACTIONS (fixtask46, round 46): an action plan's preamble names its body as a counted list of actions.

"…经研究决定,以深化文明城市创建为抓手,开展魅力城市建设十大专项行动,进一步完善城市功能,…。现制定如下行动方案。"
over "一、开展拆违拆临和改造整治专项行动" holding "1.加大违建整治力度。…" … "4.开展背街小巷整治。…"
(charm-civilised-city-action-plan, a city's 行动方案 in PDF text; round-46 gold: one block of kind 专项行动, its
items the 1. leaves under 一、), as a heading "四、实施产业倍增六大行动" names its parts' block (COUNTED_ACTIONS).
Only where the text before the first numbered heading names the count (N大 or N项) of 行动 / 专项行动 / 重点行动,
and every top-level part's title ends in 行动 (the actions themselves): a plan whose parts are 总体要求, 保障措施 …
is not so announced. The kind is the name without the count; the items are each part's numbered leaves, or the
part itself when it has none.
"""

from __future__ import annotations

import re

from plankg.loaders.rules.structure import int_to_cn

ANNOUNCED_ACTIONS = re.compile(
    r"[一二三四五六七八九十两\d]{1,2}(?:大|项)(?P<kind>(?:专项|重点|重大)?行动)(?!计划|方案)"
)
ACTION_PART_TITLE = re.compile(r"行动[:：。]?$")

# NUMBERED_ON_FROM_SIBLING (fixtask46, round 46): a block may number its entries on from the section before it:
# "一、2025年年度目标" over targets "1.生产总值增长6%左右" … "9.农林牧渔业增加值增长4.8%左右", then "二、2025年重点工作"
# over "（一）突出挖潜能稳增长,巩固经济回升向好态势" whose run-in entries open "10. 开展提振消费专项行动,…" "11. 加快
# 10个商贸项目建设,…" (tongchuan-gwr-key-work-division-2025, a city's 重点工作分工 意见; round-46 gold: the leaves 10.
# 11. 12.). The entries going on from the last of the section before (1. … 9., in sequence) are the block's, read as
# entries that go on after a lost number are (CONTINUED_ITEMS, tasks.continued_items).
NUMBERED_ON_FROM_SIBLING = True

# ORDINAL_OF_ENTRIES (fixtask46, round 46): a news item may number the entries of a counted list "之一:" "之二:" … (the
# first of them, the second …): "敞出了“十大工程”的盘子——" over "之一:“亮点工程”——南正街改造提升是…" / "之二:“地标
# 工程”——力争投资逾2亿元的…" (hanbin-laocheng-ten-projects-2014, a street office's 十大工程; round-46 gold: kind 工程,
# the entries 之一: … 之四: its items, the page cut inside 之四). Only after a counted name of 工程 or 项目 (N大, N项,
# quoted or not) closing its line or sentence, the first entry 之一 right after it and the next ones in sequence, each
# opening a line or following a sentence end; the kind is the name without the count.
ORDINAL_OF_LABEL = re.compile(
    r"“?[一二三四五六七八九十两\d]{1,2}(?:大|项)(?P<kind>(?:重点|重大|民生)?(?:工程|项目))”?"
    r"[^。；;！？!?\n“”]{0,8}?(?:——|[:：])?[ \t\u3000]*\n?[ \t\u3000]*(?=之一[:：])"
)
ORDINAL_OF_BEFORE = "。；;！？!?\n"


def ordinal_of_entries(text: str, start: int, end: int) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """ORDINAL_OF_ENTRIES in text[start:end]: (kind, entries) per label, each entry (marker "之N:", start, end)."""
    blocks: list[tuple[str, list[tuple[str, int, int]]]] = []
    if text.find("之一", start, end) == -1:
        return blocks
    for label in ORDINAL_OF_LABEL.finditer(text, start, end):
        found = [(text[label.end() : label.end() + 3], label.end())]
        n = 2
        while True:
            spelled = f"之{int_to_cn(n)}"
            pos = next(
                (
                    p
                    for p in _positions(text, spelled, found[-1][1] + 3, end)
                    if text[p - 1] in ORDINAL_OF_BEFORE and text[p + len(spelled) : p + len(spelled) + 1] in ":："
                ),
                -1,
            )
            if pos < 0:
                break
            found.append((text[pos : pos + len(spelled) + 1], pos))
            n += 1
        if len(found) >= 2:
            blocks.append(
                (
                    label.group("kind"),
                    [(m, p, found[i + 1][1] if i + 1 < len(found) else end) for i, (m, p) in enumerate(found)],
                )
            )
    return blocks


def _positions(text: str, needle: str, start: int, end: int) -> list[int]:
    found = []
    pos = text.find(needle, start, end)
    while pos >= 0:
        found.append(pos)
        pos = text.find(needle, pos + 1, end)
    return found
