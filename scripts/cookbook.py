"""Regenerate docs/cookbook.md from docs/cookbook_queries.yaml and a built graph.

    plankg build --store .plankg/demo && python scripts/cookbook.py .plankg/demo

tests/test_cookbook.py checks the result on both stores, so a stale cookbook fails the suite.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plankg.graph.ladybug_store import LadybugStore  # noqa: E402

HEADER = """# Cypher cookbook

Researchers' questions against the graph of the five Shanghai plans in `data/plans`, each with its
Cypher and the real answer (`make demo` builds this graph; run a query with `plankg cypher "…"`).
Every query here runs unchanged on LadybugDB and Neo4j: `tests/test_cookbook.py` runs each on both
stores and checks they agree. Note LadybugDB reserves `start`/`end`: write them in backticks.
"""
MAX_ROWS = 12
MAX_CELL = 120


def cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")[:MAX_CELL]


def main(store_path: str) -> None:
    store = LadybugStore(Path(store_path), read_only=True)
    items = yaml.safe_load((ROOT / "docs" / "cookbook_queries.yaml").read_text(encoding="utf-8"))
    out = [HEADER]
    for number, item in enumerate(items, start=1):
        rows = store.run(item["cypher"])
        if not rows:
            sys.exit(f"cookbook: question {number} has no answer: {item['q']}")
        columns = list(rows[0])
        out += [f"## {number}. {item['q']}", "", "```cypher", item["cypher"], "```", ""]
        out.append("| " + " | ".join(columns) + " |")
        out.append("|" + "---|" * len(columns))
        out += ["| " + " | ".join(cell(row[c]) for c in columns) + " |" for row in rows[:MAX_ROWS]]
        if len(rows) > MAX_ROWS:
            out.append(f"\n… {len(rows) - MAX_ROWS} more rows")
        out.append("")
    (ROOT / "docs" / "cookbook.md").write_text("\n".join(out), encoding="utf-8")
    store.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".plankg/demo")
