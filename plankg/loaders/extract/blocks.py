"""Platforms listed in 重大平台 blocks and as headings of platform-list sections."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plankg.loaders.extract.mentions import Mention, _after_conjunction, _named_cloud
from plankg.loaders.extract.names import ending_of, is_generic, normalise_name
from plankg.loaders.extract.platforms import platform_kind
from plankg.loaders.rules.names import (
    ACTION_TITLE,
    AMBIGUOUS_ENDINGS,
    ANCHOR,
    BLOCK_LABEL,
    BOX_ITEM_HEAD_MIN,
    BOX_ITEM_KIND_OPENING,
    BOX_ITEM_PARAGRAPH,
    BOX_PLATFORM_TITLE,
    CATEGORY_PIECE,
    CLAUSE_BREAK,
    CLOUD_ENDING,
    CONJUNCTIONS,
    FOLLOWED_BY_CATEGORY,
    GRANT_TITLE,
    ITEM_SEPARATOR,
    LEADING_NOISE,
    LINE_BLOCK_LABEL,
    LIST_TAIL,
    MAX_NAME,
    MIN_NAME,
    NEXT_LABEL,
    SENTENCE_BREAK,
)


@dataclass(frozen=True)
class PlatformBlock:
    start: int  # the label
    end: int
    items: tuple[Mention, ...]
    boxed: bool = False  # a 专栏 box's numbered paragraphs (BOX_PLATFORM_TITLE): each describes its own item


def platform_blocks(text: str, start: int = 0, end: int | None = None) -> list[PlatformBlock]:
    """The 重大平台 blocks in ``text[start:end]`` with the platforms they list."""
    stop = len(text) if end is None else end
    blocks: list[PlatformBlock] = []
    for label in BLOCK_LABEL.finditer(text, start, stop):
        body = label.end()
        nxt = NEXT_LABEL.search(text, body, stop)
        block_end = nxt.start() if nxt else stop
        if text.startswith(("1、", "1.", "（1）"), body):
            items = _numbered_items(text, body, block_end)
        else:
            items = _enumerated_items(text, body, block_end)
        blocks.append(PlatformBlock(label.start(), block_end, tuple(items)))
    for label in LINE_BLOCK_LABEL.pattern.finditer(text, start, stop):
        line_end = text.find("\n", label.end(), stop)
        block_end = stop if line_end < 0 else line_end
        if any(b.start < block_end and label.start() < b.end for b in blocks):
            continue
        blocks.append(PlatformBlock(label.start(), block_end, tuple(_enumerated_items(text, label.end(), block_end))))
    for title in BOX_PLATFORM_TITLE.pattern.finditer(text, start, stop):
        box_end = _box_end(text, title.end(), stop)
        blocks.append(
            PlatformBlock(title.start(), box_end, tuple(_numbered_items(text, title.end(), box_end, boxed=True)), True)
        )
    return sorted(blocks, key=lambda b: b.start)


def _box_end(text: str, start: int, stop: int) -> int:
    """Where a box's numbered paragraphs end: the first non-blank line after them without a number."""
    pos = start
    seen = False
    while pos < stop:
        line_end = text.find("\n", pos, stop)
        line_end = stop if line_end < 0 else line_end
        line = text[pos:line_end]
        if line.strip():
            if not BOX_ITEM_PARAGRAPH.match(line):
                return pos if seen else start
            seen = True
        pos = line_end + 1
    return stop


def block_item(text: str, start: int, end: int, boxed: bool = False) -> Mention | None:
    """The platform an item of a platform list names, if it is a name and not a class (``boxed``: the title of a
    numbered item of a 重大平台 box, BOX_ITEM_HEAD_MIN)."""
    raw = text[start:end]
    name = normalise_name(raw)
    if not (MIN_NAME <= len(name) <= MAX_NAME) or FOLLOWED_BY_CATEGORY.search(name):
        return None
    found = ending_of(name)
    if found is not None and found[1] == "institution" and found[0] not in AMBIGUOUS_ENDINGS:
        return None
    if found is None and ANCHOR.search(name):
        return None  # a clause, not a name
    if found is not None and found[0] == CLOUD_ENDING and not _named_cloud(name[: -len(found[0])]):
        return None  # "任务专栏1　药品监管云建设": a box's label run into the cloud's name (CLOUD_HEAD)
    own_head = (
        boxed
        and found is not None
        and found[1] == "platform"
        and len(name) - len(found[0]) >= BOX_ITEM_HEAD_MIN
        and not BOX_ITEM_KIND_OPENING.match(name)
    )
    if is_generic(name, "platform") and not own_head:
        return None
    span = text.find(name, start, end)
    return Mention(name, "platform", platform_kind(name), span, span + len(name), "block", True)


def _numbered_items(text: str, start: int, end: int, boxed: bool = False) -> list[Mention]:
    """Items of "1、NAME。…2、NAME。…" (and, in a 重大平台 box, "1．NAME。", BOX_PLATFORM_TITLE); a marker counts
    only where a sentence starts."""
    points = "．" if boxed else ""
    items: list[Mention] = []
    cursor, n = start, 1
    while True:
        marker = re.compile(rf"(?:{n}[、.{points}]|（{n}）)")
        hit = marker.search(text, cursor, end)
        while hit is not None and hit.start() > start and text[hit.start() - 1] not in "。；\n":
            hit = marker.search(text, hit.start() + 1, end)
        if hit is None:
            break
        stop = SENTENCE_BREAK.search(text, hit.end(), end)
        name_end = stop.start() if stop else end
        item = block_item(text, hit.end(), name_end, boxed=boxed)
        if item is not None:
            items.append(item)
        cursor, n = name_end, n + 1
    return items


def _enumerated_items(text: str, start: int, end: int) -> list[Mention]:
    """Items of "重大平台：A、B/C、D。" or "重大平台：加快建设A、B为支撑的创新平台体系，…"."""
    stop = CLAUSE_BREAK.search(text, start, end)
    clause_end = stop.start() if stop else end
    lead = LEADING_NOISE.match(text, start, clause_end)
    list_start = lead.end() if lead else start
    tail = LIST_TAIL.search(text, list_start, clause_end)
    list_end = tail.start() if tail else clause_end
    items: list[Mention] = []
    pos = list_start
    for piece in ITEM_SEPARATOR.split(text[list_start:list_end]):
        piece_start, piece_end = pos, pos + len(piece)
        pos = piece_end + 1
        if CATEGORY_PIECE.search(piece):
            continue  # "临床研究创新基地和平台": a category heading the block, not a platform
        cut = _after_conjunction(text, piece_start, piece_end)
        if cut != piece_start:
            conj = next((c for c in CONJUNCTIONS if text.endswith(c, piece_start, cut)), "")
            first = block_item(text, piece_start, cut - len(conj))
            if first is not None:
                items.append(first)
        item = block_item(text, cut, piece_end)
        if item is not None:
            items.append(item)
    return items


def list_item_platform(title: str) -> Mention | None:
    """The platform a heading in a platform list names (span relative to the title)."""
    if ACTION_TITLE.match(title) or GRANT_TITLE.search(title) or re.search(r"[，。；：]", title):
        return None
    return block_item(title, 0, len(title))
