"""Readers chosen by content: PDF, Word .docx, web pages, and plain text (txt, md).

Each format is read by a maintained library; what is ours is choosing the reader from the
file's bytes (not only its suffix), turning each format's structure into lines of plain text,
and refusing, in one clear line, what cannot be read.

- PDF: pypdfium2 (PDFium's own text extraction, shipped as a wheel). Measured against
  pdfplumber on PDFs of the five plan texts (bench/compare_pdf_readers.py): both keep every
  decimal (119/119) and Latin word, and the same line order; pypdfium2 is 2.4× faster.
  The pages' running headers, page numbers and line wraps are then removed (``furniture``).
- Word .docx: python-docx; paragraphs and tables in document order, a table row as one line
  with its cells separated by tabs (as the plain texts write tables); the numbering Word
  writes itself (automatic 一、/（一）/1. lists) rendered from numbering.xml (word_numbering).
- Web pages: trafilatura's main-content extraction (justext, the alternative measured, keeps
  no paragraph of a Chinese page: it has no Chinese stop-list and counts words by spaces);
  the site furniture it leaves is removed by our own named rules (``rules.structure``). A page in
  which it finds no main text is read whole by our tag walker (WHOLE_PAGE): measured on every
  scored split against trafilatura's baseline/html2txt, inscriptis and html2text
  (bench/compare_whole_page_readers.py), none beats it (README, Libraries, and why).
"""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from plankg.errors import InputError
from plankg.loaders.text.furniture import PageLine, paragraphs, strip_running_lines
from plankg.loaders.text.read import decode
from plankg.loaders.text.word_numbering import WordNumbering

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
# Word 97-2003 .doc, Excel .xls …: the OLE2 compound file.
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Where the start of a web page is looked for.
HTML_SNIFF_BYTES = 2048
# A gap wider than this many line heights between two pieces of text on a line parts table cells.
CELL_GAP_CHARS = 1.0
# Paragraphs of a PDF are written as the plain texts write them: separated by a blank line (a
# short line standing alone is then a sub-heading).
PARAGRAPH_BREAK = "\n\n"
# A Word document or a web page sets its text either as one paragraph a line (the way offices
# type: a <p> or a Word paragraph per paragraph, a heading being one of them) or as blocks of
# lines kept by manual line breaks (a text pasted in, one block a paragraph). It is the second
# when at least this share of its paragraphs hold a line break (BLOCK_LAYOUT).
BLOCK_LAYOUT_SHARE = 0.1


def join_blocks(blocks: list[tuple[str, str]]) -> str:
    """The text of a Word document's or a web page's blocks ((kind, text): "p" a paragraph,
    "list", "table", "gap" an empty paragraph), written as a plain text writes the same layout.

    BLOCK_LAYOUT, reason: a blank line in a plain text sets a block apart, and the segmenter
    reads a short line between blank lines as a sub-heading. Separating every paragraph of a
    page by a blank line made every short paragraph stand alone: "医疗卫生方面" before its
    paragraph, a report's cover lines, a scraped text's sentence lines all became headings
    (heading F1 of the dev split's reports 1.000 → 0.80 as .docx). So paragraphs typed one a
    paragraph are one a line, and a blank line stands only where the page shows a gap: an empty
    paragraph, a table. A document of line-broken blocks (several lines in one paragraph:
    "一、总体要求<br>……") keeps a blank line between its blocks, which are the plain text's
    blocks."""
    paragraphs = [text for kind, text in blocks if kind == "p"]
    broken = sum(1 for text in paragraphs if "\n" in text)
    if broken and broken >= BLOCK_LAYOUT_SHARE * len(paragraphs):
        return PARAGRAPH_BREAK.join(text for kind, text in blocks if kind != "gap" and text.strip())
    out: list[str] = []
    for kind, text in blocks:
        if kind == "gap" or not text.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        if kind == "table" and out and out[-1] != "":
            out.append("")  # a table is set apart, as the plain texts set one apart
        out.append(text)
        if kind == "table":
            out.append("")
    return "\n".join(out).strip("\n")


HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta")


