"""Task lineage (CONTINUES) against the hand-judged pairs in tests/gold/lineage.yaml.

Builds the plans in data/plans into a throw-away embedded store, reads the CONTINUES pairs
and prints precision (over produced pairs that were judged) and recall (over pairs judged to
be continuations), then the same at other score thresholds.

    python -m bench.eval_lineage
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plankg.graph.ladybug_store import LadybugStore  # noqa: E402
from plankg.lineage import similarity as lineage  # noqa: E402
from plankg.lineage.link import task_profiles  # noqa: E402
from plankg.loaders.extract.vocab import load_field_vocabulary  # noqa: E402
from plankg.pipeline import discover, read_plan, repair_indicators, write_all  # noqa: E402
from plankg.queries import registry  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "lineage.yaml"


def judged() -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    pairs = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["pairs"]
    yes = {(p["earlier"], p["later"]) for p in pairs if p["continues"]}
    no = {(p["earlier"], p["later"]) for p in pairs if not p["continues"]}
    return yes, no


def score(found: set[tuple[str, str]], yes: set[tuple[str, str]], no: set[tuple[str, str]]) -> tuple[float, float]:
    right, wrong = len(found & yes), len(found & no)
    precision = right / (right + wrong) if right + wrong else 0.0
    return precision, right / len(yes) if yes else 0.0


def main() -> None:
    yes, no = judged()
    vocabulary = load_field_vocabulary()
    loaded = [read_plan(source, vocabulary) for source in discover([ROOT / "data" / "plans"])]
    repair_indicators(loaded)
    with tempfile.TemporaryDirectory() as tmp:
        store = LadybugStore(Path(tmp) / "graph")
        write_all(store, loaded)
        rows = store.run("MATCH (a:Task)-[:CONTINUES]->(b:Task) RETURN b.id AS earlier, a.id AS later")
        found = {(r["earlier"], r["later"]) for r in rows}
        precision, recall = score(found, yes, no)
        unjudged = len(found - yes - no)
        print(f"CONTINUES pairs: {len(found)} ({unjudged} not judged)")
        print(f"precision {precision:.3f}  recall {recall:.3f}  (judged: {len(yes)} yes, {len(no)} no)")
        print("\nthreshold sweep (same profiles, other MIN_SCORE):")
        print(f"{'min_score':>9} {'pairs':>6} {'P':>6} {'R':>6} {'unjudged':>9}")
        successions = registry.PLAN_SUCCESSIONS.run(store)
        profiles = [(task_profiles(store, s["later"]), task_profiles(store, s["earlier"])) for s in successions]
        original = lineage.MIN_SCORE
        for threshold in (0.15, 0.2, 0.25, 0.3, 0.35):
            lineage.MIN_SCORE = threshold
            pairs = {(c.earlier, c.later) for later, earlier in profiles for c in lineage.continuations(later, earlier)}
            p, r = score(pairs, yes, no)
            print(f"{threshold:>9.2f} {len(pairs):>6d} {p:>6.3f} {r:>6.3f} {len(pairs - yes - no):>9d}")
        lineage.MIN_SCORE = original
        store.close()


if __name__ == "__main__":
    main()
