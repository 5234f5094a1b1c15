"""Find the headings of a plan and build its section tree.

Two routes, one result (a list of :class:`Heading` in text order):
- a document with a table of contents takes its headings, levels and titles from the TOC
  and finds each in the body (PDF extractions run headings straight into their paragraphs,
  so the TOC is the only reliable statement of where a title ends);
- otherwise headings are read line by line: numbered lines whose numbers continue a sequence,
  and short unnumbered lines standing alone between blank lines (sub-headings of reports).

Levels come from the order in which marker styles open, not from the style itself: a style
already open closes everything below it; a new style opens one level deeper.
"""

from __future__ import annotations

import bisect
import itertools
import os.path
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from plankg.loaders.rules.glued_sentences import (
    ANNOUNCED_SPEECH_TOPICS,
    CONDITION_OPENER,
    FROM_ISSUE_DAY_OPENER,
    PURPOSE_VERB_OPENER,
    START_FROM_YEAR_OPENER,
    SUBJECT_BEFORE_COMMA_MODAL,
    TIME_WORD_BEFORE_CUT,
    TITLE_RESTATED_AFTER,
    TITLE_RESTATED_BEFORE,
    VIEWPOINT_OPENER,
)
from plankg.loaders.rules.runs import finditer_from_first
from plankg.loaders.rules.structure import (
    ANNEX_AFTER_DATE,
    ANNEX_ANNOUNCED,
    ANNEX_LIST_LABEL,
    ANNOUNCED_CRITERIA_STYLES,
    ANNOUNCED_LIST_RESTART_STYLES,
    ANNOUNCED_LIST_RESTART_TITLE,
    ANNOUNCED_MEASURE_STYLES,
    ANNOUNCED_MEASURE_VERBS,
    ANNOUNCED_POINT_ENUMERATION,
    ANNOUNCED_POINT_ENUMERATION_NEXT,
    ANNOUNCED_POINTS_ENUMERATED_MIN,
    ANNOUNCED_POINTS_ENUMERATED_SHARE,
    ANNOUNCING_LEAD,
    APPENDED_ATTACHMENT,
    APPENDED_ATTACHMENT_TITLE_MIN,
    APPENDED_BARE_LABEL,
    APPENDED_CITED_BODY_MAX,
    APPENDED_CITED_LABEL,
    APPENDED_CITED_LABEL_MAX,
    APPENDED_CITED_POINTER,
    APPENDED_CITED_TITLE_MIN,
    APPENDED_ISSUED_CITED,
    APPENDED_ISSUED_DATE,
    APPENDED_ISSUED_FIRST_PART,
    APPENDED_LIST_NOUNS,
    APPENDED_NUMBERED_MIN,
    APPENDED_TITLE_MARKS,
    ARTICLE_ENDS_CHAPTER_TITLE,
    ARTICLE_ITEM_STYLES,
    ARTICLE_LINE,
    ARTICLE_LINES_MIN,
    ARTICLE_MARKER_ALONE,
    ARTICLE_OPENING,
    ARTICLE_OPENS_LINE,
    ARTICLE_STYLE,
    ARTICLED_RULE_MIN,
    AS_OF_TITLE_MIN,
    AS_OF_WORDS_BEFORE_CUT,
    ATTACHED_BELOW,
    ATTACHED_PLAN_KINDS,
    ATTACHED_PLAN_TITLE_MAX,
    ATTACHMENT_COLON_TITLED,
    ATTACHMENT_FILE_LINK,
    ATTACHMENT_LINE,
    ATTACHMENT_LIST_ALONE,
    ATTACHMENT_LIST_ENTRY,
    ATTACHMENT_LIST_FIRST_ON_LABEL,
    ATTACHMENT_LIST_LOOKAHEAD,
    ATTACHMENT_LIST_WINDOW,
    ATTACHMENT_TITLE_DATE,
    ATTACHMENT_TITLE_ENDS,
    ATTACHMENT_TITLE_LINES_MAX,
    ATTACHMENT_TITLED,
    BARE_ENTRIES_MIN,
    BARE_ENTRY_TITLE_END,
    BARE_NUMBER_LINE,
    BARE_QUESTION_INLINE,
    BARE_TITLE_SIBLINGS_MIN,
    BLOCK_HEADING,
    BOX_CAPTION_ALONE,
    BOX_CAPTION_NUMBER_LINE,
    BOX_TITLE,
    BRACKETED_ARTICLE_TITLE,
    BRACKETED_CHILD_GLUED_TO_TITLE,
    BRACKETED_COUNTER_LABEL,
    BRACKETED_LINE,
    BRACKETED_PROVISION_TITLE,
    BRACKETED_PROVISIONS_MIN,
    CAPTION_BEFORE_MARKER,
    CASES_ANNOUNCED_ENTRIES,
    CASES_ANNOUNCED_LOOKBEHIND,
    CASES_ANNOUNCED_STYLES,
    CHAPTER,
    CHAPTER_DESCRIBED,
    CHAPTER_MARKER_ALONE,
    CHAPTER_RUN_SPLIT,
    CHAPTER_RUN_STOP,
    CHAPTER_TITLE_TAIL,
    CHAPTER_UNIT_RANK,
    CITED_ANNEX,
    CITED_ANNEX_LABEL_LINE,
    CITED_ANNEX_TEXT_MARK,
    CITED_ANNEX_TITLE,
    CLAUSE_REFERENCE,
    CLAUSE_REQUIREMENT,
    CLAUSE_WRAP_MIN_WIDTH,
    CLAUSE_WRAP_SHARE,
    CLAUSES_AMONG_GAPS_STYLES,
    CLOSE_BRACKET_ALONE,
    COMPANION_DOCUMENT,
    CONDITION_ENTRY,
    CONDITION_ENTRY_STYLES,
    CONDITIONS_STYLES,
    CONDITIONS_TITLE,
    COPULA_LEAD,
    COPULA_LEAD_MIN,
    COUNTED_ASPECTS,
    COUPLET_CLAUSE_MAX,
    COUPLET_CLAUSE_MIN,
    COUPLET_MIN,
    COUPLET_OPENER_SHARE,
    COUPLET_SENTENCE_OPENERS,
    COUPLET_SHARE,
    COVER_BYLINE,
    COVER_NAME_LINE,
    CRITERIA_LEAD,
    CRITERIA_NEED_MODAL,
    CRITERIA_OWN_ITEM_STYLES,
    CRITERIA_UNDER_LABEL_MIN,
    CRITERIA_WRAPPED_LINE_ENDS,
    CUT_TEASER_TITLE,
    DATE_LINE,
    DECIMAL_HEADING_NUMBER,
    DECIMAL_ONE_SENTENCE_CLAUSE_STYLES,
    DECIMAL_ONE_SENTENCE_CLAUSES_MIN,
    DECIMAL_TITLE_PARAGRAPH_MIN,
    DECIMAL_TOP_OPENS_ATTACHMENT,
    DECIMAL_TOP_OVER_FIRST_POINT,
    DEFINITION_SENTENCE,
    DESCRIBED_KINDS_MIN,
    DESCRIBED_LABEL,
    DOCUMENT_OVER_RESTART_MIN,
    DOCUMENT_OVER_RESTART_NOT,
    DOCUMENT_OVER_RESTART_STYLE,
    DOCUMENT_SUBJECT_CHARS,
    DOCUMENT_SUBJECT_DETERMINERS,
    DOCUMENT_SUBJECT_MIN,
    DOCUMENT_SUBJECT_OPENS,
    DOCUMENT_SUBJECT_ROLE,
    DOCUMENT_SUBJECT_WORD_TAIL,
    EACH_BODY_SUBJECT,
    EACH_OBJECT_AFTER_VERBS,
    EMPTY_VALUE_LINE_MIN_LEVEL,
    ENTRIES_ACROSS_GROUPS_MIN,
    ENTRIES_ACROSS_GROUPS_STYLES,
    ENTRIES_NUMBERED_ON_MIN,
    ENTRIES_NUMBERED_ON_STYLES,
    ENTRY_INTO_FORCE_PROVISION,
    ENTRY_NUMBERED_ON_TITLE,
    ENTRY_OVER_OWN_ITEMS_NOT_TITLE,
    ENUMERATION_GLUED_NEXT,
    ENUMERATION_GLUED_TITLE_MIN,
    ENUMERATION_GLUED_TO_TITLE,
    EXCERPT_FIRST_PART_STYLES,
    EXCERPT_LEAD_CAPTION,
    EXCERPT_LEAD_GLUED_PAGE,
    EXCERPT_LEAD_PDF_MARKS,
    EXCERPT_PART_LEAD_MAX_CHARS,
    EXPLANATION_LABEL_LINE,
    FAQ_ANSWER_END,
    FAQ_ANSWER_LINES_MAX,
    FAQ_QUESTIONS_MIN,
    FIELD_LABEL_LEAD_END,
    FIELD_LABEL_LINE,
    FIELD_LABEL_RECORD_ENDS,
    FIELD_LABEL_RECORD_MIN,
    FIRST_CHAPTER_ENDS_CHAPTER_TITLE,
    FIRST_CHILD_GLUED_TO_TITLE,
    FIRST_ENTRY_UNDER_PART_ABOVE_STYLES,
    FIRST_ITEM_LINE,
    FIRST_NUMBERED_UNDER_UNNUMBERED_STYLES,
    FIRST_PART_MARK,
    FOOTNOTE_DEFINITION,
    FOOTNOTE_MARK_IN_TITLE,
    FORM_NUMBER_LINE,
    FORM_TEMPLATE_NOTE,
    FORM_TEMPLATE_TITLE,
    GAPPED_SENTENCE_ROW,
    GLOSSARY_HEADINGS,
    GLOSSARY_QUESTION_ENDS,
    GLOSSARY_QUESTIONS,
    GLOSSARY_TITLE,
    GLUED_BRACKETED_POINT,
    GLUED_BRACKETED_POINT_PARENTS,
    GLUED_BRACKETED_POINT_REACH,
    GLUED_BRACKETED_POINT_TITLE_MARK,
    GLUED_CHAPTER_BEFORE_ARTICLE,
    GLUED_DECIMAL_POINT,
    GLUED_FIELD_LABEL,
    GLUED_FIELD_LABELS_MIN,
    GLUED_FIELD_PARTS_MIN,
    GLUED_FIELD_SHARE,
    GLUED_FIELD_TITLE_TAIL_MAX,
    GLUED_FIGURES_ROW_MIN,
    GLUED_FIGURES_SHARE,
    GLUED_FIRST_ENTRY,
    GLUED_FIRST_ENTRY_LOOKAHEAD,
    GLUED_FIRST_ENTRY_SIBLING,
    GLUED_FIRST_PART,
    GLUED_FIRST_PART_WORDS,
    GLUED_HEADING_TAIL,
    GLUED_LABELLED_ENTRY,
    GLUED_LISTED_HEAD,
    GLUED_LISTED_TAIL,
    GLUED_LOST_NUMERAL_AFTER_LEAD,
    GLUED_PAGE,
    GLUED_PAGE_BEFORE_NAME,
    GLUED_PAREN_PART,
    GLUED_PART,
    GLUED_PART_AFTER_PART,
    GLUED_POINT_COUPLET_CLAUSE_MAX,
    GLUED_POINT_PART_CLAUSE_MAX,
    GLUED_POINT_PART_CLAUSES,
    GLUED_POINT_PART_MARK,
    GLUED_POINT_PART_STYLES,
    GLUED_PREFACE,
    GLUED_RUN_IN_AFTER_PART,
    GLUED_RUN_IN_HEAD,
    GLUED_RUN_IN_STYLE,
    GLUED_SENTENCE_MIN,
    GLUED_TITLE_BRACKETS,
    GLUED_TITLE_MAX,
    GLUED_TITLE_MIN,
    GLUED_TITLED_RUN_IN,
    GLUED_TOC_INLINE_SHARE,
    GLUED_WORD_TAIL,
    GOAL_TITLE,
    GRANT_OBJECT_OPENER,
    GROUP_SCORE,
    HEAD_NOUN_CHARS,
    HEAD_NOUN_OPENER_WORD_MAX,
    HEADLINE_BREAKS,
    HEADLINE_END,
    HEADLINE_LINE_MAX,
    INLINE_ANNOUNCED_LIST,
    INLINE_ANNOUNCED_LIST_STYLES,
    INLINE_ARABIC_ENTRY_END,
    INLINE_ARABIC_LIST_STYLES,
    INLINE_ATTACHED_PLAN,
    INLINE_CLAUSE_BREAK,
    INLINE_CLAUSE_COMMAS,
    INLINE_CLAUSE_MARK,
    INLINE_DATE_OPENER,
    INLINE_FIRST_CLAUSE_MAX,
    INLINE_FIRST_CLAUSE_SURE_MAX,
    INLINE_GLUED_OPENERS,
    INLINE_HEADING,
    INLINE_HEADING_FIRST,
    INLINE_ISSUED_DOCUMENTS,
    INLINE_ISSUED_LOOKAHEAD,
    INLINE_LABEL_MAX,
    INLINE_LABEL_STYLES,
    INLINE_LEAD_OPENERS,
    INLINE_LEAD_WORDS,
    INLINE_LOST_FIRST_CHAPTER,
    INLINE_NOW_OPENER,
    INLINE_SEMICOLON_LIST_CLAUSE,
    INLINE_SEMICOLON_LIST_END,
    INLINE_SEMICOLON_LIST_STYLES,
    INLINE_SENTENCE_END,
    INLINE_SENTENCE_OPENERS,
    INLINE_SPACED_PREFACE,
    INLINE_STEP_LABEL_MAX,
    INLINE_STEP_LABEL_STYLES,
    INLINE_SUBJECT_OPENERS,
    INLINE_TASK_VERBS,
    INLINE_TIME_OPENER,
    INLINE_TITLE_END,
    INLINE_TITLED_ARTICLE,
    INLINE_TITLED_ARTICLE_BODY,
    INLINE_TITLED_ARTICLE_REACH,
    INLINE_TOP_PARTS,
    INLINE_TWO_CLAUSE_SENTENCE_MIN,
    INSTITUTION_SUBJECT,
    INSTITUTIONS_ACTING,
    INTERPRETATION_AFTER_NOTICE,
    INTERPRETATION_PREAMBLE,
    INTERPRETATION_TITLE_END,
    INTERPRETING_BODY_PROVISION,
    JOINT_SIGNATURE_MAX_LINES,
    KEYWORD_GROUP_LINE,
    KEYWORD_GROUP_MIN,
    LABEL_CLAUSE_MARK,
    LABEL_END,
    LABEL_VALUE_LIST_END,
    LABEL_VALUE_SENTENCE,
    LEAD_GLUED_FIRST_PART,
    LEAD_LINE_END,
    LEAD_LIST_STYLES,
    LEAD_POINTS_BEFORE,
    LEAD_POINTS_GLUED_MIN,
    LEAD_POINTS_GLUED_SHARE,
    LEAD_POINTS_LOOKBACK,
    LEAD_SENTENCE_END,
    LEADING_ATTACHMENT_LABEL,
    LETTER_SPACED,
    LETTER_SPACED_TITLE_MAX,
    LINE_SPACE,
    LINK_TITLE,
    LIST_ITEM_END,
    LIST_RUN_MIN,
    LIST_SENTENCE_END,
    LISTED_BRACKET_FIELD_INLINE,
    LISTS_UNDER_DECIMAL_STYLES,
    LONE_ENTRY_AMONG_CLAUSES,
    LONE_LIST_HEAD_STYLES,
    LONE_SENTENCE_LINE_AMONG_CLAUSES,
    LOST_FIRST_PART_GAP,
    LOST_FIRST_PART_STYLES,
    LOST_FULL_STOP_SIBLING_TITLE_MAX,
    LOST_FULL_STOP_SIBLINGS_MIN,
    LOST_FULL_STOP_STYLES,
    LOST_MARKER_RUN_MIN,
    LOST_NUMBER_NOT_ENTRY,
    LOST_NUMERAL_CLAUSE,
    LOST_NUMERAL_ITEM,
    LOST_NUMERAL_WRITTEN,
    LOST_TITLE_MARKS,
    LOST_TITLE_MAX,
    LOST_TITLE_NOT_CAPTION,
    LOST_TITLE_WORDS,
    MARKER_CLOSE_LED,
    MATERIALS_HEADING,
    MATERIALS_LIST_APART_MIN,
    MATERIALS_LIST_BY_KIND_STYLES,
    MAX_HEADING_CHARS,
    MAX_UNNUMBERED_HEADING_CHARS,
    METADATA_FIELD_LABELS,
    MIXED_PROVISIONS_INLINE_MIN,
    MIXED_PROVISIONS_INLINE_STYLES,
    MIXED_TITLED_ENTRIES_MIN,
    MONTH_DATE_LINE,
    MOSTLY_UNTITLED_ONE_SENTENCE_MIN,
    NAMED_HEADINGS,
    NOTATION_COLON,
    NOTES_FIRST_ON_LABEL,
    NOTES_LABEL,
    NOTES_UNDER_LABEL_MIN,
    NOTICE_END,
    NOTICE_LISTED_ATTACHMENT_SIGNED,
    NOTICE_TITLE,
    NUMBER_CELL,
    NUMBERED_FAQ_QUESTION,
    NUMBERED_PARAGRAPH_LOOKBACK,
    NUMERAL_ALONE,
    ONE_SENTENCE_CLAUSES_MIN,
    ONE_SENTENCE_CLAUSES_SHARE,
    ONE_SENTENCE_END,
    ONE_SENTENCE_PARAGRAPH_STYLES,
    OPEN_BRACKET_ALONE,
    OPEN_NUMBERING_STYLES,
    OPENER_AFTER_CONJUNCTION,
    OPENER_LISTED_AFTER,
    OPENING_AS_LABEL,
    ORDINAL_CLAUSED_TITLE_LINE,
    ORDINAL_LABEL_TITLE,
    ORDINAL_PARAGRAPH,
    ORDINAL_POINT_OPENING,
    ORDINAL_TITLE_LINE,
    ORDINAL_TITLE_LINES_MIN,
    PAGE_BROKEN_CLAUSE,
    PAGE_BROKEN_CLAUSE_CHARS,
    PAGE_BROKEN_PARAGRAPH_MIN,
    PAGE_BROKEN_SENTENCE_ENDS,
    PAGE_BROKEN_SHORT_MIN,
    PAGE_DATE_BEFORE_MARKER,
    PAGE_LOST_ENTRIES,
    PAGE_MARK_LINE,
    PAGE_MARK_TAIL,
    PAGE_PREFIX,
    PAGED_TEXT_MARKS_MIN,
    PARAGRAPH_END,
    PARAGRAPH_SENTENCE_END,
    PART_FIRST_POINT_GLUED,
    PART_MARKER_ALONE,
    PART_SENTENCE_STYLE,
    PARTS_ABOVE_ENUMERATIONS_RANK,
    PARTS_ABOVE_ENUMERATIONS_STYLES,
    PARTY_CONGRESS_OPENER,
    PLAIN_TITLE_BREAKS,
    POINT_ENDS_CHAPTER_TITLE,
    PREFACE_HEADINGS,
    PREFACE_RUN_IN,
    PREPOSITION_BEFORE_CUT,
    PREPOSITION_WORD_HEADS,
    PROVISION_HEAD_NOUN_SUBJECTS,
    PROVISION_MODALS,
    PROVISION_SENTENCE_END,
    PROVISION_TARGET_YEAR,
    PROVISION_TASK_VERBS,
    QUANTITY_GOES_ON,
    QUESTION_END,
    QUESTION_HEADING,
    QUESTION_LINE,
    QUESTION_MARKER_LINE,
    QUOTED_PARAGRAPH_END,
    RED_HEAD_END,
    RED_HEAD_ORGAN,
    REFERENCE_ENTRY,
    RELATED_LIST_NO_SENTENCE,
    RELATED_LIST_NOT_SECTIONS,
    RELATED_LIST_TAIL,
    RELATED_LIST_WINDOW,
    REPEATED_FIELD_LABELS_MIN,
    REPEATED_FIELD_PARTS_MIN,
    REPEATED_LABEL_MAX,
    REPEATED_SUB_TITLE_AFTER_PARENT_CHARS,
    REPEATED_SUB_TITLE_CHARS,
    REPEATED_SUB_TITLE_MIN,
    REPEATED_SUB_TITLE_SHARE,
    REPEATED_SUB_TITLE_TRAILING,
    REPORT_HEAD_NOUNS,
    REPORTER_QUESTION,
    REPORTER_REQUEST,
    REQUEST_IN_CLAUSE,
    REQUEST_OPENING,
    REQUIREMENT_ENTRIES_MIN,
    REQUIREMENT_LISTS_MIN,
    REQUIREMENT_OPENING,
    RESTART_AFTER_PROSE,
    RESTATED_AFTER_BRACKET,
    RESTATED_AFTER_BRACKET_WORDS,
    RESTATED_ENTRIES_MIN,
    RESTATED_ENTRIES_STYLES,
    RESTATED_LABEL_MIN,
    RESTATED_LISTED_WORDS_MAX,
    REVISION_CLAUSE,
    RUN_IN_BEFORE,
    RUN_IN_ITEM_STYLES,
    RUN_IN_LABEL_ENTRIES_MIN,
    RUN_IN_LABEL_HEAD_CHARS,
    RUN_IN_LABEL_SENTENCE,
    RUN_IN_LABEL_TAIL_CHARS,
    RUN_IN_MIN,
    RUN_IN_TITLE_MAX,
    RUN_IN_TITLED_BESIDE,
    RUN_IN_TITLED_MIN,
    RUN_UNDER_HEADING_STYLES,
    SALUTATION_LINE,
    SENTENCE_CIRCUMSTANCE,
    SENTENCE_END,
    SENTENCE_END_IN_LINE,
    SENTENCE_ENTRIES_BESIDE_TITLED_MIN,
    SENTENCE_ENTRIES_BESIDE_TITLED_STYLES,
    SENTENCE_ENTRY_BESIDE_TITLED,
    SENTENCE_ENTRY_CLAUSES_MIN,
    SENTENCE_ENTRY_DUTY,
    SENTENCE_ENTRY_ENDS,
    SENTENCE_ENTRY_MARKS,
    SENTENCE_ENTRY_STYLES,
    SENTENCE_GOES_ON_MARKS,
    SENTENCE_LINE_MIN_CHARS,
    SENTENCE_LINES_MIN,
    SENTENCE_LINES_STOP_SHARE,
    SENTENCE_OPENED_ACROSS_SHARE,
    SENTENCE_OPENED_MIN,
    SENTENCE_OPENED_STYLES,
    SENTENCE_OPENERS,
    SENTENCE_OPENING_CLAUSE,
    SHARED_SUBJECT_FOLLOWERS,
    SHARED_SUBJECT_NOUNS,
    SHARED_SUBJECT_OPENING_STOP,
    SHORT_TITLED_POINT_MAX,
    SHORT_TITLED_POINT_OPENERS,
    SIBLING_ATTACHMENT_NUMBER,
    SIBLINGS_WHOLE_MIN,
    SIBLINGS_WHOLE_SHARE,
    SIGNATURE_LINES,
    SIGNER_LINE_WITH_MASS_ORGANISATIONS,
    SIGNER_SPACING,
    SPACED_LINE,
    SPACED_TITLE_LINE_MAX,
    SPAN_PIECE_MAX,
    SPAN_TITLE_END,
    SPAN_TITLE_PIECE,
    SPAN_TITLE_PIECES_MAX,
    SPARSE_TITLE_SPACE_CLAUSE,
    SPARSE_TITLE_SPACES_PER_HEADING,
    SPEECH_TOPIC_OPENER,
    SPEECH_TOPIC_POINTS_MIN,
    SPEECH_TOPIC_TITLE,
    SPLIT_MARKER_TITLE_MAX,
    STAGE_LABEL_LINE,
    STAGE_LABEL_LINES_MIN,
    STAGE_LABEL_OPENER,
    STAND_ALONE_SIBLINGS_MIN,
    STAND_ALONE_SIBLINGS_SHARE,
    STAND_ALONE_TITLE_MAX,
    STANDARD_CODE,
    STAT_BULLETIN,
    STAT_BULLETIN_FIELDS,
    STAT_BULLETIN_JOINS,
    STAT_BULLETIN_LOOKAHEAD,
    STATEMENT_ENTRIES_MIN,
    STATEMENT_ENTRY_STYLES,
    STATEMENT_FIGURE,
    STATEMENT_LEAD_UNITS,
    SUBJECT_AFTER_VERBS,
    TAB_INDENTED_STYLES,
    TAB_PADDING,
    TABLE_CAPTION,
    TABLE_CELL_RUN,
    TABLE_CELL_SEPARATOR,
    TABLE_HEADER_CELL,
    TABLE_HEADER_ROW,
    TABLE_ROW_NUMBER,
    TASK_TABLE_DUTY_CELL,
    TASK_TABLE_HEADER_CELL_MAX,
    TASK_TABLE_HEADER_MIN,
    THIS_ROUND_SUBJECT,
    TITLE_CLAUSE_OR_SENTENCE_MARK,
    TITLE_COUNT_BRACKET,
    TITLE_GLUED_TO_DATE,
    TITLE_HEAD_NOUNS,
    TITLE_LINE_PARAGRAPHS_MIN,
    TITLE_LINE_SPACE,
    TITLE_LINE_SPACE_CLAUSE,
    TITLE_LINE_SPACE_MIN,
    TITLE_LINES_ABOVE_BODY_KIND,
    TITLE_LINES_ABOVE_BODY_MAX,
    TITLE_ONLY_CATALOGUE_MIN,
    TITLE_TAIL,
    TITLE_TAIL_LINE_MIN,
    TITLE_WHOLE_ELSEWHERE_MIN,
    TITLED_ARTICLE,
    TITLED_ARTICLES_SHARE,
    TITLED_CHAPTER_ARTICLES_MIN,
    TITLED_CHAPTER_STYLE,
    TITLED_ENTRIES_MIN,
    TITLED_ENTRY_OPENERS,
    TITLED_ENTRY_TITLE_MAX,
    TITLED_ITEM_LINE_MAX,
    TITLED_ITEM_LINE_STYLES,
    TITLED_RUN_IN_ENTRY,
    TOC_HEADING,
    TOC_LEADER_LINE,
    TOC_LEADER_LOOKAHEAD,
    TOC_LEADER_PAST_PROSE,
    TOC_LEADER_TAIL,
    TOC_TITLE_OVER_GLUED_CUT,
    TOPIC_TITLE,
    TRAILING_LABEL,
    TWO_CLAUSE_LINE_SPACE,
    TWO_CLAUSE_SUBJECT_NAMED,
    TWO_CLAUSE_TITLE_CLAUSES,
    TWO_CLAUSE_TITLE_MAX,
    UNEVEN_COUPLET_CLAUSE_MAX,
    UNEVEN_COUPLET_SLACK,
    UNIT_TAG_BEFORE_MARKER,
    UNLABELLED_ANNEX_TITLE,
    UNNUMBERED_PARENT_OF,
    UNTITLED_ENTRIES_MIN,
    UNTITLED_ENTRIES_PARENT_MIN,
    UNTITLED_ENTRIES_PER_PARENT_STYLES,
    UNTITLED_ENTRIES_STYLES,
    UNTITLED_ENTRY_BREAKS,
    UNTITLED_ENTRY_SENTENCE_ENDS,
    UNTITLED_FIRST_ENTRY_STYLES,
    UNTITLED_NOTICE_PROVISION_STYLE,
    UNTITLED_NOTICE_PROVISIONS_MIN,
    UNTITLED_NOTICE_SENTENCE_ENDS,
    UNTITLED_OUTLINE_GAP_MAX,
    UNTITLED_OUTLINE_MIN,
    UNTITLED_PROVISION_STYLES,
    UNTITLED_PROVISIONS_SHARE,
    WRAP_STRIDE_GAPS_MIN,
    WRAP_STRIDE_MIN,
    WRAP_STRIDE_SLACK,
    WRAP_WIDE_LINES,
    WRAP_WIDE_SHARE,
    WRAPPED_LINE_SPACE,
    WRAPPED_OPENER_MAX,
    YEAR_AFTER_NOUN_OPENER,
    cn_to_int,
    marker_spellings,
    notice_document_title,
)
from plankg.loaders.structure.headings import (
    LOST_NUMBER,
    MARKER_CACHE_MAX_CHARS,
    HeadingLine,
    Marker,
    adverb_before_cut,
    glued_clause_end,
    head_noun_end,
    is_unnumbered_heading,
    label_of_value_line,
    labelled_sentence_title,
    read_heading_line,
    read_marker,
    restated_title_end,
)
from plankg.loaders.structure.toc import Toc, TocEntry, locate_headings, push
from plankg.schema import Issue


@dataclass(frozen=True)
class Heading:
    level: int
    number: str  # the marker as written; "" for an unnumbered heading
    title: str
    start: int  # where the heading (marker) starts
    title_end: int  # where the title ends; the section's own text starts after it


@dataclass(frozen=True)
class Line:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    raws = text.split("\n")
    for k, raw in enumerate(raws):
        following = raws[k + 1] if k + 1 < len(raws) else ""
        for piece in _chapter_run(Line(raw, pos)):
            lines.extend(_glued_chapters(piece, following))
        pos += len(raw) + 1
    return lines


def _glued_chapters(line: Line, following: str) -> list[Line]:
    """A line with chapters glued into it before their first article (on this line or opening
    the ``following`` one), as one line from each chapter on (GLUED_CHAPTER_BEFORE_ARTICLE); a
    date with a title glued after it, as two lines (TITLE_GLUED_TO_DATE)."""
    # A chapter glued into the line is written 第…章: a line without 章 is not searched (the search,
    # which no literal character opens, tried every position of every line: 1.4 % of the analysis'
    # samples over the N = 200 generated corpus).
    cuts = [
        m.start()
        for m in (GLUED_CHAPTER_BEFORE_ARTICLE.finditer(line.text) if "章" in line.text else ())
        if line.text[: m.start()].strip() and (m.group("eol") is None or ARTICLE_OPENS_LINE.match(following))
    ]
    dated = TITLE_GLUED_TO_DATE.match(line.text)
    if dated is not None:
        cuts = sorted({dated.end(), *cuts})  # TITLE_GLUED_TO_DATE: the date ends its line
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line.text)]
    return [Line(line.text[a:b], line.start + a) for a, b in itertools.pairwise(bounds)]


def _split_marker_pieces(lines: list[Line], k: int) -> tuple[int, bool]:
    """How many lines from line k are the pieces of one part or point marker (SPLIT_MARKER_PIECES), and whether the
    line after them opens with the marker's last piece, its title after it: "一、" or "（一）" alone (1, False),
    "（" / "一" / "）" (3, False), "（" / "一" / "）title" (2, True), "四" / "、title" (1, True); (0, False) when line k
    opens no such marker."""

    def text(j: int) -> str:
        return lines[j].text if j < len(lines) and lines[j].start == lines[j - 1].end + 1 else ""

    if PART_MARKER_ALONE.match(lines[k].text):
        return 1, False
    if OPEN_BRACKET_ALONE.match(lines[k].text) and NUMERAL_ALONE.match(text(k + 1)):
        if CLOSE_BRACKET_ALONE.match(text(k + 2)):
            return 3, False
        led = MARKER_CLOSE_LED.match(text(k + 2))
        if led is not None and led.group("comma") is None:
            return 2, True
    led = MARKER_CLOSE_LED.match(text(k + 1))
    if NUMERAL_ALONE.match(lines[k].text) and led is not None and led.group("comma") is not None:
        return 1, True
    return 0, False


def _joined_pieces(pieces: list[Line], led: bool, title_lines: int = 1) -> Line:
    """Contiguous lines as one: the line breaks and spaces inside the marker they open dropped and made up for by
    full-width spaces after it, so that the title keeps its end's offset (SPLIT_MARKER_PIECES); ``led``: the first
    title line opens with the marker's last piece; ``title_lines``: the last lines, the title's pieces
    (SPAN_BROKEN_TITLE), joined without their line breaks."""
    raw = "\n".join(p.text for p in pieces)
    titled = pieces[-title_lines:]
    title_at = titled[0].start - pieces[0].start
    lead = MARKER_CLOSE_LED.match(titled[0].text) if led else None
    if lead is not None:
        title_at += lead.end()
    marker = re.sub(r"\s", "", raw[:title_at])
    title = raw[title_at:].replace("\n", "")
    return Line(marker + "\u3000" * (len(raw) - len(marker) - len(title)) + title, pieces[0].start)


def _span_title_tail(lines: list[Line], title: int) -> int:
    """How many lines after a split marker's title line (line ``title``) are the rest of its title, broken at its
    spans and ended by its run-in 。 on the line after them (SPAN_BROKEN_TITLE); 0 when they are not."""
    for n in range(1, SPAN_TITLE_PIECES_MAX + 1):
        j = title + n
        if j >= len(lines) or lines[j].start != lines[j - 1].end + 1:
            return 0
        if lines[j].text.startswith(SPAN_TITLE_END):
            return n - 1
        if not SPAN_TITLE_PIECE.match(lines[j].text):
            return 0
    return 0


def _sentence_piece(line: Line, headings: list[Heading]) -> bool:
    """Is this line a short piece of a sentence (SPAN_BROKEN_ENUMERATION): no heading's line, no marker opening it?"""
    stripped = line.text.strip()
    return (
        len(stripped) <= SPAN_PIECE_MAX
        and read_marker(stripped) is None
        and not any(line.start <= h.start < line.end for h in headings[-1:])
    )


def _join_marker_alone(lines: list[Line]) -> list[Line]:
    """A line that is only a chapter marker joined with the title on the next line
    (CHAPTER_MARKER_ALONE), or only an article's number with its text (ARTICLE_MARKER_ALONE), the line break
    read as one space: offsets stay 1:1. A part's or point's marker alone or in pieces is joined with its title
    (SPLIT_MARKER_PIECES)."""
    joined: list[Line] = []
    k = 0
    while k < len(lines):
        pieces, led = _split_marker_pieces(lines, k)
        title = k + pieces
        if pieces == 1 and not led and title + 1 < len(lines) and not lines[title].text.strip():
            title += 1  # SPLIT_MARKER_OVER_BLANK: "二、" / "" / "适用范围" (the page as a PDF)
        if pieces and (
            title < len(lines)
            and len(lines[title].text.strip()) <= SPLIT_MARKER_TITLE_MAX
            and not SPACED_LINE.search(lines[title].text.strip())  # a table's cells ("三、" / "按职责和… 象协理员…")
            and (led or read_marker(lines[title].text.strip()) is None)
            and (
                led
                or (
                    lines[title].start == lines[title - 1].end + 1
                    and lines[title].text.strip()
                    and not PART_MARKER_ALONE.match(lines[title].text)
                    and not OPEN_BRACKET_ALONE.match(lines[title].text)
                )
            )
        ):
            tail = _span_title_tail(lines, title)
            joined.append(_joined_pieces(lines[k : title + 1 + tail], led, 1 + tail))
            k = title + 1 + tail
            continue
        joined.append(lines[k])
        k += 1
    lines = joined
    out: list[Line] = []
    skip = False
    for k, line in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (
            nxt is not None
            and (CHAPTER_MARKER_ALONE.match(line.text) or ARTICLE_MARKER_ALONE.match(line.text))
            and nxt.start == line.end + 1
            and nxt.text.strip()
            and read_marker(nxt.text.strip()) is None
        ):
            out.append(Line(line.text + "\u3000" + nxt.text, line.start))
            skip = True
            continue
        out.append(line)
    return out


def _page_foot_fragment(text: str) -> bool:
    """Could this short line be a paragraph's first words at a page's foot (PAGE_BROKEN_SHORT_LINE)?"""
    stripped = text.strip()
    return len(stripped) >= PAGE_BROKEN_SHORT_MIN and read_marker(stripped) is None and "..." not in stripped


def _goes_on_mid_sentence(text: str) -> bool:
    """Does this line, a page's first, go on with a sentence (PAGE_BROKEN_SHORT_LINE)?"""
    stripped = text.strip()
    return read_marker(stripped) is None and PAGE_BROKEN_CLAUSE.search(stripped[:PAGE_BROKEN_CLAUSE_CHARS]) is not None


def _join_across_page_marks(lines: list[Line]) -> list[Line]:
    """A paragraph a page mark cut in mid-sentence joined with its rest after the mark (PAGE_MARK_LINE,
    PAGE_BROKEN_PARAGRAPH_MIN): one line, the marks and line breaks between read as spaces but the last
    break (offsets stay 1:1)."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        while not PAGE_MARK_TAIL.sub("", line.text).rstrip().endswith(PAGE_BROKEN_SENTENCE_ENDS):
            long = len(line.text) >= PAGE_BROKEN_PARAGRAPH_MIN
            if not long and not _page_foot_fragment(line.text):
                break
            j, marks = k, 0
            while j < len(lines) and (not lines[j].text.strip() or PAGE_MARK_LINE.match(lines[j].text)):
                marks += bool(lines[j].text.strip())
                j += 1
            if not marks or j == len(lines):
                break
            nxt = lines[j]
            if not long and not _goes_on_mid_sentence(nxt.text):
                break  # PAGE_BROKEN_SHORT_LINE: the next page opens with a line of its own
            # the last line break stays: a heading may open the next page ("…tCO2/GJ" / "— —" / "* * *" /
            # "二、配额预分配与核定 （一）…"), at a line's start as before (INLINE_HEADING)
            line = Line(line.text + " " * (nxt.start - line.end - 1) + "\n" + nxt.text, line.start)
            k = j + 1
        out.append(line)
    return out


# WHOLE_BODY_LINE_UNSPLIT (fixseg53, round 53): a text that lost its line breaks and is shorter than a glued text
# (GLUED_CHARS_PER_LINE) is one line, its body: "…通知如下。一、保送资格…二、保送程序1.申请：具有保送资格的…
# 三、工作要求1.加强报名资格审核。…" (moe-worldskills-admission-notice-2020 joined, 1,064 characters). Split at the
# labelled entry glued to a title (GLUED_LABELLED_ENTRY: "保送程序|1.申请："), its pieces were each shorter than a
# long paragraph (GLUED_LINE_CHARS) and none was read inline: of its 11 headings one was read. A line longer than a
# long paragraph that holds GLUED_BODY_SHARE of the text's characters is left whole, for its headings read inline.
# APPENDED_TABLES_NOT_BODY (fixseg57, round 57): the share is of the text up to the attachments appended after that
# line: a crawl on one line whose attachment tables the reading set apart at their labels (ATTACHMENT_AFTER_SPACE: "…一
# 般检查企业名单 附件1平潭综合实验区工矿商贸行业领域…企业名单 类别序号企业名称…" / "附件2…", two company lists of 1,600
# characters, pt-safety-inspection-plan-2022) holds its whole body in a line of 4,600 of 6,300 characters; split at "…
# 检查对象90家。|1.重点检查对象（120 个工作日）…", its second piece, whose 1.–13. points sit under （一）/（二） with
# only one part 五、 among them, was read as no body and its 21 headings were lost (heldout57 gold).
APPENDED_TABLE_LABEL = re.compile(r"^[ \t\u3000]*附[ \u3000]*[件表][ \u3000]*\d{1,2}(?![\d.．、])")


def _text_before_appended_tables(lines: list[Line]) -> int:
    """The characters of the lines above the first appended attachment label that follows a line longer than a long
    paragraph (APPENDED_TABLES_NOT_BODY); all the lines' when there is none."""
    long_seen = False
    total = 0
    for line in lines:
        if long_seen and APPENDED_TABLE_LABEL.match(line.text) is not None:
            return total
        long_seen = long_seen or len(line.text) > GLUED_LINE_CHARS
        total += len(line.text)
    return total


def _goes_on_after_count(text: str, end: int, limit: int) -> bool:
    """Does the point's text go on after its title's count bracket (TITLE_COUNT_BRACKET), a sentence or the next
    heading glued to it, not a full stop that makes the bracket the sentence's own?"""
    rest = text[end:limit].lstrip(" \u3000")
    return bool(rest) and rest[0] not in "。；！？，、：:,;"


def _split_glued_tails(lines: list[Line], toc_titles: dict[str, list[str]] | None = None) -> list[Line]:
    """Lines with a heading glued onto their end (GLUED_HEADING_TAIL, or GLUED_LISTED_HEAD with a
    title the TOC lists) split in two, when the glued marker is the next number of its style after
    the markers that open lines above it; run-in （n） headings glued inside a line
    (GLUED_RUN_IN_HEAD) split off in sequence too."""
    out: list[Line] = []
    last: dict[str, int] = {}
    total = _text_before_appended_tables(lines)  # APPENDED_TABLES_NOT_BODY
    for index, line in enumerate(lines):
        if len(line.text) > GLUED_LINE_CHARS and len(line.text) >= GLUED_BODY_SHARE * total:
            out.append(line)  # WHOLE_BODY_LINE_UNSPLIT: read inline whole (GLUED_LINE_CHARS)
            continue
        lost = GLUED_LOST_NUMERAL_AFTER_LEAD.search(line.text)
        if lost is not None and lost.start() > 0:
            # "…必须做好以下五个方面的工作：|、完善和执行重大技术经济政策。" (GLUED_LOST_NUMERAL_AFTER_LEAD)
            out.append(Line(line.text[: lost.start()], line.start))
            line = Line(line.text[lost.start() :], line.start + lost.start())
        tail = GLUED_HEADING_TAIL.search(line.text)
        labelled = tail is None and (tail := GLUED_LABELLED_ENTRY.search(line.text)) is not None
        if tail is None and toc_titles:
            tail = next(
                (m for m in GLUED_LISTED_HEAD.finditer(line.text) if _listed_at(line.text, m, toc_titles)), None
            )
        if tail is None and toc_titles:
            tail = next(
                (m for m in GLUED_LISTED_TAIL.finditer(line.text) if _listed_at(line.text, m, toc_titles, whole=True)),
                None,
            )
        word_tail = False
        if tail is None and (tail := GLUED_WORD_TAIL.search(line.text)) is not None:
            word_tail = line.text[tail.start() - 1] not in GLUED_FIRST_PART_WORDS
            if not word_tail:
                tail = None
        first_entry = False
        if tail is None and (tail := GLUED_FIRST_ENTRY.search(line.text)) is not None:
            first_entry = any(
                GLUED_FIRST_ENTRY_SIBLING.match(later.text)
                for later in lines[index + 1 : index + 1 + GLUED_FIRST_ENTRY_LOOKAHEAD]
            )
            if not first_entry:
                tail = None
        part_run_in = GLUED_RUN_IN_AFTER_PART.match(line.text) if tail is None else None
        if part_run_in is None and tail is None:
            opened = dict(last)
            _note_marker(line.text, opened)  # the measure opening this line comes before the glued one
            part_run_in = next(
                (
                    m
                    for m in GLUED_TITLED_RUN_IN.finditer(line.text)
                    if (marker := read_marker(m.group("head"))) is not None
                    and opened.get(marker.style, -1) + 1 == marker.number
                ),
                None,
            )
        if part_run_in is not None and _titled_entry_follows(lines, index, int(part_run_in.group("num")) + 1):
            # GLUED_RUN_IN_AFTER_PART: the part's title, then its first measure; GLUED_TITLED_RUN_IN: a paragraph, then
            # the next measure
            cut = part_run_in.start("head")
            out.append(Line(line.text[:cut], line.start))
            _note_marker(out[-1].text, last)
            line = Line(line.text[cut:], line.start + cut)
        if tail is not None:
            head = line.text[tail.start() :]
            folded = "（" + head[1:] if head.startswith("〈") else head  # OCR's 〈 for （, 1:1
            marker = read_marker(folded)
            # GLUED_ARABIC: after 1. (GLUED_LABELLED_ENTRY: 1. may open)
            unseen = -1 if marker is not None and marker.style == "arabic" and not (labelled or first_entry) else 0
            # the marker opening this same line counts as one above the glued one ("(十三)海洋科创…
            # (省…负责)(十四)中国智港--…": 十四 comes after 十三)
            pieces = _split_run_ins(Line(line.text[: tail.start()], line.start))
            seen = dict(last)
            for piece in pieces:
                _note_marker(piece.text, seen)
            if marker is not None and (
                first_entry  # a list restarts at 1 under each parent: its "2." below is the evidence
                or seen.get(marker.style, unseen) + 1 == marker.number
                or (word_tail and marker.number == 1 and marker.style.startswith("chapter:"))  # GLUED_WORD_TAIL
                or (marker.style not in seen and _lost_first_part_goes_on(lines, index, marker))
            ):
                out.extend(pieces)
                last = seen
                line = Line(folded, line.start + tail.start())
        for piece in _split_run_ins(line):
            out.append(piece)
            _note_marker(piece.text, last)
    return out


def _titled_entry_follows(lines: list[Line], index: int, number: int) -> bool:
    """Does a titled run-in entry numbered ``number`` open a line below line ``index``, within
    GLUED_FIRST_ENTRY_LOOKAHEAD lines (GLUED_RUN_IN_AFTER_PART)?"""
    return any(
        (entry := TITLED_RUN_IN_ENTRY.match(later.text)) is not None and int(entry.group("num")) == number
        for later in lines[index + 1 : index + 1 + GLUED_FIRST_ENTRY_LOOKAHEAD]
    )


def _split_run_ins(line: Line) -> list[Line]:
    """The line split before each run-in （n） heading glued inside it (GLUED_RUN_IN_HEAD) that
    comes next in sequence after the （n） that opens the line (a box's line, "专栏1 …（一）…。（二）…",
    opens with none: its glued items stay its own)."""
    pieces: list[Line] = []
    opened = read_marker(line.text.lstrip(" \t\u3000"))
    number = opened.number if opened is not None and opened.style == GLUED_RUN_IN_STYLE else None
    if opened is None and ARTICLE_LINE.match(line.text) is not None:
        number = 0  # TITLED_RUN_IN_UNDER_ARTICLE: "第三条　…规范。（一）增进人类福祉。…" opens its entries at （一）
    cut = 0
    if number is not None:
        for match in GLUED_RUN_IN_HEAD.finditer(line.text):
            marker = read_marker(match.group("head"))
            if marker is None or marker.style != GLUED_RUN_IN_STYLE or marker.number != number + 1:
                continue
            pieces.append(Line(line.text[cut : match.start()], line.start + cut))
            cut, number = match.start(), marker.number
    pieces.append(Line(line.text[cut:], line.start + cut))
    return pieces


def _note_marker(text: str, last: dict[str, int]) -> None:
    """Keep the last number of each style opening a line (chapters, 一、, （一）, 1.), restarting
    the styles below a marker that opens."""
    marker = read_marker(text.lstrip(" \t\u3000"))
    if marker is None or not (marker.style in ("cn", "paren-cn", "arabic") or marker.style.startswith("chapter:")):
        return
    if marker.style.startswith("chapter:"):
        last.pop("cn", None)  # 一、 restarts under each chapter
        last.pop("paren-cn", None)
    if marker.style in ("cn", "paren-cn") or marker.style.startswith("chapter:"):
        last.pop("arabic", None)  # 1. restarts under each （n）
    if marker.style == "cn":
        last.pop("paren-cn", None)  # （一） restarts under each part
    number = last.get(marker.style, 0) + 1 if marker.number == LOST_NUMBER else marker.number
    last[marker.style] = number


def _lost_first_part_goes_on(lines: list[Line], index: int, marker: Marker) -> bool:
    """Is this glued 二、 the first surviving part of a text whose 一、 was lost (LOST_FIRST_PART):
    the next marker of its style opening a later line, or glued to one, comes at most
    LOST_FIRST_PART_GAP numbers on?"""
    if marker.style not in LOST_FIRST_PART_STYLES or marker.number != 2:
        return False
    for line in lines[index + 1 :]:
        found = read_marker(line.text.lstrip(" \t\u3000"))
        if found is None or found.style != marker.style:
            tail = GLUED_HEADING_TAIL.search(line.text)
            found = read_marker(line.text[tail.start() :]) if tail is not None else None
        if found is not None and found.style == marker.style:
            return marker.number < found.number <= marker.number + LOST_FIRST_PART_GAP
    return False


def _notices_in_body(lines: list[Line]) -> dict[str, int]:
    """The titles of the documents that notice title lines issue (NOTICE_TITLE), folded, each with where its
    notice's line starts (NOTICE_IN_BODY)."""
    found: dict[str, int] = {}
    for line in lines:
        notice = NOTICE_TITLE.match(line.text.strip()) if "的" in line.text else None
        if notice is not None:
            found.setdefault(fold_title(notice_document_title(notice.group("title"))), line.start)
    return found


def _after_notice_parts(headings: Sequence[Heading], notices: Mapping[str, int], text: str) -> bool:
    """Does the line ``text`` title a document that a notice line issued (``notices``, _notices_in_body) after
    a numbered heading read before that notice (NOTICE_IN_BODY)? NOTICE_LOOKED_UP_ONCE: the line's title is
    folded and looked up once, not once per heading read so far (folding every line again for each heading
    was 16 % of the reading CPU of generated plans), and not at all in a text without notice lines."""
    if not notices:
        return False
    notice_at = notices.get(fold_title(text), -1)
    return notice_at >= 0 and any(h.number and h.start < notice_at for h in headings)


def _title_over_restart(lines: list[Line], i: int, last_number: dict[str, int]) -> bool:
    """Is line ``i`` the title of a document of its own over its first part, a 一、 that numbers the parts again
    after a paragraph's end (DOCUMENT_OVER_RESTART)?"""
    text = lines[i].text.strip()
    if (
        not DOCUMENT_OVER_RESTART_MIN <= len(text) <= ATTACHED_PLAN_TITLE_MAX
        or text[-1] in SENTENCE_END + "，、,"
        or "。" in text
        or read_marker(text) is not None
        or "\t" in lines[i].text  # a table's header row over its rows
        or DOCUMENT_OVER_RESTART_NOT.match(text) is not None
        or last_number.get(DOCUMENT_OVER_RESTART_STYLE, 0) <= 1
    ):
        return False
    below = next((lines[j].text.strip() for j in range(i + 1, len(lines)) if lines[j].text.strip()), "")
    above = next((lines[j].text.strip() for j in range(i - 1, -1, -1) if lines[j].text.strip()), "")
    marker = read_marker(below)
    return (
        marker is not None
        and "\t" not in below
        and marker.style == DOCUMENT_OVER_RESTART_STYLE
        and marker.number == 1
        and above[-1:] in PARAGRAPH_END
    )


def _interpretation_after_notice(lines: list[Line], i: int) -> bool:
    """Is line ``i`` the title of a notice's 解读 carried after it, over the opening that announces it or over its 一、
    (INTERPRETATION_AFTER_NOTICE)?"""
    text = lines[i].text.strip()
    if (
        len(text) > ATTACHED_PLAN_TITLE_MAX
        or INTERPRETATION_TITLE_END.search(text) is None
        or any(mark in text for mark in SENTENCE_END + "，,")
        or read_marker(text) is not None
        or "\t" in lines[i].text
    ):
        return False
    below = next((lines[j].text.strip() for j in range(i + 1, len(lines)) if lines[j].text.strip()), "")
    marker = read_marker(below)
    return INTERPRETATION_PREAMBLE.search(below) is not None or (
        marker is not None and (marker.style, marker.number) == (DOCUMENT_OVER_RESTART_STYLE, 1)
    )


def _wrapped_title_over_restart(lines: list[Line], i: int, last_number: dict[str, int]) -> int | None:
    """The last line of a document's title broken over lines ``i``… inside an attachment, over its parts numbered
    afresh from 一、 (WRAPPED_OUTLINE_OVER_RESTART), if those lines are one."""
    if last_number.get(DOCUMENT_OVER_RESTART_STYLE, 0) <= 1:
        return None
    above = next((lines[j].text.strip() for j in range(i - 1, -1, -1) if lines[j].text.strip()), "")
    if above[-1:] not in PARAGRAPH_END:
        return None
    joined = ""
    for k in range(i, min(i + ATTACHMENT_TITLE_LINES_MAX, len(lines))):
        piece = lines[k].text.strip()
        if (
            not piece
            or "\t" in lines[k].text
            or len(piece) > HEADLINE_LINE_MAX
            or any(ch in HEADLINE_BREAKS for ch in piece)
            or read_marker(piece) is not None
        ):
            return None
        joined += _LINE_SPACES.sub("", piece)
        if k == i or not (HEADLINE_END.search(joined) is not None or joined.endswith(ATTACHMENT_TITLE_ENDS)):
            continue
        below = next((lines[j].text.strip() for j in range(k + 1, len(lines)) if lines[j].text.strip()), "")
        marker = read_marker(below)
        if marker is not None and (marker.style, marker.number) == (DOCUMENT_OVER_RESTART_STYLE, 1):
            return k
    return None


def _ordinal_title_lines(lines: list[Line]) -> set[int]:
    """The lines that are a part's points counted 第一，… each a short title alone on its line (ORDINAL_TITLE_LINE),
    in a run numbered in sequence from 第一 of at least ORDINAL_TITLE_LINES_MIN."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        point = ORDINAL_TITLE_LINE.match(text)
        if point is None and _paragraphs_below(lines, i) >= TITLE_LINE_PARAGRAPHS_MIN:
            point = ORDINAL_CLAUSED_TITLE_LINE.match(text)  # ORDINAL_TITLE_OVER_PARAGRAPHS
        if point is None or point.end() == len(text):
            continue
        number = cn_to_int(point.group("num")[1:])
        if number == 1:
            run = [i]
        elif run and number == len(run) + 1:
            run.append(i)
        else:
            run = []
        if len(run) >= ORDINAL_TITLE_LINES_MIN:
            found.update(run)
    return found


def _claused_ordinal_title(text: str) -> HeadingLine | None:
    """A 第n， line titled by a sentence of clauses, its 。 left out (ORDINAL_TITLE_OVER_PARAGRAPHS); None for another
    line."""
    point = ORDINAL_CLAUSED_TITLE_LINE.match(text)
    if point is None or point.end() == len(text):
        return None
    written = point.group(0).rstrip(" \t\u3000")
    marker = Marker(ORDINAL_TITLE_STYLE, cn_to_int(point.group("num")[1:]), written, point.end())
    return HeadingLine(marker, text[point.end() :].strip().rstrip(INLINE_TITLE_END), point.end(), False)


def _paragraphs_below(lines: list[Line], i: int) -> int:
    """How many paragraphs (lines ending a sentence, opening with no marker nor 第n，) stand below line ``i`` before the
    next line that opens with one (ORDINAL_TITLE_OVER_PARAGRAPHS)."""
    count = 0
    for line in lines[i + 1 :]:
        text = line.text.strip()
        if not text:
            continue
        if read_marker(text) is not None or ORDINAL_POINT_OPENING.match(text):
            break
        count += text.endswith(PARAGRAPH_SENTENCE_END)
    return count


def _with_next_line(lines: list[Line], i: int) -> str:
    """Line ``i`` with the next line that is not blank glued to it (COMPANION_TITLE_WRAPPED), stripped; "" at the
    end."""
    following = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    return lines[i].text.strip() + lines[following].text.strip() if following is not None else ""


def _letter_titled_parts(text: str, headings: Sequence[Heading]) -> bool:
    """Are the letter's own points titled parts, each a short title alone on its line over the paragraph that
    works it out (LETTER_TITLED_PARTS)?"""
    return all(_title_over_paragraph(text, h) for h in headings)


# NUMBERED_TITLE_OVER_RESTART (lev31, heldout37): a plan may carry programme plans after its own parts, each under a
# numbered title line whose parts number again from 一、, a dash line naming the programme's document between them:
# "四、卓越教师圆梦工程" / "——《卓越教师“领军计划”实施方案》" / "一、指导思想" (sx1z-teacher-development-plan-2020,
# after the plan's 一、…七、). The title heads the restarted parts (one level down), the dash line is content; read
# as a part of the plan, the 一、 was out of sequence and lost, and the dash line taken for a document title.
PROGRAMME_STYLE = "programme"
# Only a part's 一、 titles a programme, and only out of the parts' sequence ("一、…工程" after 七、, "二、…工程"
# after the first programme's 六、): "2.乙" over "1.这是段落里的列表" is a list restarting inside a section.
PROGRAMME_TITLE_STYLE = "cn"
# GENERAL_PART_OVER_TEXT (lev31, heldout37): a 总则 standing over a paragraph of its own, "总则" / "建设和培育一支
# 师德高尚…的教师队伍，既是一中提高教育质量…的根本保障。…制定本方案。" / "一、培养目标"
# (sx1z-teacher-development-plan-2020), heads that paragraph as a preface does, its parts after it its siblings;
# a 总则 right over 一、指导思想 (bj-eco-security-2035) still heads the parts.
GENERAL_PART = "总则"
PROGRAMME_SUBTITLE = "——"


def _numbered_title_over_restart(
    lines: list[Line], i: int, last_number: Mapping[str, int]
) -> tuple[HeadingLine, int | None] | None:
    """Line ``i`` read as a numbered title over its own restarted parts, with the index of the dash line between
    them if there is one (NUMBERED_TITLE_OVER_RESTART); None when it is none."""
    parsed = read_heading_line(lines[i].text)
    if (
        parsed is None
        or parsed.marker is None
        or parsed.inline
        or parsed.marker.style != PROGRAMME_TITLE_STYLE
        or parsed.marker.number == last_number.get(PROGRAMME_TITLE_STYLE, 0) + 1  # a part in its sequence
    ):
        return None
    title = parsed.title.strip()
    if not title or lines[i].text.strip()[-1] in SENTENCE_END + "：:，,；;" or "。" in lines[i].text:
        return None  # a sentence, no title
    following = [j for j in range(i + 1, len(lines)) if lines[j].text.strip()][:2]
    subtitle = None
    if len(following) == 2 and lines[following[0]].text.strip().startswith(PROGRAMME_SUBTITLE):
        subtitle = following.pop(0)
    below = read_heading_line(lines[following[0]].text) if following else None
    if (
        below is None
        or below.marker is None
        or below.inline
        or (below.marker.style, below.marker.number) != (parsed.marker.style, 1)
        or below.title.strip() == title
    ):
        return None
    return parsed, subtitle


def _unlabelled_annex(lines: list[Line], i: int) -> bool:
    """Is line ``i`` an annex's title right under a signature's date (UNLABELLED_ANNEX_TITLE)?"""
    text = lines[i].text.strip()
    if UNLABELLED_ANNEX_TITLE.match(text) is None or read_marker(text) is not None:
        return False
    above = next((j for j in range(i - 1, -1, -1) if lines[j].text.strip()), None)
    if above is None or DATE_LINE.match(lines[above].text.strip()) is None:
        return False
    return any(
        ANNEX_ANNOUNCED.search(line.text) or (ANNEX_LIST_LABEL in line.text and text in line.text)  # LISTED_ANNEX
        for line in lines[:above]
    )


def _cited_annex_titles(lines: list[Line]) -> set[int]:
    """The indexes of the title lines of attachments the letter cites by number whose 附件 labels were lost
    (CITED_ANNEX_LABEL_LOST); empty when it cites none or some line labels one."""
    cited = {match.group("n") for line in lines for match in CITED_ANNEX.finditer(line.text)}
    if not cited or any(CITED_ANNEX_LABEL_LINE.match(line.text) for line in lines):
        return set()
    filled = [i for i, line in enumerate(lines) if line.text.strip()]

    def title_line(k: int) -> bool:
        text = lines[filled[k]].text.strip()
        return (
            k + 1 < len(filled)
            and CITED_ANNEX_TITLE.match(text) is not None
            and read_marker(text) is None
            and DATE_LINE.match(text) is None
            and CITED_ANNEX_TEXT_MARK.search(lines[filled[k + 1]].text) is not None
        )

    dated = next(
        (k for k in range(len(filled) - 1) if DATE_LINE.match(lines[filled[k]].text.strip()) and title_line(k + 1)),
        None,
    )
    if dated is None:
        return set()
    return set([filled[k] for k in range(dated + 1, len(filled)) if title_line(k)][: len(cited)])


def _listed_at(text: str, match: re.Match[str], toc_titles: dict[str, list[str]], whole: bool = False) -> bool:
    """Does the TOC list the title that follows this glued marker (``whole``: as all the rest of
    the line)?"""
    rest = text[match.end() :].strip(" \t\u3000") if whole else text[match.end() :].lstrip(" \t\u3000")
    return any(
        title and (rest == title if whole else rest.startswith(title))
        for title in toc_titles.get(match.group("head"), ())
    )


def _chapter_run(line: Line) -> list[Line]:
    """A line of chapter headings run together, as one line per heading (CHAPTER_RUN_SPLIT)."""
    stripped = line.text.strip()
    if not CHAPTER.match(stripped) or CHAPTER_RUN_STOP.search(stripped):
        return [line]
    indent = len(line.text) - len(line.text.lstrip())
    cuts = [m.start() for m in CHAPTER_RUN_SPLIT.finditer(line.text) if m.start() > indent]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line.text)]
    return [Line(line.text[a:b], line.start + a) for a, b in itertools.pairwise(bounds)]


def headings_from_toc(text: str, toc: Toc) -> tuple[list[Heading], list[Issue]]:
    headings: list[Heading] = []
    issues: list[Issue] = []
    for entry, found in zip(toc.entries, locate_headings(text, toc, toc.end), strict=True):
        if found is None:
            issues.append(
                Issue(
                    code="toc-heading-missing", message=f"TOC entry {entry.marker}{entry.title} not found in the body"
                )
            )
            continue
        _, start, title_end = found
        headings.append(Heading(entry.level, entry.marker, entry.title, start, title_end))
    return with_run_in_below(text, headings), issues


def with_run_in_below(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings read from a TOC, with the run-in sub-headings of listed headings that have
    none listed below them (``RUN_IN_BEFORE``: numbered in the style the TOC uses one level
    deeper, each a short first sentence, 1, 2, … at sentence starts)."""
    deeper: dict[int, str] = {}  # level → the style the TOC numbers it in (the first seen)
    for heading in headings:
        marker = read_marker(heading.number) if heading.number else None
        if marker is not None:
            deeper.setdefault(heading.level, marker.style)
    out: list[Heading] = []
    for index, heading in enumerate(headings):
        out.append(heading)
        following = headings[index + 1] if index + 1 < len(headings) else None
        if following is not None and following.level > heading.level:
            continue  # the TOC lists what stands below it
        style = deeper.get(heading.level + 1)
        if style is None:
            continue
        end = following.start if following is not None else len(text)
        out += _run_in(text, heading.title_end, end, style, heading.level + 1)
    return out


def _run_in(text: str, start: int, end: int, style: str, level: int) -> list[Heading]:
    found: list[Heading] = []
    cursor, number = start, 1
    while True:
        hit = None
        for spelling in marker_spellings(style, number):
            at = text.find(spelling, cursor, end)
            while at >= 0 and not RUN_IN_BEFORE.search(text[max(start, at - 4) : at]):
                at = text.find(spelling, at + 1, end)
            if at >= 0 and (hit is None or at < hit[0]):
                hit = (at, spelling)
        if hit is None:
            break
        at, spelling = hit
        title_start = at + len(spelling)
        stop = text.find("。", title_start, end)
        title = text[title_start:stop].strip() if stop >= 0 else ""
        if not title or len(title) > RUN_IN_TITLE_MAX or re.search(r"[；：:]", title):
            break
        found.append(Heading(level, spelling, title, at, title_start + len(title)))
        cursor, number = stop, number + 1
    return found if len(found) >= RUN_IN_MIN else []


# A table of contents without page numbers is recognised by its first heading read again after
# a preface: it lists at least this many headings.
MIN_TOC_RUN = 3
# The open-styles stack entry of a block label line (it has no marker of its own).
BLOCK_LABEL_STYLE = "block-label"
# The open-styles stack entry of a named heading (总则): chapters close it.
NAMED_STYLE = "named"
ATTACHMENT_STYLE = "attachment"
# ATTACHMENTS_OWN_TABLES (seg27, round 28): the forms an attachment lists and appends, "附件" / "广州市就业见习基地
# 申请程序" / … / "附表：1. 广州市就业见习基地申请表" … / "附表1" / "广州市就业见习基地申请表"
# (gz-internship-base-rules-2019, a portal page; heldout28 gold: 附表1…附表6 level 2 under the 附件, as the joined
# reading has them by APPENDED_LIST_NOUNS), are the attachment's own parts, one level below it. A 附表 with no 附件
# heading open above it is the document's own attachment, level 1 (zj-waterlogging-14's 附表1…附表4).
ATTACHED_TABLE_STYLE = "attached-table"
# The open-styles stack entry of one of several documents issued by one notice.
DOCUMENT_STYLE = "document"
# APPENDIX_OF_ANNEX (seg42, round 40): a notice's annexed document may carry appendices of its own after its
# parts: "附件：" / "广西电力市场履约风险管理工作指引" / "1 总则" … "13 附则" / "附录 1：风险额度计算方法" …
# "附录 5：" / "广西电力市场售电公司履约保证保险" / "规范性条款" … "附录 11：退还申请书"
# (gx-performance-risk-guide-2023, heldout40). The appendices are the guideline's, beside its parts one level
# below the 附件 heading (round-40 gold, as the annexes of an annexed document are, ANNEX_OF_ANNEX); a document's
# own appendices with no 附件 above them stay level 1 (tj-demand-response-2021's 附录1：…附录3：).
APPENDIX_OF_ANNEX_STYLE = "annex-appendix"
# The marker style of ORDINAL_TITLE_LINE.
ORDINAL_TITLE_STYLE = "ordinal-line"
# The open-styles stack entry of a further model form's title inside an attachment (FORM_TEMPLATE).
FORM_TITLE_STYLE = "form-title"
# The open-styles stack entry of an unnumbered FAQ question over its answer (QUESTION_LINE, a FAQ run).
FAQ_QUESTION_STYLE = "faq-question"
# The open-styles stack entry of a provision titled in brackets (BRACKETED_PROVISION_TITLE).
BRACKETED_PROVISION_STYLE = "bracketed-provision"
# A notice issuing one document is the usual case (its title is the plan's); from two on, each
# document's title line heads its own part.
MIN_ISSUED_DOCUMENTS = 2


def fold_title(title: str) -> str:
    """A title compared without spaces, book-title marks or dash variants: "（2021—2023年）" in
    the notice is "（2021-2023年）" on the title line."""
    return _TITLE_FOLD_MARKS.sub("", title).translate(_TITLE_DASHES)


def folded_head(line: str) -> str:
    """``fold_title(line)[:1]`` without folding the whole line: its first character that is no space or book-title
    mark, its dash folded (LEAD_LINES_FOLDED_ONCE)."""
    for ch in line:
        if ch not in _TITLE_FOLD_MARK_CHARS and not ch.isspace():  # \s of a str pattern is str.isspace
            return ch.translate(_TITLE_DASHES)
    return ""


_LINE_SPACES = re.compile(r"[ \t\u3000]+")
_TITLE_FOLD_MARK_CHARS = "《》〈〉"
_TITLE_FOLD_MARKS = re.compile(r"[\s《》〈〉]")
_TITLE_DASHES = str.maketrans("—–－~～", "-----")


def _sibling_attachment_below(lines: list[Line], index: int) -> bool:
    """Does the numbered 附件 label at ``index`` have its next sibling's label on a line below (SIBLING_ATTACHMENTS)?"""
    label = SIBLING_ATTACHMENT_NUMBER.match(lines[index].text.strip())
    if label is None:
        return False
    following = int(label.group("n")) + 1
    for line in lines[index + 1 :]:
        below = SIBLING_ATTACHMENT_NUMBER.match(line.text.strip())
        if below is not None and int(below.group("n")) == following:
            return True
    return False


def _attachments_own_table(number: str, headings: list[Heading]) -> bool:
    """Is the 附表 numbered ``number`` a table of the 附件 open above it (ATTACHMENTS_OWN_TABLES)?"""
    if not re.sub(r"\s+", "", number).startswith("附表"):
        return False
    top = next((h for h in reversed(headings) if h.level == 1), None)
    return top is not None and re.sub(r"\s+", "", top.number).startswith("附件")


def _after_date_line(lines: list[Line], index: int) -> bool:
    """Does the line at ``index`` stand right under a date line, the signature's (ANNEX_AFTER_DATE)?"""
    before = next((j for j in range(index - 1, -1, -1) if lines[j].text.strip()), None)
    return before is not None and DATE_LINE.match(lines[before].text.strip()) is not None


def _document_title_line(text: str) -> bool:
    """Is ``text`` a document's title line: short, no sentence or clause mark (ANNEX_AFTER_DATE)?"""
    stripped = text.strip(" \t\u3000*")
    return 0 < len(stripped) <= ATTACHED_PLAN_TITLE_MAX and re.search(r"[。，,；;：:！？!?]", stripped) is None


def _blank(lines: list[Line], index: int) -> bool:
    return index < 0 or index >= len(lines) or not lines[index].text.strip()


def headings_from_lines(
    text: str, toc: Toc | None = None, documents: Sequence[str] = (), body_start: int = 0, plan: bool = False
) -> tuple[list[Heading], list[Issue]]:
    """Headings read line by line; the lines of the TOC are skipped, before it only named
    headings (前言) are read, and its titles say where a heading's title ends. When a notice
    issues two or more ``documents`` (ISSUED_DOCUMENT), each one's title line after
    ``body_start`` is a level-1 heading that restarts the numbering. ``plan``: the document is titled as a plan
    (DECIMAL_OUTLINE_TITLE_LINES)."""
    listed_titles: dict[str, list[str]] = {}
    for entry in toc.entries if toc else ():
        listed_titles.setdefault(entry.marker, []).append(entry.title)
    lines = _split_glued_tails(_join_marker_alone(_join_across_page_marks(split_lines(text))), listed_titles)
    record_labels = _record_field_labels(lines)  # FIELD_LABEL_RECORD
    keyword_lines = {i for i, line in enumerate(lines) if KEYWORD_GROUP_LINE.match(line.text)}
    if len(keyword_lines) < KEYWORD_GROUP_MIN:
        keyword_lines = set()  # a paper's keywords under its abstract (KEYWORD_GROUP_LINE)
    # The issuing sentence may also cite documents (依据《…》): only titles standing alone on a
    # line of the body count, and only when two or more do.
    issued: set[str] = set()
    if documents:
        title_lines = {fold_title(line.text) for line in lines if line.start >= body_start and line.text.strip()}
        presented = {fold_title(title) for title in documents}
        issued = presented & title_lines
        # ISSUED_TITLE_WRAPPED (fixseg52): a document's title may run over two lines ("重庆市关于开展对部分" / "个人住房
        # 征收房产税改革试点的暂行办法", PRESENTED_REVISED_DOCUMENTS); COMPANION_TITLE_WRAPPED joins them where it opens
        issued |= presented & {
            fold_title(_with_next_line(lines, k))
            for k, line in enumerate(lines)
            if line.start >= body_start and line.text.strip() and len(line.text.strip()) <= HEADLINE_LINE_MAX
        }
        # COMPANION_DOCUMENT: a document's 解读 or 说明 after it, titled after it, is a document of its own, its title
        # also when it runs over two lines (COMPANION_TITLE_WRAPPED)
        issued |= {
            fold_title(title)
            for k, line in enumerate(lines)
            if line.start >= body_start
            for title in (line.text, _with_next_line(lines, k))
            if (companion := COMPANION_DOCUMENT.match(title)) is not None
            and fold_title(companion.group("title")) in presented
        }
        if len(issued) < MIN_ISSUED_DOCUMENTS:
            issued = set()
    notices_in_body = _notices_in_body(lines)  # NOTICE_IN_BODY
    skip_from, skip_until = (toc.start, toc.end) if toc else (0, 0)
    toc_titles: dict[str, list[str]] = {}
    for entry in toc.entries if toc else ():
        toc_titles.setdefault(entry.marker, []).append(entry.title)
    headings: list[Heading] = []
    issues: list[Issue] = []
    stack: list[tuple[str, int]] = []
    first_content = next((i for i, line in enumerate(lines) if line.text.strip()), None)

    def add_label(start: int, title: str) -> None:
        # A block label heads the items on the lines after it: an unnumbered block heading, its
        # items one level deeper (a second label in the same section is its sibling).
        headings.append(Heading(push(stack, BLOCK_LABEL_STYLE, 0), "", title, start, start + len(title)))

    last_number: dict[str, int] = {}  # the last number each style had, open or closed
    inline_items: set[int] = set()  # lines holding a block's items run together: text, not headings
    in_attachment = False
    in_form = False  # an attachment that is a model form (FORM_TEMPLATE)
    # ANNEX_OF_ANNEX: the document a letter carries as its annex after its date (UNLABELLED_ANNEX) is open
    annex_document = False
    in_glossary = False
    in_box = False
    box_prose = box_listed = False  # the box holds unnumbered lines / numbered items (BOX_BEFORE_SECTIONS)
    box_list: dict[str, int] = {}  # the last number of the box's own list in a style of the sections (BOX_OWN_LIST)
    in_table = False
    cells_table = False  # since a "序号" cell, no paragraph yet (TABLE_GROUP_ROW)
    task_table = False  # since a task table's header cells (TASK_TABLE_HEADER), no attachment yet
    table_row: int | None = None  # the last row number of a table opened by its header row (TABLE_HEADER_ROW)
    body_seen = False  # a line of text (not a heading) after the first heading
    in_terms = False  # under a heading titled as a glossary (GLOSSARY_TITLE)
    terms_parts: str | None = None  # the style of a glossary attachment's parts (ATTACHMENT_OVER_FIRST_PART)
    # paragraphs set off by blank lines (at least one blank line for every two with text)? Then a
    # blank line after a line ends its paragraph; elsewhere it is a page break (LEAD_SENTENCE_LIST).
    spaced = 2 * sum(not line.text.strip() for line in lines) >= sum(bool(line.text.strip()) for line in lines)
    sentences = _sentence_per_line(lines)
    ordinal_at = -1  # how many headings there were at the last ordinal paragraph (第二，…)
    in_articles = False  # a 第X条 article seen since the last attachment (ARTICLE_ITEMS)
    # a text of articles, not a line that happens to open with one (a page's stray tail of the
    # rules before it: "第四十九条 本办法自 2012 年 2 月 1 日起施行。" atop a 十四五 outline)
    article_lines = sum(ARTICLE_LINE.match(line.text) is not None for line in lines)
    articles = article_lines >= ARTICLE_LINES_MIN
    # TITLED_ARTICLES: most articles open with a short title of their own (a code of norms)
    titled_articles = (
        articles
        and sum(_titled_article(line.text) is not None for line in lines) >= TITLED_ARTICLES_SHARE * article_lines
    )
    titled_in_chapter = _titled_chapter_articles(lines) if articles and not titled_articles else set()
    lead_list: tuple[str, int] | None = None  # style and last number of a lead sentence's list
    preface_at = len(text) + 1  # where the last preface heading (前言, 序言) stands
    toc_label_at = None if toc is not None else -1  # where a "目录" line parse_toc could not read stands
    lost_numbers = _lost_number_entries(toc)
    # PAGED_TEXT_MARKS_BEFORE_JOIN: counted before _join_across_page_marks took the marks inside joined paragraphs
    paged = sum(PAGE_MARK_LINE.match(line.text) is not None for line in split_lines(text)) >= PAGED_TEXT_MARKS_MIN
    cited_annexes = _cited_annex_titles(lines)  # CITED_ANNEX_LABEL_LOST
    # BRACKETED_PROVISION_TITLE: "【登记备案要求】定点医药机构…", where the text opens several lines so
    bracketed = sum(BRACKETED_PROVISION_TITLE.match(line.text) is not None for line in lines)
    bracketed_titles = bracketed >= BRACKETED_PROVISIONS_MIN
    faq_questions = _faq_question_lines(lines)  # QUESTION_LINE, a FAQ run
    ordinal_titles = _ordinal_title_lines(lines)  # ORDINAL_TITLE_LINE, a run in sequence
    # NOTICE_POINTS_RESTART, only where the body numbers afresh below its start: a page's title repeated under its
    # footer ("关于完善2026年度电力中长期交易价格机制的通知" below the link lists, hn-power-price-2026) is no body, and
    # clearing the notice's numbering there made the footer's "省直单位" a heading.
    restart_at_body = body_start > 0 and any(
        line.start >= body_start and line.text.lstrip().startswith(FIRST_PART_MARK) for line in lines
    )
    for i, line in enumerate(lines):
        if not line.text.strip() or i in inline_items or skip_from <= line.start < skip_until:
            continue
        if restart_at_body and line.start >= body_start:
            # NOTICE_POINTS_RESTART (fixseg48, round 48): the notice's own points end where its body starts; the body
            # numbers its parts afresh. A call for comments "一、征求意见时间:…" / "二、意见征集方式:…" / "三、联系人:…"
            # over the draft's "一、“十三五”农业农村现代化发展主要成就" (pj-agri-modern-14fyp-draft-2021): the draft's
            # 一、 was read as a repeat of the call's and dropped.
            restart_at_body = False
            if headings and all(h.start < body_start for h in headings):
                stack.clear()
                last_number.clear()
        line = lines[i] = _without_glued_page(_without_tab_padding(line), stack, last_number, headings)
        chapter = dict(stack).get("decimal:1")
        if chapter is not None and line.text.strip() in lost_numbers.get(chapter, ()):
            # LOST_NUMBER_TOC_ENTRY: "客观真实" under "4  基本原则", its 4.1 lost
            level = [s for s, _ in stack].index("decimal:1") + 1
            del stack[level:]
            push(stack, LOST_NUMBER_STYLE, 0)
            start = line.start + len(line.text) - len(line.text.lstrip())
            title = line.text.strip()
            headings.append(Heading(level + 1, "", title, start, start + len(title)))
            continue
        following = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
        next_line = lines[following].text.strip() if following is not None else ""
        named = _LINE_SPACES.sub("", line.text)
        # NOTICE_IN_BODY: the document a notice issues after the parts of the text before it
        after_parts = _after_notice_parts(headings, notices_in_body, line.text)
        outline_end = (
            _wrapped_title_over_restart(lines, i, last_number)
            if in_attachment and line.start >= body_start and stack[:1] == [(ATTACHMENT_STYLE, 0)]
            else None
        )
        if outline_end is not None:
            # WRAPPED_OUTLINE_OVER_RESTART: "单一电力用户" / "绿电直连项目实施方案" / "编制大纲" / "一、项目概况"
            del stack[1:]
            last_number.clear()
            start = line.start + len(line.text) - len(line.text.lstrip())
            title = "".join(lines[k].text.strip() for k in range(i, outline_end + 1))
            end = lines[outline_end].start + len(lines[outline_end].text.rstrip())
            headings.append(Heading(push(stack, DOCUMENT_STYLE, 0), "", title, start, end))
            inline_items.update(range(i + 1, outline_end + 1))
            continue
        # DOCUMENT_OVER_RESTART: a title line over a 一、 that numbers the parts again
        over_restart = not after_parts and bool(headings) and _title_over_restart(lines, i, last_number)
        after_parts = after_parts or over_restart
        # INTERPRETATION_AFTER_NOTICE: "特此通知" / "关于…政策的解读" / "…现对…解读如下："
        after_parts = after_parts or (
            INTERPRETATION_AFTER_NOTICE
            and bool(headings)
            and line.start >= body_start
            and not issued
            and _interpretation_after_notice(lines, i)
        )
        if (
            over_restart
            and line.start >= body_start
            and not issued
            and stack
            and stack[0][0] == DOCUMENT_OVER_RESTART_STYLE
        ):
            # GROUP_TITLE_OVER_RESTART: the run before it, at the top, is a group's too, under its own title line
            _nest_run_under_unnumbered(headings, DOCUMENT_OVER_RESTART_STYLE, 1)
        unlabelled_annex = not issued and line.start >= body_start and _unlabelled_annex(lines, i)
        title_tail = None
        if (
            issued
            and following is not None
            and fold_title(line.text) not in issued
            and fold_title(_with_next_line(lines, i)) in issued
        ):
            # COMPANION_TITLE_WRAPPED: "中央办公厅负责人就《…的意见》" / "答记者问", one title over two lines
            inline_items.add(following)
            line = Line(_with_next_line(lines, i), line.start)
            title_tail = lines[following].start + len(lines[following].text.rstrip())
        if line.start >= body_start and (
            fold_title(line.text) in issued if issued else (unlabelled_annex or i in cited_annexes or after_parts)
        ):
            # A document of its own opens here: the second one a notice issues ("安徽省工业互联网创新
            # 发展行动计划（2021-2023年）"), or, where a letter issues none by name, the annex it
            # announces after its date ("2022年9月20日" / "交通强国建设试点任务要点（北京工业大学）",
            # UNLABELLED_ANNEX).
            if (
                not issued
                and not after_parts
                and i not in cited_annexes
                and headings
                and all(h.level == 1 and h.number for h in headings)
                and not _letter_titled_parts(text, headings)
            ):
                # COVER_LETTER_POINTS: the letter's own points ("一、原则同意…。" / "二、加强…") before
                # the annex it announces are its front matter, no sections; a letter whose titled parts cite
                # their attachments keeps them (CITED_ANNEX_LABEL_LOST: "三、完善管理流程" / "…登记备案（附件1）…")
                # LETTER_TITLED_PARTS (lev31, heldout36): a notice whose own requirements are titled parts standing
                # alone over their paragraphs ("一、切实提高对深化普通高中课程改革重要性的认识" / "增加普通高中教育的
                # 选择性，…", zj-hs-curriculum-reform-2012) keeps them as its level-1 sections beside the plan it issues
                headings.clear()
            stack.clear()
            last_number.clear()
            start = line.start + len(line.text) - len(line.text.lstrip())
            title = line.text.strip()
            end = title_tail if title_tail is not None else start + len(title)
            headings.append(Heading(push(stack, DOCUMENT_STYLE, 0), "", title, start, end))
            in_attachment = in_glossary = in_box = in_table = in_form = False
            annex_document = unlabelled_annex
            continue
        programme = (
            _numbered_title_over_restart(lines, i, last_number) if headings and line.start >= body_start else None
        )
        if programme is not None:
            # NUMBERED_TITLE_OVER_RESTART: a programme's numbered title heads its own restarted parts
            parsed_title, subtitle = programme
            if subtitle is not None:
                inline_items.add(subtitle)
            stack.clear()
            last_number.clear()
            start = line.start + parsed_title.title_offset
            number = parsed_title.marker.written if parsed_title.marker is not None else ""
            title = parsed_title.title.strip()
            headings.append(Heading(push(stack, PROGRAMME_STYLE, 0), number, title, line.start, start + len(title)))
            body_seen = True
            continue
        if _toc_leader_entry(lines, i):
            continue  # "一、实施背景......" / "......": an entry of a TOC not read as one (TOC_LEADER_ENTRY)
        glued_preface = GLUED_PREFACE.search(line.text)
        if glued_preface is not None and not headings:
            # "2020 年 10 月 19 日前 言": the cover's last line and the preface glued (GLUED_PREFACE).
            line = lines[i] = Line(line.text[glued_preface.start() :], line.start + glued_preface.start())
            named = _LINE_SPACES.sub("", line.text)
        if toc_label_at is not None and toc_label_at < 0 and TOC_HEADING.match(line.text):
            toc_label_at = line.start
            continue
        run_in_preface = PREFACE_RUN_IN.match(line.text) if not any(h.number for h in headings) else None
        if run_in_preface is not None:
            # "前 言 充换电基础设施是…": a PDF's preface heading run into its first paragraph (PREFACE_RUN_IN)
            stack.clear()
            start = line.start + run_in_preface.start("name")
            title = run_in_preface.group("name")
            headings.append(Heading(push(stack, NAMED_STYLE, 0), "", title, start, start + len(title)))
            stack.clear()
            preface_at = start
            continue
        if named in NAMED_HEADINGS:
            # "前  言", "总 则": a heading wherever it stands; a preface heads only its own text,
            # the others the numbered sections after them.
            if named in PREFACE_HEADINGS and toc_label_at is not None and toc_label_at >= 0:
                # UNREAD_TOC_BEFORE_PREFACE: a "目录" line, then a preface: what stood between was
                # the table of contents, whatever parse_toc made of it (an OCR'd two-column 目录
                # read across the columns, no page numbers: "序\t（四）国民收入的生产和分配" /
                # "四、“八五 期间地区经济发展的布局和政" / … / "序" / "本世纪最后十年…").
                headings[:] = [h for h in headings if h.start < toc_label_at]
                stack.clear()
                last_number.clear()
                toc_label_at = None
            stack.clear()
            start = line.start + len(line.text) - len(line.text.lstrip())
            title = line.text.strip()
            headings.append(Heading(push(stack, NAMED_STYLE, 0), "", title, start, start + len(title)))
            if named in PREFACE_HEADINGS:
                stack.clear()
                preface_at = start
            elif named == GENERAL_PART and read_marker(next_line) is None and _is_paragraph(next_line):
                stack.clear()  # GENERAL_PART_OVER_TEXT: a 总则 over a paragraph of its own heads that paragraph only
            in_glossary = named in GLOSSARY_HEADINGS
            continue
        if in_glossary and read_marker(line.text.strip()) is not None:
            continue  # a glossary entry, not a section
        notes = NOTES_FIRST_ON_LABEL.match(line.text)
        if notes is not None:
            # "注：1. …" + "2. …" / "3. …": the notes after the first, in its style (NOTES_FIRST_ON_LABEL),
            # whether or not the first is read as a cell of the table above
            inline_items.update(_notes_numbered_on(lines, i, read_marker(line.text[notes.end() :])))
        if TABLE_CAPTION.match(line.text):
            in_table = True
            continue
        if TABLE_HEADER_ROW.match(line.text):
            table_row = 0  # "序号 检测项目": the rows below are numbered 1, 2, … (TABLE_HEADER_ROW)
            continue
        if task_table and (
            ATTACHMENT_LINE.match(line.text)
            or ATTACHMENT_TITLED.match(line.text)
            or TABLE_CAPTION.match(line.text)
            or TABLE_HEADER_CELL.match(line.text)
        ):
            task_table = False  # TASK_TABLE_HEADER: the table has ended
        if not task_table and _task_table_header(lines, i):
            task_table = True  # "…" / "牵头" / "部门": a task table's header cells (TASK_TABLE_HEADER)
            continue
        if task_table and read_marker(line.text.strip()) is not None:
            body_seen = True
            continue  # "1、改善城市道路环境": a group or task row of the table (TASK_TABLE_HEADER)
        if TABLE_HEADER_CELL.match(line.text):
            cells_table = True  # "序号" alone: a table exploded one cell a line (TABLE_GROUP_ROW)
            continue
        if cells_table:
            if _is_paragraph(line.text) and not _next_cell(lines, following):
                cells_table = False  # a paragraph not followed by the next cell: the table has ended
            elif _group_row(lines, i):
                continue  # "一、生态宜居" over "1": a group of the table's rows
        if table_row is not None:
            row = TABLE_ROW_NUMBER.match(line.text)
            if row is not None and int(row.group("n")) == table_row + 1 and read_marker(line.text.strip()) is not None:
                table_row += 1
                continue  # "1 交通信号识别及响应…": a row of the table
            if row is not None or read_marker(line.text.strip()) is not None or _is_paragraph(line.text):
                table_row = None  # a heading, a paragraph or a row out of sequence: the table has ended
            elif ATTACHMENT_LINE.match(line.text) or BOX_TITLE.match(line.text) or _broken_box_caption(lines, i):
                table_row = None
        if in_table:
            if (
                not _is_paragraph(line.text)
                and read_marker(line.text.strip()) is None
                and ATTACHMENT_LINE.match(line.text) is None  # TABLE_ENDS_AT_ANNEX
            ):
                continue  # a cell of the table
            in_table = False  # a paragraph or a numbered line: the table has ended
        if BOX_TITLE.match(line.text) or _broken_box_caption(lines, i):
            in_box = True
            box_prose = box_listed = False
            box_list = {}
            continue
        if in_box:
            marker = read_marker(line.text.strip())
            if marker is None:
                box_prose = True
                continue
            if marker.style not in [s for s, _ in stack] and not (
                # BOX_BEFORE_SECTIONS: a box of prose standing before the first section of its
                # heading ("四、“十四五”主要任务" / intro / "专栏1　“三堤三网两生态”" / "三堤：…" /
                # "（一）强化防洪除涝体系建设，保障防汛安全"): a title line numbered 1 in a style
                # the plan numbers its sections with opens that section; the box has ended.
                box_prose
                and not box_listed
                and marker.number == 1
                and marker.style in last_number
                and not _is_paragraph(line.text)
            ):
                box_listed = True
                continue  # an item of the box's own list
            if marker.number == box_list.get(marker.style, 0) + 1 and (
                # BOX_OWN_LIST: a box numbering its entries in the style of the sections around it
                # ("1.培育数字化转型典型场景。…" / "2.加强…解决方案研发。…" / "专栏1数字化解决方案研发推广工程" /
                # "1.家用电器行业：…" … "10.照明行业：…" / "（二）深入开展数字化转型改造", a ministry's PDF
                # plan, round 14): a 1 that restarts a style still open, with no new section above it, starts
                # the box's own list, and its entries go on in sequence; they are not sections.
                marker.style in box_list
                or (
                    marker.number == 1
                    and marker.style in [s for s, _ in stack]
                    and last_number.get(marker.style, 0) >= 1
                )
            ):
                box_list[marker.style] = marker.number
                box_listed = True
                continue
            in_box = False  # the structure goes on: the box has ended
        if line.start < skip_from:
            continue  # before the TOC: title page, epigraph, preface text
        if NOTES_LABEL.match(line.text):
            # "注：" + "1.…" / "2.…": notes to a table, their numbered lines no sections.
            inline_items.update(_numbered_run(lines, i + 1, max_chars=None))
            continue
        if ATTACHMENT_LIST_ALONE.match(line.text) and (following is None or read_marker(next_line) is not None):
            # "附件：" + "1.…" / "2.…": the attachments listed, their numbered lines no sections
            # (over an unnumbered title line it heads the attachment: ATTACHED_BELOW).
            inline_items.update(_numbered_run(lines, i + 1))
            continue
        if ATTACHMENT_LIST_FIRST_ON_LABEL.match(line.text):
            # "附件：1.…名录" + "2.…" / "4.…": the list goes on below its first entry (ATTACHMENT_LIST_FIRST_ON_LABEL)
            inline_items.update(_numbered_run(lines, i + 1))
        if (
            LEADING_ATTACHMENT_LABEL.match(line.text.strip())
            and (i == first_content or (not headings and _in_cover(lines, i)))
            and not _sibling_attachment_below(lines, i)  # SIBLING_ATTACHMENTS
        ):
            # LEADING_ATTACHMENT_LABEL: the file is the attachment; its label is front matter, also below a cover's
            # lines above the title (ATTACHMENT_LABEL_IN_COVER)
            continue
        attachment = ATTACHMENT_LINE.match(line.text)
        if attachment is None and following is not None and read_marker(next_line) is None:
            attachment = ATTACHED_BELOW.match(line.text)  # "附：" over the attachment's title
            if attachment is not None and any(
                later.text.strip() == next_line
                for later in lines[following + 1 : following + 1 + ATTACHMENT_LIST_LOOKAHEAD]
            ):
                # "附件：" / "包头市…考评指标" / "附件" / "包头市…考评指标": the title stands again
                # below, under the attachment's own heading: this was the list (ATTACHMENT_LIST_LOOKAHEAD).
                inline_items.add(following)
                continue
        if attachment is not None and following is not None and ATTACHMENT_FILE_LINK.search(next_line):
            # "附件：" / "附件----…实施细则.wps| 政策解读": a web page's download link (ATTACHMENT_FILE_LINK)
            inline_items.add(following)
            continue
        if attachment is not None and following is not None:
            # "附件" + its title on the next line: a level-1 heading; what follows is the attachment.
            title_line = lines[following]
            after = next((j for j in range(following + 1, len(lines)) if lines[j].text.strip()), None)
            if after is not None and DATE_LINE.match(lines[after].text.strip()) is not None:
                # "附件：" / "广州市住房保障办公室" / "2025年3月19日": the list's links were lost and the
                # signature is no attachment's title (ATTACHMENT_LIST_OVER_SIGNATURE).
                inline_items.add(following)
                continue
            if (BRACKETED_LINE.match(title_line.text.strip()) or FORM_NUMBER_LINE.match(title_line.text.strip())) and (
                after is not None
            ):
                # "附  录  A" / "（资料性附录）" / "乡村气象…常用符号": the bracketed line is the
                # appendix's kind, between number and title (APPENDIX_SUBTITLE); "附件3" / "20XX年  第XXX号"
                # / title: a form's number line (FORM_NUMBER_LINE).
                inline_items.add(following)
                following = after
                title_line = lines[after]
            title = title_line.text.strip()
            start = title_line.start + len(title_line.text) - len(title_line.text.lstrip())
            title_end = start + len(title)
            wrapped = _wrapped_title_line(lines, following, title)
            if wrapped is not None:
                # "2008年北京奥运会首都国际机场" / "协 调 委 员 会 组 建 方 案" (ATTACHMENT_TITLE_WRAPPED)
                for j in range(following, wrapped):
                    inline_items.add(j)
                title += "".join(lines[j].text.strip() for j in range(following + 1, wrapped + 1))
                following = wrapped
                title_end = lines[wrapped].start + len(lines[wrapped].text.rstrip())
            own_table = _attachments_own_table(attachment.group("number"), headings)  # ATTACHMENTS_OWN_TABLES
            # ANNEX_OF_ANNEX (lev31, heldout36, hoseg28b): the attachments of a document that is itself a letter's
            # annex ("附件：浙江省深化普通高中课程改革方案" in the letter, the plan's title under its date, then the
            # plan's "附件1" / "浙江省普通高中课程与学分结构", zj-hs-curriculum-reform-2012) are the plan's: one level
            # below its title, beside its parts
            if _appendix_of_annex(attachment.group("number"), headings):
                del stack[1:]
                level = push(stack, APPENDIX_OF_ANNEX_STYLE, 0)  # APPENDIX_OF_ANNEX
            else:
                del stack[1 if annex_document and stack[:1] == [(DOCUMENT_STYLE, 0)] else 0 :]
                level = push(stack, ATTACHMENT_STYLE, 0)
            if own_table:
                level = push(stack, ATTACHED_TABLE_STYLE, 0)
            headings.append(Heading(level, attachment.group("number").strip(), title, line.start, title_end))
            inline_items.add(following)
            # A new attachment ends a glossary above it ("B.4 指标说明" / … / "附录 C：…"), and
            # may be one itself ("附录 A  名词解释和说明": its A.1 … are terms, GLOSSARY_TITLE).
            in_attachment, in_glossary, in_articles = True, False, False
            in_terms = GLOSSARY_TITLE.search(title) is not None
            in_form = _form_template(title, lines, following)
            continue
        if i in keyword_lines:
            # KEYWORD_GROUP_LINE: "关键词：交通" / "需与中心城区等高对接" / paragraphs / "繁华大道将延至肥东" / …
            stack.clear()
            last_number.clear()
            title = line.text.strip(" \t\u3000*")
            start = line.start + line.text.index(title)
            headings.append(Heading(push(stack, KEYWORD_GROUP_STYLE, 0), "", title, start, start + len(title)))
            below = following + 1 if following is not None else len(lines)
            if (
                following is not None
                and read_marker(next_line) is None
                and is_unnumbered_heading(next_line)
                and below < len(lines)
                and _sentence_ended(lines[below].text.strip())
            ):
                # its first sub-title, right under it (no paragraph above it to stand between)
                sub = lines[following]
                sub_title = sub.text.strip(" \t\u3000*")
                sub_start = sub.start + sub.text.index(sub_title)
                headings.append(Heading(len(stack) + 1, "", sub_title, sub_start, sub_start + len(sub_title)))
                inline_items.add(following)
            body_seen = True
            continue
        if i in record_labels:
            # FIELD_LABEL_RECORD: "享受对象：…" / "资助项目：…资助项目:" / "1.普通高中…" / "**办理流程：**"
            column, label, leads = record_labels[i]
            stack.clear()
            last_number.clear()
            start = line.start + column
            headings.append(Heading(push(stack, BLOCK_LABEL_STYLE, 0), "", label, start, start + len(label)))
            if not leads:
                stack.clear()  # "保障对象：全县农村建档立卡贫困人口" / "1.资助参合。…": the entries stand beside it
            body_seen = True
            continue
        after_date = ANNEX_AFTER_DATE.match(line.text)
        if after_date is not None and _after_date_line(lines, i):
            # ANNEX_AFTER_DATE: "2019年5月11日" / "附：活动具体方案" / the plan's title line / "一、活动宗旨"
            stack.clear()
            last_number.clear()
            push(stack, DOCUMENT_STYLE, 0)  # it holds a document of its own, whose annexes go one level below
            number, end = after_date.group("number").strip(), line.start + after_date.end("title")
            headings.append(Heading(1, number, after_date.group("title"), line.start, end))
            if following is not None and read_marker(next_line) is None and _document_title_line(next_line):
                inline_items.add(following)  # the attached document's own title line: its front matter
            in_attachment, in_glossary, in_table, in_articles = True, False, False, False
            in_form = False
            annex_document = True
            continue
        titled = ATTACHMENT_TITLED.match(line.text)
        first_part = read_marker(next_line)
        parts_style = None
        if titled is None and first_part is not None and (first_part.style, first_part.number) == ("cn", 1):
            titled = ATTACHMENT_COLON_TITLED.match(line.text)  # ATTACHMENT_OVER_FIRST_PART
            # a glossary attachment's 一、 二、 are its parts, their 1、 entries its terms
            parts_style = first_part.style if titled is not None else None
        if titled is not None:
            terms_parts = parts_style
            # "附表1  浙江省…计划表": an attachment numbered and titled on one line.
            number, end = titled.group("number").strip(), line.start + titled.end("title")
            if _appendix_of_annex(number, headings):
                del stack[1:]
                level = push(stack, APPENDIX_OF_ANNEX_STYLE, 0)  # APPENDIX_OF_ANNEX
            else:
                stack.clear()
                level = push(stack, ATTACHMENT_STYLE, 0)
            headings.append(Heading(level, number, titled.group("title"), line.start, end))
            in_attachment, in_glossary, in_table, in_articles = True, False, False, False
            in_terms = GLOSSARY_TITLE.search(titled.group("title")) is not None
            in_form = _form_template(titled.group("title"), lines, i)
            continue
        if (
            in_form
            and following is not None
            and FORM_TEMPLATE_NOTE.match(next_line) is not None
            and is_unnumbered_heading(line.text)
        ):
            # "责令改正通知书" / "（参考模板）": a further form of the attachment heads its part (FORM_TEMPLATE)
            del stack[1:]
            title = line.text.strip()
            start = line.start + len(line.text) - len(line.text.lstrip())
            headings.append(Heading(push(stack, FORM_TITLE_STYLE, 0), "", title, start, start + len(title)))
            inline_items.add(following)
            continue
        label_alone = BLOCK_HEADING.match(line.text.strip())
        trailing = TRAILING_LABEL.search(line.text.rstrip())
        if (label_alone or trailing) and following is not None and _items_run_together(next_line):
            # "重点任务：\n（1）甲。（2）乙。": the block is read in running text (tasks.py).
            inline_items.add(following)
            if label_alone:
                continue
        elif label_alone:
            # "重点任务：" or "主要任务" alone on its line.
            add_label(line.start + len(line.text) - len(line.text.lstrip()), line.text.strip().rstrip(":："))
            continue
        elif trailing is not None and trailing.start() > 0 and FIRST_ITEM_LINE.match(next_line):
            # "聚焦芯片。重点任务：" ending a paragraph, "（1）…" on the next line.
            _heading_from_line(line, lines, i, first_content, stack, headings, issues, last_number, toc_titles)
            add_label(line.start + trailing.start("title"), trailing.group("title"))
            continue
        # SHORT_GLUED_TEXT: a page's opening joined onto one line may be shorter than a long paragraph
        body_line = len(line.text) >= GLUED_BODY_SHARE * len(text)
        if (
            len(line.text) > GLUED_LINE_CHARS
            or (paged and len(line.text) >= PAGE_BROKEN_PARAGRAPH_MIN)
            or (body_line and len(line.text) >= SHORT_GLUED_LINE_MIN)
        ):
            # GLUED_LINE_GOES_ON: the line's parts may go on from those open above it ("三、" after "二、机组分类")
            inline = headings_inline(  # NUMBERING_STAYS_OPEN
                line.text, numbering=dict(stack), nested=paged, in_lines=True
            )
            parts = [h.level for h in inline if h.number.endswith("、")]
            # BRACKETED_TOP_PARTS: a body line's top level may be its （一）（二） points
            tops = [h for h in inline if h.level == min((h.level for h in inline), default=0)]
            bracketed = len(tops) >= MIN_GLUED_LINE_PARTS and all(
                (m := read_marker(h.number)) is not None
                and m.style in BRACKETED_TOP_PART_STYLES
                and _holds_body(line.text, h, inline)
                for h in tops
            )
            # the parts may sit under the 附件 heading of the plan the line's notice issues (INLINE_ATTACHED_PLAN)
            if (
                (parts and parts.count(min(parts)) >= MIN_GLUED_LINE_PARTS)
                or (paged and inline)
                or (body_line and parts and len(inline) >= GLUED_BODY_LINE_HEADINGS_MIN)
                or (body_line and bracketed)
            ):
                # PAGED_TEXT: a page's lines joined into one carry its headings run in, whatever their number
                # A body on one line behind front matter on lines of its own (GLUED_LINE_CHARS):
                # its headings are read inline, their levels below what is open ("附件" above).
                for found_inline in inline:
                    marker = read_marker(found_inline.number)
                    if marker is None:  # the attached plan's 附件 heading (INLINE_ATTACHED_PLAN)
                        stack.clear()
                        level = push(stack, ATTACHMENT_STYLE, 0)
                    else:
                        level = push(stack, marker.style, marker.number)
                        last_number[marker.style] = marker.number
                    at, end = line.start + found_inline.start, line.start + found_inline.title_end
                    headings.append(replace(found_inline, level=level, start=at, title_end=end))
                body_seen = True
                continue
        if i in faq_questions:
            # QUESTION_LINE (a FAQ run): the question heads its answer at the top, as the article's other bold titles do
            stack.clear()
            start = line.start + len(line.text) - len(line.text.lstrip())
            title = line.text.strip()
            headings.append(Heading(push(stack, FAQ_QUESTION_STYLE, 0), "", title, start, start + len(title)))
            body_seen = True
            continue
        provision = BRACKETED_PROVISION_TITLE.match(line.text) if bracketed_titles else None
        # BRACKETED_TAG_BEFORE_BODY (fix25seg, round 25): a provision's bracketed title heads it under the part or
        # attachment open above; before any heading it is a page's column tag or lead label, "【关注】学历型人才
        # 引进入户申报指南-…网站" (the headline's tag) and "【导语】《根据《广州市引进人才入户管理办法》…"
        # (gz-degree-talent-hukou-guide-2026): content, not a section.
        if provision is not None and stack:
            # BRACKETED_PROVISION_TITLE: the provision's title heads it, one level below what is open
            start, title = line.start + provision.start("title"), provision.group("title")
            number, rest = "", line.text[provision.end("title") :].lstrip(" \t\u3000")
            run_in = rest.split(INLINE_TITLE_END, 1)[0].rstrip()
            if BRACKETED_COUNTER_LABEL.match(title) and run_in and len(run_in) <= RUN_IN_TITLE_MAX:
                # BRACKETED_COUNTER_LABEL: "【重点任务1】加强学校德育工作。…": the label its number, the run-in title
                number, title = title, run_in
            title_end = line.start + line.text.index(title, provision.end("title") if number else 0) + len(title)
            headings.append(Heading(push(stack, BRACKETED_PROVISION_STYLE, 0), number, title, start, title_end))
            body_seen = True
            continue
        # SENTENCE_PER_LINE reads the points of a text made of them, not the items under its chapters
        points = sentences and all(style in ONE_SENTENCE_PARAGRAPH_STYLES for style, _ in stack)
        parsed = read_heading_line(line.text, points)
        if parsed is None and i in ordinal_titles:
            parsed = _claused_ordinal_title(line.text)  # ORDINAL_TITLE_OVER_PARAGRAPHS
        numbered = [h for h in headings if h.number]
        if (
            parsed is not None
            and parsed.marker is not None
            and headings
            and not body_seen
            and (parsed.marker.written, parsed.title) == (headings[0].number, headings[0].title)
        ):
            # The first heading again, and no text since it: the headings so far were a table of
            # contents without page numbers ("1　总则　1.1　编制目的 … 7.3　预案实施时间").
            headings.clear()
            stack.clear()
            last_number.clear()
        elif (
            parsed is not None
            and parsed.marker is not None
            and len(numbered) >= MIN_TOC_RUN
            and (parsed.marker.written, parsed.title) == (numbered[0].number, numbered[0].title)
            and numbered[-1].start < preface_at < line.start
        ):
            # The first numbered heading again after a preface: the run before the preface was
            # a table of contents without page numbers ("目录序言" / "第一篇指导思想和发展目标" /
            # … / "第二十六章保障计划全面落实序言" / 世纪之交…), the preface the body's first heading.
            headings[:] = [h for h in headings if h.start >= preface_at]
            stack.clear()
            last_number.clear()
        item = parsed.marker if parsed is not None else None
        if item is not None and item.style == ORDINAL_TITLE_STYLE and i not in ordinal_titles:
            body_seen = True
            continue  # "第一，从“十四五”来看当下的一些做法和形势。" alone, its 第二， a sentence (ORDINAL_TITLE_LINE)
        if in_form and item is not None:
            body_seen = True
            continue  # "一、投保人" in a blank policy: the form's wording (FORM_TEMPLATE)
        if lead_list is not None and item is not None and (item.style, item.number) == (lead_list[0], lead_list[1] + 1):
            lead_list = (item.style, item.number)
            body_seen = True
            continue  # the next item of the list a lead sentence announced (LEAD_SENTENCE_LIST)
        if (
            parsed is not None
            and item is not None
            and item.number == 1
            and not parsed.inline
            and _after_lead_sentence(spaced, lines, i, headings, stack, item.style)
        ):
            # "五年计划对钢铁工业在生产上有如下要求：" / "（1）积极地扩大…" / "（2）…": the items of
            # the sentence, not sub-headings (LEAD_SENTENCE_LIST).
            lead_list = (item.style, item.number)
            body_seen = True
            continue
        if ORDINAL_PARAGRAPH.match(line.text):
            ordinal_at = len(headings)  # "第二，在农产品方面：" (ORDINAL_PARAGRAPH_ITEMS)
        if (
            item is not None
            and ordinal_at == len(headings)
            and item.style in LEAD_LIST_STYLES
            and item.style not in dict(stack)
        ):
            body_seen = True
            continue  # "（1）根据粮食产量…": an item of the ordinal paragraph above (ORDINAL_PARAGRAPH_ITEMS)
        in_articles = in_articles or (articles and ARTICLE_LINE.match(line.text) is not None)
        if in_articles and ARTICLE_LINE.match(line.text) is not None:
            styles = [style for style, _ in stack]
            opened = [k for k, style in enumerate(styles) if style in ARTICLE_ITEM_STYLES and style != styles[0]]
            if opened:
                del stack[opened[0] :]  # a new article closes a titled item line above (TITLED_ITEM_LINE)
        if (titled_articles or i in titled_in_chapter) and ARTICLE_LINE.match(line.text) is not None:
            styles = [style for style, _ in stack]
            if ARTICLE_STYLE in styles:
                del stack[styles.index(ARTICLE_STYLE) :]  # a new article closes the titled one above
            titled = _titled_article(line.text)
            if titled is not None:
                # TITLED_ARTICLES: "第五条　推动敏捷治理。尊重…" heads its own text under the chapter
                level = push(stack, ARTICLE_STYLE, cn_to_int(titled.group("num")))
                start = line.start + titled.start("number")
                title_end = line.start + titled.end("title")
                headings.append(Heading(level, titled.group("number"), titled.group("title"), start, title_end))
            body_seen = True
            continue
        if (
            in_articles
            and item is not None
            and item.style in ARTICLE_ITEM_STYLES
            and item.style not in dict(stack)
            and not (titled_articles and _titled_run_in(line.text))
            and not _titled_item_line(lines, i, item.style)
            and not _titled_entries_in_article(lines, i, item.style)
        ):
            body_seen = True
            continue  # "（一）原土地使用权人利用自有用地…的。": an item of the article above (ARTICLE_ITEMS)
        if (
            in_terms
            and parsed is not None
            and parsed.marker is not None
            and parsed.marker.style not in dict(stack)
            and parsed.marker.style != terms_parts
            and not (GLOSSARY_QUESTIONS and parsed.title.rstrip().endswith(GLOSSARY_QUESTION_ENDS))
        ):
            body_seen = True
            continue  # "1、金融市场交易总额。该指标为…": a term the glossary explains
        found = len(headings)
        if lead_list is not None and item is not None:
            lead_list = None  # another numbered line: the list has ended
        _heading_from_line(
            line,
            lines,
            i,
            first_content,
            stack,
            headings,
            issues,
            last_number,
            toc_titles,
            in_attachment or in_terms,
            points,
            PAGE_LOST_ENTRIES if paged else 0,
            i in ordinal_titles,
        )
        if headings and len(headings) == found:
            body_seen = True
            if GLOSSARY_TITLE.search(line.text.strip().rstrip("：:")):
                in_terms = True  # "附件：《纲要》有关指标及名词解释" read as no heading
        elif len(headings) > found:
            tail = _title_tail_line(lines, i, headings[-1])
            if tail is None and articles:
                tail = _chapter_title_tail(lines, i, headings[-1])
            if tail is not None:
                # "六、推动…提升老年人智能技术运" / "用能力": the title's last characters (TITLE_TAIL_LINE)
                end = lines[tail].start + len(lines[tail].text.rstrip())
                headings[-1] = replace(headings[-1], title=headings[-1].title + lines[tail].text.strip(), title_end=end)
                inline_items.add(tail)
            in_terms = GLOSSARY_TITLE.search(headings[-1].title) is not None or (in_terms and headings[-1].level > 1)
    headings = _without_untitled_entries(text, _without_entries_across_groups(headings))
    headings = _without_lists_under_decimal_outline(text, _without_restated_entries(text, headings), plan)
    headings = _without_announced_measures(text, _without_run_in_items(text, headings, sentences), issued)
    headings = _without_sentence_entries(text, _without_announced_criteria(text, headings))
    headings = _without_part_sentences(text, headings)  # PART_SENTENCE_ENTRIES
    headings = _without_sentence_entries_beside_titled(text, _without_statement_entries(text, headings))
    headings = _without_materials_apart(text, _without_sentence_opened_entries(text, headings))  # MATERIALS_LIST_APART
    if SENTENCE_ENTRY_BESIDE_TITLED:
        headings = _without_sentence_entries_beside_titled(text, headings, each=True)
    headings = _without_condition_entries(_without_conditions_under_title(headings))
    headings = _without_counted_aspects(text, _without_bare_entries_under_label(text, headings))
    headings = _without_notes_under_label(text, headings)  # NOTES_UNDER_LABEL
    headings = _without_title_only_catalogue(text, headings)  # TITLE_ONLY_CATALOGUE
    headings = _without_empty_value_lines(text, _without_clauses_among_gaps(text, headings))  # seg21
    headings = _without_decimal_sentence_clauses(text, headings)  # DECIMAL_SENTENCE_CLAUSES
    headings = _with_repeated_field_labels(text, headings)  # seg21
    headings = _with_glued_field_labels(text, headings)  # GLUED_FIELD_LABELS
    headings = _with_stage_labels(text, headings)  # STAGE_LABEL_LINES
    headings = _with_described_kinds(text, headings)  # DESCRIBED_KINDS
    headings = _without_entries_numbered_on_unread(text, headings)  # ENTRIES_NUMBERED_ON_UNREAD
    headings = _with_lost_full_stops(text, _without_lone_list_heads(text, headings))
    headings = _without_announcing_leads(text, headings)  # ANNOUNCING_LEAD_ENTRIES
    if LONE_ENTRY_AMONG_CLAUSES:
        headings = _without_lone_entries_among_clauses(text, headings)
    headings = _without_untitled_notice_provisions(text, headings)  # UNTITLED_NOTICE_PROVISIONS
    headings = _without_mostly_untitled_notice_provisions(text, headings)  # UNTITLED_NOTICE_PROVISIONS_MOSTLY
    headings = _without_lines_cut_before_clause_marks(text, headings)  # WRAPPED_BEFORE_CLAUSE_MARK
    headings = _with_titles_of_lost_numbers(text, headings)  # WORD_NUMBER_LOST_TITLE
    headings = _with_sentence_titles_in_decimal_gaps(text, headings)  # DECIMAL_GAP_TITLE_SENTENCE
    headings = _without_cut_last_line(text, headings)  # CUT_LAST_LINE
    return headings, _without_filled_gaps(text, headings, issues)  # NUMBERING_GAP_FILLED


# NUMBERING_GAP_FILLED: the numbering-gap warning is given while the lines are read, before the passes that take back
# a heading read as something else (DECIMAL_GAP_TITLE_SENTENCE, WORD_NUMBER_LOST_TITLE). Where one of them filled
# the gap, the warning was false: "heading 1.3强化战略科技力量建设 follows number 1" for sh-fyp15-ch07-sci (lineage58),
# whose 1.2 DECIMAL_GAP_TITLE_SENTENCE reads. A gap stays a gap where the heading's sibling before it is still not
# numbered one less.
def _without_filled_gaps(text: str, headings: list[Heading], issues: list[Issue]) -> list[Issue]:
    """The issues without the numbering gaps the headings no longer have (NUMBERING_GAP_FILLED)."""
    if not any(issue.code == "numbering-gap" for issue in issues):
        return issues
    starts = [h.start for h in headings]

    def filled(issue: Issue) -> bool:
        if issue.code != "numbering-gap" or issue.start is None:
            return False
        line_end = text.find("\n", issue.start)
        k = bisect.bisect_left(starts, issue.start)
        if k >= len(headings) or (line_end >= 0 and headings[k].start > line_end):
            return False
        marker = _heading_marker(text, headings[k])
        before = next((j for j in range(k - 1, -1, -1) if headings[j].level <= headings[k].level), None)
        if marker is None or before is None or headings[before].level != headings[k].level:
            return False
        if not headings[before].number:
            return True  # WORD_NUMBER_LOST_TITLE: the title of the lost number stands there
        previous = _heading_marker(text, headings[before])
        return previous is not None and previous.style == marker.style and previous.number == marker.number - 1

    return [issue for issue in issues if not filled(issue)]


def _heading_marker(text: str, heading: Heading) -> Marker | None:
    """The marker a heading's line opens with (read_marker needs the title after the number)."""
    return read_marker(text[heading.start : heading.title_end].strip()) if heading.number else None


# CUT_LAST_LINE (seg50, round 49): a text a corpus or crawler cut mid-sentence ends with the sentence's first words,
# short enough for a title: "(一)准确把握全县“十四五”时期面临的发展形势" / "" / "从国际看,当今世界正经历百年未有之大"
# (fenghuang-fyp14-outline-explainer-2022, read as a level-3 section), "1.4工作原则" / "1.4.1以"
# (wz-longju-emergency-plan-2023, a decimal provision cut after its first character, read as a section titled 以);
# "“十三五”时期,以习" (nat-agri-modern-fyp14-tw, heldout32), a closing "联系人：杨扬老师，联系电话：…"
# (sx-edtech-research-contest-2026, heldout38).
# The last heading, when its title runs to the text's end with no sentence end and is a single preposition or
# conjunction (CUT_LAST_LINE_OPENERS) or holds a clause's comma (CUT_LAST_LINE_CLAUSE), is that cut sentence: a title
# names a topic, not with a preposition alone (a short title, "（1）乙", stays), and a cut title line of a whole
# heading ("1.4工作原则") shows no comma. A numbered entry cut after a comma is still that entry, the last of its
# list: "19.*新建改建1个市民球场、*1条市民健身步道,*新建改建20个健身苑点、*" (chongming-practical-projects-2025, a
# page opening cut there) is the 19th 实事 the task gold counts; only the opener case drops a numbered heading.
CUT_LAST_LINE_CLAUSE = re.compile(r"[，,]")
CUT_LAST_LINE_OPENERS = "以在对为按由将把从与和及向经据"


def _without_cut_last_line(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without a last one that is the first words of a sentence cut by the text's end (CUT_LAST_LINE)."""
    end = len(text.rstrip())
    if not headings or headings[-1].title_end < end:
        return headings
    title = headings[-1].title.strip()
    opener = len(title) == 1 and title in CUT_LAST_LINE_OPENERS
    clause = not headings[-1].number and CUT_LAST_LINE_CLAUSE.search(title) is not None
    if title[-1:] in SENTENCE_END or not (opener or clause):
        return headings
    return headings[:-1]


def _field_labels(text: str, start: int, end: int) -> list[tuple[Heading, bool]] | None:
    """The field labels of a part's text (REPEATED_FIELD_LABELS), each as an unnumbered heading (level 0, set by
    the caller) and whether it stands alone on its line; None when the part holds anything else: text that is no
    label, or numbered items not under a label that stands alone."""
    labels: list[tuple[Heading, bool]] = []
    alone = False
    offset = start
    for line in text[start:end].split("\n"):
        at, offset = offset, offset + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        field = FIELD_LABEL_LINE.match(line)
        if field is not None and read_marker(stripped) is None:
            alone = not line[field.end() :].strip()
            label_start = at + field.start("label")
            title = field.group("label")
            labels.append((Heading(0, "", title, label_start, label_start + len(title)), alone))
        elif not (alone and read_marker(stripped) is not None):
            return None
    return labels


def _with_repeated_field_labels(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings with the field labels every part of a run of sibling parts is laid out in, as unnumbered
    headings one level below the parts (REPEATED_FIELD_LABELS): at least one label of each part stands alone over
    its items (labelled paragraphs, "基本概念：…" / "应用场景：…" under each scenario, stay paragraphs: heldout8)."""
    groups: dict[tuple[int | None, int], list[int]] = {}
    for k, heading in enumerate(headings):
        groups.setdefault((_parent(headings, k), heading.level), []).append(k)
    added: list[Heading] = []
    for (_, level), parts in groups.items():
        if len(parts) < REPEATED_FIELD_PARTS_MIN:
            continue
        found: list[list[tuple[Heading, bool]]] = []
        for k in parts:
            if k + 1 < len(headings) and headings[k + 1].level > level:
                break  # a part with headings of its own
            end = headings[k + 1].start if k + 1 < len(headings) else len(text)
            labels = _field_labels(text, headings[k].title_end, end)
            if not labels or len(labels) < REPEATED_FIELD_LABELS_MIN or not any(alone for _, alone in labels):
                break
            found.append(labels)
        else:
            names = [[h.title for h, _ in labels] for labels in found]
            if all(n == names[0] for n in names):
                added += [replace(h, level=level + 1) for labels in found for h, _ in labels]
    return sorted([*headings, *added], key=lambda h: h.start) if added else headings


def _entry_field_labels(text: str, start: int, end: int) -> tuple[list[Heading], bool, int] | None:
    """The field labels of an entry's text (GLUED_FIELD_LABELS), each as an unnumbered heading (level 0, set by the
    caller), whether one of them is glued after a 。, and where its first line starts; None when a line of it opens
    with no label (its first line may open with the title's tail: the caller judges it)."""
    labels: list[Heading] = []
    glued = False
    first_line = -1
    offset = start
    for line in text[start:end].split("\n"):
        at, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        matches = list(GLUED_FIELD_LABEL.finditer(line))
        if first_line < 0:
            first_line = at
        if (not matches or matches[0].start() != 0 or read_marker(line.strip()) is not None) and labels:
            return None
        for match in matches:
            glued = glued or match.start() > 0
            title = match.group("label")
            labels.append(Heading(0, "", title, at + match.start("label"), at + match.start("label") + len(title)))
    return labels, glued, first_line


def _with_glued_field_labels(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings with the fixed labels of a run of entries whose later labels are glued after a 。 (lost line
    breaks), as unnumbered headings one level below the entries; an entry's title broken over two lines gets its
    tail back from before its first label (GLUED_FIELD_LABELS)."""
    groups: dict[tuple[int | None, int], list[int]] = {}
    for k, heading in enumerate(headings):
        groups.setdefault((_parent(headings, k), heading.level), []).append(k)
    added: list[Heading] = []
    retitled: dict[int, Heading] = {}
    entries = glued_entries = 0
    for (_, level), parts in groups.items():
        if len(parts) < GLUED_FIELD_PARTS_MIN:
            continue
        found: dict[int, tuple[list[Heading], bool, int]] = {}
        for k in parts:
            if k + 1 < len(headings) and headings[k + 1].level > level:
                break  # an entry with headings of its own
            end = headings[k + 1].start if k + 1 < len(headings) else len(text)
            entry = _entry_field_labels(text, headings[k].title_end, end)
            if entry is None:
                break
            found[k] = entry
        else:
            names = Counter(tuple(h.title for h in labels) for labels, _, _ in found.values())
            common, _ = names.most_common(1)[0]
            if len(common) < GLUED_FIELD_LABELS_MIN:
                continue
            entries += len(parts)
            glued_entries += sum(glued for _, glued, _ in found.values())
            group_added: list[Heading] = []
            group_retitled: dict[int, Heading] = {}
            for k, (labels, _, first_line) in found.items():
                if tuple(h.title for h in labels) == common and labels[0].start == _after_spaces(text, first_line):
                    group_added += [replace(h, level=level + 1) for h in labels]
                    continue
                # GLUED_FIELD_LABELS: the title's tail glued before the first label
                line_end = text.find("\n", first_line)
                line = text[first_line : line_end if line_end >= 0 else len(text)]
                tail = line.split(common[0], 1)[0] if common[0] in line else None
                if (
                    tail is None
                    or not 0 < len(tail.strip()) <= GLUED_FIELD_TITLE_TAIL_MAX
                    or re.search(r"[。，,；;：:、！？]", tail) is not None
                ):
                    break
                at = first_line + len(tail)
                rest = _entry_field_labels(text, at, headings[k + 1].start if k + 1 < len(headings) else len(text))
                if rest is None or tuple(h.title for h in rest[0]) != common:
                    break
                group_added += [replace(h, level=level + 1) for h in rest[0]]
                heading = headings[k]
                group_retitled[k] = replace(heading, title=heading.title + tail.strip(), title_end=at)
            else:
                added += group_added
                retitled.update(group_retitled)
    if not added or glued_entries < GLUED_FIELD_SHARE * entries:
        return headings  # labels on lines of their own, a few glued by a hard wrap's join: paragraphs
    return sorted([*(retitled.get(k, h) for k, h in enumerate(headings)), *added], key=lambda h: h.start)


def _with_stage_labels(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings with a schedule's stage labels, 第一阶段：… 第二阶段：… opening lines under one heading, as
    unnumbered headings one level below it (STAGE_LABEL_LINES)."""
    starts = [h.start for h in headings]
    runs: dict[int, list[re.Match[str]]] = {}  # the heading over them -> its stage lines
    for match in STAGE_LABEL_LINE.finditer(text):
        above = bisect.bisect_right(starts, match.start()) - 1
        if above < 0 or headings[above].title_end > match.start("label"):
            continue
        runs.setdefault(above, []).append(match)
    added: list[Heading] = []
    for above, matches in runs.items():
        numbers = [cn_to_int(m.group("n")) for m in matches]
        if len(matches) < STAGE_LABEL_LINES_MIN or numbers != list(range(1, len(matches) + 1)):
            continue
        level = headings[above].level + 1
        added += [Heading(level, "", m.group("label"), m.start("label"), m.end("label")) for m in matches]
    return sorted([*headings, *added], key=lambda h: h.start) if added else headings


def _record_field_label(line: str) -> tuple[int, str, str] | None:
    """A record's field label on its line (FIELD_LABEL_RECORD): where the label starts in the line, the label, and
    its value after the colon ("" when the label stands alone); bold marks around it are passed over."""
    body = line.lstrip(" \t\u3000*")
    field = FIELD_LABEL_LINE.match(body)
    if field is None or read_marker(body) is not None or field.group("label") in METADATA_FIELD_LABELS:
        return None
    if FIELD_LABEL_RECORD_ENDS.search(field.group("label")) is None:
        return None
    return len(line) - len(body) + field.start("label"), field.group("label"), body[field.end() :].strip(" \t\u3000*")


def _record_field_labels(lines: list[Line]) -> dict[int, tuple[int, str, bool]]:
    """The lines of a record laid out as fields from its first line (FIELD_LABEL_RECORD), each as where its label
    starts in the line, the label, and whether the headings after it sit under it (it stands alone, or its value
    ends in a lead's colon); empty for any other text."""
    labels: dict[int, tuple[int, str, bool]] = {}
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        field = _record_field_label(line.text)
        if not labels and (field is None or not field[2]):
            return {}  # the text does not open with a field and its value
        if field is not None:
            column, label, value = field
            labels[i] = (column, label, not value or value.endswith(FIELD_LABEL_LEAD_END))
    return labels if len(labels) >= FIELD_LABEL_RECORD_MIN else {}


def _without_clauses_among_gaps(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the sentence entries of a （n） list some of whose entries were read as no heading
    (CLAUSES_AMONG_GAPS)."""
    drop: set[int] = set()
    groups: dict[tuple[int | None, int, str], list[tuple[int, int]]] = {}
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is not None and marker.style in CLAUSES_AMONG_GAPS_STYLES:
            groups.setdefault((_parent(headings, k), heading.level, marker.style), []).append((k, marker.number))
    for (parent, _, style), entries in groups.items():
        numbers = [n for _, n in entries]
        if numbers != sorted(numbers) or numbers == list(range(1, len(numbers) + 1)):
            continue
        start = headings[parent].title_end if parent is not None else 0
        span = text[start : headings[entries[-1][0]].start]
        skipped = [n for n in range(1, numbers[-1]) if n not in numbers]
        if not all(
            re.search(rf"(?m)^[ \t\u3000]*{re.escape(written)}", span)
            for n in skipped
            for written in marker_spellings(style, n)[:1]
        ):
            continue
        for k, _ in entries:
            title = headings[k].title.strip()
            leaf = k + 1 == len(headings) or headings[k + 1].level <= headings[k].level
            long_sentence = len(title) > RUN_IN_TITLE_MAX and UNTITLED_ENTRY_BREAKS.search(title) is not None
            if leaf and (long_sentence or _requirement(title)):
                drop.add(k)
    return [h for k, h in enumerate(headings) if k not in drop]


# DECIMAL_SENTENCE_CLAUSES (fixseg41, round 40): a decimal outline's untitled provisions are clauses (the round-4 /
# heldout13 decimal rule); one of them whose sentence fits on one line ("8.1 履约保障凭证包括履约保函和履约保险。"
# among "8.2 售电公司须在参与批发、零售市场交易前，向广西" / "电力交易中心提交足额的履约保障凭证。" / "8.3 …",
# gx-performance-risk-guide-2023, heldout40: six such lines read as headings) stood alone like a title, and a long
# one's first sentence ("11.8 广西电力交易中心会同电网企业完成履约保障凭证使用、偿付工作，并将执行情况报告政府主管
# 部门。涉及…") read as a run-in title. A decimal heading with nothing under it whose title is a whole sentence (its
# own 。 or ； right after it) is a clause too when at least as many of its siblings (the same parent number, the
# same depth, at a line's start), and one at least, are no heading as are: "13516.2.1 推进国资国企改革纵深发展。坚持…"
# (sh-fyp-14, a page number glued before it) has no sibling at a line's start and keeps its run-in title.
DECIMAL_SENTENCE_NUMBER = re.compile(r"^(?P<parent>\d{1,2}(?:\.\d{1,2})*)\.\d{1,2}$")


def _without_decimal_sentence_clauses(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the one-line decimal provisions among untitled siblings (DECIMAL_SENTENCE_CLAUSES)."""
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        number = DECIMAL_SENTENCE_NUMBER.match(heading.number.strip()) if heading.number else None
        leaf = k + 1 == len(headings) or headings[k + 1].level <= heading.level
        if number is None or not leaf or not re.match(r"[。；]", text[heading.title_end :]):
            continue
        prefix = re.escape(number.group("parent"))
        siblings = [m.start(1) for m in re.finditer(rf"(?m)^[ \t\u3000]*({prefix}\.\d{{1,2}})(?![.\d])", text)]
        titled = sum(any(abs(start - h.start) <= 3 for h in headings) for start in siblings)
        if len(siblings) - titled >= max(titled, 1):
            drop.add(k)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_empty_value_lines(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the unnumbered sub-headings that stand alone right under their part's title and have no
    text under them before the next heading at their parent's level or above (EMPTY_VALUE_LINE)."""
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        if heading.number or heading.level < EMPTY_VALUE_LINE_MIN_LEVEL or k + 1 == len(headings):
            continue
        following = headings[k + 1]
        parent = headings[k - 1] if k > 0 else None
        if (
            following.level < heading.level
            and not text[heading.title_end : following.start].strip()
            # the part's only line: right under the part's own title, no sibling before it (an infographic's run
            # of bare titles, "构建多元化国际合作网络" / "完善全球创新服务网络", keeps its last one)
            and parent is not None
            and parent.level < heading.level
            and not text[parent.title_end : heading.start].strip(" \t\u3000\n*")
        ):
            drop.add(k)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_entries_numbered_on_unread(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the runs of entries whose numbering goes on, unread, on the first numbered line of their
    style under the next part of their parent's style (ENTRIES_NUMBERED_ON_UNREAD)."""
    runs: dict[int, list[int]] = {}  # parent index → its entries of one style, numbers going up (some read as none)
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        parent = _parent(headings, k)
        if marker is None or marker.style not in ENTRIES_NUMBERED_ON_STYLES or parent is None:
            continue
        run = runs.setdefault(parent, [])
        last = read_marker(headings[run[-1]].number) if run and run[0] >= 0 else None
        if (not run and marker.number == 1) or (
            last is not None and last.style == marker.style and marker.number > last.number
        ):
            run.append(k)
        else:
            runs[parent] = [-1]  # out of sequence or another style: no such run under this parent
    drop: set[int] = set()
    for parent, run in runs.items():
        if len(run) < ENTRIES_NUMBERED_ON_MIN or run[0] < 0:
            continue
        if any(k + 1 < len(headings) and headings[k + 1].level > headings[k].level for k in run):
            continue  # an entry with headings under it is a part
        style = read_marker(headings[run[0]].number)
        last = read_marker(headings[run[-1]].number)
        above = read_marker(headings[parent].number) if headings[parent].number else None
        if style is None or last is None or above is None:
            continue
        level = headings[parent].level
        part = next((j for j in range(run[-1] + 1, len(headings)) if headings[j].level <= level), None)
        after = read_marker(headings[part].number) if part is not None and headings[part].number else None
        if part is None or headings[part].level != level or after is None or after.style != above.style:
            continue
        end = next((h.start for h in headings[part + 1 :] if h.level <= level), len(text))
        if any(h.start < end for h in headings[part + 1 :]):
            continue  # the next part has headings of its own
        for line in text[headings[part].title_end : end].split("\n"):
            stripped = line.strip(" \t\u3000*")
            found = read_marker(stripped)
            if found is not None and found.style == style.style:
                titled = ENTRY_NUMBERED_ON_TITLE.match(stripped, found.length) is not None
                if found.number == last.number + 1 and titled:
                    drop.update(run)
                break
    return [h for k, h in enumerate(headings) if k not in drop]


def _with_lost_full_stops(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings with the titles of run-in entries that lost their 。 cut where their sentence starts
    (TITLE_LOST_FULL_STOP), among siblings most of which are titled by a few words."""
    out = list(headings)
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        title = heading.title.strip()
        if marker is None or marker.style not in LOST_FULL_STOP_STYLES or len(title) <= RUN_IN_TITLE_MAX:
            continue
        siblings = [headings[j] for j in _same_style_siblings(headings, k, marker.style)]
        short = sum(len(other.title.strip()) <= LOST_FULL_STOP_SIBLING_TITLE_MAX for other in siblings)
        if short < LOST_FULL_STOP_SIBLINGS_MIN or 2 * short < len(siblings):
            continue
        clause = re.split(r"[，、：；\s]", title, maxsplit=1)[0]
        end = glued_clause_end(clause)
        if end is None or _inside_brackets(title, end):
            continue
        at = text.find(title[:end], heading.start)
        if at >= 0:
            out[k] = replace(heading, title=title[:end], title_end=at + end)
    return out


def _without_lone_list_heads(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the first entries of lists whose other entries were refused (LONE_LIST_HEAD): a leaf 1.
    with no sibling heading of its style, the 2. of that style opening a line of its text."""
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or marker.style not in LONE_LIST_HEAD_STYLES or marker.number != 1:
            continue
        if k + 1 < len(headings) and headings[k + 1].level > heading.level:
            continue  # it holds headings of its own
        title = heading.title.strip()
        if not (UNTITLED_ENTRY_BREAKS.search(title) or _requirement(title) or title[-1] in LEAD_SENTENCE_END):
            continue  # a short title of its own ("1. 教育部门办幼儿园。…" among provisions) is a heading's
        siblings = _same_style_siblings(headings, k, marker.style)
        if siblings:
            continue
        end = next((h.start for h in headings[k + 1 :] if h.level <= heading.level), len(text))
        lines = (read_marker(line.strip()) for line in text[heading.title_end : end].split("\n"))
        if any(m is not None and m.style == marker.style and m.number == 2 for m in lines):
            drop.add(k)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_announcing_leads(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the numbered leaves whose line is only a lead announcing the list below it
    (ANNOUNCING_LEAD_ENTRIES)."""
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        if not heading.number or (k + 1 < len(headings) and headings[k + 1].level > heading.level):
            continue
        title = heading.title.strip()
        rest = _line_rest(text, heading)
        ends_lead = (title[-1:] in LEAD_SENTENCE_END and rest == "") or (rest != "" and rest in LEAD_SENTENCE_END)
        if ends_lead and ANNOUNCING_LEAD.search(title) is not None:
            drop.add(k)
        elif ends_lead and len(title) >= COPULA_LEAD_MIN and COPULA_LEAD.search(title) is not None:
            drop.add(k)  # COPULA_LEAD_ENTRIES
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_lone_entries_among_clauses(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the run-in entries read alone among the clauses of their list (LONE_ENTRY_AMONG_CLAUSES):
    a numbered leaf whose next number opens a line, unread, before the next heading on its level or above."""
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or (k + 1 < len(headings) and headings[k + 1].level > heading.level):
            continue
        rest = _line_rest(text, heading)
        if rest[:1] != INLINE_TITLE_END or _same_style_siblings(headings, k, marker.style):
            continue
        if not rest[1:].strip() and not (LONE_SENTENCE_LINE_AMONG_CLAUSES and len(heading.title) > RUN_IN_TITLE_MAX):
            continue
        if any(j != k and other.title.strip() == heading.title.strip() for j, other in enumerate(headings)):
            continue  # LONE_ENTRY_NAMED_ELSEWHERE: its title names a part of the text, a title
        end = next((h.start for h in headings[k + 1 :] if h.level <= heading.level), len(text))
        line_start = text.find("\n", heading.title_end, end)
        while 0 <= line_start < end:
            line_end = text.find("\n", line_start + 1)
            line = text[line_start + 1 : line_end if line_end >= 0 else len(text)].lstrip(" \t\u3000")
            following = read_marker(line) if line else None
            if following is not None and following.style == marker.style and following.number == marker.number + 1:
                drop.add(k)
                break
            line_start = line_end
    return [h for k, h in enumerate(headings) if k not in drop]


# DECIMAL_GAP_TITLE_SENTENCE (fixlin58, round 58): a decimal line that is one whole sentence of more than
# CLAUSE_SENTENCE_MIN characters reads as a standard's clause, not a title; but where its siblings on both
# sides are read as title lines closed by a 。 alone on their line, the one numbered between them is their
# like: " 1.1优化基础研究组织模式。" / "1.2加强关键核心技术突破和前沿颠覆性技术布局。" (21 characters) /
# " 1.3强化战略科技力量建设。" (sh-fyp15-ch07-sci, lineage58, 上海's 十五五 纲要 as a portal page: each item's
# title on a line of its own, its text on the next). Lost, 1.2's text fell to 1.1 and its 十四五 predecessor
# (4.2 攻坚关键核心技术) found no successor. A clause with a requirement or a reference (CLAUSE_REQUIREMENT,
# CLAUSE_REFERENCE) or a lead's colon stays a clause; a standard's titles close with no 。, so its clauses
# between titles are no such gap.
DECIMAL_GAP_TITLE_LINE = re.compile(
    rf"(?m)^[ \t\u3000]*(?P<number>\d{{1,2}}(?:\.\d{{1,2}})+)(?![.\d])[ \t\u3000]*"
    rf"(?P<title>[^\s。；;：:！？][^\n。；;：:！？]{{0,{MAX_HEADING_CHARS}}})。[ \t\u3000]*$"
)


def _title_sentence_line(text: str, heading: Heading) -> bool:
    """Is the heading a title closed by a 。 that ends its line (DECIMAL_GAP_TITLE_SENTENCE)?"""
    return re.match(r"。[ \t\u3000]*(?:\n|$)", text[heading.title_end :]) is not None


def _with_sentence_titles_in_decimal_gaps(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings with each decimal title sentence numbered between two read siblings of its form
    (DECIMAL_GAP_TITLE_SENTENCE)."""
    added: list[tuple[int, Heading]] = []
    for k, heading in enumerate(headings):
        number = DECIMAL_SENTENCE_NUMBER.match(heading.number.strip()) if heading.number else None
        if number is None or not _title_sentence_line(text, heading):
            continue
        after = next((j for j in range(k + 1, len(headings)) if headings[j].level <= heading.level), None)
        if after is None or headings[after].level != heading.level or not _title_sentence_line(text, headings[after]):
            continue
        parent, own = heading.number.strip().rsplit(".", 1)
        if headings[after].number.strip() != f"{parent}.{int(own) + 2}":
            continue
        wanted = f"{parent}.{int(own) + 1}"
        for line in DECIMAL_GAP_TITLE_LINE.finditer(text, heading.title_end, headings[after].start):
            title = line.group("title").strip()
            if line.group("number") != wanted or CLAUSE_REQUIREMENT.search(title) or CLAUSE_REFERENCE.search(title):
                continue
            at = bisect.bisect_right([h.start for h in headings], line.start("number"))
            added.append(
                (at, Heading(heading.level, wanted, title, line.start("number"), line.start("title") + len(title)))
            )
            break
    for at, heading in reversed(added):
        headings = [*headings[:at], heading, *headings[at:]]
    return headings


def _with_titles_of_lost_numbers(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings with the bare title line of a part whose generated number a converter dropped, between two
    stand-alone siblings that skip its number (WORD_NUMBER_LOST_TITLE), as an unnumbered heading at their level."""
    found: list[tuple[int, Heading]] = []
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or _line_rest(text, heading):
            continue
        after = next((j for j in range(k + 1, len(headings)) if headings[j].level <= heading.level), None)
        if after is None or headings[after].level != heading.level or _line_rest(text, headings[after]):
            continue
        following = read_marker(headings[after].number) if headings[after].number else None
        if following is None or following.style != marker.style or following.number != marker.number + 2:
            continue
        gap_start = text.find("\n", heading.title_end)
        gap_end = text.rfind("\n", 0, headings[after].start)
        if gap_start < 0 or gap_end <= gap_start:
            continue
        titles: list[Heading] = []
        above = ""
        pos = gap_start + 1
        for raw in text[gap_start + 1 : gap_end].split("\n"):
            stripped = raw.strip()
            if (
                stripped
                and len(stripped) <= LOST_TITLE_MAX
                and _sentence_ended(above)
                and LOST_TITLE_MARKS.search(stripped) is None
                and LOST_TITLE_NOT_CAPTION.search(stripped) is None
                and LOST_TITLE_WORDS.search(stripped) is not None
                and read_marker(stripped) is None
                and text[pos + len(raw) : gap_end].strip()
            ):
                at = pos + len(raw) - len(raw.lstrip())
                titles.append(Heading(heading.level, "", stripped, at, at + len(stripped)))
            above = stripped or above
            pos += len(raw) + 1
        if len(titles) == 1:
            found.append((after, titles[0]))
    if not found:
        return headings
    out = list(headings)
    for after, title in reversed(found):
        insert = after
        while insert > 0 and out[insert - 1].start > title.start:
            insert -= 1
        out.insert(insert, title)
    return out


def _without_lines_cut_before_clause_marks(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the numbered ones read alone on a line whose sentence a wrap cut before a clause mark
    opening the next line (WRAPPED_BEFORE_CLAUSE_MARK): a paragraph's first line, no title."""
    lines: list[Line] = []
    starts: list[int] = []
    wide = 0
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        if not heading.number or read_marker(heading.number) is None or _line_rest(text, heading):
            continue
        if not lines:
            pos = 0
            for raw in text.split("\n"):
                lines.append(Line(raw, pos))
                pos += len(raw) + 1
            starts = [line.start for line in lines]
            wide = _wide_line_width([line.text for line in lines])
        if _cut_before_clause_mark(lines, bisect.bisect_right(starts, heading.title_end) - 1, wide):
            drop.add(k)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_untitled_notice_provisions(text: str, headings: list[Heading]) -> list[Heading]:
    """No headings where every heading read is a 一、 leaf titled by its whole clause-broken first sentence, most of
    them longer than a run-in title (UNTITLED_NOTICE_PROVISIONS): a short notice's untitled provisions."""
    if len(headings) < UNTITLED_NOTICE_PROVISIONS_MIN:
        return headings
    for heading in headings:
        marker = read_marker(heading.number) if heading.number else None
        if (
            marker is None
            or marker.style != UNTITLED_NOTICE_PROVISION_STYLE
            or heading.level != 1
            or UNTITLED_ENTRY_BREAKS.search(_brackets_masked(heading.title)) is None
            or _line_rest(text, heading)[:1] != INLINE_TITLE_END
        ):
            return headings
    long = sum(len(heading.title.strip()) > RUN_IN_TITLE_MAX for heading in headings)
    return [] if 2 * long > len(headings) else headings


def _without_mostly_untitled_notice_provisions(text: str, headings: list[Heading]) -> list[Heading]:
    """No headings where every heading read is a 一、 provision standing alone on its line, opening with a sentence
    ended on it, most of them untitled (longer than a run-in title and clause-broken) and at least
    MOSTLY_UNTITLED_ONE_SENTENCE_MIN of them a paragraph of that one sentence (UNTITLED_NOTICE_PROVISIONS_MOSTLY)."""
    if len(headings) < UNTITLED_NOTICE_PROVISIONS_MIN:
        return headings
    untitled = one_sentence = 0
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or marker.style != UNTITLED_NOTICE_PROVISION_STYLE or heading.level != 1:
            return headings
        line_end = text.find("\n", heading.title_end)
        following = headings[k + 1].start if k + 1 < len(headings) else len(text)
        if (
            line_end < 0
            or line_end > following
            or (k > 0 and text.rfind("\n", 0, heading.start) < headings[k - 1].start)
        ):
            return headings  # not a provision alone on its line (CUT_TITLE_LINE_ALONE)
        if _line_rest(text, heading)[:1] in UNTITLED_NOTICE_SENTENCE_ENDS:
            sentence = heading.title.strip() + _line_rest(text, heading)[:1]
        else:
            sentence = _sentence_of_cut_title(text, headings, k, UNTITLED_NOTICE_SENTENCE_ENDS) or ""
            if not sentence:
                return headings  # a title line over its paragraphs ("一、总体要求")
        untitled += (
            len(sentence) - 1 > RUN_IN_TITLE_MAX
            and UNTITLED_ENTRY_BREAKS.search(_brackets_masked(sentence)) is not None
        )
        line = heading.title.strip() + text[heading.title_end : line_end].strip()
        below = text[line_end:].lstrip().split("\n", 1)[0]
        marker_below = read_marker(below) if below else None
        one_sentence += (
            line.endswith(INLINE_TITLE_END)
            and line.count(INLINE_TITLE_END) == 1
            and marker_below is not None
            and marker_below.style == UNTITLED_NOTICE_PROVISION_STYLE
        )
    if one_sentence < MOSTLY_UNTITLED_ONE_SENTENCE_MIN:
        return headings
    return [] if 2 * untitled > len(headings) else headings


def _without_statement_entries(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the entries of a list of figures (STATEMENT_ENTRIES): the leaves of one
    style under one heading, dropped together when most are one sentence a line stating a figure."""
    groups: dict[tuple[str, int, int | None], list[int]] = {}
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        leaf = k + 1 == len(headings) or headings[k + 1].level <= heading.level
        if marker is not None and marker.style in STATEMENT_ENTRY_STYLES and leaf:
            groups.setdefault((marker.style, heading.level, _parent(headings, k)), []).append(k)
    drop: set[int] = set()
    for entries in groups.values():
        statements = sum(
            _statement_rest(_line_rest(text, headings[k])) and STATEMENT_FIGURE.search(headings[k].title) is not None
            for k in entries
        )
        if len(entries) >= STATEMENT_ENTRIES_MIN and 2 * statements > len(entries):
            drop.update(entries)
    return [h for k, h in enumerate(headings) if k not in drop]


def _statement_rest(rest: str) -> bool:
    """Is what follows a statement entry's title on its line its full stop alone, or with the bracket naming the units
    in charge after it (STATEMENT_LEAD_UNITS)?"""
    if rest[:1] != INLINE_TITLE_END:
        return False
    after = rest[1:].strip()
    return not after or STATEMENT_LEAD_UNITS.fullmatch(after) is not None


def _without_materials_apart(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the one-line documents listed under a heading that names the materials to hand in
    (MATERIALS_LIST_APART)."""
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        if MATERIALS_HEADING.search(heading.title.strip()) is None:
            continue
        children = []
        for j in range(k + 1, len(headings)):
            if headings[j].level <= heading.level:
                break
            if headings[j].level == heading.level + 1:
                children.append(j)
        if len(children) < MATERIALS_LIST_APART_MIN:
            continue
        if all(
            headings[j].number
            and _line_rest(text, headings[j]) == INLINE_TITLE_END
            and UNTITLED_ENTRY_BREAKS.search(headings[j].title) is None
            for j in children
        ):
            drop.update(children)
    return [h for k, h in enumerate(_without_materials_by_kind(text, headings)) if k not in drop]


def _without_materials_by_kind(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the documents listed under each sub-part of a materials heading when the list's first
    entry is a bare document's name (MATERIALS_LIST_BY_KIND)."""
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        if MATERIALS_HEADING.search(heading.title.strip()) is None:
            continue
        for j in range(k + 1, len(headings)):
            if headings[j].level <= heading.level:
                break
            if headings[j].level != heading.level + 1:
                continue
            entries = []
            for n in range(j + 1, len(headings)):
                if headings[n].level <= headings[j].level:
                    break
                entries.append(n)
            markers = [read_marker(headings[n].number) if headings[n].number else None for n in entries]
            if (
                not entries
                or any(h.level != headings[j].level + 1 for h in (headings[n] for n in entries))
                or any(m is None or m.style not in MATERIALS_LIST_BY_KIND_STYLES for m in markers)
            ):
                continue
            # the list's first entry, read as a heading or not, is the line right under the sub-part's title
            below = text[headings[j].title_end :].lstrip(" \t\u3000").split("\n", 2)
            line = (below[1] if len(below) > 1 and not below[0].strip() else "").strip()
            opening = read_marker(line) if line else None
            if opening is None or opening.style not in MATERIALS_LIST_BY_KIND_STYLES or opening.number != 1:
                continue
            name = line[opening.length :].strip()
            if (
                name.endswith(INLINE_TITLE_END)
                and INLINE_TITLE_END not in name[:-1]
                and UNTITLED_ENTRY_BREAKS.search(name) is None
            ):
                drop.update(entries)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_sentence_entries_beside_titled(text: str, headings: list[Heading], each: bool = False) -> list[Heading]:
    """The headings without the one-sentence （n） clauses of a part when other parts of the text hold
    stand-alone titled （n） lines (SENTENCE_ENTRIES_BESIDE_TITLED), or, each, without the single entries that
    plainly open with a sentence (SENTENCE_ENTRY_BESIDE_TITLED, once the lists are judged as wholes)."""
    groups: dict[tuple[str, int, int | None], list[int]] = {}
    titled: set[str] = set()
    run_in_titled: dict[tuple[str, int, int | None], bool] = {}
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or marker.style not in SENTENCE_ENTRIES_BESIDE_TITLED_STYLES:
            continue
        rest = _line_rest(text, heading)
        title = heading.title.strip()
        short = len(title) <= RUN_IN_TITLE_MAX and UNTITLED_ENTRY_BREAKS.search(title) is None
        if rest == "" and short:
            titled.add(marker.style)
        group = (marker.style, heading.level, _parent(headings, k))
        groups.setdefault(group, []).append(k)
        run_in = short and rest[:1] == INLINE_TITLE_END and len(rest) > 1  # RUN_IN_TITLED_BESIDE
        run_in_titled[group] = run_in_titled.get(group, True) and run_in
    if RUN_IN_TITLED_BESIDE:
        titled.update(
            group[0] for group, entries in groups.items() if run_in_titled[group] and len(entries) >= RUN_IN_TITLED_MIN
        )
    drop: set[int] = set()
    for (style, level, _), entries in groups.items():
        if style not in titled:
            continue
        if len(entries) >= SENTENCE_ENTRIES_BESIDE_TITLED_MIN and all(
            (k + 1 == len(headings) or headings[k + 1].level <= level)
            and _line_rest(text, headings[k])[:1] == INLINE_TITLE_END
            and len(headings[k].title) > RUN_IN_TITLE_MAX
            and SENTENCE_ENTRY_MARKS.search(headings[k].title) is not None  # SENTENCE_ENTRY_MARKS: also 、
            for k in entries
        ):
            drop.update(entries)
        elif each:
            drop.update(
                k
                for k in entries
                if (k + 1 == len(headings) or headings[k + 1].level <= level)
                and _line_rest(text, headings[k])[:1] == INLINE_TITLE_END
                and _plain_sentence(headings[k].title)
            )
    return [h for k, h in enumerate(headings) if k not in drop]


def _plain_sentence(title: str) -> bool:
    """Does an entry's first sentence plainly read as a sentence, not a run-in title (SENTENCE_ENTRY_BESIDE_TITLED)?"""
    title = title.strip()
    return (
        len(UNTITLED_ENTRY_BREAKS.findall(title)) >= SENTENCE_ENTRY_CLAUSES_MIN
        or SENTENCE_CIRCUMSTANCE.match(title) is not None
        or SENTENCE_OPENING_CLAUSE.match(title) is not None
        or _requirement(title)
    )


def _sentence_opening(title: str, rest: str = "") -> bool:
    """Does an entry's first sentence open straight as a sentence, not with a run-in title (SENTENCE_OPENED_ENTRIES)?
    ``rest``: what stands on its line after it (TWO_CLAUSE_RUN_IN_TITLE)."""
    title = title.strip()
    return (
        SENTENCE_OPENING_CLAUSE.match(title) is not None
        or REQUEST_OPENING.match(title) is not None  # REQUEST_OPENING
        or (_requirement(title) and not _titled_requirement(title))  # TITLED_REQUIREMENT_ON_LINES
        or (
            len(title) > RUN_IN_TITLE_MAX
            and UNTITLED_ENTRY_BREAKS.search(title) is not None
            and not _two_clause_run_in_title(title, rest)
        )
    )


def _two_clause_run_in_title(title: str, rest: str) -> bool:
    """Is a first sentence two clauses of a run-in title, what is done and what it brings, its paragraph going on after
    it on its line (TWO_CLAUSE_RUN_IN_TITLE)?"""
    first = UNTITLED_ENTRY_BREAKS.split(title, maxsplit=1)[0]
    return (
        len(title) <= TWO_CLAUSE_TITLE_MAX
        and len(UNTITLED_ENTRY_BREAKS.split(title)) == TWO_CLAUSE_TITLE_CLAUSES
        and not first.startswith((*DOCUMENT_SUBJECT_DETERMINERS, *INLINE_SUBJECT_OPENERS))  # TWO_CLAUSE_SUBJECT
        and TWO_CLAUSE_SUBJECT_NAMED not in first
        and rest[:1] == INLINE_TITLE_END
        and len(rest) > len(title)
    )


def _without_sentence_opened_entries(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the lists whose entries open straight with a sentence (SENTENCE_OPENED_ENTRIES)."""
    groups: dict[tuple[str, int, int | None], list[int]] = {}
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or marker.style not in SENTENCE_OPENED_STYLES:
            continue
        groups.setdefault((marker.style, heading.level, _parent(headings, k)), []).append(k)
    drop: set[int] = set()
    for (_, level, parent), entries in groups.items():
        if parent is None:
            continue  # SENTENCE_OPENED_UNDER_HEADING: a text's own top-level outline is judged by other rules
        leaves = all(k + 1 == len(headings) or headings[k + 1].level <= level for k in entries)
        if any(CLAUSE_REQUIREMENT.match(headings[k].title.strip()) for k in entries):
            continue  # SUBJECTLESS_CAPABILITIES: "1. 应能自动识别…" lists what a product must do (UNTITLED_ENTRIES)
        opened = sum(
            (
                _line_rest(text, headings[k])[:1] == INLINE_TITLE_END
                and _sentence_opening(
                    headings[k].title, _line_rest(text, headings[k]) if _paragraph_alone(text, headings, k) else ""
                )
                and not _title_line_over_paragraphs(text, headings, k)  # SENTENCE_TITLE_OVER_PARAGRAPHS
            )
            or _cut_title_sentence_opening(text, headings, k)  # SENTENCE_OF_CUT_TITLE
            for k in entries
        )
        if leaves and opened >= SENTENCE_OPENED_MIN and 2 * opened > len(entries):
            drop.update(entries)
    return [h for k, h in enumerate(headings) if k not in drop | _sentence_leaves_left(text, headings, groups, drop)]


def _sentence_of_cut_title(text: str, headings: list[Heading], k: int, ends: str = INLINE_TITLE_END) -> str | None:
    """The whole first sentence of an entry whose title was read cut inside it, up to the first of ``ends`` on its
    line (SENTENCE_OF_CUT_TITLE); None when the title ends at a mark of its own, no end follows, or the line holds
    another heading or is the text's last (CUT_TITLE_LINE_ALONE)."""
    heading = headings[k]
    line_end = text.find("\n", heading.title_end)
    if line_end < 0 or (k + 1 < len(headings) and headings[k + 1].start < line_end):
        return None  # CUT_TITLE_LINE_ALONE: a line holding more than this entry is read inline
    if k > 0 and text.rfind("\n", 0, heading.start) < headings[k - 1].start:
        return None
    rest = text[heading.title_end : line_end]
    if not rest or not "\u4e00" <= rest[0] <= "\u9fff":
        return None
    end = min((at for at in (rest.find(mark) for mark in ends) if at >= 0), default=-1)
    return None if end < 0 else heading.title + rest[: end + 1]


# CUT_INSIDE_SENTENCE (session 45, after fixseg59's SENTENCE_OF_CUT_TITLE): only a title cut where no title can end
# is judged by its whole sentence — at a subject its modal or a 在-adverbial follows ("（二）各省级教育行政部门|要把
# 军事课教学展示作为…", edu-military-course-showcase-2020; "独栋商品住宅和高档住房建筑面积交易单价|在上两年…",
# cq-property-tax-rules-amendment-2023), or inside an open 《 / （ ("开展《国务院办公厅印发关于|促进社会办医…",
# nat-healthreform-tasks-2016). A title read whole before a new clause of its paragraph ("（一）虚拟现实之都--打造场景
# 交互高地|依托国家级虚拟现实制造业创新中心，…", round 7's OCR text: GLUED_LINE_TITLE) is a title: judged by the whole
# sentence, its list of such entries was dropped.
CUT_SUBJECT_FOLLOWERS = (*PROVISION_MODALS, "在")
CUT_OPEN_BRACKETS = (("《", "》"), ("（", "）"), ("(", ")"))


def _cut_title_sentence_opening(text: str, headings: list[Heading], k: int) -> bool:
    """Does an entry whose title was read cut inside its first sentence open with that sentence
    (SENTENCE_OF_CUT_TITLE)?"""
    sentence = _sentence_of_cut_title(text, headings, k)
    if sentence is None or not _cut_inside_sentence(headings[k].title, sentence[len(headings[k].title) :]):
        return False
    return _sentence_opening(sentence[:-1])


def _cut_inside_sentence(title: str, rest: str) -> bool:
    """Was a title read cut where no title ends (CUT_INSIDE_SENTENCE): at a subject its modal or 在-adverbial
    follows, or inside a bracket it left open?"""
    return rest.startswith(CUT_SUBJECT_FOLLOWERS) or any(
        title.count(opening) > title.count(closing) for opening, closing in CUT_OPEN_BRACKETS
    )


def _paragraph_alone(text: str, headings: list[Heading], k: int) -> bool:
    """Is a heading's run-in paragraph the whole of its section: its line ends, and the next heading (or the text's end)
    stands on the next non-empty line (TWO_CLAUSE_RUN_IN_TITLE)?"""
    line_end = text.find("\n", headings[k].title_end)
    end = headings[k + 1].start if k + 1 < len(headings) else len(text)
    return 0 <= line_end <= end and not text[line_end:end].strip()


def _title_line_over_paragraphs(text: str, headings: list[Heading], k: int) -> bool:
    """Does a heading's line hold nothing but its title and 。, over at least TITLE_LINE_PARAGRAPHS_MIN paragraphs
    of its own before the next heading (SENTENCE_TITLE_OVER_PARAGRAPHS)?"""
    if _line_rest(text, headings[k]) != INLINE_TITLE_END:
        return False
    line_end = text.find("\n", headings[k].title_end)
    end = headings[k + 1].start if k + 1 < len(headings) else len(text)
    if line_end < 0 or line_end >= end:
        return False
    below = [line.strip() for line in text[line_end:end].split("\n") if line.strip()]
    if any(read_marker(line) is not None for line in below):
        return False
    return sum(line.endswith(PARAGRAPH_SENTENCE_END) for line in below) >= TITLE_LINE_PARAGRAPHS_MIN


def _sentence_leaves_left(
    text: str, headings: list[Heading], groups: dict[tuple[str, int, int | None], list[int]], drop: set[int]
) -> set[int]:
    """The leaves of a style and level most of whose leaves were dropped as sentence-opened lists, left over in groups
    too small to judge, that end their first sentence at 。 on their line (SENTENCE_OPENED_ACROSS_PARTS)."""
    leaves: dict[tuple[str, int], list[int]] = {}
    for (style, level, parent), entries in groups.items():
        if parent is not None:
            leaves.setdefault((style, level), []).extend(
                k for k in entries if k + 1 == len(headings) or headings[k + 1].level <= level
            )
    left: set[int] = set()
    for entries in leaves.values():
        dropped = sum(k in drop for k in entries)
        if dropped > SENTENCE_OPENED_ACROSS_SHARE * len(entries):
            left.update(k for k in entries if _sentence_left(text, headings, k))
    return left


def _sentence_left(text: str, headings: list[Heading], k: int) -> bool:
    """Is an entry one line that is a sentence: its 。 alone after its title, or a run-in sentence that is no short
    title (SENTENCE_OPENED_ACROSS_PARTS)?"""
    rest = _line_rest(text, headings[k])
    if rest[:1] != INLINE_TITLE_END or not _only_its_line(text, headings, k):
        return False
    return rest == INLINE_TITLE_END or not _short_run_in_title(headings[k].title)


def _only_its_line(text: str, headings: list[Heading], k: int) -> bool:
    """Does a heading hold nothing but its own line, the lines up to the next heading being numbered entries?"""
    line_end = text.find("\n", headings[k].title_end)
    end = headings[k + 1].start if k + 1 < len(headings) else len(text)
    if line_end < 0 or line_end >= end:
        return True
    return all(not line.strip() or read_marker(line.strip()) is not None for line in text[line_end:end].split("\n"))


def _without_conditions_under_title(headings: list[Heading]) -> list[Heading]:
    """The headings without the numbered leaves under a title that announces them as conditions
    (CONDITIONS_TITLE: "（二）补贴对象为同时满足以下条件的消费者" / "1．个人消费者。")."""
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        if CONDITIONS_TITLE.search(heading.title) is None:
            continue
        for j in range(k + 1, len(headings)):
            child = headings[j]
            if child.level <= heading.level:
                break
            marker = read_marker(child.number) if child.number else None
            leaf = j + 1 == len(headings) or headings[j + 1].level <= child.level
            if child.level == heading.level + 1 and leaf and marker is not None and marker.style in CONDITIONS_STYLES:
                drop.add(j)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_condition_entries(headings: list[Heading]) -> list[Heading]:
    """The headings without the numbered leaves whose sentence opens with a case (CONDITION_ENTRY)."""
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        leaf = k + 1 == len(headings) or headings[k + 1].level <= heading.level
        if (
            leaf
            and marker is not None
            and marker.style in CONDITION_ENTRY_STYLES
            and CONDITION_ENTRY.match(heading.title.strip())
        ):
            drop.add(k)
    return [h for k, h in enumerate(headings) if k not in drop]


def _faq_question_lines(lines: list[Line]) -> set[int]:
    """The indices of the unnumbered question lines each over its answer (QUESTION_LINE) in runs of
    FAQ_QUESTIONS_MIN at least, each answer at most FAQ_ANSWER_LINES_MAX lines long."""
    found: set[int] = set()
    run: list[int] = []
    between = 0  # lines with text since the last question of the run
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        # the answer is looked for only under a question line: copying the rest of the lines for every line made
        # this quadratic in a text's length
        question = QUESTION_LINE.match(line.text) is not None and read_marker(line.text.strip()) is None
        answer = _next_text(lines, i + 1) if question else ""
        if (
            question
            and answer
            and QUESTION_LINE.match(answer) is None
            and (answer[-1] in FAQ_ANSWER_END or len(answer) >= MIN_PARAGRAPH_CHARS)
        ):
            if run and between > FAQ_ANSWER_LINES_MAX:
                found.update(run if len(run) >= FAQ_QUESTIONS_MIN else [])
                run = []
            run.append(i)
            between = 0
        else:
            between += 1
    found.update(run if len(run) >= FAQ_QUESTIONS_MIN else [])
    return found


def _next_text(lines: list[Line], start: int) -> str:
    """The first line from ``start`` on that holds text, stripped ("" when none does)."""
    for index in range(start, len(lines)):
        if text := lines[index].text.strip():
            return text
    return ""


def _without_tab_padding(line: Line) -> Line:
    """A chapter line padded by tabs, none inside it ("\t第七节海关和商品检验\t", TAB_PADDED_HEADING), or a part's
    or a section's line indented by one ("\t一、主要目标", TAB_INDENTED_STYLES), without them."""
    stripped = line.text.strip(TAB_PADDING)
    marker = read_marker(stripped) if line.text[:1] == "\t" and "\t" not in stripped else None
    if marker is None or not (marker.style.startswith("chapter:") or marker.style in TAB_INDENTED_STYLES):
        return line
    return Line(stripped, line.start + len(line.text) - len(line.text.lstrip(TAB_PADDING)))


def _titled_article(text: str) -> re.Match[str] | None:
    """The line's article read with its title (groups number, num, title): a short first sentence (TITLED_ARTICLE) or a
    title in lenticular brackets after the number (BRACKETED_ARTICLE_TITLE); None for an untitled article."""
    return TITLED_ARTICLE.match(text) or BRACKETED_ARTICLE_TITLE.match(text)


def _titled_chapter_articles(lines: list[Line]) -> set[int]:
    """The article lines of the chapters all of whose articles open with a title of their own
    (TITLED_CHAPTER_ARTICLES), and of the runs of titled articles among untitled ones (TITLED_ARTICLE_RUN)."""
    groups: list[list[int]] = []
    runs: list[list[int]] = [[]]
    for k, line in enumerate(lines):
        marker = read_marker(line.text.strip()) if CHAPTER.match(line.text.strip()) else None
        if marker is not None and marker.style == "chapter:章":
            groups.append([])
        elif groups and (ARTICLE_OPENS_LINE.match(line.text) or BRACKETED_ARTICLE_TITLE.match(line.text)):
            groups[-1].append(k)
        if ARTICLE_OPENS_LINE.match(line.text) or BRACKETED_ARTICLE_TITLE.match(line.text):
            if _titled_article(line.text):
                runs[-1].append(k)
            elif runs[-1]:
                runs.append([])
    groups += runs
    return {
        k
        for group in groups
        if len(group) >= TITLED_CHAPTER_ARTICLES_MIN and all(_titled_article(lines[k].text) for k in group)
        for k in group
    }


def _without_footnote_mark(title: str, lines: list[Line]) -> str:
    """The title without a footnote's mark glued to its end (FOOTNOTE_MARK_IN_TITLE), when the
    footnote that mark refers to stands in the text."""
    mark = FOOTNOTE_MARK_IN_TITLE.search(title)
    if mark is None:
        return title
    footnote = re.compile(FOOTNOTE_DEFINITION.format(mark=mark.group("mark")))
    return title[: mark.start()] if any(footnote.match(line.text) for line in lines) else title


def _without_untitled_entries(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without a task list's untitled run-in entries (UNTITLED_ENTRIES): the run-in
    leaves of one style and level, dropped together when most of their first sentences are
    longer than a run-in title and break into clauses; and the leaves under one heading most of
    which state a requirement (REQUIREMENT_ENTRIES)."""
    groups: dict[tuple[str, int, int | None], list[int]] = {}
    per_heading: dict[tuple[str, int, int | None], list[int]] = {}
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or marker.style not in UNTITLED_ENTRIES_STYLES:
            continue
        line_end = text.find("\n", heading.title_end)
        rest = text[heading.title_end : line_end if line_end >= 0 else len(text)]
        leaf = k + 1 == len(headings) or headings[k + 1].level <= heading.level
        # UNTITLED_ENTRIES_PER_PARENT: a lettered list is judged under its own heading
        parent = _parent(headings, k) if marker.style in UNTITLED_ENTRIES_PER_PARENT_STYLES else None
        # UNTITLED_ENTRY_CUT_AT_MAX: a long line read inline cut its sentence at a heading's length
        cut_at_max = len(heading.title) >= MAX_HEADING_CHARS and UNTITLED_ENTRY_BREAKS.search(heading.title) is not None
        run_in = (rest[:1] == INLINE_TITLE_END and bool(rest[1:].strip())) or cut_at_max
        # a lettered entry that is one sentence, its line's whole text, is judged with its list too
        whole = parent is not None and rest.strip() in ("", INLINE_TITLE_END)
        if leaf and (run_in or whole):
            groups.setdefault((marker.style, heading.level, parent), []).append(k)
        # REQUIREMENT_ENTRIES: the entries under one heading, its one-sentence lines with them
        if leaf and (run_in or rest.strip() in ("", INLINE_TITLE_END)):
            per_heading.setdefault((marker.style, heading.level, _parent(headings, k)), []).append(k)
    drop: set[int] = set()
    shares: dict[tuple[str, int], list[tuple[list[int], int]]] = {}
    for (style, level, _), entries in per_heading.items():
        requirements = sum(
            CLAUSE_REQUIREMENT.search(re.split(r"[；;]", headings[k].title, maxsplit=1)[0]) is not None for k in entries
        )
        # REQUIREMENT_ENTRIES_MIN: a short list only where its entries name who must act (SUBJECTLESS_CAPABILITIES)
        capabilities = any(CLAUSE_REQUIREMENT.match(headings[k].title.strip()) for k in entries)
        least = UNTITLED_ENTRIES_MIN if capabilities else REQUIREMENT_ENTRIES_MIN
        if len(entries) >= least and requirements * 2 > len(entries):
            drop.update(entries)
        shares.setdefault((style, level), []).append((entries, requirements))
    for lists in shares.values():
        # REQUIREMENT_LISTS_ALIKE: the requirement lists of a text's repeated parts are one kind
        pooled = [(entries, requirements) for entries, requirements in lists if not set(entries) <= drop]
        total = sum(len(entries) for entries, _ in lists)
        if len(lists) < REQUIREMENT_LISTS_MIN or 2 * sum(r for _, r in lists) <= total:
            continue
        for entries, requirements in pooled:
            if 2 * requirements >= len(entries):
                drop.update(entries)
    for (style, _, _), entries in groups.items():
        untitled = sum(
            UNTITLED_ENTRY_BREAKS.search(headings[k].title) is not None and len(headings[k].title) > RUN_IN_TITLE_MAX
            for k in entries
        )
        least = UNTITLED_ENTRIES_PARENT_MIN if style in UNTITLED_ENTRIES_PER_PARENT_STYLES else UNTITLED_ENTRIES_MIN
        if len(entries) >= least and untitled * 2 > len(entries):
            # MIXED_TITLED_ENTRIES: a list mixing titled run-ins with sentences keeps its titled ones
            titled = [k for k in entries if _short_run_in_title(headings[k].title)]
            kept = set(titled) if len(titled) >= MIXED_TITLED_ENTRIES_MIN else set()
            drop.update(k for k in entries if k not in kept)
    return [h for k, h in enumerate(headings) if k not in drop]


def _short_run_in_title(title: str) -> bool:
    """A run-in title of its own: short, one phrase, no requirement (MIXED_TITLED_ENTRIES)."""
    title = title.strip()
    return len(title) <= RUN_IN_TITLE_MAX and UNTITLED_ENTRY_BREAKS.search(title) is None and not _requirement(title)


def _line_rest(text: str, heading: Heading) -> str:
    """What stands on a heading's line after its title (the run-in paragraph, a 。), stripped."""
    line_end = text.find("\n", heading.title_end)
    return text[heading.title_end : line_end if line_end >= 0 else len(text)].strip()


def _announced_from(text: str, parent: Heading, start: int) -> bool:
    """Does a lead sentence of the parent's body announce the entries that start at ``start``
    (ANNOUNCED_MEASURES): the last line above them, past entries the reading left unread (lines
    opening with a 一、 marker or a lost numeral's 、) and lines without an ideograph (page numbers),
    ends as a lead line does (LEAD_LINE_END), below the parent's title line?"""
    end = text.rfind("\n", parent.title_end, start)
    while end > parent.title_end:
        begin = text.rfind("\n", parent.title_end, end) + 1
        line = text[max(begin, parent.title_end) : end].strip()
        end = begin - 1
        if not line or re.search(r"[\u4e00-\u9fff]", line) is None:
            continue
        marker = read_marker(line)
        if (marker is not None and marker.style in ANNOUNCED_MEASURE_STYLES) or LOST_NUMERAL_ITEM.match(line):
            continue
        above = text[max(text.rfind("\n", parent.title_end, max(begin - 1, 0)) + 1, parent.title_end) : begin].strip()
        if LEAD_LINE_END.search(line) is None and above and above[-1] not in PARAGRAPH_END + LEAD_SENTENCE_END:
            continue  # the wrapped tail of an entry's sentence ("、进一步落实…滩" / "面积达到5，900万亩…")
        above_marker = read_marker(above)
        if LEAD_LINE_END.search(line) is None and (
            (above_marker is not None and above_marker.style in ANNOUNCED_MEASURE_STYLES)
            or LOST_NUMERAL_ITEM.match(above)
        ):
            continue  # UNREAD_ENTRY_TEXT: the text line of an unread entry right above ("、搞好…并把新。" / "建住宅…")
        return begin > parent.title_end and LEAD_LINE_END.search(line) is not None
    return False


def _without_counted_aspects(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the entries a paragraph counts right above them (COUNTED_ASPECTS)."""
    runs: dict[tuple[int | None, int], list[int]] = {}
    for k, heading in enumerate(headings):
        runs.setdefault((_parent(headings, k), heading.level), []).append(k)
    drop: set[int] = set()
    for entries in runs.values():
        first = headings[entries[0]]
        above_end = text.rfind("\n", 0, first.start)
        above = text[text.rfind("\n", 0, max(above_end, 0)) + 1 : max(above_end, 0)]
        counts = list(COUNTED_ASPECTS.finditer(above))
        if not counts or any(headings[k].title.strip() == "" for k in entries):
            continue
        count = counts[-1]
        written = count.group("count")
        number = int(written) if written.isdigit() else cn_to_int(written)
        leaves = all(k + 1 == len(headings) or headings[k + 1].level <= headings[k].level for k in entries)
        if leaves and number == len(entries) and all(headings[k].title.endswith(count.group("unit")) for k in entries):
            drop.update(entries)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_bare_entries_under_label(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the bare entries a label line lists (BARE_ENTRIES_UNDER_LABEL): the children of a
    heading whose line ends in a colon, when they are leaves, at least BARE_ENTRIES_MIN of them, each a line of
    its own with no text of its own below it."""
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        line_end = text.find("\n", heading.start)
        line = text[heading.start : line_end if line_end >= 0 else len(text)].rstrip()
        if line[-1:] not in LEAD_SENTENCE_END:
            continue
        children = []
        for j in range(k + 1, len(headings)):
            if headings[j].level <= heading.level:
                break
            children.append(j)
        if len(children) < BARE_ENTRIES_MIN or any(headings[j].level != heading.level + 1 for j in children):
            continue
        end = next((h.start for h in headings[children[-1] + 1 :]), len(text))
        bounds = [headings[j].start for j in children[1:]] + [end]
        bare = True
        for j, bound in zip(children, bounds, strict=True):
            line_end = text.find("\n", headings[j].title_end, bound)
            run_in = text[headings[j].title_end : line_end if line_end >= 0 else bound].strip(BARE_ENTRY_TITLE_END)
            # RUN_IN_ENTRIES_NOT_BARE: a short title with its text run on after it
            title = headings[j].title.strip()
            titled = bool(run_in) and len(title) <= TITLED_ENTRY_TITLE_MAX and not REQUIREMENT_OPENING.match(title)
            bare = bare and not titled and (line_end < 0 or not text[line_end:bound].strip())
        if bare:
            drop.update(children)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_title_only_catalogue(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the entries of an attachment that is a title-only catalogue (TITLE_ONLY_CATALOGUE):
    numbered headings under an attachment, over two depths or more, with only whitespace between them and after
    the last up to the next heading as high as the attachment (or the text's end)."""
    drop: set[int] = set()
    for k, attachment in enumerate(headings):
        if not attachment.number.startswith("附"):
            continue
        run: list[int] = []
        for j in range(k + 1, len(headings)):
            if headings[j].level <= attachment.level:
                break
            run.append(j)
        if len(run) < TITLE_ONLY_CATALOGUE_MIN or len({headings[j].level for j in run}) < 2:
            continue
        end = headings[run[-1] + 1].start if run[-1] + 1 < len(headings) else len(text)
        ends = [headings[j].start for j in run[1:]] + [end]
        if all(h.number for h in (headings[j] for j in run)) and not any(
            text[headings[j].title_end : stop].strip() for j, stop in zip(run, ends, strict=True)
        ):
            drop.update(run)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_notes_under_label(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the notes a notes label lists (NOTES_UNDER_LABEL): a run of leaf headings of one
    level numbered from 1, the first right under a line that is only the label, each a single paragraph that
    ends a sentence."""
    drop: set[int] = set()
    for k, first in enumerate(headings):
        marker = read_marker(first.number) if first.number else None
        if marker is None or marker.number != 1:
            continue
        above_end = len(text[: first.start].rstrip())
        above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
        if not EXPLANATION_LABEL_LINE.match(above):
            continue
        run = [k]
        for j in range(k + 1, len(headings)):
            following = read_marker(headings[j].number) if headings[j].number else None
            if headings[j].level != first.level or following is None or following.style != marker.style:
                break
            run.append(j)
        ends = [headings[j].start for j in run[1:]] + [
            headings[run[-1] + 1].start if run[-1] + 1 < len(headings) else len(text)
        ]
        if len(run) < NOTES_UNDER_LABEL_MIN or any(
            read_marker(headings[j].number).number != n + 1  # type: ignore[union-attr]
            for n, j in enumerate(run)
        ):
            continue
        if run[-1] + 1 < len(headings) and headings[run[-1] + 1].level > first.level:
            continue
        # a paragraph ends at an empty line or where a table's first row (a line opening with "|") begins
        paragraphs = [
            re.split(r"\n[ \t\u3000]*(?:\n|\|)", text[headings[j].start : end].strip())[0]
            for j, end in zip(run, ends, strict=True)
        ]
        if all(p.rstrip()[-1:] in PARAGRAPH_END for p in paragraphs):
            drop.update(run)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_sentence_entries(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the run-in entries titled by a whole clause-broken sentence (SENTENCE_ENTRY), and
    without the entries that define a term (DEFINITION_ENTRY)."""
    drop: set[int] = set()
    definitions: set[int] = set()
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or marker.style not in SENTENCE_ENTRY_STYLES:
            continue
        leaf = k + 1 == len(headings) or headings[k + 1].level <= heading.level
        rest = _line_rest(text, heading)
        title = heading.title.strip()
        if leaf and DEFINITION_SENTENCE.search(title) is not None and not title.endswith(QUESTION_END):
            definitions.add(k)  # DEFINITION_ENTRY: "4.本意见所指医保骗保刑事案件，是指…" (its siblings as they are)
            continue
        if not leaf or len(title) <= RUN_IN_TITLE_MAX or UNTITLED_ENTRY_BREAKS.search(title) is None:
            continue
        if title.startswith((*TASK_VERB_OPENERS, *ANNOUNCED_MEASURE_VERBS)) or SENTENCE_ENTRY_DUTY.search(rest):
            continue  # SENTENCE_ENTRY_TASKS
        if _requirement(title):
            continue  # SENTENCE_ENTRY_REQUIREMENTS: "1. 应能自动识别…" is judged with its list (REQUIREMENT_ENTRIES)
        run_in = rest[:1] == INLINE_TITLE_END and bool(rest[1:].strip())
        # SENTENCE_ENTRY_AMONG_TITLES: a one-sentence line among titled siblings ("2.国有企业…的资格审核方式尽可能
        # 采用信息化手段进行，减少线下办理。" under "1. 教育部门办幼儿园。…"); a series of statements, each a long
        # sentence over its paragraphs (the 八五 plan's "5·继续推进经济体制改革，不断完善…。"), stays
        # SENTENCE_ENTRY_LEAD: "2.申请书由…接收，联系方式如下：", its colon after the title or kept in it
        lead = (rest != "" and rest in LEAD_SENTENCE_END) or title[-1] in LEAD_SENTENCE_END
        if (
            run_in
            or lead
            or (
                rest == INLINE_TITLE_END
                and any(
                    _parent(headings, j) == _parent(headings, k)
                    and sibling.level == heading.level
                    and sibling.number[-1:] == heading.number[-1:]
                    and len(sibling.title) <= RUN_IN_TITLE_MAX
                    and UNTITLED_ENTRY_BREAKS.search(sibling.title) is None
                    for j, sibling in enumerate(headings)
                    if j != k
                )
            )
        ):
            drop.add(k)
    for k in sorted(drop):
        # SENTENCE_ENTRY_SIBLINGS: its siblings that are one sentence a line ("2.申报项目应于2026年5月前开工并形成
        # 实物工作量。") or a lead ("3. …两步进行，具体工作流程如下：") are the same list's provisions
        parent = _parent(headings, k)
        for j, sibling in enumerate(headings):
            if j in drop or sibling.level != headings[k].level or _parent(headings, j) != parent:
                continue
            marker = read_marker(sibling.number) if sibling.number else None
            leaf = j + 1 == len(headings) or headings[j + 1].level <= sibling.level
            rest = _line_rest(text, sibling)
            if marker is not None and marker.style in SENTENCE_ENTRY_STYLES and leaf and rest in SENTENCE_ENTRY_ENDS:
                if _title_among_bare_titles(text, headings, j):
                    continue  # SENTENCE_ENTRY_TITLE_STOPPED: "4.性信息素诱杀害虫技术。" among bare titles
                drop.add(j)
    return [h for k, h in enumerate(headings) if k not in drop | definitions]


def _title_among_bare_titles(text: str, headings: list[Heading], k: int) -> bool:
    """Is entry k a title that happens to end in a full stop, most of its siblings (BARE_TITLE_SIBLINGS_MIN at least)
    bare titles, title-sized and no clause, with nothing after them on their lines (SENTENCE_ENTRY_TITLE_STOPPED)?"""
    title = headings[k].title.strip()
    if len(title) > RUN_IN_TITLE_MAX or UNTITLED_ENTRY_BREAKS.search(title) is not None or _requirement(title):
        return False
    parent = _parent(headings, k)
    siblings = [
        j for j, h in enumerate(headings) if j != k and h.level == headings[k].level and _parent(headings, j) == parent
    ]
    bare = [
        j
        for j in siblings
        if _line_rest(text, headings[j]) == ""
        and len(headings[j].title.strip()) <= RUN_IN_TITLE_MAX
        and UNTITLED_ENTRY_BREAKS.search(headings[j].title) is None
        and headings[j].title.strip()[-1:] not in LEAD_SENTENCE_END
    ]
    return len(bare) >= BARE_TITLE_SIBLINGS_MIN and 2 * len(bare) > len(siblings)


def _without_part_sentences(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the runs of 第N部分： entries that are each one clause-broken sentence to its line's end
    (PART_SENTENCE_ENTRIES)."""
    runs: dict[tuple[int | None, int], list[int]] = {}
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is not None and marker.style == PART_SENTENCE_STYLE:
            runs.setdefault((_parent(headings, k), heading.level), []).append(k)
    drop: set[int] = set()
    for run in runs.values():
        if all(
            UNTITLED_ENTRY_BREAKS.search(headings[k].title) is not None
            and (headings[k].title + _line_rest(text, headings[k])).endswith("。")
            and (k + 1 == len(headings) or headings[k + 1].level <= headings[k].level)
            for k in run
        ):
            drop.update(run)
    return [h for k, h in enumerate(headings) if k not in drop]


def _requirement(sentence: str) -> bool:
    """Does a sentence's first clause state what shall or may be done (CLAUSE_REQUIREMENT)?"""
    return CLAUSE_REQUIREMENT.search(re.split(r"[，；,;。]", sentence, maxsplit=1)[0]) is not None


def _criterion_line(rest: str) -> bool:
    """Does the text after a （n） marker read as a criterion of a list (ANNOUNCED_CRITERIA)?"""
    rest = rest.strip()
    label = LABEL_END.search(rest, 0, RUN_IN_TITLE_MAX + 1)
    one_sentence = rest.endswith(INLINE_TITLE_END) and INLINE_TITLE_END not in rest[:-1]
    return (
        (rest != "" and rest[-1] in LIST_ITEM_END + LEAD_SENTENCE_END)
        or (label is not None and label.start() > 0)
        or (one_sentence and len(rest) > RUN_IN_TITLE_MAX)
    )


def _without_announced_criteria(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the criteria a lead sentence announces (ANNOUNCED_CRITERIA): the （n） headings,
    with what they hold, between a criteria lead right above a （一） line in a heading's body and the next
    heading at that heading's level or above, when at least half of the list's （n） lines read as criteria."""
    starts = {h.start for h in headings}
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        end = next((h.start for h in headings[k + 1 :] if h.level <= heading.level), len(text))
        first = next((m for m in re.finditer(r"(?m)^[ \t\u3000]*（一）", text[heading.title_end : end])), None)
        if first is None:
            continue
        at = heading.title_end + first.start()
        if k + 1 < len(headings) and headings[k + 1].start < at:
            continue  # the （一） of a heading further down
        lead_end = text.rfind("\n", heading.title_end, at)
        lead_start = text.rfind("\n", heading.title_end, lead_end) + 1
        lead = text[max(lead_start, heading.title_end) : max(lead_end, heading.title_end)].strip()
        announced = (
            lead_start > heading.title_end and lead_start not in starts and CRITERIA_LEAD.search(lead) is not None
        )
        rests: list[str] = []
        owns: list[list[str]] = []  # CRITERIA_OVER_OWN_ITEMS: per （n） line, the numbered lines of its own
        wrapped = False  # CRITERIA_WRAPPED_LINES: the last line was a （n） line or its paragraph going on
        for line in (raw.strip() for raw in text[at:end].split("\n")):
            marker = read_marker(line)
            if marker is not None and marker.style in ANNOUNCED_CRITERIA_STYLES:
                rests.append(line[marker.length :].strip())
                owns.append([])
            elif marker is not None and marker.style in CRITERIA_OWN_ITEM_STYLES and owns:
                owns[-1].append(line[marker.length :].strip())
            elif marker is None and line and wrapped:
                rests[-1] += line  # CRITERIA_WRAPPED_LINES: its paragraph goes on
            wrapped = (
                bool(line)
                and ((marker is not None and marker.style in ANNOUNCED_CRITERIA_STYLES) or (marker is None and wrapped))
                and rests[-1].endswith(CRITERIA_WRAPPED_LINE_ENDS)
            )
        over_items = [_criteria_items(own) for own in owns]
        if 2 * sum(_requirement(rest) for rest in rests) > len(rests):
            continue  # CRITERIA_NOT_REQUIREMENTS: "（一）应能通过封闭场地测试，…；" are provisions (lineage10's units)
        if announced:
            if 2 * sum(_criterion_line(rest) for rest in rests) < len(rests):
                continue
        elif all(_label_value_rest(rest) for rest in rests):
            continue  # LABEL_VALUE_LIST_END: "（一）初核机构：…；" / "（二）复核机构：…。" are values, no criteria
        elif not (
            # CRITERIA_UNDER_LABEL: no lead, but the heading's text opens with the list, most of whose lines end
            # in a clause mark ("四十、小儿脑性瘫痪" / "（一）婴儿期内出现的中枢性瘫痪，包括：…；" / "（二）…；" /
            # "（三）排除进行性疾病所致的中枢性瘫痪…。")
            text[heading.title_end : at].strip() == ""
            and len(rests) >= CRITERIA_UNDER_LABEL_MIN
            and 2
            * sum(
                (rest != "" and rest[-1] in LIST_ITEM_END) or CRITERIA_LEAD.search(rest) is not None or over
                for rest, over in zip(rests, over_items, strict=True)
            )
            >= len(rests)
        ):
            continue
        drop.update(j for j, h in enumerate(headings) if at <= h.start < end and j > k)
    return [h for k, h in enumerate(headings) if k not in drop]


def _label_value_rest(rest: str) -> bool:
    """Is a numbered line's rest a label and its value, no sentence in the value but its list's final mark
    (LABEL_VALUE_LIST_END: "初核机构：广州市高校毕业生就业指导中心（以下简称市高指中心）；")?"""
    label = LABEL_END.search(rest, 0, RUN_IN_TITLE_MAX + 1)
    if label is None or label.start() == 0 or NOTATION_COLON.match(rest, label.start()):
        return False
    if rest.count("（", 0, label.start()) != rest.count("）", 0, label.start()):
        return False  # "因子Ⅷ促凝活性（Ⅷ:C）…": a colon inside brackets (NOTATION_COLON)
    value = rest[label.end() :].strip().rstrip(LABEL_VALUE_LIST_END + INLINE_TITLE_END)
    return bool(value) and LABEL_VALUE_SENTENCE.search(value) is None


def _criteria_items(items: list[str]) -> bool:
    """Are a （n） line's own numbered lines a criteria list (CRITERIA_OVER_OWN_ITEMS): most of them ending in a
    clause mark, none stating what shall be done (an applicant's conditions, "1. 申请人须具有高级专业技术职务
    （职称）；", are requirements under a titled part, heldout14's call for proposals)?"""
    return (
        bool(items)
        and 2 * sum(item[-1:] != "" and item[-1] in LIST_ITEM_END for item in items) >= len(items)
        and not any(_requirement(item) or _needed(item) for item in items)
    )


def _needed(sentence: str) -> bool:
    """Does a sentence's first clause state with 需 what shall be done (CRITERIA_NEED_MODAL)?"""
    return CRITERIA_NEED_MODAL.search(re.split(r"[，；,;。]", sentence, maxsplit=1)[0]) is not None


def _without_announced_measures(text: str, headings: list[Heading], documents: Collection[str] = ()) -> list[Heading]:
    """The headings without the measures a lead sentence under a section announces (ANNOUNCED_MEASURES):
    the 一、 siblings under one parent, dropped together when the lead stands above the first of them,
    at least half of them run on into their paragraphs and most of their titles open with a verb of work.
    The parts right under the title of one of several ``documents`` (folded titles) are that document's parts
    (ANNOUNCED_PARTS_OF_DOCUMENT)."""
    groups: dict[int, list[int]] = {}
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number + heading.title) if heading.number else None
        lost = heading.number == LOST_NUMERAL_WRITTEN  # "、" + a sentence its title cut before its 。
        parent = _parent(headings, k)
        if parent is not None and not headings[parent].number and fold_title(headings[parent].title) in documents:
            continue  # ANNOUNCED_PARTS_OF_DOCUMENT
        if (lost or (marker is not None and marker.style in ANNOUNCED_MEASURE_STYLES)) and parent is not None:
            groups.setdefault(parent, []).append(k)
    drop: set[int] = set()
    verbs = (*TASK_VERB_OPENERS, *ANNOUNCED_MEASURE_VERBS)
    for parent, entries in groups.items():
        if not _announced_from(text, headings[parent], headings[entries[0]].start):
            continue
        # a measure runs on into its paragraph, or is a whole sentence in clauses on its line
        running = sum(
            _line_rest(text, headings[k]) not in ("", INLINE_TITLE_END)
            or UNTITLED_ENTRY_BREAKS.search(headings[k].title) is not None
            for k in entries
        )
        # a measure opens with a verb of work or is a sentence broken into clauses; a sector label is neither
        working = sum(
            headings[k].title.startswith(verbs) or UNTITLED_ENTRY_BREAKS.search(headings[k].title) is not None
            for k in entries
        )
        if 2 * running >= len(entries) and 2 * working > len(entries):
            drop.update(k for k in entries if k + 1 == len(headings) or headings[k + 1].level <= headings[k].level)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_run_in_items(text: str, headings: list[Heading], sentences: bool = False) -> list[Heading]:
    """The headings without the entries numbered as items whose paragraphs run on after their titles
    (RUN_IN_ITEMS): the siblings of one such style under one parent, with what they hold, dropped
    together when at least half of them run in or end their line with a sentence's 。; in a text that
    stands one sentence a line (``sentences``), all of them (RUN_IN_ITEMS_BY_LINE)."""
    runs: dict[tuple[str, int | None], list[int]] = {}
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is not None and marker.style in RUN_IN_ITEM_STYLES:
            runs.setdefault((marker.style, _parent(headings, k)), []).append(k)
    drop: set[int] = set()
    for (_, parent), entries in runs.items():
        if parent is not None and GOAL_TITLE.search(headings[parent].title.strip()) is not None:
            continue  # RUN_IN_GOALS: "3．“十二五”发展目标" / "（1）企业技术创新能力明显增强。推进…" (data/plans gold)
        running = 0
        for k in entries:
            rest = _line_rest(text, headings[k])
            running += bool(rest) or sentences  # "。对条件好的矿井…" after the title, or the sentence's own "。"
        if 2 * running < len(entries):
            continue
        if not sentences and not _lead_above(text, headings[entries[0]].start):
            continue  # RUN_IN_UNANNOUNCED: "（1）传感器与仪器仪表标准。主要包括…" (lineage7's units) stay sections
        for k in entries:
            drop.add(k)
            below = k + 1
            while below < len(headings) and headings[below].level > headings[k].level:
                drop.add(below)
                below += 1
    return [h for k, h in enumerate(headings) if k not in drop]


def _lead_above(text: str, start: int) -> bool:
    """Does the line with text right above ``start`` end as a lead sentence does (LEAD_LINE_END)?"""
    end = text.rfind("\n", 0, start)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if line:
            return LEAD_LINE_END.search(line) is not None
        end = begin - 1
    return False


def _under_chapter(headings: list[Heading], k: int) -> bool:
    """Whether a 第N章 heading stands above heading k."""
    parent = _parent(headings, k)
    while parent is not None:
        marker = read_marker(headings[parent].number) if headings[parent].number else None
        if marker is not None and marker.style.startswith("chapter"):
            return True
        parent = _parent(headings, parent)
    return False


def _stand_alone_title(text: str, heading: Heading) -> bool:
    """Whether a heading is a short title on a line of its own (its full stop at most after it)."""
    end = text.find("\n", heading.title_end)
    rest = text[heading.title_end : len(text) if end < 0 else end]
    return rest.strip() in ("", "。") and "。" not in heading.title and len(heading.title) <= STAND_ALONE_TITLE_MAX


def _title_over_paragraph(text: str, heading: Heading) -> bool:
    """Whether a heading is a short title alone on its line, no full stop, over a paragraph
    (DECIMAL_OUTLINE_TITLE_LINES)."""
    end = text.find("\n", heading.title_end)
    if end < 0 or text[heading.title_end : end].strip() or not _stand_alone_title(text, heading):
        return False
    following = next((line.strip() for line in text[end + 1 :].split("\n") if line.strip()), "")
    return (
        read_marker(following) is None
        and len(following) >= DECIMAL_TITLE_PARAGRAPH_MIN
        and any(ch in PARAGRAPH_END + LEAD_SENTENCE_END for ch in following[DECIMAL_TITLE_PARAGRAPH_MIN - 1 :])
    )


def _without_lists_under_decimal_outline(text: str, headings: list[Heading], plan: bool = False) -> list[Heading]:
    """The headings without the list entries of a decimal outline's clauses
    (LISTS_UNDER_DECIMAL_OUTLINE): a （1） whose nearest numbered ancestor is numbered decimally
    ("3.2", "G.3.1", "1"), with the headings under it."""
    drop: set[int] = set()
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if k in drop or marker is None or marker.style not in LISTS_UNDER_DECIMAL_STYLES:
            continue
        parent = _parent(headings, k)
        while parent is not None and not headings[parent].number:
            parent = _parent(headings, parent)
        if parent is None or DECIMAL_HEADING_NUMBER.fullmatch(headings[parent].number) is None:
            continue
        if _under_chapter(headings, parent) and _stand_alone_title(text, heading):
            continue  # CHAPTER_DECIMAL_PLAN_TITLES: a plan's （1） title line under 第N章's decimal sections
        if plan and _title_over_paragraph(text, heading):
            continue  # DECIMAL_OUTLINE_TITLE_LINES: "（1）环境效益" over its paragraph in a plan
        drop.add(k)
        following = k + 1
        while following < len(headings) and headings[following].level > heading.level:
            drop.add(following)
            following += 1
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_restated_entries(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without a list's described entries (RESTATED_ENTRIES): run-in leaves of one
    style and level, dropped together when most of their sentences open with their own label
    ("（1）术语定义。术语定义标准用于…")."""
    groups: dict[tuple[str, int], list[tuple[int, bool]]] = {}
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or marker.style not in RESTATED_ENTRIES_STYLES:
            continue
        leaf = k + 1 == len(headings) or headings[k + 1].level <= heading.level
        line_end = text.find("\n", heading.title_end)
        rest = text[heading.title_end : line_end if line_end >= 0 else len(text)]
        described = DESCRIBED_LABEL.match(rest) is not None  # "1.车辆运行监控：主要包括…" (DESCRIBED_LABEL)
        if not leaf or (rest[:1] != INLINE_TITLE_END and LABEL_END.match(rest) is None):
            continue
        title = heading.title.strip()
        restated = described or (len(title) >= RESTATED_LABEL_MIN and rest[1:].lstrip(" \t\u3000").startswith(title))
        groups.setdefault((marker.style, heading.level), []).append((k, restated))
    outlines = {
        (marker.style, heading.level)
        for heading in headings
        if (marker := read_marker(heading.number) if heading.number else None) is not None
        and marker.style in RESTATED_ENTRIES_STYLES
        and _label_over_entries(text, heading, marker.style)
    }
    drop: set[int] = set()
    for group, entries in groups.items():
        if group in outlines:
            continue  # DESCRIBED_OUTLINE: "6. 不良行为记录信息" over its （1）…: its described siblings are an outline
        if len(entries) >= RESTATED_ENTRIES_MIN and sum(r for _, r in entries) * 2 > len(entries):
            drop.update(k for k, _ in entries)
    return [h for k, h in enumerate(headings) if k not in drop]


def _described_kind(line: str) -> tuple[Marker, int, str, int] | None:
    """A numbered line that gives a kind's label and its description after the colon (DESCRIBED_KINDS): its marker,
    where the marker starts in the line, its label and where the label starts; None for any other line."""
    stripped = line.lstrip(" \t\u3000")
    marker = read_marker(stripped)
    if marker is None or marker.style not in RESTATED_ENTRIES_STYLES:
        return None
    rest = stripped[marker.length :]
    at = len(rest) - len(rest.lstrip(" \t\u3000"))
    rest = rest[at:]
    label = LABEL_END.search(rest, 0, RUN_IN_TITLE_MAX + 1)
    if label is None or label.start() == 0 or not rest[label.end() :].strip():
        return None
    if LABEL_CLAUSE_MARK.search(rest, 0, label.start()) is not None or NOTATION_COLON.match(rest, label.start()):
        return None
    indent = len(line) - len(stripped)
    return marker, indent, rest[: label.start()].rstrip(), indent + marker.length + at


def _with_described_kinds(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings with the kinds a bare label of a described outline holds, one level below it (DESCRIBED_KINDS),
    in place of what was read of them."""
    described = {
        (marker.style, heading.level)
        for heading in headings
        if (marker := read_marker(heading.number) if heading.number else None) is not None
        and marker.style in RESTATED_ENTRIES_STYLES
        and LABEL_END.match(_line_rest(text, heading)) is not None
        and LABEL_END.sub("", _line_rest(text, heading), count=1).strip() != ""
    }
    out: list[Heading] = []
    k = 0
    while k < len(headings):
        heading = headings[k]
        out.append(heading)
        k += 1
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or (marker.style, heading.level) not in described:
            continue
        if LABEL_END.sub("", _line_rest(text, heading), count=1) != "":
            continue  # a described entry itself, no bare label
        below = next((j for j in range(k, len(headings)) if headings[j].level <= heading.level), len(headings))
        end = headings[below].start if below < len(headings) else len(text)
        line_end = text.find("\n", heading.title_end)
        if line_end < 0 or line_end >= end:
            continue
        kinds: list[Heading] = []
        number = 0
        offset = line_end + 1
        for line in text[line_end + 1 : end].split("\n"):
            at, offset = offset, offset + len(line) + 1
            if not line.strip():
                continue
            kind = _described_kind(line)
            if kind is None or (kinds and kind[0].number != number + 1):
                break
            entry, marker_at, label, label_at = kind
            number = entry.number
            title_end = at + label_at + len(label)
            kinds.append(Heading(heading.level + 1, entry.written, label, at + marker_at, title_end))
        read = headings[k:below]
        last = kinds[-1].start if kinds else -1
        if len(kinds) < DESCRIBED_KINDS_MIN or any(h.start > last for h in read):
            continue
        out.extend(kinds)
        k = below
    return out


def _label_over_entries(text: str, heading: Heading, style: str) -> bool:
    """Is a heading a bare label (nothing or a colon after its title) whose next line opens a numbered entry of another
    style (DESCRIBED_OUTLINE)?"""
    if LABEL_END.sub("", _line_rest(text, heading), count=1) != "":
        return False
    line_end = text.find("\n", heading.title_end)
    if line_end < 0:
        return False
    below = next((line.strip() for line in text[line_end:].split("\n") if line.strip()), "")
    marker = read_marker(below)
    return marker is not None and marker.style != style


def _form_template(title: str, lines: list[Line], title_line: int | None) -> bool:
    """Whether an attachment is a model form (FORM_TEMPLATE): titled so, or its title line over the note saying so."""
    if FORM_TEMPLATE_TITLE.search(title.strip()) is not None:
        return True
    if title_line is None:
        return False
    note = next((line.text.strip() for line in lines[title_line + 1 :] if line.text.strip()), "")
    return FORM_TEMPLATE_NOTE.match(note) is not None


def _appendix_of_annex(number: str, headings: list[Heading]) -> bool:
    """Is a 附录 line an appendix of the document a 附件 heading above it opened (APPENDIX_OF_ANNEX)?"""

    def label(heading: Heading) -> str:
        return re.sub(r"[ \u3000]", "", heading.number)[:2]

    above = next((h for h in reversed(headings) if label(h) in ("附件", "附录")), None)
    return (
        re.sub(r"[ \u3000]", "", number).startswith("附录")
        and above is not None
        and (above.level, label(above)) in ((1, "附件"), (2, "附录"))
    )


def _wrapped_title_line(lines: list[Line], index: int, title: str) -> int | None:
    """The last line that carries on an attachment's title broken over two lines or more, if one does
    (ATTACHMENT_TITLE_WRAPPED): the title on line ``index`` ends with no document kind, and the next lines with text -
    short, unnumbered, no sentence mark, up to ATTACHMENT_TITLE_LINES_MAX in all (SPAN_BROKEN_ANNEX_TITLE) -
    complete it with one."""
    if HEADLINE_END.search(title) is not None:
        return None
    joined, following = title, index
    for k in range(ATTACHMENT_TITLE_LINES_MAX - 1):
        above = following
        found = next((j for j in range(following + 1, len(lines)) if lines[j].text.strip()), None)
        if found is None:
            return None
        following = found
        rest = lines[following].text.strip()
        if len(rest) > HEADLINE_LINE_MAX or any(ch in HEADLINE_BREAKS for ch in rest) or read_marker(rest) is not None:
            return None
        if k and (following != above + 1 or SPACED_LINE.search(rest)):
            # SPAN_BROKEN_ANNEX_TITLE: a third line and on follow right below, no space inside (a table's row is
            # none: "附件1" / "绍兴市教育现代化“1610”一揽子政策体系" / "" / "1610政策体系" / "一个纲要\t…行动纲要")
            return None
        joined += rest
        whole = _LINE_SPACES.sub("", joined)  # "协 调 委 员 会 组 建 方 案"
        if HEADLINE_END.search(whole) is not None or whole.endswith(ATTACHMENT_TITLE_ENDS):
            return following
    return None


def _title_tail_line(lines: list[Line], i: int, heading: Heading) -> int | None:
    """The line that holds the last characters of the numbered heading read from line ``i``, if
    one does (TITLE_TAIL_LINE): the title runs to the end of a long line, ending in an ideograph,
    and the next line with text is a short run of ideographs with a line after it."""
    line = lines[i]
    content = line.text.rstrip()
    if not heading.number or heading.title_end != line.start + len(content) or not heading.title:
        return None
    if len(content.strip()) < TITLE_TAIL_LINE_MIN or not "\u4e00" <= content[-1] <= "\u9fff":
        return None
    following = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    if following is None or TITLE_TAIL.match(lines[following].text) is None:
        return None
    if _LINE_SPACES.sub("", lines[following].text) in NAMED_HEADINGS:
        return None
    after = next((j for j in range(following + 1, len(lines)) if lines[j].text.strip()), None)
    return following if after is not None else None


def _chapter_title_tail(lines: list[Line], i: int, heading: Heading) -> int | None:
    """The line that ends the title of the chapter heading read from line ``i``, if one does
    (CHAPTER_TITLE_OVER_LINES): a short plain line right above the chapter's first article."""
    if not heading.number.startswith("第") or not heading.number.endswith("章"):
        return None
    if not heading.title or not lines[i].text.rstrip().endswith(heading.title):
        return None  # the title runs to the line's end
    following = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    if following is None or CHAPTER_TITLE_TAIL.match(lines[following].text) is None:
        return None
    after = next((j for j in range(following + 1, len(lines)) if lines[j].text.strip()), None)
    return following if after is not None and ARTICLE_OPENS_LINE.match(lines[after].text) else None


def _sentence_per_line(lines: list[Line]) -> bool:
    """Does the text stand one sentence a line, its 。 turned into line breaks (SENTENCE_PER_LINE)?"""
    long_lines = [line.text for line in lines if len(line.text.strip()) >= SENTENCE_LINE_MIN_CHARS]
    stops = sum(INLINE_TITLE_END in text for text in long_lines)
    return len(long_lines) >= SENTENCE_LINES_MIN and stops <= SENTENCE_LINES_STOP_SHARE * len(long_lines)


def _parent(headings: list[Heading], k: int) -> int | None:
    return next((j for j in range(k - 1, -1, -1) if headings[j].level < headings[k].level), None)


def _same_style_siblings(headings: list[Heading], k: int, style: str) -> list[int]:
    """The other headings under heading k's parent, on its level, numbered in the marker style given."""
    parent = _parent(headings, k)
    return [
        j
        for j, other in enumerate(headings)
        if j != k
        and other.level == headings[k].level
        and _parent(headings, j) == parent
        and (mark := read_marker(other.number) if other.number else None) is not None
        and mark.style == style
    ]


def _without_entries_across_groups(headings: list[Heading]) -> list[Heading]:
    """The headings without the entries of a list numbered across its groups (ENTRIES_ACROSS_GROUPS):
    a run of one style, each number the last one's + 1, going on from one parent into the next
    at least ENTRIES_ACROSS_GROUPS_MIN times, none with headings of its own under it, in groups
    most of which carry a score (GROUP_SCORE)."""
    runs: list[list[int]] = []
    for style in ENTRIES_ACROSS_GROUPS_STYLES:
        last = 0
        for k, heading in enumerate(headings):
            marker = read_marker(heading.number) if heading.number else None
            if marker is None or marker.style != style:
                continue
            if runs and runs[-1] and marker.number == last + 1:
                runs[-1].append(k)
            else:
                runs.append([k])
            last = marker.number
        runs.append([])  # the next style starts runs of its own
    drop: set[int] = set()
    for run in runs:
        parents = [_parent(headings, k) for k in run]
        crossings = sum(a != b for a, b in itertools.pairwise(parents))
        leaves = all(k + 1 == len(headings) or headings[k + 1].level <= headings[k].level for k in run)
        groups = {p for p in parents if p is not None}
        scored = sum(GROUP_SCORE.search(headings[p].title) is not None for p in groups)
        if crossings >= ENTRIES_ACROSS_GROUPS_MIN and leaves and scored * 2 > len(groups):
            drop.update(run)
    return [h for k, h in enumerate(headings) if k not in drop]


def _after_lead_sentence(
    spaced: bool, lines: list[Line], i: int, headings: list[Heading], stack: list[tuple[str, int]], style: str
) -> bool:
    """Does item-style line i (its number 1) stand right under a body sentence that ends by
    announcing a list (LEAD_SENTENCE_LIST): not a heading line, ending in a colon, and item 1
    without a paragraph of its own?"""
    if style not in LEAD_LIST_STYLES or style in dict(stack):
        return False
    preceding = next((j for j in range(i - 1, -1, -1) if lines[j].text.strip()), None)
    if preceding is None:
        return False
    before = lines[preceding]
    if before.text.rstrip()[-1:] not in LEAD_SENTENCE_END:
        return False
    if headings and before.start <= headings[-1].start < before.end:
        return False
    # the first item has no paragraph of its own: the second one stands right under it, or the
    # line under it is no paragraph ending a sentence, set off by a blank line where blank lines
    # set paragraphs off
    following = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    second = read_marker(lines[following].text.strip()) if following is not None else None
    if second is not None and (second.style, second.number) == (style, 2):
        return True
    if (
        second is not None
        and second.number == 1
        and second.style in LEAD_LIST_STYLES
        and second.style != style
        and ENTRY_OVER_OWN_ITEMS_NOT_TITLE.search(lines[i].text.strip()) is None
    ):
        return False  # ENTRY_OVER_OWN_ITEMS: "1.普通高中（1900元/生•年）" / "（1）扶贫专项助学金…"
    if following is None or (spaced and _blank(lines, i + 1)):
        return False
    return lines[following].text.rstrip()[-1:] not in PARAGRAPH_END


def _unit_rank(style: str) -> tuple[str, int] | None:
    """The family and rank of a style whose depth is written in the marker: chapter units
    (篇 > 章 > 节, ``CHAPTER_UNIT_RANK``) and decimal numbering (1.1 above 1.1.1)."""
    if style.startswith("chapter:"):
        rank = CHAPTER_UNIT_RANK.get(style.split(":", 1)[1])
        return None if rank is None else ("chapter", rank)
    if style.startswith("decimal:"):
        return ("decimal", int(style.split(":", 1)[1]))
    return None


def _close_smaller_units(stack: list[tuple[str, int]], style: str) -> None:
    """Before a chapter or decimal marker opens: close every open unit of its family that ranks
    below it, with all below that (第一章 after 第四节; 10.6 after 10.5.3 read under 十、 when
    10.5 was lost), and close a named heading (总则) unless the marker is a 节."""
    ranked = _unit_rank(style)
    if ranked is None or style in [s for s, _ in stack]:
        return
    family, rank = ranked
    if (
        family == "chapter"
        and rank <= PARTS_ABOVE_ENUMERATIONS_RANK
        and stack
        and all(open_style in PARTS_ABOVE_ENUMERATIONS_STYLES for open_style, _ in stack)
    ):
        stack.clear()  # PARTS_ABOVE_ENUMERATIONS: a summary's 一、… before the parts
        return
    for index, (open_style, _) in enumerate(stack):
        open_ranked = _unit_rank(open_style)
        closes_named = family == "chapter" and rank < CHAPTER_UNIT_RANK["节"]
        if (open_style == NAMED_STYLE and closes_named) or (
            open_ranked is not None and open_ranked[0] == family and open_ranked[1] > rank
        ):
            del stack[index:]
            return


# A paragraph around a sub-heading of a dense text: a line at least this long ending a sentence.
MIN_PARAGRAPH_CHARS = 40


def _without_glued_page(
    line: Line, stack: list[tuple[str, int]], last_number: dict[str, int], headings: Sequence[Heading] = ()
) -> Line:
    """The line without a page number glued in front of its heading marker (GLUED_PAGE,
    PAGE_PREFIX); ``headings``: those read so far (UNOPENED_DECIMAL_PARENT)."""
    text = line.text
    named = GLUED_PAGE_BEFORE_NAME.match(text)
    if named is not None and re.sub(r"[ \t\u3000]+", "", text[named.end() :]) in NAMED_HEADINGS:
        return Line(text[named.end() :], line.start + named.end())
    top = next((n for style, n in stack if style in ("cn", "decimal:1") or style.startswith("chapter:")), None)
    if top is not None and GLUED_PAGE.match(text) is not None:
        for cut in range(1, 4):
            rest = text[cut:]
            marker = read_marker(rest)
            decimal = marker is not None and marker.style.startswith("decimal:") and marker.style != "decimal:1"
            if rest.startswith(f"{top}.") and decimal:
                return Line(rest, line.start + cut)
    page = PAGE_PREFIX.match(text)
    if page is None:
        return line
    written = next((h.number for h in reversed(headings) if DECIMAL_WRITTEN.match(h.number)), "")
    if _reads_in_sequence(text, stack, last_number, written):
        return line
    cuts = range(1, page.end() + 1) if text[:1].isdigit() else (page.end(),)
    for cut in cuts:
        rest = text[cut:].lstrip(" \t\u3000")
        offset = len(text) - len(rest)
        if (
            ATTACHMENT_TITLED.match(rest)
            or ATTACHMENT_LINE.match(rest)
            or ATTACHMENT_COLON_TITLED.match(rest)
            or _reads_in_sequence(rest, stack, last_number, written)
        ):
            return Line(rest, line.start + offset)
    return line


# UNOPENED_DECIMAL_PARENT (fixlin58, round 58): a decimal outline repeats its chapter's number ("7.4.1" under "7.4"
# under "七、…"), and the chapter may be no open decimal level: a 一、 chapter, or one not read at all (a chapter cut
# whose heading line is the file's title). A first child behind a glued page number, "617.4.1 全方位提升城市整体形象。
# 整合全媒体渠道，…" (page 61, sh-fyp14-ch07-culture, lineage58: 上海's 十四五 纲要), was then read in sequence at no
# cut (its 7 matched no open decimal:1) and was lost, 7.4.2 with it (out of sequence). A parent number of a level that
# is not open is checked against the written number of the last decimal heading read (7 of "7.4"): "17.4.1" is no
# child of it, "7.4.1" is.
DECIMAL_WRITTEN = re.compile(r"^\d{1,3}(?:\.\d{1,3})+$")


def _reads_in_sequence(text: str, stack: list[tuple[str, int]], last_number: dict[str, int], written: str = "") -> bool:
    """Does this line open the decimal heading that comes next: the next sibling of an open
    level (3.1.3 after 3.1.2), the first child of the deepest open one (2.1 under 2), or the next
    top-level number (PAGE_PREFIX)? ``written``: the last decimal heading's number, for a parent level
    not open (UNOPENED_DECIMAL_PARENT)."""
    parsed = read_heading_line(text)
    if parsed is None or parsed.marker is None or not parsed.marker.style.startswith("decimal:"):
        return False
    marker = parsed.marker
    open_numbers = dict(stack)
    if marker.style in open_numbers:
        return marker.number == open_numbers[marker.style] + 1
    depth = int(marker.style.split(":", 1)[1])
    if depth == 1:
        return marker.number == last_number.get(marker.style, 0) + 1
    parents = marker.written.split(".")[:-1]
    above = written.split(".")
    for level, part in enumerate(parents, start=1):
        expected = open_numbers.get(f"decimal:{level}")
        if expected is None and level < len(above):
            expected = int(above[level - 1])  # UNOPENED_DECIMAL_PARENT
        if part.isdigit() and expected != int(part):
            return False
    return marker.number == 1


def _listed_heading_line(text: str, toc_titles: dict[str, list[str]]) -> HeadingLine | None:
    """A numbered line too long for a heading whose start is a title the TOC lists for its
    marker: the heading line re-joined with its paragraph by a PDF extraction ("1.2 准确把握…新挑战
    “十四五”时期，上海发展环境…")."""
    marker = read_marker(text)
    if marker is None:
        return None
    rest = text[marker.length :]
    listed = [t for t in toc_titles.get(marker.written, ()) if t and rest.startswith(t)]
    if not listed:
        return None
    return HeadingLine(marker, max(listed, key=len), marker.length, False)


# A cover is short: at most this many lines above the text's first sentence (an infographic's
# run of short headings with no sentence before them is no cover).
MAX_COVER_LINES = 6


def _in_cover(lines: list[Line], i: int) -> bool:
    """Is line i one of the few short lines above a text's first sentence? They are its cover
    (title over two lines, "——在…上的报告", "（2017年10月18日）", the speaker), not sub-headings."""
    above = 0
    closed = False  # a line in brackets seen: the cover's byline or date (COVER_BYLINE)
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if text[-1] in SENTENCE_END or (closed and not COVER_NAME_LINE.match(text)):
            return index > i
        closed = closed or COVER_BYLINE.match(text) is not None
        above += 1
        if above > MAX_COVER_LINES:
            return False
    return False


def _counted_between(lines: list[Line], i: int, marker: Marker, last: int) -> bool:
    """Does the number before this marker's open a line between it and its style's last heading, a
    numbered line read as no heading (NUMBERED_PARAGRAPH_COUNTS)?"""
    if last < 1 or marker.number != last + 2:
        return False  # a numbering carried on across parents only: a list opening at 2 is no such run
    for line in reversed(lines[max(0, i - NUMBERED_PARAGRAPH_LOOKBACK) : i]):
        found = read_marker(line.text.strip())
        if found is not None and found.style == marker.style:
            return found.number == last + 1
    return False


def _after_untitled_decimal_first(lines: list[Line], i: int, marker: Marker, headings: list[Heading]) -> bool:
    """Is this decimal 2 the next point under the heading just above it, whose point 1 opens a line between them as a
    provision sentence, read as none (DECIMAL_UNTITLED_FIRST)?"""
    if not marker.style.startswith("decimal:") or marker.number != 2 or not headings:
        return False
    prefix = marker.written.rpartition(DECIMAL_PREFIX_SEPARATOR)[0]
    if not prefix or headings[-1].number != prefix:
        return False
    if TITLE_CLAUSE_OR_SENTENCE_MARK.search(lines[i].text.strip()[marker.length :]):
        return False  # a titled point stands alone as a title: "2.4.4.2　数据采集", no clause of a provision
    first = f"{prefix}{DECIMAL_PREFIX_SEPARATOR}1"
    for line in lines[:i]:
        if line.start < headings[-1].start:
            continue
        found = read_marker(line.text.strip())
        if found is not None and found.written == first:
            return True
    return False


def _untitled_first_entry(lines: list[Line], i: int, marker: Marker, stack: list[tuple[str, int]]) -> Heading | None:
    """The heading of a run's first entry that has no title of its own (UNTITLED_FIRST_ENTRY), when
    this titled run-in entry is the run's 2. and that 1. opens a line between it and the heading above;
    None otherwise."""
    if marker.number != 2 or marker.style not in UNTITLED_FIRST_ENTRY_STYLES or not stack:
        return None
    if marker.style in (s for s, _ in stack):
        return None
    if not _titled_run_in(lines[i].text):
        return None
    for k in range(i - 1, max(-1, i - NUMBERED_PARAGRAPH_LOOKBACK - 1), -1):
        text = lines[k].text.strip()
        found = read_marker(text)
        if found is None:
            continue
        if found.style != marker.style or found.number != 1:
            return None  # the heading above, or another list: no run of this style opens here
        sentence, stop, rest = text[found.length :].partition(INLINE_TITLE_END)
        sentence = sentence.strip()
        if not stop or rest.strip() or len(sentence) <= RUN_IN_TITLE_MAX or sentence[-1:] in LIST_ITEM_END:
            return None  # not one long sentence standing as its own paragraph
        offset = lines[k].text.find(sentence)
        return Heading(0, found.written, sentence, lines[k].start, lines[k].start + offset + len(sentence))
    return None


def _first_entry_under_part_above(lines: list[Line], i: int, marker: Marker, stack: list[tuple[str, int]]) -> bool:
    """Does this titled run-in 2. go on from a 1. of its style that opens a line under the part above it, the
    one heading between them that part's (FIRST_ENTRY_UNDER_PART_ABOVE)?"""
    if marker.number != 2 or marker.style not in FIRST_ENTRY_UNDER_PART_ABOVE_STYLES or not stack:
        return False
    if marker.style in (s for s, _ in stack) or not _titled_run_in(lines[i].text):
        return False
    parts = 0
    for k in range(i - 1, max(-1, i - NUMBERED_PARAGRAPH_LOOKBACK - 1), -1):
        found = read_marker(lines[k].text.strip())
        if found is None:
            continue
        if found.style == marker.style:
            return parts == 1 and found.number == 1
        if found.style != stack[-1][0] or parts:
            return False  # another list, or more than the one part heading between them
        parts += 1
    return False


def _toc_leader_entry(lines: list[Line], i: int) -> bool:
    """Is line i an entry of a table of contents whose leaders stand on lines of their own, or end its
    title, its page number lost (TOC_LEADER_ENTRY)? Lines of leaders alone are the entry's too."""
    text = lines[i].text
    if TOC_LEADER_LINE.match(text) or TOC_LEADER_TAIL.search(text):
        return True
    following = (lines[j].text for j in range(i + 1, len(lines)) if lines[j].text.strip())
    for line in itertools.islice(following, TOC_LEADER_LOOKAHEAD):
        if TOC_LEADER_LINE.match(line):
            return True
        if TOC_LEADER_PAST_PROSE.search(line):
            return False  # TOC_LEADER_PAST_PROSE
    return False


def _titled_item_line(lines: list[Line], i: int, style: str) -> bool:
    """Is line i a stand-alone titled line inside an untitled article (TITLED_ITEM_LINE: "（一）职工参保人员" over
    its own paragraphs), not one of the article's items: a short title with no mark at all, the next line with
    text neither a sibling of its style nor an article or a chapter?"""
    if style not in TITLED_ITEM_LINE_STYLES:
        return False
    stripped = lines[i].text.strip()
    marker = read_marker(stripped)
    if marker is None:
        return False
    title = stripped[marker.length :].strip()
    if not 0 < len(title) <= TITLED_ITEM_LINE_MAX or re.search(r"[。，,；;、：:！？!?）)]", title):
        return False
    following = next((line.text.strip() for line in lines[i + 1 :] if line.text.strip()), "")
    after = read_marker(following)
    if after is not None and (after.style == style or after.style.startswith("chapter:")):
        return False
    return bool(following) and ARTICLE_LINE.match(following) is None


def _titled_entries_in_article(lines: list[Line], i: int, style: str) -> bool:
    """Is line i one of the entries of an untitled article every one of which opens with a title of its own
    (TITLED_ENTRIES_IN_ARTICLE): run in before its text, or alone with its 。 over a paragraph of its own?"""
    if style not in TITLED_ITEM_LINE_STYLES:
        return False
    first = next((k for k in range(i, -1, -1) if ARTICLE_LINE.match(lines[k].text)), None)
    if first is None:
        return False
    entries: list[int] = []
    for k in range(first + 1, len(lines)):
        text = lines[k].text.strip()
        if ARTICLE_LINE.match(text) or CHAPTER.match(text):
            break
        marker = read_marker(text)
        if marker is not None and marker.style == style:
            entries.append(k)
    return len(entries) >= TITLED_ENTRIES_MIN and all(
        _titled_run_in(lines[k].text) or _titled_line_over_paragraph(lines, k, style) for k in entries
    )


def _titled_line_over_paragraph(lines: list[Line], i: int, style: str) -> bool:
    """Is line i a short title and its 。 alone, over a paragraph of its own (not its sibling, an article or a
    chapter: TITLED_ENTRIES_IN_ARTICLE)?"""
    stripped = lines[i].text.strip()
    marker = read_marker(stripped)
    if marker is None:
        return False
    title = stripped[marker.length :].strip().removesuffix("。")
    if not 0 < len(title) <= TITLED_ITEM_LINE_MAX or re.search(r"[。，,；;、：:！？!?]", title):
        return False
    following = next((line.text.strip() for line in lines[i + 1 :] if line.text.strip()), "")
    after = read_marker(following)
    if after is not None and (after.style == style or after.style.startswith("chapter:")):
        return False
    return bool(following) and ARTICLE_LINE.match(following) is None and CHAPTER.match(following) is None


def _titled_run_in(text: str) -> bool:
    """Does a numbered line open with a short title of its own, with its text after it
    (TITLED_RUN_IN_UNDER_ARTICLE: "（一）增进人类福祉。坚持…")?"""
    stripped = text.strip()
    marker = read_marker(stripped)
    if marker is None:
        return False
    title, stop, body = stripped[marker.length :].partition("。")
    return bool(stop and body) and 0 < len(title) <= RUN_IN_TITLE_MAX and not re.search(r"[，,；;、：:！？!?]", title)


def _task_table_header(lines: list[Line], i: int) -> bool:
    """Is line i a task table's duty cell ("牵头") with at least TASK_TABLE_HEADER_MIN short header
    cells right above it, blank lines aside (TASK_TABLE_HEADER)?"""
    if not TASK_TABLE_DUTY_CELL.match(lines[i].text):
        return False
    above = [line.text.strip() for line in lines[:i] if line.text.strip()][-TASK_TABLE_HEADER_MIN:]
    return len(above) == TASK_TABLE_HEADER_MIN and all(
        len(cell) <= TASK_TABLE_HEADER_CELL_MAX and read_marker(cell) is None and not re.search(r"[。，；：,;:]", cell)
        for cell in above
    )


def _is_paragraph(text: str) -> bool:
    """A line at least ``MIN_PARAGRAPH_CHARS`` long ending a sentence: running text."""
    stripped = text.strip()
    return len(stripped) >= MIN_PARAGRAPH_CHARS and stripped[-1:] in "。！？"


def _broken_box_caption(lines: list[Line], i: int) -> bool:
    """Is line i "专栏" alone over its number alone (BROKEN_BOX_CAPTION)?"""
    if BOX_CAPTION_ALONE.match(lines[i].text) is None:
        return False
    following = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    return following is not None and BOX_CAPTION_NUMBER_LINE.match(lines[following].text) is not None


def _group_row(lines: list[Line], i: int) -> bool:
    """Is line i a numbered line right over a row's bare number (TABLE_GROUP_ROW)?"""
    following = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    return (
        read_marker(lines[i].text.strip()) is not None
        and following is not None
        and BARE_NUMBER_LINE.match(lines[following].text) is not None
    )


def _next_cell(lines: list[Line], following: int | None) -> bool:
    """Is the line ``following`` a cell of an exploded table: a short label, a number, or a
    group row (TABLE_GROUP_ROW)?"""
    if following is None:
        return False
    text = lines[following].text
    return _cell_like(text) or NUMBER_CELL.match(text) is not None or _group_row(lines, following)


# FIRST_TITLE_AFTER_LEAD (fix30seg, round 30): an article's first unnumbered title follows its lead paragraph, not a
# heading: "…最终目的是改善公众健康和维护健康公平。" / "出台《方案》的重要意义" /
# "一是贯彻落实党中央决策部署的有力举措。…" (hn-health-in-all-policies-interp-2025; round-30 gold: level 1, like
# "《方案》的主要内容" after it). Before any heading a short line between paragraphs is a title only after a paragraph
# of body text (MIN_PARAGRAPH_CHARS), not after a notice's short lines.
def _paragraph_above(lines: list[Line], i: int) -> bool:
    return i > 0 and len(lines[i - 1].text.strip()) >= MIN_PARAGRAPH_CHARS


def _between_paragraphs(lines: list[Line], i: int) -> bool:
    """A short line standing right between the end of a paragraph and a paragraph (both whole
    sentences) is a sub-heading, in a text that writes no blank lines between paragraphs:
    "…空间结构。" / "一屏：山区生态屏障" / "充分发挥…。"."""
    before = lines[i - 1].text.strip() if i > 0 else ""
    after = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return _sentence_ended(before) and len(after) >= MIN_PARAGRAPH_CHARS and _sentence_ended(after)


def _sentence_ended(text: str) -> bool:
    """Does a paragraph end a sentence, with the mark or a quotation closed after it (QUOTED_PARAGRAPH_END)?"""
    return text[-1:] in "。！？" or QUOTED_PARAGRAPH_END.search(text) is not None


# SUB_TITLE_OVER_SHORT_PARAGRAPH (fix25seg, round 25): the unnumbered sub-titles of a portal article may each head
# one short paragraph, "办事更方便" / "证件申领、签注、注销及项目变更等业务均可全流程网上办理，…。" / "功能更丰富" /
# "…。" / "用证更安全" / "增加二维码和条形码，实现证件防伪、防盗用。" (th-e-residence-permit-guide-2024; gold: all
# three level 2): the last paragraph is too short for a dense text's paragraph (MIN_PARAGRAPH_CHARS), but the line
# stands as its sibling did, right after the one paragraph that sibling headed, over a sentence; both short
# (SHORT_SUB_TITLE_MAX: a PDF's lines wrapped at one width, "发边界管控、全域约束性生态资源保护（包含山水林田湖海" in
# nat-plan-checkup-rules-2020 rendered as PDF, are none).
SHORT_SUB_TITLE_MAX = 12


def _next_sub_title(lines: list[Line], i: int, last: Heading, level: int) -> bool:
    """Is line i the next of a run of unnumbered sub-titles over a paragraph each (SUB_TITLE_OVER_SHORT_PARAGRAPH)?"""
    if last.number or last.level != level or i < 2 or lines[i - 2].start != last.start:
        return False
    if max(len(last.title), len(lines[i].text.strip())) > SHORT_SUB_TITLE_MAX:
        return False  # a short title: a PDF's wrapped lines of a width are no run of sub-titles
    before = lines[i - 1].text.strip()
    after = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return _sentence_ended(before) and _sentence_ended(after)


# TITLE_OVER_FIRST_POINT (seg50, round 49): the next of a run of unnumbered titles may head numbered points, not a
# paragraph: "…并明确了市、区两级行政机关的职责和分工。" / "重点内容" / "（一）工程分类" after "主要内容" over its
# paragraph (sy-historic-building-repair-interp-2026, a graphic reading's panels one line each: the title was lost and
# its （一）…（三） read one level up, beside the panels). A short line right between a paragraph's end and a point
# numbered 1, after an unnumbered title at the level it would take, heads those points.
def _title_over_first_point(lines: list[Line], i: int, last: Heading, level: int) -> bool:
    """Is line i the next unnumbered title of a run, over the first of its numbered points (TITLE_OVER_FIRST_POINT)?"""
    if last.number or last.level != level or i < 1 or i + 1 >= len(lines):
        return False
    before = lines[i - 1].text.strip()
    marker = read_marker(lines[i + 1].text.strip())
    return (
        len(before) >= MIN_PARAGRAPH_CHARS
        and _sentence_ended(before)
        and marker is not None
        and marker.number == 1
        and not marker.style.startswith("chapter:")
    )


def _cell_like(text: str) -> bool:
    """A short line that is no sentence and carries no heading marker: a label, a number or a
    unit, as the cells of a table exploded one per line read."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= MAX_UNNUMBERED_HEADING_CHARS
        and stripped[-1] not in SENTENCE_END
        and read_marker(stripped) is None
    )


def _in_cell_run(lines: list[Line], i: int) -> bool:
    """Is line i in a run of at least ``TABLE_CELL_RUN`` short lines (blank lines aside) that
    holds a number standing alone?"""
    run = [i]
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines):
            text = lines[j].text
            if text.strip():
                if not _cell_like(text) and not NUMBER_CELL.match(text):
                    break
                run.append(j)
            j += step
    return len(run) >= TABLE_CELL_RUN and any(NUMBER_CELL.match(lines[j].text) for j in run)


def _numbered_run(lines: list[Line], first: int, max_chars: int | None = MAX_HEADING_CHARS) -> list[int]:
    """The numbered lines (at most ``max_chars`` long) from line ``first`` on (blank lines
    between them aside), up to the first line that is not one: a list such as the attachments
    a notice names, or a table's notes."""
    run = []
    for j in range(first, len(lines)):
        text = lines[j].text.strip()
        if not text:
            continue
        if read_marker(text) is None or (max_chars is not None and len(text) > max_chars):
            break
        run.append(j)
    return run


def _notes_numbered_on(lines: list[Line], label: int, first: Marker | None) -> list[int]:
    """The lines after a notes label whose first note stands on it (NOTES_FIRST_ON_LABEL): those
    numbered on in the first note's style, 2, 3, … in sequence (blank lines between them aside)."""
    run: list[int] = []
    if first is None or first.number != 1:
        return run
    for j in range(label + 1, len(lines)):
        text = lines[j].text.strip()
        if not text:
            continue
        marker = read_marker(text)
        if marker is None or marker.style != first.style or marker.number != first.number + len(run) + 1:
            break
        run.append(j)
    return run


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text.strip())


def _wide_line_width(lines: Sequence[str]) -> int:
    """The width of the text's wide lines (WRAPPED_BEFORE_CLAUSE_MARK): its WRAP_WIDE_LINES-th widest line's."""
    widths = sorted((_display_width(line) for line in lines), reverse=True)
    return widths[WRAP_WIDE_LINES - 1] if len(widths) >= WRAP_WIDE_LINES else 0


def _cut_before_clause_mark(lines: list[Line], i: int, wide: int | None = None) -> bool:
    """Is line i a sentence's first piece that a wrap at the text's width cut right before a clause mark
    (WRAPPED_BEFORE_CLAUSE_MARK): as wide as the wide lines, ending in an ideograph, the next line opening with the
    mark? ``wide``: the wide lines' width, when known."""
    text = lines[i].text.strip()
    if i + 1 >= len(lines) or not text or not "\u4e00" <= text[-1] <= "\u9fff":
        return False
    if lines[i + 1].text.strip()[:1] not in tuple(SENTENCE_GOES_ON_MARKS):
        return False
    width = _display_width(text)
    if width < CLAUSE_WRAP_MIN_WIDTH:
        return False
    return width >= WRAP_WIDE_SHARE * (_wide_line_width([ln.text for ln in lines]) if wide is None else wide)


def _wrapped_clause(lines: list[Line], i: int, parsed: HeadingLine) -> bool:
    """Is decimal-numbered line i a clause whose sentence a PDF wrapped onto the next line
    (CLAUSE_WRAP_SHARE): page-wide, no sentence end, and the next line, no heading, as wide or
    the sentence's last piece?"""
    marker = parsed.marker
    if marker is None or not marker.style.startswith("decimal:") or marker.style == "decimal:1":
        return False
    text = lines[i].text.strip()
    following = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    if text[-1:] in SENTENCE_END or following is None:
        return False
    after = lines[following].text.strip()
    if read_marker(after) is not None:
        return False
    width, next_width = _display_width(text), _display_width(after)
    if width < CLAUSE_WRAP_MIN_WIDTH or width < CLAUSE_WRAP_SHARE * next_width:
        return False
    return next_width >= CLAUSE_WRAP_SHARE * width or after[-1:] in "。！？"


def _sentence_item(text: str) -> Marker | None:
    """The marker of a numbered line that is one whole sentence (LIST_SENTENCE_END), if it is."""
    stripped = text.strip()
    marker = read_marker(stripped)
    if marker is None and LOST_NUMERAL_ITEM.match(stripped):
        marker = Marker("cn", LOST_NUMBER, "、", 1)  # LOST_NUMERAL_ITEM: "、工农业生产，…。"
    if marker is None or stripped[-1:] not in LIST_SENTENCE_END or "。" in stripped[:-1]:
        return None
    if labelled_sentence_title(marker, stripped[marker.length :]) is not None:
        return None  # "1、强化高校合作：与…。": a titled part, not a list's sentence
    return marker


def _in_sentence_list(lines: list[Line], i: int) -> bool:
    """Is line i in a run of at least LIST_RUN_MIN one-sentence numbered lines in sequence, each
    right under the one before (LIST_RUN_MIN)?"""
    marker = _sentence_item(lines[i].text)
    if marker is None:
        return False
    run = 1
    first = i
    for step in (-1, 1):
        j, number = i, marker.number
        while True:
            j = next((k for k in range(j + step, len(lines) if step > 0 else -1, step) if lines[k].text.strip()), -1)
            other = _sentence_item(lines[j].text) if j >= 0 else None
            if other is None or other.style != marker.style:
                break
            if other.number != number + step and LOST_NUMBER not in (other.number, number):
                break
            # LOST_NUMERAL_ITEM: an item without its number goes on the run's count; one after it sets it again
            number = (
                other.number if other.number != LOST_NUMBER else LOST_NUMBER if number == LOST_NUMBER else number + step
            )
            run += 1
            first = min(first, j)
    if run < LIST_RUN_MIN:
        return False
    if marker.style not in RUN_UNDER_HEADING_STYLES:
        return True
    above = next((k for k in range(first - 1, -1, -1) if lines[k].text.strip()), None)
    if above is None:
        return True
    # RUN_UNDER_HEADING: "四、车辆涂装样图" / "（一）…。" / "（二）…。": sub-headings, nothing announces them
    heading_above = read_heading_line(lines[above].text.strip())
    return not (
        heading_above is not None
        and heading_above.marker is not None
        and not heading_above.inline
        and lines[above].text.rstrip()[-1:] not in SENTENCE_END
        and MATERIALS_HEADING.search(heading_above.title) is None  # MATERIALS_LIST: "五、申报材料"
    )


def _above_table_row(lines: list[Line], i: int) -> bool:
    """Is the next line with text a table's row (cells joined by TABLE_CELL_SEPARATOR)? Then
    line i is the table's caption."""
    following = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    if following is None:
        return False
    row = lines[following].text.strip()
    # GLUED_FIGURES_ROW: "增减情况119951800254927.8%1316105313542.9%…" under "计划目标2005年“十五”"
    figures = sum(ch.isdigit() or ch in ".%‰" for ch in row)
    gapped = GAPPED_SENTENCE_ROW.match(row) is not None  # GAPPED_SENTENCE_ROW: a sentence with a PDF's gaps
    return (TABLE_CELL_SEPARATOR in row and not gapped) or (
        len(row) >= GLUED_FIGURES_ROW_MIN and figures >= GLUED_FIGURES_SHARE * len(row)
    )


def _in_signature(lines: list[Line], i: int) -> bool:
    """Is line i part of a notice's closing signature: the date ("2019年1月16日"), "（此件公开发布）",
    or the issuer's name right above the date line? A notice that ends after the plan's body
    (gov.cn pages) signs there; none of those lines heads a section."""
    text = lines[i].text.strip()
    if DATE_LINE.match(text) or NOTICE_END.match(text) or MONTH_DATE_LINE.match(text):
        return True
    following = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    if following is not None and DATE_LINE.match(lines[following].text.strip()) is not None:
        return True
    if _signers_above_date(lines, i):
        return True
    # the issuers above a year-and-month date (MONTH_DATE_LINE, SIGNATURE_LINES)
    for _ in range(SIGNATURE_LINES):
        if following is None:
            return False
        after = lines[following].text.strip()
        if MONTH_DATE_LINE.match(after):
            return True
        if not is_unnumbered_heading(after) or read_marker(after) is not None:
            return False
        following = next((j for j in range(following + 1, len(lines)) if lines[j].text.strip()), None)
    return False


def _speaker_above_salutation(lines: list[Line], i: int) -> bool:
    """Is line i a speech's speaker, the next line with text its salutation "同志们:" (SPEAKER_ABOVE_SALUTATION)?"""
    following = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    return following is not None and SALUTATION_LINE.match(lines[following].text) is not None


def _signers_above_date(lines: list[Line], i: int) -> bool:
    """Is line i one of a run of organ names, one a line, down to a date line (SIGNERS_ABOVE_DATE)?"""
    j: int | None = i
    for _ in range(JOINT_SIGNATURE_MAX_LINES + 1):
        if j is None:
            return False
        text = SIGNER_SPACING.sub("", lines[j].text)
        if DATE_LINE.match(text):
            return j != i
        if not SIGNER_LINE_WITH_MASS_ORGANISATIONS.match(text):  # MASS_ORGANISATION_SIGNERS
            return False
        j = next((k for k in range(j + 1, len(lines)) if lines[k].text.strip()), None)
    return False


def _items_run_together(line: str) -> bool:
    """Does this line start with a block's first item and hold its second one too?"""
    first = FIRST_ITEM_LINE.match(line)
    if first is None:
        return False
    marker = read_marker(line)
    return marker is not None and any(s in line for s in marker_spellings(marker.style, 2))


def _decimal_under_other_parent(marker: Marker, headings: list[Heading]) -> bool:
    """Is this decimal number (1.2, 3.1.4) the sibling of no open heading: its parent path differs from that of
    the last heading of its depth, yet it does not open its parent's children at 1 (DECIMAL_PARENT_PATH)?"""
    if not marker.style.startswith("decimal:") or marker.style == "decimal:1" or marker.number == 1:
        return False
    depth = marker.written.count(".")
    last = next(
        (h for h in reversed(headings) if h.number.count(".") == depth and DECIMAL_HEADING_NUMBER.fullmatch(h.number)),
        None,
    )
    if last is None:
        return False
    return last.number.rsplit(".", 1)[0] != marker.written.rsplit(".", 1)[0]


def _heading_from_line(
    line: Line,
    lines: list[Line],
    i: int,
    first_content: int | None,
    stack: list[tuple[str, int]],
    headings: list[Heading],
    issues: list[Issue],
    last_number: dict[str, int],
    toc_titles: dict[str, list[str]],
    in_attachment: bool = False,
    sentences: bool = False,
    lost_entries: int = 0,
    ordinal_title: bool = False,
) -> None:
    """Append the heading this line is, if it is one (numbered, or a short line alone);
    ``sentences``: the text stands one sentence a line (SENTENCE_PER_LINE); ``lost_entries``: how many numbers
    a titled run-in heading that goes on across parents may skip (PAGE_LOST_ENTRIES); ``ordinal_title``: the line is
    one of a run of 第n， title lines (ORDINAL_TITLE_OVER_PARAGRAPHS)."""
    parsed = read_heading_line(line.text, sentences) or _listed_heading_line(line.text, toc_titles)
    if parsed is None and ordinal_title:
        parsed = _claused_ordinal_title(line.text)
    if parsed is not None and parsed.marker is not None and _in_sentence_list(lines, i):
        return  # an item of a list (LIST_RUN_MIN)
    if parsed is not None and parsed.marker is not None and LINK_TITLE.fullmatch(parsed.title.strip()):
        # LINK_TITLE_NUMBERING: a breadcrumb numbered as a list ("3. [近期信息公开](https://…)") is no heading,
        # nor does its number open the style: "1.产业结构转型升级" under 四、 was read as a list restarting.
        return
    if parsed is not None and parsed.marker is not None and CUT_TEASER_TITLE.search(parsed.title.strip()):
        return  # a summary cut with an ellipsis, no heading (CUT_TEASER_TITLE)
    if parsed is not None and parsed.marker is not None and not parsed.inline and _wrapped_clause(lines, i, parsed):
        return  # a clause of a standard wrapped by the PDF (CLAUSE_WRAP_SHARE)
    if parsed is not None and parsed.marker is not None and STANDARD_CODE.search(parsed.title) is not None:
        return  # "第1部分：系统要求国家标准已发布GB/T33008.1-2016": a row of a list of standards (STANDARD_ROW)
    # PAGE_LOST_ENTRIES: only a titled run-in heading (a list's entries skip numbers in a paragraph)
    lost = lost_entries if parsed is not None and parsed.inline else 0
    if parsed is not None and parsed.marker is not None and not REFERENCE_ENTRY.match(parsed.title):
        marker = parsed.marker
        if marker.style == "padded" and marker.written[:1] != "0" and "decimal:1" in dict(stack):
            # "10  应急服务设施韧性能力建设" after "9  应急保障…": two digits are no zero-padding
            # (PADDED_ENUM) where bare numbers head the chapters; it is chapter 10, if it reads as
            # one (PLAIN_TITLE_BREAKS): "10  修剪树木，清理…" is a table's row.
            if parsed.inline or any(ch in line.text for ch in PLAIN_TITLE_BREAKS):
                return
            marker = replace(marker, style="decimal:1")
        if marker.style.startswith("labelled:") and _in_cell_run(lines, i):
            # LABELLED_ORDINAL in a table exploded one cell a line ("任务类型" / "序号" / "工作任务" /
            # "行动一：再造…行动" / "1" / "…"): the cell of a task table, not a catalogue's heading.
            return
        if marker.number == LOST_NUMBER and marker.style == "cn":
            j = next((j for j in range(i - 1, -1, -1) if lines[j].text.strip()), -1)
            above = lines[j].text.strip() if j >= 0 else ""
            if above[-1:] not in PARAGRAPH_END + LEAD_SENTENCE_END and (
                LOST_NUMERAL_CLAUSE.search(parsed.title)
                or (not SENTENCE_END_IN_LINE.search(line.text) and _sentence_piece(lines[j], headings))
                or (j == i - 1 and _cut_before_clause_mark(lines, j))
            ):
                # LOST_NUMERAL_SENTENCE: "、…。" after a line that ends no sentence is a wrapped tail;
                # SPAN_BROKEN_ENUMERATION: so is any "、…" under a piece of a sentence;
                # WRAPPED_BEFORE_CLAUSE_MARK: and any under a wide line a wrap cut before its 、
                return
        if marker.number == LOST_NUMBER and (marker.style == "cn" or marker.style.startswith("chapter:")):
            # "、1991一2000年的主要目标…": OCR lost the numeral; it is the next 一、 heading.
            # Its number follows the open heading of its style; none open (a new 章 or 节 closed it), it is 1.
            marker = replace(marker, number=dict(stack).get(marker.style, 0) + 1)
        _close_smaller_units(stack, marker.style)
        styles = [s for s, _ in stack]
        if marker.style in styles:
            previous = stack[styles.index(marker.style)][1]
            if _decimal_under_other_parent(marker, headings):
                return  # DECIMAL_PARENT_PATH: "2.69 万亿元上升到…" under 1.1, a wrapped line's quantity
            level = styles.index(marker.style) + 1
            sibling = next((h for h in reversed(headings) if h.level <= level), None)
            if (
                marker.number == 1 < previous
                and sibling is not None
                and sibling.level == level
                and sibling.number == LOST_NUMERAL_WRITTEN
            ):
                # OCR_ONE_AFTER_LOST: "一、提高日用工业品的自给水平" after "、加快…" / "、对现有…": OCR read 三
                # as 一 where it lost the numerals before it; the next heading of the run
                marker = replace(marker, number=previous + 1)
            if marker.number <= previous and not (marker.style.startswith("decimal:") and marker.number == 1):
                # A list restarting inside a paragraph, not the next sibling heading (2.1 after
                # 1.3 restarts under a new parent).
                return
            if marker.number > previous + 1 and marker.style == "decimal:1":
                # A bare number that skips ("11  加强燃气抗震装置的日常巡检和维护" after 9) is a table
                # row's or a page's number: the weakest marker must come in sequence (DECIMAL_TOP).
                return
            if marker.number > previous + 1:
                issues.append(
                    Issue(
                        code="numbering-gap",
                        message=f"heading {marker.written}{parsed.title} follows number {previous}",
                        start=line.start,
                    )
                )
        elif (
            not stack
            and marker.number != 1
            and not marker.style.startswith("chapter:")
            # FIRST_NUMBERED_UNDER_UNNUMBERED (fix24seg, round 24): unnumbered headings above change nothing for
            # arabic points: under a page's bold "温馨提示" a run whose （1） is a long sentence (no heading) goes on
            # "（2）已办理异地就医备案且经审批通过后，…" (gz-remote-medical-filing-2023): points, not headings starting
            # at 2. A （二） under titled articles (unnumbered: "第四条（支持范围）") is a section whose （一） was read
            # as a list entry (sh-renewable-fund-2020, lineage14): it still opens its run.
            and (
                not headings
                or (marker.style in FIRST_NUMBERED_UNDER_UNNUMBERED_STYLES and not any(h.number for h in headings))
            )
            and not _part_sequence_goes_on(lines, i, marker)
            and not (not parsed.inline and _opens_excerpt(lines, i, marker))
        ):
            # A document's first heading is numbered 1 (an excerpt may start at 第七章): "22 中共…
            # 意见" is a page number glued to the title line, not heading 22.
            return
        elif (
            marker.number != 1
            and stack
            and not marker.style.startswith("chapter:")
            and not (
                # PAGE_LOST_ENTRIES: the next number, or one after the entries a page break lost
                0 < last_number.get(marker.style, 0) < marker.number <= last_number.get(marker.style, 0) + 1 + lost
            )
            and (parsed.inline or not _counted_between(lines, i, marker, last_number.get(marker.style, 0)))
            and not _after_untitled_decimal_first(lines, i, marker, headings)
        ):
            # A new, deeper style starts at 1, or continues the numbering it had under the
            # previous parent (（五） under 二、 after （一）…（四） under 一、); otherwise it is a
            # list in a paragraph.
            first = _untitled_first_entry(lines, i, marker, stack) if parsed.inline else None
            if first is not None:
                # UNTITLED_FIRST_ENTRY: the run's 1. is one long sentence, titled by it
                headings.append(replace(first, level=push(stack, marker.style, 1)))
            elif not (parsed.inline and _first_entry_under_part_above(lines, i, marker, stack)):
                return
        level = push(stack, marker.style, marker.number)
        last_number[marker.style] = marker.number
        title = _without_footnote_mark(parsed.title, lines)
        listed = [t for t in toc_titles.get(marker.written, ()) if title.startswith(t)]
        if listed and (not parsed.inline or TOC_TITLE_OVER_GLUED_CUT):
            # The TOC says where the title ends: a heading line re-joined with the paragraph
            # after it ("（一）构建水生态安全格局,保障…服务综合考虑水源保护…"), also where the line
            # read as a title glued to its sentence found no cut (TOC_TITLE_OVER_GLUED_CUT).
            title = max(listed, key=len)
        title_end = line.start + parsed.title_offset + len(title)
        headings.append(Heading(level, marker.written, title, line.start, title_end))
    elif (
        not in_attachment
        and i != first_content
        and (any(h.number for h in headings) or not _in_cover(lines, i))
        and is_unnumbered_heading(line.text)
        and (any(h.number for h in headings) or not _title_lines_above_body(lines, i))
        and not _sentence_goes_on_below(lines, i)
        and not _in_cell_run(lines, i)
        and not _above_table_row(lines, i)
        and not _in_signature(lines, i)
        and not _speaker_above_salutation(lines, i)
        and (
            (_blank(lines, i - 1) and _blank(lines, i + 1))
            or ((headings or _paragraph_above(lines, i)) and _between_paragraphs(lines, i))
            or (headings and _next_sub_title(lines, i, headings[-1], len(stack) + 1))
            or (headings and _title_over_first_point(lines, i, headings[-1], len(stack) + 1))
        )
    ):
        title = line.text.strip()
        restarted = _restarted_style(lines, i, stack)
        if restarted is not None:
            # "中国经济面临的机遇与挑战" / "1. 机遇" after "未来五年，中国经济的10大趋势" / "1. …" /
            # … "10. …": the numbering restarts under the unnumbered heading, which is its parent
            # and a sibling of the one above the earlier run (UNNUMBERED_PARENT).
            level = [s for s, _ in stack].index(restarted) + 1
            _nest_run_under_unnumbered(headings, restarted, level)
            del stack[level - 1 :]
            push(stack, UNNUMBERED_PARENT_STYLE, 0)
            headings.append(Heading(level, "", title, line.start, line.start + len(line.text)))
            return
        if LETTER_SPACED.fullmatch(title) and len(_LINE_SPACES.sub("", title)) <= LETTER_SPACED_TITLE_MAX:
            # LETTER_SPACED_HEADING_TOP: "实 施" after the last chapter's points is a top title like "序 言"
            stack.clear()
            headings.append(Heading(push(stack, NAMED_STYLE, 0), "", title, line.start, line.start + len(line.text)))
            return
        asked = QUESTION_MARKER_LINE.match(title)
        if asked is not None:  # QUESTION_MARKER_LINE: a lone question's 问： is its number
            headings.append(Heading(len(stack) + 1, asked.group("marker"), asked.group("title"), line.start, line.end))
            return
        headings.append(Heading(len(stack) + 1, "", title, line.start, line.start + len(line.text)))


def _title_lines_above_body(lines: list[Line], i: int) -> bool:
    """Is line i one of the short lines of a title broken right above the first numbered heading, the last
    ending in a document's kind (TITLE_LINES_ABOVE_BODY)?"""

    def titled(k: int) -> bool:
        return is_unnumbered_heading(lines[k].text) and read_marker(lines[k].text.strip()) is None

    run = [i]
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and len(run) <= TITLE_LINES_ABOVE_BODY_MAX:
            if lines[k].text.strip():
                if not titled(k):
                    break
                run.append(k)
            k += step
        if step == 1:
            below = next((line.text.strip() for line in lines[k:] if line.text.strip()), "") if k < len(lines) else ""
    last = max(run)
    return (
        1 < len(run) <= TITLE_LINES_ABOVE_BODY_MAX
        and read_marker(below) is not None
        and TITLE_LINES_ABOVE_BODY_KIND.search(lines[last].text) is not None
    )


def _sentence_goes_on_below(lines: list[Line], i: int) -> bool:
    """Does the next line with text open with a clause or sentence mark (SENTENCE_GOES_ON_BELOW)?"""
    following = next((line.text.strip() for line in lines[i + 1 :] if line.text.strip()), "")
    # QUANTITY_GOES_ON_BELOW: "全省…“十四五”期间增长" / "18.40 万辆，结果详见表 2-2。"
    return bool(following) and (
        following[:1] in SENTENCE_GOES_ON_MARKS or QUANTITY_GOES_ON.match(following) is not None
    )


# The open-styles stack entry of a news report's keyword line over its sub-titles (KEYWORD_GROUP_LINE).
KEYWORD_GROUP_STYLE = "keyword-group"
# The open-styles stack entry of a second-level heading whose number the text lost (LOST_NUMBER_TOC_ENTRY).
LOST_NUMBER_STYLE = "lost-number"


def _lost_number_entries(toc: Toc | None) -> dict[int, set[str]]:
    """The titles of unnumbered TOC entries listed under each bare-numbered chapter (LOST_NUMBER_TOC_ENTRY),
    by the chapter's number. Only entries the next chapter, an appendix or a named heading closes count:
    unnumbered entries that run to the TOC's end after the last chapter are annexes, not its sections."""
    lost: dict[int, set[str]] = {}
    chapter: int | None = None
    pending: set[str] = set()
    for entry in toc.entries if toc else ():
        closing = (
            entry.style == "decimal:1"
            or _LINE_SPACES.sub("", entry.title) in NAMED_HEADINGS
            or LOST_NUMBER_NOT_ENTRY.match(entry.title) is not None
        )
        if closing and chapter is not None and pending:
            lost.setdefault(chapter, set()).update(pending)
        if closing or (entry.marker and not entry.style.startswith("decimal:")):
            chapter, pending = (entry.number if entry.style == "decimal:1" else None), set()
        elif not entry.marker and chapter is not None:
            pending.add(entry.title.strip())
    return lost


# The open-styles stack entry of an unnumbered heading whose numbered children restart at 1.
UNNUMBERED_PARENT_STYLE = "unnumbered-parent"


def _opens_excerpt(lines: list[Line], i: int, marker: Marker) -> bool:
    """Is this part heading the first of an excerpt that opens mid-part: every line before it a
    paragraph ending in a sentence mark (EXCERPT_FIRST_PART)?"""
    decimal_section = EXCERPT_LEAD_PDF_MARKS and DECIMAL_WRITTEN.match(marker.written) is not None
    if marker.style not in EXCERPT_FIRST_PART_STYLES and not decimal_section:
        return False
    before = [line.text.strip() for line in lines[:i] if line.text.strip()]
    # EXCERPT_UNDER_RED_HEAD: the red head a published file sets above the excerpt is no paragraph of it
    before = [text for text in before if not (RED_HEAD_ORGAN.match(text) or RED_HEAD_END.match(text))]
    if not before:
        # EXCERPT_OPENS_WITH_PART: the excerpt's first line is the part heading itself, a deeper run opening at 1
        # right below it ("**三、规划重点任务**" over "**（一）推动生态能级高标准跃升…**", cm-eco-civ-demo-2024)
        # EXCERPT_PART_LEAD: or below the part's lead paragraph, the first numbered line after its prose lines
        # EXCERPT_LEAD_PDF_MARKS: past a figure's caption, through a page number glued to that line
        own = marker.written.split(".") if decimal_section else [str(marker.number)]
        parsed = None
        lead = 0
        for line in lines[i + 1 :]:
            text = line.text.strip()
            if not text:
                continue
            if EXCERPT_LEAD_PDF_MARKS and EXCERPT_LEAD_CAPTION.match(text):
                continue
            parsed = read_heading_line(line.text)
            if EXCERPT_LEAD_PDF_MARKS and (glued := EXCERPT_LEAD_GLUED_PAGE.match(text)) is not None:
                parsed = _child_behind_page(text, glued.end(), own) or parsed
            if parsed is not None and parsed.marker is not None:
                break
            lead += len(text)
            if lead > EXCERPT_PART_LEAD_MAX_CHARS:
                return False
        if parsed is None or parsed.marker is None or parsed.marker.number != 1:
            return False
        if decimal_section:
            return parsed.marker.written.split(".")[:-1] == own
        return not parsed.inline and parsed.marker.style != marker.style
    return not decimal_section and all(text[-1] in SENTENCE_END for text in before)


def _child_behind_page(text: str, page_end: int, own: list[str]) -> HeadingLine | None:
    """EXCERPT_LEAD_PDF_MARKS: the decimal heading numbered 1 under the part numbered ``own`` that a line holds behind a
    page number glued before it, cut at most ``page_end`` digits in ("7910.1 推动…" under 十、 → "10.1 推动…")."""
    for cut in range(1, page_end + 1):
        parsed = read_heading_line(text[cut:])
        if (
            parsed is not None
            and parsed.marker is not None
            and parsed.marker.number == 1
            and parsed.marker.written.split(".")[:-1] == own
        ):
            return parsed
    return None


def _part_sequence_goes_on(lines: list[Line], i: int, marker: Marker) -> bool:
    """Is this 二、 the first of a run of parts whose 一、 was lost (LOST_FIRST_PART): the
    next number of its style opens a later heading line of its own?"""
    if marker.style not in LOST_FIRST_PART_STYLES:
        return False
    for line in lines[i + 1 :]:
        parsed = read_heading_line(line.text)
        if parsed is None or parsed.marker is None or parsed.marker.style != marker.style or parsed.inline:
            continue
        return parsed.marker.number == marker.number + 1
    return False


def _restarted_style(lines: list[Line], i: int, stack: list[tuple[str, int]]) -> str | None:
    """The open numbered style that the line after line i restarts at 1, if it does
    (UNNUMBERED_PARENT)."""
    parsed = None
    for line in lines[i + 1 :]:
        text = line.text.strip()
        if not text:
            continue
        parsed = read_heading_line(line.text)
        if parsed is not None and parsed.marker is not None:
            break
        if text[-1] not in SENTENCE_END or not RESTART_AFTER_PROSE:
            return None  # a line of another kind (a title, a cell) stands before any numbered one
    if parsed is None or parsed.marker is None or parsed.marker.number != 1:
        return None
    open_numbers = dict(stack)
    style = parsed.marker.style
    return style if style in UNNUMBERED_PARENT_OF and open_numbers.get(style, 0) > 1 else None


def _nest_run_under_unnumbered(headings: list[Heading], style: str, level: int) -> None:
    """The earlier run of ``style`` at ``level``, if an unnumbered heading at that level stands
    right above it, moves one level down under that heading: the two unnumbered headings are
    siblings, each heading its own numbered run."""
    run: list[int] = []
    for index in range(len(headings) - 1, -1, -1):
        heading = headings[index]
        if heading.level > level:
            run.append(index)
            continue
        marker = read_marker(heading.number) if heading.number else None
        if heading.level == level and marker is not None and marker.style == style:
            run.append(index)
            continue
        if heading.level == level and not heading.number and run:
            for j in run:
                old = headings[j]
                headings[j] = Heading(old.level + 1, old.number, old.title, old.start, old.title_end)
        return


# Characters per line above which a text is "glued": its line breaks were lost (a PDF
# extraction), so headings cannot be read line by line.
GLUED_CHARS_PER_LINE = 2000
# A text whose front matter kept its lines may still hold its whole body on one line (a notice's
# lines, then "按照…制定如下方案。一、总体要求以习近平…二、主要内容（一）…" as one paragraph; a 函's
# 附件 "为贯彻落实…制度。一、主要职责在党中央…二、成员单位联席会议由…"): a line longer than a long
# paragraph (GLUED_LINE_CHARS) whose top-level inline headings are parts numbered 一、 and 二、 at
# least (MIN_GLUED_LINE_PARTS; run in after a sentence's end, in sequence) has its headings read
# inline. A box's line of （一）（二）… items, or a run-together TOC of chapters, is no such body.
GLUED_LINE_CHARS = 500
MIN_GLUED_LINE_PARTS = 2
# SHORT_GLUED_TEXT (fix34seg, round 34): a short text that lost its line breaks, a page's opening of a few
# thousand bytes stored on one line ("县教育局2024年工作要点2024-04-04 393县教育局2024年工作要点2024年是…
# 以优异的成绩喜迎县庆40周年。一、实施党建铸魂工程(一)深入学习宣传党的创新理论。…", county-edu-points-2024
# joined; most of round 34's openings lost every heading so), is shorter than GLUED_CHARS_PER_LINE and its line
# holds one part only. A line that holds GLUED_BODY_SHARE of the text's characters is its body: its headings are
# read inline from one part on, when a point runs in under it (two headings at least).
GLUED_BODY_LINE_HEADINGS_MIN = 2
# BRACKETED_TOP_PARTS (join40): such a body line's top level may be （一）（二）… with no 一、 above them:
# "…不良行为记录信息限定在工程建设相关的信息范畴内。（一） 从业单位信用信息1. 企业基本信息：…（二）从业人员信用信息
# 1. …" (jj-credit-info-catalogue-notes-2011 joined, a portal's catalogue notes of 1,217 characters, heldout29: no
# heading read). Only on a line that holds the text's body (GLUED_BODY_SHARE): a line of a text that kept its lines
# holding （一）（二） is a box's or a paragraph's items.
# The parts hold text of their own (1. entries, a paragraph): a Q&A page's answer listing its one-sentence points
# "…的重点任务？（一）全面推广先进设备应用。（二）加快引导制造业数字赋能。…" (cq-industry-renewal-qa-2024 joined)
# holds a list, read under its bare question (BARE_QUESTION_INLINE); only marks stand between its entries
# (BRACKETED_TOP_PART_BARE).
BRACKETED_TOP_PART_STYLES = ("paren-cn",)
BRACKETED_TOP_PART_BARE = " \u3000。；;，,"
# SHORT_GLUED_LINE_MIN: such an opening may hold less than a long paragraph (GLUED_LINE_CHARS) once a mirror's pinyin
# glosses are read out of it: gx-farmland-upgrade-2023 joined, 1,156 characters as stored, 483 without its
# "(jue)" glosses ("…制定本方案。一、总体要求（一）指导思想以习近平…"), lost both its headings. A body line of at
# least a paragraph's length is read so.
SHORT_GLUED_LINE_MIN = 200


# GLUED_BODY: a text whose body lost its line breaks while a few short lines stayed apart above it
# (a PDF's red header "生态环境部文件" / "环发〔2019〕74号" over a crawl of one line, a page's title and
# date lines over its one-paragraph article) is glued too: at least this share of its characters
# stands in lines longer than GLUED_CHARS_PER_LINE.
GLUED_BODY_SHARE = 0.8
# PAGE_PER_LINE (fixseg41, round 40): a PDF extraction that joined each page's lines into one, a page line under
# each "—2—" mark: "—2—" / "一、准确把握涉网安全管理工作的总体要求（一）高度重视涉网安全管理工作。各市县…（三）压实各方
# 涉网安全管理责任。电力调度机构要加强…统一调度管" / "—3—" / "理，依据有关法律法规…" (hn-grid-safety-2025, a
# red-header joint notice of 12 pages of about 1,600 characters each, no line as long as GLUED_CHARS_PER_LINE: read
# line by line, its 29 headings were one). When at least half its lines, PAGE_LINES_MIN or more, are longer than a
# long paragraph (GLUED_LINE_CHARS) and hold GLUED_BODY_SHARE of its characters, and read inline it shows
# PAGE_HEADINGS_MIN headings a page or more (a page line read line by line shows one at most, its opening marker),
# it is read as glued. A text crawled onto one line whose paragraph marks put some breaks back has such lines too,
# with few headings among them (nat-fyp-9 joined: 20 long lines, 7 headings inline, 11 line by line; read inline,
# dev's joined figure went 0.811 -> 0.800): it stays read line by line.
PAGE_LINES_MIN = 3
PAGE_HEADINGS_MIN = 2


# INLINE_LABEL_VALUE (seg27, round 23): a part's label：value entry with no sentence in its value is titled by its
# label (LABEL_VALUE_LINE) in a text crawled onto one line as well: "一、主办单位、承办单位（一）主办单位：
# 生态环境部宣传教育司。（二）承办单位：生态环境部宣教中心。二、作品内容…" (nat-mascot-creative-call-2020, a
# data-set cell; heldout23 gold: 主办单位, 承办单位). Only where the entry's own full stop ends it.
INLINE_LABEL_VALUE_ENDS = "。；"


def is_glued(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    if len(text) > len(lines) * GLUED_CHARS_PER_LINE:
        return True
    in_long_lines = sum(len(line) for line in lines if len(line) > GLUED_CHARS_PER_LINE)
    return in_long_lines >= GLUED_BODY_SHARE * len(text)


def page_lines(text: str) -> int:
    """How many lines of a text that may hold a page a line are pages (PAGE_PER_LINE); 0 for any other text."""
    lines = [line for line in text.split("\n") if line.strip()]
    pages = [line for line in lines if len(line) > GLUED_LINE_CHARS]
    paged = (
        len(pages) >= PAGE_LINES_MIN
        and len(pages) * 2 >= len(lines)
        and sum(len(line) for line in pages) >= GLUED_BODY_SHARE * len(text)
    )
    return len(pages) if paged else 0


# Questions that make an interview's sections when it has no numbered headings.
MIN_QUESTIONS = 2
# A text this long with no heading found is worth a warning, whatever its layout: a plan of a few
# thousand characters without a single 一、 or 第一章 read is more likely misread than flat
# (a short notice or a one-paragraph letter is flat and stays quiet).
NO_HEADINGS_NOTICE_CHARS = 3000
# ARTICLES_WITHOUT_NOTICE: rules of untitled articles with no chapter have no heading by design — their articles
# (at least ARTICLE_LINES_MIN lines opening 第X条) are the plan's clauses (lineage.clauses.PLAN_BODY_ARTICLES), so
# the notice only alarms: 北京市行政执法监督办法 (2024, 北京市人民政府令第314号, a PDF of 3,295 characters, 21
# articles) warned "no headings found … the whole text is one section" on build, while the same series' shorter
# 北京市人民政府规章立法后评估办法 (27 articles) stayed quiet.
ARTICLES_WITHOUT_NOTICE = True
# A text with fewer characters than this after its TOC is only a TOC: its outline is the result.
TOC_ONLY_BODY_CHARS = 20


def headings_inline(
    text: str,
    start: int = 0,
    numbering: Mapping[str, int] | None = None,
    numbered_attachments: bool = True,
    nested: bool = False,
    in_attachment: bool = False,
    in_lines: bool = False,
) -> list[Heading]:
    """Headings of a text that lost its line breaks, read from the sequence of markers alone:
    a marker counts where it continues its style's numbering (一、 after 一、 is 二、; a new,
    deeper style opens at 1 or continues its numbering across parents). A title ends at the
    first full stop, at the next heading, or after ``MAX_HEADING_CHARS``."""
    bare = _appended_bare_label(text, start) if numbered_attachments else None
    if bare is not None:
        # APPENDED_BARE_LABEL: the letter's headings before it, the document's under its title, its own numbered
        # attachments (附件1…, APPENDED_NUMBERED_ATTACHMENTS) with them
        return _with_appended_document(text, start, bare)
    # APPENDED_NUMBERED_TABLES: an attachment's own tables, read in an attachment's text only
    nouns = APPENDED_LIST_NOUNS if in_attachment else APPENDED_LIST_NOUNS[:1]
    several = next((listed for noun in nouns if (listed := _appended_numbered_attachments(text, start, noun))), [])
    several = several if numbered_attachments else []
    if several:
        # APPENDED_NUMBERED_ATTACHMENTS: the letter's headings, then each attachment with its own under it
        letters = headings_inline(text[: several[0][0]], start)
        for k, (label, title_start, title_end) in enumerate(several):
            stop = several[k + 1][0] if k + 1 < len(several) else len(text)
            letters.append(Heading(1, text[label:title_start].strip(), text[title_start:title_end], label, title_end))
            # read from the title's end as a text of its own: a first part glued to the title opens it
            letters += [
                replace(h, level=h.level + 1, start=h.start + title_end, title_end=h.title_end + title_end)
                for h in headings_inline(text[title_end:stop], in_attachment=True)
            ]
        return letters
    appended = _appended_listed_attachment(text, start)
    if appended is not None:
        # APPENDED_LISTED_ATTACHMENT: the letter's headings before it, the attachment's under it
        label, title_start, title_end = appended
        letter = headings_inline(text[:label], start)
        attachment = Heading(1, text[label:title_start].strip(), text[title_start:title_end], label, title_end)
        # read from the title's end as a text of its own, as APPENDED_NUMBERED_ATTACHMENTS: the rules' articles before
        # it make no clauses of the attachment's points (ARTICLED_RULE_CLAUSES: "…第二十一条…同时废止。附件：…附件广州市
        # 就业见习基地申请程序一、经办机构（一）初核机构：…", gz-internship-base-rules-2019 joined, lost all 21 of them)
        attached = [
            replace(h, level=h.level + 1, start=h.start + title_end, title_end=h.title_end + title_end)
            for h in headings_inline(text[title_end:], in_attachment=True)
        ]
        return [*letter, attachment, *attached]
    issued = _appended_issued_title(text, start)
    if issued is not None:
        # APPENDED_ISSUED_TITLE: the letter's headings before it, the issued document's under its title
        title_start, title_end = issued
        letter = headings_inline(text[:title_start], start)
        document = Heading(1, "", text[title_start:title_end], title_start, title_end)
        # read from the title's end as a text of its own: the 一、 glued to the title ("清单一、") opens it
        attached = [
            replace(h, level=h.level + 1, start=h.start + title_end, title_end=h.title_end + title_end)
            for h in headings_inline(text[title_end:])
        ]
        return [*letter, document, *attached]
    cited = _appended_cited_title(text, start) if numbered_attachments else None
    if cited is not None:
        return _with_appended_document(text, start, cited)  # APPENDED_CITED_TITLE
    accepted = _inline_markers(text, start, numbering=numbering, nested=nested, in_attachment=in_attachment)
    plan_start = _attached_plan_start(text, start, accepted)
    if plan_start is not None:
        start = plan_start  # COVER_LETTER_POINTS: the letter's points are its front matter
        accepted = _inline_markers(text, start, numbering=numbering, nested=nested)
    first = _glued_first_part(text, start, accepted)
    if first is not None:
        accepted = _inline_markers(text, start, first, numbering, nested, in_attachment and plan_start is None)
    headings = []
    stopped: dict[int, str] = {}  # heading index → its title read up to its own 。 (SIBLINGS_WHOLE_AT_FULL_STOP)
    # SPARSE_TITLE_SPACES: no more word spaces in the text than its headings hold, each one ends a title
    sparse = len(TITLE_LINE_SPACE.findall(text, start)) <= SPARSE_TITLE_SPACES_PER_HEADING * len(accepted)
    provisions = _untitled_provisions(text, accepted)
    required = _requirement_provisions(text, accepted, provisions)
    pointed: set[tuple[str, int]] = set()  # (style, level) of points a lead sentence announced
    with_parts = _levels_with_headings_below(accepted)
    list_entries = _inline_list_entries(text, accepted)
    # STAND_ALONE_ENTRY_TITLE: only where the lost breaks left spaces, most markers after one, and where most of the
    # point's siblings stand alone too (STAND_ALONE_SIBLINGS)
    spaced_breaks = 2 * sum(at > 0 and text[at - 1] in " \u3000" for at, _, _, _ in accepted) >= len(accepted) > 0
    stand_alone = _stand_alone_entry_titles(text, accepted, sparse) if spaced_breaks else set()
    bulletin = STAT_BULLETIN.search(text, start, start + STAT_BULLETIN_LOOKAHEAD) is not None
    for index, (at, title_start, written, level) in enumerate(accepted):
        limit = accepted[index + 1][0] if index + 1 < len(accepted) else len(text)
        point = read_marker(written)
        style = point.style if point is not None else ""
        if (index in list_entries or index in required) and index not in stand_alone:
            continue  # STAND_ALONE_ENTRY_TITLE: a title on a line of its own over its paragraph is no list entry
        if (
            LEAD_POINTS_BEFORE.search(text, max(0, at - LEAD_POINTS_LOOKBACK), at)
            and level not in with_parts
            and not _points_with_glued_titles(text, accepted, index)
        ):
            pointed.add((style, level))
        counted = TITLE_COUNT_BRACKET.match(text, title_start, limit)
        if counted is not None and _goes_on_after_count(text, counted.end(), limit):
            # TITLE_COUNT_BRACKET: "（二）其他执法工作日（ 2471个工作日）|其他执法工作日，是指…" is titled, no provision
            headings.append(Heading(level, written, counted.group(), at, counted.end()))
            continue
        if (style, level) in pointed:
            # LEAD_POINTS: "现批复如下：一、原则同意…。二、…": a point's title is its first sentence.
            full_stop = re.search(r"[。！？\n]", text[title_start:limit])
            end = title_start + full_stop.start() if full_stop else limit
            title = text[title_start:end].strip()
            if title:
                headings.append(Heading(level, written, title, at, title_start + len(title)))
            continue
        if (
            index in provisions
            and _title_line_end(text, title_start, min(limit, title_start + MAX_HEADING_CHARS)) is None
        ):
            # UNTITLED_PROVISIONS: titled by the first sentence, up to its 。 or ：, however long
            # (a title on a line of its own, TITLE_LINE_SPACE, is no provision's sentence)
            title = _provision_sentence(text, title_start, limit).strip()
            sentence = title
            glued = _provision_title_end(title, text)
            if glued is not None:
                title = title[:glued]  # UNTITLED_PROVISIONS_GLUED: "（二）生态环境部|生态环境部委托…"
            if title:
                headings.append(Heading(level, written, title, at, title_start + len(title)))
                if _provision_sentence(text, title_start, limit, True).strip().endswith("。"):
                    stopped[len(headings) - 1] = sentence
            continue
        stop = min(limit, title_start + MAX_HEADING_CHARS)
        full_stop = re.search(r"[。；！？\n]", text[title_start:stop])
        title_end = title_start + full_stop.start() if full_stop else stop
        if full_stop and full_stop.group() == QUESTION_END:
            title_end += 1  # a question heading keeps its question mark, as read_heading_line does
        child = min(
            (
                found
                for rule in (FIRST_CHILD_GLUED_TO_TITLE, BRACKETED_CHILD_GLUED_TO_TITLE)
                if (found := rule.search(text, title_start, title_end)) is not None
            ),
            key=lambda found: found.start(),
            default=None,
        )
        if child is None:
            child = _enumeration_glued_to_title(text, title_start, title_end, limit)  # ENUMERATION_GLUED_TO_TITLE
        if child is None and style.startswith("chapter:"):
            child = min(
                (
                    found
                    for rule in (ARTICLE_ENDS_CHAPTER_TITLE, FIRST_CHAPTER_ENDS_CHAPTER_TITLE, POINT_ENDS_CHAPTER_TITLE)
                    if (found := rule.search(text, title_start, title_end)) is not None
                ),
                key=lambda found: found.start(),
                default=None,
            )  # "总则|第一条为…"; TOC_RUN_INTO_BODY: "附则|第一章　总　则…"; POINT_ENDS_CHAPTER_TITLE: "…职能|十二、…"
        if child is not None:
            title_end = child.start()  # FIRST_CHILD_GLUED_TO_TITLE: "信息管理端|1.访问地址…"
        spaced = _title_line_end(text, title_start, title_end, sparse)
        if spaced is not None and full_stop is not None and _wrapped_before_full_stop(text, spaced, title_end):
            spaced = None  # WRAP_SPACE_BEFORE_FULL_STOP: "（四）健全 科学补偿机制。"
        title = text[title_start : title_end if spaced is None else spaced].strip()
        # the title reached its own end: its full stop, the next heading, or a point or article glued to it
        # (TITLE_UP_TO_NEXT_HEADING: "第三章内容审核要求|第八条…" is whole, whatever opener 要 it holds)
        whole = full_stop is not None or stop == limit or child is not None
        up_to_next = (full_stop is None and stop == limit) or child is not None
        topic = TOPIC_TITLE.match(title) if spaced is None else None
        if topic is not None:
            glued = topic.end()  # TOPIC_TITLE: "关于…问题|…"
        elif spaced is not None:
            # GLUED_BEFORE_LINE_SPACE: the sentence glued to the title shows its opener before a wrap's space
            glued = _inline_title_cut(text[title_start:title_end].strip(), whole, up_to_next, text)
            glued = glued if glued is not None and 0 < len(title) - glued <= WRAPPED_OPENER_MAX else None
        else:
            glued = _inline_title_cut(title, whole, up_to_next, text)
        labelled = _inline_label_end(style, title)
        if labelled is not None and (glued is None or glued > labelled):
            glued = labelled  # INLINE_LABEL_SENTENCE: "（一）申报主体|：单位内部充电设施…由产权单位申报，…"
        if glued is not None:
            title = title[:glued]
        elif point is not None and full_stop is not None and full_stop.group() in INLINE_LABEL_VALUE_ENDS:
            # INLINE_LABEL_VALUE: "（一）主办单位：生态环境部宣传教育司。" read inline is titled by its label
            title = label_of_value_line(point, title) or title
        if bulletin and style == "cn":
            title = _bulletin_fields(text[title_start:title_end]) or title  # STAT_BULLETIN_SECTIONS
        if title:
            headings.append(Heading(level, written, title, at, title_start + len(title)))
            if full_stop is not None and full_stop.group() == "。" and spaced is None and child is None:
                stopped[len(headings) - 1] = text[title_start:title_end].strip()
    headings = _with_sibling_titles_whole(headings, stopped)
    headings = _without_one_sentence_clauses(text, headings)  # ONE_SENTENCE_CLAUSES
    repeated = _with_repeated_titles_after_parent(text, _with_repeated_titles_cut(headings))
    cut = _with_couplets_cut(_with_repeated_labels_cut(repeated))
    cut = _with_run_in_sentence_labels(text, cut)
    cut = _with_titles_whole_elsewhere(text, cut)  # TITLE_WHOLE_ELSEWHERE
    cut = _with_siblings_shared_subject_cut(text, cut)  # SIBLINGS_SHARED_SUBJECT
    # ENTRIES_ACROSS_GROUPS read inline as on lines: an assessment's indicator rows numbered on across its scored
    # groups ("（一）一体化政务服务平台建设（3分）|1．除涉密…。…（二）政务服务便民热线升级（2分）|3．…")
    cut = _without_entries_across_groups(cut)
    if not in_lines:
        # UNTITLED_ENTRIES_INLINE (after ENTRIES_ACROSS_GROUPS, which counts them all); a long line's entries are
        # judged with the whole text's (UNTITLED_ENTRIES)
        cut = _without_untitled_entries_inline(text, cut)
        cut = _without_mixed_provisions_inline(text, cut)  # MIXED_PROVISIONS_INLINE
    cut = _without_clause_provisions(text, cut)  # REVISION_CLAUSE, INTERPRETING_BODY_PROVISION read inline
    cut = _without_untitled_notice_provisions(text, cut)  # UNTITLED_NOTICE_PROVISIONS
    return _under_attached_plan(text, start, _without_article_clauses(text, cut))


# CLAUSE_PROVISION_BEFORE_CUT (fixseg53, round 53): a clause's words are judged as written, before any cut of its
# title: "四、本通知由海南省住房公积金管理局负责解释；本通知未涉及的…" read inline was titled "本通知由海南" (cut before
# 省, hi-hpf-downpayment-withdrawal-draft-2023 joined, heldout53), which names no interpreter: a level-1 heading.
CLAUSE_PROVISION_READ_CHARS = 80


def _without_clause_provisions(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without the leaves read inline that revise an article, name who interprets the document or when
    it takes effect (REVISION_CLAUSE, INTERPRETING_BODY_PROVISION, ENTRY_INTO_FORCE_PROVISION: clauses, as
    read_heading_line reads them on lines), each judged by its words as written (CLAUSE_PROVISION_BEFORE_CUT), and
    the chapters a reading describes (CHAPTER_DESCRIBED)."""

    def written(h: Heading) -> str:
        start = h.title_end - len(h.title)
        return text[start : start + CLAUSE_PROVISION_READ_CHARS] if text[start:].startswith(h.title) else h.title

    return [
        h
        for k, h in enumerate(headings)
        if not (
            h.number
            and (k + 1 == len(headings) or headings[k + 1].level <= h.level)
            and any(
                rule.match(form) is not None
                for rule in (REVISION_CLAUSE, INTERPRETING_BODY_PROVISION, ENTRY_INTO_FORCE_PROVISION)
                for form in (h.title, written(h))
            )
        )
        # CHAPTER_DESCRIBED read inline: "第一章总则。明确了…", a reading's note on a chapter
        and not (h.number.startswith("第") and h.number.endswith("章") and CHAPTER_DESCRIBED.match(written(h)))
    ]


def _with_appended_document(text: str, start: int, appended: tuple[int, int, int]) -> list[Heading]:
    """The headings of a text read inline that appends a document (APPENDED_CITED_TITLE, APPENDED_BARE_LABEL): the
    letter's before its label, then its title, then its own one level under it, read as a text of their own."""
    label, title_start, title_end = appended
    letter = headings_inline(text[:label], start)
    document = Heading(1, text[label:title_start].strip(), text[title_start:title_end], label, title_end)
    attached = [
        replace(h, level=h.level + 1, start=h.start + title_end, title_end=h.title_end + title_end)
        for h in headings_inline(text[title_end:], in_attachment=True)
    ]
    return [*letter, document, *attached]


def _enumeration_glued_to_title(text: str, title_start: int, title_end: int, limit: int) -> re.Match[str] | None:
    """The 一是 glued to a title read inline, its 二是 later in the same part (ENUMERATION_GLUED_TO_TITLE); None when
    there is none."""
    found = ENUMERATION_GLUED_TO_TITLE.search(text, title_start + ENUMERATION_GLUED_TITLE_MIN, title_end)
    if found is None or ENUMERATION_GLUED_NEXT not in text[found.end() : limit]:
        return None
    return found


def _holds_body(text: str, heading: Heading, headings: Sequence[Heading]) -> bool:
    """Does a heading read inline hold text of its own between its title and the next heading (BRACKETED_TOP_PARTS),
    not only its title's closing mark: a part, not a one-sentence entry ("（一）全面推广先进设备应用。|（二）")?"""
    following = min((h.start for h in headings if h.start > heading.start), default=len(text))
    return bool(text[heading.title_end : following].strip(BRACKETED_TOP_PART_BARE))


def _inline_label_end(style: str, title: str) -> int | None:
    """Where the short label that opens a part's entry read inline ends, at its colon, when a sentence follows it
    (INLINE_LABEL_SENTENCE); None when the entry opens with none."""
    label = LABEL_END.search(title, 0, INLINE_LABEL_MAX + 1)
    if style not in INLINE_LABEL_STYLES or label is None or label.start() < GLUED_TITLE_MIN - 2:
        return None
    if style in INLINE_STEP_LABEL_STYLES and label.start() > INLINE_STEP_LABEL_MAX:
        return None  # INLINE_LABELLED_STEP: a step's label is short
    head, value = title[: label.start()], title[label.end() :]
    if LABEL_CLAUSE_MARK.search(head) is not None or ORDINAL_LABEL_TITLE.fullmatch(head.strip()) is not None:
        return None
    if NOTATION_COLON.match(title, label.start()) or _inside_brackets(title, label.start()):
        return None
    return label.start() if LABEL_VALUE_SENTENCE.search(value) is not None else None


def _with_sibling_titles_whole(headings: list[Heading], stopped: Mapping[int, str]) -> list[Heading]:
    """The headings read inline, each title cut before an opener put back whole up to its own 。 where most of its
    siblings are run-in titles ending there uncut (SIBLINGS_WHOLE_AT_FULL_STOP)."""
    groups: dict[tuple[int, int, str], list[int]] = {}  # (parent index, level, marker style) → sibling indexes
    parents: list[int] = []
    for k, heading in enumerate(headings):
        while parents and headings[parents[-1]].level >= heading.level:
            parents.pop()
        marker = read_marker(heading.number) if heading.number else None
        groups.setdefault((parents[-1] if parents else -1, heading.level, marker.style if marker else ""), []).append(k)
        parents.append(k)
    whole = list(headings)
    for siblings in groups.values():
        short = [k for k in siblings if len(stopped.get(k, "")) <= RUN_IN_TITLE_MAX and k in stopped]
        uncut = [k for k in short if headings[k].title == stopped[k]]
        if len(siblings) < SIBLINGS_WHOLE_MIN or len(uncut) < SIBLINGS_WHOLE_SHARE * len(siblings):
            continue
        for k in short:
            title = stopped[k]
            cut = headings[k].title
            if (
                cut != title
                and cut[-2:] not in TITLE_HEAD_NOUNS + REPORT_HEAD_NOUNS
                and "\u4e00" <= title[len(cut)] <= "\u9fff"
            ):
                whole[k] = replace(
                    headings[k], title=title, title_end=headings[k].title_end + len(title) - len(headings[k].title)
                )
    return whole


def _short_titled_point(text: str, headings: list[Heading], k: int) -> bool:
    """SHORT_TITLED_POINT: heading ``k`` is titled by a short name cut before a status's time."""
    limit = headings[k + 1].start if k + 1 < len(headings) else len(text)
    rest = text[headings[k].title_end : limit].strip()
    return len(headings[k].title) <= SHORT_TITLED_POINT_MAX and (
        rest.startswith(SHORT_TITLED_POINT_OPENERS) or INLINE_TIME_OPENER.match(rest) is not None
    )


def _without_one_sentence_clauses(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings read inline without the （n） siblings that are a rule's one-sentence clauses
    (ONE_SENTENCE_CLAUSES): a run of ONE_SENTENCE_CLAUSES_MIN or more with no heading under any of them, half or more
    titled by their whole paragraph, one sentence a clause's length or with a clause mark."""
    groups: dict[tuple[int, int, str], list[int]] = {}  # (parent index, level, marker style) → sibling indexes
    parents: list[int] = []
    for k, heading in enumerate(headings):
        while parents and headings[parents[-1]].level >= heading.level:
            parents.pop()
        # a decimal number is read as a marker with the title after it ("1.1" alone is a quantity)
        marker = read_marker(heading.number + heading.title[:1]) if heading.number else None
        if marker is not None and (
            marker.style in UNTITLED_PROVISION_STYLES or marker.style in DECIMAL_ONE_SENTENCE_CLAUSE_STYLES
        ):
            groups.setdefault((parents[-1] if parents else -1, heading.level, marker.style), []).append(k)
        parents.append(k)
    drop: set[int] = set()
    for (_, _, style), siblings in groups.items():
        decimal = style in DECIMAL_ONE_SENTENCE_CLAUSE_STYLES
        least = DECIMAL_ONE_SENTENCE_CLAUSES_MIN if decimal else ONE_SENTENCE_CLAUSES_MIN
        if len(siblings) < least or any(
            k + 1 < len(headings) and headings[k + 1].level > headings[k].level for k in siblings
        ):
            continue
        if decimal and any(_short_titled_point(text, headings, k) for k in siblings):
            continue
        whole = 0
        for k in siblings:
            limit = headings[k + 1].start if k + 1 < len(headings) else len(text)
            title = headings[k].title
            rest = text[headings[k].title_end : limit].strip()
            long = len(title) > RUN_IN_TITLE_MAX or INLINE_CLAUSE_MARK.search(title) is not None
            if decimal:
                # titled by the whole sentence: up to its 。, or cut at MAX_HEADING_CHARS with its tail left (a title
                # that ends where a glued sentence opens is a point's own: "4.1.2 拓通道，实现六向联通|依托…")
                paragraph = title + rest
                one = len(ONE_SENTENCE_END.findall(paragraph)) == 1 and paragraph[-1:] in "。！？"
                whole += one and (rest[:1] in "。！？" or len(title) >= MAX_HEADING_CHARS)
                continue
            whole += ONE_SENTENCE_END.fullmatch(rest) is not None and ONE_SENTENCE_END.search(title) is None and long
        if whole >= ONE_SENTENCE_CLAUSES_SHARE * len(siblings):
            drop.update(siblings)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_untitled_entries_inline(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings read inline without a task list's untitled run-in entries (UNTITLED_ENTRIES_INLINE): the run-in
    leaves of one style and level whose titles stop at their own 。 or ；, dropped together when most of those titles
    are longer than a run-in title and break into clauses (UNTITLED_ENTRIES), the short titled ones kept where there
    are several (MIXED_TITLED_ENTRIES)."""
    groups: dict[tuple[str, int], list[int]] = {}
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or marker.style not in UNTITLED_ENTRIES_STYLES:
            continue
        limit = headings[k + 1].start if k + 1 < len(headings) else len(text)
        rest = text[heading.title_end : limit].strip()
        leaf = k + 1 == len(headings) or headings[k + 1].level <= heading.level
        if leaf and rest[:1] in UNTITLED_ENTRY_SENTENCE_ENDS and rest[1:].strip():
            groups.setdefault((marker.style, heading.level), []).append(k)
    drop: set[int] = set()
    for entries in groups.values():
        untitled = sum(
            UNTITLED_ENTRY_BREAKS.search(headings[k].title) is not None and len(headings[k].title) > RUN_IN_TITLE_MAX
            for k in entries
        )
        if len(entries) >= UNTITLED_ENTRIES_MIN and untitled * 2 > len(entries):
            titled = [k for k in entries if _short_run_in_title(headings[k].title)]
            kept = set(titled) if len(titled) >= MIXED_TITLED_ENTRIES_MIN else set()
            drop.update(k for k in entries if k not in kept)
    return [h for k, h in enumerate(headings) if k not in drop]


def _without_mixed_provisions_inline(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings read inline without the untitled provisions of a run of （n） leaves that mixes them with titled
    measures (MIXED_PROVISIONS_INLINE): one level, numbered on across parts, MIXED_TITLED_ENTRIES_MIN or more short
    titles closed by their own 。 with a paragraph after, no fewer than the provisions; the leaves titled by a whole
    one-sentence paragraph or by a clause-broken sentence cut at MAX_HEADING_CHARS are dropped."""
    runs: list[list[int]] = []
    last: dict[tuple[int, str], tuple[int, int]] = {}  # (level, style) → (run index, number)
    for k, heading in enumerate(headings):
        marker = read_marker(heading.number) if heading.number else None
        if marker is None or marker.style not in MIXED_PROVISIONS_INLINE_STYLES:
            continue
        key = (heading.level, marker.style)
        previous = last.get(key)
        if previous is not None and previous[1] < marker.number:  # numbered on (a number may be lost)
            run = previous[0]
            runs[run].append(k)
        else:
            run = len(runs)
            runs.append([k])
        last[key] = (run, marker.number)
    drop: set[int] = set()
    for members in runs:
        titled, provisions = 0, []
        for k in members:
            heading = headings[k]
            if k + 1 < len(headings) and headings[k + 1].level > heading.level:
                continue  # a part with points under it
            limit = headings[k + 1].start if k + 1 < len(headings) else len(text)
            rest = text[heading.title_end : limit].strip()
            stopped = rest[:1] in UNTITLED_ENTRY_SENTENCE_ENDS
            cut_at_max = len(heading.title) >= MAX_HEADING_CHARS and ONE_SENTENCE_END.search(heading.title) is None
            if stopped and rest[1:].strip() and _short_run_in_title(heading.title):
                titled += 1
            elif (stopped and not rest[1:].strip()) or (
                cut_at_max and UNTITLED_ENTRY_BREAKS.search(heading.title) is not None
            ):
                provisions.append(k)
        if MIXED_TITLED_ENTRIES_MIN <= titled >= len(provisions) >= MIXED_PROVISIONS_INLINE_MIN:
            drop.update(provisions)
    return [h for k, h in enumerate(headings) if k not in drop]


def _with_couplets_cut(headings: list[Heading]) -> list[Heading]:
    """The headings read inline, each couplet title of a run of siblings whose titles are couplets of one clause
    length, most of them glued to a sentence, ending after its second clause (COUPLET_TITLES)."""
    groups: dict[tuple[int, int], list[int]] = {}  # (parent index, level) → sibling indexes
    parents: list[int] = []
    for k, heading in enumerate(headings):
        while parents and headings[parents[-1]].level >= heading.level:
            parents.pop()
        groups.setdefault((parents[-1] if parents else -1, heading.level), []).append(k)
        parents.append(k)
    cut = list(headings)
    for siblings in groups.values():
        firsts = [len(re.split(r"[，、：；。\s]", headings[k].title, maxsplit=1)[0]) for k in siblings]
        n, count = Counter(firsts).most_common(1)[0]
        couplets = [k for k, m in zip(siblings, firsts, strict=True) if m == n and _couplet_rest(headings[k].title, n)]
        if not COUPLET_CLAUSE_MIN <= n <= COUPLET_CLAUSE_MAX or count < COUPLET_MIN:
            continue
        if count < COUPLET_SHARE * len(siblings) or len(couplets) < COUPLET_SHARE * count:
            continue
        ends = {k: _couplet_end(headings[k].title, n) for k in couplets}
        if sum(end is not None for end in ends.values()) < COUPLET_OPENER_SHARE * len(couplets):
            continue  # "坚持高端引领，提升四大历史|文化风貌区…": no sentence opens where the clauses match
        for k in couplets:
            heading = headings[k]
            title = heading.title[: n + 1 + (ends[k] or n)]
            cut[k] = replace(heading, title=title, title_end=heading.title_end - len(heading.title) + len(title))
    return _with_uneven_couplets_cut(groups, headings, cut)


def _with_uneven_couplets_cut(
    groups: dict[tuple[int, int], list[int]], headings: list[Heading], cut: list[Heading]
) -> list[Heading]:
    """The headings of ``cut``, each couplet of a run of siblings that no one clause length rules ending where a
    sentence opener starts near its first clause's length (UNEVEN_COUPLETS); headings COUPLET_TITLES cut are kept."""
    for siblings in groups.values():
        if any(cut[k] is not headings[k] for k in siblings):
            continue  # COUPLET_TITLES cut them
        firsts = {k: len(re.split(r"[，、：；。\s]", headings[k].title, maxsplit=1)[0]) for k in siblings}
        couplets = [
            k
            for k in siblings
            if COUPLET_CLAUSE_MIN <= firsts[k] <= UNEVEN_COUPLET_CLAUSE_MAX
            and headings[k].title[firsts[k] : firsts[k] + 1] == "，"
            and not INLINE_CLAUSE_MARK.search(headings[k].title, firsts[k] + 1)
        ]
        if len(couplets) < COUPLET_MIN or len(couplets) < COUPLET_SHARE * len(siblings):
            continue
        ends = {k: _uneven_couplet_end(headings[k].title, firsts[k]) for k in couplets}
        # those whose second clause runs on past the first's length (and its slack) are the glued ones
        runs_on = [
            k for k in couplets if len(_second_clause(headings[k].title, firsts[k])) > firsts[k] + UNEVEN_COUPLET_SLACK
        ]
        if not runs_on or sum(ends[k] is not None for k in runs_on) < COUPLET_OPENER_SHARE * len(runs_on):
            continue
        for k, end in ends.items():
            if end is None:
                continue
            heading = headings[k]
            title = heading.title[: firsts[k] + 1 + end]
            cut[k] = replace(heading, title=title, title_end=heading.title_end - len(heading.title) + len(title))
    return cut


def _second_clause(title: str, n: int) -> str:
    """A couplet's second clause, after its first of n characters and the ，."""
    return re.split(r"[，、：；。\s]", title[n + 1 :], maxsplit=1)[0]


def _uneven_couplet_end(title: str, n: int) -> int | None:
    """Where a couplet's second clause ends: at the sentence opener (INLINE_OPENERS, COUPLET_SENTENCE_OPENERS) that
    starts nearest n characters into it, within UNEVEN_COUPLET_SLACK (UNEVEN_COUPLETS); None when none does."""
    second = _second_clause(title, n)
    openers = INLINE_OPENERS + COUPLET_SENTENCE_OPENERS
    places = [
        end
        for end in range(max(GLUED_TITLE_MIN, n - UNEVEN_COUPLET_SLACK), n + UNEVEN_COUPLET_SLACK + 1)
        if len(second) - end >= 2 and second.startswith(openers, end)
    ]
    place = min(places, key=lambda end: (abs(end - n), end), default=None)
    return None if place is None else adverb_before_cut(second, place)  # ADVERB_OPENS_SENTENCE


def _couplet_end(title: str, n: int) -> int | None:
    """Where a couplet's second clause ends when a sentence opener (INLINE_OPENERS) starts after n characters
    of it, or after n + 1 (COUPLET_TITLES); None when none does."""
    second = title[n + 1 :]
    end = next((end for end in (n, n + 1) if second.startswith(INLINE_OPENERS, end)), None)
    return None if end is None else adverb_before_cut(second, end)  # ADVERB_OPENS_SENTENCE


def _couplet_rest(title: str, n: int) -> bool:
    """Is the title a couplet whose first clause has n characters and whose one second clause runs on a
    sentence's length past n characters (COUPLET_TITLES)?"""
    if title[n : n + 1] != "，" or INLINE_CLAUSE_MARK.search(title, n + 1):
        return False
    return len(title) - (n + 1) - n >= INLINE_TWO_CLAUSE_SENTENCE_MIN


def _bulletin_fields(title: str) -> str | None:
    """The fields a statistical bulletin's part is titled by, read off the start of its title run into its first
    sentence (STAT_BULLETIN_SECTIONS): field words joined by 和 / 与 / 、, up to a word that is none or one named
    already; None when it opens with no field."""
    at, end = 0, 0
    named: list[str] = []
    while True:
        field = max((f for f in STAT_BULLETIN_FIELDS if title.startswith(f, at)), key=len, default=None)
        if field is None or any(field[:2] == n[:2] for n in named):
            break
        named.append(field)
        at = end = at + len(field)
        if title.startswith(STAT_BULLETIN_JOINS, at):
            at += 1
    return title[:end] if end else None


def _with_repeated_titles_cut(headings: list[Heading]) -> list[Heading]:
    """The headings read inline, each one of a group that repeats a sub-heading under parallel parts
    (REPEATED_SUB_TITLE: the same number at the same level, REPEATED_SUB_TITLE_MIN times or more, every title the
    same words, most of them then a glued sentence of GLUED_SENTENCE_MIN characters or more) titled by those words."""
    groups: dict[tuple[int, str], list[int]] = {}
    for k, heading in enumerate(headings):
        groups.setdefault((heading.level, heading.number), []).append(k)
    cut = list(headings)
    for members in groups.values():
        if len(members) < REPEATED_SUB_TITLE_MIN:
            continue
        titles = [headings[k].title for k in members]
        # character by character is what is wanted here: the words all the titles open with
        shared = os.path.commonprefix(titles).rstrip(REPEATED_SUB_TITLE_TRAILING)  # noqa: RUF071
        if len(shared) < REPEATED_SUB_TITLE_CHARS or INLINE_CLAUSE_MARK.search(shared) is not None:
            continue
        glued = [t for t in titles if len(t) - len(shared) >= GLUED_SENTENCE_MIN]
        if len(glued) < REPEATED_SUB_TITLE_MIN or len(glued) < REPEATED_SUB_TITLE_SHARE * len(titles):
            continue
        for k in members:
            heading = headings[k]
            cut[k] = replace(heading, title=shared, title_end=heading.title_end - len(heading.title) + len(shared))
    return cut


def _with_repeated_titles_after_parent(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings read inline, each one of a group that repeats a sub-heading under parallel parts, each title
    opening with its parent's title, titled by that title and the words most of the group writes next
    (REPEATED_SUB_TITLE_AFTER_PARENT)."""
    groups: dict[tuple[int, str], list[tuple[int, int]]] = {}  # (level, number) → (index, parent index)
    parents: list[int] = []
    for k, heading in enumerate(headings):
        while parents and headings[parents[-1]].level >= heading.level:
            parents.pop()
        if parents and heading.number:
            groups.setdefault((heading.level, heading.number), []).append((k, parents[-1]))
        parents.append(k)
    cut = list(headings)
    for members in groups.values():
        named = [
            (k, len(headings[p].title))
            for k, p in members
            if len(headings[p].title) >= GLUED_TITLE_MIN and headings[k].title.startswith(headings[p].title)
        ]
        if len(named) < REPEATED_SUB_TITLE_MIN or len({p for _, p in members}) < len(members):
            continue
        # the words after the parent's name, read from the text up to the first clause mark
        rests = {}
        for k, n in named:
            heading = headings[k]
            title_start = heading.title_end - len(heading.title)
            stop = min(title_start + MAX_HEADING_CHARS, len(text))
            sentence = re.split(r"[。；！？\n]", text[title_start + n : stop], maxsplit=1)[0]
            rests[k] = INLINE_CLAUSE_MARK.split(sentence, maxsplit=1)[0]
        need = max(REPEATED_SUB_TITLE_MIN, REPEATED_SUB_TITLE_SHARE * len(members))
        shared = ""
        for rest in rests.values():
            for m in range(len(rest), len(shared), -1):
                if sum(r.startswith(rest[:m]) for r in rests.values()) >= need:
                    shared = rest[:m]
                    break
        # where most titles were cut already inside those words, a sentence opens there the same way under every
        # part ("保护任务|开展…流域…"): they end there
        ends = Counter(
            len(headings[k].title) - n
            for k, n in named
            if len(headings[k].title) - n < len(shared) and shared.startswith(headings[k].title[n:])
        )
        if ends and ends.most_common(1)[0][1] >= need:
            shared = shared[: ends.most_common(1)[0][0]]
        if len(shared) < REPEATED_SUB_TITLE_AFTER_PARENT_CHARS:
            continue
        for k, n in named:
            heading = headings[k]
            if not rests[k].startswith(shared):
                continue
            title = heading.title[:n] + shared
            start = heading.title_end - len(heading.title)
            cut[k] = replace(heading, title=title, title_end=start + len(title))
    return cut


def _with_run_in_sentence_labels(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings read inline, with the run-in labels ending in a full stop of entries laid out in them, one
    level below their entry, each entry's title ending before its first label (RUN_IN_SENTENCE_LABELS)."""
    siblings: dict[tuple[int, int], list[int]] = {}  # (parent index, level) → numbered sibling indexes
    parents: list[int] = []
    for k, heading in enumerate(headings):
        while parents and headings[parents[-1]].level >= heading.level:
            parents.pop()
        if heading.number:
            siblings.setdefault((parents[-1] if parents else -1, heading.level), []).append(k)
        parents.append(k)
    labels: dict[int, tuple[Heading, list[Heading]]] = {}  # entry index → (entry cut, its labels)
    for members in siblings.values():
        firsts: dict[int, str] = {}  # each entry's first sentence, up to its full stop
        for k in members:
            heading = headings[k]
            title_start = heading.title_end - len(heading.title)
            stop = headings[k + 1].start if k + 1 < len(headings) else len(text)
            end = text.find("。", title_start, min(stop, title_start + MAX_HEADING_CHARS))
            if end > title_start:
                firsts[k] = text[title_start:end]
        tails = Counter(first[-RUN_IN_LABEL_TAIL_CHARS:] for first in firsts.values())
        if not tails or tails.most_common(1)[0][1] < RUN_IN_LABEL_ENTRIES_MIN:
            continue
        tail = tails.most_common(1)[0][0]
        for k, first in firsts.items():
            heading = headings[k]
            title_start = heading.title_end - len(heading.title)
            stop = headings[k + 1].start if k + 1 < len(headings) else len(text)
            body = list(RUN_IN_LABEL_SENTENCE.finditer(text, title_start + len(first), stop))
            label = next(
                (
                    first[-len(m.group()) :]
                    for m in body
                    if first.endswith(tail) and first[-len(m.group()) :].startswith(m.group()[:RUN_IN_LABEL_HEAD_CHARS])
                ),
                None,
            )
            if label is None or len(first) - len(label) < GLUED_TITLE_MIN:
                continue
            title = first[: -len(label)]
            entry = replace(heading, title=title, title_end=title_start + len(title))
            level = heading.level + 1
            found = [Heading(level, "", label, entry.title_end, entry.title_end + len(label))]
            head = label[:RUN_IN_LABEL_HEAD_CHARS]
            found += [Heading(level, "", m.group(), m.start(), m.end()) for m in body if m.group().startswith(head)]
            labels[k] = (entry, found)
    if not labels:
        return headings
    out: list[Heading] = []
    for k, heading in enumerate(headings):
        entry, found = labels.get(k, (heading, []))
        out += [entry, *found]
    return out


def _with_titles_whole_elsewhere(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings read inline, each one whose text opens with the whole title of another numbered heading and then a
    modal (PROVISION_MODALS) titled by those words (TITLE_WHOLE_ELSEWHERE)."""
    whole = {
        h.title
        for h in headings
        if h.number
        and len(h.title) >= TITLE_WHOLE_ELSEWHERE_MIN
        and INLINE_CLAUSE_MARK.search(h.title) is None
        and text[h.title_end - len(h.title) : h.title_end] == h.title
        and not text.startswith(PROVISION_MODALS, h.title_end)
    }
    if not whole:
        return headings
    out = list(headings)
    for k, heading in enumerate(headings):
        start = heading.title_end - len(heading.title)
        if not heading.number or text[start : heading.title_end] != heading.title:
            continue
        found = max(
            (
                title
                for title in whole
                if title != heading.title
                and text.startswith(title, start)
                and text.startswith(PROVISION_MODALS, start + len(title))
            ),
            key=len,
            default=None,
        )
        if found is not None:
            out[k] = replace(heading, title=found, title_end=start + len(found))
    return out


def _shared_subjects(opening: str) -> dict[str, int]:
    """The bodies that may open the sentence glued to a title read inline (SIBLINGS_SHARED_SUBJECT) in its opening
    clause, each with where it first stands: words of up to REPEATED_LABEL_MAX characters ending in a body noun,
    GLUED_TITLE_MIN characters in or more, followed by what a subject does (SHARED_SUBJECT_FOLLOWERS)."""
    found: dict[str, int] = {}
    for end in range(GLUED_TITLE_MIN + 2, len(opening)):
        if not opening.endswith(SHARED_SUBJECT_NOUNS, 0, end) or not opening.startswith(SHARED_SUBJECT_FOLLOWERS, end):
            continue
        for n in range(len(SHARED_SUBJECT_NOUNS[0]) + 1, REPEATED_LABEL_MAX + 1):
            if end - n >= GLUED_TITLE_MIN:
                found.setdefault(opening[end - n : end], end - n)
    return found


def _with_siblings_shared_subject_cut(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings read inline, each of REPEATED_SUB_TITLE_MIN or more siblings whose first sentences open with the
    same body titled by the words before it (SIBLINGS_SHARED_SUBJECT)."""
    groups: dict[tuple[int, int, str], list[int]] = {}  # (parent index, level, style) → sibling indexes
    parents: list[int] = []
    for k, heading in enumerate(headings):
        while parents and headings[parents[-1]].level >= heading.level:
            parents.pop()
        marker = read_marker(heading.number) if heading.number else None
        if marker is not None:
            groups.setdefault((parents[-1] if parents else -1, heading.level, marker.style), []).append(k)
        parents.append(k)
    out = list(headings)
    for members in groups.values():
        if len(members) < REPEATED_SUB_TITLE_MIN:
            continue
        subjects: dict[int, dict[str, int]] = {}
        for k in members:
            start = headings[k].title_end - len(headings[k].title)
            stop = min(start + GLUED_TITLE_MAX, headings[k + 1].start if k + 1 < len(headings) else len(text))
            opening = SHARED_SUBJECT_OPENING_STOP.split(text[start:stop], maxsplit=1)[0]
            subjects[k] = _shared_subjects(opening)
        counts = Counter(word for found in subjects.values() for word in found)
        if not counts:
            continue
        word, count = max(counts.items(), key=lambda item: (item[1], len(item[0])))
        if count < REPEATED_SUB_TITLE_MIN:
            continue
        for k in members:
            at = subjects[k].get(word)
            if at is None:
                continue
            heading = headings[k]
            start = heading.title_end - len(heading.title)
            out[k] = replace(heading, title=text[start : start + at], title_end=start + at)
    return out


def _with_repeated_labels_cut(headings: list[Heading]) -> list[Heading]:
    """The headings read inline, each title that runs into a label its siblings repeat ("医学影像智能辅助诊断|基本
    概念：…") ending before that label (REPEATED_LABEL_IN_TITLE)."""
    tails: dict[int, Counter[str]] = {}  # level → the words before a colon, by their count
    leads: list[str | None] = []
    for heading in headings:
        colon = LABEL_END.search(heading.title)
        lead = heading.title[: colon.start()] if colon is not None else None
        leads.append(lead)
        if lead is not None:
            counts = tails.setdefault(heading.level, Counter())
            counts.update({lead[-n:] for n in range(2, REPEATED_LABEL_MAX + 1) if len(lead) - n >= GLUED_TITLE_MIN})
    cut = list(headings)
    for k, (heading, lead) in enumerate(zip(headings, leads, strict=True)):
        if lead is None:
            continue
        counts = tails[heading.level]
        found = [(counts[lead[-n:]], n) for n in range(2, REPEATED_LABEL_MAX + 1) if len(lead) - n >= GLUED_TITLE_MIN]
        if not found:
            continue
        count, n = max(found)  # the label the most siblings repeat; of those, the longest
        if count >= REPEATED_SUB_TITLE_MIN:
            title = lead[:-n]
            cut[k] = replace(heading, title=title, title_end=heading.title_end - len(heading.title) + len(title))
    return cut


def _without_article_clauses(text: str, headings: list[Heading]) -> list[Heading]:
    """Without the points after a rule's first article (ARTICLED_RULE_CLAUSES), when its articles run in
    sequence from 第一条; only its chapters stay, with its titled articles and their titled entries
    (INLINE_TITLED_ARTICLES)."""
    articles = _article_run(text)
    if len(articles) < ARTICLED_RULE_MIN:
        return headings
    first = articles[0].start()
    kept = [
        h
        for h in headings
        if h.start < first or ((marker := read_marker(h.number)) is not None and marker.style.startswith("chapter"))
    ]
    return _with_inline_titled_articles(text, kept, articles)


def article_run_start(text: str) -> int | None:
    """Where a rule's run of articles from 第一条 opens (ARTICLE_OPENING, ARTICLED_RULE_MIN articles in sequence at
    least, as ARTICLED_RULE_CLAUSES counts them); None when the text holds no such run (ARTICLES_BEFORE_ROW)."""
    articles = _article_run(text)
    return articles[0].start() if len(articles) >= ARTICLED_RULE_MIN else None


def _article_run(text: str) -> list[re.Match[str]]:
    """The articles of a text that run in sequence from 第一条 (ARTICLE_OPENING: 第一条, 第二条, … each the next)."""
    articles: list[re.Match[str]] = []
    for found in ARTICLE_OPENING.finditer(text):
        if cn_to_int(found.group("n")) == len(articles) + 1:
            articles.append(found)
    return articles


def _inline_titled_article(text: str, article: re.Match[str]) -> re.Match[str] | None:
    """The article read inline as TITLED_ARTICLE reads a line that opens with it; None when it opens with no title."""
    return INLINE_TITLED_ARTICLE.match(text, article.start(), article.end() + INLINE_TITLED_ARTICLE_REACH)


def _titled_article_entries(text: str, start: int, end: int, level: int) -> list[Heading]:
    """The points of an article read inline between ``start`` and ``end``, numbered in sequence from 1 within it, that
    open with a short title of their own ending at their 。 (TITLED_RUN_IN_UNDER_ARTICLE), at ``level``."""
    entries: list[Heading] = []
    last: dict[str, int] = {}
    for found in finditer_from_first(INLINE_HEADING, INLINE_HEADING_FIRST, text, start):
        if found.start() >= end:
            break
        group = "marker" if found.group("marker") else "joined" if found.group("joined") else ""
        if not group:
            continue
        marker = read_marker(found.group(group))
        if marker is None or marker.style not in ARTICLE_ITEM_STYLES or marker.number != last.get(marker.style, 0) + 1:
            continue
        last[marker.style] = marker.number
        title_start = found.end(group)
        line = text[found.start(group) : min(end, title_start + RUN_IN_TITLE_MAX + 1)]
        if _titled_run_in(line + INLINE_TITLED_ARTICLE_BODY):
            title = text[title_start : text.index("。", title_start)]
            entries.append(Heading(level, found.group(group), title, found.start(group), title_start + len(title)))
    return entries


def _with_inline_titled_articles(text: str, kept: list[Heading], articles: list[re.Match[str]]) -> list[Heading]:
    """The headings ``kept``, with the titled articles (INLINE_TITLED_ARTICLES: TITLED_ARTICLES, TITLED_CHAPTER_ARTICLES
    and TITLED_ARTICLE_RUN as the line reading judges them) one level below the chapter or section above them, and,
    where most articles are titled (or in a titled article), the points that open with a short title of their own."""
    titles = [_inline_titled_article(text, a) for a in articles]
    chapters = [(h, m) for h in kept if (m := read_marker(h.number)) is not None and m.style.startswith("chapter")]
    share = sum(t is not None for t in titles) >= TITLED_ARTICLES_SHARE * len(articles)
    groups: dict[int, list[int]] = {}  # chapter 章 count before the article → its articles
    runs: list[list[int]] = [[]]
    for k, article in enumerate(articles):
        chapter = sum(1 for h, m in chapters if h.start < article.start() and m.style == TITLED_CHAPTER_STYLE)
        groups.setdefault(chapter, []).append(k)
        if titles[k] is not None:
            runs[-1].append(k)
        elif runs[-1]:
            runs.append([])
    titled = {
        k
        for group in (*groups.values(), *runs)
        if share or (len(group) >= TITLED_CHAPTER_ARTICLES_MIN and all(titles[k] is not None for k in group))
        for k in group
        if titles[k] is not None
    }
    if not titled:
        return kept

    def below(at: int) -> int:
        """The level one below the chapter or section above ``at``, by the chapters' styles as a line reading nests
        them (a 节 under its 章), not by the levels read inline: a TOC run into the body may set those too deep."""
        stack: list[tuple[str, int]] = []
        for h, m in chapters:
            if h.start < at:
                push(stack, m.style, m.number)
        return len(stack) + 1 + under

    under = _chapters_under_letter(kept, chapters)  # CHAPTERS_UNDER_LETTER
    out = list(kept)
    for k in sorted(titled):
        found = titles[k]
        if found is not None:
            number, title = found.group("number"), found.group("title")
            out.append(Heading(below(found.start()), number, title, found.start("number"), found.end("title")))
    ends = [a.start() for a in articles[1:]] + [len(text)]
    for k, article in enumerate(articles):
        if not share and k not in titled:
            continue
        level = below(article.start()) + 1 if k in titled else below(article.start())
        out += _titled_article_entries(text, article.end(), ends[k], level)
    return sorted(out, key=lambda h: h.start)


def _chapters_under_letter(kept: list[Heading], chapters: list[tuple[Heading, Marker]]) -> int:
    """CHAPTERS_UNDER_LETTER: the levels the inline reading set a rule's chapters below a covering letter's numbered
    points read before them (the first chapter's level less one), or 0."""
    if not chapters:
        return 0
    first = chapters[0][0]
    before = [h for h in kept if h.start < first.start and h.number.strip()]
    if not before or any(h.level >= first.level for h in before):
        return 0
    return first.level - 1


def _inline_list_entries(text: str, accepted: list[tuple[int, int, str, int]]) -> set[int]:
    """The indexes of the arabic items read inline that are entries of a list (INLINE_ARABIC_LIST_ENTRY):
    a run of siblings is a list when half its items or more read as entries, and then all of them are
    (a list's last entry runs on into its clause's next sentence)."""
    runs: dict[tuple[int, str], list[int]] = {}  # (parent index, style) → sibling indexes
    parents: list[int] = []  # the index of the item open at each level above
    for index, (_, _, written, level) in enumerate(accepted):
        del parents[level - 1 :]
        marker = read_marker(written)
        if marker is not None and marker.style in (
            *INLINE_ARABIC_LIST_STYLES,
            *INLINE_SEMICOLON_LIST_STYLES,
            *INLINE_ANNOUNCED_LIST_STYLES,
        ):
            runs.setdefault((parents[-1] if parents else -1, marker.style), []).append(index)
        parents.extend([index] * (level - len(parents)))
    entries: set[int] = set()
    for (_, style), siblings in runs.items():
        first = accepted[siblings[0]][0]
        if style in INLINE_ANNOUNCED_LIST_STYLES and INLINE_ANNOUNCED_LIST.search(
            text, max(0, first - LEAD_POINTS_LOOKBACK), first
        ):
            entries.update(siblings)  # INLINE_ANNOUNCED_LIST: "…应满足以下3个条件。（一）…"
            continue
        if style in INLINE_SEMICOLON_LIST_STYLES:
            if len(siblings) > 1 and all(_inline_semicolon_entry(text, accepted, k) for k in siblings[:-1]):
                entries.update(siblings)  # INLINE_SEMICOLON_LIST
            continue
        first = accepted[siblings[0]][0]
        announced = LEAD_POINTS_BEFORE.search(text, max(0, first - LEAD_POINTS_LOOKBACK), first) is not None
        if announced and not _announced_points_enumerated(text, accepted, siblings):
            entries.update(siblings)  # announced by a colon: the points of one paragraph
            continue
        listed = [k for k in siblings if _inline_list_entry(text, accepted, k)]
        if 2 * len(listed) >= len(siblings):
            entries.update(siblings)
    return entries


# STAND_ALONE_ENTRY_TITLE (fixseg57, round 57): a （n） point whose title stood on a line of its own, its end shown by
# the space the lost break left (TITLE_LINE_SPACE), heads the paragraph below it even where a colon announced the
# points or most of them state requirements: "…特将以下要求列为本次活动的重点内容： （一）工地建设及施工文明标准化
# 切实抓好场地建设标准化，…具体做到：（1）…" and "五、推进措施 （一）完善机制 1.各组团（项目）建设指挥部…
# 应指定专人负责…" / "（三）经济措施 对标准化管理活动组织有力、…给予适当的经济奖励。"
# (pt-transport-works-standardization-2013, a crawl keeping its former breaks as spaces; heldout57 gold: stand-alone
# level-2 headings). A list's entries run on from their number, a label's value after its colon ("（一）组 长：王进足",
# a member list) or a sentence: no title stands alone over them. The title is short and holds no clause mark; the
# paragraph below it holds a sentence of its own or leads to the points under it ("…具体做到：").
def _stand_alone_over_paragraph(text: str, title_start: int, limit: int, sparse: bool) -> bool:
    """Does the point's title stand alone on its former line over a paragraph (STAND_ALONE_ENTRY_TITLE)?"""
    end = _title_line_end(text, title_start, min(limit, title_start + STAND_ALONE_TITLE_MAX + 1), sparse)
    if end is None:
        return False
    title = text[title_start:end].strip()
    paragraph = text[end:limit].strip()
    return (
        len(title) >= TITLE_LINE_SPACE_MIN
        and INLINE_CLAUSE_MARK.search(title) is None
        and len(paragraph) >= GLUED_SENTENCE_MIN
        and (INLINE_SENTENCE_END.search(paragraph) is not None or paragraph.endswith(("：", ":")))
    )


def _stand_alone_entry_titles(text: str, accepted: list[tuple[int, int, str, int]], sparse: bool) -> set[int]:
    """Indexes of the points whose title stands alone over a paragraph (STAND_ALONE_ENTRY_TITLE) where most of
    their siblings' do too (STAND_ALONE_SIBLINGS)."""
    groups: dict[tuple[int, int, str], list[int]] = {}  # (parent index, level, marker style) → sibling indexes
    parents: list[int] = []
    alone: set[int] = set()
    for index, (_, title_start, written, level) in enumerate(accepted):
        while parents and accepted[parents[-1]][3] >= level:
            parents.pop()
        point = read_marker(written)
        groups.setdefault((parents[-1] if parents else -1, level, point.style if point else ""), []).append(index)
        parents.append(index)
        limit = accepted[index + 1][0] if index + 1 < len(accepted) else len(text)
        if _stand_alone_over_paragraph(text, title_start, limit, sparse):
            alone.add(index)
    return {
        index
        for siblings in groups.values()
        if len(standing := alone.intersection(siblings)) >= STAND_ALONE_SIBLINGS_MIN
        and len(standing) >= STAND_ALONE_SIBLINGS_SHARE * len(siblings)
        for index in standing
    }


def _announced_points_enumerated(text: str, accepted: list[tuple[int, int, str, int]], siblings: list[int]) -> bool:
    """Do the points a colon announces each open with a short title sentence, most of them counting what they hold
    一是…二是… (ANNOUNCED_POINTS_ENUMERATED)?"""
    if len(siblings) < ANNOUNCED_POINTS_ENUMERATED_MIN:
        return False
    counted = 0
    for k in siblings:
        at = accepted[k][0]
        limit = accepted[k + 1][0] if k + 1 < len(accepted) else len(text)
        point = text[at:limit]
        if not _titled_run_in(point):
            return False
        first = ANNOUNCED_POINT_ENUMERATION.search(point)
        counted += first is not None and ANNOUNCED_POINT_ENUMERATION_NEXT in point[first.end() :]
    return counted >= ANNOUNCED_POINTS_ENUMERATED_SHARE * len(siblings)


def _inline_semicolon_entry(text: str, accepted: list[tuple[int, int, str, int]], index: int) -> bool:
    """Is one （n） read inline one clause ending at ； right before the next marker, with no headings
    below it (INLINE_SEMICOLON_LIST)?"""
    title_start, level = accepted[index][1], accepted[index][3]
    if index + 1 < len(accepted) and accepted[index + 1][3] > level:
        return False
    limit = accepted[index + 1][0] if index + 1 < len(accepted) else len(text)
    entry = text[title_start:limit].strip()
    return (
        entry[-1:] in tuple(INLINE_SEMICOLON_LIST_END)
        and INLINE_SENTENCE_END.search(entry) is None
        and INLINE_SEMICOLON_LIST_CLAUSE.search(entry) is None
    )


def _inline_list_entry(text: str, accepted: list[tuple[int, int, str, int]], index: int) -> bool:
    """Does one arabic item read inline read as a list's entry: a first clause ending at ；, or one
    sentence with nothing after it (INLINE_ARABIC_LIST_ENTRY)?"""
    title_start, level = accepted[index][1], accepted[index][3]
    if index + 1 < len(accepted) and accepted[index + 1][3] > level:
        return False  # headings of its own below it: a part, whatever its first sentence
    limit = accepted[index + 1][0] if index + 1 < len(accepted) else len(text)
    first = INLINE_ARABIC_ENTRY_END.search(text, title_start, limit)
    if first is not None and first.group() in "；;":
        return True
    end = INLINE_SENTENCE_END.search(text, title_start, limit)
    marker = read_marker(accepted[index][2])
    if marker is not None:
        glued_next = marker.written.replace(str(marker.number), str(marker.number + 1), 1)
        if glued_next in text[title_start : end.start() if end else limit]:
            return True  # the next entry glued to it with no mark between: "…细则2.排污单位…报告"
    return end is None or not text[end.end() : limit].strip()


def _title_line_end(text: str, start: int, end: int, sparse: bool = False) -> int | None:
    """Where an inline title that stood on a line of its own ends, at the space its line break left
    (TITLE_LINE_SPACE); None when no such space shows before ``end``. ``sparse``: the text's spaces are few, each a
    title's end, after a clause mark too (SPARSE_TITLE_SPACES)."""
    body = start + len(text[start:end]) - len(text[start:end].lstrip())
    space = TITLE_LINE_SPACE.search(text, body, end)
    if space is None or space.start() - body < TITLE_LINE_SPACE_MIN:
        return None
    clause = SPARSE_TITLE_SPACE_CLAUSE if sparse else TITLE_LINE_SPACE_CLAUSE
    if clause.search(text, body, space.start()) is not None:
        return None
    if _inside_brackets(text[body : space.start()], space.start() - body):
        return None  # "按照《排污单位自行监测技术指南 总则》": a space inside a cited title
    if space.start() - 1 - body >= GLUED_TITLE_MIN and TIME_WORD_BEFORE_CUT.match(text, space.start() - 1):
        return space.start() - 1  # TIME_WORD_BEFORE_CUT: "报名时间|自 2016年1月15日至…", not "报名时间自| 2016年…"
    return space.start()


def _single_listed_entry(text: str, at: int) -> int | None:
    """Where the title of an attachment list's only entry starts, after its number 1. (LISTED_SINGLE_ENTRY); None when
    the list at ``at`` numbers no entry or more than one."""
    entry = ATTACHMENT_LIST_ENTRY.match(text, at)
    if entry is None or entry.group("n") != "1":
        return None
    window = text[entry.end() : entry.end() + ATTACHMENT_LIST_WINDOW]
    if any(more.group("n") == "2" for more in ATTACHMENT_LIST_ENTRY.finditer(window)):
        return None
    return entry.end()


def _wrapped_before_full_stop(text: str, space: int, full_stop: int) -> bool:
    """Is the space a wrap inside a title that ends at its own full stop a few characters on
    (WRAP_SPACE_BEFORE_FULL_STOP), not the end of a title's line?"""
    rest = text[space:full_stop].strip()
    if rest.startswith(SENTENCE_OPENERS + INLINE_SENTENCE_OPENERS):
        return False  # LEAD_AFTER_TITLE_SPACE: "第一节 坚持党的全面领导 加强党的领导。"
    return len(rest) < GLUED_SENTENCE_MIN and not INLINE_CLAUSE_BREAK.search(rest)


def _appended_listed_attachment(text: str, start: int) -> tuple[int, int, int] | None:
    """The attachment a text read inline lists ("附件：T") and then appends with its label glued to its title
    ("附件T…", APPENDED_LISTED_ATTACHMENT): (label start, title start, title end); None when there is none."""
    listed = [m.end() for m in INLINE_ATTACHED_PLAN.finditer(text, start)]
    if not listed:
        return None
    # LISTED_SINGLE_ENTRY: "附件：1.T" lists one attachment by its number; its title follows the number
    listed = [_single_listed_entry(text, at) or at for at in listed]
    for match in APPENDED_ATTACHMENT.finditer(text, listed[0]):
        label = match.group().rstrip(" \u3000")
        if label[-1] in "：:" and (re.search(r"\d", label) or text.find("一、", start, listed[0]) >= 0):
            # APPENDED_LABEL_WITH_COLON: a bare 附件： only (附件1： cites or links an attachment: "（附件1：T）",
            # "附件1：T.docx"), and not where a letter with points of its own issues its plan (COVER_LETTER_POINTS)
            continue
        for at in listed:
            if at >= match.start():
                break
            shared = _folded_shared_prefix(text, at, match.end(), APPENDED_TITLE_MARKS)
            title = text[match.end() : match.end() + shared]
            if shared >= APPENDED_ATTACHMENT_TITLE_MIN and not re.search(r"[。；！？，：]", title):
                return match.start(), match.end(), match.end() + shared
    return None


def _appended_issued_title(text: str, start: int) -> tuple[int, int] | None:
    """The title of a document a letter with points of its own issues ("现将《T》印发给你们") repeated after the
    signature's date and followed by the document's own 一、 (APPENDED_ISSUED_TITLE): (title start, title end);
    None when there is none."""
    letter_point = text.find("一、", start)
    if letter_point < 0:
        return None
    for date in APPENDED_ISSUED_DATE.finditer(text, letter_point):
        for cited in APPENDED_ISSUED_CITED.finditer(text, start, date.start()):
            title = cited.group("title")
            end = date.end() + len(title)
            if text.startswith(title, date.end()) and APPENDED_ISSUED_FIRST_PART.match(text, end):
                return date.end(), end
        # UNLABELLED_ANNEX read inline: "…（具体要点附后）。…交通运输部2022年9月20日交通强国建设试点任务要点（北京工业
        # 大学）一、城市公共交通智能化技术研究（一）试点单位。…" (nat-transport-bjut-pilot-2022 joined, heldout8: the
        # annex's 一、 went on the letter's 四、 unread and its （一）…（四） rose a level); the title between the date
        # and the 一、 is a document's (UNLABELLED_ANNEX_TITLE) and the letter announced it (ANNEX_ANNOUNCED)
        first_part = text.find("一、", date.end(), date.end() + ATTACHED_PLAN_TITLE_MAX + 1)
        if (
            first_part > date.end()
            and UNLABELLED_ANNEX_TITLE.match(text[date.end() : first_part])
            and ANNEX_ANNOUNCED.search(text, start, date.start())
        ):
            return date.end(), first_part
    return None


def _appended_bare_label(text: str, start: int) -> tuple[int, int, int] | None:
    """The document a text read inline appends behind a bare 附： label, its title glued to the label and ending at its
    kind, its first part 一、 after a preamble (APPENDED_BARE_LABEL): (label start, title start, title end); None when
    there is none."""
    for bare in APPENDED_BARE_LABEL.finditer(text, start):
        if fold_title(bare.group("title")) in fold_title(text[start : bare.start()]):
            continue  # the plan the letter issues by its title, its body (APPENDED_BARE_LABEL_CITED)
        if text.find("一、", bare.end(), bare.end() + APPENDED_CITED_BODY_MAX) >= 0:
            return bare.start(), bare.start("title"), bare.end()
    return None


def _appended_cited_title(text: str, start: int) -> tuple[int, int, int] | None:
    """The document a text read inline cites as 《T》 (见附件) and then appends, its title T written bare behind an 附件
    label, its first part 一、 after a preamble (APPENDED_CITED_TITLE): (label start, title start, title end); None when
    there is none."""
    for cited in re.finditer(r"《([^《》\n]+)》", text[start:]):
        title = cited.group(1)
        pointed = APPENDED_CITED_POINTER.match(text, start + cited.end()) is not None
        if not pointed or not APPENDED_CITED_TITLE_MIN <= len(title) <= ATTACHED_PLAN_TITLE_MAX:
            continue
        at = text.find(title, start + cited.end())
        while at >= 0:
            label = APPENDED_CITED_LABEL.search(text, max(start, at - APPENDED_CITED_LABEL_MAX), at)
            end = at + len(title)
            if (
                label is not None
                and text[end : end + 1] != "》"
                and text.find("一、", end, end + APPENDED_CITED_BODY_MAX) >= 0
            ):
                return label.start(), at, end
            at = text.find(title, end)
    return None


def _appended_numbered_attachments(text: str, start: int, noun: str = "件") -> list[tuple[int, int, int]]:
    """The attachments a text read inline lists as numbered entries ("附件：1.T1 2.T2") and then appends, each
    labelled by its number and glued to its title ("附件1T1…附件2T2…", APPENDED_NUMBERED_ATTACHMENTS): per
    attachment (label start, title start, title end); empty unless every listed entry is found so, in order.
    ``noun``: 件 for 附件, 表 for an attachment's own tables (APPENDED_NUMBERED_TABLES)."""
    lists = INLINE_ATTACHED_PLAN if noun == "件" else re.compile(rf"附[ \u3000]*{noun}[ \u3000]*[：:][ \u3000]*")
    listed = lists.search(text, start)
    if listed is None:
        return []
    entries: list[re.Match[str]] = []
    for entry in ATTACHMENT_LIST_ENTRY.finditer(text, listed.end(), listed.end() + ATTACHMENT_LIST_WINDOW):
        if int(entry.group("n")) != len(entries) + 1:
            break  # the list's numbering ends (the appended 附件1. may fall in the window)
        entries.append(entry)
    if len(entries) < APPENDED_NUMBERED_MIN:
        return []
    found: list[tuple[int, int, int]] = []
    at = entries[-1].end()
    for entry in entries:
        label = re.compile(rf"附[ \u3000]*{noun}[ \u3000]*{entry.group('n')}(?![\d：:、])[.．]?")
        for match in label.finditer(text, at):
            shared = _folded_shared_prefix(text, entry.end(), match.end())
            title = text[match.end() : match.end() + shared]
            if shared >= APPENDED_ATTACHMENT_TITLE_MIN and not re.search(r"[。；！？，：]", title):
                dated = ATTACHMENT_TITLE_DATE.match(text, match.end() + shared)
                end = dated.end() if dated is not None else match.end() + shared
                found.append((match.start(), match.end(), end))
                at = end
                break
        else:
            if len(found) < APPENDED_NUMBERED_MIN or text.find(f"附{noun}", at) >= 0:
                return []
            break  # APPENDED_FIRST_ATTACHMENTS: the page appends its first attachments only, the others not at all
    if any(text.find(text[label:end], 0, listed.start()) >= 0 for label, _, end in found):
        return []  # a table of contents above lists the attachments as they are labelled: its reading holds
    return found


def _folded_shared_prefix(text: str, a: int, b: int, passed: str = "") -> int:
    """How many characters of the text at ``b`` repeat the text at ``a`` (up to ``b``), widths folded and
    spaces on either side passed over ("（征求意见稿）》编制说明" = "(征求意见稿)》编 制 说 明"); the count ends
    after the last character matched. ``passed``: marks the text at ``b`` may add, passed over too."""
    i, j, end = a, b, b
    while i < b and j < len(text):
        if text[j] in " \u3000" or (text[j] in passed and text[i] != text[j]):
            j += 1
            continue
        if text[i] in " \u3000":
            i += 1
            continue
        if unicodedata.normalize("NFKC", text[i]) != unicodedata.normalize("NFKC", text[j]):
            break
        i, j = i + 1, j + 1
        end = j
    return end - b


def _shared_prefix(text: str, a: int, b: int) -> int:
    """How many characters the text at ``a`` and at ``b`` share from there (up to ``b``)."""
    n = 0
    while a + n < b and b + n < len(text) and text[a + n] == text[b + n]:
        n += 1
    return n


def _inline_title_cut(title: str, whole: bool, up_to_next: bool, document: str = "") -> int | None:
    """Where an inline heading's title, read up to its full stop (``whole``) or a heading's length,
    ends when a first sentence is glued to it; None when it is whole. ``up_to_next``: it ran straight
    into the next heading."""
    # a task title (opening with a verb of work) that ends at no 。 of its own, or whose sentence
    # goes on past a clause mark, is a stand-alone title glued to its paragraph (INLINE_SENTENCE_OPENERS)
    stand_alone = (not whole or INLINE_CLAUSE_MARK.search(title) is not None) and title.startswith(INLINE_OPENERS)
    glued = None if title.endswith(QUESTION_END) else _glued_inline_title_end(title, stand_alone, document)
    word = next((w for w in AS_OF_WORDS_BEFORE_CUT if glued is not None and title.endswith(w, 0, glued)), "")
    if word and glued is not None and glued - len(word) >= AS_OF_TITLE_MIN:
        glued -= len(word)  # AS_OF_WORDS_BEFORE_CUT: "充电站|截至2024年6月底，…", not "充电站截至|…"
    if glued is not None and glued - 1 >= GLUED_TITLE_MIN and TIME_WORD_BEFORE_CUT.match(title, glued - 1):
        glued -= 1  # TIME_WORD_BEFORE_CUT: "…考务工作|本年度…", not "…考务工作本|年度…"
    if (
        glued is not None
        and glued > GLUED_TITLE_MIN
        and title[glued - 1] == PREPOSITION_BEFORE_CUT
        and title[glued - 2] not in PREPOSITION_WORD_HEADS
    ):
        glued -= 1  # PREPOSITION_BEFORE_CUT: "…项目激励|对智能网联…给予贴息", not "…项目激励对|智能网联…"
    if up_to_next and not INLINE_CLAUSE_MARK.search(title):
        glued = None  # TITLE_UP_TO_NEXT_HEADING: no sentence between it and the next heading
    if glued is None:
        return None
    if glued > len(INLINE_CLAUSE_MARK.split(title, maxsplit=1)[0]):
        # INLINE_TWO_CLAUSE_TITLE: the second clause already shows the title's end; its sentence
        # needs only a title's few characters ("…发挥现有设施能力|优化电力调度。")
        return glued if not whole or len(title) - glued >= INLINE_TWO_CLAUSE_SENTENCE_MIN else None
    if not whole or len(title) - glued >= GLUED_SENTENCE_MIN or _opens_after_head_noun(title, glued):
        return glued
    return None


def _points_with_glued_titles(text: str, accepted: list[tuple[int, int, str, int]], index: int) -> bool:
    """Do most of the points a colon announces, from ``index`` on at its level, show a title glued
    to their first sentence (LEAD_POINTS_GLUED_TITLES)?"""
    level = accepted[index][3]
    cuts = []
    for k in range(index, len(accepted)):
        _, title_start, _, lv = accepted[k]
        if lv < level:
            break
        if lv > level:
            continue
        limit = accepted[k + 1][0] if k + 1 < len(accepted) else len(text)
        stop = min(limit, title_start + MAX_HEADING_CHARS)
        full_stop = re.search(r"[。；！？\n]", text[title_start:stop])
        title = text[title_start : title_start + full_stop.start() if full_stop else stop].strip()
        whole = full_stop is not None or stop == limit
        # a title that ends at the space its line's end left is a title too (TITLE_LINE_SPACE; a crawl's bold title,
        # GLUED_BOLD_TITLE: "通知如下：一、认定范围 本市特困人员认定条件按…", gz-destitute-support-2021 joined)
        cuts.append(
            _inline_title_cut(title, whole, full_stop is None and stop == limit) is not None
            or _title_line_end(text, title_start, stop) is not None
        )
    return len(cuts) >= LEAD_POINTS_GLUED_MIN and sum(cuts) >= LEAD_POINTS_GLUED_SHARE * len(cuts)


# OPENER_PAST_BRACKETS (join26): an opener inside the title's quotes or brackets (the 以 of “以旧换新”) stopped the
# search for where a glued title ends, though the title's own end came after them: "一、开展全国家电“以旧换新”活动|
# 各地要发挥政府部门、行业协会…" (nat-green-appliances-2022 joined). The search goes on past them, their insides masked
# with characters no opener holds, each another (a run of one would read as the title's words repeated).
BRACKETS_MASK_FIRST = 0xE000  # private-use characters


def _brackets_masked(title: str) -> str:
    """The title with what its brackets and quotes hold (GLUED_TITLE_BRACKETS) masked, its length kept."""
    for pair in GLUED_TITLE_BRACKETS:
        opening, closing = pair[0], pair[1]
        inside = re.compile(f"(?<={re.escape(opening)})[^{re.escape(closing)}]*(?={re.escape(closing)})")
        title = inside.sub(lambda m: "".join(chr(BRACKETS_MASK_FIRST + i) for i in range(len(m.group()))), title)
    return title


def _inside_brackets(title: str, end: int) -> bool:
    """Does ``end`` fall inside a pair of brackets or quotes of the title (GLUED_TITLE_BRACKETS)?"""
    head = title[:end]
    return any(head.count(pair[0]) > head.count(pair[1]) for pair in GLUED_TITLE_BRACKETS)


# PROVISION_FROM_OPENERS (join53): the sentences that say from when a measure holds (START_FROM_YEAR_OPENER,
# FROM_ISSUE_DAY_OPENER) open after a title among untitled provisions as they do read inline: "（一）适用范围及时间|自本
# 文件发布之日起至 2023 年 2 月 20 日 24:00 止，在我县城市规划区内…" (fj-mingxi-housing-measures-2022, heldout49 joined:
# its points read as provisions titled by their sentence, cut at the colon of 24:00).
PROVISION_FROM_OPENERS = (START_FROM_YEAR_OPENER, FROM_ISSUE_DAY_OPENER)


def _provision_title_end(sentence: str, document: str = "") -> int | None:
    """Where a title glued to an untitled provision's first sentence ends (UNTITLED_PROVISIONS_GLUED): by the
    surest signs (restated_title_end), at a point glued to it (GLUED_POINT_ENDS_TITLE), or after a part's head noun
    followed by a sentence opener or a target year (PROVISION_HEAD_NOUN_GLUED); None when it shows none."""
    clause = re.split(r"[，、：；\s]", sentence, maxsplit=1)[0]
    ends = [restated_title_end(clause)]
    point = FIRST_CHILD_GLUED_TO_TITLE.search(sentence)
    ends.append(point.start() if point is not None else None)
    for opener in (INLINE_DATE_OPENER, INLINE_NOW_OPENER):
        dated = opener.search(sentence, GLUED_TITLE_MIN, len(clause) + 1)
        ends.append(dated.start() if dated is not None else None)  # INLINE_DATE_OPENER: "公布房源|2025年3月20日，…"
    for opener in PROVISION_FROM_OPENERS:
        since = opener.search(sentence, GLUED_TITLE_MIN, len(clause) + 1)
        ends.append(since.start() if since is not None else None)  # "适用范围及时间|自本文件发布之日起至…"
    head = head_noun_end(clause)
    if head is not None and (
        any(clause.startswith(o, head) for o in INLINE_OPENERS + PROVISION_HEAD_NOUN_SUBJECTS)
        or PROVISION_TARGET_YEAR.match(clause, head)
    ):
        ends.append(head)
    ends.append(_two_clause_line_end(sentence))  # TWO_CLAUSE_LINE_SPACE
    ends.append(_document_subject_start(clause, document))  # DOCUMENT_SUBJECT: "（三）配额清缴|重点排放单位应在…"
    found = [k for k in ends if k is not None and not _inside_brackets(sentence, k)]
    return min(found) if found else None


def _provision_sentence(text: str, start: int, limit: int, with_end: bool = False) -> str:
    """The first sentence of a paragraph read inline, up to its 。 or ： (kept with ``with_end``), or
    the next heading."""
    end = PROVISION_SENTENCE_END.search(text, start, limit)
    return text[start : (end.end() if with_end else end.start()) if end else limit]


def _untitled_provisions(text: str, accepted: list[tuple[int, int, str, int]]) -> set[int]:
    """The indexes of the run-in （n） paragraphs of a text read inline that are untitled provisions
    (UNTITLED_PROVISIONS): all of them, when most open with their subject, not with a task's verb."""
    entries = [
        (
            index,
            _provision_sentence(
                text, title_start, accepted[index + 1][0] if index + 1 < len(accepted) else len(text), True
            ),
        )
        for index, (_, title_start, written, _) in enumerate(accepted)
        if (marker := read_marker(written)) is not None and marker.style in UNTITLED_PROVISION_STYLES
    ]
    subject_led = [
        index
        for index, sentence in entries
        if not sentence.startswith((*TASK_VERB_OPENERS, *PROVISION_TASK_VERBS))
        and (
            INLINE_CLAUSE_MARK.search(sentence) is not None
            or len(sentence) > RUN_IN_TITLE_MAX
            or sentence.endswith(tuple(LEAD_SENTENCE_END))  # "（四）…的指导思想是："
        )
        and _titled_entry_end(sentence) is None
    ]
    if len(subject_led) < UNTITLED_ENTRIES_MIN or len(subject_led) < UNTITLED_PROVISIONS_SHARE * len(entries):
        return set()
    return {index for index, _ in entries}


def _requirement_provisions(text: str, accepted: list[tuple[int, int, str, int]], provisions: set[int]) -> set[int]:
    """The untitled provisions (UNTITLED_PROVISIONS) of the sibling runs most of whose first sentences state what
    shall or may be done, or ask it (REQUIREMENT_PROVISIONS, half of them at least): clauses, not headings."""
    runs: dict[int, list[int]] = {}  # parent index → sibling provisions
    parents: list[int] = []
    for index, (_, _, _, level) in enumerate(accepted):
        del parents[level - 1 :]
        if index in provisions:
            runs.setdefault(parents[-1] if parents else -1, []).append(index)
        parents.extend([index] * (level - len(parents)))
    required: set[int] = set()
    for siblings in runs.values():
        sentences = [
            _provision_sentence(
                text, accepted[k][1], accepted[k + 1][0] if k + 1 < len(accepted) else len(text)
            ).strip()
            for k in siblings
        ]
        asked = sum(
            (_requirement(s) or REQUEST_IN_CLAUSE.search(re.split(r"[，；,;。]", s, maxsplit=1)[0]) is not None)
            and not _titled_requirement(s)
            for s in sentences
        )
        if len(siblings) >= UNTITLED_ENTRIES_MIN and 2 * asked >= len(siblings):
            required.update(siblings)
    return required


def _titled_requirement(sentence: str) -> bool:
    """Is a provision's first sentence a run-in title opening with its modal (TITLED_REQUIREMENT)?"""
    short = len(sentence) <= RUN_IN_TITLE_MAX and UNTITLED_ENTRY_BREAKS.search(sentence) is None
    return short and sentence.startswith(PROVISION_MODALS)


def _titled_entry_end(sentence: str) -> int | None:
    """Where a short title glued to a （n） paragraph's first sentence ends, by an opener word that no
    provision's subject runs into (TITLED_ENTRY_OPENERS); None when the sentence shows none. The surest signs (a
    repeat, a deadline) are UNTITLED_PROVISIONS_GLUED's: a provision may show them and stay one."""
    clause = re.split(r"[，、：；\s]", sentence, maxsplit=1)[0]
    end = glued_clause_end(clause, TITLED_ENTRY_OPENERS)
    if end is None or end > TITLED_ENTRY_TITLE_MAX or clause[:end].endswith(PROVISION_MODALS):
        return None  # "（一）地方各级党委和政府要|坚持…": a subject and its modal, no title
    if not clause.startswith(TITLED_ENTRY_OPENERS, end):
        return None  # "（一）省级测试部门|2021年6月底前，…": a deadline, not an opener
    return end


def _attached_plan_start(text: str, start: int, accepted: list[tuple[int, int, str, int]]) -> int | None:
    """Where the plan a cover letter attaches begins (its 附件), when the letter numbers points of
    its own before it and the plan opens its own 一、 (COVER_LETTER_POINTS); None otherwise."""
    attached = None
    for match in INLINE_ATTACHED_PLAN.finditer(text, start):
        titled = ATTACHED_PLAN_KINDS.search(text, match.end(), match.end() + ATTACHED_PLAN_TITLE_MAX)
        if titled is not None and len(text) - match.start() > match.start() - start:
            attached = match
    if attached is None:
        return None
    letter = [w for at, _, w, _ in accepted if at < attached.start() and w.endswith("、")]
    if not letter:
        return None
    # the plan's own 一、 (an arabic 1、 after it numbers a table's rows or a task's points, not the plan's parts)
    first_part = next((m for m in _inline_markers(text, attached.end()) if _is_cn_part(m[2])), None)
    marker = read_marker(first_part[2]) if first_part is not None else None
    if marker is None or marker.number != 1:
        return None
    return attached.start()


def _is_cn_part(written: str) -> bool:
    """Is the marker a part's 一、 (not an arabic 1、)?"""
    marker = read_marker(written)
    return marker is not None and marker.style == "cn"


def _under_attached_plan(text: str, start: int, headings: list[Heading]) -> list[Heading]:
    """The headings of a plan issued as an attachment, read inline, under that attachment's
    heading (INLINE_ATTACHED_PLAN); the headings unchanged when no 附件 stands before the first."""
    if not headings:
        return headings
    attached = None
    for match in INLINE_ATTACHED_PLAN.finditer(text, start, headings[0].start):
        attached = match
    if attached is None:
        return headings
    for kind in ATTACHED_PLAN_KINDS.finditer(
        text, attached.end(), min(headings[0].start, attached.end() + ATTACHED_PLAN_TITLE_MAX)
    ):
        title = text[attached.end() : kind.end()]
        if NOTICE_LISTED_ATTACHMENT_SIGNED.match(text, kind.end()) is not None:
            return headings  # the notice's list of its attachments, over its signature (NOTICE_LISTED_ATTACHMENT)
        if title.count("《") == title.count("》") and not re.search(r"[。；！？]", title):
            number = text[attached.start() : attached.end()].strip()
            plan = Heading(1, number, title, attached.start(), kind.end())
            return [plan, *(replace(h, level=h.level + 1) for h in headings)]
    return headings


def _inline_markers(
    text: str,
    start: int,
    first: int | None = None,
    numbering: Mapping[str, int] | None = None,
    nested: bool = False,
    in_attachment: bool = False,
) -> list[tuple[int, int, str, int]]:
    """The markers of a text read inline that continue their style's numbering: (start, title
    start, marker, level) each. ``first``: where a glued first part's 一、 stands (GLUED_FIRST_PART).
    ``numbering``: the last number of each style open before the text (a glued line of a longer
    body, GLUED_LINE_GOES_ON); ``nested``: those styles stay open, in that order (NUMBERING_STAYS_OPEN).
    ``in_attachment``: the text is an attachment's, read from its title's end (DECIMAL_TOP_OPENS_ATTACHMENT)."""
    # NUMBERING_STAYS_OPEN: the open parts and sections, to the first style of another kind
    open_styles = list(itertools.takewhile(lambda item: item[0] in OPEN_NUMBERING_STYLES, (numbering or {}).items()))
    stack: list[tuple[str, int]] = open_styles if nested else []
    last_number: dict[str, int] = dict(numbering or {})
    last_written: dict[str, str] = {}  # DECIMAL_PREFIX_GOES_ON: the marker each style accepted last, as written
    accepted: list[tuple[int, int, str, int]] = []
    matches: list[tuple[int, int]] = []  # (marker start, end of the match)
    spaced: set[int] = set()  # SPACED_TITLE_LINE: where a part's 一、 after a word and a space stands
    for match in finditer_from_first(INLINE_HEADING, INLINE_HEADING_FIRST, text, start):
        group = next(g for g in ("marker", "joined", "spaced") if match.group(g))
        if group == "spaced":
            spaced.add(match.start(group))
        matches.append((match.start(group), match.end()))
        if match.group(group).startswith("第"):
            glued = _part_first_point(text, match.end())
            if glued is not None:
                matches.append((glued, glued + 2))  # PART_FIRST_POINT_GLUED
    if first is not None:
        matches.append((first, first + 2))
    matches += [(m.start(), m.end()) for m in GLUED_DECIMAL_POINT.finditer(text, start)]
    matches += [(m.start("first"), m.end("first")) for m in LEAD_GLUED_FIRST_PART.finditer(text, start)]
    # DECIMAL_TOP_OVER_FIRST_POINT: "…。2  现状分析2.1 …": chapter 2, its marker the figure and its spaces
    tops = {
        m.start(): Marker("decimal:1", int(m.group("number")), m.group("number"), m.end() - m.start())
        for m in DECIMAL_TOP_OVER_FIRST_POINT.finditer(text, start)
    }
    opening = DECIMAL_TOP_OPENS_ATTACHMENT.match(text, start) if in_attachment else None
    if opening is not None:
        tops[start] = Marker("decimal:1", 1, opening.group("number"), opening.end() - start)
    matches += [(at, at + top.length) for at, top in tops.items()]
    # CAPTION_BEFORE_MARKER: "图4 智能装备标准子体系|（1）…": the marker stands where a line starts
    # PAGE_DATE_BEFORE_MARKER: "…发布时间：2011-09-29|（一）…": the marker stands where a line starts too
    # UNIT_TAG_BEFORE_MARKER: "…责任单位：市财政局|二、加大…": so does a part's after its units' tag line
    captioned = {
        m.start("marker")
        for rule in (CAPTION_BEFORE_MARKER, PAGE_DATE_BEFORE_MARKER, UNIT_TAG_BEFORE_MARKER)
        for m in rule.finditer(text, start)
    }
    matches += [(at, at + 1) for at in captioned]
    dated = {m.start("marker") for m in PAGE_DATE_BEFORE_MARKER.finditer(text, start)}
    # GLUED_BRACKETED_POINT_GOES_ON: "…的关键时期（1）“十四五”…": a bracketed point within a title's length of a part's
    # marker found, no clause or sentence mark between, is a candidate; INLINE_ARABIC_GLUED takes it right after a title
    matches += [
        (m.start(), m.end())
        for at, end in list(matches)
        if (part := read_marker(text[at:end])) is not None
        and part.style in GLUED_BRACKETED_POINT_PARENTS
        and (m := GLUED_BRACKETED_POINT.search(text, end, end + RUN_IN_TITLE_MAX + GLUED_BRACKETED_POINT_REACH))
        and m.start() - end <= RUN_IN_TITLE_MAX  # LISTED_PART_TITLE: the point starts within a title's length
        and GLUED_BRACKETED_POINT_TITLE_MARK.search(text, end, m.start()) is None
    ]
    proper_parts = {(text[at:end], at) for at, end in matches}
    glued_parts = [
        m
        for m in GLUED_PART.finditer(text, start)
        if not _written_later(m, proper_parts)
        and GLUED_PART_AFTER_PART.search(text, max(start, m.start() - RUN_IN_TITLE_MAX * 2), m.start()) is None
    ]
    paren = list(GLUED_PAREN_PART.finditer(text, start))
    written = proper_parts | {(m.group(), m.start()) for m in paren}  # GLUED_PAREN_RUN: glued parts in a row
    glued_parts += [m for m in paren if _next_written_next(m, written)]
    matches += [(m.start(), m.end()) for m in glued_parts]
    glued_at = {m.start() for m in glued_parts}
    matches = sorted(dict(matches).items())  # a glued point found twice is read once, in the text's order
    for at, _ in matches:
        marker = tops.get(at) or read_marker(text[at : at + MARKER_CACHE_MAX_CHARS])
        if marker is None:
            continue
        if (
            at > 0
            and text[at - 1] in LINE_SPACE
            and not _right_after_title(text, at, accepted)
            and at not in dated  # PAGE_FURNITURE_BEFORE_MARKER: "…08:22 微信 微博 QQ空间 |（一）…"
            and not (at in spaced and (at == first or _spaced_title_line(text, at + marker.length)))
            and not _spaced_first_chapter(text, at, marker, accepted)
        ):
            continue  # TITLE_LINE_SPACE: a （一） after a space follows a heading's title, or is none
        if LINK_TITLE.match(text, _after_spaces(text, at + marker.length)):
            # LINK_TITLE_NUMBERING read inline: a joined page's numbered breadcrumb "…2. [政务公开](https://…)3. [近期
            # 信息公开](https://…)" opens no run (its 1.–4. made the plan's own 1.–4. of every section no heading)
            continue
        if (
            marker.number == 1
            and marker.style in CASES_ANNOUNCED_STYLES
            and CASES_ANNOUNCED_ENTRIES.search(text, max(0, at - CASES_ANNOUNCED_LOOKBEHIND), at) is not None
        ):
            continue  # CASES_ANNOUNCED_ENTRIES: "符合以下情形…：（一）…" numbers a clause's cases
        if LISTED_BRACKET_FIELD_INLINE.match(text, at + marker.length):
            continue  # LISTED_BRACKET_FIELD_INLINE: "1. \[主题分类\] 国土资源…2. \[制发单位\] …" is a page's metadata
        styles = [s for s, _ in stack]
        if (
            marker.style in INLINE_TOP_PARTS
            and marker.style not in styles
            and stack
            and all(open_style in PARTS_ABOVE_ENUMERATIONS_STYLES for open_style in styles)
        ):
            continue  # INLINE_TOP_PARTS: a 第一部分 never sits under a 一、
        parent = read_marker(accepted[-1][2]) if accepted else None
        goes_on = (  # GLUED_BRACKETED_POINT_GOES_ON: under a part numbered in words
            marker.number in (1, last_number.get(marker.style, 0) + 1)
            and parent is not None
            and parent.style in GLUED_BRACKETED_POINT_PARENTS
        )
        if (
            marker.style in INLINE_ARABIC_LIST_STYLES
            and marker.style not in styles
            and at not in captioned
            and _glued_to_words(text, at)
            and not _glued_to_title(text, at, accepted, goes_on)
        ):
            continue  # INLINE_ARABIC_GLUED: a glued point only goes on an open run
        if (
            marker.style.startswith("decimal:")
            and marker.style not in styles
            and _glued_to_words(text, at)
            and not _glued_to_title(text, at, accepted)
        ):
            continue  # GLUED_DECIMAL_POINT: opens a run only right after a title
        lost_first = _lost_first_part(text, matches, at, marker, last_number)
        if at in glued_at and marker.style not in styles and not lost_first:
            continue  # GLUED_PART: goes on an open run only
        if (
            marker.style == INLINE_LOST_FIRST_CHAPTER[0]
            and marker.style not in styles
            and marker.number == 2
            and stack
            and stack[0][0] == INLINE_LOST_FIRST_CHAPTER[1]
        ):
            stack.clear()  # INLINE_LOST_FIRST_CHAPTER: "第四节…第二章  现状分析第一节…": their 第一章 was lost
        elif marker.style in styles and _announced_list_restart(text, matches, at, marker, styles):
            del stack[:]  # ANNOUNCED_LIST_RESTART: "…采取以下几项经济政策：一、实行亏损补贴。" opens a second list
        elif marker.style in styles:
            expected = stack[styles.index(marker.style)][1] + 1
            if marker.number != expected and not _lost_marker_skipped(text, matches, at, marker, expected):
                continue
            if not _decimal_prefix_goes_on(marker, last_written.get(marker.style)):
                continue  # DECIMAL_PREFIX_GOES_ON: "4.4 …|按2.5辆/万人估算" is no 4.5
        elif (
            marker.number not in (1, last_number.get(marker.style, 0) + 1)
            and not lost_first
            and (
                accepted or numbering is not None or text[:at].strip() or marker.style not in EXCERPT_FIRST_PART_STYLES
            )
        ):
            continue  # EXCERPT_OPENING_MARKER: the whole text's first marker opens its style at any number
        elif marker.number != 1 and not _decimal_prefix_goes_on(marker, last_written.get(marker.style)):
            continue  # DECIMAL_PREFIX_GOES_ON: a closed run goes on only under its own prefix too
        level = push(stack, marker.style, marker.number)
        last_number[marker.style] = marker.number
        last_written[marker.style] = marker.written
        accepted.append((at, at + marker.length, marker.written, level))
    return accepted


# DECIMAL_PREFIX_GOES_ON: a decimal point read inline goes on its style's run only under the same prefix: its number is
# the one after the last point of its style, and the numbers before it are that point's ("4.5" after "4.4"). A
# quantity glued to a word reads as a point too, its last number by chance the next one: "…4.4 充电基础设施配置原则…
# 环卫车按2.5辆/万人估算" (tx-ev-charging-2025 joined: read as 4.5, it put every point of 第五章 a level too deep).
# A PDF's page number glued before the point lengthens its first number and nothing else: "…工作开展。53.3.2 构建评估
# 框架和指标体系…" after 3.3.1 (nat-plan-checkup-rules-2020 joined, page 5) goes on.
DECIMAL_PREFIX_SEPARATOR = "."


# LOST_FIRST_PART (join28): a scan may lose a part's 一、 ("总体要求-、", 一 read as a hyphen and set after the title,
# sd-scenario-innovation-2025 joined: "…增长8%左右二、实施场景机会培创行动…（省科技厅负责）三、…"): read
# inline, its 二、 (even glued to a word, GLUED_PART) then opens the parts where no 一、 was read and the next two
# parts (三、 四、) are found after it, in order. A 二、 of "二、三级医院" is none (GLUED_PART), nor a lone 二、
# without 三、 and 四、 after it, nor a 二、 after headings of another style (their part kept its place).
LOST_FIRST_PART_STYLE = "cn"
LOST_FIRST_PART_NEXT = 2


def _announced_list_restart(
    text: str, matches: list[tuple[int, int]], at: int, marker: Marker, styles: list[str]
) -> bool:
    """Does this 一、 read inline open a second run of the text's top parts, announced by a lead that ends in a colon
    right before it, titled by a sentence of its own, its 二、 written after it (ANNOUNCED_LIST_RESTART)?"""
    if marker.number != 1 or marker.style not in ANNOUNCED_LIST_RESTART_STYLES or styles[:1] != [marker.style]:
        return False
    if text[:at].rstrip(" \t\u3000")[-1:] not in LEAD_SENTENCE_END:
        return False
    title = ANNOUNCED_LIST_RESTART_TITLE.match(text, at + marker.length)
    if title is None:
        return False
    for later, _ in matches[bisect.bisect_right(matches, (at, len(text) + 1)) :]:
        following = read_marker(text[later : later + MARKER_CACHE_MAX_CHARS])
        if following is not None and following.style == marker.style:
            return following.number == 2
    return False


def _lost_first_part(
    text: str, matches: list[tuple[int, int]], at: int, marker: Marker, last_number: Mapping[str, int]
) -> bool:
    """Does the part marker at ``at`` open its run as its 二、 after a lost 一、 (LOST_FIRST_PART)?"""
    # nor where headings of another style were read before it: a run of （n） before a 二、 is a text that lost its
    # 一、 line but not its part ("（二）工作原则" / "（一）指导思想…" / "二、主要目标", nat-lowcarbon-demo-2023
    # joined, round 24)
    if marker.style != LOST_FIRST_PART_STYLE or marker.number != 2 or any(last_number.values()):
        return False
    wanted = [3 + k for k in range(LOST_FIRST_PART_NEXT)]
    for later, _ in matches:
        if later <= at or not wanted:
            continue
        found = read_marker(text[later : later + MARKER_CACHE_MAX_CHARS])
        if found is not None and found.style == marker.style and found.number == wanted[0]:
            wanted.pop(0)
    return not wanted


def _decimal_prefix_goes_on(marker: Marker, last: str | None) -> bool:
    """Does a decimal marker go on the run whose last marker was written ``last`` (DECIMAL_PREFIX_GOES_ON)? True for
    every other style, and where no marker of the style was read before."""
    if not marker.style.startswith("decimal:") or marker.style == "decimal:1" or last is None:
        return True
    shorter, longer = sorted((marker.written, last), key=len)
    shorter, longer = shorter.rpartition(DECIMAL_PREFIX_SEPARATOR)[0], longer.rpartition(DECIMAL_PREFIX_SEPARATOR)[0]
    return longer.endswith(shorter) and (longer == shorter or longer[: -len(shorter)].isdigit())


def _spaced_title_line(text: str, title_start: int) -> bool:
    """Does the title after a part's 一、 end at a line's space within SPACED_TITLE_LINE_MAX characters, before any
    clause mark (SPACED_TITLE_LINE)?"""
    return _title_line_end(text, title_start, min(len(text), title_start + SPACED_TITLE_LINE_MAX)) is not None


# SPACED_FIRST_CHAPTER (fixseg53, round 53): a portal page crawled onto one line sets the rules' headline, a space,
# then their first chapter: "…微信 微博 QQ空间 平潭县城乡医疗救助实施办法 第一章 总 则 第一条 根据《…》…"
# (pt-medical-aid-rules-2012, heldout53). Taken for a marker after a word's space (TITLE_LINE_SPACE), the 第一章 was
# no heading, and its 第二章…第七章, each after a sentence's end, could open no run at 2: all seven chapters were lost.
# A text's first marker that is a 第一章 (节, 篇, 编) opens its chapters after a space too, when the chapter after it
# (第二章) is written later: a cited chapter ("按 第一章规定") has no such run after it.
def _spaced_first_chapter(text: str, at: int, marker: Marker, accepted: list[tuple[int, int, str, int]]) -> bool:
    """Is the marker after a space the text's first, a 第一章 whose 第二章 follows (SPACED_FIRST_CHAPTER)?"""
    if accepted or marker.number != 1 or not marker.style.startswith("chapter:"):
        return False
    return f"第二{marker.style.removeprefix('chapter:')}" in text[at + marker.length :]


def _lost_marker_skipped(text: str, matches: list[tuple[int, int]], at: int, marker: Marker, expected: int) -> bool:
    """Does a marker after a sentence's end go on its open run past one number the text lost (LOST_MARKER_SKIPPED):
    it is the number after the one expected, and the next marker of its style written after it goes on from it?"""
    if (
        marker.number != expected + 1
        or expected < LOST_MARKER_RUN_MIN
        or marker.style.startswith("decimal:")
        or _glued_to_words(text, at)
    ):
        return False
    for later, _ in matches[bisect.bisect_right(matches, (at, len(text) + 1)) :]:  # the markers written after it
        following = read_marker(text[later : later + MARKER_CACHE_MAX_CHARS])
        if following is not None and following.style == marker.style:
            return following.number == marker.number + 1 and not _glued_to_words(text, later)
    return False


def _after_spaces(text: str, at: int) -> int:
    """The first position at or after ``at`` that is no space."""
    while at < len(text) and text[at] in " \t\u3000":
        at += 1
    return at


def _next_written_next(match: re.Match[str], proper: set[tuple[str, int]]) -> bool:
    """Is the first part marker of its style written after the GLUED_PAREN_PART match, as a heading after a sentence's
    end or glued so itself (GLUED_PAREN_RUN), the next number ((二) glued, then (三))? Parts of this style restart
    under every chapter, so a later (二) of another chapter says nothing."""
    glued = read_marker(match.group())
    if glued is None:
        return False
    later = sorted((at, read_marker(written)) for written, at in proper if at > match.start())
    following = next((m for _, m in later if m is not None and m.style == glued.style), None)
    return following is not None and following.number == glued.number + 1


def _written_later(match: re.Match[str], proper: set[tuple[str, int]]) -> bool:
    """Is the part marker a GLUED_PART match holds written again later, as a heading after a sentence's end,
    or is the next part's not (GLUED_PART: a glued part is a lapse in a run of parts written after their ends)?"""
    glued = read_marker(match.group())
    if glued is None or any(written.startswith(match.group()) and at > match.start() for written, at in proper):
        return True
    later = [read_marker(written) for written, at in proper if at > match.start()]
    return not any(m is not None and m.style == glued.style and m.number == glued.number + 1 for m in later)


def _part_first_point(text: str, title_start: int) -> int | None:
    """Where a 一、 glued to the title of a part (第N部分 / 篇 / 章) read inline stands, within a run-in
    title's length and no clause or sentence mark (PART_FIRST_POINT_GLUED); None when there is none."""
    while title_start < len(text) and text[title_start] in "：: \t\u3000":
        title_start += 1  # "第一部分：发展基础": the part's colon opens its title
    window = text[title_start : title_start + RUN_IN_TITLE_MAX]
    match = PART_FIRST_POINT_GLUED.search(window, 1)
    if match is None or window[match.start() - 1] in GLUED_FIRST_PART_WORDS:
        return None
    if TITLE_CLAUSE_OR_SENTENCE_MARK.search(window, 0, match.start()) is not None:
        return None
    return title_start + match.start()


def _glued_to_words(text: str, at: int) -> bool:
    """Does the marker at ``at`` stand right after a word (spaces aside), not after a sentence's end?"""
    before = text[:at].rstrip(" \t\u3000")
    return bool(before) and "\u4e00" <= before[-1] <= "\u9fff"


def _glued_to_title(text: str, at: int, accepted: list[tuple[int, int, str, int]], goes_on: bool = False) -> bool:
    """Does a glued arabic point stand right after the title of the heading accepted last, within a
    run-in title's length and no mark between (GLUED_POINT_AFTER_TITLE: "（一）扩大货物贸易规模|1.扩大…")?
    ``goes_on``: the point is bracketed and goes on its style's numbering (GLUED_BRACKETED_POINT_GOES_ON)."""
    if not accepted:
        return False
    if not FIRST_CHILD_GLUED_TO_TITLE.match(text, at) and not (goes_on and GLUED_BRACKETED_POINT.match(text, at)):
        return False
    title_start = accepted[-1][1]
    if not 0 < at - title_start <= RUN_IN_TITLE_MAX:
        return _glued_to_part_clauses(text, at, accepted)
    marks = GLUED_BRACKETED_POINT_TITLE_MARK if goes_on and GLUED_BRACKETED_POINT.match(text, at) else None
    if (marks or TITLE_CLAUSE_OR_SENTENCE_MARK).search(text, title_start, at) is None:
        return True
    clauses = text[title_start:at].split("，")  # GLUED_POINT_AFTER_COUPLET: "深化…改革，支持…发展|1．…"
    if len(clauses) == 2 and all(
        0 < len(c) <= GLUED_POINT_COUPLET_CLAUSE_MAX and TITLE_CLAUSE_OR_SENTENCE_MARK.search(c) is None
        for c in clauses
    ):
        return True
    return _glued_to_part_clauses(text, at, accepted)


def _glued_to_part_clauses(text: str, at: int, accepted: list[tuple[int, int, str, int]]) -> bool:
    """Does a glued arabic point stand right after a 一、 part's title of two or three clauses joined by ， alone
    (GLUED_POINT_AFTER_PART_CLAUSES: "一、完善…确认程序，提高政府采购预算管理水平|1.应编尽编…")?"""
    part = read_marker(accepted[-1][2])
    clauses = text[accepted[-1][1] : at].split("，")
    return (
        part is not None
        and part.style in GLUED_POINT_PART_STYLES
        and 2 <= len(clauses) <= GLUED_POINT_PART_CLAUSES
        and all(0 < len(c) <= GLUED_POINT_PART_CLAUSE_MAX and GLUED_POINT_PART_MARK.search(c) is None for c in clauses)
    )


def _right_after_title(text: str, at: int, accepted: list[tuple[int, int, str, int]]) -> bool:
    """Does a marker run in after a space (INLINE_HEADING's joined form) stand right after the title of
    the heading accepted last, within a title's length and no sentence's end between (TITLE_LINE_SPACE)?
    A marker after a sentence's end and spaces is judged as ever."""
    before = text[:at].rstrip()
    if not before or before[-1] in "。；！？：”）\n" or not "\u4e00" <= before[-1] <= "\u9fff":
        return True
    if not accepted:
        return False
    title_start = accepted[-1][1]
    return at - title_start <= MAX_HEADING_CHARS and re.search(r"[。；！？\n]", text[title_start:at]) is None


def _glued_first_part(text: str, start: int, accepted: list[tuple[int, int, str, int]]) -> int | None:
    """Where a first part's 一、 glued to the text before it stands (GLUED_FIRST_PART), when a 二、
    after a sentence's end has no 一、 after a sentence's end before it; None otherwise."""
    # The markers are read up to the first 二、 only: a 一、 before it, or none, settles it (reading every marker
    # of the rest of the text for each inline heading was 1.1 % of the analysis' samples over the N = 200
    # generated corpus).
    second = None
    spaced = []  # SPACED_TITLE_LINE's 一、 after a word and a space: glued so, it may open the parts as well
    for m in finditer_from_first(INLINE_HEADING, INLINE_HEADING_FIRST, text, start):
        if m.group("marker") == "一、":
            return None
        if m.group("spaced") == "一、" and text[: m.start("spaced")].rstrip()[-1] not in GLUED_FIRST_PART_WORDS:
            spaced.append(m.start("spaced"))
        if m.group("marker") == "二、":
            second = m.start()
            break
    if second is None:
        return None
    glued = [
        m.start()
        for m in GLUED_FIRST_PART.finditer(text, start, second)
        if text[m.start() - 1] not in GLUED_FIRST_PART_WORDS
    ]
    glued = sorted(glued + spaced)
    return glued[-1] if glued else None


def _levels_with_headings_below(accepted: list[tuple[int, int, str, int]]) -> set[int]:
    """Levels of which some heading has a deeper heading right after it (LEAD_POINTS_WITH_PARTS)."""
    return {accepted[k][3] for k in range(len(accepted) - 1) if accepted[k + 1][3] > accepted[k][3]}


INLINE_OPENERS = (*SENTENCE_OPENERS, *INLINE_SENTENCE_OPENERS)
# The openers that start a task's title (a verb of work, two characters at least; not a subject 各地…).
TASK_VERB_OPENERS = tuple(o for o in INLINE_OPENERS if len(o) >= 2 and not o.startswith("各"))


def _opens_after_head_noun(title: str, end: int) -> bool:
    """Does the title end there after a part's head noun (TITLE_HEAD_NOUNS) with a sentence opener
    (SENTENCE_OPENERS) right after it? HEAD_NOUN_THEN_OPENER."""
    if len(title) - end <= HEAD_NOUN_OPENER_WORD_MAX:
        return False  # HEAD_NOUN_OPENER_WORD: "内容|要求" is one word, no sentence
    return title[end - 2 : end] in TITLE_HEAD_NOUNS and any(title.startswith(o, end) for o in SENTENCE_OPENERS)


def _restated_listed_opening(title: str) -> int | None:
    """Where a title that opens with a list of nouns (its first words before a 、) ends, glued to a sentence that opens
    with the same list (RESTATED_LISTED_OPENING); None when it does not."""
    first = title.split("、", 1)[0]
    if "、" not in title or not GLUED_TITLE_MIN <= len(first) <= RESTATED_LISTED_WORDS_MAX:
        return None
    again = title.find(first + "、", len(first) + 1)
    if again < 0 or again > GLUED_TITLE_MAX or re.search(r"[，。；：！？]", title[:again]):
        return None
    return again


def _glued_inline_title_end(title: str, stand_alone: bool = False, document: str = "") -> int | None:
    """Where an inline heading's title glued to its first sentence ends ("总体要求|以习近平…",
    "成员单位|联席会议由…"): at the earlier of a sentence opener (SENTENCE_OPENERS) and the end of
    a part's head noun (TITLE_HEAD_NOUNS), within the first clause; None when neither shows. A
    question heading ("《通知》在…方面有哪些举措？") is whole: it is never glued. ``stand_alone``: the
    title is a task's (it opens with an opener) and found no full stop of its own or runs past a clause
    mark (a stand-alone title glued to its paragraph), where the sentence may open with a verb of work
    too (INLINE_SENTENCE_OPENERS); a short run-in title that ends at its own 。 ("（一）大力督促落实…
    责任制。") and a provision led by its subject ("有关部门应当…落实到…，") keep those verbs."""
    listed = _restated_listed_opening(title)
    if listed is not None:
        return listed  # RESTATED_LISTED_OPENING: "先进集体、先进个人候选对象推荐条件|先进集体、先进个人的评选…"
    bracketed = RESTATED_AFTER_BRACKET.match(title)
    opening = title[:RESTATED_AFTER_BRACKET_WORDS]
    if (
        bracketed is not None
        and len(opening) == RESTATED_AFTER_BRACKET_WORDS
        and title.startswith(opening, bracketed.end())
    ):
        return bracketed.end()  # RESTATED_AFTER_BRACKET: "智能控制系统标准（CIBA）|智能控制系统标准主要规定…"
    label = OPENING_AS_LABEL.match(title)
    if label is not None and len(label.group("title")) >= GLUED_TITLE_MIN:
        return label.end("title")  # OPENING_AS_LABEL: "联系人及联系方式|联系人：…"
    clause = INLINE_CLAUSE_BREAK.split(title, maxsplit=1)[0]  # HALF_WIDTH_CLAUSE_COMMA
    openers: tuple[str, ...] = (
        (INLINE_OPENERS + INLINE_TASK_VERBS if stand_alone else SENTENCE_OPENERS)
        + INLINE_GLUED_OPENERS
        + INLINE_LEAD_WORDS
        + THIS_ROUND_SUBJECT
        + INLINE_LEAD_OPENERS
        + INLINE_SUBJECT_OPENERS
    )
    opened = glued_clause_end(clause, openers)
    if opened is not None and _inside_brackets(clause, opened):
        opened = glued_clause_end(_brackets_masked(clause), openers)  # OPENER_PAST_BRACKETS
    if opened is not None and clause[opened:] in openers and not title.startswith(OPENER_LISTED_AFTER, len(clause)):
        opened = None  # "加强行业规范引导，…": the first clause's last word opens no sentence
    # INLINE_TIME_OPENER: "2025年工作回顾|刚刚过去的一年，…"; INLINE_DATE_OPENER: "公布房源|2025年3月20日，"
    # INSTITUTION_SUBJECT: "加强组织领导|省能源局统筹负责…"
    timed = [
        found.start()
        for pattern in (
            INLINE_TIME_OPENER,
            INLINE_DATE_OPENER,
            INSTITUTION_SUBJECT,
            STAGE_LABEL_OPENER,
            PARTY_CONGRESS_OPENER,
            YEAR_AFTER_NOUN_OPENER,
            START_FROM_YEAR_OPENER,
            FROM_ISSUE_DAY_OPENER,
            VIEWPOINT_OPENER,
        )
        if (found := pattern.search(title, GLUED_TITLE_MIN, len(clause) + 1)) is not None
    ]
    condition = CONDITION_OPENER.search(title, GLUED_TITLE_MIN, _first_comma(title))
    if condition is not None:
        timed.append(condition.start())  # CONDITION_OPENER: "因地制宜、大力开展群众办电|凡有余热资源的地区，…"
    purpose = PURPOSE_VERB_OPENER.search(title, GLUED_TITLE_MIN, _first_comma(title) + 1)
    if purpose is not None:
        timed.append(purpose.start())  # PURPOSE_VERB_OPENER: "完善风电、光伏、新型储能考核管理|为加强涉网安全管理，…"
    restated = _title_restated_as_clause(title)
    if restated is not None:
        timed.append(restated)  # TITLE_RESTATED_AS_CLAUSE: "加强党的领导|…，必须进一步加强党的领导，"
    comma_subject = _subject_before_comma_start(title, len(clause) + 1)
    if comma_subject is not None:
        timed.append(comma_subject)  # SUBJECT_BEFORE_COMMA_MODAL: "充分利用燃料|各使用燃料的企业、单位，要…"
    subject = _document_subject_start(clause, document)
    if subject is not None:
        timed.append(subject)  # DOCUMENT_SUBJECT: "配额清缴|重点排放单位应在…"
    acting = _acting_bodies_start(title, len(clause) + 1)
    if acting is not None:
        timed.append(acting)  # INSTITUTIONS_ACTING, EACH_BODY_SUBJECT: "…风险防控|各电力交易机构要…"
    when = min(timed) if timed else None
    head = head_noun_end(clause)
    if opened is not None and head is not None and head - HEAD_NOUN_CHARS <= opened < head:
        opened = None  # HEAD_NOUN_OVER_OPENER: "检查发现问题及整改要求|为确保…" ends after 要求, not before its 要
    ends = [k for k in (opened, head, when) if k is not None and not _inside_brackets(title, k)]
    if ends:
        return min(ends)
    if len(clause) <= INLINE_FIRST_CLAUSE_SURE_MAX and title[len(clause) : len(clause) + 1] in INLINE_CLAUSE_COMMAS:
        if len(clause) > INLINE_FIRST_CLAUSE_MAX:
            openers = ()  # INLINE_TWO_CLAUSE_SURE_SIGNS
        # INLINE_TWO_CLAUSE_TITLE: "有保有限，强化电力需求侧管理|切实做好…"
        second = INLINE_CLAUSE_BREAK.split(title[len(clause) + 1 :], maxsplit=1)[0]
        opened = glued_clause_end(second, openers, title[: len(clause) + 1])
        if opened is not None and second[opened:] not in openers:
            end = len(clause) + 1 + opened
            return None if _inside_brackets(title, end) else end
    return _two_clause_line_end(title)


def _acting_bodies_start(title: str, stop: int) -> int | None:
    """Where the bodies that act open the sentence glued to a title read inline, before ``stop`` (their sentence may
    run past it): a list of institutions (INSTITUTIONS_ACTING) or 各 + the bodies of a kind (EACH_BODY_SUBJECT) with
    what they do after them, or the beneficiary of a grant (GRANT_OBJECT_OPENER); None when none opens GLUED_TITLE_MIN
    characters in or more."""
    found = [
        m.start()
        for pattern in (INSTITUTIONS_ACTING, GRANT_OBJECT_OPENER)
        if (m := pattern.search(title, GLUED_TITLE_MIN)) is not None and m.start() < stop
    ]
    for each in EACH_BODY_SUBJECT.finditer(title, GLUED_TITLE_MIN):
        if each.start() >= stop:
            break
        before = title[: each.start()]
        if not before.endswith(SUBJECT_AFTER_VERBS) and not before.endswith(EACH_OBJECT_AFTER_VERBS):
            found.append(each.start())
            break
    return min(found) if found else None


def _first_comma(title: str) -> int:
    """Where the first comma of a title read inline stands (its length when it has none)."""
    found = re.search("[，,]", title)
    return found.start() if found is not None else len(title)


def _title_restated_as_clause(title: str) -> int | None:
    """The length of the longest opening of the first sentence that the sentence says again as a whole clause after a
    modal (TITLE_RESTATED_AS_CLAUSE), GLUED_TITLE_MIN characters at least; None when none comes back so."""
    sentence = title.split("。", 1)[0]
    found = None
    for k in range(GLUED_TITLE_MIN, min(len(sentence), GLUED_TITLE_MAX) + 1):
        opening = sentence[:k]
        at = sentence.find(opening, k)
        whole = False
        while at >= 0 and not whole:
            after = sentence[at + k : at + k + 1]
            whole = sentence.endswith(TITLE_RESTATED_AFTER, 0, at) and (not after or after in TITLE_RESTATED_BEFORE)
            at = sentence.find(opening, at + 1)
        if whole:
            found = k
        elif sentence.find(opening, k) < 0:
            break
    return found


def _subject_before_comma_start(title: str, stop: int) -> int | None:
    """Where a subject set off by a comma before its modal (SUBJECT_BEFORE_COMMA_MODAL) opens the sentence glued to a
    title read inline, GLUED_TITLE_MIN characters in or more and before ``stop``; after a verb of work the bodies are
    the title's object (SUBJECT_AFTER_VERBS, EACH_OBJECT_AFTER_VERBS), no subject. None when none opens."""
    for found in SUBJECT_BEFORE_COMMA_MODAL.finditer(title, GLUED_TITLE_MIN):
        if found.start() >= stop:
            return None
        before = title[: found.start()]
        if not before.endswith(SUBJECT_AFTER_VERBS) and not before.endswith(EACH_OBJECT_AFTER_VERBS):
            return found.start()
    return None


def _document_subject_start(clause: str, document: str) -> int | None:
    """Where a subject the document writes often (DOCUMENT_SUBJECT) opens the sentence glued to the title, followed by
    a modal; None when none does."""
    if not document:
        return None
    shortest, longest = DOCUMENT_SUBJECT_CHARS
    for role in DOCUMENT_SUBJECT_ROLE.finditer(clause, GLUED_TITLE_MIN + shortest):
        for k in range(max(GLUED_TITLE_MIN, role.start() - longest), role.start() - shortest + 1):
            subject = clause[k : role.start()]
            if (
                clause[k - 1] not in OPENER_AFTER_CONJUNCTION
                and not clause.endswith(DOCUMENT_SUBJECT_DETERMINERS, 0, k)
                and document.count(subject) >= DOCUMENT_SUBJECT_MIN
                and document.count(clause[k - 1 : role.start()]) < DOCUMENT_SUBJECT_WORD_TAIL
                and re.search(f"[{re.escape(DOCUMENT_SUBJECT_OPENS)}]{re.escape(subject)}", document) is not None
            ):
                return k
    return None


def _two_clause_line_end(title: str) -> int | None:
    """Where a two-clause title (its first clause at most INLINE_FIRST_CLAUSE_SURE_MAX characters) ends at the space its
    line's end left after the second clause (TWO_CLAUSE_LINE_SPACE: "聚焦扩大内需，在提振投资消费上开创新局面| 推动…");
    None when no such space ends the second clause."""
    clause = re.split(r"[，、：；\s]", title, maxsplit=1)[0]
    if len(clause) > INLINE_FIRST_CLAUSE_SURE_MAX or title[len(clause) : len(clause) + 1] != "，":
        return None
    second = re.split(r"[，、：；\s]", title[len(clause) + 1 :], maxsplit=1)[0]
    end = len(clause) + 1 + len(second)
    if len(second) < GLUED_TITLE_MIN or TWO_CLAUSE_LINE_SPACE.match(title, end) is None:
        return None
    return None if _inside_brackets(title, end) else end


def _cut_unpaged_toc(toc: Toc) -> bool:
    """UNPAGED_TOC_CUT (fixseg50, round 50): a 目录 without a single page number that runs to the text's end is a page
    cut inside its 目录, not a document that is only a TOC: "目 录" / "序 言" / "第一章 总体要求" / … / "第一节 扩大优"
    (nat-culture-industry-14fyp-baike-2021, an encyclopedia page cut by the corpus after the notice): its entries
    point at no page and stand nowhere in the text, so they give no sections (a TOC page of its own gives pages)."""
    return all(e.page is None for e in toc.entries)


def segment(
    text: str, toc: Toc | None, documents: Sequence[str] = (), body_start: int = 0, plan: bool = False
) -> tuple[list[Heading], list[Issue]]:
    """Headings of a text: from its TOC when its lines are glued, else line by line.

    A TOC often lists only the upper levels, so a text that keeps its lines is read line by
    line (after the TOC) and the TOC only checks the result. A text that lost its line breaks
    and has no TOC is read from the sequence of its markers; a text that is only a TOC gives
    the TOC's outline, marked as such.
    """
    only_toc = toc is not None and len(text[toc.end :].strip()) < TOC_ONLY_BODY_CHARS and not _cut_unpaged_toc(toc)
    if toc is not None and only_toc and all(e.start >= 0 for e in toc.entries):
        outline = [Heading(e.level, e.marker, e.title, e.start, e.start + len(e.marker)) for e in toc.entries]
        only = Issue(code="toc-only", message="the text is only a table of contents: sections are its outline")
        return outline, [only]
    glued = is_glued(text)
    read_inline: list[Heading] = []  # a glued text's headings read inline without a TOC, read once
    if toc is None and glued:
        read_inline = headings_inline(text)
        toc = _untitled_glued_outline(text, read_inline)  # UNTITLED_GLUED_OUTLINE: read as the TOC it is
    from_lines = None if glued else headings_from_lines(text, toc, documents, body_start, plan)
    if toc is None and from_lines is not None and (pages := page_lines(text)):
        inline = headings_inline(text)  # PAGE_PER_LINE: several headings a page line read inline
        if len(inline) >= PAGE_HEADINGS_MIN * pages and len(inline) > len(from_lines[0]):
            glued, read_inline, from_lines = True, inline, None
            toc = _untitled_glued_outline(text, read_inline)
    # TOC_OVER_UNREAD_LINES (seg23): a text that lost its line breaks, then had some put back at its paragraph marks
    # (PARAGRAPH_MARK: "…DB33/T 2016—2016目    次前言 ........" / "言本标准依据GB/T 1.1-2009的要求编写。…",
    # zj-village-meteo-std-2016 joined), keeps its headings inside long lines: where its lines give none, its TOC's
    # entries are found in the body as in a glued text.
    if toc is not None and (glued or (from_lines is not None and not from_lines[0])):
        listed, listed_issues = headings_from_toc(text, toc)
        inline = _inline_after_toc(text, toc, listed)
        if len(inline) > len(listed) * GLUED_TOC_INLINE_SHARE:
            inline = _with_spaced_preface(text, inline) if glued else inline
            return inline, [Issue(code="inline-headings", message="text without line breaks: headings read inline")]
        if listed or glued:
            return (_with_spaced_preface(text, listed) if glued else listed), listed_issues
    if toc is None and glued:
        faq = _numbered_faq_questions(text)
        if len(faq) >= MIN_QUESTIONS:
            return faq, [Issue(code="inline-headings", message="text without line breaks: FAQ questions read inline")]
        inline = _inline_issued_documents(text) or read_inline
        if inline and len(inline) >= len(_questions(text)):
            inline = _with_spaced_preface(text, inline)
            return inline, [Issue(code="inline-headings", message="text without line breaks: headings read inline")]
    headings, issues = from_lines or headings_from_lines(text, toc, documents, body_start, plan)
    if RELATED_LIST_NOT_SECTIONS:
        headings = _without_related_list_tail(text, headings)
    headings = _with_companion_questions(text, headings)  # COMPANION_QUESTIONS
    questions = _questions(text) if not headings else []
    if len(questions) >= MIN_QUESTIONS:
        # An interview-style interpretation: its questions ("问：…？答：…") are its sections.
        asked = [_question(q) for q in questions]
        return asked, []
    reporters = _reporter_questions(text) if not headings else []
    if len(reporters) >= MIN_QUESTIONS:
        return reporters, []  # REPORTER_QUESTION: a press conference's questions under their reporters' labels
    # BARE_OVER_FAQ_RUN: the line reading takes a FAQ's questions only where their answers are short
    # (QUESTION_LINE's FAQ run); a page whose every heading is such a question is a Q&A whose other questions (over a
    # list of four items, over a long paragraph) are headings too: "…实施方案工作目标？" / "到2027年，…" and "…的重点
    # 任务？" / "（一）…" … "（四）…" before the three read (cq-industry-renewal-qa-2024, round 25).
    only_questions = bool(headings) and all(not h.number and h.title.endswith(("？", "?")) for h in headings)
    bare = _bare_questions(text) if not headings or only_questions else []
    if len(bare) >= MIN_QUESTIONS and len(bare) > len(headings):
        return bare, []  # QUESTION_LINE: a Q&A page's questions on lines of their own
    if not headings and (glued or "\n" not in text.strip()):
        bare = _bare_questions_inline(text)
        if len(bare) >= MIN_QUESTIONS:
            # BARE_QUESTION_INLINE: a Q&A page's bare questions glued between its answers (a text of one line)
            return bare, [Issue(code="inline-headings", message="text without line breaks: questions read inline")]
    if not headings:
        points = _speech_topic_points(text)
        if points:
            return points, []  # SPEECH_TOPIC_POINTS: a speech's titled 第一，… points are its only structure
        announced = _announced_speech_topics(text)
        if announced:
            return announced, []  # ANNOUNCED_SPEECH_TOPICS: "我讲四个问题。第一，…"
    if toc is not None:
        # A title letter-spaced in the body and not in the TOC ("第九章　附　　则" / "第九章  附则") is found.
        found = {(h.level, _LINE_SPACES.sub("", h.title)) for h in headings}
        issues += [
            Issue(code="toc-heading-missing", message=f"TOC entry {e.marker}{e.title} not found as a heading")
            for e in toc.entries
            if (e.level, _LINE_SPACES.sub("", e.title)) not in found
        ]
    if not headings and glued:
        issues.append(
            Issue(code="no-headings", message="text without line breaks or a table of contents: no headings found")
        )
    elif not headings and len(text) >= NO_HEADINGS_NOTICE_CHARS and not _articled(text):
        issues.append(
            Issue(
                code="no-headings",
                message=f"no headings found in {len(text):,} characters: the whole text is one section "
                "(check its layout; `plankg show` prints what was read)",
            )
        )
    if headings and "\n" not in text.strip():
        headings = _with_spaced_preface(text, headings)  # INLINE_SPACED_PREFACE: a short text on one line too
    return headings, issues


def _articled(text: str) -> bool:
    """Whether a text is a run of 第X条 articles at line starts, its structure without headings
    (ARTICLES_WITHOUT_NOTICE)."""
    if not ARTICLES_WITHOUT_NOTICE:
        return False
    lines = text.splitlines()
    return sum(ARTICLE_LINE.match(line) is not None for line in lines) >= ARTICLE_LINES_MIN


def _with_spaced_preface(text: str, headings: list[Heading]) -> list[Heading]:
    """A glued text's headings with its letter-spaced preface heading among them, at level 1 (INLINE_SPACED_PREFACE):
    the first such name no heading read already holds, when no preface heading was read."""
    if any(_LINE_SPACES.sub("", h.title) in PREFACE_HEADINGS for h in headings):
        return headings
    for found in INLINE_SPACED_PREFACE.finditer(text):
        start, end = found.span("name")
        if any(h.start <= start < h.title_end for h in headings):
            continue  # inside a heading's title read already
        preface = Heading(1, "", found.group("name"), start, end)
        at = next((k for k, h in enumerate(headings) if h.start > start), len(headings))
        return [*headings[:at], preface, *headings[at:]]
    return headings


def _without_related_list_tail(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings without those whose title is read from a page's related-links box and ranking list at the
    text's end, its label's line included (RELATED_LIST_NOT_SECTIONS)."""
    related = RELATED_LIST_TAIL.search(text, max(0, len(text) - RELATED_LIST_WINDOW))
    if related is None or RELATED_LIST_NO_SENTENCE in text[related.start() :]:
        return headings
    return [h for h in headings if h.title_end <= related.start()]


def _speech_topic_points(text: str) -> list[Heading]:
    """A text's points counted 第一，… on from 第一 in sequence, each titled by its first sentence, as level-1 headings
    (SPEECH_TOPIC_POINTS); [] when any 第X， opening a paragraph or sentence is out of sequence or untitled, or they are
    fewer than SPEECH_TOPIC_POINTS_MIN."""
    points: list[Heading] = []
    for number, opener in enumerate(SPEECH_TOPIC_OPENER.finditer(text), start=1):
        title = SPEECH_TOPIC_TITLE.match(text, opener.end())
        if title is None or cn_to_int(opener.group("n")) != number:
            return []
        points.append(Heading(1, opener.group("num"), title.group(), opener.start("num"), title.end()))
    return points if len(points) >= SPEECH_TOPIC_POINTS_MIN else []


def _announced_speech_topics(text: str) -> list[Heading]:
    """The topics a speech announces ("我讲四个问题。") and then counts 第一，… in sequence, each titled by the start
    of its first sentence, as level-1 headings (ANNOUNCED_SPEECH_TOPICS); [] when it announces none or fewer points
    follow than it announced."""
    announced = ANNOUNCED_SPEECH_TOPICS.search(text)
    if announced is None:
        return []
    count = cn_to_int(announced.group("count").replace("两", "二"))
    topics: list[Heading] = []
    number = 1
    for opener in SPEECH_TOPIC_OPENER.finditer(text, announced.end()):
        if number > count:
            break
        if cn_to_int(opener.group("n")) != number:
            continue  # a sub-point's 第一， inside a topic, or one of a list before the next topic
        number += 1
        sentence_end = text.find("。", opener.end())
        sentence = text[opener.end() : sentence_end if sentence_end >= 0 else len(text)]
        end = _glued_inline_title_end(sentence, False, text)
        bare = SPEECH_TOPIC_TITLE.match(sentence + "。")
        if end is None and bare is not None and bare.end() == len(sentence):
            end = len(sentence)  # a bare topic ending at its own 。, as SPEECH_TOPIC_POINTS reads it
        if end is not None:
            start = opener.end()
            topics.append(Heading(1, opener.group("num"), sentence[:end], opener.start("num"), start + end))
    return topics if number > count else []


def _inline_issued_documents(text: str) -> list[Heading]:
    """The headings of a one-line notice that issues two documents or more, each title heading its document's
    points (INLINE_ISSUED_DOCUMENTS); empty when it issues fewer or their titles are not found in order."""
    issued = INLINE_ISSUED_DOCUMENTS.search(text, 0, INLINE_ISSUED_LOOKAHEAD)
    if issued is None:
        return []
    titles = re.findall(r"《([^》]+)》", issued.group("titles"))
    starts: list[int] = []
    cursor = issued.end()
    for title in titles:
        at = text.find(title, cursor)
        while at > 0 and text[at - 1] == "《":
            at = text.find(title, at + 1)
        if at < 0:
            return []
        starts.append(at)
        cursor = at + len(title)
    headings = headings_inline(text[: starts[0]])
    if starts[0] < len(text) - starts[0] and all(h.level == 1 and _is_cn_part(h.number) for h in headings):
        # COVER_LETTER_POINTS: the notice's own flat points before the documents it issues are its front matter
        # ("…现印发给你们，请…。一、高度重视、认真部署，…。二、工作中如有重要事项…，请及时反馈我部。联系人：…附件1…",
        # nat-eia-permit-supervision-2021)
        headings = []
    for k, (title, at) in enumerate(zip(titles, starts, strict=True)):
        body_start = at + len(title)
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        headings.append(Heading(1, "", title, at, body_start))
        headings += [
            replace(h, level=h.level + 1, start=h.start + body_start, title_end=h.title_end + body_start)
            for h in headings_inline(text[body_start:end])
        ]
    return headings


def _untitled_glued_outline(text: str, inline: list[Heading]) -> Toc | None:
    """The outline a text read inline (``inline``: its headings so read) opens with when no TOC was parsed
    (UNTITLED_GLUED_OUTLINE): the first run of closely set headings whose first heading is written again after it, as
    a TOC of those headings; None otherwise."""
    for k, first in enumerate(inline):
        run = [first]
        for heading in inline[k + 1 :]:
            if heading.start - run[-1].title_end > UNTITLED_OUTLINE_GAP_MAX:
                break
            run.append(heading)
        if len(run) < UNTITLED_OUTLINE_MIN:
            continue
        again = re.compile(re.escape(first.number) + r"[ \t\u3000*]*" + re.escape(first.title))
        repeated = again.search(text, run[-1].title_end)
        if repeated is None or not _second_written_again(text, run[1], repeated.end()):
            return None
        entries = tuple(
            TocEntry(h.level, marker.style, marker.number, h.number, h.title, None, h.start)
            for h in run
            if (marker := read_marker(h.number)) is not None
        )
        return Toc(first.start, run[-1].title_end, entries)
    return None


def _second_written_again(text: str, second: Heading, after: int) -> bool:
    """Whether an outline's second heading is written again after its first one's repeat (UNTITLED_OUTLINE_IN_ORDER)."""
    again = re.compile(re.escape(second.number) + r"[ \t\u3000*]*" + re.escape(second.title))
    return again.search(text, after) is not None


def _inline_after_toc(text: str, toc: Toc, listed: list[Heading]) -> list[Heading]:
    """The headings of a glued text's body after its TOC, read inline (GLUED_TOC_INLINE): from the
    first heading the TOC lists found in the body, else from the TOC's end; those the TOC lists as it
    lists them."""
    start = listed[0].start if listed else toc.end
    # the body is read as a text of its own: its first heading opens it as a line's start does
    # (a TOC that lists the attachments reads them: APPENDED_NUMBERED_ATTACHMENTS is not for this body)
    body = headings_inline(text[start:], numbered_attachments=False)
    read = {h.start + start: replace(h, start=h.start + start, title_end=h.title_end + start) for h in body}
    # GLUED_TOC_LISTED_STYLES: within the span the TOC covers it lists every heading of the styles it lists; one
    # of them it does not list is a box's entry ("3、糖类药物研发技术创新中心。支持筹建…", a 专栏 of
    # data/plans' shanghai-sti-center-14th-fyp, its 1、 2、 not read)
    styles = {marker.style for e in toc.entries if (marker := read_marker(e.marker)) is not None}
    span = (listed[0].start, listed[-1].start) if listed else (0, -1)
    read = {
        at: h
        for at, h in read.items()
        if not (span[0] <= at <= span[1] and (m := read_marker(h.number)) is not None and m.style in styles)
    }
    # a heading the TOC lists keeps the TOC's title and level: the TOC says where its title ends
    read.update({h.start: h for h in listed})
    ordered = [read[at] for at in sorted(read)]
    # the headings it does not list between two it lists sit below the one before them (GLUED_TOC_INLINE)
    listed_at = {h.start for h in listed}
    out: list[Heading] = []
    segment_start = 0
    for k, heading in enumerate([*ordered, None]):
        if heading is not None and heading.start not in listed_at:
            continue
        unlisted = ordered[segment_start:k]
        above = out[-1].level if out else 0
        shift = max(0, above + 1 - min((h.level for h in unlisted), default=above + 1))
        out += [replace(h, level=h.level + shift) for h in unlisted]
        if heading is not None:
            out.append(heading)
        segment_start = k + 1
    return out


def _wrap_positions(line: str) -> set[int]:
    """The positions of the spaces a page's line breaks left at a fixed stride in a joined PDF
    paragraph (WRAPPED_LINE_SPACE); empty when the line shows no such stride."""
    spaces = [m.start() for m in WRAPPED_LINE_SPACE.finditer(line)]
    gaps = [b - a for a, b in itertools.pairwise(spaces)]
    strides = [g for g in gaps if g >= WRAP_STRIDE_MIN]
    if len(strides) < WRAP_STRIDE_GAPS_MIN:
        return set()
    stride = max(set(strides), key=lambda g: sum(abs(h - g) <= WRAP_STRIDE_SLACK for h in strides))
    if sum(abs(g - stride) <= WRAP_STRIDE_SLACK for g in gaps) < WRAP_STRIDE_GAPS_MIN:
        return set()
    wrapped = set()
    for k, at in enumerate(spaces):  # a break is one stride from the next or the last (a first line may be indented)
        before = at - spaces[k - 1] if k else None
        after = spaces[k + 1] - at if k + 1 < len(spaces) else None
        if any(g is not None and abs(g - stride) <= WRAP_STRIDE_SLACK for g in (before, after)):
            wrapped.add(at)
    return wrapped


def find_title(text: str, title: str, start: int = 0, stop: int | None = None) -> tuple[int, int]:
    """Where a section's title stands in the text, from ``start`` (before ``stop``): as written, else
    with the page's line-break spaces its title no longer holds (join_wrapped_titles); (-1, -1) when
    it is not there."""
    stop = len(text) if stop is None else stop
    at = text.find(title, start, stop)
    if at >= 0 or not title:
        return (at, at + len(title)) if at >= 0 else (-1, -1)
    spaced = re.compile("[ ]?".join(re.escape(ch) for ch in title))
    found = spaced.search(text, start, stop)
    return (found.start(), found.end()) if found else (-1, -1)


def join_wrapped_titles(text: str, headings: list[Heading]) -> list[Heading]:
    """Headings whose titles lost the spaces a PDF's line breaks left inside them, where their line
    shows the page's line width (WRAPPED_LINE_SPACE): "双向享 受医保待遇" → "双向享受医保待遇"."""
    joined: list[Heading] = []
    for heading in headings:
        if " " not in heading.title:
            joined.append(heading)
            continue
        line_start = text.rfind("\n", 0, heading.start) + 1
        line_end = text.find("\n", heading.start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        at = line.find(heading.title, heading.start - line_start)
        wrapped = _wrap_positions(line) if at >= 0 else set()
        title = "".join(ch for k, ch in enumerate(heading.title) if at + k not in wrapped)
        joined.append(replace(heading, title=title) if title != heading.title else heading)
    return joined


# COMPANION_QUESTIONS (lev31, heldout37): an interview carried after the document it is about, as a document of its
# own (COMPANION_DOCUMENT: "中央办公厅负责人就《中共中央关于加强党的政治建设的意见》答记者问"), has its questions as its
# sections, one level below its title, as a page holding the interview alone has them at the top (QUESTION_HEADING):
# "问：请介绍一下《意见》出台的背景和主要特点。" / "答：党的十八大以来，…" (nat-party-political-building-2019).
def _with_companion_questions(text: str, headings: list[Heading]) -> list[Heading]:
    """``headings`` with the questions of each interview titled as a companion document and holding no heading of its
    own put under its title (COMPANION_QUESTIONS)."""
    result = list(headings)
    for k in range(len(headings) - 1, -1, -1):
        heading = headings[k]
        if heading.number or COMPANION_DOCUMENT.match(heading.title) is None:
            continue
        end = next((h.start for h in headings[k + 1 :] if h.level <= heading.level), len(text))
        if any(heading.title_end <= h.start < end for h in headings[k + 1 :]):
            continue
        asked = [_question(q) for q in _questions(text[heading.title_end : end])]
        if len(asked) < MIN_QUESTIONS:
            continue
        at = heading.title_end
        placed = [replace(q, level=heading.level + 1, start=q.start + at, title_end=q.title_end + at) for q in asked]
        result[k + 1 : k + 1] = placed
    return result


def _numbered_faq_questions(text: str) -> list[Heading]:
    """The numbered questions of a FAQ read inline, each before its 答： (NUMBERED_FAQ_QUESTION), when they run 1, 2, …
    in sequence; empty otherwise."""
    if "答" not in text:
        return []
    found = list(NUMBERED_FAQ_QUESTION.finditer(text))
    if [int(m.group("n")) for m in found] != list(range(1, len(found) + 1)):
        return []
    return [Heading(1, m.group("number"), m.group("title"), m.start("number"), m.end("title")) for m in found]


def _questions(text: str) -> list[re.Match[str]]:
    """QUESTION_HEADING's matches; a text without 问： or 问: has none (the pattern, which opens
    with an optional number, was tried at every character of every text)."""
    if "问：" not in text and "问:" not in text:
        return []
    return list(QUESTION_HEADING.finditer(text))


def _reporter_questions(text: str) -> list[Heading]:
    """The reporters' questions of a press-conference transcript, each the paragraph under a label line naming a
    reporter, up to its last question mark (REPORTER_QUESTION); a text without 记者 has none."""
    if "记者" not in text:
        return []
    found = sorted([*REPORTER_QUESTION.finditer(text), *REPORTER_REQUEST.finditer(text)], key=lambda m: m.start())
    return [Heading(1, "", m.group("title"), m.start("title"), m.end("title")) for m in found]


def _bare_questions(text: str) -> list[Heading]:
    """The questions of a Q&A page set as bare lines (QUESTION_LINE), each followed by a line of text that is no
    question; a text without a question mark has none. The lines are the text's own, split at its line breaks only:
    glued chapters (split_lines) do not concern a Q&A page."""
    if "？" not in text and "?" not in text:
        return []
    lines, start = [], 0
    for raw in text.split("\n"):
        lines.append(Line(raw, start))
        start += len(raw) + 1
    found: list[Heading] = []
    for index, line in enumerate(lines):
        question = QUESTION_LINE.match(line.text)
        if question is None:
            continue
        after = _next_text(lines, index + 1)
        if len(after) >= 2 and not after.endswith(("？", "?")):
            title = question.group("title")
            begin = line.start + question.start("title")
            found.append(Heading(1, "", title, begin, begin + len(title)))
    return found


def _bare_questions_inline(text: str) -> list[Heading]:
    """The questions of a Q&A page set as bare lines, in a text that lost its line breaks (BARE_QUESTION_INLINE);
    a text without a question mark has none."""
    if "？" not in text and "?" not in text:
        return []
    found = list(BARE_QUESTION_INLINE.finditer(text))
    return [
        Heading(1, m.group("number") or "", m.group("title"), m.start(), m.end("title"))
        for i, m in enumerate(found)
        if not _rhetorical_question(m, found[i + 1] if i + 1 < len(found) else None)
    ]


RHETORICAL_SCENE_MARKS = "，,"


def _rhetorical_question(match: re.Match[str], after: re.Match[str] | None) -> bool:
    """RHETORICAL_INLINE_QUESTION: a news report's questions inside its paragraphs, glued like a Q&A's bare ones,
    head nothing: one asked straight after another, no answer between ("企业如何放心把生产用电“押宝”于此？发电量大起
    大落，电网如何承受？"), or one whose scene is set before a comma ("光伏发电不稳定，供电平衡如何保障？",
    nat-new-grid-15-news joined: read as its sections, they hid the report's "十五五"时期 from its targets). A Q&A's
    question asks one thing and its answer follows it (a QUESTION_LINE's next line is no question)."""
    followed = after is not None and after.start() == match.end()
    return followed or any(mark in match.group("title") for mark in RHETORICAL_SCENE_MARKS)


def _question(match: re.Match[str]) -> Heading:
    """The heading of one question (QUESTION_HEADING): "问：…？" numbered 问：, or "1. 问：…？"
    numbered 1. with 问： kept in its title."""
    if match.group("number"):
        title = match.group(0)[match.start("marker") - match.start() :]
        return Heading(1, match.group("number"), title, match.start("number"), match.end("title"))
    return Heading(1, match.group("marker"), match.group("title"), match.start("marker"), match.end("title"))


def section_ends(headings: list[Heading], text_length: int) -> list[int]:
    """A section runs until the next heading at its level or above."""
    ends = [text_length] * len(headings)
    open_: list[int] = []
    for index, heading in enumerate(headings):
        while open_ and headings[open_[-1]].level >= heading.level:
            ends[open_.pop()] = heading.start
        open_.append(index)
    return ends
