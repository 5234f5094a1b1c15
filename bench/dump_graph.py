"""Dump every node and relationship of a store (all properties, sorted), or the analysed
documents of a folder of plans, to compare a build before and after a speed change.

```
.venv/bin/python -m bench.dump_graph store PATH > before.jsonl     # a built embedded store
.venv/bin/python -m bench.dump_graph documents FOLDER > docs.jsonl  # read_plan of every plan, one process
cmp before.jsonl after.jsonl
```

The store dump is one JSON line per node (label, properties) and per relationship (type, the
labels and ids of both ends, properties), sorted; a speed change must leave it byte-identical.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _line(item: dict[str, Any]) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True, default=str)


def dump_store(path: Path) -> list[str]:
    from plankg.graph.ladybug_store import LadybugStore
    from plankg.graph.model import NODE_PROPERTIES, RELATIONSHIPS

    store = LadybugStore(path, read_only=True)
    lines: list[str] = []
    try:
        for label, props in NODE_PROPERTIES.items():
            columns = ", ".join(f"n.`{p}` AS `{p}`" for p in props)
            for row in store.run(f"MATCH (n:{label}) RETURN {columns}"):
                lines.append(_line({"label": label, **row}))
        for rel_type, (ends, props) in RELATIONSHIPS.items():
            for source, target in ends:
                columns = "".join(f", r.`{p}` AS `{p}`" for p in props)
                pattern = f"(a:{source})-[r:{rel_type}]->(b:{target})"
                cypher = f"MATCH {pattern} RETURN a.id AS source, b.id AS target{columns}"
                for row in store.run(cypher):
                    lines.append(_line({"type": rel_type, "from": source, "to": target, **row}))
    finally:
        store.close()
    return sorted(lines)


def dump_documents(folder: Path) -> list[str]:
    from plankg.loaders.extract.entities import add_user_words
    from plankg.loaders.extract.vocab import load_field_vocabulary
    from plankg.pipeline import discover_with_skips, read_plan

    vocabulary = load_field_vocabulary()
    add_user_words(vocabulary.jieba_user_words())  # as a build's workers do
    sources, _ = discover_with_skips([folder])
    return [
        _line({"source": source.path.name, **read_plan(source, vocabulary).document.model_dump(mode="json")})
        for source in sources
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["store", "documents"])
    parser.add_argument("path", type=Path)
    args = parser.parse_args(argv)
    lines = dump_store(args.path) if args.what == "store" else dump_documents(args.path)
    sys.stdout.write("".join(line + "\n" for line in lines))


if __name__ == "__main__":
    main()
