"""Check the indicator gold on real plans (convention: tests/gold/realworld/indicators/README.md).

Reads corpus.yaml beside this file and, for each document, its gold
tests/gold/realworld/indicators/<id>.yaml. Checks: ids unique, split dev or heldout5, text and gold
files exist, count equals the number of indicators; every quote is an exact substring of the text;
every name and target is in the text with white space ignored (a name or target wrapped around
other cells gives its pieces: `name_parts`, or a target's space-separated pieces), unless the
indicator is `derived` (one subject of a 分别 clause: only its quote is checked); year and
baseline_year are four-digit years, a baseline has a baseline_year.

Stdlib + PyYAML only, so a gold maker runs it with any python3:
    python3 tests/realworld/indicators/check_gold.py
Exit status 1 and one line per problem when something is wrong.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

sys.path.insert(0, str(ROOT))
from bench.splits import SPLITS  # noqa: E402  (stdlib only: the checker still needs only PyYAML)

GOLD = ROOT / "tests" / "gold" / "realworld" / "indicators"
KEYS = {
    "name",
    "target",
    "unit",
    "year",
    "baseline",
    "baseline_year",
    "quote",
    "name_parts",
    "derived",
}


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_document(entry: dict, problems: list[str]) -> None:
    doc = entry["id"]
    text_path = HERE / entry["file"]
    gold_path = GOLD / f"{doc}.yaml"
    if entry.get("split") not in SPLITS:
        problems.append(f"{doc}: split {entry.get('split')!r} is not one of {SPLITS}")
    if not text_path.exists():
        problems.append(f"{doc}: text file {entry['file']} missing")
        return
    if not gold_path.exists():
        problems.append(f"{doc}: gold {gold_path.relative_to(ROOT)} missing")
        return
    text = text_path.read_text(encoding="utf-8")
    flat = squeeze(text)
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    if gold.get("id") != doc:
        problems.append(f"{doc}: gold id is {gold.get('id')!r}")
    rows = gold.get("indicators") or []
    if gold.get("count") != len(rows):
        problems.append(f"{doc}: count {gold.get('count')} but {len(rows)} indicators")
    for row in rows:
        name = str(row.get("name", ""))
        where = f"{doc}: {name}"
        unknown = set(row) - KEYS
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        for key in ("name", "target", "quote", "year"):
            if key not in row:
                problems.append(f"{where}: no {key}")
        quote = str(row.get("quote", ""))
        if quote not in text:
            problems.append(f"{where}: quote not in text: {quote}")
        if not row.get("derived"):
            parts = row.get("name_parts") or [name]
            if "name_parts" in row and "".join(parts) != name:
                problems.append(f"{where}: name_parts do not make the name")
            for part in parts:
                if squeeze(str(part)) not in flat:
                    problems.append(f"{where}: name (part) not in text: {part}")
            for piece in str(row.get("target", "")).split():
                if squeeze(piece) not in flat:
                    problems.append(f"{where}: target not in text: {piece}")
        if "baseline" in row:
            if not isinstance(row.get("baseline_year"), int):
                problems.append(f"{where}: baseline without baseline_year")
            for piece in str(row["baseline"]).split():
                if squeeze(piece) not in flat:
                    problems.append(f"{where}: baseline not in text: {piece}")
        for key in ("year", "baseline_year"):
            if key in row and not (isinstance(row[key], int) and 1900 < row[key] < 2100):
                problems.append(f"{where}: {key} is not a year: {row[key]!r}")


def main(argv: list[str]) -> int:
    corpus = yaml.safe_load((HERE / "corpus.yaml").read_text(encoding="utf-8"))
    entries = corpus["documents"]
    problems: list[str] = []
    ids = [e["id"] for e in entries]
    for doc in {d for d in ids if ids.count(d) > 1}:
        problems.append(f"{doc}: id listed twice")
    wanted = set(argv)
    for entry in entries:
        if not wanted or entry["id"] in wanted:
            check_document(entry, problems)
    for line in problems:
        print(line)
    total = sum(
        len((yaml.safe_load((GOLD / f"{e['id']}.yaml").read_text(encoding="utf-8")) or {}).get("indicators") or [])
        for e in entries
        if (GOLD / f"{e['id']}.yaml").exists()
    )
    print(f"{len(entries)} documents, {total} indicators, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
