"""Quantified targets of a plan as ``Indicator`` records: pure functions, no I/O.

Three shapes are read, none tied to a particular file:
- tab-separated tables (one cell per line, rows separated by blank lines) whose header names
  the baseline and target years: ``名称 | 单位 | 2010 value | 2015 value``;
- numbered inline tables that a PDF flattened into one line:
  ``表1 …序号指标（预期性）2025年目标值1名称（单位）值左右2名称…``;
- target sentences in a section titled …目标: ``到2015年，A达到3.3%左右，B达到6.5%…``, and
  indicator lines in a section titled …指标 (an interpretation's "八项核心指标").

Values keep what the text says: ``raw_target`` is the value as written ("45左右"), ``target``
the value with its unit ("4.5%"). A PDF extraction that dropped "%" leaves a ratio without a
unit; a name that says 比例/比重/率 gets "%" back. A dropped decimal point cannot be seen in one
text: :func:`repair_from_interpretation` takes it from an interpretation of the same plan.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache, lru_cache

from plankg.loaders.rules.indicators import (
    AIM_LEAD_LINE,
    AIM_TITLE_LINE,
    AMOUNT_MEETS_STANDARD,
    APPROX_BEFORE_VALUE,
    AREA_LEAD,
    AREA_SUBJECTS,
    ATTACHMENT,
    ATTACHMENT_CAPTION,
    ATTRIBUTE_CELL,
    BARE_TARGET,
    BARE_YEAR_CLAUSE,
    BARE_YEAR_OPENS,
    BARE_YEAR_STAGES_MIN,
    BASE_YEAR_IN_NAME,
    BASELINE_IN_NAME,
    BREAKDOWN_TITLE,
    BULLET_LINE,
    CELL_MAX,
    CHANGE_ONLY,
    CHINESE_COUNT,
    CHINESE_VALUE,
    CHINESE_YEAR,
    CITED_DOCUMENT_YEAR,
    CLAUSE_PERIOD,
    CLAUSE_YEAR,
    COUNT_AFTER_BOUND,
    COUNTED_KINDS_LISTED,
    COUNTED_MORE,
    COUNTED_OBJECT,
    COUNTED_OBJECT_END,
    COUNTED_PART,
    COUNTED_SHARED_VALUE,
    COUNTED_SUMMARY_TAIL,
    COUNTED_VERB_ITEM,
    COUNTS_DATED,
    DATED_AIM_WITHOUT_GOALS,
    DATED_HEAD,
    DATED_LIST_LEAD,
    DIGIT_LED_NAME,
    DISPOSED_COUNT,
    DISTRIBUTIVE_LEAD,
    EACH_SUBJECT,
    EMPTY_CELL,
    END_YEAR_SECTION,
    FLAT_ATOM,
    FLAT_CHANGE,
    FLAT_HEADER,
    FLAT_MARKER,
    FLAT_ROW_NUMBER,
    FLAT_VALUES,
    FLAT_VALUES_CHANGE,
    FOOTNOTE_LINE,
    GENERAL_REQUIREMENTS,
    GLOSS_BRACKET,
    GLUED_AGE_NAME,
    GLUED_ATTRIBUTE,
    GLUED_CELL_VALUE,
    GLUED_DECIMALS,
    GLUED_HEADER_CELL_MAX,
    GLUED_HEADER_CELLS,
    GLUED_PIPE_ROWS,
    GLUED_PIPE_TABLE,
    GLUED_ROW_GROUP_MAX,
    GLUED_ROW_MAX,
    GLUED_SUB_ROW,
    GLUED_UNIT_START,
    GLUED_VALUE,
    GLUED_WORDED_TARGET,
    GOAL_PART_MAX,
    GROUP_MAX,
    GROUP_WITH_UNIT,
    GROWTH_MULTIPLE,
    GROWTH_MULTIPLE_VALUE,
    GROWTH_VERB,
    HEADER_CELLS,
    HEADER_YEAR_TAIL,
    INDICATORS_PARAGRAPH,
    INLINE_GOAL_HEAD,
    LABELED_VALUE,
    LATEST_YEAR_NAMED,
    LEAD_PERIOD_YEAR,
    LEAD_THIS_YEAR,
    LEAD_UNIT_COLUMN,
    LEADING_BOUND,
    LEVEL_STEP,
    LISTED_ITEMS,
    LISTED_RATE,
    LISTED_SUBJECTS_ONE_VALUE,
    LISTED_TARGET_CLAUSES,
    LISTED_TARGET_LINE,
    LISTED_WORD_MAX,
    MAGNITUDE_IN_WORDS,
    MARKDOWN_ROW,
    MARKDOWN_ROW_CLOSE,
    MARKDOWN_ROW_LINES_MAX,
    MARKDOWN_ROW_OPEN,
    MARKDOWN_RULE,
    MEANS_AFTER_GOALS,
    MEASURE_OF_SUBJECT,
    MEASURE_TAIL,
    MEASURE_THEN_SUBJECT,
    MEASURE_UNIT_VALUE,
    MEASURED_AFTER,
    MEASURED_BEFORE,
    MEASURED_BEFORE_PART,
    NAME_BRACKET_TAIL,
    NAME_MODAL_TAIL,
    NAME_UNIT,
    NAME_WRAP_SPACE,
    NORM_CLAUSE,
    NUMBER_SPACE,
    NUMBERED_GROUP_FIRST_ROW,
    NUMBERED_GROUP_ROW,
    NUMBERED_ROW_NAME,
    ORDINAL_SUBJECTS,
    OUTCOME_AFTER_WORKS,
    PDF_FRAGMENT_LINES,
    PDF_HEADER,
    PDF_HEADER_LINES,
    PDF_ROW,
    PER_POPULATION,
    PERCENT_OF,
    PERIOD_ADVERBIAL,
    PERIOD_END_NAMED,
    PERIOD_GOALS_NAMED,
    PERIOD_ITEM_TARGETS,
    PERIOD_TASKS_TITLE,
    PIPE_CELL_RUN,
    PIPE_CELL_RUN_MIN,
    PIPE_CLOSED_CELL,
    PLAIN_VALUE,
    PLAN_GOES_ON_PARAGRAPH,
    PREFIXED_PAIR,
    QUALITATIVE_UNIT,
    RANGE,
    RATIO_VALUE,
    RELATIVE_HORIZON,
    REPORTED_YEAR_REVIEW,
    REPRESENTED_BY,
    REQUIRED_AMOUNT,
    REQUIRED_YEAR,
    RUN_IN_GOAL_TITLE,
    SAME_TIME_PARAGRAPH,
    SENTENCE_RANGE,
    SEQ_CELL,
    SHARE_IN_WORDS,
    SHARE_OF_LISTED_SUM,
    SHARE_THEN_SCALE,
    SHARED_HEAD,
    SHARED_LIST_CUT,
    SHARED_SHARE_TAIL,
    SHARED_SUBJECTS,
    STAGE_LABEL,
    STAGE_OPENS,
    STAGE_SPAN_TITLE,
    STAGED_YEARS,
    STATUS_OPENS,
    STRETCH_AFTER_SECURED,
    SUB_ROW_LEAD,
    SUB_ROW_PART_MAX,
    SUBJECT_MAX,
    SUBJECT_MEASURE,
    SUBJECT_SHARE,
    SUBJECTS_BEFORE,
    SUMMED_COUNT,
    TABLE_NOTE,
    TARGET_PASS_MARK,
    TARGET_VERBS,
    TARGET_YEAR_WRITTEN,
    TARGETS_LABEL,
    TARGETS_LEAD,
    THIS_YEAR_OF_PERIOD,
    THIS_YEAR_PLAN,
    THIS_YEAR_WORK_HEADING,
    TWO_COLUMN_HEADER,
    VALUE_CELL,
    VALUE_GLOSS,
    VALUE_GLOSS_INNER,
    VALUELESS_RUN,
    VALUELESS_SENTENCE,
    VISION_OPENS,
    WHOLE_NAME_SUBJECT_MIN,
    WORDED_TARGET_MAX,
    WORK_AMOUNT_NAME,
    WORK_SHARE,
    WRAPPED_GROUP,
    WRAPPED_HEADER,
    YEAR_DOCUMENT_REPORTED,
    YEAR_GROUP_CAPTION,
    YEAR_GROUP_CELL,
    YEAR_GROUP_DATE,
    YEAR_GROUP_HEADER,
    YEAR_GROUP_MEASURE,
    YEAR_GROUP_MEASURES_MIN,
    YEAR_GROUP_TOTAL,
    YEAR_GROUP_UNIT,
    YEAR_OPENS,
    YEAR_PART_AFTER_SEMICOLON,
    header_role,
)
from plankg.loaders.rules.indicators import UNIT_CELL as UNIT_CELL_RULE
from plankg.loaders.rules.structure import CHAPTER, CN_ENUM, PAREN_CN, cn_to_int, int_to_cn
from plankg.loaders.structure.segment import find_title
from plankg.loaders.text.normalise import simplified_characters
from plankg.loaders.text.read import period_years
from plankg.schema import Indicator, PlanDocument, Section

# A value: number, magnitude, unit, qualifier ("2.6万家", "3.3%左右", "50以上", "1.6万").
VALUE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)(?P<mag>万亿|[万亿])?(?P<unit>%|"
    + PER_POPULATION
    + r"|个百分点|个月|元/人|[件家个项人元户所名篇])?"
    r"(?P<qual>左右|以上|以下|以内)?"
)
# Verbs that introduce a target value in a sentence.
TARGET_VERB = re.compile(r"达到|突破|超过|提高到|增加到|保持在")
TARGET_YEAR = TARGET_YEAR_WRITTEN.pattern
TARGET_SECTION = re.compile(rf"目标|{PERIOD_TASKS_TITLE.pattern.pattern}")
INDICATOR_SECTION = re.compile(r"指标")
# ACHIEVED_GOALS_TITLE: a section that reviews goals reached ("1.1 “五个中心”建设既定目标如期实现", sh-fyp-14, its
# 1.1.1 "全市生产总值从 2015 年的 2.69 万亿元上升到 2020 年的 3.87 万亿元") gives past values, no targets.
ACHIEVED_GOALS_TITLE = re.compile(r"既定目标|目标[^，。；]{0,2}(?:如期|全面|顺利)(?:实现|完成)")
CLAUSE = re.compile(r"[，；。]")
# A clause that assigns several values at once ("分别达到60、600、3000家") is not one indicator.
SEVERAL = re.compile(r"分别")
# Words before the subject of a target clause that are not part of the indicator's name.
NAME_LEAD = re.compile(
    r"^(?:其中|(?:到|至)\s*\d{4}\s*年(?:底|末)?|\d{4}年(?:年底|年末|底|末)?前?|力争|确保|使|全年"
    # CHINESE_YEAR: "一九八七年发行国家重点建设债券五十五亿元" — a year in numerals names nothing either
    r"|[一二][〇○零一二三四五六七八九]{3}年"
    # a news item's "其中包括全國能源消費總量不超過50億噸標準煤", "今年非化石能源发电装机占比提至55%左右", "預期新增清潔
    # 取暖面積15億平方米左右" (nat-energy-2020-trad, nat-energy-2024-news, round 30): 包括, 今年 and 预期 before a verb
    # of growth say what the figure is, no part of its name (人均预期寿命 keeps its 预期)
    r"|包括|今年|(?:预期|预计)(?=新增|增加|提高|达到)"
    # "到2020年要确保全国学前三年毛入园率、…分别达到85%、95%和90%" (nat-basic-edu-2020-news, round 22): 要/将 before
    # the subject say what is to be, no part of its name
    r"|要|将"
    # CLAUSE_PERIOD: "“十四五”期间粮食生产面积…" — the period dates the clause, it names nothing
    r"|[“\"]?十[一二三四五六七八九]?五[”\"]?(?:期间|时期|期末))+"
)
# The verb before a quantity's object (MEASURED_AFTER, a count after its object): what is counted
# names the indicator, as for a count before it (COUNTED_OBJECT).
# SCOPE_BEFORE_VERB: the whole area the count covers may lead the verb ("全省累计建成充电桩40万个以上",
# hn-charging-infra-2023; "全省计划建成充电桩12万个", jl-charging-infra-2024): no part of what is counted.
# VERB_BEFORE_DE (ind40, round 30): a verb followed by 的 qualifies the object, it is no verb of the clause: "新建的大型
# 灌区预计可新增有效灌溉面积1500万亩" (nat-irrigation-14-news) is named by 新建的大型灌区…, not by "的大型灌区…".
OBJECT_VERB = re.compile(
    r"^(?:全[省市区县国])?(?:累计|计划)?(?:落实|完成|打造|培育|建成|建设|创建|新建|引进|推广|引育|集聚|认定|遴选)(?!的)"
)
# Qualifiers after the name: "外资研发中心累计560家".
NAME_TAIL = re.compile(r"(?:累计|年均|总数|总量|每年)$")
# A ratio: its value is a percentage even when the "%" was lost.
RATIO = re.compile(r"比例|比重|率|占")
# Parentheses with neither Chinese nor letters: what a PDF left of a unit or an acronym
# ("（）", "（&）").
EMPTY_PARENS = re.compile(r"（[^（）\u4e00-\u9fffA-Za-z0-9]*）")
LONE_AMPERSAND = re.compile(r"(?<![A-Za-z])&(?![A-Za-z])")
TABLE_YEAR = re.compile(r"(\d{4})年")
# "表1" … "序号" … "2025年目标值": a numbered table flattened into running text.
INLINE_TABLE = re.compile(r"表\d+[^。]{0,60}?序号[^。]{0,20}?指标[^。]{0,20}?(?P<year>\d{4})年目标值")
UNIT_CELL = re.compile(r"^[^\d]{0,4}$")
# The unit in parentheses right before a value in an inline table row: "…数量（万家）26".
ROW_UNIT = re.compile(r"（(?P<unit>[^（）]{0,4})）(?P<lead>[\u4e00-\u9fff]{0,2}?)(?=\d)")
# Two indicator names this similar (after dropping everything but Chinese) are the same.
SAME_NAME = 0.6
SAME_NAME_SAME_VALUE = 0.3
MATCH_NAME = 0.5


@dataclass(frozen=True)
class _Found:
    name: str
    value: str  # as written, e.g. "45左右"
    unit: str
    year: int | None
    baseline: str | None
    baseline_year: int | None
    start: int
    end: int
    evidence: str
    words: bool = False  # a table cell may set a target in words ("与全市保持同步")
    written: str | None = None  # CHINESE_VALUE: the value as the text writes it, when read in digits


# --- values -------------------------------------------------------------------------------
# TRADITIONAL_SPELLING: a name written in traditional characters is the same name as its simplified
# spelling. plankg reads a traditional text in simplified characters (normalise.to_simplified), so its
# names come out simplified, while a name quoted as written keeps the text's script: "經常參加體育鍛煉人數比例"
# of a Hong Kong report (hk01-health-14-news, round 23) is "经常参加体育锻炼人数比例", half of its characters
# differing, so that the two spellings compared character by character are not alike (SAME_NAME).
# The key folds each character to its simplified form, one for one (normalise.simplified_characters).


def name_key(name: str) -> str:
    """Only the Chinese characters, in simplified spelling: what two spellings of an indicator name
    share (TRADITIONAL_SPELLING)."""
    return "".join(ch for ch in name if "\u4e00" <= ch <= "\u9fff").translate(simplified_characters())


def clean_name(name: str, cell: bool = False) -> str:
    """A name as the plan writes it; a sentence's subject loses a trailing 累计/总量 (…总量达到),
    a table's name cell keeps it (化学需氧量排放总量 is the indicator's name)."""
    # a ——bullet's dashes (——研发投入强度达到3%) are no part of the name
    name = EMPTY_PARENS.sub("", name.strip(" \t-*#、：:").lstrip("—－").strip())
    name = name.replace("*", "")
    name = LONE_AMPERSAND.sub("", name)  # "全社会&经费" — "R&D" with its letters stripped
    name = NAME_LEAD.sub("", name)
    name = NAME_MODAL_TAIL.pattern.sub("", name)  # "…毛入学率将达到99%以上": 将 is no part of the name
    name = REPRESENTED_BY.pattern.sub("", name)
    if cell:
        return NAME_WRAP_SPACE.pattern.sub("", name).strip()
    name = BASELINE_IN_NAME.pattern.sub("", name)  # "人均预期寿命在2020年的基础上继续提高": 人均预期寿命提高
    name = DISTRIBUTIVE_LEAD.pattern.sub("", name)
    name = GLOSS_BRACKET.pattern.sub("", name)
    # "…教师占专业课教师总数": after 占 the tail is the whole's (SHARE_IN_WORDS), part of the name
    short = name.strip() if "占" in name else NAME_TAIL.sub("", name).strip()
    # "存储总量达到10EB": a name that is nothing but its tail's object keeps the tail
    return short if len(name_key(short)) >= 3 else name.strip()


def _unit(name: str, written: str | None, mag: str | None) -> str:
    unit = (mag or "") + (written or "")
    if not unit and RATIO.search(name):
        return "%"
    return unit


def format_target(number: str, unit: str, qualifier: str | None) -> str:
    """ "50" + "%" + "以上" → "50%以上"; "左右" (about) is dropped, a bound is kept."""
    bound = qualifier if qualifier in ("以上", "以下", "以内") else ""
    return f"{number}{unit}{bound}"


def _parse_value(raw: str) -> tuple[str, str | None, str | None, str | None] | None:
    m = VALUE.search(raw)
    if m is None:
        return None
    return m.group("num"), m.group("mag"), m.group("unit"), m.group("qual")


_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(numeral: str) -> int:
    """ "十" → 10, "二十五" → 25, "一百零五" → 105, "三千" → 3000 (CHINESE_COUNT's numerals)."""
    total, digit = 0, 0
    for ch in numeral:
        if ch in _CN_UNITS:
            total += (digit or 1) * _CN_UNITS[ch]
            digit = 0
        elif ch != "零":
            digit = _CN_DIGITS[ch]
    return total + digit


def _arabic(value: str) -> str:
    """A count written in Chinese numerals with its number in digits (CHINESE_COUNT: 十个 → 10个)."""
    return CHINESE_COUNT.pattern.sub(lambda m: str(chinese_number(m.group())), value)


def _numeral_digits(numeral: str) -> str:
    """ "一千一百八十二" → "1182", "三点五" → "3.5" (CHINESE_VALUE's numerals)."""
    whole, _, fraction = numeral.partition("点")
    number = str(chinese_number(whole))
    return f"{number}.{fraction.translate(_CN_YEAR_DIGITS)}" if fraction else number


def _numerals_in_digits(clause: str) -> tuple[str, list[int]] | None:
    """CHINESE_VALUE: the clause with its quantities in Chinese numerals written in digits, and where each of its
    characters (and its end) stood in the clause as written; None when it has none."""
    out: list[str] = []
    at: list[int] = []
    last = 0
    for m in CHINESE_VALUE.pattern.finditer(clause):
        numeral = m.group("percent") or m.group("num")
        if not numeral:
            continue
        if m.group("percent") is not None:
            start, end, digits = m.start(), m.end(), _numeral_digits(numeral) + "%"
        else:
            start, end, digits = m.start("num"), m.end("num"), _numeral_digits(numeral)
            if not m.group("mag") and float(digits) < 10:
                continue  # a digit alone before its measure (三吨) is no target's value
        out += [clause[last:start], digits]
        at += [*range(last, start), *[start] * len(digits)]
        last = end
    if not out:
        return None
    out.append(clause[last:])
    at += [*range(last, len(clause)), len(clause)]
    return "".join(out), at


def _indicator(plan_id: str, n: int, found: _Found) -> Indicator | None:
    if found.written is not None:  # CHINESE_VALUE: read in digits, kept as written in raw_target
        indicator = _indicator(plan_id, n, replace(found, written=None))
        return indicator.model_copy(update={"raw_target": found.written}) if indicator is not None else None
    if found.words and CHINESE_COUNT.pattern.search(found.value):
        # CHINESE_COUNT: read with its number in digits, kept as written in raw_target
        written = found.value
        found = replace(found, value=_arabic(written), words=False)
        indicator = _indicator(plan_id, n, found)
        return indicator.model_copy(update={"raw_target": written}) if indicator is not None else None
    parsed = _parse_value(found.value)
    if found.words and not PLAIN_VALUE.pattern.fullmatch(found.value.strip()):
        parsed = None  # a target in words, kept as written
    if parsed is None:
        if not found.words:
            return None
        return Indicator(
            id=f"{plan_id}/indicator/{n}",
            plan_id=plan_id,
            name=found.name,
            target=found.value,
            unit=found.unit,
            year=found.year,
            baseline=found.baseline,
            baseline_year=found.baseline_year,
            raw_target=found.value,
            start=found.start,
            end=found.end,
            evidence=found.evidence,
        )
    number, mag, written_unit, qual = parsed
    span = RANGE.pattern.search(found.value) or SENTENCE_RANGE.pattern.search(found.value)
    high = VALUE.match(found.value, span.start("high")) if span is not None and span.group("low") == number else None
    if high is not None and not (mag or written_unit):
        # COUNT_RANGE_UNIT: "培育形成1-2家…企业" — a range writes its magnitude, measure word and qualifier once,
        # after its high end (1—2家, not 1—2)
        mag, written_unit, qual = high.group("mag"), high.group("unit"), qual or high.group("qual")
    unit = found.unit if found.unit else _unit(found.name, written_unit, mag)
    if found.unit and mag and not found.unit.startswith(mag):
        unit = mag + found.unit
    if span is not None and span.group("low") == number:
        number = f"{span.group('low')}—{span.group('high')}"
    bound = LEADING_BOUND.pattern.match(found.value)
    if bound is not None:
        number = bound.group("bound") + number
    baseline = None
    if found.baseline is not None:
        base = _parse_value(found.baseline)
        plain = base is not None and re.fullmatch(r"\d+(?:\.\d+)?[万亿]?%?", found.baseline)
        baseline = f"{base[0]}{unit}" if plain and base else found.baseline
    return Indicator(
        id=f"{plan_id}/indicator/{n}",
        plan_id=plan_id,
        name=found.name,
        target=format_target(number, unit, qual),
        unit=unit,
        year=found.year,
        baseline=baseline,
        baseline_year=found.baseline_year,
        raw_target=found.value,
        start=found.start,
        end=found.end,
        evidence=found.evidence,
    )


# --- the three shapes ---------------------------------------------------------------------
def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def tab_tables(text: str) -> list[_Found]:
    """Rows of tables written one tab-prefixed cell per line, rows split by blank lines."""
    found: list[_Found] = []
    rows: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for pos, line in _lines(text):
        if line.startswith("\t"):
            current.append((pos, line))
        else:
            if current:
                rows.append(current)
            current = []
            if line.strip():
                rows.append([])  # a text line ends the table
    if current:
        rows.append(current)
    years: list[int] = []
    for row in rows:
        if not row:
            years = []
            continue
        cells = [line[1:].strip() for _, line in row]
        header_years = [int(y) for c in cells for y in TABLE_YEAR.findall(c)]
        if len(header_years) >= 1 and not any(VALUE.fullmatch(c) for c in cells):
            years = header_years
            continue
        if not years or len(cells) < 3:
            continue
        target, baseline = cells[-1], cells[-2] if len(cells) >= 4 else None
        unit = cells[-3] if len(cells) >= 4 and UNIT_CELL.match(cells[-3]) else ""
        name_index = -4 if len(cells) >= 4 else -3
        name = clean_name(cells[name_index], cell=True) if len(cells) >= -name_index else ""
        if not name or _parse_value(target) is None:
            continue
        start, end = row[0][0], row[-1][0] + len(row[-1][1])
        found.append(
            _Found(
                name=name,
                value=target,
                unit=unit,
                year=years[-1],
                baseline=baseline,
                baseline_year=years[0] if len(years) > 1 else None,
                start=start,
                end=end,
                evidence=" | ".join(c for c in cells if c),
            )
        )
    return found


def inline_tables(text: str) -> list[_Found]:
    """Rows of "表N …序号指标…YYYY年目标值1NAME（UNIT）VALUE2NAME…" (a flattened PDF table)."""
    found: list[_Found] = []
    for table in INLINE_TABLE.finditer(text):
        year = int(table.group("year"))
        cursor, n = table.end(), 1
        end_of_table = min(len(text), cursor + 2000)
        while text.startswith(str(n), cursor):
            row_start = cursor
            body = cursor + len(str(n))
            unit_m = None
            for m in ROW_UNIT.finditer(text, body, end_of_table):
                unit_m = m
                break
            if unit_m is None:
                break
            value_m = re.compile(r"\d+(?:\.\d+)?(?:左右|以上)?").match(text, unit_m.end())
            if value_m is None:
                break
            digits = value_m.group()
            after = value_m.end()
            nxt = str(n + 1)
            # "…（万家）264通过…": the next row's number is glued to this value.
            if (
                re.fullmatch(r"\d+", digits)
                and digits.endswith(nxt)
                and len(digits) > len(nxt)
                and re.match(r"[\u4e00-\u9fff《“]", text[after : after + 1])
            ):
                digits, after = digits[: -len(nxt)], after - len(nxt)
            name = clean_name(text[body : unit_m.start()])
            # Only the unit parenthesis is a unit; earlier ones belong to the name.
            unit = unit_m.group("unit")
            unit = "" if not re.search(r"[\u4e00-\u9fff%]", unit) else unit
            found.append(
                _Found(
                    name=name,
                    value=digits,
                    unit=unit or ("%" if RATIO.search(name) else ""),
                    year=year,
                    baseline=None,
                    baseline_year=None,
                    start=row_start,
                    end=after,
                    evidence=text[row_start:after],
                )
            )
            cursor, n = after, n + 1
    return found


# --- indicator tables as real plans lay them out ------------------------------------------
@dataclass
class _Column:
    role: str  # seq, group, name, unit, attr, base, target, other, year, completion
    header: str
    year: int | None


@dataclass
class _Cell:
    start: int
    end: int
    text: str
    after_blank: bool = False  # a blank line stands between this cell and the one before


def _header_year(header: str) -> int | None:
    """ "2030年目标值" → 2030; "“十五五”目标" → 2030 (a period's end year); "目标" → None."""
    year = TABLE_YEAR.search(header)
    if year:
        return int(year.group(1))
    period = PERIOD_NAME.search(header)
    years = period_years(period.group()) if period else None
    return years[1] if years else None


PERIOD_NAME = re.compile(r"十[一二三四五六七八九]?五")


def _unwrap_headers(headers: list[str]) -> list[str]:
    """Header cells wrapped over two lines joined again (WRAPPED_HEADER): "指标" then "属性" after
    an earlier 主要指标 column is the one column 指标属性."""
    out: list[str] = []
    tails = 0  # bracketed years read so far in the current run of them
    for index, cell in enumerate(headers):
        if out and HEADER_YEAR_TAIL.pattern.fullmatch(cell.strip()):
            # "基准值" / "（2020年）": the bracketed year ends the cell above. A run of n of them
            # under a two-level header ("现状" "近期规划" "（2025年）" "（2030年）", TWO_LEVEL_YEARS)
            # ends the n cells above it, in order.
            run = tails
            while index + run - tails < len(headers) and HEADER_YEAR_TAIL.pattern.fullmatch(
                headers[index + run - tails].strip()
            ):
                run += 1
            owner = len(out) - run + tails if run <= len(out) else len(out) - 1
            out[owner] += cell.strip()
            tails += 1
            continue
        tails = 0
        if out:
            joined = out[-1] + cell
            earlier = [header_role(h) for h in out[:-1]]
            if (
                header_role(out[-1]) in earlier
                and WRAPPED_HEADER.pattern.fullmatch(joined)
                and header_role(joined) is not None
            ):
                out[-1] = joined
                continue
        out.append(cell)
    return out


def _columns(headers: list[str], caption: str, end_year: int | None) -> list[_Column] | None:
    """The table's columns from its header cells; None when it is no table of this plan's
    targets (a previous plan's completion table, or no target column)."""
    columns = [_Column(header_role(h) or "other", h, _header_year(h)) for h in headers]
    for index, column in enumerate(columns):
        later = {c.role for c in columns[index + 1 :]}
        if column.role == "values":
            # 指标值 above 现状 | 近期规划 (header-values): no column of its own
            column.role = "span" if later & {"base", "target", "year"} else "target"
        elif column.role == "group" and "name" in {c.role for c in columns[:index]}:
            # ATTRIBUTE_AFTER_NAME: a 类型 column right of the name holds 约束性/预期性; a group
            # column stands left of the names it groups.
            column.role = "attr"
        elif column.role == "other" and LEAD_UNIT_COLUMN.pattern.fullmatch(column.header.strip()):
            column.role = "lead"  # 牵头单位: departments in words, no value column (LEAD_UNIT_COLUMN)
    columns = [c for c in columns if c.role != "span"]
    roles = [c.role for c in columns]
    if "completion" in roles or "name" not in roles:
        return None
    years = [c for c in columns if c.role == "year"]
    if "target" not in roles and years:
        years[-1].role = "target"
        if "base" not in roles and len(years) > 1:
            years[0].role = "base"
    if "target" not in roles and "target" not in [c.role for c in columns]:
        return None
    targets = [c for c in columns if c.role == "target"]
    if len(targets) > 1:
        # 目标值（2025年） | 目标值（2035年）: the plan's own end year is its target; a later column
        # is a long-term goal (the first target column when none names the end year).
        chosen = next((c for c in targets if end_year is not None and c.year == end_year), targets[0])
        for column in targets:
            if column is not chosen:
                column.role = "other"
    for column in columns:
        if column.role == "target" and column.year is None:
            column.year = _header_year(caption) or end_year
    return columns


def _is_text(cell: str) -> bool:
    return (
        len(name_key(cell)) >= 2
        and not ATTRIBUTE_CELL.pattern.fullmatch(cell)
        and not UNIT_CELL_RULE.pattern.fullmatch(cell)
        and not VALUE_CELL.pattern.fullmatch(cell)
    )


def _is_value(cell: str) -> bool:
    return bool(
        VALUE_CELL.pattern.fullmatch(cell)
        or EMPTY_CELL.pattern.fullmatch(cell)
        or LABELED_VALUE.pattern.fullmatch(cell)
    )


def _fits(role: str, cell: str, following: str | None, last_value: bool) -> bool:
    if role == "group":
        return (
            _is_text(cell)
            and len(cell) <= GROUP_MAX
            and not re.search(r"\d", cell)
            and (following is not None and _is_text(following))
        )
    if role == "name":
        return _is_text(cell)
    if role == "unit":
        return bool(
            UNIT_CELL_RULE.pattern.fullmatch(cell)
            or EMPTY_CELL.pattern.fullmatch(cell)
            or QUALITATIVE_UNIT.pattern.fullmatch(cell)
        )
    if role == "attr":
        return bool(ATTRIBUTE_CELL.pattern.fullmatch(cell))
    if role == "lead":
        return _is_text(cell) or bool(EMPTY_CELL.pattern.fullmatch(cell))
    if role in ("base", "target", "other", "year"):
        return _is_value(cell) or (last_value and _is_text(cell))
    return False


def _table_end(cell: str) -> bool:
    return (
        len(cell) > CELL_MAX
        or cell.endswith("。")
        or bool(TABLE_NOTE.pattern.match(cell))
        or bool(ATTACHMENT.pattern.fullmatch(cell) or ATTACHMENT_CAPTION.pattern.fullmatch(cell))
        or bool(CHAPTER.match(cell) or CN_ENUM.match(cell) or PAREN_CN.match(cell))
    )


def _numbered_group_row(lines: list[tuple[int, str]], index: int) -> bool:
    """NUMBERED_GROUP_ROW: a group row numbered 一、 ("一、发展水平") right before the row numbered 1. that opens
    the group: the table goes on."""
    return (
        NUMBERED_GROUP_ROW.pattern.fullmatch(lines[index][1].strip()) is not None
        and index + 1 < len(lines)
        and NUMBERED_GROUP_FIRST_ROW.match(lines[index + 1][1].strip()) is not None
    )


def _worded_target(cell: str, previous: str, columns: list[_Column] | None) -> bool:
    """A long target in words right after its row's attribute cell (WORDED_TARGET_CELL), in a
    table whose target column follows the attribute column: the row's target, no table end."""
    if columns is None or len(cell) > WORDED_TARGET_MAX or cell.endswith("。"):
        return False
    roles = [c.role for c in columns]
    if "attr" not in roles or roles[roles.index("attr") + 1 :][:1] != ["target"]:
        return False
    if TABLE_NOTE.pattern.match(cell) or CHAPTER.match(cell) or CN_ENUM.match(cell) or PAREN_CN.match(cell):
        return False
    return bool(ATTRIBUTE_CELL.pattern.fullmatch(previous))


def _split_name_unit(name: str) -> tuple[str, str]:
    """ "城中村整体改造项目认定数量（个）" → ("城中村整体改造项目认定数量", "个")."""
    m = NAME_UNIT.pattern.search(name)
    if m and UNIT_CELL_RULE.pattern.fullmatch(m.group("unit")):
        return name[: m.start()].strip(), m.group("unit")
    return name, ""


def _wrapped_group(cells: list[_Cell], index: int) -> bool:
    """A group cell wrapped over two lines (WRAPPED_GROUP): two short words ("综合", "治理"),
    then the row's name (text, not a unit)."""
    if index + 2 >= len(cells):
        return False
    first, second, name = (c.text for c in cells[index : index + 3])
    return bool(
        WRAPPED_GROUP.pattern.fullmatch(first)
        and WRAPPED_GROUP.pattern.fullmatch(second)
        and _is_text(name)
        and not UNIT_CELL_RULE.pattern.fullmatch(name)
    )


def _spread_labeled(
    cells: list[_Cell], index: int, columns: list[_Column], pointer: int, last_value: int
) -> list[tuple[int, list[_Cell]]]:
    """Value cells that hold two values each on two lines (LABELED_VALUE: "重点城市≥30" /
    "一般城市≥15"): a run of such cells longer than the value columns left in the row, shared out
    evenly among those columns; [] when the run fits the columns one to one."""
    value_columns = [
        i for i in range(pointer, last_value + 1) if columns[i].role in ("base", "target", "other", "year")
    ]
    end = index
    while end < len(cells) and LABELED_VALUE.pattern.fullmatch(cells[end].text):
        end += 1
    count = end - index
    if not value_columns or count <= len(value_columns) or count % len(value_columns):
        return []
    per = count // len(value_columns)
    return [(i, cells[index + n * per : index + (n + 1) * per]) for n, i in enumerate(value_columns)]


def _joined(cells: list[_Cell]) -> str:
    """A cell's lines joined; values given per subject (LABELED_VALUE) keep a space between."""
    if len(cells) > 1 and all(LABELED_VALUE.pattern.fullmatch(c.text) for c in cells):
        return " ".join(c.text for c in cells)
    # paragraphs of one cell (LONE_CELL_CONTINUES) keep a space between them
    return "".join((" " if n and c.after_blank else "") + c.text for n, c in enumerate(cells))


def _name_second_line(cells: list[_Cell], index: int, columns: list[_Column], pointer: int) -> bool:
    """WRAPPED_NAME_BEFORE_UNIT: a text line right after the name, itself no unit, attribute or
    value, followed at once by a cell of the unit or attribute column that comes next in the row:
    the name's second line (else the last value column, which takes words, would take it)."""
    cell = cells[index]
    if cell.after_blank or not _is_text(cell.text) or index + 1 >= len(cells):
        return False
    following = cells[index + 1]
    if following.after_blank:
        return False
    roles = [c.role for c in columns[pointer:]][:1]
    if roles == ["unit"]:
        return _fits("unit", following.text, None, False) and not QUALITATIVE_UNIT.pattern.fullmatch(following.text)
    if roles == ["attr"]:
        return _fits("attr", following.text, None, False)
    return False


def _lone(cells: list[_Cell], index: int) -> bool:
    """A cell standing alone between blank lines in a table whose rows are set apart by blank
    lines (LONE_CELL_CONTINUES)."""
    blank_rows = any(not c.after_blank for c in cells[1:])
    following = cells[index + 1] if index + 1 < len(cells) else None
    return blank_rows and cells[index].after_blank and (following is None or following.after_blank)


def _unnumbered(cell: _Cell) -> _Cell:
    """NUMBERED_ROW_NAME: a name cell without the number of its row within its group."""
    numbered = NUMBERED_ROW_NAME.pattern.fullmatch(cell.text)
    if numbered is None:
        return cell
    return _Cell(cell.start + numbered.start("name"), cell.end, numbered.group("name"), cell.after_blank)


def _sub_row_name(row_name: str, sub_name: str) -> str:
    """STACKED_SUB_ROWS: a sub-row's name with its row's: "义务教育标准班额比例（小学）" for the part 小学 of
    "义务教育标准班额比例（%）", "幼儿教师本科及以上学历比例" for the measure 本科及以上学历比例 of
    "幼儿教师专科及以上学历比例"."""
    name, _unit = _split_name_unit(row_name)
    sub = SUB_ROW_LEAD.pattern.sub("", sub_name)
    sub_key, name_chars = name_key(sub), [i for i, ch in enumerate(name) if "\u4e00" <= ch <= "\u9fff"]
    if len(sub_key) <= SUB_ROW_PART_MAX:
        return f"{name}（{sub}）"
    if len(name_chars) > len(sub_key) + 1 and name_key(name)[-1:] == sub_key[-1:]:
        return name[: name_chars[len(name_chars) - len(sub_key)]] + sub
    return sub


def _unstacked(cells: list[_Cell], columns: list[_Column]) -> list[_Cell]:
    """The cells of a table, each name numbered in its group without its number (NUMBERED_ROW_NAME), and each row
    that stacks its 其中 sub-rows in its cells (STACKED_SUB_ROWS) written as rows one after another: the row's name
    and values (when it has values of its own), then each sub-row's name and values."""
    # NUMBERED_GROUP_ROW: a group row ("一、发展水平") before its first row holds no values
    cells = [
        c
        for k, c in enumerate(cells)
        if not (
            NUMBERED_GROUP_ROW.pattern.fullmatch(c.text)
            and k + 1 < len(cells)
            and NUMBERED_GROUP_FIRST_ROW.match(cells[k + 1].text)
        )
    ]
    names = [i for i, c in enumerate(columns) if c.role == "name"]
    values = [i for i, c in enumerate(columns) if c.role in ("base", "target", "other", "year")]
    if not names or not values or values != list(range(names[0] + 1, names[0] + 1 + len(values))):
        # the value columns right after the name only: a unit column between would stack too
        return [_unnumbered(c) for c in cells]
    out: list[_Cell] = []
    index = 0
    while index < len(cells):
        cell = cells[index]
        if not (
            index + 1 < len(cells)
            and _is_text(_unnumbered(cell).text)
            and SUB_ROW_LEAD.pattern.match(cells[index + 1].text)
        ):
            out.append(_unnumbered(cell))
            index += 1
            continue
        subs = [cells[index + 1]]
        at = index + 2
        while at < len(cells) and _is_text(cells[at].text) and len(name_key(cells[at].text)) <= SUB_ROW_PART_MAX:
            subs.append(cells[at])  # 其中:小学 / 初中: the sub-rows' names, the first after 其中
            at += 1
        stacked = at
        while stacked < len(cells) and VALUE_CELL.pattern.fullmatch(cells[stacked].text):
            stacked += 1
        count = stacked - at
        rows = len(subs) + 1 if count == (len(subs) + 1) * len(values) else len(subs)
        if count != rows * len(values):
            out.append(_unnumbered(cell))  # no stack of values: the cells are read as they stand
            index += 1
            continue
        main = _unnumbered(cell)
        names_of = ([main] if rows > len(subs) else []) + [
            _Cell(sub.start, sub.end, _sub_row_name(main.text, sub.text), sub.after_blank) for sub in subs
        ]
        for r, name in enumerate(names_of):
            out.append(name)
            out += [cells[at + column * rows + r] for column in range(len(values))]
        index = stacked
    return out


def _rows(cells: list[_Cell], columns: list[_Column]) -> list[dict[str, list[_Cell]]]:
    """Put each cell in the first column, from where its row has got to, that takes its kind of
    cell; a row starts at its 序号, or after the last column, or at a name past the values."""
    has_seq = any(c.role == "seq" for c in columns)
    group_first = bool(columns) and columns[0].role == "group"
    value_roles = [i for i, c in enumerate(columns) if c.role in ("base", "target", "other", "year")]
    last_value = value_roles[-1] if value_roles else -1
    lead_column = any(c.role == "lead" for c in columns[last_value + 1 :])
    rows: list[dict[str, list[_Cell]]] = []
    row: dict[str, list[_Cell]] | None = None
    pointer, expected, last_role = 0, 1, ""
    taken: set[int] = set()  # cells already read as the second line of a wrapped cell
    for index, cell in enumerate(cells):
        if index in taken:
            continue
        text = cell.text
        following = cells[index + 1].text if index + 1 < len(cells) else None
        row_done = row is None or "target" in row
        if (
            row_done
            and group_first
            and has_seq
            and following is not None
            and SEQ_CELL.pattern.fullmatch(following)
            and int(following) == expected
            and _is_text(text)
        ):
            continue  # the next group's cell (绿化), before the next row's number
        if (
            has_seq
            and SEQ_CELL.pattern.fullmatch(text)
            and int(text) == expected
            and row_done  # "2" may be row 1's target before row 2's number
        ):
            row = {"seq": [cell]}
            rows.append(row)
            expected += 1
            pointer = next(i for i, c in enumerate(columns) if c.role == "seq") + 1
            last_role = "seq"
            continue
        if row is not None and LABELED_VALUE.pattern.fullmatch(text):
            spread = _spread_labeled(cells, index, columns, pointer, last_value)
            if spread:
                for i, run in spread:
                    role = columns[i].role
                    row.setdefault(role if role != "year" else "other", []).extend(run)
                    taken.update(cells.index(c) for c in run)
                pointer, last_role = spread[-1][0] + 1, columns[spread[-1][0]].role
                continue
        placed = False
        if (
            row is not None
            and last_role == "name"
            and not cell.after_blank
            and NAME_BRACKET_TAIL.pattern.fullmatch(text)
            and not UNIT_CELL_RULE.pattern.fullmatch(text)
        ):
            row["name"].append(cell)  # the name's bracketed second line (NAME_BRACKET_TAIL)
            continue
        if row is not None and last_role == "name" and _name_second_line(cells, index, columns, pointer):
            row["name"].append(cell)  # "实施老旧小区" / "改造面积" / "万平方米" (WRAPPED_NAME_BEFORE_UNIT)
            continue
        if (
            row is not None
            and last_role == "seq"
            and columns[pointer : pointer + 1]
            and columns[pointer].role == "name"
            and DIGIT_LED_NAME.pattern.fullmatch(text)
        ):
            row["name"] = [cell]  # "30—70岁重大慢性病过早死亡率" after its row's number (DIGIT_LED_NAME)
            pointer, last_role = pointer + 1, "name"
            continue
        # WORDED_VALUE_IN_ROW: after a value cell of a numbered row, words fill the next value column
        worded_in_row = has_seq and lead_column and last_role in ("base", "target", "other", "year")
        if row is not None:
            for i in range(pointer, len(columns)):
                role = columns[i].role
                if role == "seq":
                    continue
                if _fits(role, text, following, i == last_value or worded_in_row):
                    row.setdefault(role if role != "year" else "other", []).append(cell)
                    pointer, last_role, placed = i + 1, role, True
                    if role == "group" and _wrapped_group(cells, index):
                        row["group"].append(cells[index + 1])
                        taken.add(index + 1)
                    break
        if placed:
            continue
        if (
            row is not None
            and last_role in ("base", "target", "other")
            and not cell.after_blank
            and UNIT_CELL_RULE.pattern.fullmatch(text)
            and row.get(last_role)
            and VALUE_CELL.pattern.fullmatch(row[last_role][-1].text)
        ):
            row[last_role].append(cell)  # "120.14" / "平方公里": a value cell's unit on its second line
            continue
        if (
            row is not None
            and "target" not in row
            and "unit" not in row
            and UNIT_CELL_RULE.pattern.fullmatch(text)
            and [c.role for c in columns[pointer:]][:1] == ["target"]
        ):
            row["target"] = [cell]  # UNIT_ONLY_TARGET: "张" where the target stands, its number elsewhere
            pointer, last_role = pointer + 1, "target"
            continue
        # A cell wrapped over two lines continues on the very next line, never after a blank one.
        worded_target = (
            row is not None
            and last_role == "target"
            and pointer > last_value
            and not any(VALUE_CELL.pattern.fullmatch(c.text) for c in row["target"])
        )
        wrapped = (
            row is not None
            and _is_text(text)
            and (
                (not cell.after_blank and (last_role == "name" or worded_target))
                # a paragraph of the target cell above, alone between blank lines
                or (worded_target and not group_first and _lone(cells, index))
            )
        )
        if wrapped and row is not None:
            row[last_role].append(cell)  # a cell wrapped over two lines
            continue
        if _is_text(text):
            # A row without a number (a 其中 sub-row, or a table without 序号) starts at its name.
            row = {"name": [cell]}
            rows.append(row)
            pointer = next(i for i, c in enumerate(columns) if c.role == "name") + 1
            last_role = "name"
    return rows


def _header_size(lines: list[tuple[int, str]], index: int) -> int:
    """How many lines from ``index`` make a table header (three header cells or more, one of
    them the indicator's name); 0 when none starts there."""
    roles: list[str] = []
    while index + len(roles) < len(lines):
        cell = lines[index + len(roles)][1]
        role = header_role(cell)
        if role is None and roles and HEADER_YEAR_TAIL.pattern.fullmatch(cell.strip()):
            role = "tail"  # the bracketed year of the header cell above (HEADER_YEAR_TAIL)
        if role is None:
            break
        roles.append(role)
    if tuple(roles) == TWO_COLUMN_HEADER:
        return 2  # 指标名称 / 预期目标 (TWO_COLUMN_HEADER)
    return len(roles) if len(roles) >= 3 and "name" in roles else 0


def _split_row(pos: int, line: str) -> list[tuple[int, str]] | None:
    """The cells of a line that holds a whole row: a Markdown pipe row ("| 1 | 名称 | % |") or
    cells separated by tabs (how the HTML reader writes a <tr>); None for a one-cell line."""
    stripped = line.strip()
    if MARKDOWN_ROW.pattern.fullmatch(stripped):
        parts = stripped[1:-1].split("|")
    elif "\t" in stripped:
        parts = stripped.split("\t")
    else:
        return None
    cells, cursor = [], pos
    for part in parts:
        cell = part.strip()
        at = line.find(cell, cursor - pos) + pos if cell else cursor
        cells.append((at, cell))
        cursor = at + len(cell)
    return cells


def _pipe_cell_run(pos: int, line: str) -> list[tuple[int, str]] | None:
    """PIPE_CELL_RUN: the cells of a line where cells closed by " |" run on, the text glued before the first header
    cell read off; None for another line."""
    if line.lstrip().startswith("|") or len(PIPE_CELL_RUN.pattern.findall(line)) < PIPE_CELL_RUN_MIN:
        return None
    cells: list[tuple[int, str]] = []
    cursor = 0
    for cut in [*PIPE_CELL_RUN.pattern.finditer(line), None]:
        end = cut.start() if cut is not None else len(line)
        cell = line[cursor:end].strip()
        at = pos + cursor + (line[cursor:end].find(cell) if cell else 0)
        if not cells and header_role(cell) is None:
            # "…主要目标任务序号": the longest tail that is a header cell
            tail = next((k for k in range(len(cell)) if header_role(cell[k:]) is not None), None)
            if tail is not None:
                cells.append((pos + cursor, cell[:tail]))
                at, cell = at + tail, cell[tail:]
        cells.append((at, cell))
        cursor = cut.end() if cut is not None else len(line)
    return [(at, cell) for at, cell in cells if cell]


def _broken_row(lines: list[tuple[int, str]], index: int) -> int:
    """MARKDOWN_ROW_OPEN: how many lines after ``index`` continue the pipe row opened there, a cell's
    line break inside it, to the line that closes it; 0 when none does."""
    if not MARKDOWN_ROW_OPEN.pattern.fullmatch(lines[index][1].strip()):
        return 0
    for more in range(1, MARKDOWN_ROW_LINES_MAX + 1):
        if index + more >= len(lines):
            return 0
        line = lines[index + more][1].strip()
        if not line or line.startswith("|"):
            return 0
        if MARKDOWN_ROW_CLOSE.pattern.fullmatch(line):
            return more
    return 0


def _unglued_pipe_rows(lines: list[tuple[int, str]], any_glued: bool = False) -> list[tuple[int, str]]:
    """Each line that holds Markdown rows glued together (GLUED_PIPE_TABLE; with ``any_glued``, any "||")
    cut into its rows and the text around them (GLUED_PIPE_ROWS), each piece at its own offset."""
    out: list[tuple[int, str]] = []
    for pos, line in lines:
        if not GLUED_PIPE_TABLE.pattern.search(line) and not (any_glued and "||" in line):
            out.append((pos, line))
            continue
        cuts = [0, *(m.start() for m in GLUED_PIPE_ROWS.pattern.finditer(line)), len(line)]
        start = 0
        for cut in cuts[1:]:
            piece = line[start:cut]
            # a row is kept whole from its opening pipe to its closing one
            if cut < len(line) and piece.startswith("|") and not (len(piece) > 1 and piece.endswith("|")):
                continue
            out.append((pos + start, piece))
            start = cut
    return out


def _cell_lines(text: str) -> tuple[list[tuple[int, str]], list[int]]:
    """Every cell of the text in order (one per line, or the cells of a row line), with the
    number of the line it stands on; Markdown separator rows (|---|---|) dropped."""
    cells: list[tuple[int, str]] = []
    rows: list[int] = []
    lines = _unglued_pipe_rows(_lines(text))
    joined_to = -1  # lines up to this one were read as part of a broken pipe row
    for number, (pos, line) in enumerate(lines):
        if not line.strip() or number <= joined_to:
            continue
        more = _broken_row(lines, number)
        if more:
            # One row over several lines (MARKDOWN_ROW_OPEN): its cells split on the pipes, a cell's
            # line breaks dropped; the text between is the text's own, so offsets hold.
            last_pos, last_line = lines[number + more]
            whole = text[pos : last_pos + len(last_line)].strip()
            offset = pos + text[pos : last_pos + len(last_line)].find(whole)
            cursor = offset + 1
            for part in whole[1:-1].split("|"):
                cell = part.strip()
                at = text.find(cell, cursor) if cell else cursor
                cells.append((at, cell.replace("\n", "")))
                rows.append(number)
                cursor = (at if at >= 0 else cursor) + len(part)
            joined_to = number + more
            continue
        split = _split_row(pos, line) or _pipe_cell_run(pos, line)
        if split is None:
            start = pos + line.find(line.strip())
            closed = PIPE_CLOSED_CELL.pattern.fullmatch(line.strip())  # "人均预期寿命 |": a cell (PIPE_CLOSED_CELL)
            cells.append((start, closed.group("cell") if closed else line.strip()))
            rows.append(number)
            continue
        if all(MARKDOWN_RULE.pattern.fullmatch(c) for _, c in split if c):
            continue
        for at, cell in split:
            cells.append((at, cell))
            rows.append(number)
    return cells, rows


def _row_lines(cells: list[_Cell], rows: list[int], columns: list[_Column]) -> list[dict[str, list[_Cell]]]:
    """A table written a row per line: a line with as many cells as columns is read cell by
    column; another line is read like cells one per line."""
    out: list[dict[str, list[_Cell]]] = []
    for number in sorted(set(rows)):
        line = [c for c, r in zip(cells, rows, strict=True) if r == number]
        if len(line) == len(columns):
            row: dict[str, list[_Cell]] = {}
            for column, cell in zip(columns, line, strict=True):
                role = "other" if column.role == "year" else column.role
                if cell.text and role not in ("seq", "group"):
                    row.setdefault(role, []).append(cell)
            out.append(row)
        else:
            out += _rows([c for c in line if c.text], columns)
    return out


def cell_tables(text: str, end_year: int | None = None) -> list[_Found]:
    """Indicator tables whose header names their columns (序号/指标/单位/属性/基期值/目标值),
    written one cell per line (blank lines between cells or rows allowed), or a row per line
    (Markdown pipes, or tabs as the HTML reader writes a table)."""
    found: list[_Found] = []
    lines, line_of = _cell_lines(text)
    index = 0
    while index < len(lines):
        size = _header_size(lines, index)
        if not size:
            index += 1
            continue
        headers = lines[index : index + size]
        j = index + size
        caption = lines[index - 1][1] if index > 0 else ""
        columns = _columns(_unwrap_headers([h for _, h in headers]), caption, end_year)
        cells: list[_Cell] = []
        numbers: list[int] = []
        while (
            j < len(lines)
            and (
                not _table_end(lines[j][1])
                or _worded_target(lines[j][1], lines[j - 1][1], columns)
                or _numbered_group_row(lines, j)
            )
            and not _header_size(lines, j)
        ):
            start, line = lines[j]
            cells.append(_Cell(start, start + len(line), line, line_of[j] - line_of[j - 1] > 1))
            numbers.append(line_of[j])
            j += 1
        index = j
        if columns is None:
            continue
        by_line = len(set(numbers)) < len(numbers)  # several cells share a line: a row per line
        table_rows = _row_lines(cells, numbers, columns) if by_line else _rows(_unstacked(cells, columns), columns)
        by_role = {c.role: c for c in columns}
        target_year = by_role["target"].year
        base_column = by_role.get("base")
        for row in table_rows:
            if "name" not in row or "target" not in row:
                continue
            target = TARGET_PASS_MARK.pattern.sub("", _joined(row["target"]))  # TARGET_PASS_MARK
            if EMPTY_CELL.pattern.fullmatch(target):
                # 2025年 | 年均[累计]: a row fills one of the two columns
                others = [c.text for c in row.get("other", []) if not EMPTY_CELL.pattern.fullmatch(c.text)]
                if not others:
                    continue
                target = others[0]
            name, unit = _split_name_unit("".join(c.text for c in row["name"]))
            name = FOOTNOTE_MARK.sub("", name)
            if "unit" in row and not EMPTY_CELL.pattern.fullmatch(row["unit"][0].text):
                unit = "" if QUALITATIVE_UNIT.pattern.fullmatch(row["unit"][0].text) else row["unit"][0].text
            base = _joined(row.get("base", []))
            has_base = bool(base) and not EMPTY_CELL.pattern.fullmatch(base)
            name = clean_name(name, cell=True)
            if not name:
                continue
            if UNIT_CELL_RULE.pattern.fullmatch(target):
                # UNIT_ONLY_TARGET: the number from the sentence that states this indicator in that unit
                stated = re.search(re.escape(name) + rf"(\d+(?:\.\d+)?[万亿]?){re.escape(target)}", text)
                unit = unit or target
                target = stated.group(1) + target if stated is not None else target
            all_cells = [c for cs in row.values() for c in cs]
            start = min(c.start for c in all_cells)
            end = max(c.end for c in all_cells)
            found.append(
                _Found(
                    name=name,
                    value=target,
                    unit=unit,
                    year=target_year,
                    baseline=base if has_base else None,
                    baseline_year=base_column.year if has_base and base_column else None,
                    start=start,
                    end=end,
                    evidence=" | ".join(c.text for c in sorted(all_cells, key=lambda c: c.start)),
                    words=True,
                )
            )
    return found


def _plain_cell(cell: str) -> str:
    """A Markdown cell's text without its bold marks and with its <br> breaks as spaces."""
    return re.sub(r"<br\s*/?>", " ", cell).replace("**", "").strip()


def _stated_in_year(text: str, amount: str, year: int) -> bool:
    """YEAR_GROUP_TOTAL_STATED: whether a sentence of the text that names ``year`` states ``amount`` (110万千瓦)."""
    number = re.escape(amount).replace("\\ ", r"\s*")
    return any(f"{year}年" in m.group() for m in re.finditer(rf"[^。；;\n]*(?<![\d.]){number}[^。；;\n]*", text))


def year_group_tables(text: str) -> list[_Found]:
    """YEAR_GROUP_TABLE: tables whose rows are years (× a row label) and whose columns are measures,
    written a row per line (Markdown pipes or tabs); one indicator per value cell."""
    found: list[_Found] = []
    # a joined text whose caption's <br> became a line break keeps the rule row on the line before: rows glued
    # by "||" are cut all the same
    lines = _unglued_pipe_rows(_lines(text), any_glued=True)
    index = 0
    while index < len(lines):
        pos, line = lines[index]
        header = _split_row(pos, line)
        heads = [_plain_cell(c) for _, c in header] if header else []
        while heads and not heads[-1]:
            heads.pop()
        if not (
            len(heads) >= 1 + YEAR_GROUP_MEASURES_MIN
            and YEAR_GROUP_HEADER.pattern.fullmatch(heads[0])
            and all(YEAR_GROUP_MEASURE.pattern.fullmatch(h) for h in heads[1:])
        ):
            index += 1
            continue
        caption = " ".join(_plain_cell(line) for _, line in lines[max(0, index - 3) : index])
        if not YEAR_GROUP_CAPTION.pattern.search(caption):
            index += 1
            continue  # YEAR_GROUP_CAPTION: statistics or a forecast by year
        caption_unit = YEAR_GROUP_UNIT.pattern.search(caption)
        width, year, labeled = len(heads), None, None
        index += 1
        while index < len(lines):
            pos, line = lines[index]
            split = _split_row(pos, line)
            if split is None:
                break
            cells = [(at, _plain_cell(c)) for at, c in split]
            if all(MARKDOWN_RULE.pattern.fullmatch(c) for _, c in cells if c):
                index += 1
                continue
            while len(cells) > width and not cells[-1][1]:
                cells.pop()
            first = YEAR_GROUP_CELL.pattern.fullmatch(cells[0][1]) if cells else None
            if len(cells) == width and first:
                year = int(first.group("year"))
                cells = cells[1:]
            elif len(cells) != width - 1 or year is None:
                break  # a row of another shape: the table ends
            if labeled is None:
                # the column after the year holds the rows' labels when its first cell is words
                labeled = not VALUE_CELL.pattern.fullmatch(cells[0][1])
            label = cells[0][1] if labeled else ""
            measures = list(zip(heads[2:] if labeled else heads[1:], cells[1:] if labeled else cells, strict=False))
            for head, (at, cell) in measures:
                if not VALUE_CELL.pattern.fullmatch(cell) or YEAR_GROUP_DATE.pattern.fullmatch(cell):
                    continue
                head_name, unit = _split_name_unit(head)
                unit = unit or (caption_unit.group("unit") if caption_unit else "")
                total = YEAR_GROUP_TOTAL.pattern.fullmatch(label) is not None
                if total and unit and _stated_in_year(text, cell + unit, year):
                    continue  # YEAR_GROUP_TOTAL_STATED: the goal sentence that states this total names it
                name = head_name + label if total else label + head_name
                found.append(
                    _Found(
                        name=clean_name(name, cell=True),
                        value=cell,
                        unit=unit,
                        year=year,
                        baseline=None,
                        baseline_year=None,
                        start=at,
                        end=at + len(cell),
                        evidence=line.strip(),
                    )
                )
            index += 1
    return found


# --- PDF rows -------------------------------------------------------------------------------
FOOTNOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])\d$")  # "拥有量1": a footnote's number