def sniff(data: bytes, suffix: str = "") -> str:
    """The format of a file from its first bytes: pdf, docx, html or text (the suffix only
    decides between HTML and text when the bytes leave it open)."""
    if data[:1024].lstrip().startswith(PDF_MAGIC) or PDF_MAGIC in data[:1024]:
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        return "docx" if _zip_has(data, "word/document.xml") else "zip"
    if data.startswith(OLE2_MAGIC):
        return "ole2"
    head = data[:HTML_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    named_page = suffix.lower() in (".html", ".htm", ".xhtml") and b"<" in head and not _binary_head(data)
    if head.startswith(HTML_STARTS) or named_page:
        return "html"
    return "text"


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _binary_head(data: bytes) -> bool:
    """BINARY_UNDER_PAGE_NAME: a NUL byte in the first bytes of a file that is no UTF-16 text marks
    a binary file, which a .html name does not make a page: an executable copied to page.html (its
    bytes hold a "<") was read as HTML to nothing and reported as "page.html (html): the file is
    empty"; read as text it is "looks like a binary file"."""
    return b"\x00" in data[:HTML_SNIFF_BYTES] and not data.startswith(UTF16_BOMS)


def _zip_has(data: bytes, member: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return member in archive.namelist()
    except zipfile.BadZipFile:
        return False


# A digit whose box is lower than this share of its line's tallest box, and sits above the
# line's middle, is a superscript footnote mark.
FOOTNOTE_MARK_HEIGHT = 0.6


# FLAT_GLYPH_BOXES: a PDF that names a CJK font without embedding it (reportlab's and many office
# tools' STSong-Light / MSung-Light) is drawn by PDFium with a system font in its place; on a machine
# with no CJK font installed (a server, a container) it has no glyph heights, and the tight rectangles
# of the Han text are flat (621.0-621.0): every line then has no height, every gap looks like a
# block gap, and a wrapped paragraph falls apart into one paragraph per printed line. Measured on
# the dev split rendered as 公文 PDFs (bench/eval_formats.py) on such a machine: heading F1 0.824
# without this rule, 0.995 with it (0.987 either way once fonts-noto-cjk is installed).
# A rectangle less than FLAT_BOX_SHARE as tall as its first character's loose box (which PDFium
# builds from the font size and the font's ascent and descent) takes that box's height; a Latin
# comma with real metrics in the line ("…水源保护区,切…") leaves its rectangle 3.5 points tall for
# 15.6-point text, still flat.
FLAT_BOX_SHARE = 0.5
PROBE_POINTS = 0.5  # how far inside the rectangle its first character is looked up


# OVERLAPPING_RECT_TEXT (fix30seg, round 30): PDFium's text of a rectangle takes every character whose box touches it,
# so where two rectangles of one line overlap by a sliver the characters at the seam come twice: "14" (122.95-139.04)
# and "." (138.43-141.13) read "14." and "4.", the section "14.夯实文物工作基础" as "14.4.夯实文物工作基础"
# (hb-relics-fyp14-2021, a real PDF: 20 of its 33 sections lost so). Where a rectangle starts inside the one before
# it, the start of its text that the one before already ends with is dropped.
def _seam_overlap(before: str, text: str) -> int:
    """How many leading characters of ``text`` the text ``before`` already ends with (OVERLAPPING_RECT_TEXT)."""
    return next((k for k in range(min(len(before), len(text)), 0, -1) if before.endswith(text[:k])), 0)


def _unflattened(textpage: Any, left: float, bottom: float, top: float) -> tuple[float, float]:
    """The bottom and top of a text rectangle, from its first character's loose box when the
    rectangle is flat (FLAT_GLYPH_BOXES)."""
    index = textpage.get_index(left + PROBE_POINTS, (bottom + top) / 2, PROBE_POINTS, PROBE_POINTS)
    if index is None or index < 0:
        return bottom, top
    _, loose_bottom, _, loose_top = textpage.get_charbox(index, loose=True)
    if top - bottom >= FLAT_BOX_SHARE * (loose_top - loose_bottom):
        return bottom, top
    return min(bottom, loose_bottom), max(top, loose_top)


def _page_lines(textpage: Any, page: int) -> list[PageLine]:
    """The lines of one page, top to bottom: PDFium's text rectangles grouped by baseline."""
    boxes = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        text = textpage.get_text_bounded(left, bottom, right, top)
        bottom, top = _unflattened(textpage, left, bottom, top)
        if text.strip():
            boxes.append((left, bottom, right, top, text))
    boxes.sort(key=lambda box: (-box[3], box[0]))
    lines: list[list[tuple[float, float, float, float, str]]] = []
    for box in boxes:
        if lines:
            # The line's tallest box stands for its band: a superscript footnote mark that tops
            # the line ("常住人口¹"), or a low comma or decimal point, is no band of its own.
            last = max(lines[-1], key=lambda b: b[3] - b[1])
            overlap = min(last[3], box[3]) - max(last[1], box[1])
            if overlap > 0.5 * min(last[3] - last[1], box[3] - box[1]):
                lines[-1].append(box)
                continue
        lines.append([box])
    out = []
    for group in lines:
        tallest = max(group, key=lambda b: b[3] - b[1])
        middle = (tallest[1] + tallest[3]) / 2
        # A footnote mark set small above the line ("常住人口性别比²为", "户籍人口⁴630.94万人") is
        # no part of the text: kept, it would turn "630.94" into "4630.94".
        group = [
            b
            for b in group
            if not (
                b[4].strip().isdigit()
                and b[1] >= middle
                and b[3] - b[1] < FOOTNOTE_MARK_HEIGHT * (tallest[3] - tallest[1])
            )
        ] or group
        group.sort(key=lambda box: box[0])
        height = max(b[3] - b[1] for b in group)
        pieces = [group[0][4]]
        for before, box in itertools.pairwise(group):
            # Text set apart on its line by more than a character's width: table cells.
            seam = _seam_overlap(before[4], box[4]) if box[0] < before[2] else 0  # OVERLAPPING_RECT_TEXT
            pieces.append(("\t" if box[0] - before[2] > CELL_GAP_CHARS * height else "") + box[4][seam:])
        text = "".join(pieces).replace("\r", "").replace("\n", "")
        out.append(
            PageLine(
                text, group[0][0], max(b[2] for b in group), max(b[3] for b in group), min(b[1] for b in group), page
            )
        )
    return out


def read_pdf(data: bytes, name: str) -> str:
    """The text of a PDF: its pages' lines without running headers, footers and page
    numbers, wrapped lines re-joined into paragraphs (``furniture.paragraphs``)."""
    import pypdfium2  # type: ignore[import-untyped]

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        # CUT_SHORT_DOCUMENTS: a download that stopped half way (the first 30 KB of hb-relics-fyp14-2021.pdf) said
        # only "not a readable PDF (Failed to load document (PDFium: Data format error).)": say what to look for.
        raise InputError(f"{name}: not a readable PDF, damaged or cut short? ({error})") from None
    try:
        pages = [_page_lines(page.get_textpage(), number) for number, page in enumerate(pdf)]
    finally:
        pdf.close()
    if not any(pages):
        raise InputError(f"{name}: the PDF has no text layer (a scan?); plankg does not do OCR")
    return paragraphs([line for lines in strip_running_lines(pages) for line in lines])


# BOLD_WORD_PARAGRAPH (fmt23): a Word file sets an unnumbered sub-heading as a paragraph wholly in bold, as a web
# page does (BOLD_PARAGRAPH): "政策速递" / "办理方式" over their paragraphs (gz-maternity-allowance-direct-2025 as
# a Word file), read as short body lines once the bold was lost. Written as Markdown writes a bold line,
# "**政策速递**", on the same terms as a page's (no caption, BOLD_CAPTION_END; one line, no asterisk).
def _bold_word_title(paragraph: Paragraph, text: str) -> str:
    """A Word paragraph wholly in bold as a Markdown bold line (BOLD_WORD_PARAGRAPH); "" otherwise."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    style_bold = paragraph.style is not None and paragraph.style.font.bold is True
    if not runs or not all(run.bold is True or (run.bold is None and style_bold) for run in runs):
        return ""
    text = text.strip()
    if not text or "*" in text or "\n" in text or text.endswith(BOLD_CAPTION_END):
        return ""
    return f"{BOLD_MARK}{text}{BOLD_MARK}"


def _is_list_item(paragraph: Paragraph) -> bool:
    style = paragraph.style.name if paragraph.style is not None else ""
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    return numbered or style.lower().startswith("list")


def read_docx(data: bytes, name: str) -> str:
    """The text of a Word document: paragraphs (separated by a blank line, their manual line
    breaks kept), list items one a line, table rows with their cells joined by tabs, all in
    document order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several kinds for a damaged package
        raise InputError(f"{name}: not a readable Word document ({type(error).__name__})") from None
    blocks: list[tuple[str, str]] = []
    in_list = False
    numbering = WordNumbering(document)
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = numbering.label(block) + block.text  # "一、" that Word writes itself
            if _is_list_item(block) and in_list:
                blocks[-1] = ("list", blocks[-1][1] + "\n" + text)
            elif not text.strip():
                blocks.append(("gap", ""))
            elif _is_list_item(block):
                blocks.append(("list", text))
            else:
                blocks.append(("p", _bold_word_title(block, text) or text))
            in_list = _is_list_item(block)
        elif isinstance(block, Table):
            rows = []
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = cell.text.replace("\n", " ").strip()
                    if not cells or text != cells[-1]:  # a merged cell repeats itself
                        cells.append(text)
                rows.append("\t".join(cells))
            blocks.append(("table", "\n".join(rows)))
            in_list = False
    return join_blocks(blocks)


# trafilatura's XML keeps the page's blocks: paragraphs and headings, lists, tables.
HTML_BLOCKS = {"p", "head", "quote"}
# A table row of one cell holding at least this many paragraphs lays a page out, it holds no data:
# gov.cn pages put the whole article in one cell ("<p>二、指标体系</p><p>三级公立医院绩效考核…</p>"),
# whose paragraphs are the text's paragraphs (joined, "二、指标体系" ran into its first sentence).
LAYOUT_CELL_PARAGRAPHS = 2


# trafilatura collapses elements of identical text into one even with deduplicate=False (its
# recovery pass, "accepted cost: identical-text elements collapse"): a page whose 目录 lists
# "1 总则" / "1.1 编制目的及依据" … loses the body's headings of the same words. The page's own
# text blocks (these tags, innermost) are walked in order beside the extracted ones, and a block
# between two extracted blocks that repeats an extracted block's words is put back where it stood;
# not one right after the same words (a headline set twice, as <h1> and as the article's first
# line: trafilatura drops that repeat on purpose).
PAGE_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li")


def _page_blocks(data: bytes) -> list[str]:
    """The text of a page's innermost text blocks (PAGE_TEXT_BLOCKS), in document order."""
    import lxml.html  # type: ignore[import-untyped]

    try:
        tree = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return []
    texts = []
    for element in tree.iter(*PAGE_TEXT_BLOCKS):
        if any(True for _ in element.iterdescendants(*PAGE_TEXT_BLOCKS)):
            continue
        texts.append(element.text_content().replace("\u00a0", " ").strip())
    return texts


def _restore_repeats(blocks: list[tuple[str, str]], page: list[str]) -> list[tuple[str, str]]:
    """``blocks`` with the page's blocks that repeat an earlier extracted block's words put back
    where they stand between two extracted blocks (PAGE_TEXT_BLOCKS)."""

    def key(text: str) -> str:
        # a bold paragraph is written "**…**" (BOLD_PARAGRAPH): its words are the page block's words
        return re.sub(r"\s+", "", text.replace(BOLD_MARK, ""))

    keys = [key(text) for text in page]
    restored: list[tuple[str, str]] = []
    seen: set[str] = set()
    cursor = 0
    for kind, text in blocks:
        own = key(text)
        found = next((k for k in range(cursor, len(keys)) if keys[k] == own), None) if own else None
        if found is not None:
            for k in range(cursor, found):
                if keys[k] and keys[k] in seen and keys[k] != key(restored[-1][1]):
                    restored.append(("p", page[k]))
            cursor = found + 1
        restored.append((kind, text))
        seen.add(own)
    # TRAILING_REPEAT: the article's last paragraphs, right after the last extracted block, repeat earlier words
    # just as well: "补贴期限：一次性。" closes each of the four parts of yx-graduate-startup-subsidy-2025 as a page
    # (heldout20), and the last one, collapsed, left that part one field short of the others (REPEATED_FIELD_LABELS
    # read none). They run up to the first block that repeats nothing (the page's tools, links, footer).
    for k in range(cursor, len(keys)):
        if not keys[k] or keys[k] not in seen or (restored and keys[k] == key(restored[-1][1])):
            break
        restored.append(("p", page[k]))
    return restored


# XML_INDENT_BETWEEN_RUNS (fix25seg, round 25): trafilatura indents its XML, so a paragraph that holds only inline
# runs gets a line break and spaces between them that the page never had: Word-pasted pages split one bold title
# into several runs, "<strong>（1）</strong><strong>身份证明材料</strong>" (gz-degree-talent-hukou-guide-2026) and
# "（一）网上办理（…〕</strong>…<strong>或银行网点现场领卡，需等待</strong>…<strong>12</strong>…"
# (gz-social-security-card-guide-2026), read as "（1）\n      身份证明材料": the number alone and the title a stray
# indented line. A text or tail that is only such indentation (whitespace holding a line break) is no text; a real
# line break is an <lb/>.
XML_INDENT = re.compile(r"\s*\n\s*")


def _xml_text(element: Any) -> str:
    """An element's text with <lb/> as a line break, without the XML's own indentation (XML_INDENT_BETWEEN_RUNS)."""

    def own(text: str | None) -> str:
        return "" if not text or XML_INDENT.fullmatch(text) else text

    parts = [own(element.text)]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _xml_text(child))
        parts.append(own(child.tail))
    return "".join(parts)


# BOLD_PARAGRAPH (fix19seg, after round 19's score): a saved page sets its article's unnumbered sub-headings as
# paragraphs wholly in bold, "<p><strong>政策速递</strong></p>" / "<p><strong>办理方式</strong></p>"
# (gz-maternity-allowance-direct-2025), "参保待遇" over "医保“家庭共济”范围扩大至近亲属"
# (gd-medical-insurance-new-measures-2025, a newspaper round-up on a city portal), and the bold was lost with the
# markup: both read as short body lines. Such a paragraph (trafilatura's <hi rend="#b">, nothing outside it) is
# written as Markdown writes a bold line, "**政策速递**": a title set apart, as in the Markdown pages.
# Not a bold caption over a table or a picture, "房源情况表" (gz-public-rental-allocation-2025, centred over the
# table's image): a caption, not a title (BOLD_CAPTION_END).
BOLD_REND = "#b"
BOLD_MARK = "**"
BOLD_CAPTION_END = ("表", "图")


def _bold_title(element: Any) -> str:
    """A paragraph wholly in bold as a Markdown bold line (BOLD_PARAGRAPH); "" otherwise. The bold may be split
    into several runs with only the XML's indentation between them (XML_INDENT_BETWEEN_RUNS)."""
    children = list(element)
    if (
        not children
        or any(child.tag != "hi" or child.get("rend") != BOLD_REND or len(child) for child in children)
        or (element.text or "").strip()
        or any((child.tail or "").strip() for child in children)
    ):
        return ""
    text = "".join((child.text or "").strip() for child in children)
    if not text or "*" in text or "\n" in text or text.endswith(BOLD_CAPTION_END):
        return ""
    return f"{BOLD_MARK}{text}{BOLD_MARK}"


# HEITI_PARAGRAPH (fix30lin, after round 30's score): an official text set by the 公文 conventions (GB/T 9704) gives its
# first-level headings the 黑体 face and its body 仿宋, and a page pasted from such a document keeps the faces as inline
# styles, not as bold: "<p><span style="font-family:黑体">今年发展主要预期目标</span></p>" over "<p><span
# style="font-family:仿宋_GB2312">国务院总理李强5日在政府工作报告中提出，…</span></p>" (the 2024 政府工作报告 digest a
# school site reprinted, round 30: its 29 headlines, 总体要求 and the ten task headlines among them, read as body
# lines, so the page had no section at all). A paragraph whose whole text is in 黑体 spans (HEITI_FACE) and holds
# HEITI_MIN_CHARS Chinese characters or more is marked bold before the page is read, and so read as a title
# (BOLD_PARAGRAPH); an annex's label in 黑体 over its form ("附表4") is too short for a title. Of the repository's
# other saved pages, only that annex label is set so.
HEITI_PARAGRAPH = True
HEITI_FACE = re.compile(r"font-family\s*:[^;\"]*(?:黑体|SimHei)", re.IGNORECASE)
HEITI_MIN_CHARS = 4


def _utf8_page(tree: Any) -> bytes:
    """An edited page written back as UTF-8, its charset declarations saying so: a page served as GBK and
    re-read with its old <meta charset="gb2312"> would be decoded as GBK again."""
    import lxml.html

    for meta in tree.xpath("//meta[@charset]"):
        meta.set("charset", "utf-8")
    for meta in tree.xpath("//meta[@content]"):
        if "charset" in (meta.get("content") or "").lower():
            meta.set("content", "text/html; charset=utf-8")
    return bytes(lxml.html.tostring(tree, encoding="utf-8"))


def with_heiti_titles(data: bytes) -> bytes:
    """The page with its paragraphs wholly in 黑体 set in bold (HEITI_PARAGRAPH): the page itself when it has none,
    else the page re-serialised in UTF-8."""
    import lxml.html

    if not HEITI_PARAGRAPH or (
        "黑体".encode() not in data and "黑体".encode("gbk") not in data and b"SimHei" not in data
    ):
        return data
    try:
        # a page without a declared charset is read as UTF-8 where its bytes are (lxml would take them for Latin-1)
        try:
            tree = lxml.html.fromstring(data.decode("utf-8"))
        except UnicodeDecodeError:
            tree = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return data
    found = 0
    for paragraph in tree.iter("p"):
        spans = [child for child in paragraph if child.tag == "span"]
        text = paragraph.text_content().strip()
        if (
            not spans
            or len(spans) != len(paragraph)
            or (paragraph.text or "").strip()
            or any(
                (span.tail or "").strip() or len(span) or not HEITI_FACE.search(span.get("style") or "")
                for span in spans
            )
            or len(CJK_CHAR.findall(text)) < HEITI_MIN_CHARS
        ):
            continue
        for span in spans:
            paragraph.remove(span)
        paragraph.text = None
        bold = lxml.html.Element("strong")
        bold.text = text
        paragraph.append(bold)
        found += 1
    if not found:
        return data
    return _utf8_page(tree)


def _trafilatura_xml(data: bytes) -> str | None:
    """trafilatura's main content of a page as XML, or None when it finds none."""
    import trafilatura

    return trafilatura.extract(
        data,
        output_format="xml",
        include_tables=True,
        include_comments=False,
        favor_recall=True,
        deduplicate=False,
        with_metadata=True,
        include_formatting=True,  # BOLD_PARAGRAPH: a wholly bold paragraph is a title
    )


# HTML_FRAGMENT, reason: sites keep an article's body as a fragment (a template string, the
# content of one <td class="detail">: "<table><tr><td><p>各省能源局：</p><p>一、工作目标</p>…"),
# with no <html> or <body>. trafilatura finds no main text in such a fragment (the parse's root
# is the <table> itself), and finds it at once when the fragment is set in a page's body.
HTML_DOCUMENT_TAG = re.compile(rb"<\s*(?:html|body)\b", re.IGNORECASE)
FRAGMENT_PAGE = (b"<html><body>", b"</body></html>")
# SCRIPT_TEMPLATE_FRAGMENT (seg42, round 41): a portal project keeps each article's fragment as a JavaScript template
# literal, "const article1 = `<div class="zhengwei1" id="zhengwen">…</div>`;" (eleven national texts of the corpus,
# nat-standardization-law-2017, nat-coal-law-2013, nat-national-security-law-2015 …). Set in a page's body with the
# statement's words around it, the fragment had trafilatura fall back to the body's loose text: of
# nat-standardization-law-2017 it kept one line, without its 第X章 headings and every paragraph opening in a bold
# 第X条. The fragment is read without the statement around it.
SCRIPT_TEMPLATE_FRAGMENT = re.compile(
    rb"\A\s*(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*=\s*`(?P<html>.*)`\s*;?\s*\Z", re.DOTALL
)


# HIDDEN_PAGE_COPY: a saved page may repeat the whole document in a block the browser never shows
# (gz-outpatient-special-disease-2019, round 14: `<div class="bbnr" style="display:none">` holding the
# notice and its attachments again, one line; so do gz-destitute-support-2021 and gz-public-rental-2024).
# A reader sees the document once: a block hidden by its inline style that holds at least
# HIDDEN_COPY_MIN_CHARS Chinese characters is dropped before the page is read (a hidden menu or login box
# holds fewer, and is furniture anyway).
HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
HIDDEN_COPY_MIN_CHARS = 200
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# SCRIPT_WRITTEN_BODY (fixseg55, heldout55): a CMS page (TRS's template, common on 政府 portals) may keep the document
# in a hidden block and have a script of the page write that block's markup out where the browser shows it:
# `<div id="DOCHTMLCON" style=" display:none;">…一、取消住房限购政策，有效激发市场活力。…</div>` followed by
# `<script>var str=document.getElementById("DOCHTMLCON").innerHTML; … document.write(str.replace(…));</script>`
# (changchun-housing-opinion-2015: the whole opinion, 13 headings, and only its menus were read). That block is no
# copy: the reader sees it once, where the script writes it. A hidden block whose innerHTML a script reads and
# document.write()s is kept and shown.
SCRIPT_WRITTEN_ID = re.compile(
    r"getElementById\(\s*[\"']([\w-]+)[\"']\s*\)\s*\.\s*innerHTML(?!\s*=[^=])", re.IGNORECASE
)
DOCUMENT_WRITE = re.compile(r"document\s*\.\s*write(?:ln)?\s*\(", re.IGNORECASE)


def _script_written_ids(tree: object) -> set[str]:
    """The ids of the elements whose markup a script of the page reads and writes out (SCRIPT_WRITTEN_BODY)."""
    ids: set[str] = set()
    for script in tree.iter("script"):  # type: ignore[attr-defined]
        code = script.text or ""
        if DOCUMENT_WRITE.search(code):
            ids.update(SCRIPT_WRITTEN_ID.findall(code))
    return ids


def without_hidden_copies(data: bytes) -> bytes:
    """The page without the blocks its inline styles hide that hold a document's text
    (HIDDEN_PAGE_COPY): the page itself when it has none, else the page re-serialised in UTF-8
    (its declared charset said so)."""
    import lxml.html

    if HIDDEN_STYLE.search(data.decode("latin-1")) is None:
        return data
    try:
        tree = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return data
    hidden = [
        element
        for element in tree.xpath("//*[@style]")
        if HIDDEN_STYLE.search(element.get("style") or "")
        and len(CJK_CHAR.findall(element.text_content())) >= HIDDEN_COPY_MIN_CHARS
    ]
    if not hidden:
        return data
    written = _script_written_ids(tree)  # SCRIPT_WRITTEN_BODY
    for element in hidden:
        if element.get("id") in written:
            element.set("style", HIDDEN_STYLE.sub("", element.get("style") or ""))
        elif element.getparent() is not None:
            element.drop_tree()
    return _utf8_page(tree)


# WORD_BOOKMARK_ANCHOR (lev31, round 36b): Word marks the cursor's last place and its bookmarks with empty anchors,
# `<A name=_GoBack></A><B …>中共中央关于加强党的政治建设的意见</B>` (nat-party-political-building-2019, a saved school
# page), and trafilatura drops a paragraph that opens with one as if it were a link: the opinion's title line and a
# programme plan's `四、卓越教师圆梦工程` (sx1z-teacher-development-plan-2020) were lost. An anchor with a name and
# nothing inside is no link and no text: it is removed before the page is read.
WORD_BOOKMARK_ANCHOR = re.compile(rb"<a\s+name\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]*)\s*>\s*</a>", re.IGNORECASE)


# EMPTY_BOLD_BREAK (lev31, heldout36): a CMS record of a transcript sets each speaker's label in bold and puts the line
# break after it in a bold of its own, "<b>中央电视台新闻中心记者:</b>&nbsp;<b><br />\n</b> 请问王培安副主任，…？"
# (nat-health-poverty-presser-2016); trafilatura dropped the whole run of labels and the turns after such breaks (a
# question and its answer lost, five labels gone). A bold holding only a line break is that line break.
EMPTY_BOLD_BREAK = re.compile(rb"<(b|strong)>\s*(<br\s*/?>)\s*</\1>", re.IGNORECASE)


def without_bookmark_anchors(data: bytes) -> bytes:
    """The page without Word's empty bookmark anchors (WORD_BOOKMARK_ANCHOR), and its bolds holding only a line
    break read as the break (EMPTY_BOLD_BREAK)."""
    return EMPTY_BOLD_BREAK.sub(rb"\2", WORD_BOOKMARK_ANCHOR.sub(b"", data))


# SERVER_TEMPLATE_TAGS (seg27, round 29): a server page kept as its source (a .jsp view saved as the page) holds
# the server's own markup, which no browser ever sees: JSP directives and scriptlets (<%@ page … %>, <% … %>) and
# the tags of the tag libraries its directives declare, also inside an attribute's value:
# `<td background="<s:url value="/ewcmssource/front/TOP.jpg"/>" bgcolor="#B6D9FF">` (the 九江 工程建设领域项目信息
# 专栏 pages, jj-project-info-share-spec-2011, `<%@ taglib prefix="s" uri="/struts-tags" %>`). The nested quotes
# end the attribute early and the HTML parser reads the rest of the tag as text: `" class="STYLE11">项目基本信息申请表`
# became a line, and a heading. The scriptlets and the declared prefixes' tags are removed (their output is
# the server's, unknown here); a page that declares no tag library keeps its namespaced tags (Word's <o:p>).
SERVER_SCRIPTLET = re.compile(rb"<%.*?%>", re.DOTALL)
SERVER_TAGLIB_PREFIX = re.compile(rb"<%@\s*taglib\b[^%]*?\bprefix\s*=\s*[\"']([A-Za-z][\w-]*)[\"']", re.IGNORECASE)


def without_server_tags(data: bytes) -> bytes:
    """The page without a server page's directives, scriptlets and declared tag-library tags
    (SERVER_TEMPLATE_TAGS); the page itself when it has none."""
    if b"<%" not in data:
        return data
    prefixes = [re.escape(prefix) for prefix in SERVER_TAGLIB_PREFIX.findall(data)]
    data = SERVER_SCRIPTLET.sub(b"", data)
    if prefixes:
        tag = rb"</?(?:" + rb"|".join(prefixes) + rb"):[\w-]+(?:\s(?:\"[^\"]*\"|'[^']*'|[^<>\"'])*)?/?>"
        data = re.sub(tag, b"", data)
    return data


# MENU_LINK_CELLS (seg27, round 29): a table-laid-out site sets its menu as one link to a cell, "<td …><a href=…>首页
# </a></td>" / "…>项目信息公开</a>" / "…>信用信息公开</a>" / "…>项目基本信息申请表</a>" (the 九江 project-information
# column's JSP pages, jj-project-info-catalogue-notes-2011), and trafilatura keeps each cell as a block of its own:
# four one-word lines over the headline, read as unnumbered headings and as the title. A run of at least
# MENU_LINK_RUN_MIN blocks above the article's first paragraph (a block of PAGE_PARAGRAPH_MIN_CHARS or more) whose
# whole text is one link's text on the page is the menu, furniture, and is left out.
MENU_LINK_RUN_MIN = 3
PAGE_PARAGRAPH_MIN_CHARS = 50


def _page_link_texts(data: bytes) -> set[str]:
    """The texts of the page's links (<a href>), spaces removed."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", decode(data, "page")))
    except (InputError, ValueError, lxml.etree.ParserError):
        return set()
    return {
        text
        for element in tree.iter("a")
        if element.get("href") is not None and (text := re.sub(r"\s+", "", element.text_content()))
    }


def _without_menu_cells(blocks: list[tuple[str, str]], data: bytes) -> list[tuple[str, str]]:
    """``blocks`` without the runs of whole-link blocks above the first paragraph (MENU_LINK_CELLS)."""
    head = next((k for k, (_, text) in enumerate(blocks) if len(text.strip()) >= PAGE_PARAGRAPH_MIN_CHARS), 0)
    if head < MENU_LINK_RUN_MIN:
        return blocks
    links = _page_link_texts(data)
    linked = [re.sub(r"\s+", "", text.replace(BOLD_MARK, "")) in links for _, text in blocks[:head]]
    drop: set[int] = set()
    start = 0
    for k in range(head + 1):
        if k < head and linked[k]:
            continue
        if k - start >= MENU_LINK_RUN_MIN:
            drop.update(range(start, k))
        start = k + 1
    return [block for k, block in enumerate(blocks) if k not in drop]


# PARAGRAPH_IN_PARAGRAPH (fix30seg, round 30): a Word document pasted into a site's editor may leave a 目录 link
# unclosed around the next paragraph, "<p><span><a href="…#_Toc19240"><p>【重点任务32】统筹构建…</p><p>…" (sx-edu-fyp14-
# draft-2021, a saved school page): a browser closes the outer <p> at the inner one, but lxml nests the whole rest of
# the document (18k characters, 67 headings) inside that one paragraph and its link, and trafilatura read it as ONE
# line. A <p> that holds block elements is read as the block it is (a <div>), and the inline elements inside it that
# hold blocks (the unclosed <a>, its <span>) are unwrapped, their text kept: each inner paragraph a paragraph again.
PARAGRAPH_BLOCKS = ("p", "div", "table")
INLINE_WRAPPERS = ("a", "span", "font", "strong", "b", "em", "i", "u")
# Where a block can stand inside a paragraph at all: a <p>, <div> or <table> opened while a <p> opened before it is not
# yet closed. A page without one (most pages) is not parsed for PARAGRAPH_IN_PARAGRAPH.
_PARAGRAPH_OR_BLOCK_TAG = re.compile(rb"<(/?)(p|div|table)[\s>/]", re.IGNORECASE)


def _block_opened_in_paragraph(data: bytes) -> bool:
    """Whether a block tag opens while a <p> is open in the page's source (PARAGRAPH_IN_PARAGRAPH's only cause)."""
    open_paragraph = False
    for tag in _PARAGRAPH_OR_BLOCK_TAG.finditer(data):
        closing, name = tag.group(1), tag.group(2).lower()
        if name == b"p" and closing:
            open_paragraph = False
        elif not closing:
            if open_paragraph:
                return True
            open_paragraph = name == b"p"
    return False


def without_paragraphs_in_paragraphs(data: bytes) -> bytes:
    """The page with each <p> that holds block elements read as a <div>, and the inline elements inside it that
    hold blocks unwrapped (PARAGRAPH_IN_PARAGRAPH): the page itself when it has none, else the page re-serialised
    in UTF-8."""
    import lxml.html

    if not _block_opened_in_paragraph(data):
        return data
    try:
        # a page re-serialised by without_hidden_copies is UTF-8 with its charset declaration dropped: read it so
        data.decode("utf-8")
        parser = lxml.html.HTMLParser(encoding="utf-8")
    except UnicodeDecodeError:
        parser = None
    try:
        tree = lxml.html.fromstring(data, parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return data
    outer = [p for p in tree.iter("p") if any(True for _ in p.iterdescendants(*PARAGRAPH_BLOCKS))]
    if not outer:
        return data
    for paragraph in outer:
        paragraph.tag = "div"
        for inline in list(paragraph.iterdescendants(*INLINE_WRAPPERS)):
            if any(True for _ in inline.iterdescendants(*PARAGRAPH_BLOCKS)):
                inline.drop_tag()
    return _utf8_page(tree)


def read_html(data: bytes, name: str) -> str:
    """The main content of a web page (trafilatura): paragraphs separated by a blank line,
    list items one a line, table rows with cells joined by tabs. A page fragment is read as a
    page's body (HTML_FRAGMENT); a page whose main content trafilatura cannot find is read
    whole (read_whole_page) when it holds enough Chinese text."""
    from lxml import etree

    wrapped = SCRIPT_TEMPLATE_FRAGMENT.match(data)
    data = wrapped.group("html") if wrapped else data  # SCRIPT_TEMPLATE_FRAGMENT
    # SERVER_TEMPLATE_TAGS, WORD_BOOKMARK_ANCHOR, then PARAGRAPH_IN_PARAGRAPH, then HEITI_PARAGRAPH
    data = without_bookmark_anchors(without_server_tags(data))  # WORD_BOOKMARK_ANCHOR, EMPTY_BOLD_BREAK
    data = with_heiti_titles(without_paragraphs_in_paragraphs(without_hidden_copies(data)))
    xml = _trafilatura_xml(data)
    if not xml and not HTML_DOCUMENT_TAG.search(data):
        data = FRAGMENT_PAGE[0] + data + FRAGMENT_PAGE[1]
        xml = _trafilatura_xml(data)
    if not xml:
        return read_whole_page(data, name)
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    blocks: list[tuple[str, str]] = []
    title = headline_element(data, page_title(root.get("title") or ""))  # HEADLINE_ELEMENT
    for element in main if main is not None else []:
        if element.tag == "list":
            blocks.append(("list", "\n".join(_xml_text(item).strip() for item in element.iter("item"))))
        elif element.tag == "table":
            rows: list[str] = []
            for row in element.iter("row"):
                cells = list(row.iter("cell"))
                paragraphs_in = [child for child in cells[0] if child.tag in HTML_BLOCKS] if len(cells) == 1 else []
                if len(paragraphs_in) >= LAYOUT_CELL_PARAGRAPHS:
                    # A layout table: the article's paragraphs sit in one cell (gov.cn pages).
                    if rows:
                        blocks.append(("table", "\n".join(rows)))
                        rows = []
                    blocks.extend(("p", text.strip()) for text in _layout_cell_paragraphs(cells[0]))
                else:
                    # A row is one line: a cell's own line breaks ("计算方法：…<br>指标来源：医院填报。")
                    # would make its lines look like a hard-wrapped text's, or like headings.
                    rows.append("\t".join(re.sub(r"\s*\n\s*", " ", _xml_text(c).strip()) for c in cells))
            if rows:
                blocks.append(("table", "\n".join(rows)))
        else:
            blocks.append(("p", _bold_title(element) or _xml_text(element).strip()))
    blocks = _restore_repeats([b for b in blocks if b[1].strip()], _page_blocks(data))
    blocks = _without_menu_cells(blocks, data)  # MENU_LINK_CELLS
    if title_missing(title, blocks) and _headline_over_date(blocks) is None:  # HEADLINE_OVER_DATE
        blocks.insert(0, ("p", title))
    date = _page_date(data, blocks)
    source = _page_source(data, name, blocks)
    # PAGE_SOURCE, PAGE_DATE: under the headline, where the page prints them; the date first, so that a text whose
    # lines are joined keeps its source field glued to the body as before (a date's digits glued to a first "1." hid it)
    at = next((k + 1 for k, (_, text) in enumerate(blocks[:3]) if title and title in text), min(1, len(blocks)))
    if source:
        blocks.insert(at, ("p", f"来源：{source}"))
    if date:
        blocks.insert(at, ("p", f"发布日期：{date}"))
    return join_blocks(blocks)


# LOOSE_RUNS_IN_CELL (fixmeta41, round 40): trafilatura closes a paragraph at a line break inside a bold run and leaves
# what follows loose in the layout cell:
# "<p><strong>中华人民共和国主席令<br></strong> 第　<strong>二十九</strong>　号</p>" came out as
# "<p><hi>中华人民共和国主席令 </hi> 第 </p><hi>二十九</hi> 号" (nat-national-security-law-2015, a gov.cn article in a
# one-cell table), and the order's number was lost with the runs outside the paragraphs: the text read
# "中华人民共和国主席令  第" and was titled so. Loose runs belong to the paragraph before them.
def _layout_cell_paragraphs(cell: Any) -> list[str]:
    """The paragraphs of a layout cell (LAYOUT_CELL_PARAGRAPHS), each with the loose runs that follow it."""
    paragraphs: list[str] = []
    for child in cell:
        if child.tag in HTML_BLOCKS:
            paragraphs.append(_xml_text(child))
        elif paragraphs and child.tag == "hi":
            paragraphs[-1] += _xml_text(child)
        else:
            continue
        paragraphs[-1] += (child.tail or "") if (child.tail or "").strip() else ""
    return paragraphs


def _page_date(data: bytes, blocks: list[tuple[str, str]]) -> str:
    """The day a page's head field says it was published (PAGE_DATE) where the main text has no date line; ""
    otherwise."""
    from plankg.loaders.rules.structure import (
        DOC_NUMBER,
        PAGE_DATE_HEAD_BLOCKS,
        PAGE_DATE_LABEL,
        PAGE_DATE_META,
        PAGE_HEAD_DATE,
        PAGE_HEAD_LINE_MAX,
    )

    if any(PAGE_DATE_LABEL.search(text) for _, text in blocks):
        return ""
    head = [text.strip() for _, text in blocks[:PAGE_DATE_HEAD_BLOCKS]]
    if any(
        PAGE_HEAD_DATE.search(text) or DOC_NUMBER.fullmatch(text) for text in head if len(text) <= PAGE_HEAD_LINE_MAX
    ):
        return ""  # PAGE_DATED_HEAD
    meta = PAGE_DATE_META.search(data.decode("latin-1"))
    return (meta.group("date") or meta.group("before")) if meta else ""


def _page_source(data: bytes, name: str, blocks: list[tuple[str, str]]) -> str:
    """The body a page's source field names (PAGE_SOURCE) where the main text has no source line; "" otherwise."""
    from plankg.loaders.rules.structure import PAGE_SOURCE_FIELD, SOURCE_LABEL
    from plankg.loaders.text.read import source_name

    if any(SOURCE_LABEL.search(line) for _, text in blocks for line in text.splitlines()):
        return ""
    try:
        page = decode(data, name)
    except InputError:
        return ""
    return next((n for m in PAGE_SOURCE_FIELD.finditer(page) if (n := source_name(m.group("value")))), "")


