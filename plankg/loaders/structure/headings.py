"""Heading markers of Chinese plan texts: named patterns, and reading one heading line.

A marker *style* (一、 / （一） / 1. / （1） / 第一章 …) says nothing about depth by itself:
plans nest them in different orders, so the section tree gives levels by the order in which
styles open (see ``segment``). Numbers are parsed so that siblings can be checked for sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from plankg.loaders.rules.glued_sentences import (
    JOINED_PART_HEAD_NOUNS,
    SUBSIDY_AMOUNT_NOUNS,
    TIME_WORD_BEFORE_CUT,
    WHOLE_PROCESS_MODIFIER,
    WHOLE_PROCESS_NOUNS,
    subsidy_amount_head,
)
from plankg.loaders.rules.structure import (
    ACCOUNT_DATE_LINE,
    ADVERB_AS_OBJECT,
    ADVERB_AS_OBJECT_VERBS,
    ADVERB_BEFORE_OPENER,
    ADVERB_OPENS_SENTENCE,
    ARTICLE_CUT_LINE,
    ARTICLE_MARKER_ALONE,
    ATTACHMENT_LIST,
    ATTRIBUTIVE_PHRASES,
    BOUND_AFTER_FIGURE,
    BRACKETED_LINE,
    BRACKETED_TITLE_NOTE_STYLES,
    BULLETS,
    CAPTION,
    CHAPTER_DESCRIBED,
    CITED_DOCUMENT_SUBJECT,
    CLAUSE_LEAD_END,
    CLAUSE_REFERENCE,
    CLAUSE_REQUIREMENT,
    CLAUSE_SENTENCE_MIN,
    CN_NUMERAL,
    CONDITION_LABEL,
    CONJUNCTION_IN_WORD,
    CONTACT_LINE,
    DASH_ITEM_MARK,
    DEADLINE_OPENER,
    DOC_NUMBER_ALONE,
    ENTRY_INTO_FORCE_PROVISION,
    GLUED_LINE_TITLE_STYLES,
    GLUED_TITLE_MAX,
    GLUED_TITLE_MIN,
    HEAD_NOUN_LEAD_NAME_MAX,
    HEAD_NOUN_OPENER_WORD_MAX,
    HEAD_NOUN_THEN_COMPARISON,
    HEAD_NOUN_WORD_SPLITS,
    IMAGE_NAMES_LINE,
    INLINE_PART_HEAD_NOUN_SPLITS,
    INLINE_PART_HEAD_NOUNS,
    INLINE_SENTENCE_OPENERS,
    INLINE_SUBJECT_OPENERS,
    INLINE_TITLE_END,
    INTERPRETING_BODY_PROVISION,
    LABEL_CLAUSE_MARK,
    LABEL_CLOSE_BRACKETS,
    LABEL_END,
    LABEL_OPEN_BRACKETS,
    LABEL_VALUE_LIST_END,
    LABEL_VALUE_NOTE,
    LABEL_VALUE_SENTENCE,
    LABEL_VALUE_STYLES,
    LEAD_LINE_END,
    LETTER_SPACED_TITLE_MAX,
    LIST_ITEM_END,
    LOST_CHAPTER_NUMERAL,
    LOST_NUMERAL,
    MARKER_STYLES,
    MAX_HEADING_CHARS,
    MAX_UNNUMBERED_HEADING_CHARS,
    MODAL_BEFORE_OPENER,
    MODAL_BEFORE_VERB,
    MODAL_WORD_HEADS,
    NOTATION_COLON,
    NOTICE_CLOSING,
    NOUN_USED_OPENERS,
    NOUNS_NOT_UNITS,
    OBJECT_FRONTING_OPENER,
    ONE_SENTENCE_PARAGRAPH_STYLES,
    OPENER_AFTER_COGNITION_VERB,
    OPENER_AFTER_CONJUNCTION,
    OPENER_BEFORE_RESTATED_OPENING,
    OPENER_WORD_HEADS,
    OPENER_WORD_TAILS,
    ORDINAL_LABEL_TITLE,
    PIPE_TABLE_ROW,
    PLAIN_TITLE_BREAKS,
    QUANTITY_AFTER,
    QUESTION_END,
    REPORT_HEAD_NOUNS,
    RESTATED_AFTER_SUBJECT,
    RESTATED_AFTER_YEAR,
    RESTATED_AFTER_YEAR_GAP,
    RESTATED_AS_THIS,
    RESTATED_AS_THIS_CHARS,
    RESTATED_OPENING_WORDS,
    RESTATED_SUBJECT,
    RESTATED_SUBJECT_COPULA,
    RESTATED_SUBJECT_NOT_ATTRIBUTIVE,
    RESTATED_SUBJECT_ROLE,
    RESTATED_TAIL_QUALIFIER_MAX,
    RESTATED_TAIL_QUALIFIER_MIN,
    RESTATED_TITLE_WORDS_MIN,
    REVISION_CLAUSE,
    RUN_IN_LEAD_END,
    RUN_IN_TITLE_MAX,
    SECOND_QUESTION_ON_LINE,
    SENTENCE_END,
    SENTENCE_OPENERS,
    SPEAKER_BYLINE,
    STAR_MARKS,
    STRAY_MARKER_CHARS,
    STRENGTHENED_SUPPORT,
    STRENGTHENED_SUPPORT_GOES_ON,
    SUBJECT_AFTER_VERBS,
    SUBJECT_WORD_HEADS,
    TAB_SPACED_CHAPTER_TITLE,
    TAB_SPACED_GAP,
    TASK_ONLY_STYLES,
    TITLE_BEFORE_ARTICLE,
    TITLE_BEFORE_BODY_MARK,
    TITLE_HEAD_GOES_ON,
    TITLE_HEAD_NOUNS,
    TITLE_LINE_SPACE,
    TITLE_LINE_SPACE_CLAUSE,
    TITLE_LINE_SPACE_MIN,
    TITLE_REPEAT_MIN,
    TOC_HEADING,
    UNIT_TAG_LINE,
    UNSTOPPED_LABEL_BODY,
    UNSTOPPED_LABEL_STYLES,
    YEAR_OPENING,
    cn_to_int,
)

# The number of a 一、 marker whose numeral was lost (LOST_NUMERAL): the section tree takes the
# next number of its style.
LOST_NUMBER = 0

# OPENER_BEFORE_RESTATED_OPENING with the sentence openers of lines and of inline texts, words of two characters or
# more (one character, 要 / 以 / 在, may end the title's last word: 主要, 存在) (_restates_title)
_OPENERS_BEFORE_RESTATED = frozenset(
    o for o in OPENER_BEFORE_RESTATED_OPENING + SENTENCE_OPENERS + INLINE_SENTENCE_OPENERS if len(o) > 1
)


@dataclass(frozen=True)
class Marker:
    style: str  # e.g. "cn", "paren-arabic"; chapter styles carry their unit: "chapter:章"
    number: int
    written: str  # the marker as it stands in the text, e.g. "（一）"
    length: int  # characters the marker (with following spaces) takes


# read_marker is asked about the same lines again and again (each pass of segmentation, the TOC,
# tasks, hard wraps): 40,390 calls for 3,573 distinct strings over 30 generated plans. Lines up
# to this long are remembered (a Marker is frozen); a longer string (a text's rest, read from a
# position) is read each time, not hashed and kept.
MARKER_CACHE_MAX_CHARS = 400


def read_marker(text: str) -> Marker | None:
    if len(text) <= MARKER_CACHE_MAX_CHARS:
        return _read_marker_cached(text)
    return _read_marker(text)


@lru_cache(maxsize=16_384)
def _read_marker_cached(text: str) -> Marker | None:
    return _read_marker(text)


def _read_marker(text: str) -> Marker | None:
    for style, pattern in MARKER_STYLES:
        match = pattern.match(text)
        if match:
            if style == "chapter":
                style = f"chapter:{match.group('unit')}"
            if style == "letter":  # LETTER_ENUM: (a) → 1
                written = match.group(0).rstrip(" \t\u3000")
                return Marker(style, ord(match.group("num")) - ord("a") + 1, written, match.end())
            if style == "labelled":  # LABELLED_ORDINAL: one style per label
                style = f"labelled:{match.group('label')}"
            if style in ("decimal", "decimal-top"):
                title_start = text[match.end() : match.end() + 1]
                spaced = match.group(0)[-1:] in " \t\u3000"
                noun = text.startswith(NOUNS_NOT_UNITS, match.end())  # NOUNS_NOT_UNITS: "1 人口特征"
                if title_start in QUANTITY_AFTER and not noun and (style == "decimal-top" or not spaced):
                    continue
                style = "decimal:1" if style == "decimal-top" else f"decimal:{match.group('prefix').count('.') + 2}"
            written = STRAY_MARKER_CHARS.sub("", match.group(0).rstrip(" \t\u3000"))
            return Marker(style, cn_to_int(match.group("num")), written, match.end())
    lost = LOST_NUMERAL.match(text)
    if lost is not None:
        return Marker("cn", LOST_NUMBER, "、", lost.end())  # its number: the next in sequence
    lost = LOST_CHAPTER_NUMERAL.match(text)
    if lost is not None:
        return Marker(f"chapter:{lost.group('unit')}", LOST_NUMBER, lost.group(0).strip(), lost.end())
    return None


@dataclass(frozen=True)
class HeadingLine:
    marker: Marker | None
    title: str
    title_offset: int  # where the title starts within the line
    inline: bool  # the heading's paragraph continues on the same line


def read_heading_line(line: str, line_is_sentence: bool = False) -> HeadingLine | None:
    """A numbered heading, with its title (the whole line, or the inline title up to "。").
    ``line_is_sentence``: the text stands one sentence a line, its 。 turned into line breaks
    (SENTENCE_PER_LINE): a line without a 。 ends a sentence all the same."""
    marker = read_marker(line)
    if marker is None or IMAGE_NAMES_LINE.fullmatch(line) is not None:  # IMAGE_NAMES_LINE: "1.png2.png3.png"
        return None
    rest = line[marker.length :]
    if ENTRY_INTO_FORCE_PROVISION.match(rest) is not None:
        return None  # "七、本通知自…起施行，有效期5年。": a clause (ENTRY_INTO_FORCE_PROVISION)
    if INTERPRETING_BODY_PROVISION.match(rest) is not None or REVISION_CLAUSE.match(rest) is not None:
        # "十一、本办法由…解释。", "（五）删去第十七条第一款。": clauses (INTERPRETING_BODY_PROVISION, REVISION_CLAUSE)
        return None
    if marker.style.startswith("chapter:") and CHAPTER_DESCRIBED.match(rest) is not None:
        return None  # "第一章是全面建成小康社会,…。主要阐述…": a reading's note on a chapter (CHAPTER_DESCRIBED)
    if marker.style == "decimal:1" and any(ch in rest for ch in PLAIN_TITLE_BREAKS):
        return None  # a page number glued to a sentence, or a table row (PLAIN_TITLE_BREAKS)
    if is_decimal_clause(marker, rest):
        return None
    marked = TITLE_BEFORE_BODY_MARK.match(rest)
    if marked is not None and read_marker(rest[marked.end() :]) is None:
        # "第三节　石油工业　　1990年全国原油产量…": the mark ends the title (TITLE_BEFORE_BODY_MARK);
        # another heading after it is read on its own line (HEADING_AFTER_MARK).
        return HeadingLine(marker, marked.group("title"), marker.length + marked.start("title"), True)
    article = TITLE_BEFORE_ARTICLE.match(rest) if marker.style.startswith("chapter:") else None
    if article is not None:
        # "第七章 法律责任 第四十二条 …": the title ends before the article (TITLE_BEFORE_ARTICLE).
        return HeadingLine(marker, article.group("title"), marker.length + article.start("title"), True)
    glued = _glued_title_end(marker, rest)
    if glued is not None:
        return HeadingLine(marker, rest[:glued], marker.length, True)
    question = rest.find(QUESTION_END)
    if 0 < question < len(rest) - 1 and SECOND_QUESTION_ON_LINE.fullmatch(rest, question + 1):
        return HeadingLine(marker, rest.strip(), marker.length, False)  # SECOND_QUESTION_ON_LINE: "…吗？能领多少钱？"
    if 0 < question < len(rest) - 1 and (rest.find(INLINE_TITLE_END) < 0 or question < rest.find(INLINE_TITLE_END)):
        return HeadingLine(marker, rest[: question + 1].strip(), marker.length, True)
    labelled = labelled_sentence_title(marker, rest)
    if labelled is not None:
        return HeadingLine(marker, labelled, marker.length, True)
    valued = label_of_value_line(marker, rest)
    if valued is not None:
        return HeadingLine(marker, valued, marker.length, True)
    stop = rest.find(INLINE_TITLE_END)
    glued_line = _glued_line_title_end(marker, rest, stop)
    if glued_line is not None and rest[:glued_line].endswith(MODAL_BEFORE_VERB):
        return None  # "（一）待遇领取人员可|通过…": a subject and its modal open a sentence (SUBJECT_MODAL_CLAUSE)
    if glued_line is not None:
        return HeadingLine(marker, rest[:glued_line], marker.length, True)
    if 0 < stop < len(rest) - 1:
        label = LABEL_END.search(rest, 0, stop)
        if label is not None and label.start() > 0 and CONDITION_LABEL.search(rest, 0, label.start()) is not None:
            return None  # "1、在…前已开具购房证明的：因…": a rule's condition, a clause (CONDITION_LABEL)
        if label is not None and label.start() > 0:
            stop = label.start()  # "1.简政提效：深化行政审批改革集成增效。…": the label is the title
        return HeadingLine(marker, rest[:stop].strip(), marker.length, True)
    title = rest.rstrip(INLINE_TITLE_END).strip()
    if (
        title
        and len(title) > MAX_HEADING_CHARS
        and marker.style in ONE_SENTENCE_PARAGRAPH_STYLES
        and (rest.rstrip().endswith(INLINE_TITLE_END) or (line_is_sentence and INLINE_TITLE_END not in rest))
    ):
        # "（一）扩大内地西藏初中班（校）所需的正常经费…原则解决。": a run-in paragraph of one long
        # sentence is titled by that sentence (ONE_SENTENCE_PARAGRAPH).
        return HeadingLine(marker, title, marker.length, True)
    if title and len(title) > MAX_HEADING_CHARS and _bracketed_note_title(marker, title):
        return HeadingLine(marker, title, marker.length, False)  # BRACKETED_TITLE_NOTE: "一、10米×4往返跑（达标：…）"
    if title and len(title) > MAX_HEADING_CHARS:
        clause = _first_clause_title(marker, rest)
        return HeadingLine(marker, clause, marker.length, True) if clause else None
    if (
        marker.style.startswith("chapter:")
        and TAB_SPACED_CHAPTER_TITLE.fullmatch(title)
        and len(TAB_SPACED_GAP.sub("", title)) <= LETTER_SPACED_TITLE_MAX
    ):
        title = TAB_SPACED_GAP.sub(" ", title)  # TAB_SPACED_CHAPTER_TITLE: "第一章 总 \t则"
    if not title or len(title) > MAX_HEADING_CHARS or "\t" in title or title[-1] in LIST_ITEM_END:
        return None
    lead = _head_noun_lead_end(marker, title) if rest.rstrip().endswith(RUN_IN_LEAD_END) else None
    if lead is not None:
        return HeadingLine(marker, title[:lead], marker.length, True)  # HEAD_NOUN_LEAD_LINE: "基本原则|以人为本,…"
    return HeadingLine(marker, title, marker.length, False)


def _head_noun_lead_end(marker: Marker, title: str) -> int | None:
    """Where a title line glued to the run-in lead below it ends after a part's head noun followed by a sentence
    opener (HEAD_NOUN_LEAD_LINE: "基本原则|以人为本,公平共享。"); None when it shows no such end. Only a line closed
    by the lead's full stop (RUN_IN_LEAD_END) is so read: "顶层设计和制度规则加快健全" is a whole title."""
    if marker.style not in GLUED_LINE_TITLE_STYLES:
        return None
    end = head_noun_end(title)
    if end is None or end > HEAD_NOUN_LEAD_NAME_MAX or len(title) - end <= HEAD_NOUN_OPENER_WORD_MAX:
        return None
    return end if any(title.startswith(o, end) for o in SENTENCE_OPENERS) else None


