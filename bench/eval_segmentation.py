"""Heading precision / recall / F1 of plankg's sections against hand-made gold, per document
and overall, on the real-world corpus (tests/realworld/corpus.yaml, gold in
tests/gold/realworld/headings/, convention in tests/gold/realworld/README.md).

A section matches a gold heading when both its level and its normalised title agree (whitespace
removed, width and brackets folded, trailing punctuation dropped); title-only matching is
reported beside it. Sections that are the document's front matter (the issuing notice) or page
furniture are counted as well: they are the false positives a reader most often makes.

    .venv/bin/python bench/eval_segmentation.py                 # the dev split (default)
    .venv/bin/python bench/eval_segmentation.py --split heldout # once, at the end
    .venv/bin/python bench/eval_segmentation.py --json          # machine-readable
    .venv/bin/python bench/eval_segmentation.py --details       # each document's misses and extras
    .venv/bin/python bench/eval_segmentation.py --one-line      # every text as a crawl without line breaks

``--one-line`` reads each text with its line breaks removed (bench/one_line.py), the layout of the
one-line crawls that came in rounds 8-13; texts already on one line are left out. The gold is the
same: a reader finds the same headings in the joined text.

Develop on the dev split only: the held-out split is there to show whether the rules hold on
texts nobody tuned them to.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.as_read import as_read  # noqa: E402
from bench.one_line import has_line_breaks, one_line  # noqa: E402
from bench.splits import FRESH, SPLITS, refuse_details_on_fresh  # noqa: E402
from plankg.loaders.structure.document import load_plan  # noqa: E402
from plankg.loaders.text.formats import read_document  # noqa: E402
from plankg.schema import PlanMeta  # noqa: E402

CORPUS = ROOT / "tests" / "realworld" / "corpus.yaml"
TEXTS = ROOT / "tests" / "realworld" / "texts"
GOLD = ROOT / "tests" / "gold" / "realworld" / "headings"
TRAILING = "。；：，、:;,. "


def normalise_title(title: str) -> str:
    """Whitespace removed, full-width forms folded (NFKC), brackets and quotes unified,
    trailing punctuation dropped, read in simplified characters without pinyin glosses (as_read): the comparison key
    of a title."""
    folded = unicodedata.normalize("NFKC", as_read(title))
    folded = re.sub(r"\s+", "", folded)
    folded = folded.replace("(", "（").replace(")", "）").replace('"', "”")
    return folded.rstrip(TRAILING)


@dataclass
class Score:
    doc: str
    gold: int
    predicted: int
    matched: int  # level + title
    matched_title: int  # title only
    front_matter_as_section: int
    furniture_as_section: int

    def prf(self, matched: int) -> tuple[float, float, float]:
        precision = matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)
        recall = matched / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def documents(split: str) -> list[dict]:
    docs = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["documents"]
    return [d for d in docs if (split == "all" and d["split"] not in FRESH) or d["split"] == split]


def read_text(doc: dict, joined: bool = False) -> str:
    """A document's text as plankg reads it, or with its line breaks removed (``--one-line``)."""
    path = TEXTS / doc["file"]
    text = read_document(path.read_bytes(), str(path), path.suffix)
    return one_line(text) if joined else text


def score(doc: dict, joined: bool = False) -> Score:
    gold = yaml.safe_load((GOLD / f"{doc['id']}.yaml").read_text(encoding="utf-8"))
    text = read_text(doc, joined)
    plan = load_plan(text, PlanMeta(id=doc["id"], title=doc["title"]))
    predicted = [(s.level, normalise_title(s.title)) for s in plan.sections]
    expected = [(h["level"], normalise_title(h["title"])) for h in gold.get("headings", [])]
    matched = sum((Counter(predicted) & Counter(expected)).values())
    matched_title = sum((Counter(t for _, t in predicted) & Counter(t for _, t in expected)).values())
    front = {normalise_title(line) for line in gold.get("front_matter") or []}
    furniture = {normalise_title(line) for line in gold.get("furniture") or []}
    gold_titles = {t for _, t in expected}

    def inside(title: str, lines: set[str]) -> bool:
        return bool(title) and title not in gold_titles and any(title in line or line in title for line in lines)

    return Score(
        doc["id"],
        len(expected),
        len(predicted),
        matched,
        matched_title,
        sum(1 for _, t in predicted if inside(t, front)),
        sum(1 for _, t in predicted if inside(t, furniture)),
    )


COUNTS = ("gold", "predicted", "matched", "matched_title", "front_matter_as_section", "furniture_as_section")


def details(doc: dict, joined: bool = False) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """A document's false positives (sections no gold heading matches, level + title) and
    false negatives (gold headings no section matches), each as (level, title) in text order."""
    gold = yaml.safe_load((GOLD / f"{doc['id']}.yaml").read_text(encoding="utf-8"))
    text = read_text(doc, joined)
    plan = load_plan(text, PlanMeta(id=doc["id"], title=doc["title"]))
    predicted = [(s.level, s.title) for s in plan.sections]
    expected = [(h["level"], h["title"]) for h in gold.get("headings", [])]
    gold_left = Counter((level, normalise_title(title)) for level, title in expected)
    found_left = Counter((level, normalise_title(title)) for level, title in predicted)
    false_positives, false_negatives = [], []
    for level, title in predicted:
        key = (level, normalise_title(title))
        if gold_left[key]:
            gold_left[key] -= 1
        else:
            false_positives.append((level, title))
    for level, title in expected:
        key = (level, normalise_title(title))
        if found_left[key]:
            found_left[key] -= 1
        else:
            false_negatives.append((level, title))
    return false_positives, false_negatives


def overall(scores: list[Score]) -> Score:
    total = Score("overall", 0, 0, 0, 0, 0, 0)
    for s in scores:
        for field in COUNTS:
            setattr(total, field, getattr(total, field) + getattr(s, field))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="dev")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--details", action="store_true", help="list each document's false positives and negatives")
    parser.add_argument("--doc", action="append", default=[], help="only this document (repeatable)")
    parser.add_argument("--one-line", action="store_true", help="each text with its line breaks removed")
    args = parser.parse_args()
    refuse_details_on_fresh(parser, args.split, args.details)
    docs = [
        doc
        for doc in documents(args.split)
        if (not args.doc or doc["id"] in args.doc) and (not args.one_line or has_line_breaks(read_text(doc)))
    ]
    if args.details:
        for doc in docs:
            false_positives, false_negatives = details(doc, args.one_line)
            print(f"== {doc['id']}: {len(false_positives)} false positives, {len(false_negatives)} false negatives")
            for level, title in false_positives:
                print(f"  FP {level} {title[:70]}")
            for level, title in false_negatives:
                print(f"  FN {level} {title[:70]}")
        return
    scores = [score(doc, args.one_line) for doc in docs]
    scores.append(overall(scores))
    if args.json:
        print(json.dumps([{**asdict(s), "f1": s.prf(s.matched)[2]} for s in scores], ensure_ascii=False, indent=1))
        return
    print(f"split: {args.split}" + (" (one line)" if args.one_line else ""))
    print(f"{'document':32} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}  {'F1 title':>8}  front furn")
    for s in scores:
        p, r, f = s.prf(s.matched)
        f_title = s.prf(s.matched_title)[2]
        print(
            f"{s.doc:32} {s.gold:5} {s.predicted:5} {p:6.3f} {r:6.3f} {f:6.3f}  {f_title:8.3f}  "
            f"{s.front_matter_as_section:5} {s.furniture_as_section:4}"
        )


if __name__ == "__main__":
    main()