@dataclass
class _PdfRow:
    start: int
    end: int
    name: str = ""
    unit: str = ""
    values: list[str] | None = None
    before: list[str] | None = None
    after: list[str] | None = None

    def needs(self) -> bool:
        return not self.name or not self.unit


def _unit_like(token: str) -> bool:
    return bool(UNIT_CELL_RULE.pattern.fullmatch(token))


def _pdf_row(start: int, line: str, cells: str) -> tuple[_PdfRow, str | None]:
    """A row line's cells, and what of the next row's cells is glued to its end."""
    tokens = cells.split()
    glued = None
    if tokens:
        tail = GLUED_VALUE.pattern.match(tokens[-1])
        if tail is not None and len(tokens) > 1:
            tokens[-1], glued = tail.group("value"), tail.group("tail")
    row = _PdfRow(start, start + len(line), values=[], before=[], after=[])
    names: list[str] = []
    seen_attr = False
    for token in tokens:
        if ATTRIBUTE_CELL.pattern.fullmatch(token):
            seen_attr = True
        elif seen_attr:
            assert row.values is not None
            row.values.append(token)
        elif not row.unit and (_unit_like(token) or token in ("/", "／")):
            row.unit = token
        elif not row.unit and _is_text(token):
            names.append(token)
        elif not seen_attr:
            assert row.values is not None
            row.values.append(token)
    row.name = "".join(names)
    return row, glued


