"""What the extraction rule tests share: the names found in a clause in the ways the rules were
written against, and the platforms and institutions of a whole analysed text."""

from __future__ import annotations

from plankg.loaders.extract import entities as ent
from plankg.loaders.extract.mentions import enumerated_institutions, listed_mentions
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.pipeline import analyse
from plankg.schema import PlanMeta


def framed(text: str) -> list[tuple[str, str]]:
    """Framed mentions as (name, category), in text order; each span is the name as printed."""
    found = ent.apply_frames(text, ent.find_mentions(text))
    for m in found:
        assert text[m.start : m.end] == m.name
    return [(m.name, m.category) for m in found]


def framed_kinds(text: str) -> list[tuple[str, str, str]]:
    """Framed mentions as (name, category, kind), in text order; each span is the name as printed."""
    found = ent.apply_frames(text, ent.find_mentions(text))
    for m in found:
        assert text[m.start : m.end] == m.name
    return [(m.name, m.category, m.kind) for m in found]


def all_names(text: str) -> list[tuple[str, str]]:
    """Framed, listed and enumerated mentions as a sorted set of (name, category)."""
    found = ent.apply_frames(text, ent.find_mentions(text)) + listed_mentions(text) + enumerated_institutions(text)
    return sorted({(m.name, m.category) for m in found})


def document(text: str) -> tuple[set[str], set[str]]:
    """The platforms and institutions of the text analysed as a whole plan."""
    doc = analyse(text, PlanMeta(id="t", title="t"), load_field_vocabulary())
    return {p.name for p in doc.platforms}, {i.name for i in doc.institutions}


def linked(text: str) -> set[str]:
    """The institutions of the text analysed as a whole plan."""
    return document(text)[1]
