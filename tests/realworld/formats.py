"""Real-world plan texts rendered the way government offices publish them: a PDF laid out as a
公文 (GB/T 9704: A4, 16 pt 仿宋-like text, 28 characters a line, a red-head first page with its
文号, a running header and a page number on later pages), a Word .docx (typed or Word-numbered
headings, tables) and a provincial portal's web page (navigation, breadcrumb, metadata table,
<p> paragraphs with &nbsp; indents and <strong> headings, related links, footer). Layouts vary
with a seed, so that a reader is not tuned to one.

Used by bench/eval_formats.py and tests/test_realworld_formats.py on the DEV split only.
"""

from __future__ import annotations

import html
import io
import itertools
import random
import re
from dataclasses import dataclass

# --- The text's paragraphs -----------------------------------------------------------------------

# Paragraph marks inside a line (a scraped text that lost its line breaks keeps "　　" where a
# paragraph began): the publisher's paragraphs, so each is a paragraph of the rendered file.
# LETTER_SPACED_KEPT (fmt23): not the ideographic spaces that letter-space a title between two single characters,
# "第一章\u3000总\u3000\u3000则" (nat-plan-eia-regs-2009, a 条例's chapters): split there, "则" became a paragraph
# of its own and every chapter title was lost in each format. Such a run is a mark when either side is a word.
_SINGLE_BEFORE = r"(?<![\u3000 ][\u4e00-\u9fff])(?<!^[\u4e00-\u9fff])"
_SINGLE_AFTER = r"(?![\u4e00-\u9fff](?:[\u3000 ]|$))"
PARAGRAPH_MARK = re.compile(
    rf"{_SINGLE_BEFORE}[\u3000]{{2,}}|[\u3000]{{2,}}{_SINGLE_AFTER}|(?<=[。；！？])[ \u00a0]{{2,}}", re.M
)
# A heading marker at the start of a paragraph, for the styles a publisher sets apart (bold).
HEADING_START = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇]+[章节篇]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、](?!\d))"
)
# An attachment's first line ("附件2", "附图 …", "附件："): set on a new page.
ATTACHMENT_START = re.compile(r"^附[ \u3000]*[件图表]")
# The levels an office sets apart with extra space in a PDF (黑体 一、, 楷体 （一）, centred 章);
# "1." items and lists run on without it.
CN = "一二三四五六七八九十百零〇"
SPACED_HEADING = re.compile(rf"^(?:第[{CN}]+[章节篇]|[{CN}]+、|（[{CN}]+）)")
# A paragraph as short as this, without closing punctuation, is set like a heading.
SHORT_TITLE = 40


# Control characters no Word document or web page can hold (a scraped text keeps some).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def paragraphs(text: str) -> list[str]:
    out = []
    for line in CONTROL.sub("", text).split("\n"):
        for piece in PARAGRAPH_MARK.split(line):
            piece = piece.strip(" \u3000\u00a0\r")
            if piece:
                out.append(piece)
    return out


# SET_APART_TITLE (fmt23): a text whose paragraphs run on without blank lines between them (SET_APART_ADJACENT_SHARE
# of its lines at least follow a line of text right above) sets a title apart with a blank line above and below
# it: the normalised text of a page whose unnumbered sub-headings were bold, "办理方式" / "政策速递"
# (gz-maternity-allowance-direct-2025), "参保待遇" (gd-medical-insurance-new-measures-2025). The publisher sets
# such a title apart as it sets its numbered headings (bold on a page and in Word, space around it in a PDF);
# rendered as a plain paragraph, the structure the source had was lost by the renderer, not by the reader.
# Short (SHORT_TITLE), no sentence's end, no marker, no table row.
SET_APART_ADJACENT_SHARE = 0.25
# Nor a date set apart under a signature, "二○○九年八月十七日" (nat-plan-eia-regs-2009): no title, never bold.
DATE_LINE = re.compile(r"^[\d〇○零一二三四五六七八九十]{2,4}[ \u3000]*年.{1,6}月.{1,6}日$")
TITLE_END = "。；，;,：:！？!?…"


