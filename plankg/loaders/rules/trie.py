"""One regex for a set of literal words, factored as a character trie."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def trie_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``words``, leftmost-longest, factored as a character trie
    ("医疗器械|医疗装备" → "医疗(?:器械|装备)"): Python's engine tries alternatives one by one,
    so the trie form finds hundreds of terms in a text about twice as fast."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 else branches[0]
        # Longer matches first: the branches are tried before the word may end here.
        return f"(?:{body})?" if "" in node else body

    return re.compile(build(trie))
