"""The fast paths of text preparation, name finding and the succession rules' text spaces give the answers of the plain
definitions they replace (one regex or slice where a per-character loop used to run)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plankg.lineage.succession import SharedTexts, text_space, text_vectors
from plankg.loaders.extract.mentions import _runs
from plankg.loaders.extract.names import ending_of
from plankg.loaders.rules.names import ENDINGS, NAME_CHAR, VERSION_POINT
from plankg.loaders.text.furniture import display_width
from plankg.loaders.text.normalise import NormalisedText, remove_spans
from plankg.loaders.text.read import CONTROL_CHARACTER

# Characters plan texts are made of, plus a few from every plane.
TEXTISH = st.text(
    alphabet=st.one_of(
        st.sampled_from("上海市集成电路创新中心（浙江）“一带一路”研究院实验室平台，。、 　1.2G\t"),
        st.characters(codec="utf-8"),
    ),
    max_size=40,
)


@given(TEXTISH)
def test_display_width_counts_wide_characters_twice(line: str) -> None:
    expected = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line.rstrip())
    assert display_width(line) == expected


@given(st.characters(codec="utf-8"))
def test_control_character_is_category_cc_without_whitespace_controls(ch: str) -> None:
    expected = unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"
    assert bool(CONTROL_CHARACTER.fullmatch(ch)) is expected


@given(st.text(alphabet="ab一二", max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=4))
def test_remove_spans_drops_exactly_the_covered_characters(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in raw]
    covered = {i for a, b in spans for i in range(a, b)}
    result = remove_spans(NormalisedText.of(text), spans)
    assert result.text == "".join(c for i, c in enumerate(text) if i not in covered)
    assert result.offsets == tuple(i for i in range(len(text)) if i not in covered)


@given(TEXTISH)
def test_ending_of_is_the_longest_known_ending(name: str) -> None:
    longest = max((e for e in ENDINGS if name.endswith(e)), key=len, default=None)
    found = ending_of(name)
    assert (found[0] if found else None) == longest


def test_runs_are_stretches_of_name_characters_with_inner_places_and_quotes() -> None:
    text = "支持中国（上海）知识产权保护中心、“一带一路”国际技术转移中心和政务服务2.0平台建设。"
    runs = [text[a:b] for a, b in _runs(text, 0, len(text))]
    assert runs == ["支持中国（上海）知识产权保护中心", "“一带一路”国际技术转移中心和政务服务2.0平台建设"]


@given(st.text(alphabet="上海中心（）“”。、2.0G ", max_size=30))
def test_runs_cover_every_name_character(text: str) -> None:
    inside = {i for a, b in _runs(text, 0, len(text)) for i in range(a, b)}
    for i, ch in enumerate(text):
        if NAME_CHAR.match(ch) or VERSION_POINT.match(text, i):
            assert i in inside


# Texts of enumerations: items, 、, 等, kinds of institutions, 项目, places and punctuation.
ENUMERATIONS = st.lists(
    st.one_of(
        st.sampled_from(list("推动阿里巴巴浙江联通、等项目企业高校重点领军地市A1“”，。 \n")),
        st.sampled_from(["等企业", "等重点项目", "、", "等地企业", "等知名企业", "车企"]),
        st.characters(codec="utf-8"),
    ),
    max_size=30,
).map("".join)


@given(ENUMERATIONS, st.integers(0, 60), st.integers(0, 60))
def test_enumerations_searched_in_runs_are_the_plain_search(text: str, start: int, end: int) -> None:
    from plankg.loaders.extract.mentions import _ENUMERATION_TAILS, _finditer_in_runs

    for pattern in _ENUMERATION_TAILS:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, end)]
        assert [(m.span(), m.groupdict()) for m in _finditer_in_runs(pattern, text, start, end)] == expected


@given(
    st.lists(
        st.one_of(
            st.sampled_from(list("上海市集成电路（浙江）“一带一路”研究院。，、 1.2-")),
            st.characters(codec="utf-8"),
        ),
        max_size=60,
    ).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_runs_of_the_sentences_are_the_runs_of_the_text(text: str, start: int, end: int) -> None:
    from plankg.loaders.extract.mentions import _sentences

    stop = min(end, len(text))
    if start >= stop:
        return
    pieces = [run for a, b in _sentences(text, start, stop) for run in _runs(text, a, b)]
    assert pieces == _runs(text, start, stop)


@given(
    st.lists(
        st.one_of(
            st.sampled_from(list("上海市集成电路（浙江）“一带一路”研究院。，、 1.2-")),
            st.sampled_from(["中心", "实验室", "平台", "股份", "重工", "研究院"]),
            st.characters(codec="utf-8"),
        ),
        max_size=60,
    ).map("".join),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_runs_holding_a_word_are_the_runs_where_it_matches(text: str, start: int, end: int) -> None:
    from plankg.loaders.extract.mentions import _runs_holding
    from plankg.loaders.rules.names import ENDING, FIRM_TAIL

    stop = min(end, len(text))
    if start >= stop:
        return
    for pattern in (ENDING, FIRM_TAIL):
        expected = [run for run in _runs(text, start, stop) if pattern.search(text, *run) is not None]
        assert list(_runs_holding(pattern, text, start, stop)) == expected


@given(
    st.lists(
        st.one_of(
            st.sampled_from(list("建设和、。中心“”（）12")),
            st.sampled_from(["中心", "实验室", "平台", "研究院", "上海", "公司", "（上海）", "“四化”"]),
            st.characters(codec="utf-8"),
        ),
        max_size=60,
    ).map("".join),
    st.integers(0, 80),
    st.integers(0, 80),
)
@example("依托上海研究院和复旦大学建设中心。加快建设“四化”平台", 0, 80)
def test_runs_with_endings_are_the_runs_holding_one_with_their_finditer(text: str, start: int, end: int) -> None:
    from plankg.loaders.extract.mentions import _runs_holding, _runs_with_endings
    from plankg.loaders.rules.names import ENDING

    # ENDINGS_READ_ONCE
    stop = min(end, len(text))
    if start >= stop:
        return
    expected = [
        (a, b, [m.span() for m in ENDING.finditer(text, a, b)]) for a, b in _runs_holding(ENDING, text, start, stop)
    ]
    assert [(a, b, [m.span() for m in found]) for a, b, found in _runs_with_endings(text, start, stop)] == expected


def test_clause_bounds_kept_per_text() -> None:
    from plankg.loaders.extract.names import clause_bounds

    # CLAUSE_BOUNDS_KEPT: the same span of another text gets that text's clause, not the one kept
    texts = ["加快建设，上海研究中心。", "加快建设上海研究中心，", "加快建设，上海研究中心。"]
    plain = [clause_bounds.__wrapped__(text, 5, 10) for text in texts]
    assert plain == [(5, 11), (0, 10), (5, 11)]
    assert [clause_bounds(text, 5, 10) for text in texts] == plain


@given(TEXTISH, st.sampled_from(["", "\n", "x", "\\g<0>\\g<0>", "[\\g<0>]"]))
def test_substitute_is_re_sub_with_every_kind_of_replacement(text: str, replacement: str) -> None:
    import re

    from plankg.loaders.text.normalise import substitute

    for pattern in (re.compile(r"(?m)^[ \u3000]+|[ \u3000]+$"), re.compile("中心|。")):
        result = substitute(NormalisedText.of(text), pattern, replacement)
        assert result.text == pattern.sub(replacement, text)
        assert len(result.offsets) == len(result.text)


@given(TEXTISH)
def test_translate_skipped_only_where_the_table_changes_nothing(text: str) -> None:
    from plankg.loaders.text.normalise import _FULLWIDTH_ALNUM, _PUNCTUATION, RADICAL_CODE_POINTS, _translate

    # the table _translate applies: full-width letters and digits, punctuation, and since session 27 the radical code
    # points a PDF font prints for whole characters (RADICAL_CODE_POINTS; hypothesis found "⺟" left out of this oracle)
    table = str.maketrans({**_FULLWIDTH_ALNUM, **_PUNCTUATION, **RADICAL_CODE_POINTS})
    assert _translate(NormalisedText.of(text)).text == text.translate(table)


@given(
    st.lists(
        st.one_of(
            st.sampled_from(list("建设推进和及的为以由在12三十家个（(“”.．")),
            st.sampled_from(["促进中心", "支持平台", "运营管理", "共三大", "一批", "20家", "加快推进", "依托"]),
            st.characters(codec="utf-8"),
        ),
        max_size=40,
    ).map("".join),
    st.integers(0, 50),
    st.integers(0, 50),
)
@settings(deadline=None)  # the first example compiles ANCHOR_GUARDED
def test_anchor_matches_are_anchor_finditer(text: str, lo: int, hi: int) -> None:
    from plankg.loaders.extract.mentions import _anchor_matches, _guarded_anchor, _start_class
    from plankg.loaders.rules.names import ANCHOR

    assert _start_class(ANCHOR) is not None  # the fast path is taken
    assert _guarded_anchor() is not None  # ANCHOR_GUARDED
    plain = [m.span() for m in ANCHOR.finditer(text, lo)]
    assert [m.span() for m in _anchor_matches(text, lo, len(text) + 1)] == plain
    # every match starting before hi, as the callers read them (they stop at the first after it)
    assert [m.span() for m in _anchor_matches(text, lo, hi)] == [span for span in plain if span[0] < hi]


@given(
    st.integers(1, 6),
    st.lists(st.integers(-1, 30), min_size=1, max_size=30),
    st.lists(st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.7, 1.0]), min_size=180, max_size=180),
)
def test_later_best_besides_ancestors_is_the_masked_maximum(rows: int, parents: list[int], values: list[float]) -> None:
    """``_later_best`` reads each row's few best columns: the same as zeroing a unit's ancestors'
    columns and taking the row's maximum, for every earlier unit."""
    import numpy as np

    from plankg.lineage.align import _ancestry, _later_best
    from plankg.lineage.similarity import Unit

    cols = len(parents)
    earlier = [
        Unit(id=f"u{k:02d}", plan_id="p", label="Section", title="t", parent=f"u{p:02d}" if 0 <= p < k else "")
        for k, p in enumerate(parents)
    ]
    kept = np.resize(np.asarray(values), (rows, cols))
    expected = np.empty_like(kept)
    for j, above in enumerate(_ancestry(earlier)):
        rivals = kept.copy()
        rivals[:, above] = 0.0
        expected[:, j] = rivals.max(axis=1)
    assert np.array_equal(_later_best(kept, earlier, besides_ancestors=True), expected)


