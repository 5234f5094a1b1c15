"""Page and site furniture: what a PDF page or a web page adds around the plan text.

Two kinds of step, both pure:
- on the pages of a PDF (lists of lines, before they become one text): running headers and
  footers repeated across pages, page numbers, and line wraps re-joined into paragraphs;
- on any text, through the offset-keeping :func:`substitute` (so spans still map back): the
  named line rules of ``rules.structure`` (page numbers, publication metadata, breadcrumb,
  share bar, footer), a site's navigation menu, the related-files list that ends a web page,
  pinyin glosses and duplicated markers.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from plankg.loaders.rules.structure import (
    ANNEX_LIST_NUMBERED,
    ARTICLE_LINE,
    ATTACHMENT_AFTER_SPACE,
    ATTACHMENT_LINE,
    ATTACHMENT_TITLED,
    BARE_NUMBER_LINE,
    BARE_RULE_LINE,
    BREADCRUMB_LABEL,
    BREADCRUMB_SEPARATOR,
    BROWSER_PRINT_STAMP,
    CAPTION,
    CAPTION_TITLE_BREAKS,
    CRAWLER_HEADER,
    CRAWLER_HEADER_KEY_LINE,
    CRAWLER_HEADER_KEYS_MIN,
    CRAWLER_HEADER_NOTES_MAX,
    DATED_LINK_LINE,
    DATED_LINK_MIN,
    DISCLAIMER_LINE,
    DUPLICATED_MARKER,
    EXPORT_NOTE,
    FIELD_LABEL_LINE,
    FURNITURE_LINES,
    GLUED_EXPORT_NOTE,
    GLUED_FIRST_ENTRY,
    GLUED_FIRST_ENTRY_LOOKAHEAD,
    GLUED_FIRST_ENTRY_SIBLING,
    GLUED_FRONT_MATTER,
    GLUED_HEADING_TAIL,
    HEADING_AFTER_MARK,
    LABEL_ALONE,
    LABEL_VALUE_LINES,
    LINK_ITEM_MAX,
    LINK_LIST_CHAPTER,
    LINK_LIST_HEAD,
    LINK_LIST_MIN,
    MARKER_STYLES,
    METADATA_TABLE_ROW,
    NAV_ITEM_MAX,
    NAV_WORDS,
    PAGE_BEFORE_MARKER,
    PAGE_EDGE_WORDS_MAX,
    PAGE_MARK_LINE,
    PAGE_PREFIX,
    PAGED_TEXT_MARKS_MIN,
    PAIRED_SPACE_AFTER_END,
    PAIRED_SPACE_AFTER_MARKER,
    PAIRED_SPACE_GLUED_HEADING,
    PAIRED_SPACE_LINE_MIN,
    PAIRED_SPACE_MARK,
    PAIRED_SPACE_MARKS_MIN,
    PARAGRAPH_MARK,
    PARAGRAPH_MARKS_MIN,
    PINYIN_GLOSS,
    RELATED_HEADING,
    REPEATED_LINE_TAIL_MIN,
    RUNNING_LINE,
    RUNNING_LINE_GAP,
    RUNNING_LINE_MIN,
    RUNNING_LINE_PAGE,
    SENTENCE_END,
    TABLE_LONG_ROW_SPAN,
    TABLE_NUMBER_SPAN,
    TABLE_ROW_MAX_CHARS,
    TABLE_ROW_RUN_MIN,
    TABLE_ROW_SPAN,
    TOC_LINE,
    WIKI_EDIT_LINK,
    YAML_FRONT_MATTER,
)
from plankg.loaders.structure.headings import LOST_NUMBER, read_marker
from plankg.loaders.text.normalise import NormalisedText, remove_spans, substitute

# --- PDF pages ---------------------------------------------------------------------------------

# Lines at the top or bottom of a page that may be running headers or footers.
EDGE_LINES = 3
# A line (digits aside) at a page edge on at least this share of pages is running furniture.
RUNNING_SHARE = 0.5
MIN_RUNNING_PAGES = 3
DIGITS = re.compile(r"\d+")
# A line starting this many character widths right of the text's left edge is indented: a
# new paragraph (two characters in Chinese print); one that also stops as far short of the
# right edge is centred: a title.
INDENT_CHARS = 0.8
# The usual leading is the narrowest common gap between lines, at most this many sizes (so
# that a text whose every line is its own block still shows its blocks).
MAX_LEADING = 1.8
# Punctuation that closes: a line starting with it continues the one above.
CLOSING_PUNCTUATION = "。，、；：？！”’）》」』】…"
# Characters that end running text (a line ending otherwise, short, may be a title).
TEXT_ENDS = "。！？；：，、…”’）》"
# A centred line (a title) has at least this many character widths free on either side.
CENTRED_CHARS = 2
# The text's left and right edges are the outermost positions at least this many lines reach.
EDGE_SUPPORT = 3
# Share of lines that reach the right edge in a text of paragraphs.
FULL_LINES_SHARE = 0.2
# RIGHT_EDGE_WINDOW: the full lines that make the right edge end within this many character widths
# of it. A whole width let the one line whose hanging "，" reaches furthest (529.5 pt) stand for a
# margin the full lines reach at 515 pt, so that a full line set one half-width digit narrower
# ("…粮食产量1347万吨，" at 504 pt) looked short and broke its paragraph in two.
RIGHT_EDGE_WINDOW = 0.5
# HEADINGS_ARE_NO_MARGIN: the lines that make the right edge end in the right part of the text's
# width, right of this share of it. In a one-page notice a fifth of the lines may be short headings
# of the same width ("一、工作依据", "二、主要任务", "三、保障措施" ending at 129 pt in a text 34-566 pt
# wide, a browser's printout whose ragged full lines end anywhere from 554 to 573 pt): taken for the
# margin, no line stopped short of it and every paragraph ran into the next. Where no position
# right of that share has the support, the one most lines reach is the edge (a table exploded one
# cell per line outnumbers the full lines of a long plan: 3,700 lines, 420 of them full at 515 pt).
RIGHT_EDGE_MIN_SHARE = 0.6
# A line ending more than this many character widths short of the right edge ends its paragraph.
SHORT_LINE_CHARS = 1.5
# A gap above a line wider than this share of the usual leading starts a new block.
BLOCK_GAP_SHARE = 1.3
# FORCED_PAGE_BREAK: a page whose text stops at least this many lines above where the pages'
# text usually stops was broken by hand (an attachment, a new part starts on a new page: GB/T
# 9704 sets 附件 on a page of its own); what follows is a new block.
FORCED_BREAK_LINES = 3
# PARAGRAPH_SPACING: a PDF that sets every paragraph apart by space (a web page printed to PDF by a
# browser: each <p> has its margin; a Word file whose paragraphs have space after) shows a gap at
# nearly every paragraph break, so a gap there marks a paragraph, not a block: read as a block, every
# short paragraph stood alone between blank lines and became a sub-heading ("1.《中华人民共和国森林法》
# （2019 年修订）" of a list of sources, "这些都为“十一五”时期的发展奠定了良好基础"). When at least
# PARAGRAPH_SPACING_SHARE of the breaks after a short line (PARAGRAPH_SPACING_MIN of them at least)
# carry a gap, a gap is a paragraph break, and only one wider than the usual paragraph gap by
# PARAGRAPH_SPACING_WIDER (a heading's larger margin) or a centred line sets a block apart.
PARAGRAPH_SPACING_SHARE = 0.6
PARAGRAPH_SPACING_MIN = 5
PARAGRAPH_SPACING_WIDER = 1.25
# LARGE_TITLE_WRAP: a headline set larger than the text (a web page's <h1>, a 公文's title) that
# wraps goes on at its own leading, wider than the text's: read against the text's leading, each of
# its lines was a block ("生态环境部环评司有关负责人就《关于进一步加强" / "产业园区规划环境影响评价工作的意
# 见》有关问题" / "答记者问" three headings). A line of the same large size (LARGE_TITLE_SIZE times the
# text's, its height within LARGE_TITLE_SAME of the line above) right under the line above (a gap of
# at most LARGE_TITLE_LEADING of its height), which ended without a mark that ends a sentence,
# continues it.
# UNIT_DID_NOT_FIT: a browser (or any ragged-right layout) breaks a line early when the next unit
# cannot go on it: a character with the closing mark that may not start a line ("突" / "破”；"), an
# opening bracket with the character after it ("每个地" / "（市、州、盟）"), a run of Latin letters or
# digits ("CCUS碳捕集利" / "用、100兆瓦级"). The line above then stops short of the margin, and was
# read as a paragraph's end in mid-sentence (305 of 7,147 line breaks of the dev split printed by
# Chromium). A line that stopped short but not by more than the width of the next line's first
# unit, above a line that is not indented and opens no heading, is a wrap. Widths: an ideograph or
# full-width mark is one character (the text's size), a Latin letter or digit LATIN_WIDTH of one.
OPENING_PUNCTUATION = "（“‘《「『【〔［"
LATIN_WIDTH = 0.6
UNIT_FIT_SLACK = 0.3
LARGE_TITLE_SIZE = 1.25
LARGE_TITLE_SAME = 0.1
LARGE_TITLE_LEADING = 1.8


PAGE_NUMBER_RULE = next(rule for rule in FURNITURE_LINES if rule.name == "page-number")
PRINT_FOOTER_RULE = next(rule for rule in FURNITURE_LINES if rule.name == "browser-print-footer")


def is_page_number(line: str) -> bool:
    return PAGE_NUMBER_RULE.pattern.match(line) is not None


@dataclass(frozen=True)
class PageLine:
    """One line of a PDF page: its text and its box (PDF points, y upwards)."""

    text: str
    left: float
    right: float
    top: float
    bottom: float
    page: int


def is_print_margin(line: str) -> bool:
    """Is a line at a page's edge a browser's print header or footer (BROWSER_PRINT_EDGE,
    browser-print-footer)?"""
    return (
        BROWSER_PRINT_STAMP.match(line) is not None
        or BARE_RULE_LINE.match(line) is not None
        or PRINT_FOOTER_RULE.pattern.match(line) is not None
    )


# SMALL_RUNNING_HEADER (fmt23, round 23 rendered): a short document's running header is on too few pages to count
# as repeated (MIN_RUNNING_PAGES): a 公文 of two or three pages prints "生态环境部办公厅" above the text of its later
# pages only (nat-enforcement-quiz-2020 as a PDF; "国务院" over page 2 of nat-beijing-pollution-reply-1999), and it was
# read as a heading that cut the paragraph it stood in. Such a header is told by its place and size: the first line
# of every page after the first, the same words on each, set smaller than the text (at most HEADER_SIZE_SHARE of the
# text's line height) and apart from the text below it by more than HEADER_GAP_LEADINGS times the text's leading
# (a table row at a page's top runs on at the rows' own leading), and short (HEADER_MAX_CHARS).
HEADER_SIZE_SHARE = 0.85
HEADER_GAP_LEADINGS = 1.4
HEADER_MAX_CHARS = 40


def _small_running_header(pages: list[list[PageLine]]) -> bool:
    """Does every page after the first open with the same small header (SMALL_RUNNING_HEADER)?"""
    later = [lines for lines in pages[1:] if lines]
    if not later or len(later) + 1 < len(pages) or any(len(lines) < 2 for lines in later):
        return False
    if len({DIGITS.sub("#", lines[0].text.strip()) for lines in later}) != 1:
        return False
    every = [line for lines in pages for line in lines]
    size = sorted(line.top - line.bottom for line in every)[len(every) // 2]
    gaps = sorted(a.top - b.top for lines in pages for a, b in itertools.pairwise(lines[1:]) if a.top > b.top) or [size]
    leading = gaps[len(gaps) // 2]
    for lines in later:
        head, below = lines[0], lines[1]
        if (
            len(head.text.strip()) > HEADER_MAX_CHARS
            or head.top - head.bottom > HEADER_SIZE_SHARE * size
            or head.top - below.top <= HEADER_GAP_LEADINGS * leading
        ):
            return False
    return True


def strip_running_lines(pages: list[list[PageLine]]) -> list[list[PageLine]]:
    """Drop running headers/footers (the same line, page numbers aside, at the edge of many
    pages), page-number lines and a browser's print header and footer at page edges."""
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {DIGITS.sub("#", line.text.strip()) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]}
        counts.update(key for key in edge if key)
    threshold = max(MIN_RUNNING_PAGES, RUNNING_SHARE * len(pages))
    running = {key for key, n in counts.items() if n >= threshold}
    if _small_running_header(pages):
        pages = pages[:1] + [lines[1:] for lines in pages[1:]]  # SMALL_RUNNING_HEADER: its own line only
    out = []
    for lines in pages:
        kept = []
        for index, line in enumerate(lines):
            at_edge = index < EDGE_LINES or index >= len(lines) - EDGE_LINES
            key = DIGITS.sub("#", line.text.strip())
            if at_edge and (key in running or is_page_number(line.text) or is_print_margin(line.text)):
                continue
            kept.append(line)
        out.append(kept)
    return out


