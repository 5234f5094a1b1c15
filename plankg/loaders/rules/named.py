"""The shape every pattern rule shares: a name, the pattern, why it holds, and an example it must
match (the tests check each example against its pattern)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class NamedPattern:
    name: str
    pattern: re.Pattern[str]
    reason: str
    example: str