def page_title(raw: str) -> str:
    """A page's title (its <h1> or <title>) less a site name after "_" or "|": the plan's title,
    which heads the text when the article does not repeat it (title_missing)."""
    return re.split(r"[_|｜]", raw)[0].strip()


# HEADLINE_ELEMENT (fix25seg, round 25): a company or news site's page may be titled by the site's name alone,
# "<title>维润赛润</title>", its reposted document's headline in a heading element outside what trafilatura keeps,
# "<h3>国家卫生计生委办公厅关于实施有关病种临床路径的通知</h3>" (nat-clinical-pathway-notice-2016): the text then
# opened with the site's name, and the document was titled by its file. Where the page's title does not end as a
# document's (TITLE_ENDING) and one heading element (HEADLINE_TAGS) of the page does, that heading is the title.
HEADLINE_TAGS = ("h1", "h2", "h3")
# TITLE_CLASS (fixmeta41, round 41): a JSP portal's template titles every page by its breadcrumb,
# "<title>信息服务 >> 政策法规 >> 惠农政策</title>", and sets the headline in a paragraph of class "title",
# '<p class="title">广州市新型农民科技培训工程实施方案</p>' over '<p>文章来源：…发布时间：2013-10-05</p>'
# (gz-farmer-training-2013, nat-rice-pest-control-2014, gz-vegetable-pest-forecast-2013): the text opened with the
# breadcrumb and was titled by it. An element of that class is a heading element as HEADLINE_TAGS are.
TITLE_CLASS = "title"
# REGULATION_HEADLINE (fixmeta42, round 42): the same portal's headline may title a regulation,
# '<p class="title">广东省动物防疫条例</p>' under "<title>信息服务 >> 政策法规 >> 动植物防疫</title>"
# (gd-animal-epidemic-2010): TITLE_ENDING names a plan's kinds, not a regulation's, the headline was passed over and
# the text titled by the breadcrumb. A heading element ending as a regulation does is document-titled too.
REGULATION_HEADLINE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:条例|规定|细则)$")