def _give(rows: list[_PdfRow], k: int, fragments: list[str]) -> None:
    """Lines between row k and row k+1: the wrapped cells of one or the other."""
    if not fragments:
        return
    current = rows[k] if k >= 0 else None
    following = rows[k + 1] if k + 1 < len(rows) else None
    if current is not None and current.needs() and current.after is not None:
        current.after.append(fragments[0])
        fragments = fragments[1:]
    if following is not None and following.needs() and following.before is not None:
        following.before.extend(fragments)


def _assemble(row: _PdfRow) -> tuple[str, str, list[str]]:
    """Name, unit and extra values of a row from its line and its wrapped fragments."""
    names, units, values = [row.name] if row.name else [], [row.unit] if row.unit else [], []
    for fragment in (row.before or []) + (row.after or []):
        tokens = fragment.split()
        if len(tokens) == 1:
            if _unit_like(tokens[0]) and not row.unit:
                units.append(tokens[0])
            elif not row.name and _is_text(tokens[0]):
                names.append(tokens[0])
            continue
        if not row.name and _is_text(tokens[0]):
            names.append(tokens[0])
        rest = tokens[1:]
        if rest and _unit_like(rest[0]) and not row.unit:
            units.append(rest[0])
            rest = rest[1:]
        values.extend(rest)
    name = FOOTNOTE_MARK.sub("", "".join(names))
    return name, "".join(u for u in units if u not in ("/", "／")), values


