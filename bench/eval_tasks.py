"""Tasks of real plans against hand-made task-block gold: item precision and recall, count and
block-kind agreement, per document and overall.

    .venv/bin/python bench/eval_tasks.py                    # the dev split (default)
    .venv/bin/python bench/eval_tasks.py --details          # each miss and extra (not on a fresh round)
    .venv/bin/python bench/eval_tasks.py --split heldout4   # once, by the lead, at the end
    .venv/bin/python bench/eval_tasks.py --one-line         # every text crawled onto one line

Corpus files: tests/realworld/tasks/*.yaml (dev.yaml, heldout4.yaml); gold, one file per document:
tests/gold/realworld/tasks/<id>.yaml (format and judging rules in tests/realworld/tasks/README.md).

Scoring:
- A gold item sits where its opening is found in the text, after its block's label (and after
  the item before it). A predicted Task matches it when the task starts there, with or without
  the item's marker (（一）, 1., 一是 …) and the blank space around it; each gold item is matched
  at most once, each task too.
- Predicted tasks are the document's Task nodes except the boxes (专栏) themselves: a box is a
  block, its numbered entries are its items.
- Count agreement: the document's task count equals its gold item count (a plan that names no
  task block must give none).
- Kind agreement: a gold block with items agrees when the tasks matched to its items carry its
  kind, the block name as the plan writes it, or the name it ends with ("主要目标和重大举措" is
  read as 重大举措 as well); the share of gold blocks with items that agree.

``--one-line`` reads each text with its line breaks removed (bench/one_line.py), the layout of the
crawls that lost them; texts already on one line are left out. The gold stays the same: the items
open with the same words in the joined text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.details import print_details  # noqa: E402
from bench.one_line import has_line_breaks, one_line  # noqa: E402
from bench.splits import SPLITS, refuse_details_on_fresh  # noqa: E402
from plankg.loaders.rules.structure import BOX_KIND  # noqa: E402
from plankg.loaders.structure.document import load_plan  # noqa: E402
from plankg.loaders.text.formats import read_document  # noqa: E402
from plankg.loaders.text.normalise import (  # noqa: E402
    BOLD_PIECES,
    fold_widths,
    normalise,
    simplified_characters,
)
from plankg.schema import PlanDocument, PlanMeta, Task  # noqa: E402

CORPORA = ROOT / "tests" / "realworld" / "tasks"
GOLD = ROOT / "tests" / "gold" / "realworld" / "tasks"
# The marker an item opening may start with: the predicted task may start before or after it.
ITEM_MARKER = re.compile(
    r"^(?:（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d{1,3}[、.．]|[\u2460-\u2473])"
)
# MARKER_APART_IN_FILE (fixtask53, round 53): a page may set an item's number in its own element apart from its title
# ("<strong>1.</strong><strong>合理确定国有建设用地供应总量、结构、布局。", "1<strong>.</strong><strong>增加…": no
# marker-and-title string exists in the file, so by-housing-one-city-plan-2022's gold quotes the title alone), while the
# reader joins them ("1.合理确定…"). A quote without a marker is then matched by a task starting at the marker right
# before it as read, as a quote with one is matched after it.
MARKER_BEFORE = re.compile(
    r"(?:（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d{1,3}[、.．]|[\u2460-\u2473])"
    r"[ \t\u3000]*$"
)
MARKER_BEFORE_WINDOW = 12


@dataclass
class DocScore:
    doc: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    blocks: int = 0  # gold blocks with items
    kinds_agree: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong_kinds: list[str] = field(default_factory=list)

    @property
    def count_ok(self) -> bool:
        return self.gold == self.predicted


def documents(split: str) -> list[dict[str, Any]]:
    out = []
    for corpus in sorted(CORPORA.glob("*.yaml")):
        for entry in yaml.safe_load(corpus.read_text(encoding="utf-8"))["documents"]:
            if entry["split"] == split:
                out.append(entry)
    return out


def read(entry: dict[str, Any]) -> str:
    path = CORPORA / entry["file"]
    return read_document(path.read_bytes(), str(path), path.suffix)


def load(entry: dict[str, Any], joined: bool = False) -> PlanDocument:
    text = read(entry)
    return load_plan(one_line(text) if joined else text, PlanMeta(id=entry["id"], title=entry["title"]))


def is_item(task: Task) -> bool:
    """A box (专栏) is a block; only its numbered entries are items. A box is numbered by its
    caption ("专栏2"), or not at all when it was read from a text without line breaks."""
    return not (task.number.startswith(BOX_KIND) or (task.kind == BOX_KIND and not task.number))


def accepted_starts(text: str, position: int, opening: str) -> set[int]:
    """Where a task may start to match the gold item at ``position``: at its marker or after it,
    blank space before or after the marker allowed."""
    starts = {position}
    before = position
    while before > 0 and text[before - 1] in " \t\u3000":
        before -= 1
        starts.add(before)
    marker = ITEM_MARKER.match(opening)
    if marker:
        after = position + marker.end()
        starts.add(after)
        while after < len(text) and text[after] in " \t\u3000":
            after += 1
            starts.add(after)
    else:  # MARKER_APART_IN_FILE
        before_marker = MARKER_BEFORE.search(text, max(0, position - MARKER_BEFORE_WINDOW), position)
        if before_marker:
            starts.add(before_marker.start())
    return starts


def as_read_forms(quote: str) -> list[str]:
    """The forms a gold quote (copied from the file as stored) may take in the text as plankg reads it, in the
    order they are tried: as written; reading folds widths ("(四)" is read "（四）"); normalised; without a markdown
    title's bold pieces; folded character by character to simplified; normalised, then so folded."""
    forms = [quote, fold_widths(quote), normalise(quote).text.strip()]
    if "\n" in quote:
        # LINE_INDENT_AS_READ (fixtask55, round 55): reading drops the blank space that opens a line, so a quote
        # across a caption broken over lines ("专栏\n\n6\n\n “\n\n5+2+4\n\n”国际知名商圈建设行动") is read without
        # it; normalised alone the quote loses more (its "6" reads as a page number)
        forms.append(re.sub(r"(?m)^[ \t\u3000]+", "", quote))
    if BOLD_PIECES.search(quote):
        # a quote copied with a markdown title's bold pieces ("2.深化** **“电算”协同发展"): a crawl that lost its line
        # breaks reads those pieces as one title (GLUED_BOLD_TITLE), without the space between them
        forms.append(normalise(BOLD_PIECES.sub("", quote)).text.strip())
    # a short quote of a traditional text ("三、建設重點": two characters to fold) is below the share that makes
    # reading convert a text (TRADITIONAL_MIN_CHARS); it is looked for folded character by character, as the
    # indicator scorer's name_key folds names
    forms.append(fold_widths(quote).translate(simplified_characters()))
    # a short quote of a traditional text with pinyin glosses ("二、重點(diǎn)任務(wù)", gd-disaster-action-trad):
    # reading drops the glosses (PINYIN_GLOSS) of the quote as of the text, but the quote alone is too short
    # to be converted
    forms.append(normalise(quote).text.strip().translate(simplified_characters()))
    return forms