def headline_element(data: bytes, title: str) -> str:
    """The page's one document-titled heading element where its title is none (HEADLINE_ELEMENT); else the title."""
    import lxml.html

    from plankg.loaders.rules.structure import HEADLINE_COLUMN_TAG, TITLE_ENDING

    def document_titled(text: str) -> bool:
        ending = next((m for m in TITLE_ENDING.finditer(text) if m.end() == len(text)), None)
        return (ending is not None and HAN.search(text[: ending.start()]) is not None) or bool(
            REGULATION_HEADLINE.search(text)
        )

    if document_titled(title):
        return title
    try:
        root = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", decode(data, "page")))
    except (InputError, ValueError, lxml.etree.ParserError):
        return title
    found = {
        text
        for element in [*root.iter(*HEADLINE_TAGS), *root.find_class(TITLE_CLASS)]
        # without a column's or repost's tag (HEADLINE_COLUMN_TAG: "（转载）…的通知")
        if document_titled(text := HEADLINE_COLUMN_TAG.sub("", re.sub(r"\s+", "", element.text_content())))
    }
    return found.pop() if len(found) == 1 else title


# HEADLINE_OVER_DATE (seg27, round 29): a site's template may title every page by the site's or a column's name,
# "<title>项目信息基本目录内容说明</title>" over the page "项目信息公开目录说明" / "发布时间：2011-09-29" /
# "（一）项目审批公开信息" (jj-project-info-catalogue-notes-2011, and jj-credit-info-catalogue-notes-2011 under the
# same <title>).
# The line right above the page's date field, among its first HEADLINE_OVER_DATE_BLOCKS blocks, short and with no
# sentence mark, is the headline a reader takes for the title: the <title> is not set above it. At least
# COVER_TITLE_MIN_CHARS long: a column's name over the date ("通知公告", "政策文件") titles no document.
HEADLINE_OVER_DATE_BLOCKS = 6
HEADLINE_SENTENCE_MARKS = re.compile(r"[。；;！？!?：:]")


