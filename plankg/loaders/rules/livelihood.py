"""LIVELIHOOD_LIST (fixtask46, round 46): a government's yearly list of 民生实事 / 为民办实事 projects is a task block.

A county, city or province names each year the projects it commits to carry out for the people, voted by its
congress: "岚皋县2023年十大民生实事涉及民生保障、教育医疗、城市提升等各方面,分别包括:" over "①岚皋县村级医保服务
能力提升工程;" … "⑩…" (langao-ten-livelihood-2023), "今年的政府工作报告提出切实办好12件重点民生实事:" over "1、新增城镇
就业70万人。" … "12、…" (hunan-twelve-livelihood-2019), "这八件民生实事项目是:" over eight unnumbered lines each ending
in ; (renhua-eight-livelihood-2025), "这十件民生实事分别是:完成秦南路…工程;完成城南片区…;…" run in
(qinan-ten-livelihood-2015-pinyin-trad), "…8个项目被确定" / "为2025年民生实事项目" over the parts "1.利川市谋道镇…"
(lichuan-livelihood-projects-2025), "…通过票选确定了六项2018年政府为民办实事项目。…" over "一、乡村“万盏灯光”工程"
(township-practical-projects-2018-report). Round-46 gold reads twelve such lists as blocks (kinds 民生实事,
民生实事项目, 为民办实事项目, …): the list names the work the government will do in the year, project by project, as
a 重点项目 list does (tests/realworld/tasks/README.md). The kind is the name without its count, year or level.

Three layouts are read here (the numbered one, ①/1、/1. after the label, by the inline label reader):
- LIVELIHOOD_RUN_IN: the entries run in after the label's colon, one clause each, between ；/; (or, when the label's
  count is met only so, between 、: "最终选出10项省级民生实事项目,分别为:免费接种乙肝疫苗、增加婴幼儿托育托位数量、…",
  hainan-ten-provincial-livelihood-2024), or one line each ending in ；. Only where the label gives a count (八件,
  十件, 10项) and the entries up to the sentence's end are exactly that many: a clause list is no list otherwise.
- LIVELIHOOD_LINE_ENTRIES: 一、 entries opening the lines below the label ("以下项目为共和镇人民政府2022年度十大民生
  实事项目:" over "一、共和镇平岭小学改扩建工程。" … "十、新连卫生站建设", gonghe-town-ten-livelihood-2022-pinyin-trad).
- LIVELIHOOD_ANNOUNCED: the top-level parts of the text, when the last name of such a list before the first of them
  stands within LIVELIHOOD_LEAD_GAP characters of it (the item's lead sentence: lichuan, township-practical, and
  "…县政府2025年度十件民生实事项目 正式出炉!" over "一、2025年村内基础设施提升工程", shexian-ten-livelihood-2025).
"""

from __future__ import annotations

import itertools
import re

from plankg.loaders.rules.structure import cn_to_int, int_to_cn