def _glued_line_title_end(marker: Marker, rest: str, stop: int) -> int | None:
    """Where a part's or section's title glued to its paragraph on one line ends (GLUED_LINE_TITLE):
    the first clause runs past a run-in title's length and the first sentence past a heading's,
    and the clause shows where the sentence starts (glued_clause_end); None otherwise."""
    if marker.style not in GLUED_LINE_TITLE_STYLES:
        return None
    sentence = rest[:stop] if stop > 0 else rest
    if len(sentence) <= MAX_HEADING_CHARS:
        if stop < 0 and rest.rstrip()[-1:] in "：:":
            # GLUED_LEAD_SENTENCE: "五、防雷和接地|电站防雷和接地应符合《…》的相关规定:" - a title line never ends
            # in a lead sentence's colon; cut where the sentence shows by the surest signs, or at the space the
            # title line's end left (TITLE_LINE_SPACE: "一、配额计算方法 燃煤机组的 CO2 排放配额计算公式如下：")
            spaced = TITLE_LINE_SPACE.search(sentence)
            if (
                spaced is not None
                and spaced.start() >= TITLE_LINE_SPACE_MIN
                and TITLE_LINE_SPACE_CLAUSE.search(sentence, 0, spaced.start()) is None
                and sentence.count("《", 0, spaced.start()) == sentence.count("》", 0, spaced.start())
            ):
                return spaced.start()
            return restated_title_end(re.split(r"[，、；：,;:]", sentence, maxsplit=1)[0])
        return None
    parts = re.split(r"([，、；：,;:])", sentence, maxsplit=2)
    first = parts[0]
    if len(first) > RUN_IN_TITLE_MAX:
        return glued_clause_end(first)
    # GLUED_TWO_CLAUSE_TITLE: "强化国土空间的整体统筹，促进绿韵红脉融合|通过建立…"
    if len(parts) < 3 or parts[1] != "，" or len(parts[2]) <= RUN_IN_TITLE_MAX:
        return None
    end = glued_clause_end(parts[2])
    return None if end is None else len(first) + 1 + end


