"""Text in, validated ``PlanDocument`` out: normalise → segment → tasks. No I/O here."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from plankg.loaders.rules.runs import last_chars
from plankg.loaders.rules.structure import (
    ARTICLES_BEFORE_ROW,
    ATTACHED_PLAN_TITLE_MAX,
    BOX_SET_APART,
    CLOSING_FORMULA_LINE,
    COMPANION_DOCUMENT,
    DATE_LINE,
    DECIMAL_OUTLINE_PLAN_TITLE,
    EMPTY_HEADING_MAX_CHARS,
    EMPTY_HEADING_RUN_MIN,
    GLUED_ROW_CLAUSE_END,
    GLUED_ROW_PARTS_MIN,
    GLUED_ROW_TITLE_MIN,
    GLUED_ROW_TITLE_START,
    HALF_PAREN_TITLE_NUMBER,
    HEADLINE_BLOCK_OVER_NUMBER,
    HEADLINE_END,
    ISSUED_DOCUMENT,
    LINK_TITLE,
    LOGIN_WALL,
    MAP_LEGEND,
    PAGE_CAPTIONS,
    PAGE_TITLE_PLACEHOLDERS,
    PARAGRAPH_END,
    PREAMBLE_ANNOUNCEMENT,
    PREAMBLE_RUN_IN_BLOCKS,
    PREFACE_HEADINGS,
    REPEATED_TITLE_LINES_MAX,
    RUN_IN_BLOCK_SECTION,
    RUNNING_TITLE_MIN,
    SENTENCE_END,
    SIGNATURE_LINE_MAX,
    TASK_ONLY_STYLES,
    TITLE_QUALIFIERS,
)
from plankg.loaders.structure.front_matter import find_front_matter
from plankg.loaders.structure.headings import read_marker
from plankg.loaders.structure.segment import (
    MIN_ISSUED_DOCUMENTS,
    Heading,
    _document_title_line,
    _with_glued_field_labels,
    article_run_start,
    fold_title,
    folded_head,
    headings_inline,
    is_glued,
    join_wrapped_titles,
    section_ends,
    segment,
)
from plankg.loaders.structure.table_rows import table_row_headings
from plankg.loaders.structure.tasks import (
    RawTask,
    blank_gaps,
    run_in_block_headings,
    tasks_from_annex_tables,
    tasks_from_announced_actions,
    tasks_from_announced_block,
    tasks_from_block_headings,
    tasks_from_box_captions,
    tasks_from_glued_annex_tables,
    tasks_from_glued_boxes,
    tasks_from_glued_next_parts,
    tasks_from_inline_blocks,
    tasks_from_paged_blocks,
    tasks_from_titled_work_table,
    titled_work_table_heading,
)
from plankg.loaders.structure.toc import Toc, parse_toc
from plankg.loaders.text.normalise import NormalisedText, find_page_numbers, normalise, remove_spans
from plankg.schema import Issue, PlanDocument, PlanMeta, Section, Task


def normalised_text(raw: str) -> NormalisedText:
    """The normalised text with page-number noise removed (outside a table of contents)."""
    return _normalised_and_toc(raw)[0]


def _normalised_and_toc(raw: str) -> tuple[NormalisedText, Toc | None]:
    """``normalised_text`` and the TOC of that text: the TOC read to find the page numbers is
    the text's own when none were removed (most texts), and not read twice."""
    text = normalise(raw)
    toc = parse_toc(text.text)
    skip = (toc.start, toc.end) if toc else (0, 0)
    pages = find_page_numbers(text.text, skip)
    if not pages:
        return text, toc
    text = remove_spans(text, pages)
    return text, parse_toc(text.text)


def _same_title(a: str, b: str) -> bool:
    """Titles compared without spaces and with full-width forms folded."""

    def fold(title: str) -> str:
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", title))

    return bool(b) and fold(a) == fold(b)


# TITLE_BROKEN_OVER_LINES: a document's title set on two lines, broken mid-phrase ("关于进一步加强静安区文物
# 保护工作的" / "实施意见" under a district's 批转 notice, ja-heritage-protect-2018): the two short unnumbered
# lines read as two headings; joined they are the title, no section.
TITLE_LINES_MAX = 2


def _title_lines(headings: list[Heading], title: str) -> int:
    """How many of the first headings are the document's ``title`` on its line(s) above the body
    (unnumbered, one line or TITLE_BROKEN_OVER_LINES): 0 when they are not."""
    joined = ""
    for count, heading in enumerate(headings[:TITLE_LINES_MAX], start=1):
        if heading.number:
            return 0
        joined += heading.title
        if _same_title(joined, title):
            return count
    return 0


# HEADLINE_SPAN_LINES (fixseg52, round 52): a headline wrapped over more lines than TITLE_LINES_MAX may read as
# headings only in part, its lines with an unclosed 《 read as none: "重庆市人民政府" / "关于修改《重庆市关于开展对
# 部分" / "个人住房征收房产税改革试点的暂行办法》和" / "《重庆市个人住房房产税征收管理实施细则》的决定" over the
# decision's lead (cq-property-tax-rules-amendment-2023, heldout52 gold: the whole headline front matter and the title;
# its first and last lines were level-1 headings). Where the text from the first unnumbered heading to the end of
# the next one (HEADLINE_SPAN_HEADINGS_MAX at most), its spaces and line breaks aside, is the document's title, they
# are its lines, also in a text holding several documents (REPEATED_TITLE_LINES is not read there).
HEADLINE_SPAN_HEADINGS_MAX = 2
HEADLINE_SPAN_CHARS_MAX = 200