# The list's name as plankg reads it (simplified characters): 民生实事 or 为民办实事, with 项目 or 工程 after it, a
# quoted count between them ("为民办实事“十大”工程", wuzhou-ten-projects-2024-trad) left out of the kind.
# KEY_LIVELIHOOD (fixtask49, round 49): a report names its list 重点民生实事 ("接续办好15件重点民生实事。",
# cq-fifteen-livelihood-2025-news; "切实办好12件重点民生实事:", hunan-twelve-livelihood-2019): gold reads the kind so.
# COUNTED_PRACTICAL_PROJECTS (fixtask50, round 50): a report may name the list by its count and 实事 alone, no 民生:
# "今年市政府要为全市人民着力办好10件实事" / "市政府2011年10件实事" over "一、解决农村10万人安全饮水问题。" … "十、…"
# (shiyan-ten-projects-2011-news; round-50 gold, kind 实事), as chongming's 实事项目 (round 49) is a block. Only
# right after a count's numeral and measure word (10件, 十大): "扎实推进各项实事工程"
# (township-practical-projects-2018-report) names no list, and would be taken for the lead of its parts; "我们每做一件
# 实事," has a count, but no label follows it.
LIVELIHOOD_NAME = re.compile(
    r"(?P<name>(?:重点)?民生实事|为民办实事|(?<=[\d一二三四五六七八九十两][件项大])实事)(?:“[^”\n]{1,4}”)?(?P<suffix>项目|工程)?"
)
# The label: the name, what it covers or how it is set out ("涉及…各方面,分别包括", "分别为", "是"), a colon; the
# name nearest the colon ("对2024年省级民生实事项目进行票决,最终选出10项省级民生实事项目,分别为:" is labelled by the
# second, which carries the count).
# LIVELIHOOD_GLUED_LABEL: in a text that lost its line breaks the name may run straight into the first numbered item,
# no colon ("…8个项目被确定为2025年民生实事项目1.利川市谋道镇谋道小学综合楼建设项目2.…", lichuan joined).
# LIVELIHOOD_NEXT_SENTENCE_LEAD (fixtask49, round 49): the name may close its sentence and a short one set the list
# out: "接续办好15件重点民生实事。具体包括:" over fifteen lines (cq-fifteen-livelihood-2025-news).
LIVELIHOOD_NEXT_SENTENCE_LEAD = r"。[ \t\u3000]*(?:具体|主要|分别)(?:包括|为|是|有)[:：][ \t\u3000]*"
# LIVELIHOOD_HEADING_LINE (fixtask50, round 50): the name may end a heading line of its own, no colon, the 一、 entries
# on the lines below: "市政府2011年10件实事" / "一、解决农村10万人安全饮水问题。" (shiyan-ten-projects-2011-news).
LIVELIHOOD_HEADING_LINE = r"[ \t\u3000]*(?=\n[ \t\u3000\n]*[一二三四五六七八九十]{1,2}、)"
LIVELIHOOD_LABEL = re.compile(
    rf"{LIVELIHOOD_NAME.pattern}(?:(?P<rest>(?:(?!民生实事|为民办实事)[^。；;！？!?\n:：“”]){{0,40}}?)"
    rf"(?:[:：][ \t\u3000]*|{LIVELIHOOD_NEXT_SENTENCE_LEAD})"
    r"|[ \t\u3000]*(?=1[、.](?!\d)|①)"
    rf"|{LIVELIHOOD_HEADING_LINE})"
)
# LIVELIHOOD_TRAILING_LABEL: a news item may set out the list first and name it after, closing the sentence:
# "最终票决出:创建智慧康养示范社区;建设户外工作者驿站,实施劳动者温暖爱心行动;…;实施农村寄递物流服务全覆盖巩固提升
# 工程,为我市2023年市政府10项民生实事项目。" (datong-ten-livelihood-2023-pinyin-trad). The clauses between the
# sentence's colon and the closing comma are the entries, read as LIVELIHOOD_RUN_IN (exactly the closing's count).
LIVELIHOOD_TRAILING_LABEL = re.compile(
    rf"[,，](?:确定)?为(?P<scope>[^。；;！？!?\n,，:：]{{0,20}}?){LIVELIHOOD_NAME.pattern}[。！!]"
)
# LIVELIHOOD_CHOSEN_LIST (fixtask49, round 49): a vote's report may name the chosen projects by short topics between 、
# and say they were chosen, no count: "最终,医疗卫生服务、食品安全保障、…、基础教育提升被确定为2026年度市政府民生实事
# 项目。" (huzhou-livelihood-vote-2026-news). The topics from the clause's start (after its comma or colon) to 被确定为
# are the entries, each at most LIVELIHOOD_CHOSEN_ENTRY_MAX characters, at least LIVELIHOOD_CHOSEN_MIN of them.
LIVELIHOOD_CHOSEN_LIST = re.compile(
    rf"(?P<list>[^。；;！？!?\n,，:：]+?)被?确定为(?P<scope>[^。；;！？!?\n,，:：]{{0,20}}?){LIVELIHOOD_NAME.pattern}[。！!]"
)
LIVELIHOOD_CHOSEN_ENTRY_MAX = 12
LIVELIHOOD_CHOSEN_MIN = 3
# How far past a section's end the closing name may stand: its comma, 为, a scope of up to 20 characters, the name.
LIVELIHOOD_TRAILING_REACH = 40
LIVELIHOOD_TRAILING_COLON = re.compile(r"[:：][ \t\u3000]*(?=[^。！？!?:：]*$)")
# The count before the name, in its clause: "十件", "12件", "10项", "十大", "八个", "六项2018年政府".
LIVELIHOOD_COUNT = re.compile(
    r"(?P<count>[一二三四五六七八九十两]{1,3}|\d{1,2})(?:件|项|大|个)[^。；;！？!?\n，,:：]{0,10}$"
)
LIVELIHOOD_COUNT_WINDOW = 16
# LIVELIHOOD_EARLIER_COUNT (fixtask49, round 49): a news item may count the list in its lead and name it again, with
# no count, over the entries: "鲤城区公布2025年34件为民办实事项目清单,涵盖…等多个民生领域。" / "2025年鲤城区为民办
# 实事项目清单包括:5G+同步课堂项目、…" (licheng-34-livelihood-2025-news). The same name within this many
# characters before the label lends it its count.
LIVELIHOOD_EARLIER_COUNT_GAP = 80
# LIVELIHOOD_QUOTED_ENTRY (fixtask49, round 49): an entry may be quoted and hold 、 of its own: "“电动自行车充电桩、
# 换电柜建设项目”" (licheng-34-livelihood-2025-news): separators inside quotes or brackets split no entries.
LIVELIHOOD_OPENERS = "“‘（(《"
LIVELIHOOD_CLOSERS = "”’）)》"
# The run-in entries end with the label's sentence (its full stop) or paragraph (a blank line).
LIVELIHOOD_RUN_IN_END = re.compile(r"[。！？!?]|\n[ \t\u3000]*\n")
LIVELIHOOD_SEPARATORS = ("；;", "、")
LIVELIHOOD_LEAD_GAP = 160
# The lead names the year's own list: a count or a year right before the name ("为2025年民生实事项目", "十件民生实事
# 项目", "六项2018年政府为民办实事项目", "今年市本级为民办实事“十大”工程"); a review's "坚持办好民生实事," names none.
# The parts it announces are numbered as sections (一、, 1., （一）): parts numbered as items (①, （1）) are read by
# the label.
LIVELIHOOD_SPECIFIC = re.compile(
    r"(?:(?:[一二三四五六七八九十两]{1,3}|\d{1,2})(?:件|项|大|个)|\d{4}年度?|今年)[^。；;！？!?\n，,:：]{0,10}$"
)
LIVELIHOOD_PART_NUMBERING = ("N、", "N.", "（N）")
LIVELIHOOD_ITEM_TITLE_MAX = 30