def labelled_sentence_title(marker: Marker, rest: str) -> str | None:
    """The label of a numbered line that is one labelled sentence ("1、强化高校合作：与高校专家…深化
    交流，提升…专业支撑。"): titled by its label, as a run-in heading is (LABEL_END), when the label
    is title-sized (RUN_IN_TITLE_MAX). A line numbered as an item (TASK_ONLY_STYLES: "（1）优先确定
    生态保护空间：…。") stays an item's sentence; None when the line is no such sentence."""
    whole = rest.rstrip()
    stop = whole.find(INLINE_TITLE_END)
    unstopped = stop < 0 and marker.style in UNSTOPPED_LABEL_STYLES  # UNSTOPPED_LABELLED_ENTRY
    if not unstopped and (stop != len(whole) - 1 or stop <= 0 or marker.style in TASK_ONLY_STYLES):
        return None
    label = LABEL_END.search(whole, 0, len(whole) if unstopped else stop)
    if label is None or not 0 < label.start() <= RUN_IN_TITLE_MAX:
        return None
    if LABEL_CLAUSE_MARK.search(whole, 0, label.start()) is not None:
        return None  # LEAD_CLAUSE_NOT_LABEL: "…研究方向，如："
    if _inside_brackets(whole[: label.start()]):
        return None  # LABEL_INSIDE_BRACKETS: "普通高校（本科：4830元/生•年；…）"
    # UNSTOPPED_LIST_END: a list entry's closing "；" makes no sentence of its value
    if unstopped and UNSTOPPED_LABEL_BODY.search(whole.rstrip(LABEL_VALUE_LIST_END), label.end()) is None:
        return None
    return whole[: label.start()].strip()