def _headline_span_lines(text: str, headings: list[Heading], title: str) -> int:
    """How many of the first headings are lines of the document's ``title`` wrapped over lines between them
    (HEADLINE_SPAN_LINES): 0 when they are not."""
    if not headings or headings[0].number:
        return 0
    for count, heading in enumerate(headings[:HEADLINE_SPAN_HEADINGS_MAX], start=1):
        if heading.number or heading.title_end - headings[0].start > HEADLINE_SPAN_CHARS_MAX:
            return 0
        if count > 1 and _same_title(text[headings[0].start : heading.title_end], title):
            return count
    return 0


def _reads_tasks(text: str, headings: list[Heading], ends: list[int], glued: bool) -> bool:
    """Whether a heading, a section's label or an announcing preamble names a block (PREAMBLE_RUN_IN_BLOCKS)."""
    heading_tasks = tasks_from_block_headings(headings, ends, text)
    taken = {t.heading_index for t in heading_tasks if t.heading_index is not None}
    return bool(
        heading_tasks
        or tasks_from_inline_blocks(text, headings, ends, taken, glued)[0]
        or tasks_from_announced_block(text, headings, ends)
        or tasks_from_announced_actions(text, headings, ends)  # ANNOUNCED_ACTIONS
    )


# RECORD_LINE (lev31, heldout37): the 版记 under a red-header document - its 抄送 and 主题词 lines and the printing
# office's line ending 印发 - is front matter wherever it stands, also after a school's own note under the date:
# "抄送：市府办" / "绍兴市教育局办公室 2009年12月24日印发" / "主题词：中小学 人事 教师 通知"
# (sx-special-teacher-nomination-2009), read as three short headings.
RECORD_LINE = re.compile(r"^(?:抄\s*[送报]|主\s*题\s*词)[ \t\u3000]*[：:]|\d{1,2}日[ \t\u3000]*印发$")


def _without_record_lines(headings: list[Heading]) -> list[Heading]:
    """The headings less the unnumbered lines of a document's 版记 (RECORD_LINE)."""
    return [h for h in headings if h.number or RECORD_LINE.search(h.title.strip()) is None]


def _without_page_captions(headings: list[Heading]) -> list[Heading]:
    """The headings less the page's captions above the document's first numbered heading (PAGE_CAPTIONS)
    and its links (LINK_TITLE)."""
    first = next((i for i, h in enumerate(headings) if h.number), len(headings))
    # COLLECTOR_NOTES: the unnumbered headings above a page caption are the collector's notes on the page
    caption = next((i for i, h in enumerate(headings[:first]) if h.title.strip() in PAGE_CAPTIONS), -1)
    return [
        h
        for i, h in enumerate(headings)
        if (i >= first or h.number or (h.title.strip() not in PAGE_CAPTIONS and i > caption))
        and not LINK_TITLE.fullmatch(h.title.strip())  # LINK_TITLE: a page's navigation
        and h.title.strip() not in PAGE_TITLE_PLACEHOLDERS
    ]


def _without_empty_heading_runs(text: str, headings: list[Heading]) -> list[Heading]:
    """Without runs of EMPTY_HEADING_RUN_MIN or more unnumbered headings in a row whose own text holds no Chinese
    character (EMPTY_HEADING_RUN: a page's menu or toolbar)."""
    if not headings:
        return headings
    ends = [h.start for h in headings[1:]] + [len(text)]
    empty = [
        not h.number
        and len(h.title.strip()) <= EMPTY_HEADING_MAX_CHARS
        and re.search(r"[\u4e00-\u9fff]", text[h.title_end : end]) is None
        for h, end in zip(headings, ends, strict=True)
    ]
    dropped: set[int] = set()
    i = 0
    while i < len(headings):
        j = i
        while j < len(headings) and empty[j]:
            j += 1
        if j - i >= EMPTY_HEADING_RUN_MIN:
            dropped.update(range(i, j))
        i = j + 1 if j == i else j
    return [h for k, h in enumerate(headings) if k not in dropped]