# Leader dots, digits, line breaks and quote marks: what the TOC and name prechecks look at.
LEADERISH = st.text(alphabet=st.sampled_from("..．…·\n 12中心注备说明：:“”\"'《》\t\u3000。性）"), max_size=40)


@given(LEADERISH, st.integers(0, 40))
def test_in_contents_is_the_plain_toc_line_search(text: str, pos: int) -> None:
    from plankg.loaders.extract.link import _in_contents
    from plankg.loaders.rules.names import TOC_LINE_END

    pos = min(pos, len(text))
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    assert _in_contents(text, pos) is (TOC_LINE_END.search(text, pos, line_end) is not None)


@given(LEADERISH, st.integers(0, 40), st.integers(0, 40))
def test_note_opening_is_the_plain_search(text: str, start: int, end: int) -> None:
    from plankg.loaders.extract.indicators import NOTE_OPENING, _line_starts, _note_opening

    found = NOTE_OPENING.search(text, start, end)
    assert _note_opening(text, start, end) == (None if found is None else found.span())
    assert _line_starts(text) == (0, *(i + 1 for i, ch in enumerate(text) if ch == "\n"))


@given(LEADERISH)
def test_normalise_name_drops_the_characters_the_plain_pattern_drops(raw: str) -> None:
    import re

    from plankg.loaders.extract.names import _DROPPED_MARKS

    for ch in raw:
        assert (ch.isspace() or ch in _DROPPED_MARKS) is bool(re.match(r"[\s\"'《》]", ch))


BREAKISH = st.text(alphabet=st.sampled_from("，。；！？：:\n中心 　"), max_size=1200)


@given(BREAKISH, st.integers(0, 1200), st.integers(0, 1200), st.integers(0, 1200))
def test_clause_and_sentence_bounds_are_the_plain_scans(text: str, a: int, b: int, lo: int) -> None:
    from plankg.loaders.extract.names import clause_bounds, sentence_bounds
    from plankg.loaders.rules.names import CLAUSE_BREAK, SENTENCE_BREAK

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    lo = min(lo, start)
    left = 0
    for m in CLAUSE_BREAK.finditer(text, max(0, start - 400), start):
        left = m.end()
    stop = CLAUSE_BREAK.search(text, end)
    assert clause_bounds(text, start, end) == (left, stop.start() if stop else len(text))
    left = lo
    for m in SENTENCE_BREAK.finditer(text, max(lo, start - 1000), start):
        left = m.end()
    found = SENTENCE_BREAK.search(text, end)
    right = found.end() if found else len(text)
    while left < right and text[left] in " \t\u3000":
        left += 1
    assert sentence_bounds(text, start, end, lo) == (left, right)


