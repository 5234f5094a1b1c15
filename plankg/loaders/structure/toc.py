"""Tables of contents (目录): parse their entries, and find those headings again in the body.

A PDF extraction glues a TOC into one run: "…显示度101、加快推进…" is the entry "显示度",
page 10, then the entry "1、加快推进…". The parser resolves such runs by asking, at each
entry, which markers may come next (the next sibling at any open level, or the first child of a
new style) and taking the earliest one that is preceded by a page number.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from plankg.loaders.rules.structure import (  # noqa: F401
    CAPTION,
    CHAPTER_UNIT_RANK,
    DECIMAL_UNDER_PART_STYLES,
    GLUED_LEADER,
    GLUED_LEADER_APPENDIX,
    GLUED_LEADER_RUNNING_HEAD,
    NEW_STYLES,
    PREFACE_HEADINGS,
    TOC_LEADER_TAIL,
    TOC_LINE,
    TOC_LINE_GLUED_ENTRY,
    TOC_TITLE,
    int_to_cn,
    marker_spellings,
)
from plankg.loaders.structure.headings import Marker, read_marker
from plankg.loaders.text.furniture import metadata_block

# A TOC starts near the top of a document.
TOC_SEARCH_WINDOW = 3000
MAX_ENTRY_CHARS = 80
# TOC_LEADERS_NOT_TITLE (one20): an entry's window is MAX_ENTRY_CHARS of title and page, its dot leaders besides,
# counted over this many windows' length (a glued TOC's leaders may be longer than its titles).
TOC_LEADER_SPAN = 3
# Dot leaders and spaces between a TOC title and its page number.
LEADERS = " \t.·…。-—_"
# Page numbers rise; a jump larger than this means the digits are not (all) a page number.
MAX_PAGE_JUMP = 60
MIN_ENTRIES = 3


@dataclass(frozen=True)
class TocEntry:
    level: int
    style: str
    number: int
    marker: str
    title: str
    page: int | None
    start: int = -1  # where the entry stands in the TOC


@dataclass(frozen=True)
class Toc:
    start: int  # where "目录" stands
    end: int  # just after the last entry's page number
    entries: tuple[TocEntry, ...]


def push(stack: list[tuple[str, int]], style: str, number: int) -> int:
    """Place a marker on the open-styles stack; return its level (1-based)."""
    styles = [s for s, _ in stack]
    if style in styles:
        del stack[styles.index(style) :]
    stack.append((style, number))
    return len(stack)


def next_markers(stack: list[tuple[str, int]]) -> list[str]:
    open_styles = {s for s, _ in stack}
    spellings = [m for style, n in stack for m in marker_spellings(style, n + 1)]
    for style in NEW_STYLES:
        if style not in open_styles:
            spellings += marker_spellings(style, 1)
    if stack and stack[0][0].startswith("chapter:"):
        spellings += marker_spellings("chapter:节", 1)
    return spellings + _next_decimals(stack)


def _next_decimals(stack: list[tuple[str, int]]) -> list[str]:
    """What may follow a decimal entry: the next number at its depth or at any depth above it,
    or its first child ("1.2" → "1.3", "2", "1.2.1"). A decimal number is its whole path, so its
    spelling needs the open decimal levels together: 目录 of 预案 and standards are written so."""
    path = [n for style, n in stack if style.startswith("decimal:")]
    part = _numbered_part(stack)
    if part is not None:
        # DECIMAL_UNDER_PART: "一、…1.1 …1.2 …二、…2.1": a decimal entry's first number is its part's
        return [".".join(map(str, numbers)) for numbers in _decimal_paths([part, *path])]
    if not path:
        return []
    following = [[*path[:depth], path[depth] + 1] for depth in range(len(path))]
    return [".".join(map(str, numbers)) for numbers in [*following, [*path, 1]]]


def _numbered_part(stack: list[tuple[str, int]]) -> int | None:
    """The number of the part (一、, 第一章) a TOC's decimal entries number under (DECIMAL_UNDER_PART), when the
    stack holds such a part and under it only decimal entries of depth 2 and more; None otherwise."""
    parts = [
        k for k, (style, _) in enumerate(stack) if style in DECIMAL_UNDER_PART_STYLES or style.startswith("chapter:")
    ]
    if not parts or any(not style.startswith("decimal:") for style, _ in stack[parts[-1] + 1 :]):
        return None
    if any(style == "decimal:1" for style, _ in stack[parts[-1] + 1 :]):
        return None
    return stack[parts[-1]][1]


def _decimal_paths(path: list[int]) -> list[list[int]]:
    """Under a part numbered path[0]: the next entry at each decimal depth, and the first child of the last."""
    following = [[*path[:depth], path[depth] + 1] for depth in range(1, len(path))]
    return [*following, [*path, 1]]


def _split_page(chunk: str, last_page: int, *, last_entry: bool = False) -> tuple[str, int | None, int]:
    """Split "title + page" into the title and the page; also return chars used.

    Inside the TOC the digits before the next marker are exactly the page. After the last
    entry the body may follow with its own page number glued on ("…保障1081上海市…" is page
    108, then page 1), so there the shortest run that keeps pages rising is taken.
    """
    body = chunk.rstrip()
    digits = re.search(r"\d+$", body)
    if digits is None:
        return body.rstrip(LEADERS), None, len(body)
    run = digits.group()
    title = body[: digits.start()].rstrip(LEADERS)
    if last_entry:
        for cut in range(1, len(run) + 1):
            if last_page <= int(run[:cut]) <= last_page + MAX_PAGE_JUMP:
                return title, int(run[:cut]), digits.start() + cut
    return title, int(run), len(body)


# Lines between TOC lines that are not TOC lines themselves (a wrapped entry, a part title).
MAX_TOC_GAP_LINES = 2


def _glued_line_entries(line: str, last_page: int) -> list[str]:
    """TOC_LINE_GLUED_ENTRY: one TOC line cut in two where the next entry is glued onto its page number (the entry after
    the cut may have lost its own page); the line itself when it holds no glued entry or several."""
    pieces: list[str] = []
    start = 0
    for glued in TOC_LINE_GLUED_ENTRY.finditer(line):
        run = glued.group("page")
        for cut in range(1, len(run) + 1):
            page, rest = int(run[:cut]), line[glued.start("page") + cut :]
            if last_page <= page <= last_page + MAX_PAGE_JUMP and read_marker(rest) is not None:
                pieces.append(line[start : glued.start("page") + cut])
                start, last_page = glued.start("page") + cut, page
                break
    # one entry glued on: a line holding more is a whole TOC run together, which GLUED_LEADER_TOC reads
    return [*pieces, line[start:]] if len(pieces) == 1 else [line]


def _closes_box(marker: Marker | None, stack: list[tuple[str, int]], box_style: str) -> bool:
    """TOC_BOX_ENTRIES: an entry after a box's caption ends its list when it continues the outline open before the box:
    the next entry of an open style, or any later number of an open style other than the one the box numbers its
    projects in (a part's number, where the TOC lost an entry between)."""
    if marker is None:
        return False
    if marker.written in next_markers(stack):
        return True
    return any(style == marker.style != box_style and marker.number > n for style, n in stack)


@dataclass
class _BoxEntries:
    """TOC_BOX_ENTRIES as a TOC reader meets its entries in order: a box's caption, then the projects listed under
    it until an entry continues the outline open before the box. One state for every reader of a 目录."""

    open: bool = False
    style: str = ""  # the style the open box numbers its projects in

    def skips(self, entry: str, marker: Marker | None, stack: list[tuple[str, int]]) -> bool:
        """Whether ``entry`` (its ``marker`` read) is a box's caption or one of its projects, no heading."""
        if CAPTION.match(entry):
            self.open, self.style = True, ""
            return True
        if self.open and not _closes_box(marker, stack, self.style):
            self.style = self.style or (marker.style if marker else "")
            return True
        self.open = False
        return False


def parse_line_toc(text: str, start: int, end_of_title: int) -> Toc | None:
    """A TOC written one entry a line with dot leaders and page numbers ("总 则 ....... 1",
    "第一章 规划定位及重点 ..... 5"); entries may be unnumbered.

    TOC_BOX_ENTRIES: a 目录 may list a plan's boxes and the projects numbered in each ("专栏 1 构筑文物安全防护体系
    ..... 9" / "1.楚天文物平安工程 ..... 9" / "2.…", then "9.深化考古研究…", the 湖北 relics 十四五 plan): a box
    is captioned, not headed (CAPTION), so neither it nor the items listed under it are headings; its list ends at
    the first entry that continues the outline open before it (the next part, or the section after the last)."""
    entries: list[TocEntry] = []
    stack: list[tuple[str, int]] = []
    boxes = _BoxEntries()
    pos, end, gap, last_page = end_of_title, end_of_title, 0, 0
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop].strip()
        # TOC_LINE ends in a page number at the end of the line: a line ending otherwise (most of
        # a body the loop reads past the TOC) is not searched.
        leader = TOC_LINE.search(line) if line[-1:].isdecimal() else None
        # TOC_LINE_GLUED_ENTRY: an entry glued onto a page number may have lost its own page
        lost_page = leader is None and TOC_LEADER_TAIL.search(line) is not None
        if leader is not None or (lost_page and TOC_LINE_GLUED_ENTRY.search(line) is not None):
            pieces = _glued_line_entries(line, last_page)
            for k, piece in enumerate(pieces):
                leader = TOC_LINE.search(piece)
                if leader is None and (k == 0 or TOC_LEADER_TAIL.search(piece) is None):
                    continue
                body = piece[: leader.start() if leader else len(piece)].rstrip(LEADERS + "\u3000")
                page = int(re.search(r"\d+", leader.group()).group()) if leader else None  # type: ignore[union-attr]
                last_page = page if page is not None else last_page
                marker = read_marker(body)
                if boxes.skips(body, marker, stack):
                    continue
                if marker is not None:
                    level = push(stack, marker.style, marker.number)
                    title = body[marker.length :]
                    entries.append(TocEntry(level, marker.style, marker.number, marker.written, title, page, pos))
                elif body:
                    stack.clear()
                    entries.append(TocEntry(1, "", 0, "", body, page, pos))
            end, gap = stop, 0
        elif line:
            gap += 1
            if gap > MAX_TOC_GAP_LINES:
                break
        pos = stop + 1
    if len(entries) < MIN_ENTRIES:
        return None
    return Toc(start, end, tuple(entries))


