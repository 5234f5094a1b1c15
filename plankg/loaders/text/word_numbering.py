"""Numbering that Word itself writes in front of paragraphs (automatic lists and numbered
headings: "一、", "（一）", "1.", "①"): it is not in a paragraph's text, so python-docx does not
return it. Rendered here from the document's numbering definitions (numbering.xml), so that a
plan whose headings Word numbers reads like one whose numbers were typed in."""

from __future__ import annotations

from typing import Any

from plankg.loaders.rules.structure import int_to_cn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(element: Any, tag: str) -> str | None:
    found = element.find(f"{W}{tag}") if element is not None else None
    return found.get(f"{W}val") if found is not None else None


def format_number(value: int, fmt: str) -> str | None:
    """A counter in one of Word's number formats; None for a bullet."""
    if fmt in ("bullet", "none"):
        return None
    if fmt.startswith("chinese") or fmt.startswith("ideograph") or fmt in ("japaneseCounting", "taiwaneseCounting"):
        return int_to_cn(value)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + value - 1) if 1 <= value <= 20 else str(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    return str(value)  # decimal and anything unknown


class WordNumbering:
    """Counters over a document's paragraphs, in order: ``label(paragraph)`` gives the marker
    Word shows before it ("" for an unnumbered paragraph or a bullet)."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → ilvl → (start, fmt, text)
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, dict[int, int]] = {}  # per abstract numbering
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for definition in root.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in definition.findall(f"{W}lvl"):
                levels[int(lvl.get(f"{W}ilvl", "0"))] = (
                    int(_val(lvl, "start") or "1"),
                    _val(lvl, "numFmt") or "decimal",
                    _val(lvl, "lvlText") or "",
                )
            abstract[definition.get(f"{W}abstractNumId", "")] = levels
        for num in root.findall(f"{W}num"):
            num_id = num.get(f"{W}numId", "")
            abstract_id = _val(num, "abstractNumId") or ""
            self.abstract_of[num_id] = abstract_id
            self.levels[num_id] = dict(abstract.get(abstract_id, {}))

    def _num_pr(self, paragraph: Any) -> tuple[str, int] | None:
        for source in (paragraph._p.pPr, getattr(paragraph.style, "element", None)):
            ppr = source if source is not None and source.tag == f"{W}pPr" else None
            if ppr is None and source is not None:
                ppr = source.find(f"{W}pPr")
            num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
            if num_pr is not None:
                num_id = _val(num_pr, "numId")
                if num_id and num_id != "0":
                    return num_id, int(_val(num_pr, "ilvl") or "0")
        return None

    def label(self, paragraph: Any) -> str:
        found = self._num_pr(paragraph)
        if found is None or found[0] not in self.levels:
            return ""
        num_id, ilvl = found
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(self.abstract_of.get(num_id, num_id), {})
        start = levels[ilvl][0]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a deeper level restarts under a new parent
        text = levels[ilvl][2]
        for level in range(ilvl + 1):
            if f"%{level + 1}" in text:
                lvl_start, fmt, _ = levels.get(level, (1, "decimal", ""))
                number = format_number(counters.get(level, lvl_start), fmt)
                if number is None:
                    return ""
                text = text.replace(f"%{level + 1}", number)
        if levels[ilvl][1] == "bullet":
            return ""
        return text
