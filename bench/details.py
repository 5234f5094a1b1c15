"""How every eval script lists what it scored (--details): one line per item, tagged and aligned.

A tag says what the item is (FN a gold item plankg missed, FP an item plankg found that the gold does
not have, KIND/TGT an item matched with the wrong kind or target), the label says where it is:
``FN nat-voc-edu-2019               （三）深化产教融合``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def print_details(label: str, tagged: Sequence[tuple[str, Iterable[str]]], width: int) -> None:
    """Print each item of each (tag, items) pair after ``tag label``, padded to ``width`` columns."""
    for tag, items in tagged:
        for item in items:
            print(f"{tag} {label}".ljust(width) + item)
