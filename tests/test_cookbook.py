"""docs/cookbook.md stays true: each query runs on both stores and gives the answer printed."""

from __future__ import annotations

import re

from plankg.graph import GraphStore
from tests.conftest import ROOT

COOKBOOK = (ROOT / "docs" / "cookbook.md").read_text(encoding="utf-8")
ENTRY = re.compile(r"## \d+\. (?P<q>[^\n]+)\n\n```cypher\n(?P<cypher>[^\n]+)\n```\n\n(?P<table>(?:\|[^\n]*\|\n)+)")
ENTRIES = [(m["q"], m["cypher"], m["table"]) for m in ENTRY.finditer(COOKBOOK)]


def _table(markdown: str) -> list[list[str]]:
    lines = [line for line in markdown.strip().splitlines() if not line.startswith("|---")]
    return [[cell.strip().replace("\\|", "|") for cell in line.strip("|").split(" | ")] for line in lines]


def test_the_cookbook_has_its_questions() -> None:
    assert len(ENTRIES) >= 8


def test_every_answer_is_what_the_query_returns(built: GraphStore) -> None:
    for question, cypher, table in ENTRIES:
        header, *expected = _table(table)
        rows = built.run(cypher)
        assert rows, question
        assert list(rows[0]) == header, question
        got = [[str(row[c]).replace("\n", " ")[:120] for c in header] for row in rows[: len(expected)]]
        assert got == expected, question
