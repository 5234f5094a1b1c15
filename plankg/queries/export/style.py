"""How the pictures (html, svg, png) draw a subgraph: one colour per node label, short captions."""

from __future__ import annotations

from typing import Any

from plankg.queries.naming import display_name

# One colour per label (Tableau 10, which reads apart in print and for most colour-blind readers).
LABEL_COLOURS = {
    "Plan": "#4e79a7",
    "Section": "#76b7b2",
    "Task": "#f28e2b",
    "Clause": "#edc948",
    "Indicator": "#b07aa1",
    "Platform": "#e15759",
    "Institution": "#9c755f",
    "Field": "#59a14f",
}
OTHER_COLOUR = "#bab0ac"
# Captions longer than this are cut with "…" (task titles run to 40 characters; the full title is
# in the details panel of the HTML page and in every other format).
CAPTION_LENGTH = 14


def colour(label: str) -> str:
    return LABEL_COLOURS.get(label, OTHER_COLOUR)


def caption(node: dict[str, Any], length: int = CAPTION_LENGTH) -> str:
    text = " ".join(display_name(node).split())
    return text if len(text) <= length else text[: length - 1] + "…"