def pdf_row_tables(text: str, end_year: int | None = None) -> list[_Found]:
    """Tables a PDF extraction laid out a row per line, cells separated by spaces, under a header
    naming 指标 (PDF_HEADER); wrapped names and units are taken from the lines around a row."""
    found: list[_Found] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        first = PDF_ROW.pattern.match(lines[i][1])
        # The header is read only above a first row: reading it above every line was 4 % of the
        # whole analysis (header_role over every token of the lines before each line).
        if first is None or first.group("seq") != "1":
            i += 1
            continue
        above = [line for _, line in lines[max(0, i - PDF_HEADER_LINES) : i]]
        header_roles = {header_role(token) for line in above for token in line.split()}
        if (
            not PDF_HEADER.pattern.search(re.sub(r"\s", "", "".join(above)))
            or not header_roles & {"target", "year"}  # a list of indicators without targets
        ):
            i += 1
            continue
        roles = (header_role(token) for token in above[-1].split())
        value_roles = [r for r in roles if r in ("year", "target", "base", "other")]
        years = [y for line in above for y in map(int, TABLE_YEAR.findall(line))]
        period = next((_header_year(line) for line in above if PERIOD_NAME.search(line)), None)
        year = years[-1] if years else period or end_year
        rows: list[_PdfRow] = []
        gaps: list[list[str]] = []
        j, expected = i, 1
        pending: list[str] = []
        while j < len(lines):
            match = PDF_ROW.pattern.match(lines[j][1])
            if match is not None and int(match.group("seq")) == expected:
                row, glued = _pdf_row(lines[j][0], lines[j][1], match.group("cells"))
                gaps.append(pending)
                rows.append(row)
                pending = [glued] if glued else []
                expected += 1
                j += 1
                continue
            line = lines[j][1].strip()
            ended = not line or len(line) > CELL_MAX or FOOTNOTE_LINE.pattern.match(line)
            if ended or len(pending) >= PDF_FRAGMENT_LINES:
                break
            pending.append(line)
            j += 1
        # the last row keeps only what was glued to its own line
        gaps.append(pending[:1] if pending and lines[j - len(pending)][1].strip() != pending[0] else [])
        for k in range(len(rows)):
            _give(rows, k - 1, gaps[k])
        _give(rows, len(rows) - 1, gaps[-1])
        for row in rows:
            name, unit, extra = _assemble(row)
            values = (row.values or []) + ([" ".join(extra)] if extra else [])
            target = _pdf_target(values, value_roles)
            name = clean_name(name, cell=True)
            if not name or target is None:
                continue
            found.append(
                _Found(
                    name=name,
                    value=target,
                    unit=unit,
                    year=year,
                    baseline=None,
                    baseline_year=None,
                    start=row.start,
                    end=row.end,
                    evidence=text[row.start : row.end],
                    words=True,
                )
            )
        i = max(j, i + 1)
    return found


def _pdf_target(values: list[str], roles: list[str]) -> str | None:
    """The target among a row's value cells: the one under a year or target column, else the
    first that is not empty (a table with a 2025年 and a 年均[累计] column fills one of them)."""
    filled = [(k, v) for k, v in enumerate(values) if not EMPTY_CELL.pattern.fullmatch(v)]
    if not filled:
        return None
    if len(roles) == len(values):
        for k, v in filled:
            if roles[k] in ("target", "year"):
                return v
    return filled[0][1]


# --- tables flattened into one line -----------------------------------------------------------
NUMBER_PART = re.compile(r"[1-9]\d*(?:\.\d+)?|0(?:\.\d+)?")
FOOTNOTE_BETWEEN = re.compile(r"(?<=[\u4e00-\u9fff])\d(?=[\u4e00-\u9fff])")


def _split_glued(atom: str) -> list[str] | None:
    """Two numbers a crawl glued together, split where their whole parts are alike in length
    ("151165" → 151, 165; "21.6623.04" → 21.66, 23.04; "70.570左右" → 70.5, 70左右)."""
    m = re.fullmatch(r"(?P<bound>[＞＜≥≤><]?)(?P<digits>[\d.]+)(?P<qual>左右|以上|以下)?", atom)
    if m is None:
        return None
    digits = m.group("digits")
    best: tuple[int, int, int] | None = None
    for cut in range(1, len(digits)):
        a, b = digits[:cut], digits[cut:]
        # GLUED_DECIMAL_BELOW_ONE: the second may be a decimal below one ("0.1050.42" → 0.105, 0.42), never 05
        below_one = b[1:2] == "." and digits.count(".") == 2  # only where both are decimals ("70.8" is one)
        if not (NUMBER_PART.fullmatch(a) and NUMBER_PART.fullmatch(b)) or (b.startswith("0") and not below_one):
            continue
        score = (abs(len(a.split(".")[0]) - len(b.split(".")[0])), -len(a), cut)
        if best is None or score < best:
            best = score
    if best is None:
        return None
    cut = best[2]
    return [m.group("bound") + digits[:cut], digits[cut:] + (m.group("qual") or "")]


def _flat_cells(run: str, count: int) -> list[str]:
    atoms = FLAT_ATOM.findall(run)
    index = 0
    while len(atoms) < count and index < len(atoms):
        parts = _split_glued(atoms[index])
        if parts is not None:
            atoms[index : index + 1] = parts
            index += 1
        index += 1
    return atoms[len(atoms) - count :] if len(atoms) > count else atoms


def flat_tables(text: str) -> list[_Found]:
    """Tables a crawl flattened into one line (FLAT_HEADER, then name（unit）values 属性 …)."""
    found: list[_Found] = []
    for header in FLAT_HEADER.pattern.finditer(text):
        line_end = text.find("\n", header.end())
        line_end = len(text) if line_end < 0 else line_end
        note = re.compile(r"注[：:]").search(text, header.end(), line_end)
        end = note.start() if note else line_end
        columns = re.findall(
            FLAT_CHANGE.pattern.pattern + r"|(?:19|20)\d{2}年|[〔\[（(]累计[〕\]）)]", header.group("columns")
        )
        changes = [bool(FLAT_CHANGE.pattern.fullmatch(c)) for c in columns]
        years = [
            int(c[:4]) if c[:4].isdigit() and not changed else None for c, changed in zip(columns, changes, strict=True)
        ]
        numbered = text[: header.start()].rstrip().endswith("序号")
        values = FLAT_VALUES_CHANGE if changes and changes[-1] else FLAT_VALUES
        known = [y for y in years if y is not None]
        base_index = years.index(known[0]) if len(known) > 1 else None
        target_index = len(years) - 1 - years[::-1].index(known[-1])
        name_start = header.end()
        group_unit = ""
        for m in values.pattern.finditer(text, header.end(), end):
            before = text[m.start() - 1]
            if not ("\u4e00" <= before <= "\u9fff" or before in "）)"):
                continue
            atoms = FLAT_ATOM.findall(m.group("run"))
            closed = bool(m.groupdict().get("attr") or m.groupdict().get("change"))
            if len(atoms) < 2 and not closed:
                continue  # a footnote mark or a group's number
            chunk = text[name_start : m.start()]
            row_start = name_start
            name_start = m.end()
            markers = list(FLAT_MARKER.finditer(chunk))
            if markers:
                chunk = chunk[markers[-1].end() :]
            if numbered:
                chunk = FLAT_ROW_NUMBER.pattern.sub("", chunk)
            chunk = FOOTNOTE_BETWEEN.sub("", chunk).strip()
            grouped = GROUP_WITH_UNIT.pattern.fullmatch(chunk)
            if grouped and UNIT_CELL_RULE.pattern.fullmatch(grouped.group("unit")):
                name, unit = grouped.group("name"), grouped.group("unit")
                group_unit = unit  # the group's later rows have no unit of their own
            else:
                name, unit = _split_name_unit(chunk)
                group_unit = "" if unit else group_unit
                unit = unit or group_unit
            if values is FLAT_VALUES_CHANGE:
                cells = [*_flat_cells(m.group("run"), len(columns) - 1), m.group("change")]
            else:
                cells = _flat_cells(m.group("run"), len(columns))
            cells += [""] * (len(columns) - len(cells))
            filled = [c if c and not EMPTY_CELL.pattern.fullmatch(c) else "" for c in cells]
            later = [c for c, changed in zip(filled, changes, strict=True) if not changed][target_index + 1 :]
            target = filled[target_index] or next((c for c in later if c), "")
            name = clean_name(name, cell=True)
            if not target or len(name_key(name)) < 2:
                continue
            base = filled[base_index] if base_index is not None else ""
            found.append(
                _Found(
                    name=name,
                    value=target,
                    unit=unit,
                    year=known[-1],
                    baseline=base or None,
                    baseline_year=known[0] if base else None,
                    start=row_start,
                    end=m.end(),
                    evidence=text[row_start : m.end()].strip(),
                )
            )
    return found


# --- Glued tables (GLUED_TABLE) --------------------------------------------------------------
# The 序号 header cell (HEADER_CELLS' "seq" rule) opens a glued header.
GLUED_SEQ_HEADER = next(rule for role, rule in HEADER_CELLS if role == "seq").pattern
CHINESE_RUN_END = re.compile(r"[\u4e00-\u9fff]+$")


def _glued_header(text: str, at: int) -> tuple[list[str], int]:
    """The header cells glued from ``at`` and where they end: the reading that goes furthest, with a name
    column, in the fewest cells (GLUED_TABLE)."""
    limit = min(len(text), at + 8 * GLUED_HEADER_CELL_MAX)

    @cache
    def best(pos: int, have: bool) -> tuple[int, bool, int, tuple[str, ...]]:
        # (end, has a name column, -cells, cells) of the best reading from pos, ``have`` a name column before it
        # (GLUED_HEADER_NAMED: once the names have their column, "指标属性" is one cell, not 指标 + 属性)
        choice: tuple[int, bool, int, tuple[str, ...]] = (pos, have, 0, ())
        for size in range(2, GLUED_HEADER_CELL_MAX + 1):
            cell = text[pos : pos + size]
            if pos + size > limit or cell != cell.strip() or "\n" in cell:
                break
            role = header_role(cell)
            if role is None:
                continue
            end, named, fewer, rest = best(pos + size, have or role == "name")
            option = (end, named, fewer - 1, (cell, *rest))
            choice = max(choice, option, key=lambda o: o[:3])
        return choice

    end, _named, _fewer, cells = best(at, False)
    return list(cells), end


def _glued_header_years(text: str, headers: list[str], pos: int) -> tuple[list[str], int]:
    """GLUED_HEADER_YEARS: header cells wrapped before their bracketed years ("现状" / "近期规划" / "（2025年）" /
    "（2030年）") glue the years after the last cell; the run of years goes to the last cells, in order."""
    years: list[str] = []
    while (tail := HEADER_YEAR_TAIL.pattern.match(text, pos)) is not None:
        years.append(tail.group())
        pos = tail.end()
    if not years or not headers:
        return headers, pos
    own = re.search(HEADER_YEAR_TAIL.pattern.pattern + "$", headers[-1])
    cells = list(headers)
    if own is not None and own.start() > 0:
        cells[-1] = cells[-1][: own.start()]
        years.insert(0, own.group())
    if len(years) > len(cells):
        return headers, pos
    first = len(cells) - len(years)
    return [*cells[:first], *(c + y for c, y in zip(cells[first:], years, strict=True))], pos


def _glued_start(text: str, seq: int) -> int:
    """Where a glued header that reaches ``seq`` (its 序号) starts: a group header cell may stand before it."""
    for size in range(2, 7):
        if seq - size >= 0 and header_role(text[seq - size : seq]) == "group":
            return seq - size
    return seq


@lru_cache(maxsize=256)
def _row_start(k: int) -> re.Pattern[str]:
    """A glued row's number k glued to its name (perhaps after its group's cell)."""
    return re.compile(
        rf"(?P<group>[\u4e00-\u9fff]{{1,{GLUED_ROW_GROUP_MAX}}}?)?"
        rf"(?:(?<![\d.]){k}(?=[\u4e00-\u9fff“\"（(]|{GLUED_AGE_NAME})|{k}(?=[“\"（(]|(?!{GLUED_UNIT_START})[\u4e00-\u9fff]))"
    )


def _glued_values(chunk: str, count: int, at_end: bool, split: bool = True) -> list[tuple[int, int]] | None:
    """``count`` value cells of a glued run (its last ones when ``at_end``, else all of it), as spans of the
    chunk; numbers run together are split again (_split_glued) when ``split``. None when the run does not
    give them."""
    atoms = [m.span() for m in GLUED_CELL_VALUE.pattern.finditer(chunk)]
    if split:
        # GLUED_DECIMALS: two decimals glued ("53.7553.74", a 国土空间 table's 现状 and 近期规划 joined) read as
        # "53.7553" and ".74", no run of cells: such a run is cut where _split_glued cuts it
        for dots in GLUED_DECIMALS.finditer(chunk):
            parts = _split_glued(dots.group())
            if parts is None:
                continue
            cut = dots.start() + len(parts[0])
            atoms = [a for a in atoms if a[1] <= dots.start() or a[0] >= dots.end()]
            atoms += [(dots.start(), cut), (cut, dots.end())]
        atoms.sort()
    run: list[tuple[int, int]] = []
    if at_end:
        edge = len(chunk)
        for a, b in reversed(atoms):
            if b != edge:
                break
            run.insert(0, (a, b))
            edge = a
    else:
        edge = 0
        for a, b in atoms:
            if a != edge:
                return None
            run.append((a, b))
            edge = b
        if edge != len(chunk) or (not split and len(run) != count):
            return None
    index = 0
    while split and len(run) < count and index < len(run):
        a, b = run[index]
        parts = _split_glued(chunk[a:b])
        if parts is not None:
            cut = a + len(parts[0])
            run[index : index + 1] = [(a, cut), (cut, b)]
        index += 1
    if len(run) < count:
        return None
    return run[len(run) - count :]


def _glued_after(text: str, end: int, k: int, count: int, grouped: bool) -> list[str] | None:
    """The ``count`` value cells after row k's attribute (at ``end``), up to row k+1's number. The next
    row's number may hide in a value ("120.14平方公里…4市、区管…": 4 before 平 is no row), so of the places
    row k+1 may start, the first whose run before it reads as exactly ``count`` cells wins, then the first
    that reads as them once glued numbers are split; a single cell may be a target in words; after the last
    row the cells are the values that open the rest."""
    nexts = list(_row_start(k + 1).finditer(text, end, end + GLUED_ROW_MAX))

    def chunk_before(later: re.Match[str]) -> list[str]:
        chunk = text[end : later.start()] + (later.group("group") or "")
        bare = CHINESE_RUN_END.sub("", chunk)
        # a group's cell before the next row's number, after a value: "50惠民生4老旧…"
        return [chunk, bare] if grouped and bare and bare != chunk else [chunk]

    for split in (False, True):
        for later in nexts:
            for chunk in chunk_before(later):
                spans = _glued_values(chunk, count, at_end=False, split=split)
                if spans is not None:
                    return [chunk[a:b] for a, b in spans]
    if nexts and count == 1:
        # a target in words ("与全市经济增速保持同步"), to the next row's number (a group's cell, if any, stays in it)
        number = nexts[0].end("group") if nexts[0].group("group") else nexts[0].start()
        return [text[end:number]]
    if not nexts:
        rest = text[end : end + GLUED_ROW_MAX]
        spans = _glued_values(rest[: _leading_values(rest)], count, at_end=False)
        return [rest[a:b] for a, b in spans] if spans is not None else None
    return None


def _glued_unit(name: str) -> tuple[str, str]:
    """A unit glued after a name under a 单位 column: the longest unit-like tail ("全员劳动生产率万元/人")."""
    for size in range(min(6, len(name) - 2), 0, -1):
        tail = name[-size:]
        if UNIT_CELL_RULE.pattern.fullmatch(tail):
            return name[:-size], tail
    return name, ""


def glued_tables(text: str, end_year: int | None = None) -> list[_Found]:
    """Indicator tables whose cells a crawl glued together (GLUED_TABLE)."""
    found: list[_Found] = []
    for seq in GLUED_SEQ_HEADER.finditer(text):
        start = _glued_start(text, seq.start())
        headers, pos = _glued_header(text, start)
        headers, pos = _glued_header_years(text, headers, pos)
        roles = [header_role(h) for h in headers]
        if len(headers) < GLUED_HEADER_CELLS or not {"seq", "name"} <= set(roles):
            continue
        columns = _columns(headers, text[max(0, start - 40) : start], end_year)
        # the attribute column, by its name (属性) or as a 类型 right of the names (ATTRIBUTE_AFTER_NAME)
        if columns is None or "attr" not in {c.role for c in columns}:
            continue
        kinds = [c.role for c in columns if c.role not in ("group", "seq")]
        cut = kinds.index("attr")
        before, after = kinds[:cut], kinds[cut + 1 :]
        values_before = [r for r in before if r not in ("name", "unit")]
        k = 1
        while True:
            # GLUED_SUB_ROW: "其中:" opens an unnumbered row of the row above, the next row keeps its number
            sub = GLUED_SUB_ROW.pattern.match(text, pos) if k > 1 else None
            row = sub or _row_start(k).match(text, pos)
            if row is None or not ("group" in roles or sub is not None or not row.group("group")):
                break
            attribute = GLUED_ATTRIBUTE.pattern.search(text, row.end(), row.end() + GLUED_ROW_MAX)
            if attribute is None:
                break
            end = attribute.end()
            after_cells: list[str] = []
            if after:
                read = _glued_after(text, end, k, len(after), "group" in roles)
                if read is None:
                    break
                after_cells = read
                end += len("".join(read))
            name = text[row.end() : attribute.start()]
            before_cells: list[str] = []
            if values_before:
                spans = _glued_values(name, len(values_before), at_end=True)
                # GLUED_WORDED_TARGET_AFTER_BASE: after a baseline column the dash is the empty baseline
                worded = GLUED_WORDED_TARGET.pattern.search(name) if values_before[-1] == "target" else None
                if spans is None and worded is not None:
                    # GLUED_WORDED_TARGET: an empty unit (or baseline) cell, then the target in words
                    empties = [""] * (len(values_before) - 1)
                    before_cells, name = [*empties, worded.group("target")], name[: worded.start()]
                elif spans is None:
                    break
                else:
                    before_cells = [name[a:b] for a, b in spans]
                    name = name[: spans[0][0]]
            cells = dict(zip(values_before + after, before_cells + after_cells, strict=True))
            name, unit = _split_name_unit(name)
            if "unit" in before and not unit:
                name, unit = _glued_unit(name)
            target = TARGET_PASS_MARK.pattern.sub("", cells.get("target", ""))
            base = cells.get("base", "")
            has_base = bool(base) and not EMPTY_CELL.pattern.fullmatch(base)
            name = clean_name(name, cell=True)
            by_role = {c.role: c for c in columns}
            if name and target and not EMPTY_CELL.pattern.fullmatch(target):
                found.append(
                    _Found(
                        name=name,
                        value=target,
                        unit=unit,
                        year=by_role["target"].year,
                        baseline=base if has_base else None,
                        baseline_year=by_role["base"].year if has_base and "base" in by_role else None,
                        start=row.start(),
                        end=end,
                        evidence=text[row.start() : end],
                        words=True,
                    )
                )
            pos, k = end, k + (1 if sub is None else 0)
    return found