def _inside_brackets(text: str) -> bool:
    """Does ``text`` end inside a bracket it opened (LABEL_INSIDE_BRACKETS)?"""
    return sum(text.count(b) for b in LABEL_OPEN_BRACKETS) > sum(text.count(b) for b in LABEL_CLOSE_BRACKETS)


def label_of_value_line(marker: Marker, rest: str) -> str | None:
    """The label of a part's label：value line with no sentence in it (LABEL_VALUE_LINE: "（一）中方联系人：
    陈婧  刘秀萍"); None for any other line."""
    if marker.style not in LABEL_VALUE_STYLES:
        return None
    label = LABEL_END.search(rest, 0, RUN_IN_TITLE_MAX + 1)
    if label is None or label.start() == 0 or LABEL_CLAUSE_MARK.search(rest, 0, label.start()) is not None:
        return None
    value = rest[label.end() :].strip()
    if value[-1:] in LABEL_VALUE_LIST_END:  # LABEL_VALUE_LIST_END: "…管委办）；", not a notation's colon
        label_text = rest[: label.start()]
        if NOTATION_COLON.match(rest, label.start()) or label_text.count("（") != label_text.count("）"):
            return None
        value = value[:-1]
    value = LABEL_VALUE_NOTE.sub("", value)  # LABEL_VALUE_NOTE: "1个（代化镇，…）"
    if not value or LABEL_VALUE_SENTENCE.search(value) is not None:
        return None
    if ORDINAL_LABEL_TITLE.fullmatch(rest[: label.start()].strip()) is not None:
        return None  # ORDINAL_LABEL_TITLE: "第二阶段：初步遏制疫情蔓延势头" is the title, whole
    return rest[: label.start()].strip()