# A TOC without its "目录" title, glued onto one line: "一、战略态势2二、总体要求4（一）指导思想4…"
# — the first entry right at the start of the text (after the title line), every entry with a
# page number. At least this many entries, pages rising, make it a TOC.
MIN_UNTITLED_ENTRIES = 5
UNTITLED_TOC_START = re.compile(r"(?:^|\n|(?<=[^\d\s]))(?=一、|第一章)")


# TOC_AFTER_CRAWLER_HEADER (toc46): a crawler's header (CRAWLER_HEADER, kept in the text for the sections) names the
# page's local folder "本地目录: zwgk/ghxx/ztgh/202211/…" and notes "页面链接与图片详见 links.tsv(同目录)": its 目录
# is no table of contents, but the first TOC_TITLE stood there, so the plan's own "目 录 前 言......5第一章 发展基础
# ......6…" under the rule line was never read (pt-fyp13-outline, pt-fyp14-outline of lineage45: their one-line body
# then read inline, a heading's title ran on to the first 。 - "第五节 促进传统产业转型升级做细精致农业"). A 目录 is
# looked for below such a header.
def toc_search_start(text: str) -> int:
    """Where a text's 目录 may stand from: after the crawler's header that opens it (TOC_AFTER_CRAWLER_HEADER)."""
    block = metadata_block(text)
    return block.match.end() if block is not None and block.crawled else 0