def _leading_values(chunk: str) -> int:
    """Where the value cells that open a chunk end (the last glued row's, before the text after the table)."""
    edge = 0
    for m in GLUED_CELL_VALUE.pattern.finditer(chunk):
        if m.start() != edge:
            break
        edge = m.end()
    return edge


def _within(sections: Iterable[Section], pattern: re.Pattern[str], all_sections: list[Section]) -> list[Section]:
    """Sections whose title matches, without those nested in another match."""
    chosen = [s for s in sections if pattern.search(s.title)]
    by_id = {s.id: s for s in all_sections}
    out = []
    for s in chosen:
        parent = by_id.get(s.parent_id) if s.parent_id else None
        nested = False
        while parent is not None:
            if parent in chosen:
                nested = True
                break
            parent = by_id.get(parent.parent_id) if parent.parent_id else None
        if not nested:
            out.append(s)
    return out


def _title_year(doc: PlanDocument, position: int, titled: re.Pattern[str] | None = None) -> int | None:
    """The year the titles of the sections around ``position`` name, innermost first
    ("三、2026年工作安排" → 2026; "二、“十五五”时期主要目标任务" → 2030); only titles that match
    ``titled`` when given. A title naming a year before the plan starts is a review's: REVIEW."""
    around = [s for s in doc.sections if s.start <= position < s.end]
    start = doc.plan.start_year
    for section in sorted(around, key=lambda s: -s.level):
        year = _header_year(section.title)
        if year is not None and start is not None and year < start:
            return REVIEW
        if year is not None and (titled is None or titled.search(section.title)):
            return year
    return None


REVIEW = 0  # _title_year: the section reviews the years before the plan (no targets there)


def _clause_targets(
    clause: str, counts: bool = False, measures: bool = False, stages: int = 0
) -> list[tuple[str, str, int]]:
    """(name, value as written, end offset) of the targets one clause sets; ``counts``: where the
    sentence is dated (COUNTS_DATED), ``measures``: where it or its section is (MEASURED_AFTER);
    ``stages``: how many years the sentence lists (STAGED_YEARS)."""
    found = _one_clause_targets(clause, counts, measures, stages)
    if not found:
        found = _listed_clause_targets(clause, counts, measures, stages)
    # APPROX_BEFORE_VALUE: "…节能量约5000万吨标准煤": 约 qualifies the value
    return [
        (name[: approx.start()], name[approx.start() :] + value, end)
        if (approx := APPROX_BEFORE_VALUE.pattern.search(name)) is not None and value[:1].isdigit()
        else (name, value, end)
        for name, value, end in found
    ]


def _listed_clause_targets(clause: str, counts: bool, measures: bool, stages: int) -> list[tuple[str, str, int]]:
    """LISTED_TARGET_CLAUSES: each part of a clause listed with 、 read as a clause, when every part gives one."""
    parts = LISTED_TARGET_CLAUSES.pattern.split(clause)
    if len(parts) < 2 or any(p.count("（") != p.count("）") for p in parts):
        return []
    out: list[tuple[str, str, int]] = []
    offset = 0
    for part in parts:
        found = _one_clause_targets(part, counts, measures, stages)
        if not found:
            return []
        out += [(name, value, offset + end) for name, value, end in found]
        offset += len(part) + 1
    return out


def _one_clause_targets(
    clause: str, counts: bool = False, measures: bool = False, stages: int = 0
) -> list[tuple[str, str, int]]:
    """The targets of one clause read as a whole (``_clause_targets``)."""
    gloss = VALUE_GLOSS.pattern.search(clause)
    if gloss is not None:  # VALUE_GLOSS: "…日均高于276吨（含菜场）" is read without its gloss
        clause = clause[: gloss.start()]
    inner = VALUE_GLOSS_INNER.pattern.search(clause)
    if inner is not None:  # VALUE_GLOSS_INNER: "充电桩12万个（含私人桩）以上" is read as 12万个以上
        found = _one_clause_targets(clause[: inner.start()] + clause[inner.end() :], counts, measures, stages)
        return [(n, v, e + len(inner.group()) if e > inner.start() else e) for n, v, e in found]
    lead = CLAUSE_LEAD.match(clause)
    if lead is not None and lead.end() < len(clause):
        # CLAUSE_LEAD: "（4）完成…", "至2025年创建…": the item number or the year before the clause
        # (their digits are no part of a name)
        return [
            (n, v, lead.end() + e) for n, v, e in _one_clause_targets(clause[lead.end() :], counts, measures, stages)
        ]
    shared = COUNTED_SHARED_VALUE.pattern.fullmatch(clause)
    if shared is not None:  # "实现甲排查率、乙排查率和丙建设率“三个100%”": one target per listed rate
        rates = [r for r in SHARED_LIST_CUT.split(shared.group("subjects")) if r]
        if len(rates) >= 2:
            return [(rate, shared.group("value"), shared.end("value")) for rate in rates]
    disposed = DISPOSED_COUNT.pattern.fullmatch(clause) if counts else None
    if disposed is not None:  # "至少将50种重点监测药品纳入…": the count before its verb (将/把)
        bound = disposed.group("bound") or disposed.group("inner") or ""
        return [(disposed.group("object"), bound + disposed.group("count"), disposed.end("count"))]
    summed = SUMMED_COUNT.pattern.fullmatch(clause) if counts else None
    if summed is not None:  # "实现甲和乙等15项信息编码标准的落地使用": the count of what 等 sums up
        return [(summed.group("object"), summed.group("count"), summed.end("count"))]
    several = SHARED_SUBJECTS.pattern.fullmatch(clause)
    if several is not None:
        return _shared_targets(several) or _staged_target(several, stages)
    if SEVERAL.search(clause):
        return []
    each = EACH_SUBJECT.pattern.fullmatch(clause)
    if each is not None:
        value = VALUE.match(each.group("value"))
        # subjects sharing one value are often whole words (数字产业化和产业数字化产业规模均…)
        subjects = _listed_subjects(NAME_LEAD.sub("", each.group("subjects")), EACH_SUBJECT_MAX)
        if value is not None and subjects:
            return [(name, value.group(), each.start("value") + value.end()) for name in subjects]
    listed_one = LISTED_SUBJECTS_ONE_VALUE.pattern.fullmatch(clause)
    if listed_one is not None:
        value = VALUE.match(listed_one.group("value"))
        listed = NAME_LEAD.sub("", listed_one.group("subjects"))
        names = re.split(r"[、和]", listed)
        words = listed.split("、")
        # LISTED_SUBJECTS_ONE_VALUE: one-word subjects listed with 、 before a shared tail, or whole names of rates
        short = "和" not in listed and len(words) >= 2 and all(len(w) <= LISTED_WORD_MAX for w in words[:-1])
        # SHARE_OF_LISTED_SUM: a share the listed subjects take of a whole (占…比重) is their sum's, one indicator
        short = short and SHARE_OF_LISTED_SUM.pattern.search(words[-1]) is None
        subjects = (_listed_subjects(listed, LISTED_WORD_MAX) if short else None) or (
            names if all(len(n) >= WHOLE_NAME_SUBJECT_MIN and LISTED_RATE.search(n) for n in names) else None
        )
        # a share or rate each reaches; an amount after listed subjects is their total ("风电、光伏发电装机规模达到
        # 4000万千瓦", hn-power-system-outline-2023)
        all_rates = subjects is not None and all(LISTED_RATE.search(n) for n in subjects)
        if value is not None and subjects and all_rates and "%" in value.group():
            return [(name, value.group(), listed_one.start("value") + value.end()) for name in subjects]
    share = PERCENT_OF.pattern.fullmatch(NAME_LEAD.sub("", clause))
    if share is not None:  # "70%的规模以上制造业企业基本实现数字化网络化"
        offset = len(clause) - len(share.string)
        return [(share.group("name"), share.group("value"), offset + share.end("value"))]
    meets = AMOUNT_MEETS_STANDARD.pattern.fullmatch(clause) if counts else None
    if meets is not None:  # AMOUNT_MEETS_STANDARD: "50平方公里以上建设用地面积达到海绵城市建设目标要求"
        return [(meets.group("name"), meets.group("value"), meets.end("value"))]
    step = LEVEL_STEP.pattern.fullmatch(clause)
    if step is not None:  # "迈上3万亿元台阶": no name of its own (the subject before it)
        return [("", step.group("value"), step.end("value"))]
    in_words = SHARE_IN_WORDS.pattern.fullmatch(clause) or MAGNITUDE_IN_WORDS.pattern.fullmatch(clause)
    if in_words is not None:  # "…占总课时一半以上", "…规模超万亿元": a target in words
        return [(re.sub(r"原则上|一般", "", in_words.group("name")), in_words.group("value"), in_words.end())]
    multiple = GROWTH_MULTIPLE.pattern.fullmatch(clause)
    if multiple is not None:  # GROWTH_MULTIPLE: "报废汽车回收量较2023年增加一倍"
        return [(multiple.group("name"), multiple.group("value"), multiple.end())]
    verb = TARGET_VERBS.pattern.search(clause)
    if verb is not None and counts and COUNT_AFTER_BOUND.pattern.match(clause, verb.start()):
        counted = _counted_targets(clause)  # COUNT_AFTER_BOUND: "建设不少于20个智能工厂"
        if counted:
            return counted
    if verb is not None:
        value = VALUE.match(clause, verb.end())
        later: re.Match[str] | None = verb
        while value is None and later is not None:
            # VERB_IN_NAME: "地表水达到或好于Ⅲ类水体比要达85%" — the verb a value follows
            later = TARGET_VERBS.pattern.search(clause, later.end())
            value = VALUE.match(clause, later.end()) if later is not None else None
        if value is None or later is None:
            return []
        verb = later
        name = clause[: verb.start()]
        ratio = RATIO_VALUE.pattern.match(clause, verb.end())
        if ratio is not None:  # RATIO_VALUE: "与省内新能源装机比例达到1:3" — the ratio as written
            return [(name, ratio.group(), ratio.end())]
        if GROWTH_VERB.pattern.fullmatch(verb.group()):
            name += verb.group()
        end = _range_end(clause, value)
        tail = MEASURE_TAIL.pattern.match(clause, end) if not value.group("unit") and not value.group("qual") else None
        if tail is not None:  # MEASURE_TAIL: "年产量稳定在90万吨以上" — the measure and qualifier after 90万
            end = tail.end()
        return [(name, clause[value.start() : end], end)]
    before = MEASURED_BEFORE.pattern.fullmatch(clause) if counts else None
    if before is not None:  # MEASURED_BEFORE: "确保至2035年全市202万亩耕地、150万亩永久基本农田保护底线"
        out: list[tuple[str, str, int]] = []
        offset = before.start("items")
        for item in re.split(r"、(?=\d)", before.group("items")):
            part = MEASURED_BEFORE_PART.pattern.fullmatch(item)
            if part is None:
                return []
            out.append((part.group("object"), part.group("value"), offset + part.end("value")))
            offset += len(item) + 1
        return out
    counted = _counted_targets(clause) if counts else []
    if counted:
        return counted
    work = WORK_SHARE.pattern.fullmatch(clause)
    if work is not None:  # WORK_SHARE: "完成…调查工作量的75%"
        return [(work.group("name"), work.group("value"), work.end("value"))]
    bare = BARE_TARGET.pattern.fullmatch(clause)
    if bare is not None and re.search(r"\D", bare.group("value")):
        name = bare.group("name")
        if counts and COUNTED_UNIT.search(bare.group("value")):
            name = OBJECT_VERB.sub("", name)  # "打造…行业级大模型10个以上": the object is the name
        return [(name, bare.group("value"), bare.end())]
    measured = MEASURED_AFTER.pattern.fullmatch(clause) if counts or measures else None
    # "完成既有建筑节能改造面积2000万平方米以上": an area or a weight is a target in a goal
    # section that states its year; a count (…15项以上) only where the sentence is dated
    if measured is not None and (counts or not COUNTED_UNIT.search(measured.group("value"))):
        return [(OBJECT_VERB.sub("", measured.group("name")), measured.group("value"), measured.end())]
    return []


# An item's number ("（4）", "2.") or the year ("至2025年", "到 2025 年末") opening a clause.
CLAUSE_LEAD = re.compile(
    r"^(?:[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)|(?:到|至)\s*\d{4}\s*年(?:底|末)?"
    r"|\d{4}\s*年(?:年底|年末|底|末|\d{1,2}\s*月(?:底|末|份)?)?前"
    r"|(?:19|20)\d{2}\s*年(?:底|末)?(?![比、和及至\d]))+"
)
COUNTED_UNIT = re.compile(r"\d[万亿]?[个家项所座条名台套处户门]")
# The measure word of a count that VALUE does not read as a unit ("至少1座…", "6个月"): the unit.
COUNT_MEASURE = re.compile(r"\d[万亿]?(?P<measure>个月|[座条台套处类款批栋间部只种张门支])")


# LEAD_CLAUSE_YEAR: the year a lead's own clause opens with dates its targets, however many words stand between:
# "建议2025年全县经济社会发展的努力目标为:" (longyou-gwr-2025-p2), "2025年经济社会发展主要预期目标是：", and
# the year right before the lead ("2025 年的主要目标是："); a clause is cut at 。；，, a line break, or
# LEAD_CLAUSE_SPAN characters.
LEAD_CLAUSE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?[^。；;，,\n\d]*$")
LEAD_CLAUSE_SPAN = 30


def _lead_clause_year(text: str, lead: int) -> re.Match[str] | None:
    clause_start = max(text.rfind(mark, 0, lead) for mark in "。；;，,\n")
    return LEAD_CLAUSE_YEAR.search(text, max(0, clause_start + 1, lead - LEAD_CLAUSE_SPAN), lead)


def _range_end(clause: str, value: re.Match[str]) -> int:
    """Where a sentence's value ends: past the second end of a range (SENTENCE_RANGE:
    "5%—5.5%", "4.5-5%") with its unit and qualifier, else where VALUE ended."""
    span = SENTENCE_RANGE.pattern.match(clause, value.start())
    if span is None or span.end() <= value.end():
        return value.end()
    high = VALUE.match(clause, span.start("high"))
    return high.end() if high is not None else span.end()


def _counted_targets(clause: str) -> list[tuple[str, str, int]]:
    """COUNTED_OBJECT: "打造300个以上数字化应用示范项目" → (数字化应用示范项目, 300个以上); a
    second count joined by 和 (COUNTED_MORE) is a second target, and so is each count of a list
    whose items have a verb each (COUNTED_VERB_ITEM: 创建10个…、打造50个…)."""
    cuts = [m.start() for m in COUNTED_VERB_ITEM.pattern.finditer(clause)]
    if cuts:
        listed: list[tuple[str, str, int]] = []
        for a, b in zip([0, *(c + 1 for c in cuts)], [*cuts, len(clause)], strict=True):
            item = _counted_targets(clause[a:b])
            if not item:
                break
            listed += [(obj, value, a + end) for obj, value, end in item]
        else:
            return listed
    counted = COUNTED_OBJECT.pattern.fullmatch(clause)
    if counted is None:
        return []
    out: list[tuple[str, str, int]] = []
    offset = counted.start("value")
    for part in COUNTED_MORE.pattern.split(clause[offset:]):
        m = COUNTED_PART.pattern.fullmatch(part)
        if m is None:
            return out
        obj = COUNTED_OBJECT_END.pattern.split(m.group("object"), maxsplit=1)[0]  # "…标准并建立…机制"
        obj = obj.removeprefix("的")  # "100个左右的智慧社区示范点": 的 joins the count to its object
        obj = COUNTED_SUMMARY_TAIL.pattern.sub("", obj)  # "…充电设施等任务目标": the list summed up as targets
        kinds = COUNTED_KINDS_LISTED.pattern.match(obj)
        if kinds is not None:
            obj = kinds.group("head")  # "基础共性、场景应用、终端产品等国家、行业、团体标准": 国家、行业、团体标准
        out.append((obj, m.group("value"), offset + m.end("value")))
        offset += len(part) + 1
    if len(out) > 1:
        # SHARED_HEAD: "90名国家级、150名省级科技人才" — 国家级 takes 科技人才
        last = out[-1][0]
        for k, (obj, value, end) in enumerate(out[:-1]):
            if SHARED_HEAD.pattern.fullmatch(obj):
                cut = last.find(obj[-1], 0, 5)
                if 0 <= cut < len(last) - 2:
                    out[k] = (obj + last[cut + 1 :], value, end)
    return out


def _shared_targets(match: re.Match[str]) -> list[tuple[str, str, int]]:
    """SHARED_SUBJECTS: 一产、二产、三产增加值分别增长5%左右、5%以上、5%左右."""
    listed = NAME_LEAD.sub("", match.group("subjects"))
    verb = match.group("verb") or ""
    if listed.endswith("年均"):  # "…增加值年均分别增长": 年均 belongs to the verb
        listed, verb = listed[: -len("年均")], "年均" + verb
    values = [v for v in re.split(r"[、和及与]", match.group("values")) if v]
    ordinals = ORDINAL_SUBJECTS.pattern.fullmatch(listed)
    if ordinals is not None:
        subjects = [n + ordinals.group("tail") for n in ordinals.group("ordinals")]
    else:
        subjects = _listed_subjects(listed, whole_names=True) or []
    if len(subjects) < 2 or len(subjects) != len(values):
        return []
    growth = verb if GROWTH_VERB.pattern.fullmatch(verb) else ""
    out = []
    for subject, value in zip(subjects, values, strict=True):
        parsed = VALUE.match(value)
        if parsed is None:
            return []
        bound = match.group("bound") or ""  # SHARED_BOUND: 分别不低于13%和8%
        out.append((subject + growth, bound + parsed.group(), match.end()))
    return out


def _staged_target(match: re.Match[str], stages: int) -> list[tuple[str, str, int]]:
    """STAGED_YEARS: "到2018年、2019年、2020年…开放城市的比例分别达到30%、70%、100%" — one subject,
    one value per listed year: the last value is the target (for the last year)."""
    subject = NAME_LEAD.sub("", match.group("subjects"))
    values = [v for v in re.split(r"[、和及与]", match.group("values")) if v]
    if stages < 2 or len(values) != stages or re.search(r"[、和及与]", re.sub(r"[（(][^（）()]*[）)]", "", subject)):
        return []
    verb = match.group("verb") or ""
    last = VALUE.match(values[-1])
    if last is None or last.end() != len(values[-1]):
        return []
    growth = verb if GROWTH_VERB.pattern.fullmatch(verb) else ""
    return [(subject + growth, last.group(), match.end())]


