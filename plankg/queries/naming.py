"""What a person calls a node, in every table, lookup message and export.

One function read by the registry (a lookup's "give an id" list), lineage reports and every export writer; it lives
below them all so none of them imports another's module to name a node.
"""

from __future__ import annotations

from typing import Any


def display_name(node: dict[str, Any]) -> str:
    """What a person calls a node: its name, else its title, else (a Clause, which has no title) its number and
    opening words, else its id."""
    if "Clause" in (node.get("label"), node.get("_label")) and node.get("text"):
        # Imported here, for clauses only: the clause rules compile a dozen patterns on import (3.5 ms of a lookup's
        # start-up; `tests/test_lookup_imports.py`), and most lookups name no clause.
        from plankg.lineage.clauses import opening

        return " ".join(filter(None, (str(node.get("number") or ""), opening(str(node["text"])))))
    return str(node.get("name") or node.get("title") or node.get("id") or "")