# CRAWLER_FOLDER_TOC_WORD (toc46): the same header crawled onto one line with its body keeps no rule line to end it
# ("…原文链接: https://…本地目录: zwgk/ghxx/ztgh/202211/…页面链接与图片详见 links.tsv（同目录）=====… 正文 =====…目 录
# 前 言......5第一章…", pt-fyp14-outline joined): a 目录 that names a folder (a key whose value is a path, "目录:
# zwgk/…") or stands in brackets ("（同目录）") is no table of contents; the next 目录 is looked at.
CRAWLER_FOLDER_TOC_WORD = re.compile(r"目[ \t\u3000]*录(?:[:：][ \t]*[!-~]|[)）])")


def _toc_title(text: str) -> re.Match[str] | None:
    """The 目录 a TOC stands under: the first TOC_TITLE in the window below a crawler's header
    (TOC_AFTER_CRAWLER_HEADER) that names no folder (CRAWLER_FOLDER_TOC_WORD)."""
    window = text[:TOC_SEARCH_WINDOW]
    for found in TOC_TITLE.finditer(window, toc_search_start(text)):
        if CRAWLER_FOLDER_TOC_WORD.match(window, found.start()) is None:
            return found
    return None


def parse_toc(text: str) -> Toc | None:
    found = _toc_title(text)
    if found is None:
        first = UNTITLED_TOC_START.search(text[:TOC_SEARCH_WINDOW])
        if first is None:
            return None
        toc = _parse_glued(text, first.start(), first.start())
        if toc is None or len(toc.entries) < MIN_UNTITLED_ENTRIES:
            return None
        pages = [e.page for e in toc.entries]
        if None in pages or pages != sorted(pages):  # type: ignore[type-var]
            return None
        return toc
    line_toc = (
        parse_line_toc(text, found.start(), found.end())
        or _parse_unnumbered_line_toc(text, found)
        or _parse_line_toc_to_repeat(text, found)  # UNPAGED_LINE_TOC_TO_REPEAT
        or _parse_line_toc_to_prose(text, found)  # UNPAGED_LINE_TOC_TO_PROSE
    )
    if line_toc is not None:
        return line_toc
    glued = _parse_glued(text, found.start(), found.end())
    if glued is not None and any(GLUED_LEADER.search(e.title) for e in glued.entries):
        # GLUED_LEADERS_OVER_PAGES (join28): a 目录 with dot leaders whose sections number on across its parts
        # ("2.形势分析 ....... 2二、总体要求 ....... 23.指导思想 ....... 24.发展目标", hb-relics-fyp14-2021 joined)
        # never shows the page-then-marker that _parse_glued expects (1. under 二、): it ran entries together,
        # leaders and all; the leaders end each entry, so the leader reading is the TOC.
        glued = _parse_glued_leaders(text, found.start(), found.end()) or glued
    return (
        glued
        or _parse_glued_leaders(text, found.start(), found.end())
        or _parse_glued_unpaged(text, found.start(), found.end())
    )


# UNNUMBERED_LINE_TOC (fix29seg, round 28): a regulation's 目录 that lists its chapter titles one a line without
# their numbers and without page numbers ("目    录" / " 总则" / " 文明行为规范" / " 鼓励与支持" / … / " 附则", then the
# body's "第一章  总则", yc-civilized-behavior-regs-2018 antiword text): its bare 总则 and 附则 were read as
# headings above the body's chapters. Such a run (at least MIN_ENTRIES short lines right under a 目录 that ends its
# line, normalising may glue it onto the bracketed adoption note above, up to the first empty line, none a
# sentence) is a TOC when every entry stands again after it as a numbered heading line with the same title; each
# entry takes that heading's marker.
UNNUMBERED_TOC_ENTRY_MAX = 30
UNNUMBERED_TOC_SENTENCE = re.compile(r"[。；;，,：:]")


def _folded(line: str) -> str:
    """A TOC line without its spaces: an entry and its heading may space a title differently."""
    return re.sub(r"[ \t\u3000]+", "", line)


def _parse_unnumbered_line_toc(text: str, found: re.Match[str]) -> Toc | None:
    line_end = text.find("\n", found.end())
    if line_end < 0 or text[found.end() : line_end].strip():
        return None
    titles: list[tuple[str, int]] = []
    pos = line_end + 1
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop].strip()
        if not line:
            break
        if len(line) > UNNUMBERED_TOC_ENTRY_MAX or UNNUMBERED_TOC_SENTENCE.search(line) or read_marker(line):
            return None
        titles.append((_folded(line), pos))
        pos = stop + 1
    if len(titles) < MIN_ENTRIES:
        return None
    end = pos - 1
    body_lines = [line.strip() for line in text[end:].split("\n")]
    entries: list[TocEntry] = []
    stack: list[tuple[str, int]] = []
    search_from = 0
    for title, start in titles:
        for k in range(search_from, len(body_lines)):
            marker = read_marker(body_lines[k])
            if marker is not None and _folded(body_lines[k][marker.length :]) == title:
                level = push(stack, marker.style, marker.number)
                entries.append(TocEntry(level, marker.style, marker.number, marker.written, title, None, start))
                search_from = k + 1
                break
        else:
            return None
    return Toc(found.start(), end, tuple(entries))