def _under_group_headings(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings under an unnumbered heading with no text of its own that stands right over a heading of its
    level, one level down (GROUP_HEADING): where two or more such headings open groups, or one over numbered headings
    follows a heading of its level with text of its own; never a document's title (HEADLINE_END: a page's headline
    over the document's title, over its parts: "云南省电动汽车充电设施服务能力倍增行动方案" / "一、主要目标",
    yn-ev-charging-doubling-2026); never in a run of titles without text (an infographic's)."""

    def own_text(i: int) -> bool:
        end = headings[i + 1].start if i + 1 < len(headings) else len(text)
        return re.search(r"[\u4e00-\u9fff]", text[headings[i].title_end : end]) is not None

    def over_level_mate(i: int) -> bool:
        h = headings[i]
        return not h.number and i + 1 < len(headings) and headings[i + 1].level == h.level and not own_text(i)

    heads = {
        i
        for i in range(len(headings))
        if over_level_mate(i)
        and own_text(i + 1)  # a group over titled sections, not a run of titles without text (an infographic)
        and (i == 0 or own_text(i - 1))
        and HEADLINE_END.search(headings[i].title) is None
    }
    heads = {
        i
        for i in heads
        if len(heads) >= 2
        or (
            headings[i + 1].number  # one group: over numbered headings, after an unnumbered one of its level
            and any(not headings[k].number and headings[k].level == headings[i].level and own_text(k) for k in range(i))
        )
    }
    out: list[Heading] = []
    group: int | None = None  # the level of the group heading the headings stand under
    for i, h in enumerate(headings):
        if group is not None and h.level < group:
            group = None
        if i in heads and (group is None or h.level == group):
            group = h.level
            out.append(h)
        else:
            out.append(replace(h, level=h.level + 1) if group is not None else h)
    return out


def _levels_from_one(headings: list[Heading]) -> list[Heading]:
    """The headings with the highest level left as level 1 (TOP_LEVEL_FIRST)."""
    top = min((h.level for h in headings), default=1)
    return [replace(h, level=h.level - top + 1) for h in headings] if top > 1 else headings


def _without_page_headings_above_title(text: str, headings: list[Heading], title: str) -> list[Heading]:
    """Without the unnumbered headings above the document's title line (PAGE_HEADINGS_ABOVE_TITLE)."""
    key = re.sub(r"\s+", "", title)
    if len(key) < 8:
        return headings
    lines = [m.start() for m in re.finditer(r"(?m)^[#\s]*(.+?)\s*$", text) if re.sub(r"\s+", "", m.group(1)) == key]
    # TITLE_LINE_REPEATED_OVER_BODY: the title line nearest above the body (its first numbered heading, or a
    # preface that opens it), where the title stands again under a headline and its lead.
    body = next((h.start for h in headings if h.number or re.sub(r"\s+", "", h.title) in PREFACE_HEADINGS), len(text))
    at = max((start for start in lines if start < body), default=lines[0] if lines else None)
    if at is None or any(h.number and h.start < at for h in headings):
        return headings
    kept = [h for h in headings if h.number or h.start >= at or _preface(h)]
    if len(kept) == len([h for h in headings if h.number or h.start >= at]):
        return kept
    # the title line under the preface kept is the title still, though no longer the first heading
    # (REPEATED_TITLE_LINES reads the leading ones)
    line = next((h for h in kept if h.start >= at), None)
    return [h for h in kept if h is not line or h.number or re.sub(r"\s+", "", h.title) != key]


# PREFACE_ABOVE_TITLE (fixseg53, round 53): a page that reposts a plan may open with its letter-spaced 前言 and the
# preamble under it, and only then the plan's title, "前 言" / "  望江县委、县政府历来高度重视…" / "  望江县生态环境保护
# “十四五”规划" / "  一、“十三五”生态环境保护成就" (wangjiang-eco-env-fyp14-2021, heldout53 gold: 前 言 a level-1
# heading): a preface is the plan's own heading wherever the title stands, no page's (PAGE_HEADINGS_ABOVE_TITLE).
def _preface(heading: Heading) -> bool:
    """Is the heading a preface (PREFACE_HEADINGS), letter-spaced or not?"""
    return not heading.number and re.sub(r"\s+", "", heading.title) in PREFACE_HEADINGS


def _without_box_above_preamble(text: str, headings: list[Heading]) -> list[Heading]:
    """Without the unnumbered headings above the preamble that announces the document's parts, when a numbered part
    follows it (BOX_ABOVE_PREAMBLE)."""
    first = next((h for h in headings if h.number and h.level == 1), None)
    if first is None or not any(not h.number and h.start < first.start for h in headings):
        return headings
    preamble = None
    for found in PREAMBLE_ANNOUNCEMENT.finditer(text, 0, first.start):
        preamble = found
    if preamble is None:
        return headings
    return [h for h in headings if h.number or h.start > preamble.start()]


def _without_headings_after_closing(text: str, headings: list[Heading]) -> list[Heading]:
    """Without the headings below level 1 after a notice's closing formula, its signature over a date or a page's
    login wall, up to the next level-1 heading (NOTICE_CLOSED, NOTICE_SIGNED, LOGIN_WALL)."""
    first = headings[0].start if headings else 0
    formula = CLOSING_FORMULA_LINE.search(text, first)
    signed = _signed_date_end(text, first)  # NOTICE_SIGNED
    wall = LOGIN_WALL.search(text, first)
    ends = [found for found in (formula.end() if formula else None, signed, wall.end() if wall else None) if found]
    if not ends:
        return headings
    closed = min(ends)
    kept, reopened = [], False
    for h in headings:
        marker = read_marker(h.number) if h.number else None
        restarted = marker is not None and marker.number == 1  # an appended document's own numbering: "（一）指导思想"
        reopened = reopened or (h.start > closed and (h.level == 1 or restarted))
        if h.start > closed and not reopened and h.level > 1:
            continue
        kept.append(h)
    return kept


def _signed_date_end(text: str, start: int) -> int | None:
    """Where the first date line under a signature line after ``start`` ends (NOTICE_SIGNED), if there is one."""
    above = ""
    position = text.rfind("\n", 0, start) + 1
    for line in text[position:].split("\n"):
        stripped = line.strip()
        position += len(line) + 1
        if not stripped:
            continue
        if (
            DATE_LINE.match(stripped)
            and 0 < len(above) <= SIGNATURE_LINE_MAX
            and not any(mark in above for mark in SENTENCE_END + "，。")
            and DATE_LINE.match(above) is None
            and read_marker(above) is None  # a heading's line: "（二）整改阶段（…）" / "2014年11月15日" / "前，…"
        ):
            return position - 1
        above = stripped
    return None


def _with_half_paren_numbers(headings: list[Heading]) -> list[Heading]:
    """Unnumbered headings that open with "1）" numbered by it (HALF_PAREN_TITLE_NUMBER)."""
    out = []
    for h in headings:
        found = HALF_PAREN_TITLE_NUMBER.match(h.title) if not h.number else None
        out.append(replace(h, number=found.group("number"), title=found.group("title")) if found else h)
    return out


def _without_running_titles(headings: list[Heading], title: str) -> list[Heading]:
    """Without the document's title repeated over its pages and a map's legend with its entries, after the first
    numbered heading (RUNNING_TITLE, MAP_LEGEND)."""
    key = TITLE_QUALIFIERS.sub("", title)
    first = next((i for i, h in enumerate(headings) if h.number), len(headings))
    running = [
        i for i, h in enumerate(headings) if i > first and not h.number and TITLE_QUALIFIERS.sub("", h.title) == key
    ]
    if len(key) < 8 or len(running) < RUNNING_TITLE_MIN:
        running = []
    kept: list[Heading] = []
    legend: int | None = None  # the level of the legend whose entries follow
    for i, h in enumerate(headings):
        if legend is not None and (h.number or h.level < legend):
            legend = None
        if i > first and not h.number:
            if i in running:
                continue
            if h.title.strip() == MAP_LEGEND:
                legend = h.level
                if kept and not kept[-1].number and kept[-1].level == h.level and i - 1 > first:
                    kept.pop()  # the map's caption right above its legend ("…布局规划图-1" / "图例")
                continue
            if legend is not None:
                continue
        kept.append(h)
    return kept


def _numbered_as_item(number: str) -> bool:
    marker = read_marker(number)
    return marker is not None and marker.style in TASK_ONLY_STYLES


def _sections(plan_id: str, headings: list[Heading], ends: list[int], task_headings: set[int]) -> list[Section]:
    sections: list[Section] = []
    stack: list[tuple[int, Section]] = []  # (level, section)
    child_counts: dict[str | None, int] = {}
    for index, heading in enumerate(headings):
        if index in task_headings:
            continue
        while stack and stack[-1][0] >= heading.level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        parent_id = parent.id if parent else None
        ordinal = child_counts.get(parent_id, 0) + 1
        child_counts[parent_id] = ordinal
        path = f"{parent.path}.{ordinal}" if parent else str(ordinal)
        section = Section(
            id=f"{plan_id}/s{path}",
            plan_id=plan_id,
            parent_id=parent_id,
            level=heading.level,
            number=heading.number,
            title=heading.title,
            path=path,
            ordinal=ordinal,
            start=heading.start,
            end=ends[index],
        )
        sections.append(section)
        stack.append((heading.level, section))
    return sections


def _tasks(
    text: str, raw: list[RawTask], headings: list[Heading], sections_by_heading: dict[int, Section]
) -> list[Task]:
    tasks: list[Task] = []
    counters: dict[tuple[str, int], int] = {}
    for item in sorted(raw, key=lambda t: t.start):
        index = item.section_index
        while index not in sections_by_heading:
            # A box under a heading that is a task only ("（2）镇村级河道" / "专栏2 …"): it sits
            # in the section holding that task.
            index = max(k for k in range(index) if headings[k].level < headings[index].level)
        section = sections_by_heading[index]
        key = (section.id, item.block)
        counters[key] = counters.get(key, 0) + 1
        tasks.append(
            Task(
                id=f"{section.id}/t{item.block}.{counters[key]}",
                plan_id=section.plan_id,
                section_id=section.id,
                kind=item.kind,
                number=item.number,
                title=item.title,
                text=text[item.start : item.end].strip(),
                start=item.start,
                end=item.end,
                empty=item.empty,
            )
        )
    return tasks


def _opened_documents(headings: list[Heading], documents: tuple[str, ...]) -> int:
    """How many headings open a document of their own: an unnumbered level-1 title of a document the notice
    presents (ISSUED_DOCUMENT) or of a companion of one (COMPANION_DOCUMENT)."""
    presented = {fold_title(title) for title in documents}
    opened: set[str] = set()  # a title shown twice (REPEATED_TITLE_LINES) opens one document
    for heading in headings:
        if heading.level != 1 or heading.number:
            continue
        companion = COMPANION_DOCUMENT.match(heading.title)
        if fold_title(companion.group("title") if companion is not None else heading.title) in presented:
            opened.add(fold_title(heading.title))
    return len(opened)


# PRESENTED_DOCUMENTS (lev31, heldout37): a page without an issuing notice may still present what it carries in its
# lead, "本月推荐…的是《中共中央关于加强党的政治建设的意见》及中央办公厅负责人就《中共中央关于加强党的政治建设的意见》
# 答记者问。" (nat-party-political-building-2019, a school's study page): the 《》 titles of its first
# PRESENTED_LEAD_LINES lines that stand alone as a line further down are the documents it presents, each heading its
# own part once two of them (or one and its companion, COMPANION_DOCUMENT) open there (MIN_ISSUED_DOCUMENTS).
PRESENTED_LEAD_LINES = 3
# PRESENTED_REVISED_DOCUMENTS (fixseg52, round 52): a decree promulgates a decision that revises rules and
# republishes them, naming them inside its title in 〈〉: "《重庆市人民政府关于修改〈重庆市关于开展对部分个人住房
# 征收房产税改革试点的暂行办法〉和〈重庆市个人住房房产税征收管理实施细则〉的决定》已经…审议通过，现予公布"
# (cq-property-tax-rules-amendment-2023, decree 361): the rules are the documents it presents, each heading its
# part where its title stands further down - on one line or wrapped over two ("重庆市关于开展对部分" / "个人住房
# 征收房产税改革试点的暂行办法"; heldout52 gold: both unnumbered level-1 headings, their parts or chapters at
# level 2). Without it the decision's headline's last line and the second rules' title were read as two documents
# of a row (DOCUMENTS_IN_A_ROW), the first rules' title lost.
PRESENTED_REVISED_TITLE = re.compile(r"〈(?P<title>[^〈〉《》\n]{2,80})〉")
# LEAD_LINES_FOLDED_ONCE (perf60): the lines below each of the PRESENTED_LEAD_LINES were folded (fold_title) for each
# lead line, whether or not it presents a title: three folds of every line of every text without a notice, 1.6 % of the
# reading's samples over 100 generated plans (py-spy). A lead line that presents no title folds none; one that does
# folds only the lines whose folded first character (folded_head) opens a title it presents.


def _presented_documents(text: str) -> tuple[str, ...]:
    """The titles of the documents a page's lead presents (PRESENTED_DOCUMENTS, PRESENTED_REVISED_DOCUMENTS)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for k, line in enumerate(lines[:PRESENTED_LEAD_LINES]):
        revised = dict.fromkeys(match.group("title") for match in PRESENTED_REVISED_TITLE.finditer(line))
        titles = dict.fromkeys(match.group("title") for match in ISSUED_DOCUMENT.finditer(line))
        if len(revised) < MIN_ISSUED_DOCUMENTS and not titles:
            continue  # the line presents nothing: no line below is looked at (LEAD_LINES_FOLDED_ONCE)
        # only the lines that can fold to a title presented are folded: those whose folded first character opens one
        heads = {fold_title(title)[:1] for title in (*revised, *titles)}
        standing = {fold_title(below) for below in lines[k + 1 :] if folded_head(below) in heads}
        if len(revised) >= MIN_ISSUED_DOCUMENTS:  # PRESENTED_REVISED_DOCUMENTS: titles wrapped over two lines too
            wrapped = zip(lines[k + 1 :], lines[k + 2 :], strict=False)
            standing |= {fold_title(above + below) for above, below in wrapped}
            presented = tuple(title for title in revised if fold_title(title) in standing)
            if len(presented) >= MIN_ISSUED_DOCUMENTS:
                return presented
        presented = tuple(title for title in titles if fold_title(title) in standing)
        if presented:
            return presented
    return ()


# DOCUMENTS_IN_A_ROW (seg44, heldout42): a data-set cell may hold several documents of one kind one after another,
# no notice presenting them: "“制造基础技术与关键部件”重点专项2021 年度项目申报指南建议（征求意见稿）" / "为落实…
# 现提出 2021 年度项目申报指南建议。" / "1. 基础前沿" … "“网络协同制造和智能工厂”重点专项2021 年度项目申报指南建议
# （征求意见稿）" / "为落实…" / "1. 基础支撑技术" (nat-rd-guides-2021-draft, a pkulaw cell of two draft R&D guides).
# Where the text's first line is a title line and a later one, after a paragraph's end, is another title line ending
# in the same DOCUMENTS_IN_A_ROW_TAIL_MIN characters or more (the same kind of document: …重点专项2021年度项目申报
# 指南建议（征求意见稿）), each over parts numbered from 1 within DOCUMENTS_IN_A_ROW_PARTS_WITHIN lines, each title
# heads its document as the documents a notice issues do (ISSUED_DOCUMENT: round-42 gold, both titles level 1, the
# parts level 2 under them); a plan's own title over an attachment titled otherwise (…实施方案 / …申报表) is no row.
DOCUMENTS_IN_A_ROW_TAIL_MIN = 8
DOCUMENTS_IN_A_ROW_PARTS_WITHIN = 3
# REPORTS_IN_A_ROW (fixseg44, round 44): the row may stand after a page's lead (a school portal's notice to
# staff, "全体教职工：" / "根据市教育局党委开展…通知要求…" / "党政办" / "2025年1月21日"), each document under its
# title line and a byline over its own parts numbered from 一、: "2024年度述职述廉述德述法报告" / "绍兴市第一中学
# 副校长俞奇弘" / "2024年度，在市教育局…" / "一、加强学习，努力提高自身素质" … "四、存在不足与下一步打算" / "…。"
# / "2024年度述职述廉述德述法报告" / "绍兴市第一中学副校长杨佩琼" / … / "一、加强理论学习，提高政治素养" … /
# "2024年度述职述廉述德报告" / "绍兴市第一中学副校长 冯王亮" / … / "一、认真学习，提高自身素质"
# (sx1z-vp-duty-reports-2024: three vice-principals' reports; round-44 gold: each title level 1, its parts level
# 2). The first title need not be the text's first line when every later one comes after its predecessor's parts
# went on past 1 (their numbering restarts under it) - the same title again then heads a document of its own, not
# the headline repeated; and titles of one kind may differ in their middle ("述职述廉述德述法报告" / "述职述廉述德
# 报告"): what they share at both ends counts (DOCUMENTS_IN_A_ROW_TAIL_MIN). The row opens before the text's first
# numbered line.


def _shared_tail(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` end in alike."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _shared_ends(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` begin and end in alike, at most the shorter one's length
    (REPORTS_IN_A_ROW)."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    return min(head + _shared_tail(a, b), len(a), len(b))


@dataclass(frozen=True)
class DocumentRow:
    """One kind of row of documents pasted one after another, no notice presenting them."""

    name: str
    # the first title may stand on any line before the text's first numbered one, not only on the text's first line
    opens_anywhere: bool
    # how much a later title shares with the first: its tail (_shared_tail) or both its ends (_shared_ends)
    shared: Callable[[str, str], int]
    # a later title comes only after its predecessor's parts went on past 1 (the numbering restarts under it), and
    # then may repeat the first word for word
    restarts: bool


# The kinds of DOCUMENTS_IN_A_ROW, tried in order: the first whose row holds MIN_ISSUED_DOCUMENTS titles stands.
DOCUMENT_ROWS: tuple[DocumentRow, ...] = (
    DocumentRow("DOCUMENTS_IN_A_ROW", opens_anywhere=False, shared=_shared_tail, restarts=False),
    DocumentRow("REPORTS_IN_A_ROW", opens_anywhere=True, shared=_shared_ends, restarts=True),
)


def _documents_in_a_row(text: str) -> tuple[str, ...]:
    """The title lines of the documents of one kind a text holds in a row, as the first of DOCUMENT_ROWS that finds
    MIN_ISSUED_DOCUMENTS or more reads them (DOCUMENTS_IN_A_ROW, REPORTS_IN_A_ROW); () when none does."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]

    def first_part(k: int) -> int | None:
        below = lines[k + 1 : k + 1 + DOCUMENTS_IN_A_ROW_PARTS_WITHIN]
        return next(
            (
                k + 1 + j
                for j, line in enumerate(below)
                if (marker := read_marker(line)) is not None and marker.number == 1
            ),
            None,
        )

    def title_line(k: int) -> bool:
        return _document_title_line(lines[k]) and read_marker(lines[k]) is None and first_part(k) is not None

    def parts_went_on(k: int, until: int) -> bool:
        """Did the parts opened under title line ``k`` (numbered from 1) go on past 1 before line ``until``?"""
        at = first_part(k)
        style = read_marker(lines[at]).style if at is not None else None  # type: ignore[union-attr]
        return any(
            (marker := read_marker(line)) is not None and marker.style == style and marker.number >= 2
            for line in lines[k + 1 : until]
        )

    def row(k0: int, kind: DocumentRow) -> list[int]:
        first = fold_title(lines[k0])
        found = [k0]
        for k in range(k0 + 2, len(lines)):
            if lines[k - 1][-1] not in PARAGRAPH_END:
                continue  # no title after an open paragraph: the line is not folded (LEAD_LINES_FOLDED_ONCE)
            line = fold_title(lines[k])
            if (
                (line != first or kind.restarts)
                and kind.shared(line, first) >= DOCUMENTS_IN_A_ROW_TAIL_MIN
                and title_line(k)
                and (not kind.restarts or parts_went_on(found[-1], k))
            ):
                found.append(k)
        return found

    for kind in DOCUMENT_ROWS:
        for k0 in range(len(lines) if kind.opens_anywhere else min(len(lines), 1)):
            if read_marker(lines[k0]) is not None:
                break  # the row opens before the text's first numbered line
            if title_line(k0):
                titles = row(k0, kind)
                if len(titles) >= MIN_ISSUED_DOCUMENTS:
                    return tuple(lines[k] for k in titles)
    return ()


# LAST_CHAR_FILTER (perf60): the longest opening stretch of a clause that ends as a headline (HEADLINE_END, anchored at
# its end) was found by one search per length, ~100 per sentence of a glued text: 2.8 % of the reading's samples over
# 100 generated plans (py-spy). A stretch can end so only on a character a match of HEADLINE_END ends with (规划,
# 方案（试行）: 划, 案, ）…), read from the pattern itself (runs.last_chars); the others are skipped unsearched.
HEADLINE_LAST_CHARS = last_chars(HEADLINE_END)


def _ends_as_headline(clause: str, n: int) -> bool:
    """``HEADLINE_END.search(clause[:n])`` for n ≥ 1, its last character checked first (LAST_CHAR_FILTER)."""
    if HEADLINE_LAST_CHARS is not None and clause[n - 1] not in HEADLINE_LAST_CHARS:
        return False
    return HEADLINE_END.search(clause[:n]) is not None


def _glued_row_titles(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence-opening stretch a glued text may title a document with (GLUED_DOCUMENTS_IN_A_ROW):
    the longest one of its opening clause that ends as a headline does."""
    titles: list[tuple[int, int]] = []
    for opening in GLUED_ROW_TITLE_START.finditer(text):
        start = opening.start()
        if titles and start < titles[-1][1]:
            continue
        clause_end = GLUED_ROW_CLAUSE_END.search(text, start, start + ATTACHED_PLAN_TITLE_MAX)
        clause = text[start : clause_end.start() if clause_end is not None else start + ATTACHED_PLAN_TITLE_MAX]
        end = next((n for n in range(len(clause), GLUED_ROW_TITLE_MIN - 1, -1) if _ends_as_headline(clause, n)), None)
        if end is not None:
            titles.append((start, start + end))
    return titles


def _row_parts(text: str, start: int, end: int) -> list[Heading]:
    """The parts read inline between a row's title and the next one, placed in the text, when they open at 1 and go
    on past it (GLUED_DOCUMENTS_IN_A_ROW); empty otherwise."""
    parts = headings_inline(text[start:end])
    first = read_marker(parts[0].number) if parts else None
    if len(parts) < GLUED_ROW_PARTS_MIN or first is None or first.number != 1:
        return []
    return [replace(h, start=h.start + start, title_end=h.title_end + start) for h in parts]


def _glued_documents_in_a_row(text: str) -> list[Heading]:
    """The headings of a glued text that holds documents of one kind in a row (GLUED_DOCUMENTS_IN_A_ROW): each title
    at the top level over its document's parts, numbered in one style; empty when no row of MIN_ISSUED_DOCUMENTS opens
    before the text's first part."""
    inline = headings_inline(text)
    first_part = inline[0].start if inline else len(text)
    if ARTICLES_BEFORE_ROW and (articles := article_run_start(text)) is not None:
        first_part = min(first_part, articles)  # ARTICLES_BEFORE_ROW: a rule's articles are its parts
    titles = [(a, b) for a, b in _glued_row_titles(text) if read_marker(text[a:b]) is None]
    folded = [fold_title(text[a:b]) for a, b in titles]
    for k, (start, end) in enumerate(titles):
        if start >= first_part:
            break  # the row opens before the text's first part (REPORTS_IN_A_ROW)
        row = [(start, end)] + [
            titles[j]
            for j in range(k + 1, len(titles))
            if _shared_ends(folded[j], folded[k]) >= DOCUMENTS_IN_A_ROW_TAIL_MIN
        ]
        if len(row) < MIN_ISSUED_DOCUMENTS:
            continue
        headings: list[Heading] = []
        styles: set[str | None] = set()
        for j, (a, b) in enumerate(row):
            parts = _row_parts(text, b, row[j + 1][0] if j + 1 < len(row) else len(text))
            styles.add(marker.style if parts and (marker := read_marker(parts[0].number)) is not None else None)
            if not parts or len(styles) > 1:
                break  # each document's parts restart the style of the first one's
            headings += [Heading(1, "", text[a:b], a, b), *(replace(h, level=h.level + 1) for h in parts)]
        else:
            # GLUED_FIELD_LABELS: "1.1 滚动轴承基础物理参数检测技术研究内容：…。考核指标：…" under each entry
            return _with_glued_field_labels(text, headings)
    return []


# CITED_BARE_ANNEX_BODY (seg44, heldout32): a news page or letter that names the document it forwards by its title
# in 《》 and appends it behind a bare 附: line, "…的通知中称,《中国反对拐卖妇女儿童行动计划（2008—2012年）》已经
# 国务院同意,现印发给你们,请认真贯彻执行。" / "附:" / "中国反对拐卖妇女儿童行动计划" / "(2008—2012年)" / "拐卖妇女
# 儿童犯罪…" / "一、背景和挑战" (nat-anti-trafficking-plan-2007), has that document for its body: the 附: line and the
# title under it are front matter, the document's parts level 1 (round-32 gold), as the joined reading has it
# (APPENDED_BARE_LABEL_CITED). Only the one bare 附 label (no 件, no number) of the text, its first heading, its title
# cited in 《》 before it; a label after parts of the text's own (nat-tibet-classes-1996) keeps its attachment.
CITED_BARE_ANNEX_LABEL = re.compile(r"^附[ \u3000]*[：:]?$")


def _without_cited_bare_annex(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the bare 附: label over the document the text cites and forwards, its parts a level up
    (CITED_BARE_ANNEX_BODY)."""
    labels = [k for k, h in enumerate(headings) if h.level == 1 and CITED_BARE_ANNEX_LABEL.match(h.number)]
    if len(labels) != 1:
        return headings
    k = labels[0]
    cited = re.sub(r"\s+", "", headings[k].title)
    if k > 0 or not cited or f"《{cited}" not in re.sub(r"\s+", "", text[: headings[k].start]):
        return headings  # a label after parts of the text's own, or over a document it does not cite
    if any(h.level == 1 for h in headings[k + 1 :]):
        return headings
    return [replace(h, level=h.level - 1) for h in headings[k + 1 :]]


def load_plan(raw: str, meta: PlanMeta) -> PlanDocument:
    """Segment one decoded plan text into its validated section tree and tasks."""
    sha256 = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    normalised, toc = _normalised_and_toc(raw)
    text = normalised.text
    front = find_front_matter(text)
    issued = front.documents if front is not None else _presented_documents(text)  # PRESENTED_DOCUMENTS
    issued = issued or (_documents_in_a_row(text) if front is None else ())  # DOCUMENTS_IN_A_ROW
    # DECIMAL_OUTLINE_TITLE_LINES: a plan's decimal outline titles what it holds, a guide's or standard's lists it
    plan = DECIMAL_OUTLINE_PLAN_TITLE.search(meta.title) is not None
    headings, issues = segment(text, toc, issued, front.end if front is not None else 0, plan)
    row = _glued_documents_in_a_row(text) if front is None and not issued and is_glued(text) else []
    if row:  # GLUED_DOCUMENTS_IN_A_ROW: each title heads its document as the line reading's row does
        headings, issued = row, tuple(h.title for h in row if h.level == 1 and not h.number)
    headings = join_wrapped_titles(text, headings)  # WRAPPED_LINE_SPACE
    headings = _without_cited_bare_annex(text, headings)  # CITED_BARE_ANNEX_BODY
    headings = table_row_headings(text, headings)  # TABLE_CODE_ROWS
    if headings:
        # segment() found no heading lines and said the whole text is one section, but the rows of
        # a flattened table did give sections (the 2024 工具箱 1.0: "1-1产业结构调整" …, 24 of
        # them): a warning that contradicts the sections it stands beside sends the reader astray.
        issues = [issue for issue in issues if issue.code != "no-headings"]
    # Two or more documents on the page, each title heading its own (ISSUED_DOCUMENT, COMPANION_DOCUMENT): the
    # first one's title, the plan's, is such a heading too, not the plan's title line over its body.
    several = _opened_documents(headings, issued) >= MIN_ISSUED_DOCUMENTS
    if front is not None:
        # The issuing notice is metadata, not sections; nor is the plan's title line after it, unless parts of a
        # document before the notice were read (NOTICE_IN_BODY: a data file of documents in a row).
        parts_before = next((h.start for h in headings if h.number), len(text)) < front.start
        headings = [
            h
            for h in headings
            if not (front.start <= h.start < front.end)
            and not (not h.number and h.title == front.title and not several and not parts_before)
        ]
        if HEADLINE_BLOCK_OVER_NUMBER and front.doc_number and not several and not parts_before:
            # HEADLINE_BLOCK_OVER_NUMBER: what stands above a notice's 文号 line, before any numbered heading, is
            # its headline block, no section
            headings = [h for h in headings if h.number or h.start >= front.start]
        # The notice's document title broken over two lines above the body (TITLE_BROKEN_OVER_LINES).
        headings = headings[_title_lines(headings, front.title) if not several else 0 :]
        if len(issued) == 1 and not several:
            # A notice forwarding one document ("民政部《关于清理整顿社会团体的意见》已经国务院同意，
            # 现转发给你们"): that document's title on its line above the body is the plan's title.
            headings = headings[_title_lines(headings, issued[0]) :]
        meta = meta.model_copy(
            update={
                "issuer": meta.issuer or front.issuer,
                "doc_number": meta.doc_number or front.doc_number,
                "issued": meta.issued or front.issued,
            }
        )
    # The plan's own title standing on its line above the body (a web article's headline
    # repeated under its metadata) is its title, not a section.
    headings = _without_record_lines(_without_page_captions(headings))  # RECORD_LINE
    headings = _without_page_headings_above_title(text, headings, meta.title)  # PAGE_HEADINGS_ABOVE_TITLE
    headings = _without_headings_after_closing(text, headings)  # NOTICE_CLOSED
    headings = _without_box_above_preamble(text, headings)  # BOX_ABOVE_PREAMBLE
    headings = _without_running_titles(_with_half_paren_numbers(headings), meta.title)  # RUNNING_TITLE, MAP_LEGEND
    for _ in range(REPEATED_TITLE_LINES_MAX if not several else 0):  # REPEATED_TITLE_LINES: headline and title
        lines = _title_lines(headings, meta.title)
        if not lines:
            break
        headings = headings[lines:]
    headings = headings[_headline_span_lines(text, headings, meta.title) :]  # HEADLINE_SPAN_LINES
    headings = _levels_from_one(_without_empty_heading_runs(text, headings))  # EMPTY_HEADING_RUN, TOP_LEVEL_FIRST
    headings = _under_group_headings(text, headings)  # GROUP_HEADING
    ends = section_ends(headings, len(text))
    glued = is_glued(text)
    if not headings and RUN_IN_BLOCK_SECTION:
        # RUN_IN_BLOCK_SECTION: a text with no heading gives each labelled block a run-in section to hang from.
        runs = run_in_block_headings(text, glued)
        headings, ends = [heading for heading, _ in runs], [end for _, end in runs]
    elif headings and PREAMBLE_RUN_IN_BLOCKS:
        # PREAMBLE_RUN_IN_BLOCKS: the labelled blocks of a text read before its first heading, when nothing after
        # it holds a block.
        runs = run_in_block_headings(text[: headings[0].start], glued)
        if runs and not _reads_tasks(text, headings, ends, glued):
            headings = [heading for heading, _ in runs] + headings
            ends = [end for _, end in runs] + ends
    # TITLED_WORK_TABLE: a page that is a table of key work under its title, when nothing else names a block
    work_table = titled_work_table_heading(text, headings) if not glued else None
    if work_table is not None and not (headings and _reads_tasks(text, headings, ends, glued)):
        headings, ends = [work_table[0], *headings], [work_table[1], *ends]
    else:
        work_table = None
    heading_tasks = tasks_from_block_headings(headings, ends, text)
    task_headings = {t.heading_index for t in heading_tasks if t.heading_index is not None}
    heading_tasks += tasks_from_paged_blocks(text, headings, ends, task_headings)  # PAGED_PART_HEADING
    heading_tasks += tasks_from_glued_next_parts(text, headings, ends, task_headings)  # GLUED_NEXT_PART_BLOCK
    inline_tasks, empties, block_issues = tasks_from_inline_blocks(text, headings, ends, task_headings, glued)
    # An item is read once: ordinal items of a block heading's text ("二、主要任务 … 一是…") are not
    # read again after a label in that text ("…十个方面重点任务。一是…").
    heading_starts = {t.start for t in heading_tasks}
    inline_tasks = [t for t in inline_tasks if t.start not in heading_starts]
    if not heading_tasks and not inline_tasks:
        heading_tasks = tasks_from_announced_block(text, headings, ends)  # ANNOUNCED_BLOCK
        heading_tasks = heading_tasks or tasks_from_announced_actions(text, headings, ends)  # ANNOUNCED_ACTIONS
        task_headings = {t.heading_index for t in heading_tasks if t.heading_index is not None}
    issues += block_issues
    if not glued:
        used: dict[int, int] = {}
        for item in heading_tasks + inline_tasks:
            used[item.section_index] = max(used.get(item.section_index, 0), item.block)
        gaps = blank_gaps(raw, normalised) if BOX_SET_APART and "专栏" in text else {}  # BOX_SET_APART
        inline_tasks += tasks_from_box_captions(text, headings, ends, used, gaps)
        for item in inline_tasks:
            used[item.section_index] = max(used.get(item.section_index, 0), item.block)
        # GLUED_BOX_IN_LINE: a box glued to its first item inside a line of a text that kept its lines
        taken = {t.start for t in heading_tasks + inline_tasks}
        inline_tasks += tasks_from_glued_boxes(text, headings, ends, used, taken, in_lines=True)
        for item in inline_tasks:
            used[item.section_index] = max(used.get(item.section_index, 0), item.block)
        inline_tasks += tasks_from_annex_tables(text, headings, ends, used)
        if work_table is not None:
            inline_tasks += tasks_from_titled_work_table(text, headings, ends)  # TITLED_WORK_TABLE
    else:
        # GLUED_ANNEX_TABLE: an annex table's rows glued cell after cell.
        glued_used: dict[int, int] = {}
        for item in heading_tasks + inline_tasks:
            glued_used[item.section_index] = max(glued_used.get(item.section_index, 0), item.block)
        # GLUED_BOX: a box's caption glued to its first item.
        taken = {t.start for t in heading_tasks + inline_tasks}
        inline_tasks += tasks_from_glued_boxes(text, headings, ends, glued_used, taken)
        for item in inline_tasks:
            glued_used[item.section_index] = max(glued_used.get(item.section_index, 0), item.block)
        inline_tasks += tasks_from_glued_annex_tables(text, headings, ends, glued_used)
    # A task numbered as an item (（1）, ①) is the task only; one numbered as a section
    # (（一）, 1.) stays a section too (TASK_ONLY_STYLES).
    task_only = {i for i in task_headings if _numbered_as_item(headings[i].number)}
    sections = _sections(meta.id, headings, ends, task_only)
    kept = [i for i in range(len(headings)) if i not in task_only]
    sections_by_heading = dict(zip(kept, sections, strict=True))
    tasks = _tasks(text, heading_tasks + inline_tasks, headings, sections_by_heading)
    for section_index, position in empties:
        issues.append(
            Issue(
                code="empty-task-item",
                message=f"empty item in {sections_by_heading[section_index].title} (text lost in extraction?)",
                start=position,
            )
        )
    return PlanDocument(plan=meta, sha256=sha256, text=text, sections=sections, tasks=tasks, issues=issues)
