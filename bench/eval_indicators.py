"""Indicators of real plans against hand-made gold: precision and recall of indicators matched by
name, and of their target values, per document and overall.

    .venv/bin/python bench/eval_indicators.py                    # the dev split (default)
    .venv/bin/python bench/eval_indicators.py --details          # each miss, extra and wrong target (dev only)
    .venv/bin/python bench/eval_indicators.py --split heldout5   # once, by the lead, at the end
    .venv/bin/python bench/eval_indicators.py --one-line         # every text crawled onto one line

Corpus: tests/realworld/indicators/corpus.yaml; gold, one file per document:
tests/gold/realworld/indicators/<id>.yaml (convention in the README beside the gold).

Each text is read as `plankg build` reads a file without a manifest entry (metadata guessed from
the text). Scoring:
- Names: a predicted indicator matches a gold one when their Chinese characters (``name_key``) are
  alike by plankg's own measure (SequenceMatcher ratio ≥ ``SAME_NAME``); pairs are taken best
  first (between equally alike names, the same target year first), each gold and each predicted
  indicator at most once.
- Targets: a matched indicator's target is right when the gold target and plankg's carry the same
  numbers (4.5 = 4.5%左右 = 〔4.5〕; a range needs both ends); a gold target without a number
  (与全市保持同步) needs the same Chinese characters. Target precision and recall count right
  targets over predicted and over gold indicators.
- Years: the share of matched indicators whose target year equals the gold's (reported, not in F1).

``--one-line`` reads each text with its line breaks removed (bench/one_line.py), the layout of the
crawls that lost them; texts already on one line are left out. A table's rows run into one another
once joined, as they do in such a crawl.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.details import print_details  # noqa: E402
from bench.one_line import has_line_breaks, one_line  # noqa: E402
from bench.splits import SPLITS, refuse_details_on_fresh  # noqa: E402
from plankg.loaders.extract.indicators import SAME_NAME, name_key  # noqa: E402
from plankg.loaders.extract.vocab import load_field_vocabulary  # noqa: E402
from plankg.loaders.text.read import guess_meta  # noqa: E402
from plankg.pipeline import PlanSource, analyse, read_plan, read_text  # noqa: E402
from plankg.schema import Indicator  # noqa: E402

CORPUS = ROOT / "tests" / "realworld" / "indicators" / "corpus.yaml"
GOLD = ROOT / "tests" / "gold" / "realworld" / "indicators"
NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class DocScore:
    doc: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    targets: int = 0
    years: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def documents(split: str) -> list[dict[str, Any]]:
    entries = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["documents"]
    return [e for e in entries if e["split"] == split]


def predict(entry: dict[str, Any], joined: bool = False) -> list[Indicator]:
    path = CORPUS.parent / entry["file"]
    if not joined:
        return read_plan(PlanSource(path, None), load_field_vocabulary()).document.indicators
    # As read_plan reads a file without a manifest entry, with the text joined before the metadata is guessed.
    text, sha256 = read_text(path)
    text = one_line(text)
    return analyse(text, guess_meta(text, path.stem, sha256), load_field_vocabulary()).indicators


def multi_line(entry: dict[str, Any]) -> bool:
    return has_line_breaks(read_text(CORPUS.parent / entry["file"])[0])


def numbers(value: str) -> list[float]:
    # Full-width digits and points are read as ASCII by plankg; fold them the same way here.
    folded = value.translate({0xFF10 + i: ord("0") + i for i in range(10)} | {0xFF0E: ord(".")})
    return sorted(float(n) for n in NUMBER.findall(folded))


def same_target(gold: str, indicator: Indicator) -> bool:
    expected = numbers(gold)
    if expected:
        return expected == numbers(indicator.target)
    return bool(name_key(gold)) and name_key(gold) == name_key(indicator.raw_target or indicator.target)


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, name_key(a), name_key(b)).ratio()


def score(entry: dict[str, Any], predicted: list[Indicator] | None = None, joined: bool = False) -> DocScore:
    gold = yaml.safe_load((GOLD / f"{entry['id']}.yaml").read_text(encoding="utf-8"))["indicators"]
    predicted = predict(entry, joined) if predicted is None else predicted
    result = DocScore(entry["id"], gold=len(gold), predicted=len(predicted))
    # Best pairs first; between equally alike names, the pair with the same target year (a report
    # may set 城镇调查失业率 for the year and for the period).
    pairs = sorted(
        (
            (similarity(str(g["name"]), p.name), p.year == g.get("year"), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
        ),
        reverse=True,
    )
    gold_used: dict[int, int] = {}
    pred_used: set[int] = set()
    for ratio_, _same_year, gi, pi in pairs:
        if ratio_ < SAME_NAME:
            break
        if gi in gold_used or pi in pred_used:
            continue
        gold_used[gi] = pi
        pred_used.add(pi)
    for gi, row in enumerate(gold):
        if gi not in gold_used:
            result.misses.append(f"{row['name']} = {row['target']}")
            continue
        indicator = predicted[gold_used[gi]]
        result.matched += 1
        if same_target(str(row["target"]), indicator):
            result.targets += 1
        else:
            result.wrong.append(f"{row['name']}: gold {row['target']}, plankg {indicator.target} ({indicator.name})")
        if indicator.year == row.get("year"):
            result.years += 1
    for pi, indicator in enumerate(predicted):
        if pi not in pred_used:
            result.extras.append(f"{indicator.name} = {indicator.target} ({indicator.year})")
    return result


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summary(scores: list[DocScore]) -> dict[str, float]:
    gold = sum(s.gold for s in scores)
    predicted = sum(s.predicted for s in scores)
    matched = sum(s.matched for s in scores)
    targets = sum(s.targets for s in scores)
    p, r = ratio(matched, predicted), ratio(matched, gold)
    tp, tr = ratio(targets, predicted), ratio(targets, gold)
    return {
        "name_precision": p,
        "name_recall": r,
        "name_f1": f1(p, r),
        "target_precision": tp,
        "target_recall": tr,
        "target_f1": f1(tp, tr),
        "year_agreement": ratio(sum(s.years for s in scores), matched),
    }


def evaluate(split: str, joined: bool = False) -> list[DocScore]:
    entries = [e for e in documents(split) if multi_line(e)] if joined else documents(split)
    return [score(entry, joined=joined) for entry in entries]


def table(scores: list[DocScore]) -> str:
    head = f"{'document':<26}{'gold':>5}{'pred':>5}{'name':>5}{'P':>7}{'R':>7}{'tgt':>5}{'tP':>7}{'tR':>7}{'year':>6}"
    lines = [head]
    for s in scores:
        lines.append(
            f"{s.doc:<26}{s.gold:>5}{s.predicted:>5}{s.matched:>5}"
            f"{ratio(s.matched, s.predicted):>7.3f}{ratio(s.matched, s.gold):>7.3f}{s.targets:>5}"
            f"{ratio(s.targets, s.predicted):>7.3f}{ratio(s.targets, s.gold):>7.3f}{s.years:>6}"
        )
    t = summary(scores)
    lines.append(
        f"{'overall':<26}{sum(s.gold for s in scores):>5}{sum(s.predicted for s in scores):>5}"
        f"{sum(s.matched for s in scores):>5}{t['name_precision']:>7.3f}{t['name_recall']:>7.3f}"
        f"{sum(s.targets for s in scores):>5}{t['target_precision']:>7.3f}{t['target_recall']:>7.3f}"
        f"{sum(s.years for s in scores):>6}"
    )
    lines.append(
        f"name F1 {t['name_f1']:.3f}; target F1 {t['target_f1']:.3f}; "
        f"year agreement (of matched) {t['year_agreement']:.3f}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev", help="a held-out round: the lead, once, at the end")
    parser.add_argument("--details", action="store_true", help="each miss, extra and wrong target (dev only)")
    parser.add_argument("--one-line", action="store_true", help="each text with its line breaks removed")
    args = parser.parse_args(argv)
    refuse_details_on_fresh(parser, args.split, args.details)
    scores = evaluate(args.split, args.one_line)
    if not scores:
        parser.error(f"split {args.split} has no indicator gold: a score over nothing would read 1.000")
    joined = ", one line" if args.one_line else ""
    print(f"== indicators, split {args.split} ({len(scores)} documents{joined})")
    print(table(scores))
    if args.details:
        for s in scores:
            print_details(s.doc, [("FN", s.misses), ("FP", s.extras), ("TGT", s.wrong)], width=27)
    return 0


if __name__ == "__main__":
    sys.exit(main())