def is_decimal_clause(marker: Marker, rest: str) -> bool:
    """A numbered clause of a standard (CLAUSE_LEAD_END, CLAUSE_SENTENCE_MIN): "4.3 …应满足下述
    要求：", "4.4 …宜按照图1的规定进行。" — a sentence, not a title."""
    if not marker.style.startswith("decimal:") or marker.style == "decimal:1":
        return False
    text = rest.strip()
    if text[-1:] in CLAUSE_LEAD_END:
        return True
    if CLAUSE_REQUIREMENT.search(re.split(r"[。；;！？]", text, maxsplit=1)[0]) is not None:
        return True  # CLAUSE_REQUIREMENT: "7.3.2  防灾分区应配备…设施。各类设施宜…"
    if text[-1:] != INLINE_TITLE_END or INLINE_TITLE_END in text[:-1]:
        return False
    return len(text) > CLAUSE_SENTENCE_MIN or CLAUSE_REFERENCE.search(text) is not None


def _glued_title_end(marker: Marker, rest: str) -> int | None:
    """Where a chapter-style title glued to its first sentence ends (GLUED_TITLE_MIN,
    SENTENCE_OPENERS), or None when the line shows no such start."""
    if not marker.style.startswith("chapter:") or marker.length != len(marker.written) or rest[:1].isspace():
        return None
    # the first clause: up to a mark, a space or the next chapter marker ("…指导思想第二章…")
    clause = re.split(rf"[，。；：\s]|第(?:{CN_NUMERAL}|\d+)[章节篇编]", rest, maxsplit=1)[0]
    if len(clause) == len(rest.rstrip()) and len(rest) <= MAX_HEADING_CHARS // 3:
        return None  # a short line of its own: the whole line is the title
    return glued_clause_end(clause)


def _bracketed_note_title(marker: Marker, title: str) -> bool:
    """Is a long title line a short title and the note in the brackets that close it (BRACKETED_TITLE_NOTE)?"""
    if marker.style not in BRACKETED_TITLE_NOTE_STYLES or not title.endswith("）") or "。" in title:
        return False
    opening = title.find("（")
    if not 0 < opening <= RUN_IN_TITLE_MAX:
        return False
    depth = 0
    for k in range(opening, len(title)):
        depth += {"（": 1, "）": -1}.get(title[k], 0)
        if depth == 0:
            return k == len(title) - 1
    return False


def _first_clause_title(marker: Marker, rest: str) -> str | None:
    """A chapter-style heading line too long to be a title whose glued title shows no end: its
    first clause, when that is title-sized (GLUED_TITLE_MIN..GLUED_TITLE_MAX), so the section is
    kept rather than lost."""
    if not marker.style.startswith("chapter:") or marker.length != len(marker.written) or rest[:1].isspace():
        return None
    clause = re.split(r"[，。；：\s]", rest, maxsplit=1)[0]
    return clause if GLUED_TITLE_MIN <= len(clause) <= GLUED_TITLE_MAX else None


def _sentence_adverb(clause: str, k: int) -> str:
    """The adverb (ADVERB_OPENS_SENTENCE) written at k that may open a sentence glued to the title before it; "" when
    none is, or when it is the object of the verb the title opens with (ADVERB_AS_OBJECT: "加强资金统筹")."""
    adverb = next((a for a in ADVERB_OPENS_SENTENCE if clause.startswith(a, k)), "")
    if adverb in ADVERB_AS_OBJECT and clause.startswith(ADVERB_AS_OBJECT_VERBS):
        return ""
    return adverb


def adverb_before_cut(title: str, end: int, opening: int = 0) -> int:
    """``end``, a cut where a glued sentence opens at an opener, moved back before an adverb written right before it
    (ADVERB_OPENS_SENTENCE); ``opening``: where the clause whose verb may take it as its object starts."""
    for adverb in ADVERB_OPENS_SENTENCE:
        start = end - len(adverb)
        if start - opening >= GLUED_TITLE_MIN and title.startswith(adverb, start):
            return start if _sentence_adverb(title[opening:], start - opening) else end
    return end


def glued_clause_end(clause: str, openers: tuple[str, ...] = SENTENCE_OPENERS, before: str = "") -> int | None:
    """Where a title glued to the sentence after it ends within ``clause`` (its first clause):
    at words the sentence repeats from the title, or at a word that opens sentences, from
    GLUED_TITLE_MIN characters in; None when the clause shows neither. ``before``: the title's
    clauses before this one, where a restated subject may come from (INLINE_TWO_CLAUSE_TITLE)."""
    repeated = _adjacent_repeat(clause)
    if repeated is not None:
        return repeated  # TITLE_REPEAT_FIRST: "积极稳妥地推进电力体制改革|电力体制改革是…" (not at 推进)
    grouped = _openers_by_first(openers)
    for k in range(GLUED_TITLE_MIN, min(len(clause), GLUED_TITLE_MAX)):
        if _repeats_at(clause, k, 2):
            return k  # "加强水利建设水利建设要…": the sentence repeats the title's words
        adverb = _sentence_adverb(clause, k)
        after = k + len(adverb)
        if adverb and any(_opens_at(clause, after, o) for o in _openers_at(grouped, openers, clause, after)):
            return k  # ADVERB_OPENS_SENTENCE: "积极推进体育强区建设|统筹推进…", not "…建设统筹|推进…"
        opener = next((o for o in _openers_at(grouped, openers, clause, k) if _opens_at(clause, k, o)), None)
        if opener is not None and opener in NOUN_USED_OPENERS and STRENGTHENED_SUPPORT.fullmatch(clause, 0, k):
            after = k + len(opener)
            if STRENGTHENED_SUPPORT_GOES_ON.match(clause, after) is None and len(clause) > after:
                return after  # STRENGTHENED_SUPPORT: "强化舆论引导|广泛宣传…", not "强化舆论|引导广泛…"
            continue  # "加大政策支持和保护力度…": no cut before 支持 nor after it
        if opener is not None and opener in NOUN_USED_OPENERS:
            after = k + len(opener)
            if any(_opens_at(clause, after, o) for o in _openers_at(grouped, openers, clause, after)):
                return after  # NOUN_USED_OPENERS: "强化金融政策支持|完善…"
        if OBJECT_FRONTING_OPENER.match(clause, k) or opener is not None:
            return k
        if RESTATED_SUBJECT.match(clause, k) is not None and clause[k : k + 2] in before + clause[:k]:
            return k  # "健全综合交通体系|交通建设要…": the sentence restates the title's subject
        if RESTATED_SUBJECT_COPULA.match(clause, k) is not None and clause[k : k + 2] in before + clause[:k]:
            return k  # "高度重视电力设施保护工作|保护电力设施安全是…" (RESTATED_SUBJECT_COPULA)
        if RESTATED_SUBJECT_ROLE.match(clause, k) is not None and clause[k : k + 2] in before + clause[:k]:
            return k  # "落实专区运营主体责任|运营单位作为…" (RESTATED_SUBJECT_ROLE)
        if DEADLINE_OPENER.match(clause, k) is not None:
            return k  # "切实减轻企业税费负担|2013年年底前，…"
        if CITED_DOCUMENT_SUBJECT.match(clause, k) is not None:
            return k  # "…的极端重要性和紧迫性|《决定》是…" (CITED_DOCUMENT_SUBJECT)
        if _restates_title(clause, k):
            # RESTATED_TITLE_WORDS: "建立和完善煤炭行业管理工作协调机制|煤炭行业管理涉及面广", after its adverb
            # (ADVERB_OPENS_SENTENCE: "…历史建筑修缮更新|全力推动旧区改造。", hp-heritage-14 joined)
            tail = _restated_tail_end(clause, k)
            return tail if tail is not None else adverb_before_cut(clause, k)
    return None