def find_as_read(text: str, quote: str, start: int = 0) -> int:
    """Where a gold quote sits in the text as plankg reads it (``as_read_forms``), -1 when nowhere."""
    return find_as_read_span(text, quote, start)[0]


def find_as_read_span(text: str, quote: str, start: int = 0) -> tuple[int, int]:
    """Where a gold quote sits in the text as plankg reads it and how long it is there: a quote with
    pinyin glosses ("一、共和鎮(zhèn)平嶺小學(xué)改擴建工程", round 46) is read shorter than written, so the
    next item is looked for from the end of the quote as read, not as written. (-1, 0) when nowhere."""
    for form in as_read_forms(quote):
        position = text.find(form, start)
        if position >= 0:
            return position, len(form)
    return -1, 0


def kind_agrees(gold_kind: str, kinds: list[str]) -> bool:
    if not kinds:
        return False
    kind = Counter(kinds).most_common(1)[0][0]
    # a kind quoted from a traditional text (建設重點) is the kind plankg reads in simplified characters (建设重点)
    gold_kind = gold_kind.translate(simplified_characters())
    return kind == gold_kind or gold_kind.endswith(kind)


def score(entry: dict[str, Any], plan: PlanDocument | None = None, joined: bool = False) -> DocScore:
    gold = yaml.safe_load((GOLD / f"{entry['id']}.yaml").read_text(encoding="utf-8"))
    plan = plan or load(entry, joined)
    text = plan.text
    tasks = [t for t in plan.tasks if is_item(t)]
    result = DocScore(entry["id"], predicted=len(tasks))
    by_start: dict[int, list[int]] = {}
    for i, task in enumerate(tasks):
        by_start.setdefault(task.start, []).append(i)
    used: set[int] = set()
    for block in gold["blocks"]:
        label, items = block["label"], block.get("items") or []
        if joined:  # a quote across a line break, as the crawl joins it
            label, items = one_line(label), [one_line(item) for item in items]
        result.gold += len(items)
        cursor = find_as_read(text, label)
        matched_kinds: list[str] = []
        for item in items:
            position, length = find_as_read_span(text, item, cursor) if cursor >= 0 else (-1, 0)
            hit = None
            if position >= 0:
                cursor = position + length
                candidates = sorted(
                    i for s in accepted_starts(text, position, item) for i in by_start.get(s, []) if i not in used
                )
                hit = candidates[0] if candidates else None
            if hit is None:
                result.misses.append(f"{label} | {item}" + ("" if position >= 0 else " (not found in the read text)"))
                continue
            used.add(hit)
            result.matched += 1
            matched_kinds.append(tasks[hit].kind)
        if items:
            result.blocks += 1
            if kind_agrees(block["kind"], matched_kinds):
                result.kinds_agree += 1
            else:
                result.wrong_kinds.append(f"{label}: gold {block['kind']}, tasks {sorted(set(matched_kinds))}")
    for i, task in enumerate(tasks):
        if i not in used:
            result.extras.append(f"{task.kind} | {task.number}{task.title[:30]} @{task.start}")
    return result


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def summary(scores: list[DocScore]) -> dict[str, float]:
    gold = sum(s.gold for s in scores)
    predicted = sum(s.predicted for s in scores)
    matched = sum(s.matched for s in scores)
    p, r = ratio(matched, predicted), ratio(matched, gold)
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "count_agreement": ratio(sum(s.count_ok for s in scores), len(scores)),
        "kind_agreement": ratio(sum(s.kinds_agree for s in scores), sum(s.blocks for s in scores)),
    }


