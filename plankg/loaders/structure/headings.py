"""Heading markers of Chinese plan texts: named patterns, and reading one heading line.

A marker *style* (一、 / （一） / 1. / （1） / 第一章 …) says nothing about depth by itself:
plans nest them in different orders, so the section tree gives levels by the order in which
styles open (see ``segment``). Numbers are parsed so that siblings can be checked for sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CN_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
CN_NUMERAL = r"[一二三四五六七八九十百零〇两]+"

# 第七章 / 第一节 / 第3章: chapter-style headings, title after optional space.
CHAPTER = re.compile(rf"^第(?P<num>{CN_NUMERAL}|\d+)(?P<unit>[章节篇部分]+)[ \t]*")
# 一、 (also the rarer 一. / 一．, already folded to "." by the normaliser).
CN_ENUM = re.compile(rf"^(?P<num>{CN_NUMERAL})[、.][ \t]*")
# （一） — half-width "(一)" is folded to full-width by the normaliser.
PAREN_CN = re.compile(rf"^（(?P<num>{CN_NUMERAL})）[ \t]*")
# 1. / 1、 / 1．, but not a decimal such as "1.5亿元" or a year "2012年".
ARABIC_ENUM = re.compile(r"^(?P<num>\d{1,2})(?:[、]|\.(?!\d))[ \t]*")
# （1）
PAREN_ARABIC = re.compile(r"^（(?P<num>\d{1,2})）[ \t]*")
# ① … ⑳
CIRCLED = re.compile(r"^(?P<num>[\u2460-\u2473])[ \t]*")
# "01 加快基础研究…": zero-padded numbers of infographics and slides.
PADDED_ENUM = re.compile(r"^(?P<num>0\d|[1-9]\d)[ \t]+(?=[\u4e00-\u9fff])")

# Order matters: the first style that matches a line wins.
MARKER_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", CHAPTER),
    ("cn", CN_ENUM),
    ("paren-cn", PAREN_CN),
    ("paren-arabic", PAREN_ARABIC),
    ("arabic", ARABIC_ENUM),
    ("circled", CIRCLED),
    ("padded", PADDED_ENUM),
)

# Sentence-final punctuation: a line ending in one is a paragraph, not a bare heading.
SENTENCE_END = "。！？；：…"
# An inline title ends at the first full stop: "（1）建设技术创新示范企业。鼓励…".
INLINE_TITLE_END = "。"
# A bare heading line longer than this is a paragraph that happens to start with a number.
MAX_HEADING_CHARS = 60
# Unnumbered sub-headings (004's "金融政策") are short lines standing alone.
MAX_UNNUMBERED_HEADING_CHARS = 30
BULLETS = "◎●○■□◆◇•·▪►▶"


def cn_to_int(numeral: str) -> int:
    """一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105; Arabic digits pass through."""
    if len(numeral) == 1 and "\u2460" <= numeral <= "\u2473":
        return ord(numeral) - 0x2460 + 1
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    total, current = 0, 0
    for ch in numeral:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


@dataclass(frozen=True)
class Marker:
    style: str  # e.g. "cn", "paren-arabic"; chapter styles carry their unit: "chapter:章"
    number: int
    written: str  # the marker as it stands in the text, e.g. "（一）"
    length: int  # characters the marker (with following spaces) takes


def read_marker(text: str) -> Marker | None:
    for style, pattern in MARKER_STYLES:
        match = pattern.match(text)
        if match:
            if style == "chapter":
                style = f"chapter:{match.group('unit')}"
            written = match.group(0).rstrip(" \t")
            return Marker(style, cn_to_int(match.group("num")), written, match.end())
    return None


@dataclass(frozen=True)
class HeadingLine:
    marker: Marker | None
    title: str
    title_offset: int  # where the title starts within the line
    inline: bool  # the heading's paragraph continues on the same line


def read_heading_line(line: str) -> HeadingLine | None:
    """A numbered heading, with its title (the whole line, or the inline title up to "。")."""
    marker = read_marker(line)
    if marker is None:
        return None
    rest = line[marker.length :]
    stop = rest.find(INLINE_TITLE_END)
    if 0 < stop < len(rest) - 1:
        return HeadingLine(marker, rest[:stop].strip(), marker.length, True)
    title = rest.rstrip(INLINE_TITLE_END).strip()
    if not title or len(title) > MAX_HEADING_CHARS or "\t" in title:
        return None
    return HeadingLine(marker, title, marker.length, False)


def is_unnumbered_heading(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= MAX_UNNUMBERED_HEADING_CHARS
        and "\t" not in line
        and stripped[-1] not in SENTENCE_END + "，、,"
        and stripped[0] not in BULLETS
        and re.search(r"[\u4e00-\u9fff]", stripped) is not None
    )
