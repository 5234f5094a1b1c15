"""Plan files in other formats, made by the tests themselves from the plain texts in data/plans:
a PDF (reportlab, with its built-in CJK font STSong-Light), a Word .docx (python-docx) and a
government web page with its site furniture around the plan. Each carries the furniture a real
one has (running headers, page numbers, line wraps; navigation, breadcrumb, metadata, footer), so
that a test can check that the reader removes it and yields the plain text's sections and tasks.
"""

from __future__ import annotations

import html
from pathlib import Path

# Page geometry of the PDF: A4 with 2.5 cm margins, 12 pt text, the usual layout of a 规划.
PAGE_W, PAGE_H = 595.0, 842.0
MARGIN = 72.0
FONT, SIZE, LEADING = "STSong-Light", 12.0, 20.0
INDENT, BLOCK_GAP = 2 * SIZE, 10.0
TABLE_SIZE, CELL_GAP = 8.0, 16.0


# Chinese typesetting never starts a line with closing punctuation: it hangs at the line end.
NO_LINE_START = "。，、；：？！”’）》」』】…"


def _wrap(line: str, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out, current = [], ""
    for ch in line:
        if current and stringWidth(current + ch, FONT, SIZE) > width and ch not in NO_LINE_START:
            out.append(current)
            current = ""
        current += ch
    out.append(current)
    return out


def make_pdf(text: str, path: Path, running_header: str) -> Path:
    """Lay the text out on A4 pages as print does: each line of the text a paragraph, wrapped
    at the margin and justified, its first line indented by two characters; blocks (runs of lines between
    blank lines) set apart by extra space; a running header on every page and the page number
    as "— n —" in the footer."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    page = 1

    def furniture() -> None:
        pdf.setFont(FONT, 9)
        pdf.drawCentredString(PAGE_W / 2, PAGE_H - 40, running_header)
        pdf.drawCentredString(PAGE_W / 2, 30, f"— {page} —")
        pdf.setFont(FONT, SIZE)

    furniture()
    y = PAGE_H - MARGIN

    def new_page_if_full() -> None:
        nonlocal page, y
        if y < MARGIN:
            pdf.showPage()
            page += 1
            furniture()
            y = PAGE_H - MARGIN

    for block in blocks(text):
        if _is_row(block):  # a table row: its cells side by side, in a smaller font
            new_page_if_full()
            x = MARGIN
            for cell in _cells(block):
                pdf.setFont(FONT, TABLE_SIZE)
                pdf.drawString(x, y, cell)
                x += stringWidth(cell, FONT, TABLE_SIZE) + CELL_GAP
            pdf.setFont(FONT, SIZE)
            y -= LEADING
            continue
        for paragraph in block:
            paragraph = paragraph.strip()
            pieces = _wrap(paragraph, PAGE_W - 2 * MARGIN - INDENT)
            pieces = pieces[:1] + _wrap("".join(pieces[1:]), PAGE_W - 2 * MARGIN) if len(pieces) > 1 else pieces
            for index, piece in enumerate(pieces):
                if y < MARGIN:
                    pdf.showPage()
                    page += 1
                    furniture()
                    y = PAGE_H - MARGIN
                x = MARGIN + (INDENT if index == 0 else 0)
                line = pdf.beginText(x, y)
                line.setFont(FONT, SIZE)
                if index < len(pieces) - 1 and len(piece) > 1:  # justified, as print sets a paragraph
                    free = PAGE_W - MARGIN - x - stringWidth(piece, FONT, SIZE)
                    line.setCharSpace(max(free, 0) / (len(piece) - 1))
                line.textOut(piece)
                pdf.drawText(line)
                y -= LEADING
        y -= BLOCK_GAP
    pdf.save()
    return path


def blocks(text: str) -> list[list[str]]:
    """The text's blocks: runs of lines between blank lines (a paragraph, a list, a table row)."""
    out: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip(" \u3000\t"):
            out[-1].append(line.strip(" \u3000"))
        elif out[-1]:
            out.append([])
    return [block for block in out if block]


def _is_row(block: list[str]) -> bool:
    # The plain texts write a table row as its cells, one a line, each after a tab.
    return all(line.startswith("\t") or "\t" in line for line in block)


def _cells(block: list[str]) -> list[str]:
    return [cell.strip() for line in block for cell in line.strip("\t").split("\t")]


def _grouped(text: str) -> list[tuple[str, list[list[str]]]]:
    """Blocks grouped as Word or a web page holds them: ("table", rows), ("list", [items]),
    ("p", [lines]) — a paragraph whose lines are kept by line breaks."""
    out: list[tuple[str, list[list[str]]]] = []
    for block in blocks(text):
        if _is_row(block):
            if out and out[-1][0] == "table":
                out[-1][1].append(_cells(block))
            else:
                out.append(("table", [_cells(block)]))
        elif all(line.startswith("- ") for line in block):
            out.append(("list", [[line[2:] for line in block]]))
        else:
            out.append(("p", [block]))
    return out


def make_docx(text: str, path: Path) -> Path:
    """A Word document as an author types one: a paragraph per block of the text (its lines
    kept by manual line breaks), numbering typed in as text, lists in the List Bullet style,
    tables as Word tables."""
    import docx

    document = docx.Document()
    for kind, content in _grouped(text):
        if kind == "table":
            table = document.add_table(rows=len(content), cols=max(len(r) for r in content))
            for r, cells in enumerate(content):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
        elif kind == "list":
            for item in content[0]:
                document.add_paragraph(item, style="List Bullet")
        else:
            paragraph = document.add_paragraph()
            for index, line in enumerate(content[0]):
                run = paragraph.add_run(line)
                if index < len(content[0]) - 1:
                    run.add_break()
    document.save(str(path))
    return path


SITE_TOP = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_上海市人民政府</title></head>
<body>
<div class="header"><a href="/">上海市人民政府</a> <a href="/en">English</a> <a href="/m">无障碍</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li>
<li><a href="/fw">政务服务</a></li><li><a href="/hd">政民互动</a></li><li><a href="/sh">走进上海</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zw">政务公开</a> &gt; <a href="/gh">规划信息</a></div>
<div class="article">
<h1>{title}</h1>
<div class="meta">发布时间：2021-07-05 来源：上海市人民政府办公厅 浏览次数：12345
字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="content">
"""
SITE_BOTTOM = """</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>打印本页</a> <a>关闭窗口</a></div>
<div class="related"><h3>相关文件</h3><ul>
<li><a href="/a">上海市推进科技创新中心建设条例</a></li>
<li><a href="/b">关于进一步深化科技体制机制改革增强科技创新中心策源能力的意见</a></li></ul></div>
</div>
<div class="footer"><p>主办：上海市人民政府办公厅 承办：上海市大数据中心</p>
<p>版权所有：上海市人民政府 沪ICP备05005080号 沪公网安备31010102002533号</p>
<p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p></div>
</body></html>
"""


def make_html(text: str, title: str) -> str:
    """A government web page: the plan's blocks as <p> (lines kept by <br>), <ul> and <table>
    inside the article, with the site's header, navigation, breadcrumb, publication metadata,
    share bar, related files and footer around it."""
    parts = []
    for kind, content in _grouped(text):
        if kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in content)
            parts.append(f"<table>{rows}</table>")
        elif kind == "list":
            parts.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in content[0]) + "</ul>")
        else:
            parts.append("<p>" + "<br/>".join(html.escape(line) for line in content[0]) + "</p>")
    return SITE_TOP.format(title=html.escape(title)) + "\n".join(parts) + "\n" + SITE_BOTTOM