def _median(values: list[float], default: float) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else default


def _unit_did_not_fit(previous: PageLine, line: PageLine, right: float, size: float) -> bool:
    """Did ``previous`` stop short only because the first unit of ``line`` would not fit on it
    (UNIT_DID_NOT_FIT)? Never before a heading marker or after a sentence's end."""
    if previous.text.rstrip()[-1:] in "。！？；：" or read_marker(line.text.strip()) is not None:
        return False
    return right - previous.right < _first_unit_width(line.text, size) + UNIT_FIT_SLACK * size


def _first_unit_width(text: str, size: float) -> float:
    """The width of what must go first on a line (UNIT_DID_NOT_FIT): a run of Latin letters and
    digits, or a character with the closing marks after it (an opening mark with the character
    after it)."""
    text = text.lstrip()
    latin = re.match(r"[A-Za-z0-9.%]+", text)
    if latin is not None:
        return LATIN_WIDTH * size * len(latin.group())
    n = 2 if text[:1] in OPENING_PUNCTUATION else 1
    while n < len(text) and text[n] in CLOSING_PUNCTUATION:
        n += 1
    return size * n


def paragraphs(lines: list[PageLine]) -> str:
    """The lines of a PDF's pages as the plain texts write them: a paragraph a line (wrapped
    lines re-joined), blocks set apart by extra space or centred lines (titles) separated by
    a blank line.

    A line continues the paragraph above it unless the line above stopped short of the right
    margin, this line is indented (a new paragraph in print), or the gap above it is wider
    than the leading (a new block). A page break is no gap. A long heading that wraps is
    therefore one heading again; a wrap inside a sentence is no paragraph break.
    """
    if not lines:
        return ""
    size = _median([line.top - line.bottom for line in lines], 10.0)
    # The text's edges: the outermost positions that several lines reach (a line or two may
    # stand out: a wide table, a page number).
    lefts = sorted(line.left for line in lines)
    rights = sorted((line.right for line in lines), reverse=True)
    edge_support = min(EDGE_SUPPORT, max(1, len(lines) // 3))  # a short text: its outermost line
    left = lefts[edge_support - 1]
    # The right edge is where the full lines end: the outermost position a fifth of the lines
    # reach (punctuation hanging past it does not move it); else the third outermost.
    right = rights[edge_support - 1]
    support = max(edge_support, FULL_LINES_SHARE * len(rights))
    floor = left + RIGHT_EDGE_MIN_SHARE * (right - left)
    best, best_count = right, 0
    for candidate in rights:
        if candidate < floor:
            # HEADINGS_ARE_NO_MARGIN: none reached the support: the edge most lines right of the
            # floor reach (a table exploded one cell per line can outnumber the full lines).
            right = best
            break
        count = sum(1 for r in rights if abs(r - candidate) < RIGHT_EDGE_WINDOW * size)
        if count >= support:
            right = candidate
            break
        if count > best_count:
            best, best_count = candidate, count
    gaps = [a.top - b.top for a, b in itertools.pairwise(lines) if a.page == b.page and a.top > b.top]
    gaps.sort()
    leading = min(gaps[len(gaps) // 10], MAX_LEADING * size) if gaps else 1.5 * size

    # Where the text of a full page usually stops (the last page, short by nature, aside).
    page_bottoms: dict[int, float] = {}
    for line in lines:
        page_bottoms[line.page] = min(page_bottoms.get(line.page, line.bottom), line.bottom)
    usual_bottom = _median([b for page, b in page_bottoms.items() if page != lines[-1].page], 0.0)

    def centred(line: PageLine) -> bool:
        before, after = line.left - left, right - line.right
        return before > CENTRED_CHARS * size and after > CENTRED_CHARS * size and abs(before - after) < size

    # PARAGRAPH_SPACING: the gaps at paragraph breaks (after a line stopping short, same page).
    block_gap_min = BLOCK_GAP_SHARE * leading
    break_gaps = [
        a.top - b.top
        for a, b in itertools.pairwise(lines)
        if a.page == b.page
        and a.top > b.top
        and a.right < right - SHORT_LINE_CHARS * size
        and not centred(a)
        and not centred(b)
    ]
    spaced = sorted(g for g in break_gaps if g > block_gap_min)
    if len(spaced) >= PARAGRAPH_SPACING_MIN and len(spaced) >= PARAGRAPH_SPACING_SHARE * len(break_gaps):
        block_gap_min = PARAGRAPH_SPACING_WIDER * spaced[len(spaced) // 2]
        paragraph_spacing = True
    else:
        paragraph_spacing = False

    out: list[str] = []
    previous: PageLine | None = None
    for line in lines:
        indented = line.left > left + INDENT_CHARS * size
        if previous is None:
            out.append(line.text.strip())
        else:
            gap = previous.top - line.top if previous.page == line.page else 0.0
            block_gap = gap > block_gap_min
            short = previous.right < right - SHORT_LINE_CHARS * size
            # A paragraph's own spacing (PARAGRAPH_SPACING) breaks the line even under a full line.
            short = short or (paragraph_spacing and gap > BLOCK_GAP_SHARE * leading)
            # A page break hides the gap under a title that ends a page: a one-line block without
            # closing punctuation before the break is set apart as a block all the same.
            title_at_page_end = (
                previous.page != line.page
                and short
                and previous.text.rstrip()[-1:] not in TEXT_ENDS
                and (len(out) < 2 or out[-2] == "")  # the title is a block of its own
            )
            # FORCED_PAGE_BREAK: "…提供一体化信息平台。" ends page 19 half-way, "附件2" opens page 20.
            forced_break = (
                previous.page != line.page and page_bottoms[previous.page] > usual_bottom + FORCED_BREAK_LINES * leading
            )
            height, previous_height = line.top - line.bottom, previous.top - previous.bottom
            large_title_wrap = (
                previous.page == line.page
                and height > LARGE_TITLE_SIZE * size
                and abs(height - previous_height) <= LARGE_TITLE_SAME * previous_height
                and 0 < gap <= LARGE_TITLE_LEADING * height
                and previous.text.rstrip()[-1:] not in TEXT_ENDS
            )
            if large_title_wrap:
                out[-1] += line.text.strip()  # LARGE_TITLE_WRAP
            elif line.text.lstrip()[:1] in CLOSING_PUNCTUATION and not indented:
                # Print never starts a line with "。"; an indented line that starts with "”" is a new
                # paragraph whose opening quote was typed the wrong way round: "（二）价格总水平" /
                # "　　”九五”期间，需要继续理顺价格关系" (INDENTED_CLOSING).
                out[-1] += line.text.strip()
            elif block_gap or forced_break or title_at_page_end or centred(line) or centred(previous):
                out.append("")
                out.append(line.text.strip())
            elif short and not indented and _unit_did_not_fit(previous, line, right, size):
                out[-1] += line.text.strip()  # UNIT_DID_NOT_FIT: a wrap before a unit that did not fit
            elif indented or short:
                out.append(line.text.strip())
            else:
                out[-1] += line.text.strip()  # a wrap adds no space in Chinese text
        previous = line
    return "\n".join(out)


# The related-files list is furniture only where it follows the article, near the end.
RELATED_AFTER = 0.7
# RELATED_AFTER_IN_WORDS (fix24seg, round 24): how far into the text is counted in its Chinese characters, not in all
# of them: the links a crawler's markdown keeps after the article carry long addresses that make the page's tail look
# long ("相关政策与解读" over "[关于印发…的通知(发改能源规〔2025〕1656号)](https://www.ndrc.gov.cn/…)" and a 排行榜 of
# five such links: at 0.67 of the characters, 0.9 of the Chinese ones; nat-power-midlong-rules-qa-2025).
TEXT_CHARACTER = re.compile(r"[\u4e00-\u9fff]")

# --- Any text ----------------------------------------------------------------------------------


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _is_nav_item(line: str, widest: int = NAV_ITEM_MAX) -> bool:
    """A short line that is no sentence: a menu's item, or (``widest`` LINK_ITEM_MAX) a listed site's name."""
    stripped = line.strip()
    return 0 < len(stripped) <= widest and not any(ch in SENTENCE_END + "，。" for ch in stripped)


def _table_number_cells(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """The lines holding a number alone that stand within TABLE_NUMBER_SPAN non-empty lines of
    another: a table's cells, not page numbers (BARE_NUMBER_LINE)."""
    filled = [i for i, (start, end) in enumerate(lines) if text[start:end].strip()]
    numbers = [k for k, i in enumerate(filled) if BARE_NUMBER_LINE.match(text[lines[i][0] : lines[i][1]])]
    cells: set[int] = set()
    run: dict[int, int] = {}  # a cell → how many cells numbered in sequence end at it (TABLE_ROW_RUN)
    for a, b in itertools.pairwise(numbers):
        following = int(text[slice(*lines[filled[b]])]) == int(text[slice(*lines[filled[a]])]) + 1
        if b - a <= TABLE_NUMBER_SPAN:
            cells.update((filled[a], filled[b]))
        elif (
            (b - a <= TABLE_ROW_SPAN or (b - a <= TABLE_LONG_ROW_SPAN and run.get(a, 1) >= TABLE_ROW_RUN_MIN))
            and filled[a] in cells
            and following
        ):
            cells.add(filled[b])  # the next row of a table whose rows are numbered (TABLE_ROW_SPAN, TABLE_ROW_RUN)
        if following and filled[a] in cells and filled[b] in cells:
            run[b] = run.get(a, 1) + 1
    # The same read backwards: a table's first row number before its second, when a group cell
    # stands between ("1" / 建设用地总规模 / … / 服务设施和历史文化 / "2": a 国土空间 core table).
    for a, b in reversed(list(itertools.pairwise(numbers))):
        if (
            TABLE_NUMBER_SPAN < b - a <= TABLE_ROW_SPAN
            and filled[b] in cells
            and filled[a] not in cells
            and int(text[slice(*lines[filled[a]])]) + 1 == int(text[slice(*lines[filled[b]])])
        ):
            cells.add(filled[a])
    return cells


@dataclass(frozen=True)
class MetadataBlock:
    """The metadata block that opens a Markdown export: its key: value lines between two "---"
    (YAML_FRONT_MATTER), or the same block crawled onto one line (GLUED_FRONT_MATTER, ``glued``), or a
    crawler's header over a rule line (CRAWLER_HEADER)."""

    match: re.Match[str]
    glued: bool
    crawled: bool = False


def metadata_block(text: str) -> MetadataBlock | None:
    """The metadata block at the very start of ``text``, read once for the furniture that cuts it
    (remove_front_matter) and the metadata that fills the notice's gaps from it (export_metadata);
    None when the text opens with none."""
    block = YAML_FRONT_MATTER.match(text)
    if block is not None:
        return MetadataBlock(block, glued=False)
    glued = GLUED_FRONT_MATTER.match(text)
    if glued is not None:
        return MetadataBlock(glued, glued=True)
    crawled = CRAWLER_HEADER.match(text)
    if crawled is None or not _crawler_header(crawled):
        return None
    return MetadataBlock(crawled, glued=False, crawled=True)


def _crawler_header(block: re.Match[str]) -> bool:
    """Whether the key: value lines over a rule line are a crawler's header (CRAWLER_HEADER): key lines
    enough, few lines without a key."""
    lines = [line for line in block.group("lines").splitlines() if line.strip()]
    keys = sum(1 for line in lines if CRAWLER_HEADER_KEY_LINE.match(line))
    return keys >= CRAWLER_HEADER_KEYS_MIN and len(lines) - keys <= CRAWLER_HEADER_NOTES_MAX


def remove_front_matter(source: NormalisedText) -> NormalisedText:
    """The text without the metadata block that opens a Markdown file (YAML_FRONT_MATTER, GLUED_FRONT_MATTER)
    and the exporter's note under it (EXPORT_NOTE, GLUED_EXPORT_NOTE); read before Markdown is stripped,
    offsets kept."""
    block = metadata_block(source.text)
    if block is None:
        return source
    if block.crawled:
        # CRAWLER_HEADER: kept for the sections (cut, pt-fyp14-outline lost its chapter 着力建设高质量新兴产业区 and
        # lineage45 five of its judged units); read for the metadata only (crawler_header_cut)
        return source
    note = (GLUED_EXPORT_NOTE if block.glued else EXPORT_NOTE).match(source.text, block.match.end())
    return remove_spans(source, [(0, note.end() if note is not None else block.match.end())])


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of furniture lines: the named line rules, navigation menus (a run of short lines
    holding two or more menu words), and the related-files list that ends a web page."""
    spans: list[tuple[int, int]] = []
    lines = _line_spans(text)
    cells = _table_number_cells(text, lines)
    above = ""
    for start, end in lines:
        line = text[start:end].strip()
        if not line:
            continue
        if (
            len(line) >= REPEATED_LINE_TAIL_MIN
            and len(above) > len(line)
            and above.endswith(line)
            and not any(pattern.match(line) for _, pattern in MARKER_STYLES)
        ):
            spans.append((start, end))  # REPEATED_LINE_TAIL: the line above's last words again
            continue
        above = line
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if index in cells:
            continue
        table_row = METADATA_TABLE_ROW.match(line) and len(line) <= TABLE_ROW_MAX_CHARS
        if table_row or any(rule.pattern.match(line) for rule in FURNITURE_LINES):
            spans.append((start, end))
    # A label alone on its line takes its value lines: "来源：" + "宁夏日报客户端"; "【字体：" + 大
    # 中 小 】; "当前位置：" + 首页 > 政务信息 > 宁夏要闻 (value lines: short; the last one, for
    # a breadcrumb, after a separator).
    for index, (start, end) in enumerate(lines):
        if not LABEL_ALONE.match(text[start:end]):
            continue
        spans.append((start, end))
        taken = 0
        for next_start, next_end in lines[index + 1 : index + 1 + LABEL_VALUE_LINES * 2]:
            line = text[next_start:next_end].strip()
            if not line:
                continue
            previous = text[spans[-1][0] : spans[-1][1]].strip()
            if taken and line == previous and BREADCRUMB_LABEL.match(text[start:end]):
                spans.append((next_start, next_end))  # the channel heading under its breadcrumb
                break
            if LABEL_ALONE.match(line) or taken >= LABEL_VALUE_LINES or not _is_nav_item(line):
                break
            separated = BREADCRUMB_SEPARATOR.match(line) or BREADCRUMB_SEPARATOR.match(previous)
            if taken and not (separated or len(line) <= 2):
                break
            spans.append((next_start, next_end))
            taken += 1
    # Navigation menus: a run of short lines (blank lines inside the run allowed).
    run: list[tuple[int, int]] = []
    for start, end in [*lines, (len(text), len(text))]:
        line = text[start:end]
        if not line.strip() and run:
            continue
        if line.strip() and _is_nav_item(line) and (start, end) != (len(text), len(text)):
            run.append((start, end))
            continue
        menu_words = sum(1 for s, e in run for w in text[s:e].split() if w in NAV_WORDS)
        if len(run) >= 3 and menu_words >= 2:
            spans += run
        run = [(start, end)] if line.strip() and _is_nav_item(line) else []
    spans += _link_lists(text, lines)
    spans += _named_runs(text, lines, DATED_LINK_LINE, DATED_LINK_MIN)  # DATED_LINK_RUN
    # Single lines of menu words side by side: "首页 政务公开 政务服务 政民互动".
    for start, end in lines:
        words = text[start:end].split()
        if len(words) >= 3 and sum(w in NAV_WORDS for w in words) >= 2 and all(len(w) <= NAV_ITEM_MAX for w in words):
            spans.append((start, end))
    spans += _running_lines(text, lines)
    spans += page_edge_lines(text, PAGE_MARKS)
    spans += page_edge_lines(text, PAGE_BREAKS)
    # The related-files list (or the site's disclaimer) after the article, to the end of the text.
    # Counted only once a line opens such a list: a list of every character of the text, made for each
    # text, was 1.5 % of the analysis' samples over the N = 200 generated corpus, and most texts have none.
    text_chars: int | None = None
    for start, end in lines:
        line = text[start:end]
        if not (RELATED_HEADING.match(line) or DISCLAIMER_LINE.match(line)):
            continue
        if text_chars is None:
            text_chars = len(TEXT_CHARACTER.findall(text))
        if len(TEXT_CHARACTER.findall(text, 0, start)) > RELATED_AFTER * text_chars:  # RELATED_AFTER_IN_WORDS
            spans.append((start, len(text)))
            break
    return sorted(set(spans))


def _link_lists(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A page's lists of links to other sites under their heading (LINK_LIST_HEAD), at least LINK_LIST_MIN
    names a line, none of them a sentence."""
    spans: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(lines):
        if not LINK_LIST_HEAD.match(text[start:end]):
            continue
        items = []
        for next_start, next_end in lines[index + 1 :]:
            line = text[next_start:next_end].strip()
            if not line:
                continue
            if not _is_nav_item(line, LINK_ITEM_MAX) or LINK_LIST_CHAPTER.match(line):
                break  # LINK_LISTS_RUN_ON: the next list's head, or an item ending in 网站, is one more name
            items.append((next_start, next_end))
        if len(items) >= LINK_LIST_MIN:
            spans += [(start, end), *items]
    return spans


def _named_runs(text: str, lines: list[tuple[int, int]], item: re.Pattern[str], least: int) -> list[tuple[int, int]]:
    """Runs of ``least`` lines or more that each match ``item`` (a link closed by its date, DATED_LINK_RUN), blank
    lines inside a run allowed, and the short line above naming it."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for start, end in [*lines, (len(text), len(text))]:
        line = text[start:end]
        if not line.strip() and run and end < len(text):
            continue
        if item.match(line):
            run.append((start, end))
            continue
        if len(run) >= least:
            spans += run
            above = [k for k, (s, e) in enumerate(lines) if e <= run[0][0] and text[s:e].strip()]
            if above and _is_nav_item(text[lines[above[-1]][0] : lines[above[-1]][1]]):
                spans.append(lines[above[-1]])  # the list's name
        run = []
    return spans


def _running_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A PDF's running header or footer left in its text (RUNNING_LINE, RUNNING_LINE_MIN): the
    same words on RUNNING_LINE_MIN lines or more, a page number at one end."""
    found: dict[str, list[tuple[int, int]]] = {}
    where: dict[str, list[int]] = {}
    paged = sum(PAGE_MARK_LINE.match(text[start:end]) is not None for start, end in lines) >= PAGED_TEXT_MARKS_MIN
    paged = paged or ANNEX_LIST_NUMBERED.search(text) is not None  # ANNEX_LABELS_LISTED
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if RUNNING_LINE.match(line) is None or read_marker(line.strip()) is not None:
            continue
        if paged and ATTACHMENT_LINE.match(line) is not None:
            continue  # an annex's label, numbered in sequence, is no running line (ANNEX_LABEL_NOT_RUNNING)
        words = RUNNING_LINE_PAGE.sub("", line).strip()
        if re.search(r"[\u4e00-\u9fffA-Za-z]{2}", words):
            found.setdefault(words, []).append((start, end))
            where.setdefault(words, []).append(index)
    return [
        span
        for words, spans in found.items()
        if len(spans) >= RUNNING_LINE_MIN
        and min(b - a for a, b in itertools.pairwise(where[words])) >= RUNNING_LINE_GAP
        for span in spans
    ]


# RUNNING_BESIDE_PAGE_LINE (fixseg41, round 40): a PDF's running header or footer on a line of its own, its
# page number on the next (or the previous) line rather than on the same one (RUNNING_LINE):
# "广西电力市场履约风险管理工作指引" / "第 3 页" / "附件：" / "广西电力市场履约风险管理工作指引" / "1 总则" …
# "广西电力市场履约风险管理工作指引" / "第 10 页" (gx-performance-risk-guide-2023, 32 pages). The same short words
# (no sentence end, no heading marker, no annex label) right beside a page-number line on RUNNING_LINE_MIN pages or
# more are the running line; the same words elsewhere (the title under 附件： on the first page) stay. Read as
# text, the header was glued into the clause the page broke ("8.6 售电公司对…合法性广西电力市场履约风险管理工作指引").
# Found before the page-number lines go (normalise drops them first, PAGE_FOOTER_LINE).
# RUNNING_PAGE_CHARS_MIN: bare numbers on lines of their own ("3", not "第 3 页" or "— 3 —") are pages only with a
# page's worth of text between them (the median gap: a near-blank page may come between). A table exploded one cell
# a line numbers its rows 1, 2, 3 … on lines of their own, and the same cell beside each row number ("1" /
# "东北师范大学" / … / "2" / "东北师范大学", nat-teachermid-2022: about 50 characters a row) is data, not a running
# header; real pages hold hundreds of characters.
RUNNING_PAGE_CHARS_MIN = 200


def _mark_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """PAGE_EDGE_RUNNING's page marks: the "— —" or "* * *" lines of a paged text (PAGED_TEXT_MARKS_MIN)."""
    marks = {k for k, (start, end) in enumerate(lines) if PAGE_MARK_LINE.match(text[start:end]) is not None}
    return marks if len(marks) >= PAGED_TEXT_MARKS_MIN else set()


def _page_number_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """RUNNING_BESIDE_PAGE_LINE's page marks: the page-number lines, none of them a table's cell, and bare numbers only
    a page's worth of text apart (RUNNING_PAGE_CHARS_MIN)."""
    cells = _table_number_cells(text, lines)
    numbered = {
        k
        for k, (start, end) in enumerate(lines)
        if text[start:end].strip() and k not in cells and is_page_number(text[start:end])
    }
    if len(numbered) < RUNNING_LINE_MIN:
        return set()
    bare = all(text[slice(*lines[k])].strip().isdigit() for k in numbered)
    starts = [lines[k][0] for k in sorted(numbered)]
    if bare and statistics.median(b - a for a, b in itertools.pairwise(starts)) < RUNNING_PAGE_CHARS_MIN:
        return set()  # row numbers of a table, not pages
    return numbered


# RUNNING_PAIR_OVER_BREAK (fixseg44, round 44): a PDF's text may keep no page number and no page mark, only a blank
# line where a page ends, its running footer above that line and the next page's running header below it: "…不得有印字
# 脱落或粘贴不牢等现象，" / "农业农村部发布" / "" / "农业农村部规章" / "并不得用粘贴、剪切的方式进行修改或补充。"
# (nat-vet-drug-label-measures-2017, the ministry's OCR'd rules: seven pages; the footer and header stood as headings
# under 第四章 and 第五章, round-44 gold furniture). The same two short lines (no sentence, no clause mark, no heading
# marker, no annex label, as PAGE_EDGE_RUNNING's) on either side of a blank line RUNNING_LINE_MIN times or more, never
# on neighbouring pages' lines (RUNNING_LINE_GAP), are that footer and header; both go, and the same words alone on a
# line elsewhere (the first page's header, the last page's footer) too. A pair of lines, not one: a spaced text's
# heading repeated after blank lines has a different paragraph end above it each time; and a page's worth of text
# between two breaks (RUNNING_PAGE_CHARS_MIN): a table exploded one cell a paragraph repeats its cells a row apart.
# Blank lines are page breaks only where few lines stand before one (PAGE_BREAK_SHARE_MAX): a text spaced line by
# line ("设施养护处" / "" / "市道运中心" / "", sh-transport-finemgmt-2024's table of lead units) has none.
PAGE_BREAK_SHARE_MAX = 0.2


def _edge_words(words: str, line: str) -> bool:
    """Can ``words`` (of ``line``) be a running header's or footer's: short, two letters at least, no sentence or
    clause mark, the line no heading and no annex label (PAGE_EDGE_RUNNING, RUNNING_PAIR_OVER_BREAK)?"""
    return (
        len(words) <= PAGE_EDGE_WORDS_MAX
        and re.search(r"[\u4e00-\u9fffA-Za-z]{2}", words) is not None
        and not words.startswith(("|", "#"))
        and not any(ch in SENTENCE_END + "，；：:" for ch in words)
        and read_marker(line.strip()) is None
        and ATTACHMENT_LINE.match(line) is None  # an annex's label (ANNEX_LABEL_NOT_RUNNING)
    )


def _break_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """RUNNING_PAIR_OVER_BREAK's page marks: the first blank line of each page break, none in a text that sets its
    paragraphs (or a table's cells) apart by blank lines (PAGE_BREAK_SHARE_MAX)."""
    filled = [k for k, (start, end) in enumerate(lines) if text[start:end].strip()]
    breaks = {above + 1 for above, below in itertools.pairwise(filled) if below - above >= 2}
    return breaks if len(breaks) <= PAGE_BREAK_SHARE_MAX * len(filled) else set()


@dataclass(frozen=True)
class PageMarks:
    """A kind of page mark a text keeps from its PDF, and how its running header and footer stand beside it."""

    # the mark lines (their indices), none unless the text is paged this way
    find: Callable[[str, list[tuple[int, int]]], set[int]]
    # a crawl that joins each page's lines glues the header to the page's first line: only its first word is the header
    header_word: bool
    # the same words on a line of their own elsewhere (the last page's footer, with no mark after it) go too
    alone: bool
    # the footer above a mark and the header below it count together, as one pair of lines: a blank line is a page
    # break only between the same two (RUNNING_PAIR_OVER_BREAK)
    paired: bool = False
    # the least text between two pages' running lines: a table's cells repeat a row apart (RUNNING_PAGE_CHARS_MIN)
    page_chars_min: int = 0


PAGE_MARKS = PageMarks(_mark_lines, header_word=True, alone=True)  # PAGE_EDGE_RUNNING
PAGE_NUMBERS = PageMarks(_page_number_lines, header_word=False, alone=False)  # RUNNING_BESIDE_PAGE_LINE
PAGE_BREAKS = PageMarks(
    _break_lines, header_word=False, alone=True, paired=True, page_chars_min=RUNNING_PAGE_CHARS_MIN
)  # RUNNING_PAIR_OVER_BREAK


def page_edge_lines(text: str, marks: PageMarks) -> list[tuple[int, int]]:
    """PAGE_EDGE_RUNNING, RUNNING_BESIDE_PAGE_LINE and RUNNING_PAIR_OVER_BREAK: the same short words, no sentence and no
    heading, on the line right above a page mark (a running footer) or right below it (a running header) on
    RUNNING_LINE_MIN pages or more, never on neighbouring lines (RUNNING_LINE_GAP). One mechanism for every kind of
    mark (seg42, session 33: the tests of a neighbour are the stricter of the two rules' before, the page-mark footer
    took commas, labels and neighbouring lines, the page-number lines took "|" and "#"; over the 1,369 texts of the
    corpora no span changed; review46, session 35: the page breaks' footer-and-header pairs, which had a detector of
    their own, over the corpora's texts plain and joined no span changed)."""
    lines = _line_spans(text)
    marked = marks.find(text, lines)
    if not marked:
        return []
    filled = [k for k, (start, end) in enumerate(lines) if text[start:end].strip()]
    # (side, words) or, paired, ("pair", footer words, header words) → [(footer's or header's line, its spans)]
    found: dict[tuple[str, ...], list[tuple[int, list[tuple[int, int]]]]] = {}
    for k in sorted(marked):
        edges: list[tuple[str, str, int, tuple[int, int]] | None] = []
        # the filled lines nearest the mark: a mark line is one of them, a blank mark line (a page break) is not
        for side, near in (("above", bisect.bisect_left(filled, k) - 1), ("below", bisect.bisect_right(filled, k))):
            if not 0 <= near < len(filled) or filled[near] in marked:
                edges.append(None)
                continue
            start, end = lines[filled[near]]
            line = text[start:end]
            words = line.strip()
            if side == "below" and marks.header_word:
                first = re.match(r"[ \t\u3000]*(?P<words>[^ \t\u3000]+)[ \t\u3000]*", line)
                if first is None:
                    edges.append(None)
                    continue
                words, end = first.group("words"), start + first.end()
            edges.append((side, words, filled[near], (start, end)) if _edge_words(words, line) else None)
        if marks.paired:
            above, below = edges
            if above is not None and below is not None:
                found.setdefault(("pair", above[1], below[1]), []).append((above[2], [above[3], below[3]]))
            continue
        for edge in edges:
            if edge is not None:
                found.setdefault((edge[0], edge[1]), []).append((edge[2], [edge[3]]))
    running = [
        (key[1:], where)
        for key, where in found.items()
        if len(where) >= RUNNING_LINE_MIN
        and min(b - a for (a, _), (b, _) in itertools.pairwise(where)) >= RUNNING_LINE_GAP
        and min(lines[b][0] - lines[a][1] for (a, _), (b, _) in itertools.pairwise(where)) >= marks.page_chars_min
    ]
    alone = {words for key, _ in running for words in key} if marks.alone else set()
    elsewhere = {span for span in lines if text[slice(*span)].strip() in alone}
    return sorted({span for _, where in running for _, spans in where for span in spans} | elsewhere)


# A text is hard-wrapped (a PDF extraction that kept the page's line breaks) when at least this
# share of its lines, and this many, are full: as wide as the widest common line, give or take.
HARD_WRAP_SHARE = 0.35
HARD_WRAP_MIN_LINES = 20
# A line at least this share of the common full width reaches the right margin.
FULL_WIDTH_SHARE = 0.85
# Lines narrower than this (display columns) say nothing about the page width.
MIN_WRAP_WIDTH = 20
# Where the wrapped lines end at their last character (at most this share of the full lines ends
# in a space), a full line that ends in a space ends its block: some extractions mark a text
# block's end so. "（一）构建水生态安全格局，保障流域水生态系统服务 " is a heading as wide as the
# page, not a paragraph wrapped onto "综合考虑水源保护与涵养…".
BLOCK_END_SPACE_SHARE = 0.1


def display_width(line: str) -> int:
    """Columns a line takes in a monospaced layout: wide and full-width characters (East Asian
    width W/F) take two. Counted with one regex over the Basic Multilingual Plane, per character
    only beyond it: a lookup per character of every line was a visible share of analysis."""
    line = line.rstrip()
    # The characters outside the wide BMP class: few in a Chinese line (digits, Latin, spaces),
    # where a findall of the wide ones made a string of every character.
    others = _not_wide_bmp().findall(line)
    astral_wide = sum(1 for ch in others if ch > "\uffff" and unicodedata.east_asian_width(ch) in "WF")
    return len(line) + len(line) - len(others) + astral_wide


@lru_cache(maxsize=1)
def _wide_bmp() -> re.Pattern[str]:
    ranges: list[str] = []
    start: int | None = None
    for code in range(0x10001):
        wide = code < 0x10000 and unicodedata.east_asian_width(chr(code)) in "WF"
        if wide and start is None:
            start = code
        elif not wide and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{code - 1:04x}")
            start = None
    return re.compile("[" + "".join(ranges) + "]")


@lru_cache(maxsize=1)
def _not_wide_bmp() -> re.Pattern[str]:
    """Every character _wide_bmp does not match (astral ones included)."""
    return re.compile("[^" + _wide_bmp().pattern[1:])


def hard_wrap_joins(text: str) -> list[tuple[int, int]]:
    """Spans to delete so that the lines of a hard-wrapped text become paragraphs again: the
    line break (with trailing spaces, and blank lines of a page break) after every full line
    whose next line does not open a heading or a TOC entry. Empty for other texts."""
    lines = _line_spans(text)
    widths = [display_width(text[s:e]) for s, e in lines]
    # DISTINCT_WRAP_LINES: a line written again and again (a form's labels under every part: "（一）试点
    # 单位。" / "北京工业大学。" five times, round 8) is no evidence of a page width: each text counts once.
    distinct = {text[s:e].strip(): w for (s, e), w in zip(lines, widths, strict=True)}
    content = [w for line, w in distinct.items() if line and "\t" not in line]
    common = Counter(w for w in content if w >= MIN_WRAP_WIDTH)
    if not common:
        return []
    full = FULL_WIDTH_SHARE * common.most_common(1)[0][0]
    widest = common.most_common(1)[0][0] + 2
    if sum(1 for w in content if full <= w <= widest) < max(HARD_WRAP_MIN_LINES, HARD_WRAP_SHARE * len(content)):
        return []
    full_lines = [text[s:e] for (s, e), w in zip(lines, widths, strict=True) if w >= full and text[s:e].strip()]
    spaced = sum(1 for line in full_lines if line[-1:] in " \u3000")
    space_ends_block = 0 < spaced <= BLOCK_END_SPACE_SHARE * len(full_lines)
    joins = []
    for index, ((start, end), width) in enumerate(zip(lines, widths, strict=True)):
        line = text[start:end]
        if width < full or TOC_LINE.search(line) or not line.strip():
            continue
        if space_ends_block and line[-1:] in " \u3000":
            continue  # the end of a block: a heading or a paragraph's last line
        if GLUED_HEADING_TAIL.search(line.rstrip()):
            # A heading glued onto the end of a paragraph's last line ("…智能工厂建设。（三）技术装备
            # 推广工程", GLUED_HEADING_TAIL) ends that line, full as it is: its body starts on the
            # next, and joining the two would bury the heading mid-line.
            continue
        if GLUED_FIRST_ENTRY.search(line.rstrip()) and any(
            GLUED_FIRST_ENTRY_SIBLING.match(text[s:e])
            for s, e in lines[index + 1 : index + 1 + GLUED_FIRST_ENTRY_LOOKAHEAD]
        ):
            # "…关键技术标准1. 水泥领域" with "2. 玻璃领域" below (GLUED_FIRST_ENTRY): a glued heading
            # ends its line, as above
            continue
        following = next((j for j in range(index + 1, len(lines)) if text[lines[j][0] : lines[j][1]].strip()), None)
        if following is None:
            continue
        nxt = text[lines[following][0] : lines[following][1]].strip()
        marker = read_marker(nxt)
        if marker is not None and _wrapped_before_lost_numeral(line, marker.number) and widths[following] < full:
            marker = None  # LOST_NUMERAL_WRAPPED_TAIL: "…检查督促有关生态文明法律" / "、法规实施情况。" is one sentence
        if marker is not None or TOC_LINE.search(nxt) or nxt[:1] in BULLET_STARTS or _paged_heading(nxt):
            continue
        if ARTICLE_LINE.match(nxt):
            continue  # ARTICLE_OPENS_LINE: a 第X条 article opens its own line (a rule's chapter title above it)
        if ATTACHMENT_TITLED.match(nxt) or ATTACHMENT_LINE.match(nxt):
            continue  # ANNEX_OPENS_LINE: "…初始取值见附录 2" / "附录 2：参数初始取值", as behind a page number
        if following > index + 1 and _under_attachment_label(text, lines, index):
            continue  # ANNEX_TITLE_OVER_GAP: "附表 2" / "…承诺和授权书" / "" / "作为申请家庭成员，…"
        if _part_title_over_paragraph(text, lines, index, widths[following] >= full):
            continue  # FIRST_LINE_PART_TITLE: "七、弘扬城市精神…软实力" / "坚持中国特色社会主义文化发展道路，…"
        if _title_over_indented_paragraph(text, lines, index, following, widths[following] < full):
            continue  # FLUSH_TITLE_OVER_INDENTED_PARAGRAPH: "…维护健康公平。" / "出台《方案》的重要意义" / "     一是…"
        if line.rstrip().endswith(LABEL_AFTER_BRACKET_ENDS) and FIELD_LABEL_LINE.match(nxt):
            continue  # LABEL_AFTER_CLOSED_BRACKET: "…≤4´30"）" / "场地器材：400米田径跑道。…"
        if CAPTION.match(nxt) and not any(ch in CAPTION_TITLE_BREAKS for ch in nxt):
            continue  # CAPTION_OPENS_LINE: "专栏一 智慧健养老产品供给工程" opens its own line
        content_end = start + len(line.rstrip())
        next_start = (
            lines[following][0]
            + len(text[lines[following][0] : lines[following][1]])
            - len(text[lines[following][0] : lines[following][1]].lstrip())
        )
        joins.append((content_end, next_start))
    return joins


# ANNEX_TITLE_OVER_GAP (fixseg51, round 51): an attachment's title right under its label is a line of its own even when
# it fills the page's width; a blank line after it parts it from the form's first words, which are no wrap of it:
# "附表 2" / "“好年华 聚福州”长乐区人才购房补贴资格承诺和授权书" / "" / "作为申请家庭成员，我们一致推举 为申请人，并共"
# and "附表 3" / "企业申报“好年华 聚福州”长乐区人才购房补贴资格花名册" / "" / "单位名称（盖章） 年 月 日"
# (changle-talent-housing-subsidy-rules-2023, a WPS PDF wrapped at 28 characters; round-51 gold: the titles alone).
def _under_attachment_label(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Does the line ``index`` stand right under an attachment's label line (ANNEX_TITLE_OVER_GAP)?"""
    if index == 0:
        return False
    start, end = lines[index - 1]
    return ATTACHMENT_LINE.match(text[start:end]) is not None


# FIRST_LINE_PART_TITLE (fixlin58, round 58): a text cut out of a PDF-extracted plan at a chapter opens with the
# chapter's heading line, and a long chapter title fills the page's width as the lines of its lead paragraph do:
# "七、弘扬城市精神和城市品格，提升国际文化大都市软实力" / "坚持中国特色社会主义文化发展道路，围绕举旗帜、聚民" (27 and
# 25 characters, sh-fyp14-ch07-culture, lineage58, a chapter of 上海's 十四五 纲要 wrapped at 25-29). Joined, the
# heading ran into the lead and the chapter was lost (its title cut at no known end). The text's first line is a
# title, not a wrap, when it opens a part (一、 or 第X章), ends no sentence and holds none, and the line after it is
# full too: a paragraph going on. A title wrapped over two lines keeps its join: its tail is short ("六、推动…提升老年人
# 智能技术运" / "用能力").
FIRST_LINE_PART_STYLES = ("cn", "chapter")
FIRST_LINE_PART_SENTENCE_MARKS = "。；;！？!?"


def _part_title_over_paragraph(text: str, lines: list[tuple[int, int]], index: int, next_full: bool) -> bool:
    """Is full line ``index`` the text's first line, a part's title over a full paragraph line
    (FIRST_LINE_PART_TITLE)?"""
    if not next_full or any(text[s:e].strip() for s, e in lines[:index]):
        return False
    line = text[lines[index][0] : lines[index][1]].strip()
    marker = read_marker(line)
    if marker is None or marker.style.split(":", 1)[0] not in FIRST_LINE_PART_STYLES:
        return False
    return not any(ch in FIRST_LINE_PART_SENTENCE_MARKS for ch in line)


# FLUSH_TITLE_OVER_INDENTED_PARAGRAPH (fix30seg, round 30): a hard-wrapped text that indents its paragraphs' first
# lines (antiword's text of a Word 97 file: each paragraph opens with spaces, its wrapped lines flush left) sets an
# unnumbered title flush left between a full line that ends a paragraph's sentence and the next paragraph's indented
# opening: "协作，避免政策对健康造成不利影响，最终目的是改善公众健康和维护健康公平。" / "出台《方案》的重要意义" /
# "     一是贯彻落实党中央决策部署的有力举措。…" (hn-health-in-all-policies-interp-2025, a 解读 written as an article;
# round-30 gold: level-1 headings). That line is no wrap of the sentence above: a short line that ends no sentence
# and clause, with an indented line after it.
PARAGRAPH_INDENT = re.compile(r"^(?: {2,}|\u3000+)(?=\S)")


def _title_over_indented_paragraph(
    text: str, lines: list[tuple[int, int]], index: int, following: int, short: bool
) -> bool:
    """Is the line after full line ``index`` a flush-left title over an indented paragraph opening
    (FLUSH_TITLE_OVER_INDENTED_PARAGRAPH)?"""
    above = text[lines[index][0] : lines[index][1]].rstrip()
    title = text[lines[following][0] : lines[following][1]]
    if not short or above[-1:] not in "。！？" or title[:1].isspace() or title.rstrip()[-1:] in "。！？；;，,、：:":
        return False
    after = next((text[s:e] for s, e in lines[following + 1 :] if text[s:e].strip()), "")
    return PARAGRAPH_INDENT.match(after) is not None


# LOST_NUMERAL_WRAPPED_TAIL (fix26seg, round 26): a text hard-wrapped at a fixed width (a Word 97 file's antiword
# text) breaks a sentence before its 、 as well: "，定期听取和审议同级人民政府有关生态文明建设的报告，检查督促有关
# 生态文明法律" / "、法规实施情况。" (shiyan-eco-civ-regs-2018). The 、 that opens the next line reads as a 一、 whose
# numeral OCR lost (LOST_NUMERAL), but a full line that ends mid-sentence goes on there when the 、 line is the
# paragraph's last (no full line itself): a heading whose numeral was lost follows a line that ends its sentence (or a
# heading line, which is no full line), or a lead that lost its colon, its label's paragraph running on over full
# lines ("…对钢铁工业的发展作如下部署" / "、钢铁企业的技术改造。五年内，对我国最大的钢铁联合企", the 六五 plan
# as a PDF).
def _wrapped_before_lost_numeral(line: str, number: int) -> bool:
    return number == LOST_NUMBER and line.rstrip()[-1:] not in SENTENCE_END + "。"


def _paged_heading(line: str) -> bool:
    """Does the line open a decimal or appendix heading behind a page number glued in front
    ("33 G.3 划定技术流程", "17 附录 A  名词解释和说明", PAGE_PREFIX)? A page's first line is no
    wrap of the line above when it is a heading."""
    page = PAGE_PREFIX.match(line)
    if page is None:
        return False
    rest = line[page.end() :].lstrip(" \t\u3000")
    marker = read_marker(rest)
    decimal = marker is not None and marker.style.startswith("decimal:") and marker.style != "decimal:1"
    return decimal or ATTACHMENT_TITLED.match(rest) is not None or ATTACHMENT_LINE.match(rest) is not None


# Lines starting with these open a new paragraph even after a full line.
BULLET_STARTS = "—-•●◆■□○◎※"
# LABEL_AFTER_CLOSED_BRACKET (fix28seg, round 28): a full line that closes a bracket, a heading's note or a sentence's,
# ends its block when the next line opens with a field's label and its colon: "二、男子1000米跑、女子800米跑（达标：男子
# 组30周岁（含）以下≤4´25"、…" / "岁（含）以上≤4´35"；女子组…≤4´30"）" / "场地器材：400米田径跑道。…"
# (police-fitness-test-norms-2011, antiword's text of a Word 97 file wrapped at 80 columns): a label opens a paragraph.
LABEL_AFTER_BRACKET_ENDS = ("）", ")")


# What a match of PINYIN_GLOSS, PARAGRAPH_MARK, HEADING_AFTER_MARK and ATTACHMENT_AFTER_SPACE
# must hold: a vowel with a tone mark, two spaces in a row, two ideographic spaces, 附. These
# patterns open with a lookbehind, so the engine tries them at every character of the text
# (PARAGRAPH_MARK's findall alone: 0.17 s of CPU over 100 generated plans, none of which has
# one); a text without what they need is left as it is, as the search would have left it.
_TONE_VOWEL = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
_SPACE_PAIR = re.compile("[ \u3000]{2}")


def _paired_space_lines(text: str) -> set[int]:
    """The starts of the lines that keep two spaces for each of their line breaks (PAIRED_SPACE_MARK)."""
    starts: set[int] = set()
    start = 0
    for line in text.split("\n"):
        if (
            len(line) >= PAIRED_SPACE_LINE_MIN
            and len(PAIRED_SPACE_AFTER_END.findall(line)) >= PAIRED_SPACE_MARKS_MIN
            and PAIRED_SPACE_GLUED_HEADING.search(line) is None
        ):
            starts.add(start)
        start += len(line) + 1
    return starts


def _paired_space_breaks(source: NormalisedText) -> NormalisedText:
    """The text with the pairs of spaces of a line crawled with them for its breaks made line breaks."""
    if "  " not in source.text:
        return source
    lines = _paired_space_lines(source.text)
    if not lines:
        return source

    def mark(match: re.Match[str]) -> str:
        text, at = match.string, match.start()
        if text.rfind("\n", 0, at) + 1 not in lines or PAIRED_SPACE_AFTER_MARKER.search(text, max(0, at - 12), at):
            return match.group()
        return "\n"

    return substitute(source, PAIRED_SPACE_MARK, mark)


def remove_furniture(source: NormalisedText) -> NormalisedText:
    """The text without its page and site furniture, hard wraps re-joined; offsets still map
    back."""
    out = substitute(source, PINYIN_GLOSS, "") if _TONE_VOWEL.search(source.text) else source
    out = substitute(out, DUPLICATED_MARKER, lambda m: m.group("marker"))
    out = substitute(out, PAGE_BEFORE_MARKER, "")
    spans = furniture_spans(out.text)
    out = remove_spans(out, spans) if spans else out
    joins = hard_wrap_joins(out.text)
    out = remove_spans(out, joins) if joins else out
    if _SPACE_PAIR.search(out.text) and len(PARAGRAPH_MARK.findall(out.text)) >= PARAGRAPH_MARKS_MIN:
        out = substitute(out, PARAGRAPH_MARK, "\n")  # paragraph marks inside lines: line breaks
    out = _paired_space_breaks(out)
    if "[" in out.text:
        out = substitute(out, WIKI_EDIT_LINK, "")  # a wiki's section-edit links (WIKI_EDIT_LINK)
    # A mark before a heading marker breaks the line in any text: PARAGRAPH_MARK leaves the marks
    # before a digit (a table's numbers), and so the run-in "1.坚持排污者付费。" of a one-line
    # text ("（二）基本原则。　　1.坚持排污者付费。…").
    if "\u3000\u3000" in out.text:
        out = substitute(out, HEADING_AFTER_MARK, "\n")
    return substitute(out, ATTACHMENT_AFTER_SPACE, "\n") if "附" in out.text else out


def crawler_header_cut(source: NormalisedText) -> NormalisedText:
    """The text without the crawler's header that opens it (CRAWLER_HEADER), for reading its metadata: kept, its
    last line "页面链接与图片详见 links.tsv（同目录）" was the title."""
    block = metadata_block(source.text)
    if block is None or not block.crawled:
        return source
    return remove_spans(source, [(0, block.match.end())])