def set_apart_titles(text: str) -> set[str]:
    """The paragraphs that stand alone between blank lines in a text whose paragraphs are not blank-separated
    (SET_APART_TITLE)."""
    lines = CONTROL.sub("", text).split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    adjacent = sum(1 for a, b in itertools.pairwise(filled) if b == a + 1)
    if not filled or adjacent < SET_APART_ADJACENT_SHARE * len(filled):
        return set()
    titles = set()
    for k in filled:
        line = lines[k].strip(" \u3000\u00a0\r")
        above = k == 0 or not lines[k - 1].strip()
        below = k + 1 >= len(lines) or not lines[k + 1].strip()
        if (
            above
            and below
            and k != filled[0]
            and len(line) <= SHORT_TITLE
            and line[-1] not in TITLE_END
            and "\t" not in line
            and PARAGRAPH_MARK.search(line) is None
            and HEADING_START.match(line) is None
            and DATE_LINE.match(line) is None
        ):
            titles.add(line)
    return titles


def is_row(paragraph: str) -> bool:
    return "\t" in paragraph


# A clause's end, full- or half-width: a paragraph ending so is a list entry, never set as a heading. Half-width
# marks too (fmt23): "(一)申请事项属于非紧急情况,可申请其他社会救助但未申请的;" (gz-temporary-assistance-rules-2021
# writes its punctuation half-width) was set bold like a heading, a structure the published file never had.
CLAUSE_END = "。；，;,"


def looks_like_heading(paragraph: str) -> bool:
    return bool(HEADING_START.match(paragraph)) and len(paragraph) <= SHORT_TITLE and paragraph[-1] not in CLAUSE_END


@dataclass(frozen=True)
class Publisher:
    """Who publishes the document: the issuer named on the red head and the 文号."""

    issuer: str
    doc_number: str


# The issuer's name as a red head prints it: the corpus's issuer field may add a note in English or in brackets
# ("国家知识产权局 (official Q&A; the interpreted notice was adopted by the 国务院常务会议 …)", "(not printed; 住房和
# 城乡建设部 work plan)"), which no published file carries (fmt23: the note printed on the red head and the running
# header took the rendered text for something else: nat-ip-reform-interp-2021 lost every heading as Word).
ISSUER_NAME = re.compile(r"[\u4e00-\u9fff]{2,}")


def publisher(doc: dict, rng: random.Random) -> Publisher:
    issuer = doc.get("issuer") or ""
    name = ISSUER_NAME.search(re.split(r"[、，,;；]", issuer)[0]) or ISSUER_NAME.search(issuer)
    issuer = name.group() if name is not None else "国务院办公厅"
    prefix = {"national": "国办发", "provincial": "省政发", "municipal": "市政发"}.get(doc.get("level", ""), "政发")
    year = re.search(r"\d{4}", str(doc.get("period", ""))) or re.search(r"\d{4}", doc["id"])
    return Publisher(issuer, f"{prefix}〔{year.group() if year else 2020}〕{rng.randint(1, 90)}号")


# --- PDF -----------------------------------------------------------------------------------------

PAGE_W, PAGE_H = 595.0, 842.0
FONT = "STSong-Light"
# GB/T 9704: 三号 (16 pt) text, 28 characters a line, 22 lines a page; margins 28 mm left, 37 mm top.
SIZE = 15.6
LEFT = 79.0
TOP = 105.0
LINE_CHARS = 28
NO_LINE_START = "。，、；：？！”’）》」』】…"
# A first paragraph this short is the title, set centred in a larger size.
TITLE_MAX = 60
PAGE_NUMBER_FORMS = ("— {n} —", "- {n} -", "第{n}页 共{total}页", "{n}")


