"""Institution kinds."""

from __future__ import annotations

from plankg.loaders.extract.names import ending_of


def institution_kind(name: str) -> str:
    found = ending_of(name)
    return found[2] if found and found[1] == "institution" else "科研院所"