@given(st.text(alphabet="平台中心研究院实验室", max_size=12), st.text(alphabet="平台中心研究院实验室", max_size=12))
def test_similar_is_the_sequence_matcher_ratio_bound(a: str, b: str) -> None:
    from difflib import SequenceMatcher

    from plankg.loaders.extract.link import _similar

    for threshold in (0.5, 0.8, 0.9):
        assert _similar(a, b, threshold) is (SequenceMatcher(None, a, b).ratio() >= threshold)


@given(st.text(alphabet="上海中心（浙江）1.2-—a，。 “”", max_size=30), st.integers(0, 30))
def test_run_end_steps_as_the_plain_character_loop(text: str, pos: int) -> None:
    from plankg.loaders.extract.mentions import _names_itself, _run_end
    from plankg.loaders.rules.names import HYPHEN_IN_NAME, PLACE_IN_NAME

    pos = min(pos, len(text))
    plain = pos
    while plain < len(text):
        if NAME_CHAR.match(text[plain]) or VERSION_POINT.match(text, plain) or HYPHEN_IN_NAME.match(text, plain):
            plain += 1
        elif (inner := PLACE_IN_NAME.match(text, plain)) is not None and not _names_itself(inner.group()):
            plain = inner.end()
        else:
            break
    assert _run_end(text, pos) == plain


ITEMISH = st.text(alphabet=st.sampled_from("12.．3，。中心a\n"), max_size=600)


@given(ITEMISH, st.integers(0, 600), st.integers(0, 600))
def test_clause_bounds_start_after_the_last_item_number_as_the_plain_finditer(text: str, a: int, b: int) -> None:
    from plankg.loaders.extract.names import clause_bounds
    from plankg.loaders.rules.names import CLAUSE_BREAK, LIST_ITEM_NUMBER, NAME_CLAUSE_BREAK

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    left = 0
    for m in CLAUSE_BREAK.finditer(text, max(0, start - 400), start):
        left = m.end()
    for m in LIST_ITEM_NUMBER.finditer(text, max(0, start - 400), start + 1):
        if m.end() <= start:
            left = max(left, m.end())
    stop = NAME_CLAUSE_BREAK.search(text, end)
    assert clause_bounds(text, start, end) == (left, stop.start() if stop else len(text))


LABELISH = st.lists(
    st.sampled_from(["主要任务", "重点任务", "是", "如下", "为", "：", ":", "。", "\n", " ", "中", "一、"]), max_size=40
).map("".join)


@given(LABELISH, st.integers(0, 80), st.integers(0, 80))
def test_a_line_label_holds_a_line_label_end(text: str, a: int, b: int) -> None:
    from plankg.loaders.rules.structure import LINE_LABEL, LINE_LABEL_END

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    if LINE_LABEL_END.search(text, start, end) is None:
        assert LINE_LABEL.search(text, start, end) is None


@given(
    st.lists(
        st.sampled_from(
            ["研究", "中心", "研究中心", "平台", "实验室", "重点", "院", "研究院", "大学", "局", "委员会", "上海", "，"]
        ),
        max_size=20,
    ).map("".join)
)
def test_ending_is_the_alternation_of_the_endings_longest_first(text: str) -> None:
    import re

    from plankg.loaders.rules.names import ENDING

    flat = re.compile("|".join(re.escape(e) for e in sorted(ENDINGS, key=lambda e: (-len(e), e))))
    assert [m.span() for m in ENDING.finditer(text)] == [m.span() for m in flat.finditer(text)]
    for start in range(len(text)):  # the longest ending at each place
        at, plain = ENDING.match(text, start), flat.match(text, start)
        assert (at and at.span()) == (plain and plain.span())


COUNTABLE = st.text(alphabet="5七个家所余多部委副部长主任党组成员，。、：\n 建设培育基地中心实验室交通", max_size=60)


@given(COUNTABLE, st.integers(0, 60), st.integers(0, 60))
@example("建设5家实验室\n中心", 0, 0)  # ``$`` holds before a final line break only
@example("，交通运输部副部长\n部长", 0, 0)
@settings(max_examples=400)
def test_counted_names_and_member_posts_searched_in_runs_are_the_plain_search(text: str, start: int, end: int) -> None:
    from plankg.loaders.rules.names import (
        COUNTED_NAME,
        COUNTED_RUN,
        COUNTED_SPOT,
        MEMBER_POST,
        MEMBER_POST_RUN,
        MEMBER_POST_SPOT,
    )
    from plankg.loaders.rules.runs import finditer_in_runs

    cases = ((COUNTED_NAME, COUNTED_RUN, COUNTED_SPOT), (MEMBER_POST, MEMBER_POST_RUN, MEMBER_POST_SPOT))
    for pattern, run, spot in cases:
        for a, b in ((0, None), (start, min(end, len(text)))):
            matches = pattern.finditer(text, a) if b is None else pattern.finditer(text, a, b)
            plain = [(m.span(), m.groupdict()) for m in matches]
            fast = [(m.span(), m.groupdict()) for m in finditer_in_runs(pattern, run, spot, text, a, b)]
            assert fast == plain


@given(TEXTISH, st.integers(0, 45), st.integers(0, 45), st.sampled_from(["，。；！？：:\n", "。；！？\n", ".．"]))
def test_last_mark_is_the_last_rfind_of_every_mark(text: str, lo: int, hi: int, marks: str) -> None:
    from plankg.loaders.extract.names import _last_mark

    assert _last_mark(text, marks, lo, hi) == max(text.rfind(mark, lo, hi) for mark in marks)
    assert _last_mark(text + "。\n.", marks, lo, hi) == max((text + "。\n.").rfind(mark, lo, hi) for mark in marks)


SPACED = st.text(alphabet=" \u3000\u00a0\n\t附件表1２（一）三、第章2.x中", max_size=40)


@given(SPACED)
def test_patterns_opening_with_their_first_space_are_the_lookbehind_forms(text: str) -> None:
    import re

    from plankg.loaders.rules.structure import ATTACHMENT_AFTER_SPACE, CN_NUMERAL, HEADING_AFTER_MARK
    from plankg.loaders.text.normalise import LINE_PADDING

    plain = {
        LINE_PADDING: r"(?m)^[ \u3000]+|[ \u3000]+$",
        ATTACHMENT_AFTER_SPACE: r"(?<=[^\s])[ \u00a0\u3000]+(?=附[ \u3000]*[件表][ \u3000]*\d{1,2}(?![\d：:]))",
        HEADING_AFTER_MARK: rf"(?<=[^\s])(?:\u3000{{2,}})(?=（{CN_NUMERAL}）|{CN_NUMERAL}、"
        rf"|\d{{1,2}}[.、](?!\d)|第{CN_NUMERAL}[章节篇])",
    }
    for fast, pattern in plain.items():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]


