"""Reading a web page whole (no main-content extraction): plankg's own tag walker
(formats.read_whole_page, WHOLE_PAGE) against libraries that turn a whole page into text.

Used when trafilatura finds no main text in a page (an article in one short <div> among menus)
and, before that, for page fragments. Scored as bench/eval_segmentation.py scores a text: the
gold headings found in the sections plankg builds from each reader's text (heading F1, micro),
on every scored split's documents, read two ways:

- ``portal``: each document rendered as a portal web page (tests/realworld/formats.py, the page
  bench/eval_formats.py --format html reads: header, menus, breadcrumb, metadata, footer), then
  read whole;
- ``real``: the corpus's own HTML files (gov.cn crawls, saved pages, bare fragments), read
  whole;
- ``tasks``: the HTML files of the task corpora (tests/realworld/tasks: round 11's two 国家能源局
  notices kept as bare fragments among them), read whole and scored as bench/eval_tasks.py scores
  them (task items found, F1).

Readers: ``walker`` (read_whole_page), ``trafilatura.baseline`` (its fallback extractor: the
page's <p> texts, or every text node a line), ``trafilatura.html2txt`` (the page's text on one
line), and, when installed, ``inscriptis`` (a layout-aware HTML renderer) and ``html2text``
(Markdown). The page's title is put before each library's text as read_whole_page puts it
(title_missing), so only the reading differs. inscriptis and html2text are no dependency of
plankg; to measure them, install them in a scratch environment and put its site-packages last
on PYTHONPATH.

    .venv/bin/python bench/compare_whole_page_readers.py [--split dev ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import eval_tasks  # noqa: E402
from bench.eval_segmentation import GOLD, TEXTS, documents, normalise_title  # noqa: E402
from bench.splits import FRESH, SPLITS  # noqa: E402
from plankg.errors import InputError  # noqa: E402
from plankg.loaders.structure.document import load_plan  # noqa: E402
from plankg.loaders.text.formats import (  # noqa: E402
    FRAGMENT_PAGE,
    HTML_DOCUMENT_TAG,
    page_title,
    read_document,
    read_whole_page,
    sniff,
    title_missing,
)
from plankg.loaders.text.normalise import normalise  # noqa: E402
from plankg.schema import PlanMeta  # noqa: E402
from tests.realworld.formats import render_html  # noqa: E402

SEED = 7


def _titled(data: bytes, text: str) -> str:
    """The text with the page's title before it when its first three lines do not hold it: the
    rule read_whole_page applies to its blocks (title_missing), so only the reading differs."""
    import lxml.html  # type: ignore[import-untyped]

    try:
        title = page_title(lxml.html.fromstring(data).findtext(".//title") or "")
    except (ValueError, lxml.etree.ParserError):
        title = ""
    first = [("p", line) for line in text.split("\n") if line.strip()][:3]
    return title + "\n" + text if title_missing(title, first) else text


def _baseline(data: bytes) -> str:
    from trafilatura import baseline

    return _titled(data, baseline(data)[1])


def _html2txt(data: bytes) -> str:
    from trafilatura import html2txt

    return _titled(data, html2txt(data))


def _inscriptis(data: bytes) -> str:
    """inscriptis set as plankg lays a page out: no margin around a paragraph or heading (a
    paragraph a line, BLOCK_LAYOUT), no list indent, table cells joined by a tab."""
    from inscriptis import get_text  # type: ignore[import-not-found]
    from inscriptis.css_profiles import STRICT_CSS_PROFILE  # type: ignore[import-not-found]
    from inscriptis.html_properties import Display  # type: ignore[import-not-found]
    from inscriptis.model.config import ParserConfig  # type: ignore[import-not-found]
    from inscriptis.model.html_element import HtmlElement  # type: ignore[import-not-found]

    css = dict(STRICT_CSS_PROFILE)
    for tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "figure"):
        css[tag] = HtmlElement(display=Display.block)
    config = ParserConfig(css=css, table_cell_separator="\t")
    text = get_text(data.decode("utf-8", errors="replace"), config)
    return _titled(data, "\n".join(line.strip(" ") if line.strip() else "" for line in text.split("\n")))


def _html2text(data: bytes) -> str:
    import html2text  # type: ignore[import-not-found]

    maker = html2text.HTML2Text()
    maker.body_width = 0
    maker.ignore_links = True
    maker.ignore_images = True
    return _titled(data, maker.handle(data.decode("utf-8", errors="replace")))


def readers() -> dict[str, Callable[[bytes], str]]:
    out: dict[str, Callable[[bytes], str]] = {
        "walker": lambda data: read_whole_page(data, "page"),
        "baseline": _baseline,
        "html2txt": _html2txt,
    }
    for name, module, reader in (("inscriptis", "inscriptis", _inscriptis), ("html2text", "html2text", _html2text)):
        try:
            __import__(module)
        except ImportError:
            print(f"({name} not installed: not measured)", file=sys.stderr)
            continue
        out[name] = reader
    return out


def pages(split: str) -> list[tuple[str, dict, bytes]]:
    """(way, document, page bytes) of a split: every document as a portal page, and the
    document's own file when it is a page or a fragment of one."""
    out = []
    for doc in documents(split):
        path = TEXTS / doc["file"]
        data = path.read_bytes()
        if sniff(data, path.suffix) == "html" or path.suffix.lower() in (".html", ".htm"):
            if not HTML_DOCUMENT_TAG.search(data):
                data = FRAGMENT_PAGE[0] + data + FRAGMENT_PAGE[1]
            out.append(("real", doc, data))
        text = normalise(read_document(path.read_bytes(), str(path), path.suffix)).text
        out.append(("portal", doc, render_html(text, doc, SEED + sum(map(ord, doc["id"])))))
    return out