# UNPAGED_LINE_TOC_TO_REPEAT (lead, session 29): a 目录 written one entry a line, numbered or not, without page
# numbers, ended by its first entry standing again as the body's first heading: "目 录" / "目录" / "前 言" /
# "第一章 现状背景" / "一、发展现状" / … / "五、加强监督评估" / "前 言" / "“十四五”时期是…"
# (changting-civil-affairs-14-toc, round 34: a document site's ~2,000-byte opening of a 专项规划 that stops inside the
# preface). Nothing else of the outline stands again on such a page, so no rule that looks for the entries in the body
# (UNNUMBERED_LINE_TOC) finds a TOC, and its 39 entries were read as the body's headings, 19 of them task items. The
# entries are at least MIN_ENTRIES lines right under the 目录 (a second 目录 label skipped), each at most
# MAX_ENTRY_CHARS, none with a sentence's end (LEADER_ENTRY_BREAKS), up to the line that repeats the first (spaces
# folded) before any empty line.
def _parse_line_toc_to_repeat(text: str, found: re.Match[str]) -> Toc | None:
    line_end = text.find("\n", found.end())
    if line_end < 0 or text[found.end() : line_end].strip():
        return None
    lines: list[tuple[str, int]] = []
    pos = line_end + 1
    end = -1
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop].strip()
        if not line or len(line) > MAX_ENTRY_CHARS or LEADER_ENTRY_BREAKS.search(line):
            return None
        if not lines and TOC_TITLE.fullmatch(line):
            pos = stop + 1
            continue  # "目 录" / "目录": the label written twice
        if lines and _folded(line) == _folded(lines[0][0]):
            end = pos
            break
        lines.append((line, pos))
        pos = stop + 1
    if end < 0 or len(lines) < MIN_ENTRIES:
        return None
    entries: list[TocEntry] = []
    stack: list[tuple[str, int]] = []
    for line, start in lines:
        marker = read_marker(line)
        if marker is None:
            stack.clear()
            entries.append(TocEntry(1, "", 0, "", line, None, start))
            continue
        level = push(stack, marker.style, marker.number)
        title = line[marker.length :].strip()
        entries.append(TocEntry(level, marker.style, marker.number, marker.written, title, None, start))
    return Toc(found.start(), end - 1, tuple(entries))


# UNPAGED_LINE_TOC_TO_PROSE (fixseg50, round 50): a 目录 written one entry a line without page numbers whose entries
# never stand again in the text - a reprint or a cached page cut before the body's headings: "目录" / "序 言" /
# "第一章 总体要求" / "第一节 指导思想" / … / "第五节 抓好组织实施" / "为贯彻落实《…》…,编制本规划。" / "序 言" / "习"
# (nat-culture-industry-14fyp-toc-2021: the repeated 序 言 follows the preamble, so UNPAGED_LINE_TOC_TO_REPEAT,
# which stops at a sentence, finds no TOC) and "目 录" / "序 言" / "第一章 总体要求" / … / "第一节 扩大优" cut by
# the corpus (nat-culture-industry-14fyp-baike-2021): their 42 and 12 entries were read as body headings. The entries
# are at least UNPAGED_PROSE_TOC_MIN lines right under the 目录 (a second label skipped), each a numbered heading
# line (or a preface's name, "序 言") of at most MAX_ENTRY_CHARS without a sentence's end or a page number, in at
# least two numbering styles (第X章 over 第X节: a body never runs so many headings of two levels without a paragraph);
# the TOC ends at the first sentence line, empty line or the end of the text.
UNPAGED_PROSE_TOC_MIN = 8
UNPAGED_PROSE_TOC_PAGE = re.compile(r"\d$")


def _parse_line_toc_to_prose(text: str, found: re.Match[str]) -> Toc | None:
    line_end = text.find("\n", found.end())
    if line_end < 0 or text[found.end() : line_end].strip():
        return None
    entries: list[TocEntry] = []
    stack: list[tuple[str, int]] = []
    pos = line_end + 1
    end = len(text)
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop].strip()
        if not line or len(line) > MAX_ENTRY_CHARS or LEADER_ENTRY_BREAKS.search(line):
            end = pos - 1
            break
        if not entries and TOC_TITLE.fullmatch(line):
            pos = stop + 1
            continue  # "目 录" / "目录": the label written twice
        if UNPAGED_PROSE_TOC_PAGE.search(line):
            return None  # a paged entry: another reader's TOC
        marker = read_marker(line)
        if marker is None:
            if _folded(line) not in PREFACE_HEADINGS:
                return None
            stack.clear()
            entries.append(TocEntry(1, "", 0, "", line, None, pos))
        else:
            level = push(stack, marker.style, marker.number)
            title = line[marker.length :].strip()
            entries.append(TocEntry(level, marker.style, marker.number, marker.written, title, None, pos))
        pos = stop + 1
    styles = {e.style for e in entries if e.style}
    if len(entries) < UNPAGED_PROSE_TOC_MIN or len(styles) < 2:
        return None
    return Toc(found.start(), end, tuple(entries))