def _subjects_before(previous: str, clause: str) -> list[tuple[str, str, int]]:
    """SUBJECTS_BEFORE: "智能制造装备和工业软件技术水平…提升" then "市场满足率分别超过70%和50%" →
    智能制造装备市场满足率 超过70%, 工业软件市场满足率 50%."""
    several = SHARED_SUBJECTS.pattern.fullmatch(clause)
    listed = SUBJECTS_BEFORE.pattern.match(NAME_LEAD.sub("", previous))
    if several is None or listed is None:
        return []
    subject = NAME_LEAD.sub("", several.group("subjects"))
    subjects = re.split(r"[、和及与]", listed.group("subjects"))
    values = [v for v in re.split(r"[、和及与]", several.group("values")) if v]
    if re.search(r"[、和及与]", subject) or len(values) != len(subjects) or len(subjects) < 2:
        return []
    out = []
    for name, value in zip(subjects, values, strict=True):
        parsed = VALUE.fullmatch(value)
        if parsed is None:
            return []
        out.append((name + subject, value, several.end()))
    return out


EACH_SUBJECT_MAX = 6


def _listed_subjects(listed: str, widest: int = SUBJECT_MAX, whole_names: bool = False) -> list[str] | None:
    """ "一产、二产、三产增加值" → 一产增加值, 二产增加值, 三产增加值: subjects of equal width, the last
    with the shared tail; "花生种植、收获机械化率" → 花生种植机械化率, 花生收获机械化率 (PREFIXED_PAIR:
    two-character subjects between a shared prefix and a shared tail); None when neither fits."""
    parts = re.split(r"[、和及与]", listed)
    if len(parts) < 2 or not all(parts):
        return None
    if any(p.count("（") != p.count("）") or p.count("(") != p.count(")") for p in parts):
        return None  # a 、 inside brackets lists no subjects (各省（区、市）…)
    width, last = len(parts[0]), parts[-1]
    head = parts[0][-1]
    shared = last.find(head, 1)
    if (
        width <= widest
        and all(p[-1] == head for p in parts[:-1])
        and 0 < shared < len(last) - 1
        and last[width:].startswith(head)
    ):
        # SHARED_HEAD_SUBJECTS: "县道和乡村道年均养护工程比例": subjects of unequal length that end in the
        # same head character (道) share what follows it in the last one
        return [*(p + last[shared + 1 :] for p in parts[:-1]), last]
    if (
        width <= widest
        and all(len(p) == width for p in parts[:-1])
        and len(last) > width
        and not PREFIXED_PAIR.pattern.match(last[width:])
    ):
        return [p[:width] + last[width:] for p in parts]
    prefix = parts[0][:-2]
    if (
        2 < width <= SUBJECT_MAX + 2
        and all(len(p) == 2 for p in parts[1:-1])
        and len(last) > 2
        and not PREFIXED_PAIR.pattern.match(last[2:])
        and not last[2:].startswith(parts[0][-2:])  # 高中阶段教育和高等教育…: longer subjects
        # FIRST_NAME_IN_LAST (fix26task): "地区生产总值、人均地区生产总值分别迈上2400亿元、21万元新台阶" (fl-gwr-2026) —
        # the first subject whole inside the last: both are whole names, no prefix and tail shared
        and parts[0] not in last
    ):
        return [parts[0] + last[2:], *(prefix + p + last[2:] for p in parts[1:-1]), prefix + last]
    # WHOLE_NAME_SUBJECT_MIN: "…工具普及率、关键工序数控化率分别超过95%、75%" — whole names are listed with 、
    # (or one 和), and 及 / 与 may stand inside them (普及率)
    names = listed.split("、") if "、" in listed else listed.split("和")
    if whole_names and len(names) >= 2 and all(len(p) >= WHOLE_NAME_SUBJECT_MIN for p in names):
        tail = SHARED_SHARE_TAIL.pattern.search(names[-1])
        if tail is not None and not any(SHARED_SHARE_TAIL.pattern.search(p) for p in names[:-1]):
            # SHARED_SHARE_TAIL: "…设备、通用照明设备中高效节能产品占比" — each subject's share
            return [p + names[-1][tail.start() :] for p in names[:-1]] + [names[-1]]
        return names
    return None


NOTE_ITEM = re.compile(r"^\s*\d{1,2}\s*[.．、]")
# "…〔27〕预期性注：1.〔　〕内为五年累计数。": a table's notes may open on its own last line.
NOTE_OPENING = re.compile(r"(?:^|(?<=[\s。）〕\]性]))(?:注|备注|说明)\s*\d?\s*[：:]")


# How much of a line the note patterns need to see: its opening (a number, a circled number, 注：)
# and, for an opening before a position, a few characters past it. Looking at whole lines made a
# text without line breaks cost its length once per clause.
NOTE_HEAD_CHARS = 64
NOTE_OPENING_SPAN = 16


@lru_cache(maxsize=4)
def _line_starts(text: str) -> tuple[int, ...]:
    starts, at = [0], text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return tuple(starts)


@lru_cache(maxsize=4)
def _note_openings(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in NOTE_OPENING.finditer(text))