def _restated_tail_end(clause: str, k: int) -> int | None:
    """Where the title ends when the sentence glued at k restates its last words after a short qualifier
    (RESTATED_TAIL_AFTER_QUALIFIER: "调整后缴存基数下限|住房公积金缴存基数下限…"); None when it does not."""
    words = clause[k : k + RESTATED_TITLE_WORDS_MIN]
    at = clause.find(words, 0, k)
    if len(words) < RESTATED_TITLE_WORDS_MIN or at <= 0:
        return None  # the title's opening restated: SUBJECT_BEFORE_WHOLE_TITLE ("…名额分配|区属市…的名额分配")
    m = RESTATED_TITLE_WORDS_MIN
    while at + m < k and k + m < len(clause) and clause[at + m] == clause[k + m]:
        m += 1
    end = at + m
    between = clause[end:k]
    if end < GLUED_TITLE_MIN or not RESTATED_TAIL_QUALIFIER_MIN <= len(between) <= RESTATED_TAIL_QUALIFIER_MAX:
        return None
    if re.fullmatch(r"[\u4e00-\u9fff]+", between) is None or any(
        between.endswith(tuple(nouns)) for nouns in (TITLE_HEAD_NOUNS, INLINE_PART_HEAD_NOUNS, JOINED_PART_HEAD_NOUNS)
    ):
        return None  # "…煤炭行业管理协调机制|煤炭行业管理…": a head noun after them ends the title, no qualifier
    return end


# OPENERS_BY_FIRST_CHARACTER: glued_clause_end tries every sentence opener at every position of a clause,
# and only the few that begin with the character there can open at it ("围绕…" at 围, "加快…" at 加): the
# openers grouped by their first character, in their order, so the first opener found is the same one.
# Trying all of them (one startswith each, ~40 per position) was 4.5 % of the analysis' samples over the
# plans of the N = 200 generated corpus.
@lru_cache(maxsize=64)
def _openers_by_first(openers: tuple[str, ...]) -> dict[str, tuple[str, ...]] | None:
    if not all(openers):
        return None  # an empty opener opens everywhere: no grouping
    grouped: dict[str, list[str]] = {}
    for opener in openers:
        grouped.setdefault(opener[0], []).append(opener)
    return {first: tuple(group) for first, group in grouped.items()}


def _openers_at(
    grouped: dict[str, tuple[str, ...]] | None, openers: tuple[str, ...], clause: str, k: int
) -> tuple[str, ...]:
    """The openers that may open at k (OPENERS_BY_FIRST_CHARACTER), in the order of ``openers``."""
    return openers if grouped is None else grouped.get(clause[k : k + 1], ())


def _adjacent_repeat(clause: str) -> int | None:
    """Where a sentence glued to a title opens by repeating TITLE_REPEAT_MIN or more of its last characters
    (TITLE_REPEAT_FIRST), from GLUED_TITLE_MIN characters in; None when it does not."""
    for k in range(GLUED_TITLE_MIN, min(len(clause), GLUED_TITLE_MAX)):
        if _repeats_at(clause, k, TITLE_REPEAT_MIN):
            return k
    return None


# REPEATS_FROM_SAME_CHARACTER: the words before k repeat right at k only from a character equal to the one at k;
# _repeats_at tries just those lengths, not every length from ``shortest`` to k (comparing two slices of
# each length for every k of every glued clause was 2.6 % of the analysis' samples over the plans of
# the N = 200 generated corpus: "加强水利建设|水利建设要…" repeats 水利建设 from the 水 before k).
def _repeats_at(clause: str, k: int, shortest: int) -> bool:
    """Do the ``shortest`` or more characters before k stand again right at k (``clause[k - m : k] ==
    clause[k : k + m]`` for some m >= shortest)?"""
    longest = min(k, len(clause) - k)  # a longer repeat would run past the clause's end
    if longest < shortest:
        return False
    first, stop = clause[k], k - shortest + 1
    j = clause.find(first, k - longest, stop)
    while j != -1:
        if clause.startswith(clause[j:k], k) and not clause[j:k].isdigit():  # REPEAT_NOT_DIGITS
            return True
        j = clause.find(first, j + 1, stop)
    return False