def _headline_over_date(blocks: list[tuple[str, str]]) -> str | None:
    """The headline right above the page's date field (HEADLINE_OVER_DATE), if the page has one."""
    from plankg.loaders.rules.structure import COVER_TITLE_MIN_CHARS, PAGE_DATE_LABEL, TITLE_MAX_CHARS

    for k in range(1, min(len(blocks), HEADLINE_OVER_DATE_BLOCKS)):
        if PAGE_DATE_LABEL.match(blocks[k][1].strip()) is None:
            continue
        above = blocks[k - 1][1].replace(BOLD_MARK, "").strip()
        if (
            HAN.search(above)
            and COVER_TITLE_MIN_CHARS <= len(above) <= TITLE_MAX_CHARS
            and HEADLINE_SENTENCE_MARKS.search(above) is None
        ):
            return above
        return None
    return None


def title_missing(title: str, blocks: list[tuple[str, str]]) -> bool:
    """Whether the page's title is not among the article's first three blocks."""
    return bool(title) and not any(title in text for _, text in blocks[:3])


# WHOLE_PAGE, reason: trafilatura's boilerplate remover keeps nothing of some pages (an article
# in one short <div> among menus, a page it scores as all navigation), and a user's build then
# stopped on the page. Such a page is read whole, as its tags lay it out: a block tag (<p>, <div>,
# <h1>, <li>, <br> …) starts a line, a table row of plain cells is one line with its cells joined by
# tabs, a cell holding blocks (a layout table) is read as blocks; scripts, styles and the <head>
# are not text. It is taken when it holds at least WHOLE_PAGE_MIN_HAN Chinese characters (a plan's
# page, not an empty shell or an error page); below that the page stays refused in one line.
WHOLE_PAGE_MIN_HAN = 50
WHOLE_PAGE_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tbody thead tfoot tr section article header footer "
    "main aside nav blockquote pre center form hr br caption figure figcaption address".split()
)
WHOLE_PAGE_SKIPPED_TAGS = frozenset("head script style noscript template iframe object svg button select".split())
HAN = re.compile(r"[\u4e00-\u9fff]")


