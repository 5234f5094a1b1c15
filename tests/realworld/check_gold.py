#!/usr/bin/env python3
"""Check the hand-made gold headings of the real-world corpus against the texts.

Run from the repository root:  python tests/realworld/check_gold.py  [doc-id ...]

Stdlib + PyYAML only; it never imports plankg.  For every document in
tests/realworld/corpus.yaml it checks that

* the text file exists and the gold file exists, with the fields the convention asks for
  (tests/gold/realworld/README.md);
* every heading has level >= 1, a ``number`` (string, may be "") and a non-empty ``title``
  without trailing 。/；/：/，/page numbers;
* levels never jump down by more than one (a level-3 heading follows a level-2 or level-3 one);
* the exact title string occurs in the text ("raw" check: character for character, internal
  spaces included) - unless the heading says ``wrapped: true`` (a PDF line break inside the
  title), in which case the title must occur once line breaks are removed;
* number + title occur, in document order, after the ``body_anchor`` (whitespace-insensitive:
  all spaces, full-width spaces and line breaks are removed before comparing, so "第一章  总则"
  matches number "第一章" + title "总则"); inline (run-in) headings are found the same way;
* with ``toc: true``, the span from ``toc_start`` to ``toc_end`` (quotes of the first and last
  目录 lines) is cut out first, so body headings are never matched inside the 目录;
* every ``front_matter`` line and every ``quote`` occurs in the text;
* every item (``items:``) occurs in the text.

For .html files the text is the HTML with tags removed and entities decoded (each block
element ends a line), which is what a reader sees. For .pdf files it is the PDFium text of each
page (pypdfium2), pages joined with newlines; for .docx files the paragraphs (python-docx), one
per line. Those two libraries are imported only when such a file is checked.

Exit status 0 when everything passes, 1 otherwise; each problem is printed.
"""

from __future__ import annotations

import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "realworld" / "corpus.yaml"
TEXTS = ROOT / "tests" / "realworld" / "texts"
GOLD = ROOT / "tests" / "gold" / "realworld" / "headings"

WS = re.compile(r"[\s\u3000\u00a0\u2002\u2003\u200b\ufeff]+")
BAD_END = ("。", "；", "：", "，", ";", ":", ",")
BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "td", "title"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _pdf_text(path: Path) -> str:
    # PDFium text of every page, pages joined with newlines (what a reader can copy out of the
    # PDF); pypdfium2 is imported here only, so .txt/.md/.html checks need nothing but PyYAML
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _docx_text(path: Path) -> str:
    # the body paragraphs of a Word file, one per line (python-docx, imported here only)
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def read_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _pdf_text(path)
    if suffix == ".docx":
        return _docx_text(path)
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        p = _Text()
        p.feed(raw)
        p.close()
        return html.unescape("".join(p.parts))
    return raw


def squash(s: str) -> str:
    return WS.sub("", s)