def restated_title_end(clause: str) -> int | None:
    """Where a title glued to its first sentence ends by the surest signs alone (no sentence opener): the
    sentence repeats the title's words, right after it or 5+ characters of them (RESTATED_TITLE_WORDS), or
    opens with a deadline (DEADLINE_OPENER); None when the clause shows none (UNTITLED_PROVISIONS_GLUED)."""
    for k in range(GLUED_TITLE_MIN, min(len(clause), GLUED_TITLE_MAX)):
        if _repeats_at(clause, k, 2):
            return k
        if _restates_title(clause, k):
            return k
        if DEADLINE_OPENER.match(clause, k) is not None:
            return k
    return None


def _restates_title(clause: str, k: int) -> bool:
    """Does the sentence glued at k restate RESTATED_TITLE_WORDS_MIN or more characters of the title before
    it, right at k, or its opening words after a short subject (RESTATED_AFTER_SUBJECT: "防雷和接地|电站防雷和
    接地应符合…")?"""
    words = clause[k : k + RESTATED_TITLE_WORDS_MIN]
    if len(words) == RESTATED_TITLE_WORDS_MIN and words in clause[:k]:
        return True
    first = clause[:RESTATED_OPENING_WORDS]
    if k > RESTATED_OPENING_WORDS and len(first) == RESTATED_OPENING_WORDS and clause.startswith(first, k):
        return True  # RESTATED_OPENING_WORDS: "竞赛时间和参与对象|竞赛时间为…"
    this = RESTATED_AS_THIS.match(clause, k)
    if this is not None and clause[k - RESTATED_AS_THIS_CHARS : k] == this.group("noun"):
        return True  # RESTATED_AS_THIS: "“匹配对战”模式|本模式每人…"
    year = RESTATED_AFTER_YEAR.match(clause, k)
    last = clause[k - RESTATED_OPENING_WORDS : k]
    if (
        year is not None
        and k > RESTATED_OPENING_WORDS
        and re.fullmatch(r"[\u4e00-\u9fff]+", last) is not None
        and last in clause[year.end() : year.end() + RESTATED_AFTER_YEAR_GAP]
    ):
        return True  # RESTATED_AFTER_YEAR: "统一宣传主题|2020年六五环境日宣传主题为…"
    opening = clause[:RESTATED_TITLE_WORDS_MIN]
    return (
        k >= RESTATED_TITLE_WORDS_MIN
        # YEAR_OPENING_NOT_RESTATED: "2026年重点|工作2026年是…": a year after a subject dates, it does not restate
        and not YEAR_OPENING.match(opening)
        and any(
            clause.startswith(opening, k + j)
            # not the title's own last characters before its adjacent repeat ("推进社区建设|推进社区建设是…")
            and clause[k + j : 2 * (k + j)] != clause[: k + j]
            # RESTATED_SUBJECT_NOT_ATTRIBUTIVE (join42): a 的 before the title's words makes them a noun's attribute
            # inside the sentence, a 对 the object of a preposition, no subject: "…车型研发激励对销量达一定规模的
            # 智能网联新能源商用车…", "…技改项目激励对智能网联新能源商用车…" (cq-icv-truck-measures-2025 joined, cut at
            # 规|模的 and 激|励对 before 智能网联, the title's opening)
            and not set(RESTATED_SUBJECT_NOT_ATTRIBUTIVE) & set(clause[k : k + j])
            # SUBJECT_BEFORE_WHOLE_TITLE (join56b): the subject stands before the whole title restated ("防雷和接地|电站
            # 防雷和接地应符合…"), not before its opening words alone ("…高中名额|分配区属市实验性示范性高中的名额…"),
            # unless it is the period the sentence speaks of ("…考务工作本|年度人机对话考试…", TIME_WORD_BEFORE_CUT)
            and (
                clause.startswith(clause[:k], k + j)
                or TIME_WORD_BEFORE_CUT.match(clause, k - 1) is not None
                # OPENER_BEFORE_RESTATED_OPENING (seg57): "绿化建设增存并举|推动绿化建设增量提质…", "…组织领导|这次清理
                # 整顿工作…": a verb or a determiner opening the sentence before the title's opening words
                or clause[k : k + j] in _OPENERS_BEFORE_RESTATED
            )
            for j in range(1, RESTATED_AFTER_SUBJECT + 1)
        )
    )


def _opens_at(clause: str, k: int, opener: str) -> bool:
    """Does ``opener`` open a sentence at k: written there, not the end of a word with the character
    before it (OPENER_WORD_HEADS), nor the start of a noun with the words after it (OPENER_WORD_TAILS)?"""
    return (
        clause.startswith(opener, k)
        and clause[k - 1] not in OPENER_WORD_HEADS.get(opener, "")
        and (clause[k - 1] not in OPENER_AFTER_CONJUNCTION or clause[:k].endswith(CONJUNCTION_IN_WORD))
        and not clause[:k].endswith(OPENER_AFTER_COGNITION_VERB)
        and not clause[:k].endswith(ADVERB_BEFORE_OPENER)
        and not _after_modal(clause, k)
        and not (opener == "以" and BOUND_AFTER_FIGURE.match(clause, k) is not None)
        and not (opener in ATTRIBUTIVE_PHRASES and ATTRIBUTIVE_PHRASES[opener].match(clause, k))
        and not clause.startswith(OPENER_WORD_TAILS.get(opener, ()), k + len(opener))
        and not (
            opener in INLINE_SUBJECT_OPENERS
            and (clause[k - 1] in SUBJECT_WORD_HEADS or clause[:k].endswith(SUBJECT_AFTER_VERBS))
        )
    )


