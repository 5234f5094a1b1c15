"""Fill a segmented ``PlanDocument`` with fields, platforms, institutions and their relations.

Every relation carries its evidence: the sentence (split on 。；！？ and line breaks) that
contains the mention, and that sentence's span in the normalised text.

- Section IN_FIELD Field: the section title names the field. Tasks inherit the fields of the
  nearest section above them whose title names one, and add their own: fields named in the
  task title, or named at least twice in the task text (one passing mention in an enumeration
  is not what a task is about).
- Platform SUPPORTS Field: the platform is deployed (listed in a 重大平台 block, a heading of a
  platform list, or a clause with a building verb) inside the deepest section whose title names
  a field; or its own name names the field ("新能源汽车大数据平台"); or an enumeration ends with a
  field-named class ("A、B、C等新能源汽车科研平台").
- (Task|Section) BUILDS Platform: the deploying passage; MENTIONS: every passage naming an
  institution or platform. The source is the deepest task containing the mention, else the
  deepest section.
Shared entities are deduplicated per document by id; relations per (source, target), keeping
the first evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise
from typing import cast

from plankg.loaders.extract import entities as ent
from plankg.loaders.extract.institutions import refine_institutions
from plankg.loaders.extract.mentions import (
    academy_institutes,
    acting_firms,
    after_ring,
    built_apiece,
    cell_broken_names,
    contact_units,
    directory_products,
    district_brands,
    enumerated_institutions,
    government_offices,
    headquartered_firms,
    level_congresses,
    listed_mentions,
    listed_parks,
    listed_sites,
    listed_with_institutions,
    member_posts,
    named_schools,
    own_governments,
    own_tier_platforms,
    phased_firms,
    platform_majority_items,
    project_firms,
    quoted_platforms,
    reporter_newspapers,
    tailed_firms,
    unit_lists,
    wrapped_fragment_heads,
    wrapped_name_tails,
)
from plankg.loaders.extract.names import _posseg, ending_of, is_generic, node_without_place
from plankg.loaders.extract.places import PLACE_RE, PLACE_TAGS
from plankg.loaders.extract.platforms import (
    defined_terms,
    distributed_classes,
    inspected_sites,
    inventory_rooms,
    is_defined_term,
    is_inspected_site,
)
from plankg.loaders.extract.vocab import FieldVocabulary, field_id
from plankg.loaders.rules.names import (
    CITED_TITLE,
    DECLARED_ALIAS,
    HEADING_TOPIC,
    OWN_NAME_MARK,
    PAGE_LINK_LINE_MAX,
    PAGE_LINK_POST_AFTER,
    PAGE_LINK_RUN_MIN,
    PAGE_LINK_TABLE_CELL,
    PAGE_LINK_TEXT_PUNCTUATION,
    RESTATED_QUALIFIER,
    ROLE_NAME,
    STRAIGHT_QUOTE_PAIR,
    THING_THEN_KIND,
    TOC_LINE_END,
)
from plankg.loaders.rules.structure import TOC_MARK
from plankg.schema import Evidence, Field, Institution, PlanDocument, Platform, Section, Task
from plankg.schema.models import InstitutionKind

# Task text must name a field this often before the task is IN_FIELD by its text alone.
MIN_TEXT_MENTIONS = 2
# "A、B、C等新能源汽车科研平台": the class closing an enumeration names the field the items serve.
ENUMERATION_CLASS = re.compile(r"[^，。；]*?等(?P<cls>[^，。；]{1,16}?(?:平台|基地|中心|设施|实验室))")
# A platform named again in its block item's description, reworded this little, is the item.
RESTATEMENT_SIMILARITY = 0.6
# Two spellings of a counted class of platforms this similar are the same class.
CLASS_SPELLING_SIMILARITY = 0.85

Emit = Callable[[str, Evidence], None]


def platform_id(name: str) -> str:
    return f"platform:{name}"


def institution_id(name: str) -> str:
    return f"institution:{name}"


class _Index:
    """Where a span sits: the deepest section and task containing it."""

    def __init__(self, doc: PlanDocument) -> None:
        self.doc = doc
        self.sections = sorted(doc.sections, key=lambda s: (s.start, -s.end))
        self.tasks = sorted(doc.tasks, key=lambda t: (t.start, -t.end))
        self._section_starts = [s.start for s in self.sections]
        self._task_starts = [t.start for t in self.tasks]
        self.by_id = {s.id: s for s in doc.sections}
        self._parent_ids = {s.parent_id for s in doc.sections}

    def section_at(self, pos: int) -> Section | None:
        best: Section | None = None
        for section in self.sections[: bisect_right(self._section_starts, pos)]:
            if section.start <= pos < section.end and (best is None or section.level > best.level):
                best = section
        return best

    def task_at(self, pos: int) -> Task | None:
        """The last task, in order of (start, -end), that contains ``pos``: as the tasks start in
        order, the one with the latest start, and of those the shortest. Read from the last task
        starting by ``pos`` back, where a copy of the list up to it was read forward for every
        name found (1.1 % of the analysis in py-spy)."""
        for k in range(bisect_right(self._task_starts, pos) - 1, -1, -1):
            task = self.tasks[k]
            if pos < task.end:  # task.start <= pos: it starts by pos
                return task
        return None

    def source_at(self, pos: int) -> tuple[str, tuple[int, int]] | None:
        """The deepest task containing ``pos``, else the deepest section: (id, span)."""
        task = self.task_at(pos)
        if task is not None:
            return task.id, (task.start, task.end)
        section = self.section_at(pos)
        return (section.id, (section.start, section.end)) if section is not None else None

    def ancestors(self, section: Section | None) -> list[Section]:
        """The section and its ancestors, deepest first."""
        chain: list[Section] = []
        while section is not None:
            chain.append(section)
            section = self.by_id.get(section.parent_id) if section.parent_id else None
        return chain

    def children(self, section: Section) -> list[Section]:
        return [s for s in self.doc.sections if s.parent_id == section.id]

    def has_children(self, section: Section) -> bool:
        """``bool(children(section))`` from the set of parents: a scan of every section for each
        section was quadratic in a plan's sections (0.8 % of the analysis' samples)."""
        return section.id in self._parent_ids


def title_span(text: str, section: Section | Task) -> tuple[int, int]:
    """The span of a heading's title in the text (the heading start if it cannot be found)."""
    from plankg.loaders.structure.segment import find_title  # a title joined over a page break (WRAPPED_LINE_SPACE)

    stop = min(section.end, section.start + len(section.title) + 40)
    pos, end = find_title(text, section.title, section.start, stop)
    if pos < 0 or not section.title:
        return section.start, min(section.end, section.start + len(section.number) + len(section.title))
    return pos, end