@given(st.text(alphabet="等、“中心a1，。 \n", max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_runs_holding_a_character_are_the_runs_of_finditer_that_hold_it(text: str, start: int, end: int) -> None:
    from plankg.loaders.extract.mentions import _ENUMERATION_RUN
    from plankg.loaders.rules.runs import runs_holding

    for char in "等、":
        for a, b in ((0, None), (start, end)):
            runs = _ENUMERATION_RUN.finditer(text, a) if b is None else _ENUMERATION_RUN.finditer(text, a, b)
            plain = [r.span() for r in runs if char in r.group()]
            assert list(runs_holding(_ENUMERATION_RUN, char, text, a, b)) == plain


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 12)), max_size=12), st.integers(0, 45))
def test_task_at_is_the_last_containing_task_of_the_forward_scan(spans: list[tuple[int, int]], pos: int) -> None:
    from types import SimpleNamespace
    from typing import Any

    from plankg.loaders.extract.link import _Index

    tasks: list[Any] = [SimpleNamespace(start=a, end=a + n, id=k) for k, (a, n) in enumerate(spans)]
    index = _Index(SimpleNamespace(sections=[], tasks=tasks))  # type: ignore[arg-type]
    best = None
    for task in sorted(tasks, key=lambda t: (t.start, -t.end)):
        if task.start <= pos < task.end and (best is None or task.start >= best.start):
            best = task
    assert index.task_at(pos) is best