# GLUED_UNPAGED_TOC (seg23): a 预案's 目录 without page numbers, its entries run together and the body after it
# ("国家粮食应急预案目 录1 总则1.1 编制目的及依据1.2 等级划分…7 附则1 总则1.1 编制目的及依据为…",
# nat-grain-emergency-2005 joined; "目  录第一章  总则第二章  免疫与登记…第八章  附则第一章  总则第一条…",
# jn-dog-keeping-regs-2021 joined): it ends where its first entry stands again (the first UNPAGED_REPEAT_CHARS
# characters after the title), and each title ends where a marker that may follow it (next_markers) begins.
UNPAGED_REPEAT_CHARS = 8
UNPAGED_TOC_MAX_CHARS = 4000
BARE_TOP_ENTRY = re.compile(r"(?P<num>[1-9]\d?)[ \t\u3000]*(?=[\u4e00-\u9fff])")
# UNPAGED_SHORT_FIRST_ENTRY (join26): a first entry shorter than UNPAGED_REPEAT_CHARS repeats as itself, not with
# the characters after it: "目  录第一章 总则第二章 生态规划…第九章 附则第一章 总则第一条 为了…" (one
# ideographic space after 第一章; hangzhou-eco-civ-regs-2015 and two more regulations joined: "第一章 总则第二" was
# never found again, so no TOC was read and its last entry ran into the body's 第一章, "附则第一章"). Such an entry,
# ended where a marker that may follow it begins, is the repeat looked for when it has UNPAGED_REPEAT_MIN characters.
# (Three more space the body's title otherwise, "第一章 总 则": found so, their articles' items were read as
# headings; they are left as they were.)
UNPAGED_REPEAT_MIN = 5


def _first_entry_end(text: str, pos: int) -> int | None:
    """Where the first entry of an unpaged glued TOC ends: at the first marker that may follow it (next_markers)
    within an entry's length (UNPAGED_SHORT_FIRST_ENTRY); None when it opens with no marker or none follows."""
    marker = read_marker(text[pos : pos + MAX_ENTRY_CHARS])
    if marker is None:
        return None
    stack: list[tuple[str, int]] = []
    push(stack, marker.style, marker.number)
    window = pos + MAX_ENTRY_CHARS
    hits = [hit for sp in next_markers(stack) if (hit := text.find(sp, pos + marker.length + 1, window)) >= 0]
    return min(hits, default=None)


def _parse_glued_unpaged(text: str, toc_start: int, pos: int) -> Toc | None:
    while pos < len(text) and text[pos] in " \t\n\u3000":
        pos += 1
    head = text[pos : pos + UNPAGED_REPEAT_CHARS]
    first = _first_entry_end(text, pos)
    if first is not None and UNPAGED_REPEAT_MIN <= len(text[pos:first].rstrip()) < UNPAGED_REPEAT_CHARS:
        head = text[pos:first].rstrip()  # UNPAGED_SHORT_FIRST_ENTRY
    long_enough = len(head) == UNPAGED_REPEAT_CHARS or (first is not None and len(head) >= UNPAGED_REPEAT_MIN)
    end = text.find(head, pos + len(head), pos + UNPAGED_TOC_MAX_CHARS) if long_enough else -1
    if end < 0 or LEADER_ENTRY_BREAKS.search(text, pos, end):
        return None
    entries: list[TocEntry] = []
    stack: list[tuple[str, int]] = []
    at = pos
    while at < end:
        marker = read_marker(text[at:end])
        style, number, written, length = (
            (marker.style, marker.number, marker.written, marker.length) if marker is not None else ("", 0, "", 0)
        )
        bare = BARE_TOP_ENTRY.match(text, at, end)
        if marker is None and bare is not None and (not stack or "decimal:1" in dict(stack)):
            style, number, written, length = "decimal:1", int(bare.group("num")), bare.group("num"), bare.end() - at
        if not style:
            return None
        level = push(stack, style, number)
        spellings = set(next_markers(stack)) | {str(n + 1) for s, n in stack if s == "decimal:1"}
        title_start = at + length
        following = min((hit for sp in spellings if (hit := text.find(sp, title_start + 1, end)) >= 0), default=end)
        title = text[title_start:following].strip()
        if not title or len(title) > MAX_ENTRY_CHARS:
            return None
        entries.append(TocEntry(level, style, number, written, title, None, at))
        at = following
    if len(entries) < MIN_ENTRIES:
        return None
    return Toc(toc_start, end, tuple(entries))


# GLUED_LEADER_TOC: an entry's title never holds a sentence's end; one that does is the body's.
LEADER_ENTRY_BREAKS = re.compile(r"[。；！？]")


# SHORT_GLUED_LEADER (toc46): a title long enough to fill its TOC line leaves room for two leader dots only, and
# a glued 目录 runs the next entry on after its page: "…第六节 加快建设“海丝”核心区海上合作战略支点.. 32第六章
# 着力建设高质量新兴产业区.......34" (pt-fyp14-outline, lineage45): GLUED_LEADER (three dots and more) read the
# entry on through the next chapter, and neither was found in the body. Two dots, then a page number and a
# heading marker, end an entry too.
SHORT_GLUED_LEADER = re.compile(r"(?<![.．])[ \t\u3000]*\.\.[ \t\u3000]*(?P<page>\d{1,4})")


def _short_glued_leader(text: str, pos: int, stop: int) -> re.Match[str] | None:
    """The first SHORT_GLUED_LEADER between ``pos`` and ``stop`` whose page a heading marker follows."""
    for short in SHORT_GLUED_LEADER.finditer(text, pos, stop):
        if text[short.end() : short.end() + 1] not in ".．" and read_marker(text[short.end() :]) is not None:
            return short
    return None


