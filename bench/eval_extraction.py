"""Precision, recall and F1 of entity extraction against hand-checked gold.

    python -m bench.eval_extraction [--gold PATH] [--plans DIR] [--details] [--split dev|heldout]

Two gold sets, reported separately:

1. tests/gold/entities.yaml — sections of the Shanghai plans in data/plans, the set the rules
   were written on (and two held-out rounds of sections, `heldout: 1`/`2`, written from the text
   alone before the extractor was run on them). Per entity type: platform, institution, field,
   SUPPORTS.
2. tests/realworld/extract — real plan excerpts from other sources (environment, health,
   transport, digital economy, other provinces…), one gold file per document under
   tests/gold/realworld/entities/, each document in the `dev` or the `heldout` split
   (tests/realworld/extract/corpus.yaml). Platforms and institutions of the whole document. Only
   `--split dev` is for development; `--split heldout` is run once, by the lead, at the end.
   Also reported: the development texts of tests/realworld/extract-dev (gold under its gold/).

The scoring rules are in :mod:`plankg.loaders.extract.scoring`.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.details import print_details  # noqa: E402
from bench.splits import SPLITS, refuse_details_on_fresh  # noqa: E402
from plankg.loaders.extract.scoring import TYPES, Score, corpus_split, score, score_documents, table  # noqa: E402
from plankg.schema import PlanDocument  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "entities.yaml"
PLANS = ROOT / "data" / "plans"
REALWORLD = ROOT / "tests" / "realworld" / "extract"
REALWORLD_GOLD = ROOT / "tests" / "gold" / "realworld" / "entities"
DEV_TEXTS = ROOT / "tests" / "realworld" / "extract-dev"


def load_documents(plans_dir: Path = PLANS, plan_ids: Iterable[str] | None = None) -> dict[str, PlanDocument]:
    """The manifest's plans as `plankg build` reads them (segmented, entities extracted)."""
    from plankg.loaders.extract.vocab import load_field_vocabulary
    from plankg.pipeline import discover, read_plan, repair_indicators

    vocab = load_field_vocabulary()
    loaded = [read_plan(source, vocab) for source in discover([plans_dir])]
    repair_indicators(loaded)
    wanted = set(plan_ids) if plan_ids is not None else None
    return {
        item.document.plan.id: item.document for item in loaded if wanted is None or item.document.plan.id in wanted
    }


def analyse_text(path: Path, doc_id: str) -> PlanDocument:
    """A text file read as `plankg build` reads a plan without a manifest entry."""
    from plankg.loaders.extract.vocab import load_field_vocabulary
    from plankg.loaders.text.read import decode, guess_meta
    from plankg.pipeline import analyse

    data = path.read_bytes()
    text = decode(data, str(path))
    meta = guess_meta(text, doc_id, hashlib.sha256(data).hexdigest())
    return analyse(text, meta.model_copy(update={"id": doc_id}), load_field_vocabulary())


def realworld(
    split: str,
    texts: Path = REALWORLD / "texts",
    gold_dir: Path = REALWORLD_GOLD,
    corpus: Path = REALWORLD / "corpus.yaml",
) -> tuple[dict[str, Mapping[str, Any]], dict[str, PlanDocument]]:
    """Gold and extracted documents of one split of the realworld set (only that split is read)."""
    if not corpus.is_file():
        return {}, {}
    splits = corpus_split(yaml.safe_load(corpus.read_text(encoding="utf-8")))
    ids = sorted(doc_id for doc_id, s in splits.items() if s == split)
    golds = {i: yaml.safe_load((gold_dir / f"{i}.yaml").read_text(encoding="utf-8")) for i in ids}
    documents = {i: analyse_text(texts / f"{i}.txt", i) for i in ids}
    return golds, documents


def dev_texts(directory: Path = DEV_TEXTS) -> tuple[dict[str, Mapping[str, Any]], dict[str, PlanDocument]]:
    """The development texts with gold under ``directory/gold``."""
    golds: dict[str, Mapping[str, Any]] = {}
    documents: dict[str, PlanDocument] = {}
    for gold_path in sorted((directory / "gold").glob("*.yaml")):
        doc_id = gold_path.stem
        golds[doc_id] = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        documents[doc_id] = analyse_text(directory / f"{doc_id}.txt", doc_id)
    return golds, documents


def _round(entry: Mapping[str, Any]) -> int:
    """0 for sections the rules were developed on; n for the n-th held-out round."""
    return int(entry.get("heldout", False))


def _details(scores: Mapping[str, Score]) -> None:
    for kind, s in scores.items():
        print_details(kind, [("FP", s.false_positives), ("FN", s.misses)], width=15)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--plans", type=Path, default=PLANS)
    parser.add_argument("--details", action="store_true", help="list false positives and misses")
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default="dev",
        help="realworld split (a fresh held-out round: the lead, once, at the end)",
    )
    args = parser.parse_args(argv)
    refuse_details_on_fresh(parser, args.split, args.details)
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    documents = load_documents(args.plans, {entry["plan"] for entry in gold["sections"]})
    rounds = (("all sections", None), ("developed on", 0), ("held out, round 1", 1), ("held out, round 2", 2))
    print("== tests/gold/entities.yaml (Shanghai plans; the rules were written on these)")
    for label, held in rounds:
        sections = [e for e in gold["sections"] if held is None or _round(e) == held]
        if not sections:
            continue
        scores = score({"sections": sections}, documents)
        print(f"{label} ({len(sections)} sections)")
        print(table({k: scores[k] for k in TYPES}))
        print()
        if args.details and held is None:
            _details(scores)
    golds, docs = realworld(args.split)
    print(f"== realworld, split {args.split} ({len(golds)} documents)")
    if golds:
        scores = score_documents(golds, docs)
        print(table(scores))
        if args.details:
            _details(scores)
    print()
    golds, docs = dev_texts()
    print(f"== tests/realworld/extract-dev ({len(golds)} documents)")
    if golds:
        scores = score_documents(golds, docs)
        print(table(scores))
        if args.details:
            _details(scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