@given(
    st.lists(
        st.one_of(
            st.sampled_from(list("上海市（浙江）“研究院。，、 1")),
            st.sampled_from(["中心", "实验室", "平台", "股份", "。。", "心。"]),
        ),
        max_size=40,
    ).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_sentences_holding_a_word_are_the_sentences_where_it_matches(text: str, start: int, end: int) -> None:
    import re

    from plankg.loaders.extract.mentions import _sentences, _sentences_holding
    from plankg.loaders.rules.names import ENDING, FIRM_TAIL

    stop = min(end, len(text))
    for pattern in (ENDING, FIRM_TAIL, re.compile("中心|平台"), re.compile(""), re.compile("心。|股份")):
        plain = [(a, b) for a, b in _sentences(text, start, stop) if pattern.search(text, a, b) is not None]
        assert list(_sentences_holding(pattern, text, start, stop)) == plain


@given(
    st.lists(
        st.one_of(
            st.sampled_from(list("等、的电池新材料三期储能a1，。")),
            st.sampled_from(["项目", "建设", "投运", "投产", "中创新航", "等重大"]),
        ),
        max_size=40,
    ).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_a_project_list_holds_its_close(text: str, start: int, end: int) -> None:
    from plankg.loaders.extract.institutions import _PROJECT_LIST_CLOSE
    from plankg.loaders.rules.institutions import PROJECT_LIST

    if PROJECT_LIST.search(text, start, end) is not None:
        assert _PROJECT_LIST_CLOSE.search(text, start, end) is not None
    # every list is found where the close is: the check skips only runs without one
    assert _PROJECT_LIST_CLOSE.search("推动新和成南港新材料、飞毛腿绿色储能、恒瑞创新药等建设") is not None


@given(
    st.lists(
        st.one_of(
            st.sampled_from(list("上海市阿坝州人民政府办公室县省，。、")), st.sampled_from(["人民政府", "市人民政府"])
        ),
        max_size=40,
    ).map("".join)
)
def test_issuer_government_is_the_plain_search(text: str) -> None:
    from plankg.loaders.extract.mentions import _issuer_government
    from plankg.loaders.rules.names import ISSUER_GOVERNMENT

    plain = ISSUER_GOVERNMENT.search(text)
    fast = _issuer_government(text)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)


@given(st.text(alphabet="。！？a专栏，", max_size=30), st.integers(0, 32), st.integers(0, 32))
def test_box_sentence_starts_are_the_plain_list(text: str, own_start: int, label_start: int) -> None:
    import re

    from plankg.loaders.rules.structure import BOX_AFTER_SENTENCES, BOX_INTRO_SENTENCES
    from plankg.loaders.structure.tasks import _sentence_starts_before

    own_start, label_start = min(own_start, len(text)), min(label_start, len(text))
    starts = [own_start] + [own_start + m.end() for m in re.finditer(r"[。！？]", text[own_start:label_start])]
    starts = [s for s in starts[BOX_AFTER_SENTENCES:] if s < label_start]
    assert _sentence_starts_before(text, own_start, label_start) == starts[-BOX_INTRO_SENTENCES:]


# The real texts of the lineage folders (development splits), for the succession rules' text spaces.
LINEAGE_TEXTS = sorted(Path(__file__).parent.glob("realworld/lineage*/plans/*.txt"))


def test_text_space_likeness_is_the_product_with_the_transposed_space() -> None:
    # TRANSPOSED_ONCE: the likeness of each text to every other, from the transpose made once, is bit for bit
    # the product ``row @ vectors.T`` the succession rules computed for each plan they compared.
    texts = [path.read_text(encoding="utf-8") for path in LINEAGE_TEXTS]
    assert len(texts) > 20
    vectors, space = text_vectors(texts), text_space(texts)
    for k in range(len(texts)):
        assert np.array_equal(space.likeness(k), (vectors[k] @ vectors.T).toarray().ravel())


def test_shared_texts_fetch_each_text_once_and_make_each_space_once() -> None:
    # SHARED_TEXTS: CONTENT_EDITIONS, LOST_EARLIER_EDITIONS and SERIES_CONTENT asked the store for every text
    # each; between them a text is fetched once, and the space of one list of plans made once.
    texts = {path.stem: path.read_text(encoding="utf-8") for path in LINEAGE_TEXTS}
    fetched: list[str] = []

    def fetch(ids: Sequence[str]) -> dict[str, str]:
        fetched.extend(ids)
        return {i: texts[i] for i in ids if i in texts}

    shared = SharedTexts(fetch)
    ids = sorted(texts)
    assert shared(ids[:5]) == {i: texts[i] for i in ids[:5]}
    assert shared([*ids, "not-in-the-store"]) == texts
    assert shared(["not-in-the-store", ids[0]]) == {ids[0]: texts[ids[0]]}
    assert sorted(fetched) == sorted([*ids, "not-in-the-store"])
    space = shared.vectors(ids, [texts[i] for i in ids])
    assert shared.vectors(ids, [texts[i] for i in ids]) is space
    assert shared.vectors(ids[1:], [texts[i] for i in ids[1:]]) is not space


# Clauses made of sentence openers' characters and title words: "加强水利建设水利建设要…", "强化金融政策支持完善…".
OPENERS_TEXT = st.text(alphabet="围绕加快强化支持完善推进要以在和与是建设水利交通体系聚焦针对2013年底前", max_size=30)


@given(OPENERS_TEXT, st.sampled_from(["", "交通", "建设体系"]))
@example("加强水利建设水利建设要求", "")
@example("强化金融政策支持完善体系", "")
@settings(deadline=None)  # imports on the first call
def test_glued_clause_end_with_openers_by_first_character_is_the_plain_search(clause: str, before: str) -> None:
    from unittest import mock

    from plankg.loaders.rules.structure import BOX_INTRO_OPENERS, INLINE_SUBJECT_OPENERS, SENTENCE_OPENERS
    from plankg.loaders.structure import headings

    for openers in (SENTENCE_OPENERS, SENTENCE_OPENERS + BOX_INTRO_OPENERS + INLINE_SUBJECT_OPENERS):
        fast = headings.glued_clause_end(clause, openers, before)
        with mock.patch.object(headings, "_openers_by_first", lambda _: None):  # every opener at every position
            assert headings.glued_clause_end(clause, openers, before) == fast


@given(st.text(alphabet="第一二三章条 \u3000\n。；中心", max_size=40))
@settings(deadline=None)  # imports on the first call
def test_a_chapter_glued_before_an_article_is_written_with_its_chapter_character(text: str) -> None:
    from plankg.loaders.rules.structure import GLUED_CHAPTER_BEFORE_ARTICLE

    if "章" not in text:
        assert GLUED_CHAPTER_BEFORE_ARTICLE.search(text) is None


@given(st.text(alphabet="水利建设加强要是", max_size=30), st.integers(0, 31), st.integers(1, 5))
@example("加强水利建设水利建设要求", 6, 2)
@settings(deadline=None)  # imports on the first call
def test_repeats_at_tries_the_lengths_of_the_plain_comparison(clause: str, k: int, shortest: int) -> None:
    from plankg.loaders.structure.headings import _repeats_at

    if k < len(clause):
        plain = any(clause[k : k + m] == clause[k - m : k] for m in range(shortest, k + 1))
        assert _repeats_at(clause, k, shortest) == plain


@given(st.text(alphabet="一二三、。 \n发展目标任务", max_size=40), st.integers(0, 10))
@example("任务。一、总体要求一、发展。二、目标", 0)
@settings(deadline=None)  # imports on the first call
def test_glued_first_part_reads_the_markers_up_to_the_first_second_part(text: str, start: int) -> None:
    from plankg.loaders.rules.structure import GLUED_FIRST_PART, GLUED_FIRST_PART_WORDS, INLINE_HEADING
    from plankg.loaders.structure.segment import _glued_first_part

    marks = [(m.start(), m.group("marker")) for m in INLINE_HEADING.finditer(text, start)]
    second = next((at for at, mark in marks if mark == "二、"), None)
    plain = None
    if second is not None and not any(mark == "一、" and at < second for at, mark in marks):
        glued = [
            m.start()
            for m in GLUED_FIRST_PART.finditer(text, start, second)
            if text[m.start() - 1] not in GLUED_FIRST_PART_WORDS
        ]
        plain = glued[-1] if glued else None
    assert _glued_first_part(text, start, []) == plain


def test_text_concepts_kept_by_text_are_the_vocabulary_search_of_each_unit() -> None:
    from dataclasses import replace

    from plankg.lineage import similarity as sim

    terms = sim.LineageTerms({"集成电路": (("芯片",), None), "人工智能": ((), None)})
    first = sim.Unit(id="p1-t1", plan_id="p1", label="Task", title="发展集成电路", text="加快发展集成电路和芯片设计")
    again = replace(first, id="p2-t1", plan_id="p2")  # restated word for word by the next plan
    other = replace(first, id="p2-t2", plan_id="p2", text="推动人工智能和集成电路融合")
    cache: sim.TextConcepts = {}
    for unit in (first, again, other):
        sim._recipe(unit, terms, cache)
        assert cache[unit.id] == tuple(terms.find(sim.abbreviated(unit.text[: sim.TEXT_CHARS])))


@given(st.text(alphabet="。 \n（(）)三十一2.1发展总体目标任务以", max_size=40))
@example("创新体系。（三）发展目标以推进绿色建筑")
@example("建设和运营。1.2总体目标1.2.1  近期目标通过")
@settings(deadline=None)  # imports on the first call
def test_goal_head_reading_its_first_character_first_is_the_lookbehind_form(text: str) -> None:
    import re

    from plankg.loaders.rules.indicators import INLINE_GOAL_HEAD

    plain = re.compile(
        r"(?<=[^\s])(?:(?P<chapter>[一二三四五六七八九十]{1,3})、|[（(](?P<part>[一二三四五六七八九十]{1,3})[）)]"
        r"|(?<![\d.])(?P<decimal>\d{1,2}(?:\.\d{1,2}){1,2})[ \t\u3000]*)"
        r"(?P<title>(?:发展|主要|总体|具体|工作|行动|建设)?目标(?:任务)?)(?=[^\s，。；、）)])"
    )
    fast = INLINE_GOAL_HEAD.pattern
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]


@given(st.text(alphabet="0123456789、.。智能٣\n", max_size=40), st.integers(0, 45), st.integers(0, 120))
@example("提升医疗质量。10.智能预问诊。11.智能陪诊", 20, 11)
@example("1、", 5, 2)
@example("31、", 3, 2)
@settings(deadline=None)  # imports on the first call
def test_number_before_found_as_written_is_the_plain_lookaround_search(text: str, start: int, number: int) -> None:
    import re

    from plankg.loaders.text.normalise import LIST_NUMBER_LOOKBACK, _goes_on_list

    for point in "、.":
        plain = (
            number >= 2
            and re.compile(rf"(?<!\d){number - 1}{re.escape(point)}(?!\d)").search(
                text, max(0, start - LIST_NUMBER_LOOKBACK), start
            )
            is not None
        )
        assert _goes_on_list(text, start, number, point) == plain


@given(st.text(alphabet="1２\n 。突破大模型“\ue010\uf8ff", max_size=30))
@settings(deadline=None)  # imports on the first call
def test_a_lost_point_is_a_private_use_glyph(text: str) -> None:
    from plankg.loaders.text.normalise import LOST_MARKER_POINT, PRIVATE_USE_CHARACTER

    if PRIVATE_USE_CHARACTER.search(text) is None:
        assert LOST_MARKER_POINT.search(text) is None