def livelihood_kind(match: re.Match[str]) -> str:
    """The block's kind: the list's name without a count ("为民办实事工程", "民生实事项目")."""
    return match.group("name") + (match.group("suffix") or "")


def livelihood_count(text: str, name_start: int) -> int:
    """The count the label gives its list right before the name ("这八件民生实事项目是:" → 8), 0 when it gives none;
    then the count of the same list named just before (LIVELIHOOD_EARLIER_COUNT)."""
    match = LIVELIHOOD_COUNT.search(text, max(0, name_start - LIVELIHOOD_COUNT_WINDOW), name_start)
    if match:
        return cn_to_int(match.group("count"))
    label = LIVELIHOOD_NAME.match(text, name_start)
    earlier = [
        m
        for m in LIVELIHOOD_NAME.finditer(text, max(0, name_start - LIVELIHOOD_EARLIER_COUNT_GAP), name_start)
        if label is not None and m.group() == label.group()
    ]
    if not earlier:
        return 0
    match = LIVELIHOOD_COUNT.search(text, max(0, earlier[-1].start() - LIVELIHOOD_COUNT_WINDOW), earlier[-1].start())
    return cn_to_int(match.group("count")) if match else 0


def livelihood_specific(text: str, name_start: int) -> bool:
    """LIVELIHOOD_SPECIFIC: a count or a year right before the name, in its clause."""
    return LIVELIHOOD_SPECIFIC.search(text, max(0, name_start - LIVELIHOOD_COUNT_WINDOW), name_start) is not None