def _wrap(paragraph: str, first_indent: int) -> list[str]:
    """Lines of LINE_CHARS characters (the first less its indent); closing punctuation hangs."""
    out, current, width = [], "", LINE_CHARS - first_indent
    for ch in paragraph:
        if len(current) >= width and ch not in NO_LINE_START:
            out.append(current)
            current, width = "", LINE_CHARS
        current += ch
    out.append(current)
    return out


def _render_pdf(text: str, doc: dict, seed: int, total: int) -> tuple[bytes, int]:
    from reportlab.lib.colors import black, red
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pub = publisher(doc, rng)
    leading = rng.choice((28.0, 28.9, 30.0))
    page_form = rng.choice(PAGE_NUMBER_FORMS)
    header = rng.choice((pub.issuer, doc["title"], ""))
    gap_after_heading = rng.random() < 0.5  # some offices leave space around headings
    red_head = rng.random() < 0.8
    paras = paragraphs(text)
    titles = set_apart_titles(text)  # SET_APART_TITLE: space around it
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(PAGE_W, PAGE_H))
    page = 1
    y = PAGE_H - TOP
    char_w = stringWidth("中", FONT, SIZE)
    right = LEFT + LINE_CHARS * char_w

    def furniture() -> None:
        pdf.setFont(FONT, 10.5)
        pdf.setFillColor(black)
        if page > 1 and header:
            pdf.drawCentredString(PAGE_W / 2, PAGE_H - 50, header)
            pdf.line(LEFT, PAGE_H - 56, right, PAGE_H - 56)
        label = page_form.format(n=page, total=total or 99)
        pdf.setFont(FONT, 14)
        if page_form.startswith("—") and page % 2 == 0:
            pdf.drawString(LEFT + char_w, 45, label)  # 公文: even pages' numbers at the left
        elif page_form.startswith("—"):
            pdf.drawRightString(right - char_w, 45, label)
        else:
            pdf.drawCentredString(PAGE_W / 2, 45, label)

    def new_page() -> None:
        nonlocal page, y
        furniture()
        pdf.showPage()
        page += 1
        y = PAGE_H - TOP

    if red_head:
        pdf.setFillColor(red)
        pdf.setFont(FONT, 30)
        pdf.drawCentredString(PAGE_W / 2, y, f"{pub.issuer}文件")
        pdf.setFillColor(black)
        y -= 50
        pdf.setFont(FONT, SIZE)
        pdf.drawCentredString(PAGE_W / 2, y, pub.doc_number)
        y -= 10
        pdf.setStrokeColor(red)
        pdf.setLineWidth(1.5)
        pdf.line(LEFT, y, right, y)
        pdf.setStrokeColor(black)
        pdf.setLineWidth(0.5)
        y -= 2 * leading
    for index, paragraph in enumerate(paras):
        if index == 0 and len(paragraph) <= TITLE_MAX:  # the title: 二号, centred, 20 characters a line
            pdf.setFont(FONT, 21)
            for piece in [paragraph[i : i + 20] for i in range(0, len(paragraph), 20)]:
                pdf.drawCentredString(PAGE_W / 2, y, piece)
                y -= 36
            y -= leading / 2
            continue
        if y < 80 + leading or (ATTACHMENT_START.match(paragraph) and index > len(paras) // 2 and y < PAGE_H - TOP):
            new_page()  # GB/T 9704: an attachment starts on a page of its own
        if is_row(paragraph):
            pdf.setFont(FONT, 10.5)
            x = LEFT
            for cell in paragraph.split("\t"):
                cell = cell.strip()[:20]
                pdf.drawString(x, y, cell)
                x += stringWidth(cell, FONT, 10.5) + 18
            y -= leading * 0.8
            continue
        heading = looks_like_heading(paragraph) and SPACED_HEADING.match(paragraph) is not None
        spaced = (heading and gap_after_heading) or paragraph in titles
        if spaced:
            y -= leading / 3
        pieces = _wrap(paragraph, 2)
        for number, piece in enumerate(pieces):
            if y < 80:
                new_page()
            x = LEFT + (2 * char_w if number == 0 else 0)
            line = pdf.beginText(x, y)
            line.setFont(FONT, SIZE)
            if number < len(pieces) - 1 and len(piece) > 1:  # justified
                free = right - x - stringWidth(piece, FONT, SIZE)
                line.setCharSpace(max(free, 0) / (len(piece) - 1))
            line.textOut(piece)
            pdf.drawText(line)
            y -= leading
        if spaced:
            y -= leading / 3
    furniture()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue(), page


def render_pdf(text: str, doc: dict, seed: int) -> bytes:
    """The text as a 公文 PDF; laid out twice, the first time to count the pages that "第n页
    共N页" names."""
    _, pages = _render_pdf(text, doc, seed, 0)
    return _render_pdf(text, doc, seed, pages)[0]


# --- Word ----------------------------------------------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# Word's automatic multilevel list as Chinese offices set it up: 一、 / （一） / 1. / （1）.
WORD_LEVELS = (
    ("chineseCounting", "%1、", re.compile(r"^([一二三四五六七八九十]+)、")),
    ("chineseCounting", "（%2）", re.compile(r"^（([一二三四五六七八九十]+)）")),
    ("decimal", "%3.", re.compile(r"^(\d{1,2})\.(?!\d)")),
    ("decimal", "（%4）", re.compile(r"^（(\d{1,2})）")),
)


def _cn(n: int) -> str:
    from plankg.loaders.rules.structure import int_to_cn

    return int_to_cn(n)


def render_docx(text: str, doc: dict, seed: int) -> bytes:
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt

    rng = random.Random(seed)
    pub = publisher(doc, rng)
    auto = rng.random() < 0.6  # Word numbers the headings itself
    typed_indent = rng.choice(("", "\u3000\u3000", "    "))
    document = docx.Document()
    if auto:
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl}"/></w:lvl>'
            for i, (fmt, lvl, _) in enumerate(WORD_LEVELS)
        )
        numbering = document.part.numbering_part.element
        numbering.insert(0, parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="77">{lvls}</w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {W_NS} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    counters: dict[int, int] = {}
    if rng.random() < 0.7:
        document.add_paragraph(f"{pub.issuer}文件").runs[0].font.size = Pt(26)
        document.add_paragraph(pub.doc_number)
    paras = paragraphs(text)
    titles = set_apart_titles(text)
    index = 0
    while index < len(paras):
        paragraph = paras[index]
        if is_row(paragraph):
            rows = []
            while index < len(paras) and is_row(paras[index]):
                rows.append([c.strip() for c in paras[index].split("\t")])
                index += 1
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, cells in enumerate(rows):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
            continue
        index += 1
        level = _word_level(paragraph, counters) if auto and looks_like_heading(paragraph) else None
        if level is not None:
            ilvl, body = level
            p = document.add_paragraph(body)
            p._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="77"/></w:numPr>')
            )
        elif paragraph in titles:
            document.add_paragraph().add_run(paragraph).bold = True  # SET_APART_TITLE: bold
        else:
            document.add_paragraph(("" if index == 1 else typed_indent) + paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _word_level(paragraph: str, counters: dict[int, int]) -> tuple[int, str] | None:
    """The list level whose next number Word would write is the paragraph's typed marker: the
    level and the paragraph without its marker (counters advanced); None when Word's count
    would differ (numbering continued across sections, a gap), so the marker stays typed."""
    for ilvl, (fmt, lvl, pattern) in enumerate(WORD_LEVELS):
        match = pattern.match(paragraph)
        if match is None:
            continue
        value = counters.get(ilvl, 0) + 1
        shown = lvl.replace(f"%{ilvl + 1}", _cn(value) if fmt == "chineseCounting" else str(value))
        if not paragraph.startswith(shown) or match.group() != shown:
            return None
        counters[ilvl] = value
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        return ilvl, paragraph[match.end() :].lstrip()
    return None


# --- Web page ------------------------------------------------------------------------------------

PORTAL_TOP = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_{site}</title></head>
<body>
<div class="top"><a href="/">{site}</a> <a href="/wza">无障碍</a> <a href="/lz">长者模式</a>
<a href="/m">手机版</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/zwfw">政务服务</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/zjxx">{place}概况</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a>
&gt; <a href="/zcwj">政策文件</a></div>
{meta}
<div class="article"><h1 class="title">{title}</h1>
<div class="info">发布日期：{date} &nbsp;来源：{issuer} &nbsp;字体：<a>大</a> <a>中</a> <a>小</a></div>
<div class="TRS_Editor">
"""
META_TABLE = """<table class="xxgk"><tr><td>索引号：</td><td>{index}</td><td>发布机构：</td><td>{issuer}</td></tr>
<tr><td>发文日期：</td><td>{date}</td><td>文号：</td><td>{number}</td></tr>
<tr><td>标题：</td><td colspan="3">{title}</td></tr></table>"""
PORTAL_BOTTOM = """</div>
<div class="tools"><a href="javascript:window.print()">打印本页</a>
<a href="javascript:window.close()">关闭窗口</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/j1">{issuer}关于做好有关工作的通知</a></li>
<li><a href="/j2">政策解读：一图读懂{short}</a></li></ul></div>
</div>
<div class="footer"><p>主办：{issuer} 承办：{site}办公室</p>
<p>网站标识码：{code} {place}ICP备05001234号-1 {place}公网安备 11010502030{code}号</p></div>
</body></html>
"""


def render_html(text: str, doc: dict, seed: int) -> bytes:
    rng = random.Random(seed)
    pub = publisher(doc, rng)
    place = doc.get("region") or "全国"
    site = "中国政府网" if place == "全国" else f"{place}人民政府门户网站"
    paras = paragraphs(text)
    titles = set_apart_titles(text)
    title = doc["title"]
    indent = rng.choice(("nbsp", "css", "ideographic"))
    strong = rng.random() < 0.7
    body = []
    for index, paragraph in enumerate(paras):
        if index == 0 and paragraph.replace(" ", "") == title.replace(" ", ""):
            continue  # the page's <h1> is the title
        escaped = html.escape(paragraph)
        if is_row(paragraph):
            cells = "".join(f"<td>{html.escape(c.strip())}</td>" for c in paragraph.split("\t"))
            body.append(f"<table><tr>{cells}</tr></table>")
            continue
        if (strong and looks_like_heading(paragraph)) or paragraph in titles:  # SET_APART_TITLE: bold
            escaped = f"<strong>{escaped}</strong>"
        if indent == "nbsp":
            body.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{escaped}</p>")
        elif indent == "css":
            body.append(f'<p style="text-indent:2em">{escaped}</p>')
        else:
            body.append(f"<p>\u3000\u3000{escaped}</p>")
    date = f"{rng.randint(2005, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    fields = {
        "title": html.escape(title),
        "site": site,
        "place": place,
        "issuer": html.escape(pub.issuer),
        "date": date,
        "short": html.escape(title[:12]),
        "code": str(rng.randint(1000, 9999)),
    }
    meta = (
        META_TABLE.format(
            index=f"00{rng.randint(1000000, 9999999)}/{date[:4]}-0{rng.randint(1000, 9999)}",
            number=pub.doc_number,
            **{k: fields[k] for k in ("issuer", "date", "title")},
        )
        if rng.random() < 0.7
        else ""
    )
    page = PORTAL_TOP.format(meta=meta, **fields) + "\n".join(body) + "\n" + PORTAL_BOTTOM.format(**fields)
    return page.encode("utf-8")


RENDERERS = {"pdf": render_pdf, "docx": render_docx, "html": render_html}
