"""Platform kinds and counted classes of platforms."""

from __future__ import annotations

import re

from plankg.loaders.extract.names import ending_of, normalise_name
from plankg.loaders.extract.places import PLACE_RE
from plankg.loaders.rules.names import (
    ANCHOR,
    COUNTED_NAME,
    COUNTED_RUN,
    COUNTED_SPOT,
    DEFINED_TERM,
    DEFINED_TERM_INFIX_MAX,
    DISTRIBUTED_BUILD,
    INSPECTED_SITE_LIST,
    INSPECTED_SITE_SEPARATOR,
    INSPECTED_SITE_SIBLINGS,
    OWN_NAME_MARK,
    PLACES_BUILD,
    PLACES_BUILD_REACH,
    ROOM_INVENTORY_LIST,
    ROOM_INVENTORY_MIN,
    ROOM_INVENTORY_RUN,
    ROOM_INVENTORY_SPOT,
)
from plankg.loaders.rules.runs import finditer_in_runs


def platform_kind(name: str) -> str:
    """Kind of a platform name, also for names without a regular ending (list items)."""
    found = ending_of(name)
    if found and found[1] == "platform":
        return found[2]
    if found and found[0] == "研究院":
        return "研究院"
    for suffix, kind in (
        ("平台", "平台"),
        ("中心", "中心"),
        ("设施", "科学设施"),
        ("装置", "科学设施"),
        ("光源", "科学设施"),
        ("库", "资源库"),
        ("园", "科技园"),
    ):
        if name.endswith(suffix):
            return kind
    return "其他"


def counted_classes(text: str) -> set[str]:
    """Platform names the text counts ("7个火炬特色产业基地", "汽车企业研发中心65家"): a counted
    name is a class, wherever else it appears. Not where a verb (ANCHOR) follows the counted word:
    "吸引95家企业入驻…孵化基地" counts the firms."""
    out: set[str] = set()
    for m in finditer_in_runs(COUNTED_NAME, COUNTED_RUN, COUNTED_SPOT, text):
        name = normalise_name(m.group("name") or m.group("before"))
        verb = ANCHOR.search(name)
        if verb is not None and verb.start() > 0:
            continue  # "95家左右企业入驻…孵化基地": the count counts the firms before the verb
        found = ending_of(name)
        if found is not None and found[1] == "platform":
            out.add(name)
    return out


def defined_terms(text: str) -> list[tuple[str, str]]:
    """(head, ending) of the platform-like terms the rules define (DEFINED_TERM): "本办法所称实训示范
    基地，是指…" → ("实训示范", "基地")."""
    out: list[tuple[str, str]] = []
    for m in DEFINED_TERM.finditer(text):
        term = m.group("term")
        found = ending_of(term)
        if found is not None and found[1] == "platform" and len(term) > len(found[0]):
            out.append((term[: -len(found[0])], found[0]))
    return out


def is_defined_term(name: str, terms: list[tuple[str, str]]) -> bool:
    """Whether a platform name is a defined designation, with a place or a tier word around it."""
    for head, ending in terms:
        if not name.endswith(ending):
            continue
        rest = name[: -len(ending)]
        at = rest.rfind(head)
        if at >= 0 and len(rest) - at - len(head) <= DEFINED_TERM_INFIX_MAX:
            return True
    return False


# How far before a name DISTRIBUTED_BUILD may end: "均已建立了" and a quote mark.
DISTRIBUTED_BUILD_REACH = 8


def distributed_classes(text: str, names: list[tuple[str, int]]) -> set[str]:
    """Platform names (name, start) that a plural subject built one apiece (DISTRIBUTED_BUILD: "各省
    均建立了…信息公开平台"), without a mark of a name of their own: classes, wherever else they appear."""
    out: set[str] = set()
    for name, start in names:
        if OWN_NAME_MARK.search(name) or PLACE_RE.search(name):
            continue
        before = text[max(0, start - DISTRIBUTED_BUILD_REACH) : start].rstrip("“")
        if DISTRIBUTED_BUILD.pattern.search(before):
            out.add(name)
        elif PLACES_BUILD.search(text[max(0, start - PLACES_BUILD_REACH) : start].rstrip("“")):
            out.add(name)  # "北京、西藏新建移动执法平台": one in each province (PLACES_BUILD)
    return out


def inspected_sites(text: str) -> set[str]:
    """The items of the lists of rooms and works an inspection visited (INSPECTED_SITE_LIST): "对…、环境实验室、…等
    进行了现场查勘" → 环境实验室, a room of the plant wherever the letter names it."""
    from plankg.loaders.extract.names import _no_proper_word, strip_leading_verbs

    out: set[str] = set()
    for m in INSPECTED_SITE_LIST.finditer(text):
        out.update(normalise_name(item) for item in INSPECTED_SITE_SEPARATOR.split(m.group("items")) if item)
    for site in sorted(out):
        found = ending_of(site)
        if found is None or found[1] != "platform" or len(site) <= len(found[0]):
            continue
        for sib in (m for p in INSPECTED_SITE_SIBLINGS for m in re.finditer(p.format(site=re.escape(site)), text)):
            item = normalise_name(strip_leading_verbs(sib.group("item")))
            if item.endswith(found[0]) and len(item) > len(found[0]) and _no_proper_word(item[: -len(found[0])]):
                out.add(item)  # "建立了环境监测系统、环境实验室和放射性流出物实验室" (INSPECTED_SITE_SIBLINGS)
    return out


def is_inspected_site(name: str, sites: set[str]) -> bool:
    """A platform name that is an inspected room, or the end of one ("示范工程主控室" → 主控室)."""
    return any(site.endswith(name) for site in sites)


def inventory_rooms(text: str) -> set[str]:
    """The items of a long list closed by 等 and a kind with the items' ending (ROOM_INVENTORY_LIST) that have no place
    or proper word: "建有…物理竞赛实验室、…、3D打印创新实验室等创新实验室" → rooms of the kind, wherever named."""
    from plankg.loaders.extract.names import _no_proper_word, strip_leading_verbs

    out: set[str] = set()
    for m in finditer_in_runs(
        ROOM_INVENTORY_LIST, ROOM_INVENTORY_RUN, ROOM_INVENTORY_SPOT, text
    ):  # ROOM_INVENTORY_IN_RUNS
        found = ending_of(m.group("kind"))
        if found is None or found[1] != "platform":
            continue
        items = [normalise_name(strip_leading_verbs(item)) for item in m.group("items").split("、")]
        same = [item for item in items if item.endswith(found[0]) and len(item) > len(found[0])]
        if len(same) < ROOM_INVENTORY_MIN:
            continue
        out.update(item for item in same if _no_proper_word(item[: -len(found[0])]))
    return out
