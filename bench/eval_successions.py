"""Successions inferred without a manifest over the repository's real texts, scored against hand-judged pairs.

    python -m bench.eval_successions [--details]

Reads every text of the scored splits (tests/realworld/corpus.yaml by split, and the lineage folders'
corpus lists, whose split is not fresh), infers ``(Plan)-[:FOLLOWS]->(Plan)`` from their metadata and
texts as ``plankg build`` does without a manifest, and compares with tests/gold/successions_inferred.yaml
(a true succession: a later edition of the same line of work). Prints the successions inferred, how many
the gold judges true and false, how many are not judged yet, and how many true ones were missed.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.splits import FRESH
from plankg.lineage.succession import PlanInfo, Succession, infer_successions
from plankg.loaders.text.read import guess_meta
from plankg.pipeline import read_text

REALWORLD = Path("tests/realworld")
GOLD = Path("tests/gold/successions_inferred.yaml")


def scored_files() -> list[Path]:
    """The texts of the scored rounds, picked by split from the corpus lists (never a fresh round's)."""
    files = [
        REALWORLD / "texts" / d["file"]
        for d in yaml.safe_load((REALWORLD / "corpus.yaml").read_text())["documents"]
        if d.get("split") and d["split"] not in FRESH
    ]
    # a fresh round's lineage folder (lineage11 for heldout11) is not opened at all
    fresh_folders = {"lineage" + split.removeprefix("heldout") for split in FRESH}
    for corpus in sorted(REALWORLD.glob("lineage*/corpus.yaml")):
        if corpus.parent.name in fresh_folders:
            continue
        documents = yaml.safe_load(corpus.read_text())["documents"]
        files += [corpus.parent / "plans" / d["file"] for d in documents if d.get("split") not in FRESH]
    return [f for f in files if f.exists()]


@dataclass
class Judged:
    """The successions inferred over the scored texts, sorted by the gold's verdict."""

    found: list[Succession]
    true: list[tuple[str, str]]
    false: list[tuple[str, str]]
    unjudged: list[tuple[str, str]]
    missed: list[tuple[str, str]]
    gold: dict[tuple[str, str], bool]
    texts: int


def judge() -> Judged:
    plans: dict[str, PlanInfo] = {}
    texts: dict[str, str] = {}
    for path in scored_files():
        text, sha = read_text(path)
        meta = guess_meta(text, path.stem, sha)
        if meta.id not in plans:
            plans[meta.id] = PlanInfo.from_row(meta.model_dump())
            texts[meta.id] = text
    found = [
        s for s in infer_successions(plans.values(), lambda ids: {i: texts[i] for i in ids}) if s.method == "inferred"
    ]
    gold = {(p["later"], p["earlier"]): p["succession"] for p in yaml.safe_load(GOLD.read_text())["pairs"]}
    inferred = {(s.later, s.earlier) for s in found}
    return Judged(
        found=found,
        true=sorted(pair for pair in inferred if gold.get(pair) is True),
        false=sorted(pair for pair in inferred if gold.get(pair) is False),
        unjudged=sorted(pair for pair in inferred if pair not in gold),
        missed=sorted(pair for pair, ok in gold.items() if ok and pair not in inferred),
        gold=gold,
        texts=len(plans),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every inferred, false and missed pair")
    args = parser.parse_args()
    judged = judge()
    if args.details:
        for s in judged.found:
            verdict = {True: "true", False: "FALSE"}.get(judged.gold.get((s.later, s.earlier)), "unjudged")  # type: ignore[arg-type]
            print(f"  {verdict:8s} {s.later} -> {s.earlier} | {s.reason}")
        for pair in judged.missed:
            print(f"  missed   {pair[0]} -> {pair[1]}")
    inferred = len({(s.later, s.earlier) for s in judged.found})
    print(f"texts {judged.texts}; successions inferred {inferred}")
    print(
        f"true {len(judged.true)} false {len(judged.false)} unjudged {len(judged.unjudged)} "
        f"missed {len(judged.missed)} of {sum(judged.gold.values())}"
    )


if __name__ == "__main__":
    main()