def _evidence(
    text: str, source: str, target: str, start: int, end: int, within: tuple[int, int] | None = None
) -> Evidence:
    """The sentence around ``[start, end)`` as evidence, kept inside ``within`` (the source's
    span) so that it never reaches into the previous task."""
    lo, hi = within if within is not None else (0, len(text))
    s, e = ent.sentence_bounds(text, start, end, max(0, min(lo, start)), max(hi, end))
    return Evidence(source_id=source, target_id=target, evidence=text[s:e].strip(), start=s, end=e)


def _field_sections(index: _Index, vocab: FieldVocabulary) -> dict[str, list[str]]:
    return {s.id: vocab.names_in(s.title) for s in index.doc.sections if vocab.names_in(s.title)}


def _deepest_fields(
    index: _Index, section: Section | None, named: dict[str, list[str]]
) -> tuple[Section | None, list[str]]:
    for candidate in index.ancestors(section):
        if candidate.id in named:
            return candidate, named[candidate.id]
    return None, []


# --- mentions -----------------------------------------------------------------------------
def _scan_regions(doc: PlanDocument, index: _Index) -> list[tuple[int, int, Section | None]]:
    """The text cut at every heading, each piece with the deepest section it belongs to."""
    text = doc.text
    first = min((s.start for s in doc.sections), default=0)
    begin = first if TOC_MARK.search(text, 0, first) else 0
    cuts = sorted({begin, len(text), *(s.start for s in doc.sections), *(s.end for s in doc.sections)})
    cuts = [c for c in cuts if c >= begin]
    return [(a, b, index.section_at(a)) for a, b in pairwise(cuts) if b > a]


def _platform_list_title(title: str) -> bool:
    """A heading titled for a kind of platform (PLATFORM_LIST_TITLE: "研发基地建设") lists platforms as its
    sub-headings; not one titled for the role the region aims at (ROLE_NAME, after its verb): "第三章 做强全国先进
    制造业基地" (round 54, 广州's outline; the role a trap in its gold) heads the industries it grows ("电子信息",
    "时尚消费品"), no platforms."""
    return bool(ent.PLATFORM_LIST_TITLE.search(title)) and not ROLE_NAME.search(ent.strip_leading_verbs(title))


