"""The one protocol both stores implement, and the statements they share.

Statements here are in the Cypher subset that LadybugDB and Neo4j both accept; values always
go in as parameters. Store-specific work (schema DDL, bulk writes, transactions) lives in
``ladybug_store`` and ``neo4j_store``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from plankg.graph.guard import refusal
from plankg.graph.model import NODE_PROPERTIES, PLAN_LOCAL_LABELS, RELATIONSHIPS, SHARED_LABELS, STRING, RelRows


class GraphStore(Protocol):
    name: str  # "ladybug" or "neo4j"
    location: str  # database path or URI, for messages (never with a password)

    def ensure_schema(self) -> None: ...

    def write_plan(self, rows: Any) -> None:
        """Replace one plan's subgraph, all or nothing (rows: ``PlanRows``)."""
        ...

    def write_plans(self, batch: Sequence[Any]) -> None:
        """Replace the subgraphs of several plans (``PlanRows``). Each plan is all or nothing;
        an engine may write the whole batch in one transaction (then the batch is)."""
        ...

    def replace_relationships(
        self, rel_type: str, groups: Iterable[RelRows], *, between: Sequence[tuple[str, str]] | None = None
    ) -> None:
        """Replace the relationships of a derived type (CONTINUES), all or nothing: every one of
        them, or (``between``) those from a node of plan A to a node of plan B for each (A, B).
        ``groups`` is consumed once, inside the transaction: it may be a generator reading rows
        from disk, so the rows need not all be in memory."""
        ...

    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[dict[str, Any]]:
        """Run one statement; rows as dicts keyed by the RETURN names."""
        ...

    def close(self) -> None: ...


def redact(uri: str) -> str:
    """A URI for messages: any user:password@ part removed."""
    scheme, sep, rest = uri.partition("://")
    return f"{scheme}{sep}{rest.rsplit('@', 1)[-1]}" if sep else uri


def prop(name: str) -> str:
    """A property reference that both engines parse (LadybugDB reserves `end`)."""
    return f"`{name}`" if name in {"end", "start"} else name


def value(row_var: str, name: str, kind: str, cast: bool) -> str:
    """A row value; LadybugDB needs a cast when a batch holds only nulls for a typed column."""
    ref = f"{row_var}.{prop(name)}"
    return f"CAST({ref} AS {kind})" if cast and kind != STRING else ref


def set_clause(var: str, label: str, *, cast: bool, row_var: str = "r") -> str:
    props = {p: k for p, k in NODE_PROPERTIES[label].items() if p != "id"}
    return ", ".join(f"{var}.{prop(p)} = {value(row_var, p, k, cast)}" for p, k in props.items())


def delete_plan_statements() -> list[str]:
    """Remove what one plan owns; the Plan node stays so edges into it survive a rebuild."""
    statements = [f"MATCH (n:{label} {{plan_id: $plan_id}}) DETACH DELETE n" for label in PLAN_LOCAL_LABELS]
    statements += [
        "MATCH (:Platform)-[r:SUPPORTS {plan_id: $plan_id}]->(:Field) DELETE r",
        "MATCH (:Plan {id: $plan_id})-[r:FOLLOWS]->(:Plan) DELETE r",
        "MATCH (:Plan {id: $plan_id})-[r:INTERPRETS]->(:Plan) DELETE r",
        # the plan's own MENTIONS and BUILDS (passages outside every section, as in a text without headings)
        "MATCH (:Plan {id: $plan_id})-[r:MENTIONS]->() DELETE r",
        "MATCH (:Plan {id: $plan_id})-[r:BUILDS]->() DELETE r",
    ]
    return statements


def delete_relationships_statement(rel_type: str) -> str:
    return f"MATCH ()-[r:{rel_type}]->() DELETE r"


def delete_between_plans_statements(rel_type: str) -> list[str]:
    """Delete the relationships of a type from nodes of plan $source to nodes of plan $target,
    one statement per pair of end labels (LadybugDB needs the labels to use plan_id)."""
    return [
        f"MATCH (x:{a})-[r:{rel_type}]->(y:{b}) WHERE x.plan_id = $source AND y.plan_id = $target DELETE r"
        for a, b in RELATIONSHIPS[rel_type][0]
    ]


def orphan_cleanup_statements() -> list[str]:
    """Shared nodes no plan refers to any more."""
    return [f"MATCH (n:{label}) WHERE NOT EXISTS {{ MATCH (n)--() }} DELETE n" for label in SHARED_LABELS]


def merge_plan_statement(*, cast: bool) -> str:
    return f"UNWIND $rows AS r MERGE (p:Plan {{id: r.id}}) SET {set_clause('p', 'Plan', cast=cast)}"


def node_statement(label: str, *, cast: bool) -> str:
    if label in PLAN_LOCAL_LABELS:
        assignments = ", ".join(f"{prop(p)}: {value('r', p, k, cast)}" for p, k in NODE_PROPERTIES[label].items())
        return f"UNWIND $rows AS r CREATE (n:{label} {{{assignments}}})"
    return f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET {set_clause('n', label, cast=cast)}"


def relationship_statement(group: RelRows, *, cast: bool) -> str:
    kinds = RELATIONSHIPS[group.type][1]
    keys = [k for k in (group.rows[0] if group.rows else {}) if k not in ("source", "target")]
    props = ", ".join(f"{prop(k)}: {value('r', k, kinds.get(k, STRING), cast)}" for k in keys)
    body = f" {{{props}}}" if props else ""
    return (
        f"UNWIND $rows AS r MATCH (a:{group.source_label} {{id: r.source}}), "
        f"(b:{group.target_label} {{id: r.target}}) CREATE (a)-[:{group.type}{body}]->(b)"
    )


PLAN_LINK = "MATCH (a:Plan {{id: $source}}), (b:Plan {{id: $target}}) MERGE (a)-[:{rel}]->(b)"


def relink_plans(store: GraphStore) -> None:
    """(Re)draw FOLLOWS / INTERPRETS from the lists kept on Plan nodes.

    Kept as properties because the target may be built after the plan that names it.
    """
    rows = store.run("MATCH (p:Plan) RETURN p.id AS id, p.follows AS follows, p.interprets AS interprets")
    for row in rows:
        for rel, key in (("FOLLOWS", "follows"), ("INTERPRETS", "interprets")):
            for target in row[key] or []:
                store.run(PLAN_LINK.format(rel=rel), {"source": row["id"], "target": target}, write=True)


def is_write_query(cypher: str) -> bool:
    """Whether a query may not run read-only: it writes, reaches files, or is maintenance.

    See ``plankg.graph.guard`` for the tokeniser behind it and the reasons it gives.
    """
    return refusal(cypher) is not None