def _note_opening(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``NOTE_OPENING.search(text, start, end)``, read off the text's matches found
    once: the pattern opens with a lookbehind tried at every position, and searching from a line's
    start once per clause made a text without line breaks cost its length each time (1.5 s of 35 s
    of profiled analysis over 50 generated plans). The same: a match of the window is one of the
    whole text (its lookbehind sees before ``start`` either way, and a match that fits the window
    ends at the same colon), and matches of the whole text never overlap (each opens with 注, 备注
    or 说明 and holds only white space and a digit before its colon; the 注 of 备注 fails the
    lookbehind)."""
    spans = _note_openings(text)
    for s, e in spans[bisect_left(spans, (start, -1)) :]:
        if s >= end:
            break
        if e <= end:
            return s, e
    return None


def _in_notes(text: str, position: int) -> bool:
    """Whether ``position`` lies in a table's notes: a footnote line (FOOTNOTE_LINE), what
    follows 注： on its line, or a numbered line (blank lines aside) right after such notes."""
    starts = _line_starts(text)
    row = bisect_right(starts, position) - 1
    limit = position
    while True:
        line_start = starts[row]
        line_end = starts[row + 1] - 1 if row + 1 < len(starts) else len(text)
        head = text[line_start : min(line_end, line_start + NOTE_HEAD_CHARS)]
        if FOOTNOTE_LINE.pattern.match(head):
            return True
        opening = _note_opening(text, line_start, min(line_end, limit + NOTE_OPENING_SPAN))
        if opening is not None and opening[0] <= limit:
            # a later line is a note only when the notes are numbered (注：1. … / 2. …)
            after = text[opening[1] : min(line_end, opening[1] + NOTE_HEAD_CHARS)]
            return limit == position or bool(NOTE_ITEM.match(after))
        if not NOTE_ITEM.match(head) or row == 0:
            return False
        row -= 1
        while row > 0 and not text[starts[row] : starts[row + 1] - 1].strip():
            row -= 1
        limit = len(text)


# A clause ends at Chinese punctuation, a line break, or a half-width comma that is no thousands
# separator ("增强 , 群体支柱产业初步形成" in a scanned text).
# a colon between digits is a ratio (RATIO_VALUE: 1:3), no clause break
CLAUSE_TEXT = re.compile(r"(?:[^，；。;：:\n,]|,(?=\d{3})|(?<=\d)[:：](?=\d))+")
NAME_MAX = 40  # a longer "name" is a sentence or a flattened table row
NAME_MIN = 4  # a shorter name names nothing ("比例", "总量" without their subject)
# The counted thing of a count target may be a whole name in three characters: "布局建设20个左右试验区"
# (a ministry's call for AI pilot zones), 示范区, 实验室; or in two, a plain noun the count measures
# ("建成230座以上的公园", "新建50个学校"): the number and its measure word make it a target already.
COUNTED_NAME_MIN = 2
NAME_DIGITS = 4  # digits a name may hold (社区公共服务设施15分钟…, PM2.5)
# Without a year in the sentence or the title, a sentence of a 目标 section sets targets for the
# plan's end year only when it lists several ("国内生产总值年均增长7%，城镇新增就业4500万人…");
# one figure alone is as often an aside ("现在高收入国家差不多是70个").
LISTED_TARGETS = 2


def _name_size(name: str) -> int:
    """How much of a name names something: its Chinese characters, and its letters and digits
    when it has Latin letters (5G基站, PM2.5浓度: the letters are part of the name)."""
    if re.search(r"[A-Za-z]", name):
        return len(re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", name))
    return len(name_key(name))


def _with_subject(subject: str, name: str) -> str:
    """A name that is only a share (SUBJECT_SHARE: 占比, 占…比重) or a measure (SUBJECT_MEASURE: 保有量) of
    the earlier clause's ``subject``, completed with it; any other name as it is."""
    if SUBJECT_SHARE.pattern.fullmatch(name):
        return subject + name
    share = SHARE_THEN_SCALE.pattern.fullmatch(subject)
    if SUBJECT_MEASURE.pattern.fullmatch(name) and share is not None:
        return share.group("subject") + name  # SHARE_THEN_SCALE: the industry whose share the clause before set
    stripped = MEASURE_OF_SUBJECT.pattern.sub("", subject)
    if SUBJECT_MEASURE.pattern.fullmatch(name) and stripped != subject and len(stripped) >= 2:
        return stripped + name
    return name


def _written_value(written: str, clause: str, at_of: list[int] | None, value: str, value_end: int) -> str | None:
    """CHINESE_VALUE: a value read in digits as the clause writes it (一千一百八十二万吨); None when
    the clause writes it so."""
    start = value_end - len(value)
    if at_of is None or start < 0 or clause[start:value_end] != value:
        return None
    as_written = written[at_of[start] : at_of[value_end]]
    return as_written if as_written != value else None


def _sentence_targets(
    text: str,
    start: int,
    end: int,
    year: int | None,
    evidence_of: str,
    counts: bool = False,
    measures: bool = False,
    stages: int = 0,
) -> list[_Found]:
    """The targets the clauses of text[start:end] set; counts (COUNTED_OBJECT) only where the
    sentence itself dates them (COUNTS_DATED)."""
    found: list[_Found] = []
    subject = ""  # the last clause's indicator, for a clause that names only a change
    previous = ""  # the clause before, for a 分别 clause whose subjects it lists (SUBJECTS_BEFORE)
    part_from = 0  # YEAR_PART_AFTER_SEMICOLON: the first finding of the sentence's current dated part
    area_measure: tuple[str, str] | None = None  # AREA_THEN_AREAS: the last area's measure and its value's measure
    for clause_m in CLAUSE_TEXT.finditer(text[start:end]):
        clause = clause_m.group()
        c_start = start + clause_m.start()
        if c_start > start and YEAR_PART_AFTER_SEMICOLON.pattern.match(text, c_start - 1):
            part_from = len(found)
        vision = VISION_OPENS.pattern.match(clause)
        if vision is not None and (year is None or int(vision.group("year")) > year):
            break  # VISION_OPENS: "展望2035年，…" in a plan to 2025 is its vision, no target
        if _in_notes(text, c_start) or NORM_CLAUSE.pattern.search(clause):
            continue  # a table's notes; a norm (NORM_CLAUSE: 不宜少于5项)
        written = clause
        at_of = None  # where each character of the clause read stood in the clause as written
        in_digits = _numerals_in_digits(clause)  # CHINESE_VALUE: its Chinese-numeral quantities in digits
        if in_digits is not None:
            clause, at_of = in_digits
        # NUMBER_SPACE: the clause without a PDF's spaces around its numbers
        if " " in clause or "\u3000" in clause:
            kept = [0, *(m.end() for m in NUMBER_SPACE.pattern.finditer(clause))]
            drops = [m.start() for m in NUMBER_SPACE.pattern.finditer(clause)] + [len(clause)]
            pieces = [(a, clause[a:b]) for a, b in zip(kept, drops, strict=True)]
            if len(pieces) > 1:
                spaced = [a + i for a, piece in pieces for i in range(len(piece))] + [len(clause)]
                at_of = spaced if at_of is None else [at_of[k] for k in spaced]
                clause = "".join(piece for _, piece in pieces)
        items = [(0, clause)]
        # 均 of a shared value (均达到) keeps the clause whole; 年均/日均/月均 (per year, day, month) do not
        # ("湿垃圾分类量日均高于276吨、餐厨垃圾分类量日均高于131吨" lists two targets, fix12task)
        if not SEVERAL.search(clause) and not re.search(r"(?<![年日月])均", clause):
            # LISTED_ITEMS: "运营成本降低20%、生产效率提高20%以上": one target per item
            cuts = [0, *(m.end() for m in LISTED_ITEMS.pattern.finditer(clause))]
            ends = [c - 1 for c in cuts[1:]] + [len(clause)]
            items = [(a, clause[a:b]) for a, b in zip(cuts, ends, strict=True)]
        listed = [
            (raw, value, at + end)
            for at, item in items
            for raw, value, end in _clause_targets(item, counts, measures, stages)
        ]
        if not listed and previous:  # SUBJECTS_BEFORE: "A和B技术水平…提升，X分别超过m和n"
            listed = _subjects_before(previous, clause)
        secured = "确保" in previous  # STRETCH_AFTER_SECURED: the clause before secured a value
        previous = clause
        opening = CLAUSE_YEAR.pattern.match(clause)
        if opening is not None and year is not None and not STAGED_YEARS.pattern.match(clause):
            year = int(opening.group("year"))  # CLAUSE_YEAR: "2019年达到70%" is that year's stage
        period = CLAUSE_PERIOD.pattern.match(clause)
        period_span = period_years(period.group("period")) if period is not None else None
        if period_span is not None and year is not None:
            year = period_span[1]  # CLAUSE_PERIOD: "“十四五”期间…稳定在170万亩以上" is a target of 2025
        rate: re.Match[str] | None = None  # MEASURE_THEN_SUBJECT: the first listed item's rate and subject
        for k, (raw_name, value, value_end) in enumerate(listed):
            if secured and STRETCH_AFTER_SECURED.pattern.fullmatch(raw_name):
                continue  # STRETCH_AFTER_SECURED: "确保完成150亿元,力争完成200亿元" — the stretch of the target before
            name = clean_name(raw_name)
            name, area_measure = _area_name(name, value, area_measure)  # AREA_THEN_AREAS
            if subject and name:  # SUBJECT_SHARE, SUBJECT_MEASURE: "保有量突破160万辆、占比达到20%左右"
                name = _with_subject(subject, name)
            if not name or CHANGE_ONLY.pattern.fullmatch(name):
                if not subject:
                    continue
                name = subject + name
            else:
                subject = re.sub(f"(?:{GROWTH_VERB.pattern.pattern})$", "", name)
            # MEASURE_UNIT_VALUE: "年产量稳定在90万吨以上", "202万亩耕地" name their object as a count does
            measured = COUNTED_UNIT.search(value) or MEASURE_UNIT_VALUE.pattern.search(value)
            least = COUNTED_NAME_MIN if measured else NAME_MIN
            if k == 0 and len(items) > 1:
                rate = MEASURE_THEN_SUBJECT.pattern.match(name)
            elif rate is not None and _name_size(name) < least and re.fullmatch(r"[\u4e00-\u9fff、]{1,4}", name):
                name = rate.group("measure") + name  # "乡、村道不低于8%" after "…比例县道不低于13%"
            too_long = len(name) > NAME_MAX and not WORK_AMOUNT_NAME.pattern.search(name)  # WORK_SHARE
            digits = len(re.findall(r"\d", BASE_YEAR_IN_NAME.pattern.sub("", name)))  # BASE_YEAR_IN_NAME
            if _name_size(name) < least or too_long or digits > NAME_DIGITS:
                continue  # no name, or a table's row read as a sentence
            measure = COUNT_MEASURE.search(value)
            if year is not None:
                # LATER_STAGE_WINS: "…，2019年达到70%", "2022年遴选50个…项目，到2024年，遴选出200个以上…项目":
                # a clause dated by its own later year restates the stage of this sentence's alike subject
                stage = _Found(name, value, "", year, None, None, 0, 0, "")
                found = found[:part_from] + [
                    f for f in found[part_from:] if not (f.year is not None and f.year < year and _alike(f, stage))
                ]
            found.append(
                _Found(
                    name=name,
                    value=value,
                    unit=measure.group("measure") if measure is not None else "",
                    year=year,
                    # SHARE_IN_WORDS, MAGNITUDE_IN_WORDS; RATIO_VALUE (1:3) is kept as written too
                    # GROWTH_MULTIPLE (增加约1倍) is kept as written as well
                    words=not re.search(r"\d", value)
                    or RATIO_VALUE.pattern.fullmatch(value) is not None
                    or GROWTH_MULTIPLE_VALUE.fullmatch(value) is not None,
                    baseline=None,
                    baseline_year=None,
                    start=c_start,
                    end=c_start + (at_of[value_end] if at_of is not None else value_end),
                    evidence=evidence_of.strip(),
                    written=_written_value(written, clause, at_of, value, value_end) if in_digits else None,
                )
            )
    return _split_areas(found)


def _area_name(name: str, value: str, last: tuple[str, str] | None) -> tuple[str, tuple[str, str] | None]:
    """AREA_THEN_AREAS: a name of areas alone takes the measure of the area named before it, when their values
    share a measure ("洛阳市、南阳市" after 郑州市公共交通机动化出行分担率 → 洛阳市、南阳市公共交通机动化
    出行分担率, split by _split_areas); a name that opens with an area gives its measure to the clauses after it."""
    if last is not None and AREA_SUBJECTS.pattern.fullmatch(name) and _measure(value) == last[1]:
        return name + last[0], last
    lead = AREA_LEAD.pattern.fullmatch(name)
    if lead is not None and not AREA_SUBJECTS.pattern.fullmatch(lead.group("measure")):
        return name, (lead.group("measure"), _measure(value))
    return name, last


def _split_areas(found: list[_Found]) -> list[_Found]:
    """AREA_THEN_AREAS: "洛阳市、南阳市公共交通机动化出行分担率", composed after 郑州市公共交通机动化出行分担率, is one
    indicator per listed area."""
    measures = {lead.group("measure") for f in found if (lead := AREA_LEAD.pattern.fullmatch(f.name))}
    out: list[_Found] = []
    for item in found:
        areas = re.match(rf"(?:{AREA_SUBJECTS.pattern.pattern})(?=[\u4e00-\u9fff])", item.name)
        if areas is None or "、" not in areas.group() or item.name[areas.end() :] not in measures:
            out.append(item)
            continue
        out += [replace(item, name=area + item.name[areas.end() :]) for area in areas.group().split("、")]
    return out


def _inline_goal_parts(doc: PlanDocument, goal_sections: list[Section]) -> list[Section]:
    """Goal parts whose heading a crawl glued to the text around it (INLINE_GOAL_HEAD), outside every goal
    section, each as a section from its heading to the next heading of its rank."""
    text = doc.text
    parts: list[Section] = []
    for head in INLINE_GOAL_HEAD.pattern.finditer(text):
        if any(g.start <= head.start() < g.end for g in [*goal_sections, *parts]):
            continue
        numeral = head.group("chapter") or head.group("part") or head.group("decimal")
        if head.group("decimal"):
            *upper, last = numeral.split(".")
            following = ".".join([*upper, str(int(last) + 1)])
            ends = re.compile(rf"(?<![\d.]){re.escape(following)}(?![\d.])|第\s*[\d一二三四五六七八九十]{{1,3}}\s*章")
        elif head.group("chapter"):
            following = int_to_cn(cn_to_int(numeral) + 1)
            ends = re.compile(rf"{following}、")
        else:
            following = int_to_cn(cn_to_int(numeral) + 1)
            ends = re.compile(
                rf"[（(]{following}[）)]|(?<![一二三四五六七八九十])[一二三四五六七八九十]{{1,3}}、(?=[\u4e00-\u9fff“])"
            )
        limit = min(len(text), head.end() + GOAL_PART_MAX)
        nxt = ends.search(text, head.end(), limit)
        end = nxt.start() if nxt is not None else limit
        parts.append(
            Section(
                id=f"{doc.plan.id}#inline-goal-{head.start()}",
                plan_id=doc.plan.id,
                parent_id=None,
                level=1,
                number=numeral,
                title=head.group("title"),
                path="",
                ordinal=0,
                start=head.end(),
                end=end,
            )
        )
    return parts


def _whole_text(doc: PlanDocument, end: int | None = None) -> Section:
    """The whole text as one section (HEADINGLESS_TEXT), or its lead before ``end`` (LEAD_GOAL_PARAGRAPH)."""
    return Section(
        id=f"{doc.plan.id}#whole-text" if end is None else f"{doc.plan.id}#lead-text",
        plan_id=doc.plan.id,
        parent_id=None,
        level=1,
        number="",
        title="全文",
        path="",
        ordinal=0,
        start=0,
        end=len(doc.text) if end is None else end,
    )


def _opens_with_year(text: str, section: Section, s_start: int, s_text: str) -> bool:
    """YEAR_OPENS, and RUN_IN_GOAL_TITLE: the section's first sentence may carry the title run into it on its line
    ("（二）发展目标 到 2025 年年底，…"); read without it (the section's title where it opens the sentence after its
    marker, or a marker and title words before the year) it opens with its year all the same."""
    readings = [s_text]
    if s_start == section.start:
        at, title_end = find_title(text, section.title, section.start, section.start + len(s_text))
        if at >= 0 and re.fullmatch(r"[\s（）()一二三四五六七八九十\d.．、]*", text[section.start : at]):
            readings.append(text[title_end : s_start + len(s_text)])
        title = RUN_IN_GOAL_TITLE.pattern.match(s_text)
        if title is not None:
            readings.append(s_text[title.end() :])
    return any(YEAR_OPENS.pattern.match(reading) for reading in readings)


THIS_YEAR_PLAN_LIST_END = re.compile(r"[：:；;]")  # THIS_YEAR_PLAN_LIST


def target_sentences(doc: PlanDocument) -> list[_Found]:
    """ "到2015年，A达到3.3%左右，B达到6.5%" in sections titled …目标 (the year from the
    sentence, else from the section's title: “十五五”时期主要目标 → 2030); and the paragraph after
    "主要预期目标是：" wherever it stands (a government report's targets for the year)."""
    text = doc.text
    found: list[_Found] = []
    replaced: set[int] = set()  # findings a later stage quantified again (STAGE_OPENS)
    goal_sections = _within(doc.sections, TARGET_SECTION, doc.sections)
    # BREAKDOWN_TITLE: a table breaking the targets down among units (目标任务分解表) is no goal section
    goal_sections = [s for s in goal_sections if not BREAKDOWN_TITLE.pattern.search(s.title)]
    # ACHIEVED_GOALS_TITLE: a review of goals reached is no goal section either
    goal_sections = [s for s in goal_sections if not ACHIEVED_GOALS_TITLE.search(s.title)]
    # STAGE_SPAN_TITLE: a stage of the goals titled with its span (加速转型期（当前至2030年）) is a goal section
    spans = [s for s in doc.sections if STAGE_SPAN_TITLE.pattern.match(s.title.strip())]
    goal_sections += [
        s
        for s in _within(spans, STAGE_SPAN_TITLE.pattern, doc.sections)
        if not any(g.start <= s.start and s.end <= g.end for g in goal_sections)  # read in its goal section
    ]
    # INLINE_GOAL_HEAD: a goal part whose heading a crawl glued to the text around it
    goal_sections += _inline_goal_parts(doc, goal_sections)
    # GENERAL_REQUIREMENTS: a 总体要求 without a …目标 subsection, not inside a goal section
    general = [
        s
        for s in doc.sections
        if GENERAL_REQUIREMENTS.pattern.match(s.title.strip())
        and not any((g.start <= s.start and s.end <= g.end) or s.start <= g.start < s.end for g in goal_sections)
    ]
    titled_general = bool(general)
    numbered = [s for s in doc.sections if s.number]
    # NUMBERLESS_HEADINGS: a news page whose only "headings" are its title line and page furniture (大 中 小) has no
    # numbered heading either; it is read as a text without headings
    headingless = not numbered and not goal_sections and not general
    if headingless:
        # HEADINGLESS_TEXT: a text without headings (a news report of a plan) is read as a 总体要求 is
        general = [_whole_text(doc)]
    elif not goal_sections and not general:
        # LEAD_GOAL_PARAGRAPH: a plan without a goal part may state its dated goals in its lead, before its first
        # numbered heading; the lead is read as a text without headings is
        general = [_whole_text(doc, numbered[0].start)]
    by_paragraph = headingless or any(g.id.endswith("#lead-text") for g in general)
    # YEAR_DOCUMENT_REPORTED: a news report (no headings) of one year's work document dates its undated figures
    reported_years = (
        {int(m.group("year") or m.group("no1")) for m in YEAR_DOCUMENT_REPORTED.pattern.finditer(text)}
        if headingless
        else set()
    )
    document_year = next(iter(reported_years)) if len(reported_years) == 1 else None
    year_written = WRITTEN_YEAR.search(text) is not None
    for section in sorted([*goal_sections, *general], key=lambda s: s.start):
        only_dated = section in general
        # ISSUE_YEAR_GOALS: a goal section of a document without a period that names no year at all
        # and no span of time in the section
        issue_dated = (
            not only_dated
            and doc.plan.start_year is None
            and doc.plan.end_year is None
            and not year_written
            and RELATIVE_HORIZON.pattern.search(text, section.start, section.end) is None
        )
        carried: int | None = None  # SECTION_YEAR: the year an earlier sentence of the section set
        # ISSUE_YEAR_SECTION: a goal section whose every written year is the year of issue, in a
        # document without a period, is dated by that year throughout
        issue_year = _issue_year(doc) if not only_dated else None
        written = {int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", text[section.start : section.end])}
        section_dated = (
            issue_year is not None
            and {doc.plan.start_year, doc.plan.end_year} <= {None, issue_year}
            and written == {issue_year}
        )
        if section_dated:
            carried = issue_year
        # END_YEAR_SECTION: a goal section whose every written year is the plan's end year dates the counts
        # of its sentences (those the plan's end year dates already) by that year
        end_dated = (
            not only_dated
            and doc.plan.end_year is not None
            and written == {doc.plan.end_year}
            and END_YEAR_SECTION.pattern.search(section.title.strip()) is not None
            # a section that dates with 到YYYY年 dates its own paragraphs (YEAR_OPENS), not the items after them
            and TARGET_YEAR.search(text, section.start, section.end) is None
        )
        span = STAGE_SPAN_TITLE.pattern.match(section.title.strip())
        if span is not None:  # STAGE_SPAN_TITLE: the stage's targets are for the span's end year
            carried = int(span.group("year"))
        announced = -1  # YEAR_OPENS: where the lines dated by a sentence that opened with its year end
        relative: int | None = None  # RELATIVE_HORIZON: the year "在1-2年内" gives, from the issue
        horizon = False  # whether a sentence of the section dated its targets so
        sentences = list(re.finditer(r"[^。\n]+。?", text[section.start : section.end]))
        # STAGE_OPENS: sentences opening with spans of time, one stage each ("用3年时间，…" "用5年
        # 时间，…"): each stage dates the sentences after it, to the next, and a later stage's target
        # for a subject replaces the earlier stage's
        # STAGE_LABEL: "第一阶段到2025年，…" "第二阶段到2030年，…" are stages as well
        staged = (
            sum(1 for m in sentences if STAGE_OPENS.pattern.match(m.group()) or STAGE_LABEL.pattern.match(m.group()))
            >= STAGES_MIN
        )
        stage_year: int | None = None
        stage_of: dict[int, int] = {}  # found index → the stage it was read in
        stage = 0
        labelled = False  # whether the stages are STAGE_LABEL's (each dates its own line only)
        bare_stages = _bare_year_stages(doc, [m.group() for m in sentences])
        last_period: int | None = None  # PERIOD_ADVERBIAL: the year the sentence before dated by the period
        named_before: int | None = None  # PERIOD_GOALS_NAMED: the end of the period the sentence before named goals of
        paragraphed = "\n" in text[section.start : section.end].strip()  # a text that keeps its line breaks
        for sentence in sentences:
            s_start = section.start + sentence.start()
            s_text = sentence.group()
            if MEANS_AFTER_GOALS.pattern.match(s_text):
                break  # MEANS_AFTER_GOALS: "实现上述目标，要…：" — the rest of the section is the means, no targets
            if (
                by_paragraph
                and (s_start == 0 or text[s_start - 1] == "\n")
                and s_start >= announced
                and INDICATORS_PARAGRAPH.pattern.match(s_text) is None  # INDICATORS_PARAGRAPH
                and SAME_TIME_PARAGRAPH.pattern.match(s_text) is None  # SAME_TIME_PARAGRAPH
                and PLAN_GOES_ON_PARAGRAPH.pattern.match(s_text) is None  # PLAN_GOES_ON_PARAGRAPH
            ):
                carried = None  # HEADINGLESS_TEXT: a paragraph's year dates that paragraph only
            s_dated = _years_in_digits(doc, s_text)  # CHINESE_YEAR: 一九八七年 read as 1987年 (same length)
            year_m = TARGET_YEAR.search(s_dated)
            # PERIOD_ADVERBIAL: a headingless report's "“十五五”时期，…" dates its sentence by the plan's period's end
            adverbial = PERIOD_ADVERBIAL.pattern.search(s_text) if by_paragraph and year_m is None else None
            goals_named = False
            if adverbial is None and by_paragraph and year_m is None:
                # PERIOD_GOALS_NAMED: "规划提出“十五五”时期…的主要目标。" dates the rest of its paragraph
                adverbial = PERIOD_GOALS_NAMED.pattern.search(s_text.rstrip())
                goals_named = adverbial is not None
            span_years = period_years(adverbial.group("period")) if adverbial is not None else None
            period_year = span_years[1] if span_years is not None and span_years[1] == doc.plan.end_year else None
            if period_year is None and SAME_TIME_PARAGRAPH.pattern.match(s_text.lstrip("，,")) is not None:
                period_year = last_period  # SAME_TIME_PARAGRAPH: the period of the sentence before goes on
            elif period_year is None and year_m is None and named_before is not None:
                period_year = named_before  # PERIOD_GOALS_NAMED: the goals it names follow (a text on one line too)
            named_before = period_year if goals_named else None
            last_period = period_year  # the period dates its sentence only (and one going on at the same time)
            bare = BARE_YEAR_OPENS.pattern.search(s_dated) if year_m is None else None
            if bare is not None and (
                _not_before_plan(doc, int(bare.group("year"))) or bare.group("year") in bare_stages
            ):
                year_m = bare  # BARE_YEAR_OPENS: "2025年，…" dates the sentence as 到2025年 does
            elif bare is not None and _before_plan(doc, int(bare.group("year"))):
                continue  # "2020年，全省生产总值达到…" in a 2021 plan: the year before, reviewed
            status = STATUS_OPENS.pattern.match(s_text)
            if status is not None and (status.group("year") is None or _before_plan(doc, int(status.group("year")))):
                continue  # STATUS_OPENS: "截至2010年，…装机规模约30万千瓦" in a 十二五 plan reports a status
            clause_only = False  # BARE_YEAR_CLAUSE: the year dates its own sentence only
            if year_m is None and bare is None and by_paragraph:
                clause_year = BARE_YEAR_CLAUSE.pattern.search(s_dated)
                if clause_year is not None and _not_before_plan(doc, int(clause_year.group("year"))):
                    year_m, clause_only = clause_year, True  # "…，2030年新能源发电量占比达到30％。"
            horizon_m = RELATIVE_HORIZON.pattern.search(s_text)
            if staged and STAGE_OPENS.pattern.match(s_text) and horizon_m is not None:
                stage, stage_year = stage + 1, _stage_year(doc, horizon_m)
                if stage_year is not None:
                    carried = stage_year
            elif staged and STAGE_LABEL.pattern.match(s_text) and year_m is not None:
                # a labelled stage dates its own line (and ——bullets below it), not the section's rest
                stage, labelled = stage + 1, True
                announced = _bullets_end(text, s_start, section.end)
            if horizon_m is not None and not horizon:
                horizon, relative = True, _horizon_year(doc, horizon_m)
            titled = _title_year(doc, s_start, TARGET_SECTION)
            if titled == REVIEW:
                continue
            # THIS_YEAR_PLAN: "全年计划新改建农村公路10万公里": the year's plan, dated by the year of issue
            plan_said = THIS_YEAR_PLAN.pattern.search(s_text) if year_m is None else None
            this_year_plan = plan_said is not None
            # THIS_YEAR_PLAN_LIST: where only the plan's words date it, the sentence's targets end at a colon or
            # semicolon after them: "今年全区计划投资340万元，重点实施三项工程：1.…；2.…" (a crawl on one line runs the
            # projects' own planned and achieved quantities into the sentence: task items, not the year's targets)
            s_until = len(s_text)
            if plan_said is not None and not (carried or horizon or period_year or titled):
                cut = THIS_YEAR_PLAN_LIST_END.search(s_text, plan_said.end())
                s_until = cut.start() if cut is not None else s_until
            reported_year = (
                document_year
                if year_m is None
                and not (carried or horizon or period_year or this_year_plan or titled)
                # REPORTED_YEAR_REVIEW: "2023年,全国能源生产总量达到48.3亿吨" or "去年…" in the same news reviews
                # another year: only a sentence that names no year but the document's is dated by it
                and {int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", s_text)} <= {document_year}
                and REPORTED_YEAR_REVIEW.pattern.search(s_text) is None
                else None
            )
            if only_dated and not (year_m or carried or horizon or period_year or this_year_plan or reported_year):
                continue
            # the sentence's year, else the title's, else the section's, else the plan's end year,
            # else the year a horizon counted from the issue gives (none when the issue is unknown)
            year = (
                int(year_m.group("year"))
                if year_m
                else titled or period_year or carried or reported_year or doc.plan.end_year or relative
            )
            # STAGED_YEARS: "到2018年、2019年、2020年年底前，…分别达到30%、70%、100%" — the last year
            listed_years = STAGED_YEARS.pattern.search(s_text)
            stages = 0
            if listed_years is not None and year_m is not None and listed_years.start() <= year_m.start():
                stages = len(TABLE_YEAR.findall(listed_years.group()))
                year = int(listed_years.group("last"))
            # PERIOD_ADVERBIAL: the period dates the rest of its paragraph too, where the text keeps its paragraphs
            if (year_m and not clause_only) or (period_year and paragraphed):
                carried = year
            if year is None and not horizon and not issue_dated and not this_year_plan:
                continue
            if issue_dated or (this_year_plan and year is None):
                year = _issue_year(doc)  # ISSUE_YEAR_GOALS: the year of issue, None when unknown
            # counts are dated by the sentence, or by a year an earlier sentence of the section
            # stated (SECTION_YEAR: "力争到2027年，…。在…取得10项以上…")
            dated = bool(
                year_m
                or period_year
                or horizon_m
                or (stage and not labelled)
                or s_start < announced
                or COUNTS_DATED.pattern.search(s_text)
                or section_dated
                or span is not None
                or end_dated
                or this_year_plan
                or reported_year is not None
            )
            if _opens_with_year(text, section, s_start, s_text):
                announced = _bullets_end(text, s_start, section.end)
            elif DATED_LIST_LEAD.pattern.search(s_text):  # DATED_LIST_LEAD: its numbered lines below
                announced = _bullets_end(text, s_start, section.end, listed=True)
            targets = _sentence_targets(
                text,
                s_start,
                s_start + s_until,
                year,
                s_text,
                dated or issue_dated,
                bool(carried or horizon or this_year_plan),
                stages,
            )
            if reported_year is not None:
                # YEAR_DOCUMENT_REPORTED: no counts (五方面預期目標: the document's parts)
                targets = [t for t in targets if not COUNTED_UNIT.search(_arabic(t.value))]
            if issue_dated and not this_year_plan:
                # ISSUE_YEAR_GOALS: only counts (首批支持建设十个示范应用场景), the notice's work of the year
                targets = [t for t in targets if COUNTED_UNIT.search(_arabic(t.value))]
            if (
                year_m
                or titled
                or carried
                or horizon
                or issue_dated
                or this_year_plan
                or reported_year
                or len(targets) >= LISTED_TARGETS
            ):
                for target in targets:
                    if stage:
                        earlier = [k for k, at in stage_of.items() if at < stage and _alike(found[k], target)]
                        for k in earlier:
                            del stage_of[k]
                            replaced.add(k)
                        stage_of[len(found)] = stage
                    found.append(target)
    # DATED_HEAD: a section head opening with its deadline ("（二）2026年底前实现…的80%以上。") is a dated
    # target wherever it stands; only its title is read
    for section in doc.sections:
        head = DATED_HEAD.pattern.match(section.title.strip())
        year_m = TARGET_YEAR.search(section.title) if head is not None else None
        at, title_end = find_title(text, section.title, section.start) if year_m is not None else (-1, -1)
        if year_m is None or at < 0:
            continue
        stated = {(f.name, f.value) for f in found}
        for item in _sentence_targets(text, at, title_end, int(year_m.group("year")), section.title, True, True):
            if (item.name, item.value) not in stated:
                found.append(item)
    # OUTCOME_AFTER_WORKS: "方案实施后,…可新增有效灌溉面积1500万亩,…" and the rest of its paragraph, wherever it
    # stands: the plan's outcomes, dated by the plan's end year, else the named period's, else the year of issue
    for outcomes in OUTCOME_AFTER_WORKS.pattern.finditer(text):
        paragraph_end = text.find("\n", outcomes.end())
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        outcome_year = doc.plan.end_year or _named_period_end(doc) or _issue_year(doc)
        known = {(f.start, f.name) for f in found}
        for sentence in SENTENCE.finditer(text, outcomes.start(), paragraph_end):
            read = _sentence_targets(text, sentence.start(), sentence.end(), outcome_year, sentence.group(), True, True)
            found += [item for item in read if (item.start, item.name) not in known]
    # RESTATED_TARGET: one target read twice (a sentence in two goal sections, or a crawl that repeats a
    # passage: the same name, value and year) is one indicator, where it is first stated
    kept: dict[tuple[str, str, int | None], _Found] = {}
    for k, f in enumerate(found):
        if k not in replaced:
            kept.setdefault((name_key(f.name), f.value, f.year), f)
    found = _drop_long_range(doc, list(kept.values()))
    leads = list(TARGETS_LEAD.pattern.finditer(text))
    # TARGETS_LABEL: "具体指标：到2022年，…" inside a paragraph; only with a year in what follows.
    for label in TARGETS_LABEL.pattern.finditer(text):
        inside = any(lead.start() <= label.start() < lead.end() for lead in leads)
        if TARGET_YEAR.match(text, label.end()) and not inside:
            leads.append(label)
    leads.sort(key=lambda m: m.start())
    for lead in leads:
        if any(f.start <= lead.end() < f.end for f in found):
            continue
        end = text.find("\n", lead.end())
        end = len(text) if end < 0 else end
        if not text[lead.end() : end].strip():
            # "2025 年的主要目标是：" ends its line: the targets are the lines below, to the end of
            # the section it stands in (LEAD_ENDS_LINE)
            around = [sec for sec in doc.sections if sec.start <= lead.start() < sec.end]
            end = max(end, min((sec.end for sec in around), default=end))
        else:
            # NEXT_LEAD_ENDS: a later lead on the same line starts its own targets (a crawl that lost its line
            # breaks: the period's 主要目标是： and, chapters later, the year's 主要预期目标是：, he-gov-report-2026)
            later = [m.start() for m in leads if lead.end() <= m.start() < end]
            end = min([end, *later])
            end = _targets_end(text, lead.end(), end)  # LEAD_PARAGRAPH_RUNS_ON: the paragraph on the lead's line
        means = [
            m.start() for m in SENTENCE.finditer(text, lead.end(), end) if MEANS_AFTER_GOALS.pattern.match(m.group())
        ]
        end = min([end, *means])  # MEANS_AFTER_GOALS: "实现上述目标，要…" ends the targets after a lead too
        paragraph = text[lead.end() : end]
        year_m = TARGET_YEAR.search(paragraph)
        # the paragraph's year, else the year the lead's own words give ("2025 年的主要目标是："; LEAD_PERIOD_YEAR:
        # "“十五五”时期的主要预期目标是：", the period's end), else its section title's
        own = _lead_clause_year(text, lead.start())
        lead_period = LEAD_PERIOD_YEAR.pattern.search(text, max(0, lead.start() - 12), lead.start())
        period_end = period_years(lead_period.group("period")) if lead_period is not None else None
        # THIS_YEAR_OF_PERIOD: "今年主要预期目标是：" after "今年是“十五五”开局之年" is for the period's first year
        says_this_year = LEAD_THIS_YEAR.pattern.search(text, max(0, lead.start() - 12), lead.start()) is not None
        this_year = (_this_year(text) or _next_work_year(doc, lead.end())) if says_this_year else None
        year = (
            int(year_m.group("year"))
            if year_m
            else int(own.group(1))
            if own
            else (period_end[1] if period_end is not None else None) or this_year or _title_year(doc, lead.start())
        )
        if not year:
            continue
        known = {(f.start, f.name) for f in found}
        for item in _sentence_targets(text, lead.end(), end, year, text[lead.start() : end], True):
            if (item.start, item.name) not in known:
                found.append(item)
    # PERIOD_ITEM_TARGETS: a document without a goal part, none of whose text was read as targets, may set its
    # period's quantities in items opening with the period (“七五”期间安排…)
    if not found and not goal_sections and not titled_general and doc.plan.end_year is not None:
        for sentence in SENTENCE.finditer(text):
            opening = PERIOD_ITEM_TARGETS.pattern.match(sentence.group())
            period = period_years(opening.group("period")) if opening is not None else None
            if period is not None and period[1] == doc.plan.end_year:
                at, until = sentence.start(), sentence.end()
                found += _sentence_targets(text, at, until, period[1], sentence.group(), True, True)
    # DATED_AIM_WITHOUT_GOALS: a document without a goal part (nor a 总体要求, nor headings at all) states its
    # dated aims in its work items; each clause opening with its deadline and 力争/确保 is read, to its
    # sentence's end, for that year
    if not goal_sections and not titled_general and not headingless:
        known = {(f.start, f.name) for f in found}
        for sentence in SENTENCE.finditer(text, numbered[0].start if numbered else 0):
            aim = DATED_AIM_WITHOUT_GOALS.pattern.search(sentence.group())
            aim_year = int(aim.group("year") or aim.group("by")) if aim is not None else None
            if aim is None or aim_year is None or not _not_before_plan(doc, aim_year):
                continue
            at = sentence.start() + aim.start()
            if _in_notes(text, at):
                continue
            read = _sentence_targets(text, at, sentence.end(), aim_year, sentence.group(), True, True)
            found += [item for item in read if (item.start, item.name) not in known]
    return found


SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_CN_YEAR_DIGIT = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _years_in_digits(doc: PlanDocument, text: str) -> str:
    """CHINESE_YEAR: ``text`` with its years in Chinese numerals written in digits, one digit a numeral (the same
    length, so that positions hold); a year before the plan is left as written: it reviews, it dates no target
    ("到一九九〇年底，我国炼油加工能力已达到…", nat-refining-capacity-1991, a 1991 notice)."""
    if "年" not in text:
        return text

    def digits(m: re.Match[str]) -> str:
        year = m.group("year").translate(_CN_YEAR_DIGIT)
        return m.group() if _before_plan(doc, int(year)) else year

    return CHINESE_YEAR.pattern.sub(digits, text)


def _this_year(text: str) -> int | None:
    """THIS_YEAR_OF_PERIOD: the year "今年是“十五五”开局之年" names (the period's first year; 收官之年 its last)."""
    said = THIS_YEAR_OF_PERIOD.pattern.search(text)
    years = period_years(said.group("period")) if said is not None else None
    if said is None or years is None:
        return None
    return years[1] if said.group("stage") == "收官" else years[0]


def _next_work_year(doc: PlanDocument, position: int) -> int | None:
    """THIS_YEAR_WORK_HEADING: the year the first heading after ``position`` names the work of (三、2024年主要工作安排),
    where ``position`` stands in no section (the heading of its own part lost)."""
    if any(s.start <= position < s.end for s in doc.sections):
        return None
    after = [s for s in doc.sections if s.start >= position]
    if not after:
        return None
    said = THIS_YEAR_WORK_HEADING.pattern.match(min(after, key=lambda s: s.start).title.strip())
    return int(said.group("year")) if said is not None else None


def _targets_end(text: str, start: int, end: int) -> int:
    """Where the targets after a lead end: at ``end`` (its line's), or, after a sentence with a value, before
    VALUELESS_RUN sentences in a row without one (VALUELESS_SENTENCE)."""
    valued = False
    run: list[int] = []  # the starts of the valueless sentences in a row
    for sentence in SENTENCE.finditer(text, start, end):
        if VALUELESS_SENTENCE.pattern.fullmatch(sentence.group()) is None:
            valued, run = True, []
            continue
        run.append(sentence.start())
        if valued and len(run) >= VALUELESS_RUN:
            return run[0]
    return end


# Any year written in a text, even one a crawl garbled ("到8985年"): the text is dated (ISSUE_YEAR_GOALS).
WRITTEN_YEAR = re.compile(r"\d{4}\s*年")


def _named_period_end(doc: PlanDocument) -> int | None:
    """OUTCOME_AFTER_WORKS: the end year of the one period the text names (PERIOD_END_NAMED), None for none or
    several."""
    ends = {period_years(m.group("period")) for m in PERIOD_END_NAMED.pattern.finditer(doc.text)}
    return next(iter(ends))[1] if len(ends) == 1 and None not in ends else None  # type: ignore[index]


def _issue_year(doc: PlanDocument) -> int | None:
    """ISSUE_YEAR_GOALS: the year the plan was issued, None when its date is unknown."""
    issued = doc.plan.issued[:4] if doc.plan.issued else ""
    return int(issued) if issued.isdigit() else None


def _not_before_plan(doc: PlanDocument, year: int) -> bool:
    """BARE_YEAR_OPENS: whether ``year`` is not before the plan starts (its first year, else the year
    it was issued); False when neither is known."""
    issued = doc.plan.issued[:4] if doc.plan.issued else ""
    start = doc.plan.start_year or (int(issued) if issued.isdigit() else None)
    if start is None:
        # PERIOD_END_NAMED: neither known, but the text names the period whose end ``year`` is
        ends = {period_years(m.group("period")) for m in PERIOD_END_NAMED.pattern.finditer(doc.text)}
        if any(span is not None and span[1] == year for span in ends):
            return True
        # LATEST_YEAR_NAMED: neither known, but a cited document bounds the issue: a year no later
        # year of the text follows is the plan's
        if CITED_DOCUMENT_YEAR.pattern.search(doc.text) is None:
            return False
        named = [int(m.group("year")) for m in LATEST_YEAR_NAMED.pattern.finditer(doc.text)]
        return bool(named) and year >= max(named)
    return year >= start


def _bare_year_stages(doc: PlanDocument, sentences: list[str]) -> set[str]:
    """BARE_YEAR_STAGES: the years of a goal section's sentences that open with a bare year, when there are
    several and all come after every document the text cites (the issue's lower bound); else none."""
    if doc.plan.start_year is not None or _issue_year(doc) is not None:
        return set()
    years = {m.group("year") for s in sentences if (m := BARE_YEAR_OPENS.pattern.search(s))}
    cited = [int(m.group("number")) for m in CITED_DOCUMENT_YEAR.pattern.finditer(doc.text) if m.group("number")]
    if len(years) < BARE_YEAR_STAGES_MIN or not cited or min(int(y) for y in years) <= max(cited):
        return set()
    return years


def _before_plan(doc: PlanDocument, year: int) -> bool:
    """BARE_YEAR_OPENS: whether ``year`` is known to be before the plan starts."""
    issued = doc.plan.issued[:4] if doc.plan.issued else ""
    start = doc.plan.start_year or (int(issued) if issued.isdigit() else None)
    return start is not None and year < start


def _alike(a: _Found, b: _Found) -> bool:
    """One subject quantified again by a later stage: alike names, and the same measure (40个 → 60个,
    提高3%-5% → 提高5%以上; 300处 大中型矿产地 is not 10个以上 大型勘查开发基地)."""
    return SequenceMatcher(None, name_key(a.name), name_key(b.name)).ratio() >= SAME_NAME and _measure(
        a.value
    ) == _measure(b.value)


def _measure(value: str) -> str:
    """A value's measure word or unit: "10-20个" → 个, "5%以上" and "3%-5%" → %."""
    bare = re.sub(r"[\d.\s—–\-~～至]|左右|以上|以内|以下|提高|降低|增长|下降|[万亿]", "", value).replace("％", "%")
    return "".join(dict.fromkeys(bare))


# STAGE_OPENS: at least this many goal sentences opening with a span of time make stages.
STAGES_MIN = 2

# LONG_RANGE_VISION: goals that restate the plan's subjects at a far later year ("至2025年末，森林覆盖率
# 达到17%以上，公园绿地服务半径覆盖率达到90%以上…。至2035年末，森林覆盖率达到20%左右，公园绿地服务半径
# 覆盖率达到95%以上…") are the long-range vision beyond the plan's horizon, like a table's second target
# column (目标值（2035年）): the plan's indicators are the earlier year's. Far later: beyond the plan's end
# year when it is known, else at least LONG_RANGE_GAP years after the earlier targets; restated: at least
# LONG_RANGE_RESTATED subjects alike (a nearer stage, "2022年遴选50个…，到2024年遴选出200个", is
# LATER_STAGE_WINS's).
LONG_RANGE_GAP = 10
LONG_RANGE_RESTATED = 2


def _drop_long_range(doc: PlanDocument, found: list[_Found]) -> list[_Found]:
    """LONG_RANGE_VISION: the targets of a far later year that restates an earlier year's subjects."""
    years = sorted({f.year for f in found if f.year is not None})
    far: set[int] = set()
    for late in years:
        for early in years:
            end = doc.plan.end_year
            beyond = late - early >= LONG_RANGE_GAP or (end is not None and late > end >= early)
            if early >= late or not beyond:
                continue
            earlier = [f for f in found if f.year == early]
            restated = sum(1 for f in found if f.year == late and any(_alike(f, e) for e in earlier))
            if restated >= LONG_RANGE_RESTATED:
                far.add(late)
    return [f for f in found if f.year not in far]


def _stage_year(doc: PlanDocument, horizon: re.Match[str]) -> int | None:
    """The year a stage of the plan's goals ends ("用3年时间" of a 2011—2020 纲要 → 2013): the plan's
    first year counts as the first of the span, and no stage ends after the plan; without the plan's
    years, as RELATIVE_HORIZON (``_horizon_year``)."""
    first, last = doc.plan.start_year, doc.plan.end_year
    if first is None:
        return _horizon_year(doc, horizon)
    span = horizon.group("span")
    year = first + (int(span) if span.isdigit() else _CN_DIGITS[span]) - 1
    return min(year, last) if last is not None else year


_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _horizon_year(doc: PlanDocument, horizon: re.Match[str]) -> int | None:
    """The year a RELATIVE_HORIZON ("在1-2年内") reaches: the year of issue plus the span's upper
    end. The year of issue is the plan's (its date, else its first year), else at the earliest the
    latest year of the documents it cites (CITED_DOCUMENT_YEAR); None when nothing gives it."""
    span = horizon.group("span")
    years = int(span) if span.isdigit() else _CN_DIGITS[span]
    issued = doc.plan.issued[:4] if doc.plan.issued else ""
    base = int(issued) if issued.isdigit() else doc.plan.start_year
    if base is None:
        cited = [int(m.group("start") or m.group("number")) for m in CITED_DOCUMENT_YEAR.pattern.finditer(doc.text)]
        base = max(cited) if cited else None
    return base + years if base is not None else None


def _bullets_end(text: str, start: int, limit: int, listed: bool = False) -> int:
    """The end of the line holding ``start`` and of the ——bullet lines right below it (or lines opening
    with a run-in aim, AIM_LEAD_LINE; blank lines between allowed), within ``limit``; ``listed``: of the
    numbered lines right below it instead (LISTED_TARGET_LINE, after a DATED_LIST_LEAD)."""
    end = text.find("\n", start, limit)
    aim_above = False  # AIM_TITLE_LINE: the line above was an aim alone, heading this line's targets
    while 0 <= end < limit:
        after = end + 1
        while after < limit and text[after] == "\n":
            after += 1
        line_end = text.find("\n", after, limit)
        line = text[after : line_end if line_end >= 0 else limit]
        if listed and not LISTED_TARGET_LINE.pattern.match(line):
            return end
        aim_line = (
            not listed and AIM_TITLE_LINE.pattern.match(line) is not None and _figure_below(text, line_end, limit)
        )
        if (
            not listed
            and not BULLET_LINE.pattern.match(line[:8])
            and not AIM_LEAD_LINE.pattern.match(line)
            and not aim_line
            and not (aim_above and re.search(r"\d", line))
        ):
            return end
        aim_above = aim_line
        end = text.find("\n", after, limit)
    return limit


def _figure_below(text: str, line_end: int, limit: int) -> bool:
    """Whether the next line with text after ``line_end`` (within ``limit``) holds a figure (AIM_TITLE_LINE)."""
    if line_end < 0:
        return False
    after = line_end + 1
    while after < limit and text[after] == "\n":
        after += 1
    below_end = text.find("\n", after, limit)
    return re.search(r"\d", text[after : below_end if below_end >= 0 else limit]) is not None


def indicator_lines(doc: PlanDocument) -> list[_Found]:
    """Lines "NAME VALUE UNIT" in a section titled …指标 (Markdown bullets and ** allowed)."""
    text = doc.text
    found: list[_Found] = []
    for section in _within(doc.sections, INDICATOR_SECTION, doc.sections):
        before = list(TARGET_YEAR.finditer(text, 0, section.start))
        year = int(before[-1].group("year")) if before else doc.plan.end_year
        for pos, line in _lines(text[section.start : section.end])[1:]:
            plain = line.replace("**", "").strip().lstrip("-*• ").strip()
            m = re.match(r"(?P<name>.*?[\u4e00-\u9fff）)])(?P<value>" + VALUE.pattern + r")$", plain)
            if m is None or len(name_key(m.group("name"))) < 4 or re.search(r"[，。；]", m.group("name")):
                continue
            start = section.start + pos + line.find(line.strip()[:1])
            found.append(
                _Found(
                    name=clean_name(m.group("name")),
                    value=m.group("value"),
                    unit="",
                    year=year,
                    baseline=None,
                    baseline_year=None,
                    start=start,
                    end=section.start + pos + len(line.rstrip()),
                    evidence=plain,
                )
            )
    return found


# --- the document -------------------------------------------------------------------------
def _same(a: _Found, b: _Found) -> bool:
    """Two findings that restate one indicator: alike names (or alike enough, with the same
    value). Targets for different years, or set by one clause (分别), are different ones."""
    if a.start == b.start or (a.year is not None and b.year is not None and a.year != b.year):
        return False
    ratio = SequenceMatcher(None, name_key(a.name), name_key(b.name)).ratio()
    if ratio >= SAME_NAME:
        return True
    va, vb = _parse_value(a.value), _parse_value(b.value)
    same_value = va is not None and vb is not None and float(va[0]) == float(vb[0])
    return same_value and ratio >= SAME_NAME_SAME_VALUE


def extract_indicators(doc: PlanDocument) -> list[Indicator]:
    """A plan's indicators: tables first, then target sentences and indicator lines that do
    not restate a table row."""
    text = doc.text
    tables = (
        tab_tables(text)
        + inline_tables(text)
        + cell_tables(text, doc.plan.end_year)
        + pdf_row_tables(text, doc.plan.end_year)
        + flat_tables(text)
        + year_group_tables(text)
    )
    # GLUED_TABLE: only where no other table reader read the rows
    tables += [g for g in glued_tables(text, doc.plan.end_year) if not any(t.start <= g.start < t.end for t in tables)]
    sentences, lines = target_sentences(doc), indicator_lines(doc)
    if not (tables or sentences or lines):
        sentences = required_targets(doc)  # REQUIRED_YEAR: a text with no goal part
    kept = list(tables)
    # A sentence restates a table row or an indicator line; targets of one reader are distinct
    # (a plan's sentences may set a growth rate and a level of the same thing). Nothing read as
    # a sentence from inside a table's rows counts.
    for source in (lines, sentences):
        earlier = list(kept)
        for item in source:
            inside = any(t.start <= item.start < t.end for t in tables)
            if not inside and not any(_same(item, other) for other in earlier):
                kept.append(item)
    kept.sort(key=lambda f: f.start)
    out: list[Indicator] = []
    for item in kept:
        indicator = _indicator(doc.plan.id, len(out) + 1, item)
        if indicator is not None:
            out.append(indicator)
    return out


_CN_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def required_targets(doc: PlanDocument) -> list[_Found]:
    """REQUIRED_YEAR: "要求一九八〇年综合利用煤矸石二千五百万吨到三千万吨，开发利用石煤二千万吨" → 综合利用煤矸石
    (二千五百万吨到三千万吨, 1980), 开发利用石煤 (二千万吨, 1980), for a year after the text's issue."""
    text = doc.text
    issued = _issue_year(doc)
    if issued is None:
        cited = [int(m.group("number")) for m in CITED_DOCUMENT_YEAR.pattern.finditer(text) if m.group("number")]
        issued = max(cited) if cited else None
    found: list[_Found] = []
    for lead in REQUIRED_YEAR.pattern.finditer(text):
        year = int(lead.group("year").translate(_CN_YEAR_DIGITS))
        if issued is None or year <= issued:
            continue
        stop = re.compile(r"[。；！？\n]").search(text, lead.end())
        end = stop.start() if stop is not None else len(text)
        start = lead.end()
        for clause in re.finditer(r"[^，,]+", text[start:end]):
            amount = REQUIRED_AMOUNT.pattern.fullmatch(clause.group().strip())
            if amount is None:
                continue
            value = amount.group("value")
            at = start + clause.start() + clause.group().find(value)
            found.append(
                _Found(
                    name=amount.group("name"),
                    value=value,
                    unit=amount.group("unit"),
                    year=year,
                    baseline=None,
                    baseline_year=None,
                    start=at,
                    end=at + len(value),
                    evidence=text[lead.start() : end],
                    words=not re.search(r"\d", value),
                )
            )
    return found


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def repair_from_interpretation(plan_indicators: list[Indicator], interp_indicators: list[Indicator]) -> list[Indicator]:
    """Restore values a PDF extraction damaged, from an interpretation of the same plan.

    Indicators are matched by name (Chinese characters only, best match first). Where the
    plan's raw value is the interpretation's value with its decimal point dropped ("45" vs
    "4.5%"), or equal but without the unit, the interpretation's target and unit are taken;
    ``raw_target`` keeps what the plan's text says.
    """
    taken: set[int] = set()
    out: list[Indicator] = []
    for indicator in plan_indicators:
        scored = sorted(
            (
                (SequenceMatcher(None, name_key(indicator.name), name_key(other.name)).ratio(), i)
                for i, other in enumerate(interp_indicators)
                if i not in taken
            ),
            reverse=True,
        )
        if not scored or scored[0][0] < MATCH_NAME:
            out.append(indicator)
            continue
        index = scored[0][1]
        other = interp_indicators[index]
        raw = _parse_value(indicator.raw_target or indicator.target)
        good = _parse_value(other.raw_target or other.target)
        if raw is None or good is None or _digits(raw[0]) != _digits(good[0]):
            out.append(indicator)
            continue
        taken.add(index)
        # The PDF also dropped Latin letters from names ("占GDP比重" → "占比重"): where the
        # plan's name is the interpretation's with characters missing, take the whole name.
        name = other.name if _is_subsequence(indicator.name, other.name) else indicator.name
        if (indicator.target, indicator.unit, indicator.name) == (other.target, other.unit, name):
            out.append(indicator)
            continue
        out.append(
            indicator.model_copy(
                update={
                    "name": name,
                    "target": other.target,
                    "unit": other.unit,
                    "raw_target": indicator.raw_target or indicator.target,
                }
            )
        )
    return out


def _is_subsequence(short: str, long: str) -> bool:
    remaining = iter(long)
    return all(ch in remaining for ch in short)