def livelihood_run_in(text: str, start: int, end: int, count: int) -> list[tuple[str, int, int]]:
    """LIVELIHOOD_RUN_IN: the entries after a label ending at ``start``, one clause each up to the sentence's end,
    exactly ``count`` of them: (marker "", start, end); none otherwise."""
    if count < 2:
        return []
    stop = LIVELIHOOD_RUN_IN_END.search(text, start, end)
    area_end = stop.start() if stop else end
    for separators in LIVELIHOOD_SEPARATORS:
        pieces: list[tuple[int, int]] = []
        cursor = start
        depth = 0
        for pos in range(start, area_end + 1):
            if pos < area_end and text[pos] in LIVELIHOOD_OPENERS:
                depth += 1
            elif pos < area_end and text[pos] in LIVELIHOOD_CLOSERS:
                depth = max(0, depth - 1)
            if pos == area_end or (text[pos] in separators and depth == 0):
                pieces.append((cursor, pos))
                cursor = pos + 1
        entries = []
        for piece_start, piece_end in pieces:
            while piece_start < piece_end and text[piece_start] in " \t\u3000\n":
                piece_start += 1
            if piece_start < piece_end:
                entries.append(("", piece_start, piece_end))
        if len(entries) == count:
            return entries
    return []


# LIVELIHOOD_SENTENCE_LINES (fixtask49, round 49): the entries may stand one a line, no marker, each a sentence ending
# in 。: "接续办好15件重点民生实事。具体包括:" over "新开工改造城镇老旧小区3011万平方米。" … fifteen lines, then
# "责任编辑:李茜" (cq-fifteen-livelihood-2025-news). Exactly the label's count of such lines (blank lines between
# allowed), each at most LIVELIHOOD_LINE_MAX characters, and the line after them no such entry.
LIVELIHOOD_LINE_END = "。；;"
LIVELIHOOD_LINE_MAX = 80


def livelihood_lines(text: str, start: int, end: int, count: int) -> list[tuple[str, int, int]]:
    """LIVELIHOOD_SENTENCE_LINES: ``count`` lines from ``start``, each one entry ending in 。/；: (marker "", start,
    end); none when the lines run on past the count or fall short of it."""
    if count < 2:
        return []
    entries: list[tuple[str, int, int]] = []
    cursor = start
    while cursor < end:
        line_end = text.find("\n", cursor, end)
        line_end = end if line_end == -1 else line_end
        line = text[cursor:line_end].strip(" \t\u3000")
        if line:
            if not line.endswith(tuple(LIVELIHOOD_LINE_END)) or len(line) > LIVELIHOOD_LINE_MAX:
                break
            if len(entries) == count:
                return []
            lead = len(text[cursor:line_end]) - len(text[cursor:line_end].lstrip(" \t\u3000"))
            entries.append(("", cursor + lead, cursor + lead + len(line)))
        cursor = line_end + 1
    return entries if len(entries) == count else []


# LIVELIHOOD_RUN_ON_SENTENCES (fixtask49, round 49): the same lines once a crawl lost its line breaks, one sentence
# after another: "…接续办好15件重点民生实事。具体包括:新开工改造城镇老旧小区3011万平方米。建设100个口袋公园、10座体育
# 公园。…在公共场所布局自动体外除颤器等救护设备100处以上。责任编辑:李茜" (cq-fifteen-livelihood-2025-news joined).
# Exactly the label's count of sentences, each at most LIVELIHOOD_LINE_MAX characters, and no further such sentence.
def livelihood_sentences(text: str, start: int, end: int, count: int) -> list[tuple[str, int, int]]:
    """LIVELIHOOD_RUN_ON_SENTENCES: ``count`` sentences from ``start`` ending in 。, one entry each; none when more
    such sentences follow or fewer stand there."""
    if count < 2:
        return []
    entries: list[tuple[str, int, int]] = []
    cursor = start
    while cursor < end:
        stop = text.find("。", cursor, min(end, cursor + LIVELIHOOD_LINE_MAX + 1))
        if stop == -1 or "\n" in text[cursor:stop]:
            break
        if len(entries) == count:
            return []
        entries.append(("", cursor, stop + 1))
        cursor = stop + 1
    return entries if len(entries) == count else []