def task_pages(split: str) -> list[tuple[str, dict, bytes]]:
    out = []
    for entry in eval_tasks.documents(split):
        path = eval_tasks.CORPORA / entry["file"]
        data = path.read_bytes()
        if path.suffix.lower() in (".html", ".htm") or sniff(data, path.suffix) == "html":
            if not HTML_DOCUMENT_TAG.search(data):
                data = FRAGMENT_PAGE[0] + data + FRAGMENT_PAGE[1]
            out.append(("tasks", entry, data))
    return out


def task_matched(entry: dict, text: str) -> tuple[int, int, int]:
    try:
        text = read_document(text.encode("utf-8"), entry["id"])
        plan = load_plan(text, PlanMeta(id=entry["id"], title=entry["title"]))
    except InputError:
        gold = yaml.safe_load((eval_tasks.GOLD / f"{entry['id']}.yaml").read_text(encoding="utf-8"))
        return 0, sum(len(b.get("items") or []) for b in gold["blocks"]), 0
    result = eval_tasks.score(entry, plan)
    return result.matched, result.gold, result.predicted


def matched(doc: dict, text: str) -> tuple[int, int, int]:
    gold = yaml.safe_load((GOLD / f"{doc['id']}.yaml").read_text(encoding="utf-8"))
    expected = Counter((h["level"], normalise_title(h["title"])) for h in gold.get("headings", []))
    try:
        text = read_document(text.encode("utf-8"), doc["id"])
        plan = load_plan(text, PlanMeta(id=doc["id"], title=doc["title"]))
        predicted = Counter((s.level, normalise_title(s.title)) for s in plan.sections)
    except InputError:
        predicted = Counter()
    return sum((predicted & expected).values()), sum(expected.values()), sum(predicted.values())


def f1(hit: int, gold: int, got: int) -> float:
    return 2 * hit / (gold + got) if gold + got else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=[s for s in SPLITS if s not in FRESH])
    parser.add_argument("--details", action="store_true", help="per document")
    args = parser.parse_args()
    splits = args.split or [s for s in SPLITS if s not in FRESH]
    chosen = readers()
    totals: dict[tuple[str, str], list[float]] = {}
    for split in splits:
        for way, doc, data in pages(split) + task_pages(split):
            row = []
            for name, read in chosen.items():
                start = time.perf_counter()
                try:
                    text = read(data)
                except InputError:
                    text = ""
                spent = time.perf_counter() - start
                if way == "tasks":
                    hit, gold, got = task_matched(doc, text or "-")
                elif text.strip():
                    hit, gold, got = matched(doc, text)
                else:
                    hit, got = 0, 0
                    gold = len(yaml.safe_load((GOLD / f"{doc['id']}.yaml").read_text())["headings"] or [])
                for key in ((split, way, name), ("all", way, name)):
                    t = totals.setdefault(key, [0, 0, 0, 0.0])  # type: ignore[arg-type]
                    t[0] += hit
                    t[1] += gold
                    t[2] += got
                    t[3] += spent
                totals.setdefault(("all", "*", name), [0, 0, 0, 0.0])[3] += spent  # type: ignore[arg-type]
                row.append(f"{f1(hit, gold, got):6.3f}")
            if args.details:
                print(f"{split:10} {way:6} {doc['id']:40}" + "".join(f"{v:>12}" for v in row), flush=True)
    print(f"{'split':10} {'way':6} {'pages':>5}" + "".join(f"{n:>12}" for n in chosen))
    for split in [*splits, "all"]:
        for way in ("real", "portal", "tasks"):
            cells = [totals.get((split, way, n)) for n in chosen]
            if not cells[0]:
                continue
            print(
                f"{split:10} {way:6} {'':5}"
                + "".join(f"{f1(int(c[0]), int(c[1]), int(c[2])):12.3f}" for c in cells if c),
                flush=True,
            )
    print("seconds (all pages): " + ", ".join(f"{n} {totals[('all', '*', n)][3]:.1f}" for n in chosen))


if __name__ == "__main__":
    main()