@given(st.text(alphabet="园、等特色公产业推进中药材，。 ", max_size=60), st.integers(0, 60), st.integers(0, 60))
@example("推进中药材现代农业产业园、杨村秦家庄规模健康养殖园、西河底有机谷子集约发展园等特色园建设", 0, 60)
@example("中央公园、万里公园等现状公园", 0, 20)
@settings(deadline=None)  # imports on the first call
def test_listed_park_lists_are_the_plain_finditer(text: str, start: int, stop: int) -> None:
    from plankg.loaders.extract.mentions import _listed_park_lists
    from plankg.loaders.rules.names import LISTED_PARKS

    plain = [(m.span(), m.span("items")) for m in LISTED_PARKS.finditer(text, start, stop)]
    assert [(m.span(), m.span("items")) for m in _listed_park_lists(text, start, stop)] == plain


@given(st.text(alphabet="\n *\t中文。", max_size=30))
@example("\n中文\n")
@example("中文 * * * 中文")
@settings(deadline=None)  # imports on the first call
def test_markup_and_edge_lines_are_searched_only_where_their_characters_are(text: str) -> None:
    import re

    from plankg.loaders.text.normalise import INLINE_PAGE_MARK

    if "*" not in text:
        assert INLINE_PAGE_MARK.search(text) is None
    edges = re.compile(r"^\n+|\n+$").search(text) is not None
    assert edges == (text.startswith("\n") or text.endswith("\n"))


# HEADING_READ_BY_HAND: a TOC entry's heading found character by character gives the matches of its compiled pattern.
HEADING_TEXT = st.text(alphabet="第一二章、（）总体要求12 \t\u3000。\n٣", max_size=40)


@given(
    HEADING_TEXT,
    st.sampled_from([("第一章",), ("一、", "（一）"), ("一", "一、"), ("第1章", "第一章")]),
    st.text(alphabet="总体要求12٣ ", min_size=1, max_size=5),
    st.integers(0, 8),
)
@example("第一章 总1 2体　要求。第一章总体要求", ("第一章",), "总体要求", 0)
@example("（一）总体123要  求一、总体要求", ("一、", "（一）"), "总体要求", 0)
@example("一、总1体要求", ("一", "一、"), "1体", 0)
@settings(deadline=None)
def test_headings_written_are_the_compiled_patterns_matches(
    text: str, spellings: tuple[str, ...], title: str, start: int
) -> None:
    from plankg.loaders.structure.toc import _heading_pattern, headings_written

    expected = [(m.start(), m.end()) for m in _heading_pattern(spellings, title).finditer(text, start)]
    assert list(headings_written(text, spellings, title, start)) == expected


def test_title_gap_digits_are_what_backslash_d_matches() -> None:
    # _title_end reads the \d of _title_pattern as str.isdecimal (Unicode category Nd)
    digit = re.compile(r"\d")
    assert all(chr(c).isdecimal() == bool(digit.match(chr(c))) for c in range(0x110000))


# NOTICE_LOOKED_UP_ONCE: a line after a notice's parts is found as the plain form finds it.
@given(
    st.lists(st.tuples(st.sampled_from(["", "一"]), st.integers(0, 50)), max_size=5),
    st.sampled_from(["方案", "《方案》", "计划", ""]),
    st.dictionaries(st.sampled_from(["方案", "计划"]), st.integers(0, 50), max_size=2),
)
def test_after_notice_parts_is_the_plain_any(raw: list[tuple[str, int]], line: str, notices: dict[str, int]) -> None:
    from plankg.loaders.structure.segment import Heading, _after_notice_parts, fold_title

    headings = [Heading(1, number, "标题", start, start + 2) for number, start in raw]
    expected = any(h.number and h.start < notices.get(fold_title(line), -1) for h in headings)
    assert _after_notice_parts(headings, notices, line) is expected


# INLINE_HEADING_FIRST: the inline headings tried only from the characters a match can begin with.
INLINE_TEXT = st.text(alphabet="。；）:〕\n 　\t\ue001第一二十、（）章部分1.２．3年附表发展总体要求中心", max_size=60)


@given(INLINE_TEXT, st.integers(0, 10))
@example("总体要求。一、发展目标（一）总体要求 1.加快2二、第二章", 0)
@example("附表（一）所列。二、 十一、其他 （三）", 2)
@settings(deadline=None)
def test_inline_headings_from_their_first_characters_are_the_plain_finditer(text: str, start: int) -> None:
    from plankg.loaders.rules.runs import finditer_from_first
    from plankg.loaders.rules.structure import INLINE_HEADING, INLINE_HEADING_FIRST

    def seen(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in matches]

    expected = seen(INLINE_HEADING.finditer(text, start))
    assert seen(finditer_from_first(INLINE_HEADING, INLINE_HEADING_FIRST, text, start)) == expected


def test_no_inline_heading_begins_outside_its_first_characters() -> None:
    from plankg.loaders.rules.structure import INLINE_HEADING, INLINE_HEADING_FIRST

    # every character of the BMP, after each kind of boundary the branches look behind for, before a marker
    for ch in map(chr, range(0x10000)):
        if INLINE_HEADING_FIRST.match(ch) is None:
            for before in ("。", "中", "中 ", "1 "):
                assert INLINE_HEADING.match(before + ch + "一、总体要求（一）1.加快", len(before)) is None


# GLOSS_NEEDS_TONE, FOOTER_NEEDS_SPACED_DASH, MARKS_NEED_THEIR_CHARACTER (GLUED_BOLD_TITLE): a text the guard finds
# nothing in holds no match of the pattern it guards.
@given(st.text(alphabet="學(xué)（dá）ab到— 13 –－\t\u3000**第一章二、总体**中文。\n", max_size=40))
@example("學(xué)前三年毛入園率達(dá)到85%")
@example("…智能辅助诊疗— 13 —3.中医经络智能检测…")
@example("中文**一、总体要求**")
@settings(deadline=None)
def test_normalise_guards_hold_wherever_their_pattern_matches(text: str) -> None:
    from plankg.loaders.text.normalise import (
        GLUED_BOLD_TITLE,
        INLINE_PAGE_FOOTER,
        PINYIN_GLOSS,
        SPACED_DASH,
        TONED_CHARACTER,
    )

    assert PINYIN_GLOSS.search(text) is None or TONED_CHARACTER.search(text) is not None
    assert INLINE_PAGE_FOOTER.search(text) is None or SPACED_DASH.search(text) is not None
    assert GLUED_BOLD_TITLE.search(text) is None or "**" in text