def _glued_leader(text: str, pos: int) -> re.Match[str] | None:
    """The dot leaders and page number that end the glued entry starting at ``pos`` (GLUED_LEADER_TOC): within
    an entry's length of it, however long the leaders run (TOC_LEADERS_NOT_TITLE)."""
    leader = GLUED_LEADER.search(text, pos, pos + MAX_ENTRY_CHARS * (TOC_LEADER_SPAN + 2))
    if leader is not None:
        leader = _short_glued_leader(text, pos, leader.start()) or leader  # SHORT_GLUED_LEADER
    return leader if leader is not None and leader.start() - pos <= MAX_ENTRY_CHARS else None


def _glued_leader_page(
    text: str, leader: re.Match[str], stack: list[tuple[str, int]], last_page: int
) -> tuple[int | None, int]:
    """The page number after a glued entry's leaders and where the next entry starts (GLUED_LEADER_TOC): the
    shortest run of the digits that keeps pages rising and leaves the next entry reading as a marker that may
    follow (next_markers, or a new style's first) - "11.1  适用范围" is page 1, then 1.1 - or, when no marker
    follows, the whole run ("1前 言"); after the last entry, the shortest run that keeps pages rising."""
    page = leader.group("page")
    at = leader.start("page")
    if not page.isdigit():
        return None, leader.end()  # a roman page: the front matter's
    following = _glued_leader(text, leader.end())
    expected = set(next_markers(stack))
    for cut in range(1, len(page) + 1):
        number, rest = int(page[:cut]), at + cut
        rising = last_page <= number <= last_page + MAX_PAGE_JUMP
        if following is None:
            if rising:
                return number, rest  # the last entry: the body follows
            continue
        if cut == len(page):
            if rising and text[rest : rest + 1] not in ".．":  # else the digits run on into a decimal number
                return number, rest
            continue
        marker = read_marker(text[rest : following.start()].strip())
        if marker is None:
            continue
        # pages rise, or start again at 1 after the front matter's ("前 言 ...... 21 范围 ...... 12 术语 ...."),
        # there only before the marker that comes next ("127.1" after 6.2 is page 12, then 7.1)
        if rising or (number == 1 and (marker.written in expected or not stack)):
            return number, rest
    return int(page), leader.end()


# GLUED_LEADER_APPENDIX: an entry of the top level with its letter as its number; its sections stand below it.
APPENDIX_STYLE = "appendix"


# GLUED_LEADER_UNITS: an unnumbered entry (总    则, 前言) is a top-level part; only a 节 stands below it ("总    则
# ....... 1第一节  指导思想 ....... 1…第一章  规划愿景与修复目标", bj-eco-restoration-2035): any other marker closes
# it, and a chapter closes the smaller units open (第一章 after 第四节), as segment reads the body's lines.
NAMED_ENTRY_STYLE = "named"


def _unit_rank(style: str) -> int | None:
    return CHAPTER_UNIT_RANK.get(style.split(":", 1)[1]) if style.startswith("chapter:") else None


# NAMED_ENTRY_HOLDS_PARTS (join29): an unnumbered entry may hold the parts of the style the chapters after it hold:
# "总 则 ..... 1一、指导思想 ..... 1二、规划原则 ..... 1…第一章 规划定位及重点 ..... 5一、规划定位 ..... 5"
# (bj-eco-security-2035 joined, a Beijing special plan; dev gold: 总则 and the chapters level 1, their 一、 level 2).
# Closed by its 一、, the 总则 left them at the top and every chapter went under a 一、 (21 headings a level off).
# When the style that follows the named entry also follows a chapter later, the named entry holds it as a chapter
# does; a standard's "前 言 ...... 1  范围" (no chapter holds 1, 2, …) is read as before.


def _close_smaller_units(stack: list[tuple[str, int]], style: str, held: tuple[str, ...] = ()) -> None:
    """Before a marker of ``style`` is pushed: close the named entry above it unless it is a 节 or a style the
    named entries hold (NAMED_ENTRY_HOLDS_PARTS), and the chapter units that rank below it (GLUED_LEADER_UNITS)."""
    rank = _unit_rank(style)
    for index, (open_style, _) in enumerate(stack):
        open_rank = _unit_rank(open_style)
        if (open_style == NAMED_ENTRY_STYLE and rank != CHAPTER_UNIT_RANK["节"] and style not in held) or (
            rank is not None and open_rank is not None and open_rank > rank
        ):
            del stack[index:]
            return


def _glued_leader_entry(chunk: str, stack: list[tuple[str, int]], pos: int, held: tuple[str, ...] = ()) -> TocEntry:
    """One entry of a GLUED_LEADER_TOC, placed on the open-styles stack."""
    appendix = GLUED_LEADER_APPENDIX.match(chunk)
    if appendix is not None:
        stack.clear()
        push(stack, APPENDIX_STYLE, 0)
        return TocEntry(1, APPENDIX_STYLE, 0, appendix.group("number"), appendix.group("title").strip(), None, pos)
    marker = read_marker(chunk)
    if marker is None or not chunk[marker.length :].strip():
        stack[:] = [(NAMED_ENTRY_STYLE, 0)]
        return TocEntry(1, "", 0, "", chunk, None, pos)
    style = marker.style
    if style == "padded" and "decimal:1" in dict(stack):
        style = "decimal:1"  # "10  科普培训与宣传" after "9  防雷减灾": chapter 10, no zero-padding (segment's rule)
    _close_smaller_units(stack, style, held)
    level = push(stack, style, marker.number)
    return TocEntry(level, style, marker.number, marker.written, chunk[marker.length :].strip(), None, pos)


