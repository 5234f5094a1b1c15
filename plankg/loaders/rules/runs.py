"""A pattern searched only inside the runs of characters its matches are made of."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any


def finditer_in_runs(
    pattern: re.Pattern[str],
    run: re.Pattern[str],
    spot: re.Pattern[str],
    text: str,
    start: int = 0,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a pattern whose every match consumes only
    characters of ``run`` (a pattern of one character class and ``+``) and holds a match of
    ``spot`` (a few literal characters every match must contain), while lookarounds may look at
    any character. A pattern that opens with a lookbehind (COUNTED_NAME, MEMBER_POST) is tried
    by the engine at every character of a text; here it is tried only in the maximal runs of its
    characters that hold a spot ("5家…", "…副部长"), a linear scan otherwise.

    The same matches in the same order: no match crosses a character outside ``run``, so the
    matches inside one run are those of a search started at its first character; a lookbehind
    there sees the characters before it (the engine reads before ``pos``), and the window ends
    one character after the run so a lookahead sees the character that follows it. Only ``$``
    differs at a window's end: it also holds before a final line break, so a run followed by one
    gets a window of two characters more (``$`` then holds where it holds in the whole text)."""
    stop = len(text) if end is None else end
    if spot.search(text, start, stop) is None:
        return
    for r in run.finditer(text, start, stop):
        a, b = r.span()
        if spot.search(text, a, b) is None:
            continue
        window = b + 1 if b < stop and text[b] != "\n" else min(b + 2, stop)
        for m in pattern.finditer(text, a, window):
            if m.start() >= b:
                break  # a match of the next run, found in the window's last character
            yield m


def finditer_from_first(
    pattern: re.Pattern[str], first: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a pattern whose every match begins with a character of ``first``
    (one character class), while lookbehinds may look at any character: the pattern is tried only where ``first``
    finds such a character (INLINE_HEADING_FIRST). The same matches in the same order: a search is a match tried at
    each position from its start in turn, the positions skipped could begin none, ``match`` reads before ``pos`` as a
    search does, and ``^`` holds at neither unless ``pos`` is the text's start; after a match the next search starts
    at its end, as finditer's does (a match is never empty: its first character is consumed). ``end`` bounds the
    candidates and every match as it bounds finditer's (a lookahead or ``$`` sees no further)."""
    stop = len(text) if end is None else end
    at = first.search(text, start, stop)
    while at is not None:
        match = pattern.match(text, at.start(), stop)
        if match is None:
            at = first.search(text, at.start() + 1, stop)
            continue
        yield match
        at = first.search(text, match.end(), stop)


@lru_cache(maxsize=4)
def reversed_text(text: str) -> str:
    """``text`` backwards, made once per text (the few last ones are kept)."""
    return text[::-1]


def runs_holding(
    run: re.Pattern[str], char: str, text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int]]:
    """The spans of ``run.finditer(text, start, end)`` that hold ``char``, for ``run`` one character
    class and ``+`` (so it reads the reversed text alike) and ``char`` one of its characters. Each
    run is found from an occurrence of ``char``: its end by ``run`` from there, its start by ``run``
    over the reversed text from there. Where ``char`` is rarer than runs (等, 、 against every
    clause of a text) this skips the match object of every other run."""
    stop = len(text) if end is None else end
    n = len(text)
    k = text.find(char, start, stop)
    while k != -1:
        after = run.match(text, k, stop)
        before = run.match(reversed_text(text), n - 1 - k, n - start)
        assert after is not None and before is not None  # char is a character of run
        yield n - before.end(), after.end()
        k = text.find(char, after.end(), stop)


def last_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a non-empty match of ``pattern`` can end with, read from its parsed form; None where that is
    not a short list of literal characters (a class by category or negation, any character, a back reference,
    ignored case, or a pattern that can match the empty string). A search for a match that ends at the end of a string
    (``$``) can then skip the strings that end with another character: LAST_CHAR_FILTER."""
    if pattern.flags & re.IGNORECASE:
        return None
    from re import _constants as c
    from re import _parser

    found = _last_of(list(_parser.parse(pattern.pattern, pattern.flags)), c)
    if found is None:
        return None
    chars, nullable = found
    return None if nullable else frozenset(chars)


def _last_of(items: list[Any], c: Any) -> tuple[set[str], bool] | None:
    """(the last characters, whether it can match empty) of a parsed sequence, or None when unknown."""
    chars: set[str] = set()
    for op, av in reversed(items):
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the character before it ends the match
        if op is c.LITERAL:
            return chars | {chr(av)}, False
        if op is c.IN:
            if any(o is not c.LITERAL for o, _ in av):
                return None
            return chars | {chr(v) for _, v in av}, False
        if op is c.SUBPATTERN:
            if av[1] or av[2]:
                return None  # flags set inside the group
            inner = _last_of(list(av[3]), c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            inner = _last_of(list(av[2]), c)
            if inner is not None and av[0] == 0:
                inner = (inner[0], True)
        elif op is c.BRANCH:
            branches = [_last_of(list(b), c) for b in av[1]]
            if any(b is None for b in branches):
                return None
            inner = (set().union(*(b[0] for b in branches)), any(b[1] for b in branches))  # type: ignore[index]
        else:
            return None
        if inner is None:
            return None
        chars |= inner[0]
        if not inner[1]:
            return chars, False
    return chars, True
