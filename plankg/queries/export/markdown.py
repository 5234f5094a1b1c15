"""A Markdown report of a subgraph, ready to paste: per plan and section, the chosen nodes with
the plan's own sentences as quotes and where they stand.

A node's place: a task, section or indicator stands in the deepest section whose span holds its
start; a shared node (platform, institution, field) stands wherever a relationship's evidence
quotes it, so a platform named in two plans appears under both. Nodes with no place in a plan
(e.g. the field itself) are listed at the end.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from plankg.queries.export.select import Subgraph
from plankg.queries.naming import display_name

# The order labels are listed in within a section: what the plan says first, then what it names.
LABEL_ORDER = ("Plan", "Section", "Task", "Clause", "Indicator", "Platform", "Institution", "Field")
PLAN_LOCAL = ("Section", "Task", "Clause", "Indicator")
# Relationships the headings already show (the section tree, a plan's indicators).
STRUCTURE = ("HAS_SECTION", "HAS_TASK", "HAS_CLAUSE", "SETS")


@dataclass
class Entry:
    node: dict[str, Any]
    quotes: dict[str, set[str]] = field(default_factory=dict)  # quote -> relationships it backs
    relations: set[str] = field(default_factory=set)  # relationships with no quote (CONTINUES, …)
    offset: int = 0


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _section_at(sections: list[dict[str, Any]], offset: int) -> dict[str, Any] | None:
    holding = [s for s in sections if s.get("start") is not None and s["start"] <= offset < (s.get("end") or 0)]
    return max(holding, key=lambda s: (s.get("level") or 0, s["start"]), default=None)


def _trail(sections: list[dict[str, Any]], section: dict[str, Any]) -> str:
    by_path = {s.get("path"): s for s in sections}
    parts = str(section.get("path") or "").split(".")
    steps = [by_path.get(".".join(parts[: i + 1])) for i in range(len(parts))]
    return " › ".join(_numbered(s.get("number") or "", s.get("title") or "") for s in steps if s)


def _numbered(number: str, title: str) -> str:
    """A heading as a reader writes it: "（一）加快…", "1、集成电路", but "第一章 全国生态环境保护形势":
    a number that ends in a word (第一章, 第三节, 第二十四章) ran into its title ("第一节生态环境保护取得
    积极进展" in an export of a real 十三五 plan), while one ending in punctuation reads whole as it is."""
    if number and title and not unicodedata.category(number[-1]).startswith("P"):
        return f"{number} {title}"
    return f"{number}{title}".strip()


def to_markdown(graph: Subgraph) -> str:
    nodes = {n["id"]: n for n in graph.nodes}
    # (plan id, section id) -> node id -> entry; "" for no plan / no section
    places: dict[tuple[str, str], dict[str, Entry]] = defaultdict(dict)

    def place(plan_id: str, offset: int | None, node: dict[str, Any]) -> Entry:
        if node["label"] in PLAN_LOCAL and node.get("plan_id"):
            plan_id, offset = node["plan_id"], node.get("start")  # where the node itself stands
        section = _section_at(graph.sections.get(plan_id, []), offset) if offset is not None else None
        if node["label"] == "Section" and node.get("plan_id") == plan_id:
            section = node  # a section stands under its own heading
        key = (plan_id if plan_id in graph.plans else "", section["id"] if section else "")
        entry = places[key].setdefault(node["id"], Entry(node, offset=offset or 0))
        return entry

    for node in graph.nodes:
        if node["label"] in PLAN_LOCAL and node.get("plan_id"):
            entry = place(node["plan_id"], node.get("start"), node)
            if node.get("evidence"):
                entry.quotes.setdefault(str(node["evidence"]), set())
    for edge in graph.edges:
        quote = edge.get("evidence")
        source, target = nodes[edge["source"]], nodes[edge["target"]]
        if not quote:
            if edge["type"] not in STRUCTURE and source["label"] in PLAN_LOCAL:
                place(source.get("plan_id") or "", source.get("start"), source).relations.add(_relation(edge, target))
            continue
        plan_id = edge.get("plan_id") or source.get("plan_id") or _own_plan(source)
        for node, phrase in (
            (source, f"{edge['type']} → {display_name(target)}"),
            (target, f"← {edge['type']} {display_name(source)}"),
        ):
            entry = place(plan_id, edge.get("start"), node)
            entry.quotes.setdefault(str(quote), set()).add(phrase)
    placed = {node_id for entries in places.values() for node_id in entries}
    for node in graph.nodes:
        if node["id"] not in placed and node["label"] != "Plan":
            places[("", "")][node["id"]] = Entry(node)

    lines = [f"# plankg export {graph.selection}".rstrip(), ""]
    lines.append(
        f"{len(graph.nodes)} nodes and {len(graph.edges)} relationships from {len(graph.plans)} plan(s). "
        "Quotes are the plans' own sentences; headings give the plan and the section where each stands."
    )
    plan_order = sorted(graph.plans, key=lambda p: (graph.plans[p].get("start_year") or 0, p))
    for plan_id in [*plan_order, ""]:
        keys = [k for k in places if k[0] == plan_id]
        if not keys:
            continue
        if plan_id:
            plan = graph.plans[plan_id]
            lines += ["", f"## {plan.get('title') or plan_id} (`{plan_id}`)"]
            period = " ".join(str(plan[k]) for k in ("region", "period", "kind") if plan.get(k))
            if period:
                lines += ["", period]
        else:
            lines += ["", "## Not placed in a plan"]
        sections = {s["id"]: s for s in graph.sections.get(plan_id, [])}
        for key in sorted(keys, key=lambda k: sections[k[1]]["start"] if k[1] in sections else -1):
            if key[1] in sections:
                lines += ["", f"### {_trail(graph.sections[plan_id], sections[key[1]])} (`{key[1]}`)"]
            elif plan_id:
                lines += ["", "### Before the first section"]
            entries = sorted(
                places[key].values(),
                key=lambda e: (LABEL_ORDER.index(e.node["label"]) if e.node["label"] in LABEL_ORDER else 99, e.offset),
            )
            lines.append("")
            shown: set[str] = set()  # a sentence is quoted once per section; later entries refer to it
            for entry in entries:
                lines += _entry_lines(entry, shown)
    return "\n".join(lines) + "\n"


def _own_plan(node: dict[str, Any]) -> str:
    """The plan a Plan node's own MENTIONS/BUILDS stand in (a name outside every section): they
    were listed under "Not placed in a plan", e.g. the 2025 广东 report's "北京大学公开课" line of its
    web page, which stands before its first section."""
    return str(node["id"]) if node["label"] == "Plan" else ""


def _relation(edge: dict[str, Any], target: dict[str, Any]) -> str:
    """A relationship without a quote, e.g. CONTINUES → 重大新药创制 (`sh-sti-12/s3.1.1/t1.1`, score 0.41)."""
    details = [f"`{target['id']}`"]
    if edge.get("score") is not None:
        details.append(f"score {edge['score']:.2f}" if isinstance(edge["score"], float) else f"score {edge['score']}")
    return f"{edge['type']} → {_one_line(display_name(target))} ({', '.join(details)})"


def _entry_lines(entry: Entry, shown: set[str]) -> list[str]:
    node = entry.node
    details = [f"`{node['id']}`"]
    if node.get("kind"):
        details.append(str(node["kind"]))
    if node["label"] == "Indicator" and node.get("target"):
        details.append(f"target {node['target']}{node.get('unit') or ''} by {node.get('year') or '?'}")
    quoted_above = sorted({p for quote, phrases in entry.quotes.items() if quote in shown for p in phrases})
    head = f"- **{node['label']}** {_one_line(display_name(node))} ({', '.join(details)})"
    lines = [head + (f" — {'; '.join(quoted_above)} (quoted above)" if quoted_above else "")]
    quoted = 0
    for quote, phrases in entry.quotes.items():
        if quote in shown:
            continue
        shown.add(quote)
        backs = f" — {'; '.join(sorted(phrases))}" if phrases else ""
        # A blank quote line between two quotes: consecutive "> " lines are one paragraph to a
        # Markdown reader, which ran the second quote into the first.
        lines += ["  >"] if quoted else []
        lines.append(f"  > {_one_line(quote)}{backs}")
        quoted += 1
    if entry.relations:
        lines += [""] if entry.quotes else []  # ends the quote, so the list continues the item
        lines += [f"  - {relation}" for relation in sorted(entry.relations)]
    return lines
