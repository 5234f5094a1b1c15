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
