"""Institution kinds, and the corrections of institution names made once all mentions of a
document are known (:func:`refine_institutions`; the rules in :mod:`plankg.loaders.rules.institutions`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from plankg.loaders.extract.names import _posseg, ending_of
from plankg.loaders.rules.institutions import (
    BUSINESS_KIND_END,
    BUSINESS_KIND_PROPER_TAGS,
    DUTY_DEPARTMENT,
    DUTY_DEPARTMENT_DUTY,
    DUTY_DEPARTMENT_HOST,
    DUTY_DEPARTMENT_MAX,
    DUTY_DEPARTMENT_NEXT,
    DUTY_DEPARTMENT_NOT,
    EACH_PLACE_BEFORE,
    OWN_AGENCY,
    OWN_AGENCY_PRONOUN,
    REPORTED_TO,
    ROLE_CLASS_WORDS,
    STANDING_CLASS,
)

if TYPE_CHECKING:  # mentions imports this module (institution_kind)
    from plankg.loaders.extract.mentions import Mention


def institution_kind(name: str) -> str:
    found = ending_of(name)
    return found[2] if found and found[1] == "institution" else "科研院所"


def refine_institutions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The document's mentions with institution names corrected: classes named by a role or by
    the places they are in dropped (ROLE_CLASS_WORDS, EACH_PLACE_BEFORE), and a bureau's department
    named by its duty written after it (DUTY_DEPARTMENT) named whole. Platforms are left as they
    are, except a platform read inside such a department's name ("…局数字平台建设处")."""
    out: list[Mention] = []
    for m in mentions:
        if m.category != "institution":
            out.append(m)
            continue
        if ROLE_CLASS_WORDS.search(m.name):
            continue
        if EACH_PLACE_BEFORE.search(text, max(0, m.start - 4), m.start):
            continue
        if STANDING_CLASS.search(m.name) or _business_kind(m.name):
            continue
        out.append(_after_reporting_verb(m))
    return _own_agencies(text, _duty_departments(text, out))


def _business_kind(name: str) -> bool:
    """A kind of business, no firm: "智慧旅游景区", "饭店" (BUSINESS_KIND_END without a proper word)."""
    if not BUSINESS_KIND_END.search(name):
        return False
    return not any(w.flag in BUSINESS_KIND_PROPER_TAGS for w in _posseg().cut(name))


def _after_reporting_verb(m: Mention) -> Mention:
    """ "定期报告联席会议" → 联席会议 (REPORTED_TO; the rest must still end like an institution)."""
    verbs = list(REPORTED_TO.finditer(m.name))
    if not verbs:
        return m
    cut = verbs[-1].end()
    rest = m.name[cut:]
    found = ending_of(rest)
    if len(rest) < 2 or found is None or found[1] != "institution" or not m.name.endswith(rest):
        return m
    return replace(m, name=rest, start=m.end - len(rest))


def _own_agencies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The agency after "我部", "本局"… (OWN_AGENCY), where no other name covers it."""
    from plankg.loaders.extract.mentions import Mention

    agencies = [(a.start("name"), a.end("name")) for a in OWN_AGENCY.finditer(text)]
    if not agencies:
        return mentions
    # a name read with its pronoun ("我部…研究所") is the agency's
    kept = [m for m in mentions if (m.start + OWN_AGENCY_PRONOUN, m.end) not in agencies]
    taken = [(m.start, m.end) for m in kept]
    found = [
        Mention(text[a:b], "institution", "科研院所", a, b)
        for a, b in agencies
        if not any(x < b and a < y for x, y in taken)
    ]
    return sorted([*kept, *found], key=lambda m: (m.start, m.end))


def _department_after(text: str, end: int) -> int:
    """The end of a department named by its duty right after a body ending at ``end``, or -1."""
    for stop in range(end + 3, min(len(text), end + DUTY_DEPARTMENT_MAX) + 1):
        sub = text[end:stop]
        if DUTY_DEPARTMENT.fullmatch(sub) is None or DUTY_DEPARTMENT_DUTY.search(sub) is None:
            continue
        if DUTY_DEPARTMENT_NOT.search(sub) or not DUTY_DEPARTMENT_NEXT.match(text, stop):
            continue
        return stop
    return -1


def _duty_departments(text: str, mentions: list[Mention]) -> list[Mention]:
    from plankg.loaders.extract.mentions import Mention

    hosts = {
        text[m.start : m.end]
        for m in mentions
        if m.category == "institution" and DUTY_DEPARTMENT_HOST.search(m.name) and m.end - m.start >= 3
    }
    found: list[Mention] = []
    for host in sorted(hosts):
        pos = text.find(host)
        while pos != -1:
            end = pos + len(host)
            stop = _department_after(text, end)
            if stop != -1:
                found.append(Mention(text[pos:stop], "institution", "政府部门", pos, stop))
            pos = text.find(host, end)
    if not found:
        return mentions
    spans = [(d.start, d.end) for d in found]
    kept = [m for m in mentions if not any(a < m.end and m.start < b for a, b in spans)]
    return sorted([*kept, *found], key=lambda m: (m.start, m.end))