def find_document_mentions(doc: PlanDocument, index: _Index | None = None) -> list[ent.Mention]:
    """All platform and institution mentions of a document, framed and resolved."""
    index = index or _Index(doc)
    text = doc.text
    mentions: list[ent.Mention] = []
    # 1. 重大平台 blocks, clipped to their section.
    blocks: list[tuple[int, int]] = []
    for block in ent.platform_blocks(text):
        section = index.section_at(block.start)
        end = min(block.end, section.end) if section else block.end
        blocks.append((block.start, end))
        items = [i for i in block.items if i.end <= end]
        mentions.extend(items)
        taken = [(i.start, i.end) for i in items]
        for m in ent.apply_frames(text, ent.find_mentions(text, block.start, end, in_block=True)):
            if any(a < m.end and m.start < b for a, b in taken):
                continue
            # A box's paragraph describes its own item only: "3．西部创意产业集聚区。盘活资产建设陆海出版传媒文化
            # 产业园" names another platform, however like item 4's 陆海出版文化综合体.
            described = [i for i in items if i.start <= m.start][-1:] if block.boxed else items
            if m.category == "platform" and any(_restates(m.name, i.name) for i in described):
                continue  # the item's description naming it again, slightly reworded
            mentions.append(m)
    # 2. Headings of platform lists ("研发基地建设" → "（1）上海生物样本库").
    for section in doc.sections:
        if index.has_children(section):
            continue
        parents = index.ancestors(section)[1:3]
        if not any(_platform_list_title(p.title) for p in parents):
            continue
        item = ent.list_item_platform(section.title)
        if item is not None:
            start, _ = title_span(text, section)
            offset = start + item.start
            mentions.append(replace(item, start=offset, end=offset + len(item.name), framing="list"))
    # 3. Running text outside the blocks.
    listed = [(m.start, m.end) for m in mentions]
    for a, b, section in _scan_regions(doc, index):
        institution_section = bool(section and ent.INSTITUTION_SECTION.search(section.title))
        for lo, hi in _outside(a, b, blocks):
            for m in ent.apply_frames(text, ent.find_mentions(text, lo, hi, institution_section=institution_section)):
                if not any(x < m.end and m.start < y for x, y in listed):
                    mentions.append(m)
    # 4. Abbreviations and listed names without an ending, wherever no name was found.
    declared = {
        d.group("short"): m.name
        for m in mentions
        if m.category == "institution" and (d := DECLARED_ALIAS.match(text, m.end)) is not None
    }
    # "上海交通大学医学院附属瑞金医院（以下简称“瑞金医院”）": the short form found by its ending is the full name.
    mentions = [
        replace(m, name=declared[m.name]) if m.category == "institution" and m.name in declared else m for m in mentions
    ]
    # "中科院山西煤化所": the institute, not the academy its short form opens with; an item of a list
    # of lead or drafting units: the unit, not a platform or a shorter name inside it.
    academies = [
        *academy_institutes(text),
        *government_offices(text),
        *named_schools(text),
        *cell_broken_names(text),
        *unit_lists(text),
        *member_posts(text),
        *contact_units(text),
        *directory_products(text),
    ]
    # A unit read inside a longer one of these is the longer's tail: the lead-unit list's "市国防科工办" (round 41,
    # 上海's BeiDou plan), not the office short form "国防科工办" government_offices reads in it (UNIT_READ_WHOLE).
    academies = [a for a in academies if not any(_holds(b, a) for b in academies)]
    mentions = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in academies)]
    mentions.extend(a for a in academies if not any(x < a.end and a.start < y for x, y in taken_by(mentions)))
    # "构建环西南大学创新创业生态圈": 西南大学, not 环西南大学 (RING_AROUND_UNIVERSITY)
    mentions = [
        replace(m, name=text[after_ring(text, m.start, m.end) : m.end], start=after_ring(text, m.start, m.end))
        if m.category == "institution" and after_ring(text, m.start, m.end) > m.start
        else m
        for m in mentions
    ]
    mentions = wrapped_fragment_heads(text, mentions)
    mentions = wrapped_name_tails(text, mentions)  # WRAPPED_NAME_TAIL
    # An institution the alias list knows by exactly the span a framed ending read as a platform
    # is that institution: "充分发挥中汽中心、…" names 中国汽车技术研究中心 (round 2).
    aliased = listed_mentions(text, declared=declared)
    aliased_spans = {(a.start, a.end) for a in aliased}
    mentions = [m for m in mentions if not (m.category == "platform" and (m.start, m.end) in aliased_spans)]
    taken = [(m.start, m.end) for m in mentions]
    brands = listed_with_institutions(text, mentions)
    sites = platform_majority_items(text, mentions)
    for m in [
        *aliased,
        *enumerated_institutions(text),
        *project_firms(text),
        *headquartered_firms(text),
        *phased_firms(text),
        *tailed_firms(text),
        *acting_firms(text),
        *level_congresses(text),
        *reporter_newspapers(text),
        *own_governments(text),
        *own_tier_platforms(text),
        *quoted_platforms(text),
        *district_brands(text),
        *listed_parks(text),
        *listed_sites(text),
        *brands,
        *sites,
    ]:
        if not any(x < m.end and m.start < y for x, y in taken):
            mentions.append(m)
    classes = ent.counted_classes(text)
    classes |= distributed_classes(text, [(m.name, m.start) for m in mentions if m.category == "platform"])
    # A kind the text builds one apiece in one clause is a kind in the others, its heading included
    # ("14.建设完善数据中心和大数据管理平台" before "各高级人民法院建设完善…大数据管理平台", heldout6).
    apiece = built_apiece(text, {m.name for m in mentions if m.category == "platform"})
    terms = defined_terms(text)
    inspected = inspected_sites(text)
    rooms = inventory_rooms(text)
    topics = _heading_topics(text)
    return _resolve(
        [
            m
            for m in _without_restated(mentions)
            if not (
                m.category == "platform"
                and (
                    _is_class(m.name, classes)
                    or node_without_place(m.name)  # NODE_WITHOUT_PLACE
                    or _thing_then_kind(m.name)
                    or m.name in apiece
                    or is_defined_term(m.name, terms)
                    or is_inspected_site(m.name, inspected)
                    or m.name in rooms
                    or _in_contents(text, m.start)
                    or _heading_topic(m, topics)
                )
            )
        ]
    )


# A restated short form is at least this long: shorter tails are kinds ("实验室", "产业园").
RESTATED_MIN = 5


def _restated_by(name: str, whole: str) -> bool:
    """``whole`` is ``name`` with a place or national qualifier in front (RESTATED_QUALIFIER)."""
    if len(whole) <= len(name) or not whole.endswith(name):
        return False
    head = whole[: -len(name)]
    if RESTATED_QUALIFIER.pattern.match(head):
        return True
    if PLACE_RE.fullmatch(head):
        return True
    words = list(_posseg().cut(head))
    return bool(words) and all(w.flag in PLACE_TAGS for w in words)