def check_doc(entry: dict) -> list[str]:
    doc_id = entry["id"]
    errs: list[str] = []
    tpath = TEXTS / entry["file"]
    gpath = GOLD / f"{doc_id}.yaml"
    if not tpath.exists():
        return [f"{doc_id}: text file {tpath} missing"]
    if not gpath.exists():
        return [f"{doc_id}: gold file {gpath} missing"]
    text = read_text(tpath)
    flat = squash(text)
    nolines = text.replace("\r", "").replace("\n", "")
    gold = yaml.safe_load(gpath.read_text(encoding="utf-8"))

    for key in ("id", "title", "front_matter", "toc", "headings"):
        if key not in gold:
            errs.append(f"{doc_id}: gold lacks '{key}'")
    if errs:
        return errs
    if gold["id"] != doc_id:
        errs.append(f"{doc_id}: gold id is {gold['id']!r}")
    if not isinstance(gold["toc"], bool):
        errs.append(f"{doc_id}: toc must be true/false")
    # title_in_text: false - the source lost the headline (a crawl that starts at the recipients);
    # the title is then taken from the source's metadata and says so in a quote
    if gold.get("title_in_text", True) and squash(gold["title"]) not in flat:
        errs.append(f"{doc_id}: title {gold['title']!r} not in text")
    for key in ("front_matter", "furniture"):
        for line in gold.get(key) or []:
            if not isinstance(line, str):
                errs.append(f"{doc_id}: {key} entry {line!r} is not a string (quote it in YAML)")
                continue
            if squash(line) not in flat:
                errs.append(f"{doc_id}: {key} line {line!r} not in text")
    for q in gold.get("quotes") or []:
        s = q["text"] if isinstance(q, dict) else q
        if squash(s) not in flat:
            errs.append(f"{doc_id}: quote {s[:40]!r}… not in text")

    # the table of contents is cut out before the body headings are searched
    ts, te = gold.get("toc_start"), gold.get("toc_end")
    if gold["toc"] and not (ts and te):
        errs.append(f"{doc_id}: toc: true needs toc_start and toc_end quotes")
    if ts and te:
        a = flat.find(squash(ts))
        b = flat.find(squash(te), a + 1) if a >= 0 else -1
        if a < 0 or b < 0:
            errs.append(f"{doc_id}: toc_start/toc_end not found in order")
        else:
            flat = flat[:a] + flat[b + len(squash(te)) :]

    # where the body starts
    pos = 0
    anchor = gold.get("body_anchor")
    if anchor:
        pos = flat.find(squash(anchor))
        if pos < 0:
            errs.append(f"{doc_id}: body_anchor {anchor!r} not in text")
            pos = 0

    prev_level = 0
    for i, h in enumerate(gold["headings"], 1):
        where = f"{doc_id} heading {i}"
        if not isinstance(h, dict):
            errs.append(f"{where}: not a mapping")
            continue
        level, number, title = h.get("level"), h.get("number"), h.get("title")
        if not isinstance(level, int) or level < 1:
            errs.append(f"{where}: bad level {level!r}")
            continue
        if not isinstance(number, str):
            errs.append(f'{where}: number must be a string ("" when unnumbered)')
            number = ""
        if not isinstance(title, str) or not title.strip():
            errs.append(f"{where}: empty title")
            continue
        if title != title.strip():
            errs.append(f"{where}: title {title!r} has outer spaces")
        if title.endswith(BAD_END):
            errs.append(f"{where}: title {title!r} ends with punctuation")
        if re.search(r"\.{3,}|…{2,}|\d+\s*$", title) and not h.get("digits_ok"):
            errs.append(f"{where}: title {title!r} looks like it carries a page number / leader")
        if level > prev_level + 1:
            errs.append(f"{where}: level jumps from {prev_level} to {level} ({title!r})")
        prev_level = level
        # as_written (heldout7): the heading exactly as the text has it when page furniture (a
        # page-number line of PDF text) interrupts it or OCR damage moved its number (总体要求-、);
        # the title stays the clean heading and must be in as_written once page-number lines go
        written = h.get("as_written")
        if written:
            if written not in text:
                errs.append(f"{where}: as_written {written!r} not in text character for character")
            # (heldout15) markdown bold markers splitting a heading (**一、** **规划** **范围**) go too
            elif squash(title) not in squash(re.sub(r"\n\s*\d+\s*\n", "\n", written).replace("**", "")):
                errs.append(f"{where}: title {title!r} is not as_written without its page-number lines")
        elif h.get("wrapped"):
            if title.replace(" ", "") not in nolines.replace(" ", ""):
                errs.append(f"{where}: wrapped title {title!r} not in text (line breaks removed)")
        elif title not in text:
            errs.append(f"{where}: title {title!r} not in text character for character")
        # subtitle (round 5, heldout5): a line standing between the number and the title, e.g.
        # 附  录  A / （资料性附录） / <title>; it is not part of the title, but the number, the
        # subtitle and the title are searched together
        sub = h.get("subtitle") or ""
        if sub and squash(sub) not in flat:
            errs.append(f"{where}: subtitle {sub!r} not in text")
        # number_as_written (heldout17): a number split by markdown bold runs (`四 **、**`); it must be
        # the number once ** and spaces go, and it stands for the number in the text search
        nwritten = h.get("number_as_written")
        if nwritten and squash(nwritten.replace("**", "")) != squash(number):
            errs.append(f"{where}: number_as_written {nwritten!r} is not {number!r} without **")
        needle = squash((nwritten or number) + sub + (written or title))
        found = flat.find(needle, pos)
        if found < 0:
            before = flat.find(needle)
            if before >= 0:
                errs.append(f"{where}: {number}{title!r} found only before the previous heading (order)")
            else:
                errs.append(f"{where}: {number}{title!r} not found as number+title")
            continue
        pos = found + len(needle)

    for j, it in enumerate(gold.get("items") or [], 1):
        s = squash(str(it.get("number", "")) + str(it.get("title", "")))
        if s not in flat:
            errs.append(f"{doc_id} item {j}: {s!r} not in text")
    return errs


def main(argv: list[str]) -> int:
    corpus = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    docs = corpus["documents"]
    want = set(argv)
    all_errs: list[str] = []
    n = 0
    for entry in docs:
        if want and entry["id"] not in want:
            continue
        n += 1
        errs = check_doc(entry)
        gold_path = GOLD / f"{entry['id']}.yaml"
        count = "?"
        if gold_path.exists():
            g = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
            count = len(g.get("headings") or [])
        status = "ok" if not errs else f"{len(errs)} problem(s)"
        print(f"{entry['id']:<28} {entry.get('split', '?'):<8} headings={count:<4} {status}")
        all_errs.extend(errs)
    for e in all_errs:
        print("  " + e)
    print(f"{n} documents, {len(all_errs)} problems")
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