def evaluate(split: str, joined: bool = False) -> list[DocScore]:
    entries = documents(split)
    if joined:
        entries = [e for e in entries if has_line_breaks(read(e))]
    return [score(entry, joined=joined) for entry in entries]


def table(scores: list[DocScore]) -> str:
    lines = [f"{'document':<32}{'gold':>6}{'pred':>6}{'match':>6}{'P':>7}{'R':>7}{'count':>7}{'kinds':>7}"]
    for s in scores:
        kinds = f"{s.kinds_agree}/{s.blocks}"
        lines.append(
            f"{s.doc:<32}{s.gold:>6}{s.predicted:>6}{s.matched:>6}"
            f"{ratio(s.matched, s.predicted):>7.3f}{ratio(s.matched, s.gold):>7.3f}"
            f"{'ok' if s.count_ok else 'no':>7}{kinds:>7}"
        )
    total = summary(scores)
    lines.append(
        f"{'overall':<32}{sum(s.gold for s in scores):>6}{sum(s.predicted for s in scores):>6}"
        f"{sum(s.matched for s in scores):>6}{total['precision']:>7.3f}{total['recall']:>7.3f}"
        f"{total['count_agreement']:>7.3f}{total['kind_agreement']:>7.3f}"
    )
    lines.append(f"item F1 {total['f1']:.3f}; count: share of documents whose task count equals the gold's;")
    lines.append("kinds: gold blocks (with items) whose matched tasks carry the block's kind")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev", help="a held-out round: the lead, once, at the end")
    parser.add_argument(
        "--details", action="store_true", help="each miss, extra and wrong kind (not on a fresh held-out round)"
    )
    parser.add_argument("--one-line", action="store_true", help="each text with its line breaks removed")
    args = parser.parse_args(argv)
    refuse_details_on_fresh(parser, args.split, args.details)
    scores = evaluate(args.split, args.one_line)
    if not scores:
        parser.error(f"split {args.split} has no task gold: a score over nothing would read 1.000")
    joined = ", one line" if args.one_line else ""
    print(f"== task blocks, split {args.split} ({len(scores)} documents{joined})")
    print(table(scores))
    if args.details:
        for s in scores:
            print_details(s.doc, [("FN", s.misses), ("FP", s.extras), ("KIND", s.wrong_kinds)], width=33)
    return 0


if __name__ == "__main__":
    sys.exit(main())