def livelihood_title(body: str) -> str:
    """An entry's title: its first clause, at most LIVELIHOOD_ITEM_TITLE_MAX characters."""
    return re.split(r"[，,；;。\n]", body.strip(), maxsplit=1)[0][:LIVELIHOOD_ITEM_TITLE_MAX]


def livelihood_trailing(text: str, start: int, end: int) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """LIVELIHOOD_TRAILING_LABEL: (kind, entries) of each list in text[start:end] named after its entries (the
    closing name may stand past ``end``: a run-in section made for the block ends with its last entry)."""
    blocks: list[tuple[str, list[tuple[str, int, int]]]] = []
    for match in LIVELIHOOD_TRAILING_LABEL.finditer(text, start, end + LIVELIHOOD_TRAILING_REACH):
        if match.start() > end:
            break
        sentence = max(text.rfind(mark, start, match.start()) for mark in "。！？!?\n") + 1
        colon = LIVELIHOOD_TRAILING_COLON.search(text, max(sentence, start), match.start())
        if colon is None:
            continue
        entries = livelihood_run_in(text, colon.end(), match.start(), livelihood_count(text, match.start("name")))
        if entries:
            blocks.append((livelihood_kind(match), entries))
    for match in LIVELIHOOD_CHOSEN_LIST.finditer(text, start, end + LIVELIHOOD_TRAILING_REACH):
        if match.start() > end:
            break
        cursor = match.start("list")
        entries = []
        for piece in match.group("list").split("、"):
            entries.append(("", cursor, cursor + len(piece)))
            cursor += len(piece) + 1
        if len(entries) >= LIVELIHOOD_CHOSEN_MIN and all(
            2 <= e - s <= LIVELIHOOD_CHOSEN_ENTRY_MAX for _, s, e in entries
        ):
            blocks.append((livelihood_kind(match), entries))
    return blocks


# LIVELIHOOD_GLUED_PARTS (fixtask50, round 50): a congress's notice lists the voted projects as short 一、 lines, no
# full stop: "…依法票决产生了2026年宁波市民生实事项目,共15项,分别是:" over "一、提升医疗服务" … "十五、强化村社急救"
# (ningbo-livelihood-vote-2026); a crawl that lost its line breaks runs them on, "分别是:一、提升医疗服务二、规范食品
# 管理三、…十五、强化村社急救宁波市第十六届人民代表大会第六次会议主席团" (joined: no heading is read in it). Right
# after the label, 一、 then 二、 … in sequence, each entry a title of at most LIVELIHOOD_ITEM_TITLE_MAX characters with
# no sentence mark, at least LIVELIHOOD_GLUED_PARTS_MIN of them. The last entry's end is lost with the line break: it
# is cut at the first sentence mark or at the longest of the others' lengths.
LIVELIHOOD_GLUED_PARTS_MIN = 3
LIVELIHOOD_GLUED_STOPS = "。；;！？!?\n"


def livelihood_glued_parts(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """LIVELIHOOD_GLUED_PARTS: the entries 一、二、… run on from ``start`` (marker, start, end); none unless at least
    LIVELIHOOD_GLUED_PARTS_MIN in sequence."""
    if not text.startswith("一、", start):
        return []
    starts = [start]
    markers = ["一、"]
    while True:
        marker = f"{int_to_cn(len(starts) + 1)}、"
        reach = min(end, starts[-1] + len(markers[-1]) + LIVELIHOOD_ITEM_TITLE_MAX + 1)
        found = text.find(marker, starts[-1] + len(markers[-1]) + 2, reach)
        if found == -1 or any(mark in text[starts[-1] : found] for mark in LIVELIHOOD_GLUED_STOPS):
            break
        starts.append(found)
        markers.append(marker)
    if len(starts) < LIVELIHOOD_GLUED_PARTS_MIN:
        return []
    longest = max(b - a for a, b in itertools.pairwise(starts))
    last_end = min(end, starts[-1] + longest)
    stop = next((i for i in range(starts[-1], last_end) if text[i] in LIVELIHOOD_GLUED_STOPS), last_end)
    ends = [*starts[1:], stop]
    return list(zip(markers, starts, ends, strict=True))