# QUOTED_LIST_FIRST: the quoted lists closed by 等 and a kind of platform or facility, tried only at an opening quote.
QUOTED_LIST_TEXT = st.text(
    alphabet="“”、和及等为民服务平台重大科技基础设施大科学装置苏服办模力高地，。中文", max_size=60
)


@given(QUOTED_LIST_TEXT, st.integers(0, 70), st.integers(0, 70))
@example("建强12345热线和“苏服办”等为民服务平台", 0, 70)
@example("推进“超大型深部工程灾害物理模拟设施”、“海洋工程环境实验与模拟设施”等重大科技基础设施建设", 3, 40)
@settings(deadline=None)
def test_quoted_lists_from_their_opening_quote_are_the_plain_finditer(text: str, start: int, end: int) -> None:
    from plankg.loaders.extract.mentions import QUOTED_LIST_FIRST
    from plankg.loaders.rules.names import QUOTED_IN_FACILITY_LIST, QUOTED_IN_PLATFORM_LIST
    from plankg.loaders.rules.runs import finditer_from_first

    def seen(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in matches]

    for pattern in (QUOTED_IN_PLATFORM_LIST, QUOTED_IN_FACILITY_LIST):
        assert seen(finditer_from_first(pattern, QUOTED_LIST_FIRST, text, start, end)) == seen(
            pattern.finditer(text, start, end)
        )
        assert seen(finditer_from_first(pattern, QUOTED_LIST_FIRST, text, start)) == seen(pattern.finditer(text, start))


# ROW_NUMBER_OPENS_WITH_A_DIGIT, UNIT_WRITTEN_ONCE, ROW_UNIT_PATTERNS (perf57): a staff row's unit written by another
# row (ROW_UNIT_OF_OTHER_ROWS) is found as the plain definition finds it, a lookbehind opening the row number and
# the unit's pattern compiled and run over the whole text at every call.
PLAIN_ROW_UNIT_OF_OTHER_ROWS = (
    r"(?<![\d.．])\d{{1,3}}(?P<surname>[\u4e00-\u9fff])[ \u00a0\u3000]*[\u4e00-\u9fff]{{1,2}}{unit}"
)
# heldout56's 田湾 staff list (js-tianwan5-oplicence-insp-2020), as in tests/test_extraction_fixext56.py
STAFF_ROWS = (
    "14王  冲华北核与辐射安全监督站监督员15闻  凡华北核与辐射安全监督站监督员"
    "51刘国福西安中核核仪器有限公司项目经理52同江涛西安中核核仪器有限公司工程经理"
)
ROWISH = st.text(alphabet=st.sampled_from("0123456789.．王闻刘同冲凡国福江涛 　华北站中核公司"), max_size=40)


@given(ROWISH, st.sampled_from(["站", "中核", "华北站", "公司", "王冲"]))
@example(STAFF_ROWS, "华北核与辐射安全监督站")
@example("1.52同江涛西安中核", "西安中核")
@example("2王冲站", "站")
def test_row_number_opening_matches_as_the_lookbehind_first_pattern(text: str, unit: str) -> None:
    from plankg.loaders.rules.names import ROW_UNIT_OF_OTHER_ROWS

    fast = re.compile(ROW_UNIT_OF_OTHER_ROWS.format(unit=re.escape(unit)))
    plain = re.compile(PLAIN_ROW_UNIT_OF_OTHER_ROWS.format(unit=re.escape(unit)))
    assert [(m.span(), m.group("surname")) for m in fast.finditer(text)] == [
        (m.span(), m.group("surname")) for m in plain.finditer(text)
    ]


def _plain_unit_of_other_rows(text: str, start: int, end: int) -> bool:
    from plankg.loaders.rules.names import listed_surnames

    unit = text[start:end]
    if not unit:
        return False
    pattern = re.compile(PLAIN_ROW_UNIT_OF_OTHER_ROWS.format(unit=re.escape(unit)))
    return any(m.end() - len(unit) != start and m.group("surname") in listed_surnames() for m in pattern.finditer(text))


@given(ROWISH, st.integers(0, 40), st.integers(0, 12))
@example(STAFF_ROWS, STAFF_ROWS.index("华北核与辐射安全监督站"), len("华北核与辐射安全监督站"))
@example(STAFF_ROWS, STAFF_ROWS.rindex("西安中核核仪器有限公司"), len("西安中核核仪器有限公司"))
@example(STAFF_ROWS, STAFF_ROWS.index("监督员"), len("监督员"))
def test_unit_of_other_rows_answers_as_the_plain_definition(text: str, start: int, length: int) -> None:
    from plankg.loaders.extract.mentions import _unit_of_other_rows

    start = min(start, len(text))
    end = min(len(text), start + length)
    assert _unit_of_other_rows(text, start, end) == _plain_unit_of_other_rows(text, start, end)


def test_a_unit_another_staff_row_writes_is_found() -> None:
    from plankg.loaders.extract.mentions import _unit_of_other_rows

    later = STAFF_ROWS.rindex("西安中核核仪器有限公司")
    assert _unit_of_other_rows(STAFF_ROWS, later, later + len("西安中核核仪器有限公司"))
    duty = STAFF_ROWS.index("监督员")  # written twice, but after a unit, not after a row number and a person
    assert not _unit_of_other_rows(STAFF_ROWS, duty, duty + len("监督员"))


# FIRST_ITEM_BEFORE_ITS_MARK (perf57): FIRMS_ACTING finds what it found without the lookahead its items imply.
PLAIN_FIRMS_ACTING = (
    r"(?P<items>(?:(?!等)[\u4e00-\u9fff]){2,6}(?:、(?:(?!等)[\u4e00-\u9fff]){2,6})+)"
    r"(?:等(?:一批|[0-9]{1,3}[家户])?(?:“[^”]{1,8}”)?(?:企业)?)?(?:(?:成功|快速|茁壮|顺利)(?:上市|成长|落户)|入选)"
)
LISTISH = st.text(
    alphabet=st.sampled_from("、等华海清科信息生物所入选成功上市快速成长一批3家“”企业，。 a"), max_size=40
)


@given(LISTISH)
@example("，华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长。")  # the rule's example (round 36's 天津)
@example("工生所、天大前沿院、华熙生物入选国家首批生物制造中试平台")
@example("天有为、大鹏工业成功上市")
def test_firms_acting_matches_as_without_its_lookahead(text: str) -> None:
    from plankg.loaders.rules.names import FIRMS_ACTING

    fast = [(m.span(), m.group("items")) for m in FIRMS_ACTING.pattern.finditer(text)]
    assert fast == [(m.span(), m.group("items")) for m in re.finditer(PLAIN_FIRMS_ACTING, text)]


