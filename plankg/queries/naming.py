"""What a person calls a node, in every table, lookup message and export.

One function read by the registry (a lookup's "give an id" list), lineage reports and every export writer; it lives
below them all so none of them imports another's module to name a node.
"""

from __future__ import annotations

from typing import Any

from plankg.lineage.clauses import opening


def display_name(node: dict[str, Any]) -> str:
    """What a person calls a node: its name, else its title, else (a Clause, which has no title) its number and
    opening words, else its id."""
    if "Clause" in (node.get("label"), node.get("_label")) and node.get("text"):
        return " ".join(filter(None, (str(node.get("number") or ""), opening(str(node["text"])))))
    return str(node.get("name") or node.get("title") or node.get("id") or "")