def _held_by_named_entries(entries: list[TocEntry]) -> tuple[str, ...]:
    """The styles that follow both a named entry and a chapter (NAMED_ENTRY_HOLDS_PARTS)."""
    after_named = {b.style for a, b in itertools.pairwise(entries) if a.style == "" and b.style}
    after_chapter = {b.style for a, b in itertools.pairwise(entries) if a.style.startswith("chapter:")}
    return tuple(sorted(style for style in after_named & after_chapter if not style.startswith("chapter:")))


def _parse_glued_leaders(text: str, toc_start: int, pos: int, held: tuple[str, ...] | None = None) -> Toc | None:
    """GLUED_LEADER_TOC: entries run together, each title ended by dot leaders and a page number; an entry may be
    unnumbered (前言, 附录A…) or numbered by a bare top number ("1  范围"), which only its own span reads."""
    toc_pos = pos
    entries: list[TocEntry] = []
    stack: list[tuple[str, int]] = []
    boxes = _BoxEntries()
    last_page = 0
    end = pos
    while True:
        while pos < len(text) and text[pos] in " \t\n\u3000":
            pos += 1
        leader = _glued_leader(text, pos)
        if leader is None:
            break
        head = GLUED_LEADER_RUNNING_HEAD.match(text, pos, leader.start())
        if head is not None:
            pos = head.end()  # GLUED_LEADER_RUNNING_HEAD: page furniture, not the entry
        chunk = text[pos : leader.start()].strip()
        if not chunk or LEADER_ENTRY_BREAKS.search(chunk):
            break
        # TOC_BOX_ENTRIES, as parse_line_toc reads them: a box's caption and the projects listed under it are no
        # headings ("专栏 1 构筑文物安全防护体系 .... 91.楚天文物平安工程 .... 92.文物行政执法能力提升工程 … 10四、…",
        # hb-relics-fyp14-2021 joined); the list ends at the first entry that continues the outline open before it.
        listed = not boxes.skips(chunk, read_marker(chunk), stack)
        if listed:
            entries.append(_glued_leader_entry(chunk, stack, pos, held or ()))
        page, pos = _glued_leader_page(text, leader, stack, last_page)
        if page is not None:
            if listed:
                entries[-1] = replace(entries[-1], page=page)
            last_page = page
        end = pos
    if len(entries) < MIN_ENTRIES:
        return None
    if held is None and (named_parts := _held_by_named_entries(entries)):
        return _parse_glued_leaders(text, toc_start, toc_pos, named_parts)  # NAMED_ENTRY_HOLDS_PARTS
    return Toc(toc_start, end, tuple(entries))


def _parse_glued(text: str, toc_start: int, pos: int) -> Toc | None:
    """Entries run together: each entry's title ends where its page number meets the next
    marker that may follow it."""
    while pos < len(text) and text[pos] in " \t\n\u3000":
        pos += 1
    entries: list[TocEntry] = []
    stack: list[tuple[str, int]] = []
    last_page = 0
    end = pos
    while pos < len(text):
        # a bare top number ("1　总则", decimal-top) is read within its own line only
        line_end = text.find("\n", pos)
        marker = read_marker(text[pos:]) or read_marker(text[pos : line_end if line_end >= 0 else len(text)])
        if marker is None:
            break
        level = push(stack, marker.style, marker.number)
        title_start = pos + marker.length
        # TOC_LEADERS_NOT_TITLE: dot leaders are no title's characters ("…引领未来发展......(56)11.1…", sh-fyp-14)
        span = text[title_start : title_start + MAX_ENTRY_CHARS * TOC_LEADER_SPAN]
        window = text[title_start : title_start + MAX_ENTRY_CHARS + sum(1 for c in span if c in LEADERS)]
        best = None
        for spelling in next_markers(stack):
            for hit in re.finditer(re.escape(spelling), window):
                before = window[: hit.start()].rstrip(" \t")
                if "\n" in before.rstrip("\n"):
                    break  # an entry is one line: past a line break is the body, not the TOC
                if hit.start() > 0 and (before[-1:].isdigit() or window[hit.start() - 1] == "\n"):
                    if best is None or hit.start() < best:
                        best = hit.start()
                    break
        if best is None:
            # The last entry: its title runs to its page number (on its own line: a number on
            # the next line opens the body, "7　附则\n\n1　总则"), then the body begins.
            digits = re.search(r"\d+", window.split("\n", 1)[0])
            if digits is not None:
                title, page, used = _split_page(window[: digits.end()], last_page, last_entry=True)
            else:
                line_end = window.find("\n")
                chunk = window[: line_end if line_end >= 0 else len(window)]
                title, page, used = chunk.strip(LEADERS), None, len(chunk)
            if title:
                entries.append(TocEntry(level, marker.style, marker.number, marker.written, title, page, pos))
            end = title_start + used
            break
        title, page, _ = _split_page(window[:best], last_page)
        if not title:
            break
        entries.append(TocEntry(level, marker.style, marker.number, marker.written, title, page, pos))
        last_page = page if page is not None else last_page
        pos = title_start + best
        while pos < len(text) and text[pos] in " \t\n\u3000":
            pos += 1
        end = pos
    if len(entries) < MIN_ENTRIES:
        return None
    return Toc(toc_start, end, tuple(entries))


