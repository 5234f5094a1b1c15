"""Check the task-block gold on real plans (format: tests/realworld/tasks/README.md).

Reads every corpus file in tests/realworld/tasks/*.yaml (dev.yaml, heldout4.yaml …) and, for each
document, its gold tests/gold/realworld/tasks/<id>.yaml. Checks: ids unique across all corpus
files, split is dev or heldout4, text and gold files exist; every block label, item, quote and
not_block label is an exact substring of the text; each block's items occur after its label and
in order, each item 6-30 characters; labels of blocks come in text order.

Stdlib + PyYAML only, so a gold maker runs it with any python3: python3 tests/realworld/tasks/check_gold.py
Exit status 1 and one line per problem when something is wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

sys.path.insert(0, str(ROOT))
from bench.splits import SPLITS  # noqa: E402  (stdlib only: the checker still needs only PyYAML)

GOLD = ROOT / "tests" / "gold" / "realworld" / "tasks"
ITEM_MIN, ITEM_MAX = 6, 30


def read_text(path: Path) -> str:
    # Universal newlines, as plankg reads texts: a CRLF text's offsets are those of its LF form.
    return path.read_text(encoding="utf-8")


def check_document(entry: dict, problems: list[str]) -> None:
    doc = entry["id"]
    text_path = HERE / entry["file"]
    gold_path = GOLD / f"{doc}.yaml"
    if not text_path.exists():
        problems.append(f"{doc}: text file {entry['file']} missing")
        return
    if not gold_path.exists():
        problems.append(f"{doc}: gold {gold_path.relative_to(ROOT)} missing")
        return
    text = read_text(text_path)
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    if gold.get("doc") != doc:
        problems.append(f"{doc}: gold names doc {gold.get('doc')!r}")
    blocks = gold.get("blocks")
    if not isinstance(blocks, list):
        problems.append(f"{doc}: blocks must be a list (blocks: [] when the plan names none)")
        return
    previous_label = -1
    for block in blocks:
        label = block.get("label", "")
        if not block.get("kind"):
            problems.append(f"{doc}: block {label!r} has no kind")
        start = text.find(label) if label else -1
        if start < 0:
            problems.append(f"{doc}: label {label!r} not in the text")
            continue
        if start < previous_label:
            problems.append(f"{doc}: block {label!r} out of text order")
        previous_label = start
        quote = block.get("quote")
        if quote and quote not in text:
            problems.append(f"{doc}: quote {quote!r} not in the text")
        cursor = start + len(label)
        for item in block.get("items") or []:
            if not ITEM_MIN <= len(item) <= ITEM_MAX:
                problems.append(f"{doc}: item {item!r} is {len(item)} characters (want {ITEM_MIN}-{ITEM_MAX})")
            pos = text.find(item, cursor)
            if pos < 0:
                where = "in the text" if item in text else "after its label / the item before it"
                problems.append(f"{doc}: item {item!r} of {label!r} not found {where}")
                continue
            cursor = pos + len(item)
    for other in gold.get("not_blocks") or []:
        if other.get("label", "") not in text:
            problems.append(f"{doc}: not_block label {other.get('label')!r} not in the text")
        if not other.get("why"):
            problems.append(f"{doc}: not_block {other.get('label')!r} has no why")


def main() -> int:
    problems: list[str] = []
    seen: dict[str, str] = {}
    corpora = sorted(HERE.glob("*.yaml"))
    if not corpora:
        problems.append("no corpus file in tests/realworld/tasks/")
    count = 0
    for corpus in corpora:
        for entry in yaml.safe_load(corpus.read_text(encoding="utf-8"))["documents"]:
            doc = entry["id"]
            if doc in seen:
                problems.append(f"{doc}: id in both {seen[doc]} and {corpus.name}")
            seen[doc] = corpus.name
            if entry.get("split") not in SPLITS:
                problems.append(f"{doc}: split {entry.get('split')!r} not one of {SPLITS}")
            check_document(entry, problems)
            count += 1
    for problem in problems:
        print(problem)
    print(f"{count} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
