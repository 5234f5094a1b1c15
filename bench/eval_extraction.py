"""Precision, recall and F1 of entity extraction against tests/gold/entities.yaml.

    python -m bench.eval_extraction [--gold PATH] [--plans DIR] [--details]

For each gold section (plan id + title) the extracted entities are those whose MENTIONS or
BUILDS evidence starts inside the section (platforms, institutions) and the fields the section,
its sub-sections and its tasks are IN_FIELD. SUPPORTS pairs are judged per plan: an extracted
(platform, field) pair counts when its platform is mentioned in one of the gold sections.
`must` entries are the expected ones, `may` entries are not counted either way, and anything
else extracted is a false positive. Micro-averaged over sections, per entity type; printed for
all sections, for those the rules were developed on, and per held-out round (`heldout: 1`/`2`:
sections written from the text alone before the extractor was run on them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from plankg.schema import PlanDocument, Section

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "entities.yaml"
PLANS = ROOT / "data" / "plans"
TYPES = ("platform", "institution", "field", "supports")
# The gold file's key for each type.
GOLD_KEYS = {
    "platform": "platforms",
    "institution": "institutions",
    "field": "fields",
    "supports": "supports",
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, where: str, got: set[str], must: set[str], may: set[str]) -> None:
        hits = got & must
        wrong = got - must - may
        missed = must - got
        self.tp += len(hits)
        self.fp += len(wrong)
        self.fn += len(missed)
        self.false_positives += [f"{where}: {x}" for x in sorted(wrong)]
        self.misses += [f"{where}: {x}" for x in sorted(missed)]


def find_section(doc: PlanDocument, title: str) -> Section:
    candidates = [s for s in doc.sections if s.title == title]
    if not candidates:
        raise KeyError(f"{doc.plan.id}: no section titled {title}")
    return max(candidates, key=lambda s: s.end - s.start)


def _names(entries: Iterable[Mapping[str, Any]] | None, key: str = "name") -> set[str]:
    return {str(e[key]) for e in entries or []}


def _pairs(entries: Iterable[Mapping[str, Any]] | None) -> set[str]:
    return {f"{e['platform']} -> {e['field']}" for e in entries or []}


def _strip(prefixed: str) -> str:
    return prefixed.split(":", 1)[1]


def extracted(doc: PlanDocument, section: Section) -> dict[str, set[str]]:
    """Per type, the names extracted for one section."""
    inside = [e for e in [*doc.mentions, *doc.builds] if section.start <= e.start < section.end]
    sources = {section.id}
    sources |= {s.id for s in doc.sections if section.start <= s.start and s.end <= section.end}
    sources |= {t.id for t in doc.tasks if section.start <= t.start and t.end <= section.end}
    return {
        "platform": {_strip(e.target_id) for e in inside if e.target_id.startswith("platform:")},
        "institution": {_strip(e.target_id) for e in inside if e.target_id.startswith("institution:")},
        "field": {_strip(e.target_id) for e in doc.in_field if e.source_id in sources},
    }


def score(gold: Mapping[str, Any], documents: Mapping[str, PlanDocument]) -> dict[str, Score]:
    scores = {t: Score() for t in TYPES}
    supports_gold: dict[str, dict[str, set[str]]] = {}
    mentioned: dict[str, set[str]] = {}
    for entry in gold["sections"]:
        doc = documents[entry["plan"]]
        section = find_section(doc, entry["section"])
        where = f"{entry['plan']} {entry['section']}"
        got = extracted(doc, section)
        for kind in ("platform", "institution", "field"):
            spec = entry.get(GOLD_KEYS[kind]) or {}
            scores[kind].add(where, got[kind], _names(spec.get("must")), _names(spec.get("may")))
        spec = entry.get("supports") or {}
        plan_gold = supports_gold.setdefault(entry["plan"], {"must": set(), "may": set()})
        plan_gold["must"] |= _pairs(spec.get("must"))
        plan_gold["may"] |= _pairs(spec.get("may"))
        mentioned.setdefault(entry["plan"], set()).update(got["platform"])
    for plan, spec in supports_gold.items():
        doc = documents[plan]
        got = {
            f"{_strip(e.source_id)} -> {_strip(e.target_id)}"
            for e in doc.supports
            if _strip(e.source_id) in mentioned[plan]
        }
        scores["supports"].add(plan, got, spec["must"], spec["may"] - spec["must"])
    return scores


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


def table(scores: Mapping[str, Score]) -> str:
    lines = [f"{'type':<12}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for kind in TYPES:
        s = scores[kind]
        lines.append(f"{kind:<12}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    return "\n".join(lines)


def _round(entry: Mapping[str, Any]) -> int:
    """0 for sections the rules were developed on; n for the n-th held-out round."""
    return int(entry.get("heldout", False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--plans", type=Path, default=PLANS)
    parser.add_argument("--details", action="store_true", help="list false positives and misses")
    args = parser.parse_args(argv)
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    documents = load_documents(args.plans, {entry["plan"] for entry in gold["sections"]})
    rounds = (
        ("all sections", None),
        ("developed on", 0),
        ("held out, round 1", 1),
        ("held out, round 2", 2),
    )
    for label, held in rounds:
        sections = [e for e in gold["sections"] if held is None or _round(e) == held]
        if not sections:
            continue
        scores = score({"sections": sections}, documents)
        print(f"{label} ({len(sections)} sections)")
        print(table(scores))
        print()
        if args.details and held is None:
            for kind in TYPES:
                for line in scores[kind].false_positives:
                    print(f"FP {kind:<12}{line}")
                for line in scores[kind].misses:
                    print(f"FN {kind:<12}{line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