def _has_block(element: Any) -> bool:
    return any(isinstance(d.tag, str) and d.tag.lower() in WHOLE_PAGE_BLOCK_TAGS for d in element.iterdescendants())


def _inline_text(element: Any) -> str:
    """An element's text on one line (its whitespace runs as one space), skipped tags left out."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag.lower() not in WHOLE_PAGE_SKIPPED_TAGS:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts))


def _whole_page_blocks(root: Any) -> list[tuple[str, str]]:
    """The blocks ((kind, text), as join_blocks takes them) of a page read whole (WHOLE_PAGE)."""
    blocks: list[tuple[str, str]] = []
    line: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        text = "".join(line).strip(" \t\u3000\u00a0")
        line.clear()
        if text:
            if rows:
                blocks.append(("table", "\n".join(rows)))
                rows.clear()
            blocks.append(("p", text))

    def walk(element: Any) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in WHOLE_PAGE_SKIPPED_TAGS or not tag:
            return
        if tag == "tr" and not _has_block(element):
            flush()
            cells = [c for c in element if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            row = "\t".join(_inline_text(c).strip(" \t\u3000\u00a0") for c in cells)
            if row.strip():
                rows.append(row)
            return
        block = tag in WHOLE_PAGE_BLOCK_TAGS or tag in ("td", "th")
        if block:
            flush()
        line.append(re.sub(r"\s+", " ", element.text or ""))
        for child in element:
            walk(child)
            line.append(re.sub(r"\s+", " ", child.tail or ""))
        if block:
            flush()

    walk(root)
    flush()
    if rows:
        blocks.append(("table", "\n".join(rows)))
    return blocks


def read_whole_page(data: bytes, name: str) -> str:
    """A page's whole text, laid out by its tags (WHOLE_PAGE); InputError (one line) when it holds
    too little Chinese text to be a plan's page."""
    import lxml.html

    refused = InputError(f"{name}: no main text found in this web page")
    try:
        page = decode(data, name)
        root = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", page))
    except (InputError, ValueError, lxml.etree.ParserError):
        raise refused from None
    blocks = _whole_page_blocks(root)
    text = join_blocks(blocks)
    if len(HAN.findall(text)) < WHOLE_PAGE_MIN_HAN:
        raise refused
    title = page_title(root.findtext(".//title") or "")
    if title_missing(title, blocks):
        text = title + "\n" + text
    return text