# LETTER_SPACED_BODY_TITLE (join26): the body may letter-space a title its TOC writes solid: "结语......141" in the
# TOC, "…纳入各区和各部门的综合评价和考核体系。142结 语蓝图已经绘就…" in the body (sh-fyp-14 joined: the entry was
# never found, its last section lost). Up to LETTER_SPACING_MAX spaces may stand between two of its characters.
LETTER_SPACING_MAX = 4


def _title_pattern(title: str) -> str:
    # Page numbers glued into the body may split a heading: allow a short digit run
    # between any two characters of the title (or a letter-spacing, LETTER_SPACED_BODY_TITLE).
    return rf"(?:\d{{1,3}}|[ \t\u3000]{{1,{LETTER_SPACING_MAX}}})?".join(re.escape(ch) for ch in title)


HEADING_BOUNDARY = "。；！？：”」）\n"


# The plain form of headings_written (HEADING_READ_BY_HAND), which tests/test_fast_paths.py compares it with.
def _heading_pattern(spellings: tuple[str, ...], title: str) -> re.Pattern[str]:
    marker_alt = "|".join(re.escape(s) for s in spellings)
    return re.compile(rf"(?:{marker_alt})[ \t\u3000]*{_title_pattern(title)}")


def _appendix_spellings(entry: TocEntry) -> list[str]:
    """GLUED_LEADER_APPENDIX: the body spaces an appendix's letter as it likes and may put a colon after it ("附录A" in
    the TOC, "附录 A  名词解释和说明" / "附录 A：体检评估工作流程图" in the body)."""
    if entry.style != APPENDIX_STYLE:
        return []
    kind, letter = entry.marker[:1] + entry.marker.replace(" ", "").replace("\u3000", "")[1:2], entry.marker[-1]
    return [f"{kind}{space}{letter}{colon}" for space in ("", " ", "  ") for colon in ("", "：", ":")]


def locate_headings(text: str, toc: Toc, body_start: int) -> list[tuple[TocEntry, int, int] | None]:
    """For each TOC entry, (entry, heading start, title end) in the body, in order; None if absent."""
    located: list[tuple[TocEntry, int, int] | None] = []
    cursor = body_start
    for entry in toc.entries:
        spellings = marker_spellings(entry.style, entry.number) or _appendix_spellings(entry) or [entry.marker]
        hit = first = None
        for found in headings_written(text, tuple(spellings), entry.title, cursor):
            first = first or found
            before = text[found[0] - 1] if found[0] > 0 else "\n"
            if before in HEADING_BOUNDARY or before.isdigit():
                hit = found
                break
        hit = hit or first
        if hit is None:
            located.append(None)
            continue
        located.append((entry, *hit))
        cursor = hit[1]
    return located


# HEADING_READ_BY_HAND: a TOC entry's heading in the body is found by the matches of _heading_pattern read character
# by character, in the order its regex tries them (headings_written), not by compiling the pattern: the spaces
# [ \t\u3000] around every character made each pattern cost ~1 ms to compile, and nearly every title of a plan is
# new to a worker (426 patterns compiled for 100 generated plans, 366 titles: 4-6 % of the reading CPU).
# tests/test_fast_paths.py compares both forms.
_TITLE_SPACES = " \t\u3000"
TITLE_GAP_DIGITS_MAX = 3  # _title_pattern's \d{1,3}


def headings_written(text: str, spellings: tuple[str, ...], title: str, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of ``_heading_pattern(spellings, title)`` in ``text`` from ``start``, as its
    finditer gives them: the leftmost, then the next from the end of the last."""
    nexts = [text.find(spelling, start) for spelling in spellings]
    while True:
        found = [at for at in nexts if at >= 0]
        if not found:
            return
        at = min(found)
        end = _heading_end(text, at, spellings, title)
        start = max(end, at + 1)  # a match is never empty: marker spellings are not
        if end >= 0:
            yield at, end
        nexts = [n if n < 0 or n >= start else text.find(s, start) for n, s in zip(nexts, spellings, strict=True)]


def _heading_end(text: str, at: int, spellings: tuple[str, ...], title: str) -> int:
    """Where the heading ``(?:spellings)[ \t\u3000]*`` + _title_pattern(title) matched at ``at`` ends, or -1."""
    for spelling in spellings:
        if not text.startswith(spelling, at):
            continue
        after = at + len(spelling)
        spaces = after
        while spaces < len(text) and text[spaces] in _TITLE_SPACES:
            spaces += 1
        if not title:
            return spaces
        for pos in range(spaces, after - 1, -1):  # the spaces greedy, then fewer
            end = _title_end(text, pos, title, 0)
            if end >= 0:
                return end
    return -1


def _title_end(text: str, at: int, title: str, i: int) -> int:
    """Where ``title[i:]`` read from ``at`` as _title_pattern reads it ends, or -1: after each character but the last,
    a gap of one to TITLE_GAP_DIGITS_MAX digits (the most first), else of one to LETTER_SPACING_MAX spaces (the most
    first), else none."""
    if at >= len(text) or text[at] != title[i]:
        return -1
    at += 1
    if i + 1 == len(title):
        return at
    digits = at
    while digits < min(len(text), at + TITLE_GAP_DIGITS_MAX) and text[digits].isdecimal():  # \d: category Nd
        digits += 1
    spaces = at
    while spaces < min(len(text), at + LETTER_SPACING_MAX) and text[spaces] in _TITLE_SPACES:
        spaces += 1
    for pos in (*range(digits, at, -1), *range(spaces, at, -1), at):
        end = _title_end(text, pos, title, i + 1)
        if end >= 0:
            return end
    return -1