def test_firms_acting_still_finds_its_example() -> None:
    from plankg.loaders.rules.names import FIRMS_ACTING

    found = FIRMS_ACTING.pattern.search("华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长")
    assert found is not None and found.group("items") == "华海清科、海光信息、安擎信息、合源生物、火眼位置"


# --- perf60 -------------------------------------------------------------------------------------------------------

NEWS_AND_ROOMS = st.text(
    alphabet=st.sampled_from(
        "人民日报社高级记者编辑青年晚时商报首席特约、等实验室创新物理化学生，。；！？：（）\n 1“”"
    ),
    max_size=60,
)


@given(NEWS_AND_ROOMS, st.integers(0, 60), st.integers(0, 60))
@example("人民日报社高级记者张三，宁夏日报记者", 0, 0)
@example("建有物理实验室、化学实验室、生物实验室、地理实验室、通用技术实验室、创新实验室等创新实验室。", 0, 0)
@settings(max_examples=400)
def test_newspapers_and_room_inventories_searched_in_runs_are_the_plain_search(text: str, start: int, end: int) -> None:
    # REPORTER_NEWSPAPER_IN_RUNS, ROOM_INVENTORY_IN_RUNS: the same matches, in the same order, from every window
    from plankg.loaders.rules.names import (
        REPORTER_NEWSPAPER,
        REPORTER_NEWSPAPER_RUN,
        REPORTER_NEWSPAPER_SPOT,
        ROOM_INVENTORY_LIST,
        ROOM_INVENTORY_RUN,
        ROOM_INVENTORY_SPOT,
    )
    from plankg.loaders.rules.runs import finditer_in_runs

    cases = (
        (REPORTER_NEWSPAPER, REPORTER_NEWSPAPER_RUN, REPORTER_NEWSPAPER_SPOT),
        (ROOM_INVENTORY_LIST, ROOM_INVENTORY_RUN, ROOM_INVENTORY_SPOT),
    )
    for pattern, run, spot in cases:
        for a, b in ((0, len(text)), (start, min(end, len(text)))):
            plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text, a, b)]
            fast = [(m.span(), m.groupdict()) for m in finditer_in_runs(pattern, run, spot, text, a, b)]
            assert fast == plain


def test_the_searches_in_runs_find_the_real_examples() -> None:
    from plankg.loaders.extract.mentions import reporter_newspapers
    from plankg.loaders.extract.platforms import inventory_rooms

    # "82刘世昕女|中国青年报高级记者" (REPORTER_NEWSPAPER), "…3D打印创新实验室等创新实验室" (ROOM_INVENTORY_LIST)
    assert [m.name for m in reporter_newspapers("专家：82刘世昕女中国青年报高级记者，人民日报社记者")] == [
        "中国青年报",
        "人民日报社",
    ]
    rooms = inventory_rooms(
        "学校建有物理竞赛实验室、化学竞赛实验室、生物竞赛实验室、机器人实验室、人工智能实验室、3D打印创新实验室等创新实验室。"
    )
    assert {"化学竞赛实验室", "机器人实验室", "3D打印创新实验室"} <= rooms


def test_last_chars_reads_the_characters_a_match_ends_with() -> None:
    from plankg.loaders.rules.runs import last_chars
    from plankg.loaders.rules.structure import HEADLINE_END

    ends = last_chars(HEADLINE_END)
    assert ends is not None and {"划", "案", "见", "知", "录", "）", ")"} <= ends and "。" not in ends
    assert last_chars(re.compile(r"a[bc]+d*")) == frozenset("bcd")
    assert last_chars(re.compile(r"(?:x|y)(?=z)$")) == frozenset("xy")
    # unknown, or a pattern that can match the empty string: no filter
    assert last_chars(re.compile(r"a.")) is None
    assert last_chars(re.compile(r"ab|c?")) is None
    assert last_chars(re.compile(r"a[^b]")) is None
    assert last_chars(re.compile(r"ab", re.IGNORECASE)) is None


HEADLINES = st.text(
    alphabet=st.sampled_from("上海市科技创新十四五规划方案（试行）()纲要目录说明的通知意见。，2021年"), max_size=30
)


@given(HEADLINES)
@example("上海市科技创新“十四五”规划（2021-2025年）")
def test_a_stretch_ends_as_a_headline_exactly_where_headline_end_finds_it(clause: str) -> None:
    # LAST_CHAR_FILTER: the last character checked first gives the answer of the plain search at every length
    from plankg.loaders.rules.structure import HEADLINE_END
    from plankg.loaders.structure.document import _ends_as_headline

    for n in range(1, len(clause) + 1):
        assert _ends_as_headline(clause, n) == (HEADLINE_END.search(clause[:n]) is not None)


def test_lead_lines_presenting_nothing_fold_no_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # LEAD_LINES_FOLDED_ONCE: a page whose lead names no 《》 title folds none of its lines; one that does still finds
    # the documents standing below (PRESENTED_DOCUMENTS: nat-party-political-building-2019's lead)
    from plankg.loaders.structure import document

    folds: list[str] = []
    plain_fold = document.fold_title
    monkeypatch.setattr(document, "fold_title", lambda title: folds.append(title) or plain_fold(title))
    lines = ["本月学习材料", "一、总体要求", "坚持稳中求进。", "二、主要任务", "加强基础研究。"]
    assert document._presented_documents("\n".join(lines)) == ()
    assert folds == []
    lead = (
        "本月推荐的是《中共中央关于加强党的政治建设的意见》及中央办公厅负责人就"
        "《中共中央关于加强党的政治建设的意见》答记者问。"
    )
    text = "\n".join([lead, "中共中央关于加强党的政治建设的意见", "一、总体要求", "正文。"])
    assert document._presented_documents(text) == ("中共中央关于加强党的政治建设的意见",)
    assert "一、总体要求" not in folds and "正文。" not in folds  # lines that open no title presented are not folded


@given(st.text(alphabet=st.sampled_from(" \t\u3000\u00a0\u2003《》〈〉—–－~～-上海规划（）12\n"), max_size=12))
def test_folded_head_is_the_first_character_of_the_folded_title(line: str) -> None:
    # LEAD_LINES_FOLDED_ONCE: the lines below a lead line are folded only where their first folded character opens a
    # title the lead presents
    from plankg.loaders.structure.segment import fold_title, folded_head

    assert folded_head(line) == fold_title(line)[:1]
