"""The graph shape, defined once: labels, properties, relationship types; and the pure
projection of a ``PlanDocument`` into node and relationship rows.

Both stores derive their schema statements from these tables (LadybugDB node/rel tables,
Neo4j uniqueness constraints and indexes), so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only annotations: a lookup that never projects need not build the models
    from plankg.schema import Evidence, PlanDocument

# Property types in LadybugDB's terms; Neo4j is schemaless apart from constraints.
STRING, INT, BOOL, FLOAT, STRINGS = "STRING", "INT64", "BOOLEAN", "DOUBLE", "STRING[]"

NODE_PROPERTIES: dict[str, dict[str, str]] = {
    "Plan": {
        "id": STRING,
        "title": STRING,
        "region": STRING,
        "period": STRING,
        "start_year": INT,
        "end_year": INT,
        "kind": STRING,
        "issuer": STRING,
        "doc_number": STRING,
        "issued": STRING,
        "sha256": STRING,
        "source": STRING,
        "text": STRING,
        "follows": STRINGS,
        "interprets": STRINGS,
    },
    "Section": {
        "id": STRING,
        "plan_id": STRING,
        "level": INT,
        "number": STRING,
        "title": STRING,
        "path": STRING,
        "ordinal": INT,
        "start": INT,
        "end": INT,
    },
    "Task": {
        "id": STRING,
        "plan_id": STRING,
        "title": STRING,
        "kind": STRING,
        "number": STRING,
        "text": STRING,
        "empty": BOOL,
        "start": INT,
        "end": INT,
    },
    # An untitled article of a section's body, or of the plan's own where it has no chapters (a regulation's 第X条):
    # a lineage unit, not a section
    # (lineage.clauses.CLAUSE_UNITS; sentence entries were measured and left off). No title: its opening words
    # stand for it.
    "Clause": {"id": STRING, "plan_id": STRING, "number": STRING, "text": STRING, "start": INT, "end": INT},
    "Platform": {"id": STRING, "name": STRING, "kind": STRING},
    "Institution": {"id": STRING, "name": STRING, "kind": STRING},
    "Field": {"id": STRING, "name": STRING, "aliases": STRINGS, "parent": STRING},
    "Indicator": {
        "id": STRING,
        "plan_id": STRING,
        "name": STRING,
        "target": STRING,
        "raw_target": STRING,
        "unit": STRING,
        "year": INT,
        "baseline": STRING,
        "baseline_year": INT,
        "start": INT,
        "end": INT,
        "evidence": STRING,
    },
}
# Labels whose nodes belong to one plan; the others are shared between plans and merged.
PLAN_LOCAL_LABELS = ("Section", "Task", "Clause", "Indicator")
SHARED_LABELS = ("Platform", "Institution", "Field")
# Properties other than `id` that named queries look nodes up by.
INDEXED_PROPERTIES = {
    "Section": ("plan_id",),
    "Task": ("plan_id", "kind"),
    "Clause": ("plan_id",),
    "Indicator": ("plan_id",),
    "Field": ("name",),
    "Platform": ("name",),
    "Institution": ("name",),
}

EVIDENCE_PROPS = {"evidence": STRING, "start": INT, "end": INT}
RELATIONSHIPS: dict[str, tuple[list[tuple[str, str]], dict[str, str]]] = {
    "HAS_SECTION": ([("Plan", "Section"), ("Section", "Section")], {}),
    "HAS_TASK": ([("Section", "Task")], {}),
    # A Plan holds the articles of a text without chapters (lineage.clauses.PLAN_BODY_ARTICLES).
    "HAS_CLAUSE": ([("Section", "Clause"), ("Plan", "Clause")], {}),
    "IN_FIELD": ([("Task", "Field"), ("Section", "Field")], EVIDENCE_PROPS),
    "SUPPORTS": ([("Platform", "Field")], {"plan_id": STRING, **EVIDENCE_PROPS}),
    # A Plan is the source where no section or task contains the passage (a text without headings).
    "BUILDS": ([("Task", "Platform"), ("Section", "Platform"), ("Plan", "Platform")], EVIDENCE_PROPS),
    "MENTIONS": (
        [
            ("Task", "Institution"),
            ("Task", "Platform"),
            ("Section", "Institution"),
            ("Section", "Platform"),
            ("Plan", "Institution"),
            ("Plan", "Platform"),
        ],
        EVIDENCE_PROPS,
    ),
    # A unit (Section, Task or Clause) of a later plan → the unit(s) of an earlier plan it carries on;
    # `method` says which evidence made the link (words, vocabulary, context).
    "CONTINUES": (
        [(a, b) for a in ("Section", "Task", "Clause") for b in ("Section", "Task", "Clause")],
        {"score": FLOAT, "shared_terms": STRINGS, "method": STRING},
    ),
    "SETS": ([("Plan", "Indicator")], {}),
    "INTERPRETS": ([("Plan", "Plan")], {}),
    "FOLLOWS": ([("Plan", "Plan")], {}),
}


@dataclass
class RelRows:
    type: str
    source_label: str
    target_label: str
    rows: list[dict[str, Any]]  # each: {"source": id, "target": id, **props}


@dataclass
class PlanRows:
    plan_id: str
    plan: dict[str, Any]
    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    relationships: list[RelRows] = field(default_factory=list)

    def node_count(self) -> int:
        return 1 + sum(len(rows) for rows in self.nodes.values())

    def relationship_count(self) -> int:
        return sum(len(group.rows) for group in self.relationships)


def plans_label(batch: Sequence[PlanRows]) -> str:
    """The plans of a write for a message: "plan a", or "plans a … z" (the first and the last)."""
    return f"plan {batch[0].plan_id}" if len(batch) == 1 else f"plans {batch[0].plan_id} … {batch[-1].plan_id}"


def combine_plans(batch: Sequence[PlanRows]) -> PlanRows:
    """The rows of several plans as one set of statement groups (``plan_id`` is the first
    plan's; ``plan`` is unused: the caller writes each plan's row).

    A store spends a fixed cost on every statement, and a plan needs about twenty: a batch of
    plans written with one statement per label and per relationship group costs a fraction.
    Plan-local rows are concatenated (a duplicate id still fails on CREATE). A shared node
    (Platform, Institution, Field) named by several plans is kept once, with the properties of
    the last of them, as writing the plans in turn would leave it.
    """
    nodes: dict[str, list[dict[str, Any]]] = {}
    shared: dict[str, dict[str, dict[str, Any]]] = {}
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for rows in batch:
        for label, node_rows in rows.nodes.items():
            if label not in SHARED_LABELS:
                nodes.setdefault(label, []).extend(node_rows)
                continue
            by_id = shared.setdefault(label, {})
            for row in node_rows:
                by_id.pop(row["id"], None)  # re-inserted: the last plan's properties, in order
                by_id[row["id"]] = row
        for group in rows.relationships:
            groups.setdefault((group.type, group.source_label, group.target_label), []).extend(group.rows)
    nodes.update({label: list(by_id.values()) for label, by_id in shared.items()})
    relationships = [RelRows(t, a, b, r) for (t, a, b), r in groups.items()]
    return PlanRows(batch[0].plan_id if batch else "", {}, nodes, relationships)


def project(doc: PlanDocument, source: str = "") -> PlanRows:
    """PlanDocument → rows, grouped so that each group is one batched statement."""
    plan_id = doc.plan.id
    plan = {
        **doc.plan.model_dump(
            include={
                *("id", "title", "region", "period", "start_year", "end_year", "kind"),
                *("issuer", "doc_number", "issued"),
            }
        ),
        "sha256": doc.sha256,
        "source": source,
        "text": doc.text,
        "follows": list(doc.plan.follows),
        "interprets": list(doc.plan.interprets),
    }
    from plankg.lineage.clauses import clause_rows  # the projection's one lineage rule: which entries are Clauses

    sections = [
        {**s.model_dump(include={"id", "plan_id", "start", "end", "number"}), "parent": s.parent_id}
        for s in doc.sections
    ]
    tasks = [{"section": t.section_id} for t in doc.tasks]
    clauses = clause_rows(sections, tasks, doc.text, plan_id)
    nodes: dict[str, list[dict[str, Any]]] = {
        "Section": [s.model_dump(exclude={"parent_id"}) for s in doc.sections],
        "Task": [t.model_dump(exclude={"section_id"}) for t in doc.tasks],
        "Clause": [{k: v for k, v in c.items() if k != "section"} for c in clauses],
        "Indicator": [i.model_dump() for i in doc.indicators],
        "Platform": [p.model_dump() for p in doc.platforms],
        "Institution": [i.model_dump() for i in doc.institutions],
        "Field": [f.model_dump() for f in doc.fields],
    }
    labels = {row["id"]: label for label, rows in nodes.items() for row in rows}
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}

    def add(rel: str, source_id: str, target_id: str, **props: Any) -> None:
        source_label = "Plan" if source_id == plan_id else labels[source_id]
        key = (rel, source_label, labels[target_id])
        groups.setdefault(key, []).append({"source": source_id, "target": target_id, **props})

    for section in doc.sections:
        add("HAS_SECTION", section.parent_id or plan_id, section.id)
    for task in doc.tasks:
        add("HAS_TASK", task.section_id, task.id)
    for clause in clauses:
        add("HAS_CLAUSE", clause["section"], clause["id"])
    for indicator in doc.indicators:
        add("SETS", plan_id, indicator.id)

    def add_evidence(rel: str, relations: list[Evidence], **extra: Any) -> None:
        seen: set[tuple[str, str]] = set()
        for r in relations:
            if (r.source_id, r.target_id) in seen:
                continue
            seen.add((r.source_id, r.target_id))
            add(rel, r.source_id, r.target_id, evidence=r.evidence, start=r.start, end=r.end, **extra)

    add_evidence("IN_FIELD", doc.in_field)
    add_evidence("SUPPORTS", doc.supports, plan_id=plan_id)
    add_evidence("BUILDS", doc.builds)
    add_evidence("MENTIONS", doc.mentions)
    relationships = [RelRows(rel, s, t, rows) for (rel, s, t), rows in groups.items()]
    return PlanRows(plan_id, plan, nodes, relationships)
