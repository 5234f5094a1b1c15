"""Heading F1 of the dev split's real-world texts read as published files: each text rendered
as a 公文 PDF, a Word .docx and a portal web page (tests/realworld/formats.py, layouts varied by
a seed), read back by plankg, scored against the document's gold headings as
bench/eval_segmentation.py scores the plain text.

    .venv/bin/python bench/eval_formats.py              # table: plain / pdf / docx / html F1
    .venv/bin/python bench/eval_formats.py --doc ID --format pdf --details

The dev split by default: rendering a held-out text puts it through plankg, so `--split heldout3`
is for the lead's single scoring of that round.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_segmentation import GOLD, TEXTS, Score, documents, normalise_title, overall  # noqa: E402
from bench.splits import SPLITS, refuse_details_on_fresh  # noqa: E402
from plankg.loaders.structure.document import load_plan  # noqa: E402
from plankg.loaders.text.formats import read_document  # noqa: E402
from plankg.loaders.text.normalise import normalise  # noqa: E402
from plankg.schema import PlanMeta  # noqa: E402
from tests.realworld.formats import RENDERERS  # noqa: E402

FORMATS = ("plain", "pdf", "docx", "html")
SEED = 7


def plain_text(doc: dict) -> str:
    path = TEXTS / doc["file"]
    return read_document(path.read_bytes(), str(path), path.suffix)


def read_as(doc: dict, fmt: str, seed: int = SEED) -> str:
    """The document's text as plankg reads it from the file rendered in ``fmt``."""
    text = plain_text(doc)
    if fmt == "plain":
        return text
    # The publisher's paragraphs: the text as plankg normalises it (a hard-wrapped or scraped
    # source re-joined, its own site furniture gone), then laid out afresh.
    text = normalise(text).text
    data = RENDERERS[fmt](text, doc, seed + sum(map(ord, doc["id"])))
    return read_document(data, f"{doc['id']}.{fmt}", f".{fmt}")


def sections(doc: dict, text: str) -> list[tuple[int, str]]:
    plan = load_plan(text, PlanMeta(id=doc["id"], title=doc["title"]))
    return [(s.level, s.title) for s in plan.sections]


def gold_headings(doc: dict) -> list[tuple[int, str]]:
    gold = yaml.safe_load((GOLD / f"{doc['id']}.yaml").read_text(encoding="utf-8"))
    return [(h["level"], h["title"]) for h in gold.get("headings", [])]


def score(doc: dict, fmt: str, seed: int = SEED) -> Score:
    predicted = [(lv, normalise_title(t)) for lv, t in sections(doc, read_as(doc, fmt, seed))]
    expected = [(lv, normalise_title(t)) for lv, t in gold_headings(doc)]
    matched = sum((Counter(predicted) & Counter(expected)).values())
    titles = sum((Counter(t for _, t in predicted) & Counter(t for _, t in expected)).values())
    return Score(doc["id"], len(expected), len(predicted), matched, titles, 0, 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--doc", action="append", default=[])
    parser.add_argument("--format", choices=FORMATS[1:])
    parser.add_argument("--details", action="store_true", help="misses and extras of --format against plain")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--split",
        default="dev",
        choices=SPLITS,
        help="a held-out round: scored by the lead after the round's plain-text score (it renders the texts)",
    )
    args = parser.parse_args()
    refuse_details_on_fresh(parser, args.split, args.details)
    docs = [d for d in documents(args.split) if not args.doc or d["id"] in args.doc]
    if args.details:
        for doc in docs:
            gold = Counter((lv, normalise_title(t)) for lv, t in gold_headings(doc))
            got = [(lv, t) for lv, t in sections(doc, read_as(doc, args.format or "pdf", args.seed))]
            left = gold.copy()
            print(f"== {doc['id']}")
            for lv, t in got:
                key = (lv, normalise_title(t))
                if left[key]:
                    left[key] -= 1
                else:
                    print(f"  FP {lv} {t[:70]}")
            for key, n in left.items():
                if n:
                    print(f"  FN {key[0]} {key[1][:70]}")
        return
    formats = [f for f in FORMATS if args.format in (None, f) or f == "plain"]
    table: dict[str, list[Score]] = {f: [] for f in formats}
    print(f"{'document':30}" + "".join(f"{f:>8}" for f in formats))
    for doc in docs:
        row = []
        for fmt in formats:
            s = score(doc, fmt, args.seed)
            table[fmt].append(s)
            row.append(s.prf(s.matched)[2])
        print(f"{doc['id']:30}" + "".join(f"{v:8.3f}" for v in row), flush=True)
    print(
        f"{'overall (micro)':30}"
        + "".join(f"{overall(table[f]).prf(overall(table[f]).matched)[2]:8.3f}" for f in formats)
    )


if __name__ == "__main__":
    main()