def _after_modal(clause: str, k: int) -> bool:
    """Does a modal or a negation end right before k (MODAL_BEFORE_OPENER), not as the end of a word of its own
    (MODAL_WORD_HEADS: 供应, 响应…)?"""
    modal = next((m for m in MODAL_BEFORE_OPENER if clause.endswith(m, 0, k)), None)
    if modal is None:
        return False
    return len(modal) > 1 or k < 2 or clause[k - 2] not in MODAL_WORD_HEADS


def head_noun_end(clause: str) -> int | None:
    """Where a part's title glued to its first sentence ends after the noun heading it
    (TITLE_HEAD_NOUNS: "成员单位|联席会议由…"), from GLUED_TITLE_MIN characters in; None when no
    such noun ends the title there."""
    for k in range(GLUED_TITLE_MIN, min(len(clause), GLUED_TITLE_MAX)):
        noun = clause[k - 2 : k]
        if (
            noun not in TITLE_HEAD_NOUNS
            and noun not in REPORT_HEAD_NOUNS
            and noun not in INLINE_PART_HEAD_NOUNS
            and noun not in JOINED_PART_HEAD_NOUNS
            and not subsidy_amount_head(clause, k)
        ):
            continue
        after = clause[k : k + 2]
        if after in TITLE_HEAD_NOUNS or after in INLINE_PART_HEAD_NOUNS or after in JOINED_PART_HEAD_NOUNS:
            continue  # HEAD_NOUN_PAIR: "主要目标任务" ends after 任务
        if noun in WHOLE_PROCESS_NOUNS and clause[k - 3 : k - 2] == WHOLE_PROCESS_MODIFIER:
            continue  # WHOLE_PROCESS_MODIFIER: "加强职称评价全流程监督", not "…全流程|监督"
        # INLINE_PART_HEAD_NOUNS (join42): "（二）建立数据质量反馈机制|北京市经济和信息化局…"
        # JOINED_PART_HEAD_NOUNS (join53): "（一）取得的进展|制度探索步入新阶段"
        splits = (
            HEAD_NOUN_WORD_SPLITS.get(noun, "")
            + (INLINE_PART_HEAD_NOUN_SPLITS if noun in INLINE_PART_HEAD_NOUNS else "")
            + JOINED_PART_HEAD_NOUNS.get(noun, "")
            + (SUBSIDY_AMOUNT_NOUNS.get(noun, "") if subsidy_amount_head(clause, k) else "")  # SUBSIDY_AMOUNT_HEADS
        )
        if clause[k] not in TITLE_HEAD_GOES_ON + splits:
            return k
        if HEAD_NOUN_THEN_COMPARISON.match(clause, k):
            return k  # HEAD_NOUN_THEN_COMPARISON: "存在问题|与…相比，"
    return None


# HALF_WIDTH_EXCLAMATION (seg27, round 25): a speech turns to its audience on a line of its own with a half-width
# exclamation mark as well as a full-width one, "各位代表!" (hefei-gwr-2026, between its review's paragraphs; its
# "各位代表！" lines were never headings): a sentence's end, no bare heading's.
HALF_WIDTH_EXCLAMATION = "!"


# BROKEN_BOOK_TITLE (fix31seg, round 31): a poster block breaks its sentences into short centred lines, one inside
# a cited title: "《海南省将健康融入" / "所有政策实施方案》中也提出" (hn-weight-action-news-2025),
# "——《海南省将健康融入" / "所有政策实施方案》专场" (hn-hiap-presser-2025's poster). A line that opens a 《 it does
# not close, or closes one it did not open, is a piece of a sentence or of a title, no heading of its own.
def _broken_book_title(text: str) -> bool:
    return text.count("《") != text.count("》")


def is_unnumbered_heading(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= MAX_UNNUMBERED_HEADING_CHARS
        and "\t" not in line
        and PIPE_TABLE_ROW.match(stripped) is None
        and stripped[-1] not in SENTENCE_END + "，、," + HALF_WIDTH_EXCLAMATION  # HALF_WIDTH_EXCLAMATION
        and stripped[0] not in BULLETS + STAR_MARKS  # STAR_TIP_LABEL
        and not stripped.startswith(DASH_ITEM_MARK)  # DASH_ITEM_LINE
        and LEAD_LINE_END.search(stripped) is None
        and not ATTACHMENT_LIST.match(stripped)
        and not CAPTION.match(stripped)
        and not TOC_HEADING.match(stripped)
        and not BRACKETED_LINE.match(stripped)
        and not SPEAKER_BYLINE.match(stripped)
        and not ACCOUNT_DATE_LINE.match(stripped)
        and not NOTICE_CLOSING.match(stripped)
        and not DOC_NUMBER_ALONE.fullmatch(stripped)
        and not CONTACT_LINE.match(stripped)  # CONTACT_LINE
        and not UNIT_TAG_LINE.match(stripped)  # UNIT_TAG_LINE
        and not ARTICLE_MARKER_ALONE.match(stripped)  # its text below a blank line, as a PDF sets it
        and not ARTICLE_CUT_LINE.match(stripped)  # ARTICLE_CUT_LINE: "第十三条 预算执行中，…相关" cut by a page
        and not _broken_book_title(stripped)  # BROKEN_BOOK_TITLE
        and re.search(r"[\u4e00-\u9fff]", stripped) is not None
    )