# BARE_LOCAL_BODY_ENDINGS (fixext55): a local government body written bare after the text named it whole with its
# city or county in front is that body again, a short form, not a body of its own: every city has a 环保局, so the bare
# 环保局 names none by itself ("临汾市环保局原局长张文清…，授意环保局原办公室主任张烨…", heldout55, the ministry's
# circular on 临汾's air data: only 临汾市环保局 is gold). Bureaus, departments, commissions and offices of a place
# only: a national qualifier (中华人民共和国, 国家) makes no local body, and a ministry (…部) is one whatever its
# qualifier. Only a body named by its line of work alone (BARE_LOCAL_BODY_MAX characters: 环保局, 财政局, 公安局); a
# level in front is the text's own short form, gold in earlier rounds ("市财政局", "省能源局" after the whole names),
# and a longer head may hold a place jieba does not know ("大同矿务局").
BARE_LOCAL_BODY_ENDINGS = ("局", "厅", "委", "办")
BARE_LOCAL_BODY_MAX = 4
LEVEL_OPENINGS = tuple("省市区县州盟旗镇乡")
NATIONAL_QUALIFIERS = ("中华人民共和国", "中国", "国家", "中央")


def _restated_local_body(m: ent.Mention, earlier: list[ent.Mention]) -> bool:
    """``m`` is a local body written bare after its whole name with the place in front (BARE_LOCAL_BODY_ENDINGS)."""
    if m.category != "institution" or not m.name.endswith(BARE_LOCAL_BODY_ENDINGS) or PLACE_RE.search(m.name):
        return False
    if len(m.name) > BARE_LOCAL_BODY_MAX or m.name.startswith(LEVEL_OPENINGS):
        return False
    return any(
        w.category == "institution"
        and w.start < m.start
        and not w.name.startswith(NATIONAL_QUALIFIERS)
        and _restated_by(m.name, w.name)
        for w in earlier
    )


def _without_restated(mentions: list[ent.Mention]) -> list[ent.Mention]:
    """Drop a platform written bare where the text also names it whole with a place or national
    qualifier in front ("海洋生物技术公共研发基地" after "国家（海南）海洋生物技术公共研发基地"), unless
    the bare name has a mark of a name of its own."""
    wholes = {m.name for m in mentions if m.category == "platform"}
    return [
        m
        for m in mentions
        if not (
            m.category == "platform"
            and len(m.name) >= RESTATED_MIN
            and not OWN_NAME_MARK.search(m.name)
            and not PLACE_RE.search(m.name)
            and any(_restated_by(m.name, w) for w in wholes)
        )
    ]


def _without_restated_local_bodies(_text: str, mentions: list[ent.Mention]) -> list[ent.Mention]:
    """Drop a local body written bare after its whole name (BARE_LOCAL_BODY_ENDINGS), once every name is read
    whole (a list item first read short, "大同|矿务局", is whole by then)."""
    return [m for m in mentions if not _restated_local_body(m, mentions)]


def _heading_topics(text: str) -> list[tuple[int, int]]:
    """The spans of the topics of numbered heading lines (HEADING_TOPIC)."""
    if "\n" not in text:
        return []  # a text on one line has no heading lines
    return [(m.start("topic"), m.end("topic")) for m in HEADING_TOPIC.finditer(text)]


def _heading_topic(m: ent.Mention, topics: list[tuple[int, int]]) -> bool:
    """A platform named in a heading after the words that say what to do with it, without a mark of
    a name of its own (OWN_NAME_MARK, a place): the section's topic, a kind ("7、建设养老数字化平台")."""
    if OWN_NAME_MARK.search(m.name) or PLACE_RE.search(m.name):
        return False
    return any(a < m.start and m.end <= b for a, b in topics)


