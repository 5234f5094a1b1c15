"""Which PDF library keeps a Chinese plan's text best: pypdfium2 or pdfplumber?

Each text of data/plans is laid out as a PDF by the tests' own fixture maker (reportlab,
STSong-Light; tests/formats.py), then extracted by both libraries. Measured per library, over
all five texts: decimals such as 4.5% kept (as tokens, against the source), Latin words such as
GDP and R&D kept, characters in the right order (difflib ratio of the text without whitespace
and page furniture), spaces added inside the text (the fixture justifies its lines, as print
does), and the seconds taken. Run: .venv/bin/python bench/compare_pdf_readers.py
"""

from __future__ import annotations

import difflib
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.formats import make_pdf  # noqa: E402

DECIMAL = re.compile(r"\d+\.\d+%?")
LATIN = re.compile(r"[A-Za-z][A-Za-z&\-]*[A-Za-z]|[A-Za-z]")
FURNITURE = re.compile(r"— \d+ —|HEADER")
SPACE = re.compile(r"\s+")


def pdfium_pages(path: Path) -> list[str]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    return [page.get_textpage().get_text_range() for page in pdf]


def plumber_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def recall(tokens: Counter[str], got: Counter[str]) -> tuple[int, int]:
    return sum(min(n, got[t]) for t, n in tokens.items()), sum(tokens.values())


def main() -> None:
    readers = {"pypdfium2": pdfium_pages, "pdfplumber": plumber_pages}
    totals = {name: Counter() for name in readers}
    with tempfile.TemporaryDirectory() as tmp:
        for source in sorted((ROOT / "data" / "plans").glob("*.txt")):
            text = source.read_text(encoding="utf-8").replace("\t", " ")
            pdf = make_pdf(text, Path(tmp) / (source.stem + ".pdf"), "HEADER")
            flat = SPACE.sub("", text)
            decimals, latin = Counter(DECIMAL.findall(flat)), Counter(LATIN.findall(text))
            for name, read in readers.items():
                began = time.perf_counter()
                got = "\n".join(read(pdf))
                seconds = time.perf_counter() - began
                got_flat = SPACE.sub("", FURNITURE.sub("", got))
                d_ok, d_all = recall(decimals, Counter(DECIMAL.findall(got_flat)))
                l_ok, l_all = recall(latin, Counter(LATIN.findall(FURNITURE.sub("", got))))
                order = difflib.SequenceMatcher(None, flat, got_flat, autojunk=False).ratio()
                # Spaces the extraction added inside Chinese text (a justified line's spacing).
                spaces = max(0, FURNITURE.sub("", got).count(" ") - text.count(" "))
                print(
                    f"{source.stem[:40]:40} {name:10} decimals {d_ok}/{d_all} latin {l_ok}/{l_all} "
                    f"order {order:.4f} spaces added {spaces} {seconds:.2f}s"
                )
                totals[name].update({"d_ok": d_ok, "d_all": d_all, "l_ok": l_ok, "l_all": l_all, "sp": spaces})
                totals[name]["order_x1e4"] += int(order * 10000)
                totals[name]["ms"] += int(seconds * 1000)
    for name, t in totals.items():
        print(
            f"TOTAL {name:10} decimals {t['d_ok']}/{t['d_all']} latin {t['l_ok']}/{t['l_all']} "
            f"mean order {t['order_x1e4'] / 5 / 10000:.4f} spaces added {t['sp']} time {t['ms'] / 1000:.2f}s"
        )


if __name__ == "__main__":
    main()
