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