def _in_contents(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a line of a table of contents (TOC_LINE_END)."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if not _leader_within(text, pos, line_end):
        return False  # no leader on the rest of the line: TOC_LINE_END cannot match there
    return TOC_LINE_END.search(text, pos, line_end) is not None


def _leader_within(text: str, start: int, end: int) -> bool:
    """Whether TOC_LEADER_MIN leader dots in a row lie inside [start, end)."""
    runs = _leaders(text)
    for s, e in runs[max(0, bisect_right(runs, (start, len(text) + 1)) - 1) :]:
        if s >= end:
            break
        if max(s, start) + TOC_LEADER_MIN <= min(e, end):
            return True
    return False


# A TOC line's dot leader, as TOC_LINE_END opens: TOC_LEADER_MIN or more of its dots in a row. A
# match of TOC_LINE_END in [pos, line_end) holds such a run inside [pos, line_end), so the lines
# without one are answered without the pattern, which has no literal to search for and was tried
# at every character up to the line's end, once per platform mention (a text without line breaks
# paid its length each time: 1.6 s of 34 s of profiled analysis over 50 generated plans).
TOC_LEADER = re.compile(r"[.．…·]{5,}")
TOC_LEADER_MIN = 5


@lru_cache(maxsize=4)
def _leaders(text: str) -> tuple[tuple[int, int], ...]:
    """The maximal runs of leader dots in a text (greedy matches are maximal)."""
    return tuple((m.start(), m.end()) for m in TOC_LEADER.finditer(text))


def taken_by(mentions: list[ent.Mention]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in mentions]


def _thing_then_kind(name: str) -> bool:
    """ "小微企业园和专业园区": a thing without a platform's ending, 和, and a kind (THING_THEN_KIND)."""
    pair = THING_THEN_KIND.match(name)
    return pair is not None and ending_of(pair.group("thing")) is None and is_generic(pair.group("kind"), "platform")


def _is_class(name: str, classes: set[str]) -> bool:
    """A counted class, also spelled slightly differently ("火炬特色产业化基地")."""
    return name in classes or any(_similar(name, other, CLASS_SPELLING_SIMILARITY) for other in classes)


def _restates(name: str, item: str) -> bool:
    """ "高级别生物安全实验平台" restates the block item "高级别生物安全实验室"."""
    return _similar(name, item, RESTATEMENT_SIMILARITY)


def _similar(a: str, b: str, threshold: float) -> bool:
    """``SequenceMatcher.ratio() >= threshold``, trying its cheap upper bounds first: most pairs
    fail on the length bound alone."""
    # real_quick_ratio, the length bound, computed as difflib does before a SequenceMatcher is made:
    # making one indexes ``b`` (12,703 of them over 50 generated plans, most for pairs failing here).
    length = len(a) + len(b)
    if (2.0 * min(len(a), len(b)) / length if length else 1.0) < threshold:
        return False
    matcher = SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold


def _outside(a: int, b: int, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces, cursor = [], a
    for s, e in sorted(blocks):
        if e <= cursor or s >= b:
            continue
        if s > cursor:
            pieces.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < b:
        pieces.append((cursor, b))
    return pieces


def _outside_cited_titles(text: str, mentions: list[ent.Mention]) -> list[ent.Mention]:
    """Drop the institutions every mention of which lies inside the title of a cited document
    (CITED_TITLE): their authors, not actors of the plan."""
    if "《" not in text:
        return mentions
    titles = [(m.start(), m.end()) for m in CITED_TITLE.pattern.finditer(text)]
    starts = [a for a, _ in titles]

    def in_title(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < titles[i][1]

    outside = {m.name for m in mentions if m.category == "institution" and not in_title(m.start)}
    return [m for m in mentions if m.category != "institution" or m.name in outside]


def page_link_lines(text: str) -> list[tuple[int, int]]:
    """PAGE_LINK_LIST: the spans of the lines of every long run of navigation links (blank lines inside a run)."""
    runs: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    table = False

    def close() -> None:
        if len(run) >= PAGE_LINK_RUN_MIN and not table:
            runs.extend(run)

    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) <= PAGE_LINK_LINE_MAX and not PAGE_LINK_TEXT_PUNCTUATION.search(stripped):
            run.append((start, start + len(line)))
            table = table or bool(PAGE_LINK_TABLE_CELL.match(stripped))
            continue
        close()
        run, table = [], False
    close()
    return runs


def _outside_page_links(text: str, mentions: list[ent.Mention]) -> list[ent.Mention]:
    """Drop the names read as a part of a navigation link's line (PAGE_LINK_LIST)."""
    lines = page_link_lines(text)
    if not lines:
        return mentions
    starts = [a for a, _ in lines]

    def inside_link(m: ent.Mention) -> bool:
        i = bisect_right(starts, m.start) - 1
        if i < 0 or m.end > lines[i][1]:
            return False
        a, b = lines[i]
        whole = text[a:b].strip() == text[m.start : m.end]
        return not whole and PAGE_LINK_POST_AFTER.match(text[m.end : b].strip()) is None

    return [m for m in mentions if not inside_link(m)]


def _resolve(mentions: list[ent.Mention]) -> list[ent.Mention]:
    """Decide unframed 研究院 / 研究中心 names by how the document frames the same name elsewhere:
    an institution frame wins, then a platform frame; else the ending's default stays."""
    as_institution = {m.name for m in mentions if m.framing == "institution-frame"}
    as_platform = {m.name for m in mentions if m.framing in ("block", "list")}
    out: list[ent.Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.ambiguous and m.name in as_institution:
            m = replace(m, category="institution", kind="科研院所", ambiguous=False, builds=False)
        elif m.ambiguous and m.name in as_platform:
            m = replace(m, category="platform", kind=ent.platform_kind(m.name), ambiguous=False)
        out.append(m)
    return out


def _curl(match: re.Match[str]) -> str:
    return f"“{match.group('body')}”"


def curled_quotes(text: str) -> str:
    """``text`` with each pair of straight quote marks read as a curly pair (STRAIGHT_QUOTE_PAIR), one character for
    one: '"企呼我应"平台' → "“企呼我应”平台", so that the quote rules read it; the same text where it has none."""
    if '"' not in text:
        return text
    return STRAIGHT_QUOTE_PAIR.sub(_curl, text)


def as_printed(mentions: list[ent.Mention], read: str, text: str) -> list[ent.Mention]:
    """The mentions found in ``read`` (:func:`curled_quotes`) named with the quote marks ``text`` prints where the
    name is its span's words (a resolved alias or a rewritten name keeps its own)."""
    if read == text:
        return mentions
    out = []
    for m in mentions:
        span = read[m.start : m.end]
        at = span.find(m.name) if "“" in m.name or "”" in m.name else -1
        if at >= 0 and text[m.start : m.end] != span:
            m = replace(m, name=text[m.start + at : m.start + at + len(m.name)])
        out.append(m)
    return out


# CARE_CENTRE: a care home or a childcare centre with a name of its own is a body that serves people, an
# institution (其他), as the golds have every one (round 52, 平潭's social-affairs plan: "民政养老领域1个
# （平潭怡馨养老服务中心）", "金井养老服务中心"; rounds 26/28, 杭州's reports: "市托育综合服务中心"). Read after
# the class rules, which leave out the kinds every district builds ("区域养老服务中心": traps).
CARE_CENTRE = re.compile(r"(?:养老服务|托育综合服务|颐养照护|养老照护)中心$")
# … not a centre named by its type or its tier, a kind the class rules let through as a platform ("打造…“枢纽型”
# 养老服务中心", round 52; "示范性公办托育综合服务中心", round 38: traps).
CARE_CENTRE_KIND = re.compile(r"型|示范|公办|民办|普惠|城乡|区域|社区|街道|乡镇")


def _care_centres_as_institutions(_text: str, mentions: list[ent.Mention]) -> list[ent.Mention]:
    """The mentions, with the platforms that name a care or childcare centre (CARE_CENTRE) read as institutions."""
    return [
        replace(m, category="institution", kind="其他", builds=False, ambiguous=False, framed=False)
        if m.category == "platform" and CARE_CENTRE.search(m.name) and not CARE_CENTRE_KIND.search(m.name)
        else m
        for m in mentions
    ]


# MEDICAL_CENTRE (ext58): a hospital's or a city's medical centre named as its own (a clinical department, a
# hospital built as a centre) is a body that treats people, an institution (医院), as the golds have every one (round
# 25, 苏州's outline: "加快推进高水平医院建设，…苏州医学中心"; round 24, 广州's: "广州南部应急医疗中心"; round 28,
# 深圳's review: "市中医院针灸推拿中心", "深圳大学总医院口腔中心"; round 24, 南京's: "南京市心理健康和精神卫生防治
# 中心"), not a platform; read as the care centres are.
MEDICAL_CENTRE = re.compile(r"(?:医学|医疗|口腔|推拿|精神卫生防治)中心$")
# … where the name opens with its place (a jieba place word) or holds its hospital (MEDICAL_CENTRE_OWNER); a state
# designation a hospital holds keeps the hospital before it and stays a platform (NATIONAL_MEDICAL_DESIGNATION:
# "中山大学附属第一医院国家医学中心", gold).
MEDICAL_CENTRE_OWNER = re.compile(r"医院|医科|^(?:市|省|区)[\u4e00-\u9fff]")
NATIONAL_MEDICAL_DESIGNATION = re.compile(r".国家")
# MEDICAL_STATUS (ext58): a medical centre named only by a tier, a region or a kind of care is a status or a class every
# place has, neither platform nor body (golds: must_not or `may` each time): "支持市妇儿医疗中心创建国家儿童医学中心"
# (round 26), "建强慢病管理中心、肿瘤防治中心" (round 25), "基层慢病筛防中心" (round 26), "国家区域公共卫生中心"
# (round 34); and a clinical research centre named by a sub-national tier or a city alone (round 25: "…临床医学研究
# 中心"; round 41: "国家、上海市临床医学研究中心"), not one named by its field ("国家儿童健康与疾病临床医学研究中心",
# gold) nor the national network a plan builds (sh-stic-14: "国家临床医学研究中心", gold).
MEDICAL_STATUS = re.compile(
    r"^(?:国家|省级|市级|省|市|区|县|基层|区域|自治区)?(?:儿童|中医|区域)?"
    r"(?:医学|区域医疗|公共卫生|慢病管理|慢性病管理|慢病筛防|肿瘤防治)中心$"
)
CLINICAL_STATUS = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}市|省|市|省级|市级)?临床医学研究中心$")


def _opens_with_place_word(name: str) -> bool:
    words = list(_posseg().cut(name))
    return bool(words) and words[0].flag == "ns" and len(words[0].word) >= 2


def _medical_centres(_text: str, mentions: list[ent.Mention]) -> list[ent.Mention]:
    """The mentions, with the platforms that name a place's or a hospital's medical centre read as institutions
    (MEDICAL_CENTRE) and the medical statuses and classes dropped (MEDICAL_STATUS, CLINICAL_STATUS)."""
    out: list[ent.Mention] = []
    for m in mentions:
        if m.category != "platform" or NATIONAL_MEDICAL_DESIGNATION.search(m.name):
            out.append(m)
        elif MEDICAL_STATUS.match(m.name) or CLINICAL_STATUS.match(m.name):
            continue
        elif MEDICAL_CENTRE.search(m.name) and (_opens_with_place_word(m.name) or MEDICAL_CENTRE_OWNER.search(m.name)):
            out.append(replace(m, category="institution", kind="医院", builds=False, ambiguous=False, framed=False))
        else:
            out.append(m)
    return out


# EXCHANGE_AS_PLATFORM (fixext57): an exchange (交易所, and the regional equity exchanges named 股权(托管)交易中心) is
# market infrastructure a plan builds on as well as a body: the golds since round 20 have every exchange named one by
# one as a gold platform and `may` as an institution (round 57, 深圳's 十五五 outline: "支持深圳数据交易所创建国家级数据
# 交易所", "支持前海股权交易中心打造企业赴港上市培育基地"; round 52, 郑州's: "中原股权交易中心"; rounds 30, 33, 55, 56:
# "广州期货交易所", "深圳证券交易所", "北京证券交易所", "国际大数据交易所"), a few older golds the institution only
# ("深化上海航运交易所体制改革", round 38). The institution stays and the platform is read beside it.
EXCHANGE_ENDINGS = ("交易所", "股权交易中心", "股权托管交易中心")
# … not an exchange named by its tier and kind alone, a status aimed at ("创建国家级数据交易所", round 57: a trap;
# "建设世界级航运交易所", round 28: `may`), which is neither a platform nor a body; nor two exchanges run together by a
# conjunction ("推动郑商所与全球主要期货交易所…合作", round 52).
EXCHANGE_TIER_STATUS = re.compile(r"^(?:国家级|世界级|国际一流|省级|市级|区域性)")
EXCHANGE_JOINED = re.compile(r"[与和及、]")


def _exchanges_as_platforms(_text: str, mentions: list[ent.Mention]) -> list[ent.Mention]:
    """The mentions, with each exchange named as an institution read as a platform too (EXCHANGE_AS_PLATFORM), and the
    exchanges named by a tier dropped (EXCHANGE_TIER_STATUS)."""
    out: list[ent.Mention] = []
    for m in mentions:
        exchange = m.category == "institution" and m.name.endswith(EXCHANGE_ENDINGS)
        if exchange and EXCHANGE_TIER_STATUS.match(m.name):
            continue
        out.append(m)
        if exchange and not EXCHANGE_JOINED.search(m.name):
            out.append(replace(m, category="platform", kind=ent.platform_kind(m.name), framing="free", ambiguous=False))
    return out


# INTEGRATED_KINDS (fixext57): "集A、B、C于一体" lists the kinds of facility or function one thing combines, not units
# built or named: "构建集超算中心、智算中心、数据中心、云服务、边缘算力、端侧算力于一体的高效智能算力网络" (round 57,
# 苏州's outline: "集超算中心" was a false platform), "集多功能现代服务业及企业总部基地于一体"; the golds have nothing
# inside such a span but two `may` ("科技创新Mall", "粤菜师傅大师工作室"). No mark that ends a clause inside.
INTEGRATED_KINDS = re.compile(r"集[^。；！？，\n]{1,80}?于一体")


def _outside_integrated_kinds(text: str, mentions: list[ent.Mention]) -> list[ent.Mention]:
    """The mentions not inside a "集…于一体" list of kinds (INTEGRATED_KINDS)."""
    spans = [(m.start(), m.end()) for m in INTEGRATED_KINDS.finditer(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]


# CROSS_SCOPE_KIND (fixext57): a name that opens with 跨 and a scope (跨境, 跨区域, 跨行业, 跨省 …: "cross-border",
# "cross-regional") describes a kind of platform or body by the bounds it crosses, not one unit: "支持组建跨区域职业
# 教育集团" (round 57, 杭州's outline), "跨境电商产业园", "跨境电商平台" (round 30), "跨境贸易平台" (round 45),
# "跨产业链协同平台" (round 25), "跨境电商综合试验区" (round 19) were false; every gold has such names `must_not` or
# `may` (41 entries, none gold). A named zone opens with its place ("中国（杭州）跨境电子商务综合试验区").
CROSS_SCOPE_KIND = re.compile(r"^跨(?:境|区域|省|国|行业|领域|产业链?|学科|部门|场景|业务|媒体|地区|区|市|界)")


def _without_cross_scope_kinds(_text: str, mentions: list[ent.Mention]) -> list[ent.Mention]:
    """The mentions whose names do not open with a scope crossed (CROSS_SCOPE_KIND)."""
    return [m for m in mentions if not CROSS_SCOPE_KIND.match(m.name)]


# The document-wide passes over the mentions found, in order, each one rule named where it is defined. They see the
# whole document's mentions at once (a name's other mentions, the cited titles, the link lines), which the finding of
# each mention cannot. First over the text as its rules read it (curled_quotes: the same length, quote marks
# paired), while names are still spelled as read; then, once the names carry the quote marks the text prints
# (as_printed), over the printed text.
MentionPass = Callable[[str, list[ent.Mention]], list[ent.Mention]]
PASSES_ON_READ_TEXT: tuple[MentionPass, ...] = (
    refine_institutions,  # institution names corrected by the document's other mentions
    _outside_cited_titles,  # CITED_TITLE: the authors of cited documents are no actors of the plan
    _outside_page_links,  # PAGE_LINK_LIST: names read inside navigation links
)
PASSES_ON_PRINTED_TEXT: tuple[MentionPass, ...] = (
    _care_centres_as_institutions,  # CARE_CENTRE
    _medical_centres,  # MEDICAL_CENTRE, MEDICAL_STATUS, CLINICAL_STATUS
    _without_restated_local_bodies,  # BARE_LOCAL_BODY_ENDINGS, once every name is read whole
    _exchanges_as_platforms,  # EXCHANGE_AS_PLATFORM, EXCHANGE_TIER_STATUS
    _outside_integrated_kinds,  # INTEGRATED_KINDS
    _without_cross_scope_kinds,  # CROSS_SCOPE_KIND
)


# --- the document -------------------------------------------------------------------------
def _holds(outer: ent.Mention, inner: ent.Mention) -> bool:
    """UNIT_READ_WHOLE: ``outer`` spans ``inner`` and more."""
    return outer.start <= inner.start and inner.end <= outer.end and outer.end - outer.start > inner.end - inner.start


def extract_entities(doc: PlanDocument, vocab: FieldVocabulary) -> PlanDocument:
    """A new, validated document with fields, platforms, institutions and their relations."""
    ent.add_user_words(vocab.jieba_user_words())
    index = _Index(doc)
    text = doc.text
    named = _field_sections(index, vocab)
    platforms: dict[str, Platform] = {}
    institutions: dict[str, Institution] = {}
    relations: dict[str, dict[tuple[str, str], Evidence]] = {
        "in_field": {},
        "supports": {},
        "builds": {},
        "mentions": {},
    }

    def add(kind: str, evidence: Evidence) -> None:
        relations[kind].setdefault((evidence.source_id, evidence.target_id), evidence)

    read = curled_quotes(text)
    read_doc = doc if read == text else doc.model_copy(update={"text": read})
    found = find_document_mentions(read_doc, index)
    for step in PASSES_ON_READ_TEXT:
        found = step(read, found)
    found = as_printed(found, read, text)
    for step in PASSES_ON_PRINTED_TEXT:
        found = step(text, found)
    # Spans of entity names: a field named inside a name ("上海人工智能创新中心") says nothing
    # about what the passage is about.
    names = [(m.start, m.end) for m in found]
    for m in found:
        # Outside every section and task (a text without headings, a preamble): the plan itself.
        source, span = index.source_at(m.start) or (doc.plan.id, (0, len(text)))
        if m.category == "institution":
            target = institution_id(m.name)
            kind = cast(InstitutionKind, m.kind)  # entities.INSTITUTION_ENDINGS uses these kinds
            institutions.setdefault(target, Institution(id=target, name=m.name, kind=kind))
            add("mentions", _evidence(text, source, target, m.start, m.end, span))
            continue
        target = platform_id(m.name)
        platforms.setdefault(target, Platform(id=target, name=m.name, kind=m.kind))
        add("mentions", _evidence(text, source, target, m.start, m.end, span))
        if not (m.builds or m.framing in ("block", "list")):
            continue
        add("builds", _evidence(text, source, target, m.start, m.end, span))
        for field in _supported_fields(text, m, index, named, vocab):
            add("supports", _evidence(text, target, field_id(field), m.start, m.end, span))

    _in_field(doc, index, named, vocab, add, names)
    used = {e.target_id for e in [*relations["in_field"].values(), *relations["supports"].values()]}
    fields: list[Field] = [vocab.field(name) for name in vocab.names if field_id(name) in used]
    # The document validated again as a whole (PlanDocument's consistency: ids, spans), its
    # records taken as the validated models they are, as analyse does with the indicators: a
    # dump of the whole document and a validation of every record from it were ~3 % of the
    # analysis of 50 generated plans.
    return PlanDocument.model_validate(
        {
            **dict(doc),
            "fields": fields,
            "platforms": list(platforms.values()),
            "institutions": list(institutions.values()),
            "in_field": list(relations["in_field"].values()),
            "supports": list(relations["supports"].values()),
            "builds": list(relations["builds"].values()),
            "mentions": list(relations["mentions"].values()),
        }
    )


def _supported_fields(
    text: str, m: ent.Mention, index: _Index, named: dict[str, list[str]], vocab: FieldVocabulary
) -> list[str]:
    found: dict[str, None] = {}
    if m.framed and m.framing == "free":
        # Known as a platform from its frame only ("建立…平台"): it supports the fields its own
        # name names, not every field of the section it sits in.
        for name in vocab.names_in(ent.name_head(m.name)):
            found.setdefault(name, None)
        return list(found)
    task = index.task_at(m.start)
    task_fields = vocab.names_in(task.title) if task is not None else []
    if len(task_fields) == 1:
        # A task titled for one field ("（2）新型显示技术与产品") is the deepest field unit; a
        # title listing several fields is an enumeration, not a statement about each platform.
        found.setdefault(task_fields[0], None)
    else:
        _, section_fields = _deepest_fields(index, index.section_at(m.start), named)
        for name in section_fields:
            found.setdefault(name, None)
    for name in vocab.names_in(ent.name_head(m.name)):
        found.setdefault(name, None)
    _, clause_end = ent.clause_bounds(text, m.start, m.end)
    closing = ENUMERATION_CLASS.match(text, m.end, clause_end + 1)
    if closing is not None:
        for name in vocab.names_in(closing.group("cls")):
            found.setdefault(name, None)
    return list(found)


def _in_field(
    doc: PlanDocument,
    index: _Index,
    named: dict[str, list[str]],
    vocab: FieldVocabulary,
    emit: Emit,
    names: list[tuple[int, int]],
) -> None:
    """IN_FIELD for field-titled sections, and for tasks: inherited, by title, by text."""
    text = doc.text
    starts = sorted(names)

    def in_name(start: int, end: int) -> bool:
        i = bisect_right(starts, (start, len(text)))
        return any(a <= start and end <= b for a, b in starts[max(0, i - 3) : i])

    def from_heading(source_id: str, heading: Section, names: Iterable[str]) -> None:
        """IN_FIELD with the field-naming heading as evidence."""
        start, end = title_span(text, heading)
        for name in names:
            evidence = Evidence(
                source_id=source_id, target_id=field_id(name), evidence=heading.title, start=start, end=end
            )
            emit("in_field", evidence)

    for section in doc.sections:
        if section.id in named:
            from_heading(section.id, section, named[section.id])
    for task in doc.tasks:
        holder, inherited = _deepest_fields(index, index.by_id.get(task.section_id), named)
        if holder is not None:
            from_heading(task.id, holder, inherited)
        if task.title:
            t_start, t_end = title_span(text, task)
            title_fields = {m.name for m in vocab.find(text, t_start, t_end) if not in_name(m.start, m.end)}
            for name in [n for n in vocab.names_in(task.title) if n in title_fields]:
                emit(
                    "in_field",
                    _evidence(
                        text,
                        task.id,
                        field_id(name),
                        t_start,
                        t_end,
                        (task.start, task.end),
                    ),
                )
        body_start = title_span(text, task)[1] if task.title else task.start
        counts: dict[str, list[int]] = {}
        for mention in vocab.find(text, body_start, task.end):
            if not in_name(mention.start, mention.end):
                counts.setdefault(mention.name, []).append(mention.start)
        for name, positions in counts.items():
            if len(positions) >= MIN_TEXT_MENTIONS:
                first = positions[0]
                emit(
                    "in_field",
                    _evidence(
                        text,
                        task.id,
                        field_id(name),
                        first,
                        first + 1,
                        (task.start, task.end),
                    ),
                )