# Word 97-2003 files are read by antiword (Debian package ``antiword``): a paragraph a line
# (``-w 0``), UTF-8 out (``-m UTF-8.txt``), a table's row as "|cell|cell|". How long one file may take.
ANTIWORD = ("antiword", "-w", "0", "-m", "UTF-8.txt")
ANTIWORD_SECONDS = 60
# antiword's table row: cells between bars, written as the other readers write a row (cells
# joined by a tab, TABLE_CELL_SEPARATOR).
ANTIWORD_TABLE_ROW = re.compile(r"^\|(?P<cells>.*)\|[ \t]*$", re.MULTILINE)


def read_doc(data: bytes, name: str) -> str:
    """A Word 97-2003 (.doc) file's text, by antiword; InputError when antiword is missing or
    the OLE file is no Word document (an .xls, a .ppt)."""
    program = shutil.which(ANTIWORD[0])
    if program is None:
        raise InputError(
            f"{name}: a Word 97-2003 (.doc) file needs antiword to be read (Debian: apt-get install antiword); "
            "or save it as .docx or PDF"
        )
    with tempfile.NamedTemporaryFile(suffix=".doc") as handle:
        handle.write(data)
        handle.flush()
        try:
            done = subprocess.run(
                [program, *ANTIWORD[1:], handle.name], capture_output=True, timeout=ANTIWORD_SECONDS, check=False
            )
        except subprocess.TimeoutExpired:
            raise InputError(f"{name}: antiword did not finish reading it in {ANTIWORD_SECONDS} s") from None
    if done.returncode != 0 or not done.stdout.strip():
        raise InputError(
            # CUT_SHORT_DOCUMENTS: the first 9 KB of a Word 97 file (xz-eco-highland-regs-2021.doc) was called "an OLE
            # file that is not a readable Word document (.xls, .ppt …)", as if it were a spreadsheet.
            f"{name}: not a readable Word document (damaged or cut short, or another Office file: .xls, .ppt …); "
            "save it again as .docx or PDF"
        )
    text = done.stdout.decode("utf-8", errors="replace")
    return ANTIWORD_TABLE_ROW.sub(lambda m: "\t".join(c.strip() for c in m.group("cells").split("|")), text)


# The formats a file's name promises, for the error of a file whose bytes are none of them (DAMAGED_BY_SUFFIX).
DOCUMENT_SUFFIXES = {".docx": "Word .docx file", ".doc": "Word document", ".pdf": "PDF"}

READERS: dict[str, Callable[[bytes, str], str]] = {
    "pdf": read_pdf,
    "docx": read_docx,
    "html": read_html,
    "ole2": read_doc,
}


def read_document(data: bytes, name: str, suffix: str = "") -> str:
    """Any supported file's text, its format chosen by content; InputError (one line) for a
    file that is not a plan text in a format plankg reads."""
    # EMPTY_WHATEVER_ITS_NAME: an empty file is empty under any name. `plankg build empty.pdf` said
    # "not a readable PDF (its bytes are neither that format nor text)" where empty.txt says "the
    # file is empty": the user looked for damage in a file that had nothing in it.
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    kind = sniff(data, suffix)
    if kind == "zip":
        # CUT_SHORT_DOCUMENTS: a .docx cut short (its first 20 KB: the archive's directory, at its end, is lost) was
        # "a ZIP archive that is not a Word .docx document", though it is one, damaged.
        raise InputError(
            f"{name}: a ZIP archive that is not a whole Word .docx document (damaged or cut short, or another kind "
            "of ZIP file); save it again as .docx or PDF"
        )
    reader = READERS.get(kind)
    if reader is None:
        try:
            return decode(data, name)
        except InputError:
            expected = DOCUMENT_SUFFIXES.get(suffix.lower())
            if expected is None:
                raise
            # DAMAGED_BY_SUFFIX: bytes that are no document and no text, under a document's name, are a damaged or
            # truncated document: say so rather than "not a plan text"
            raise InputError(
                f"{name}: not a readable {expected} (its bytes are neither that format nor text)"
            ) from None
    text = reader(data, name)
    # The same checks as for a text file (empty, binary, no Chinese), on what was extracted.
    return decode(text.encode("utf-8"), f"{name} ({kind})")
