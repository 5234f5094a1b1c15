"""A Cypher script that recreates the subgraph in another Neo4j (`cypher-shell -f script.cypher`).

Parameter-free, one statement per line, each ending in ";": uniqueness constraints on `id`,
then a MERGE per node (by label and id) and per relationship (by its type and all its
properties, so two SUPPORTS from different plans stay two), so running it twice changes nothing.
Strings are Cypher literals in single quotes with backslash escapes; names in backticks.
"""

from __future__ import annotations

import math
from typing import Any

from plankg.queries.export.select import Subgraph

# Backslash escapes of Cypher string literals (the Cypher manual's "String literals" table).
STRING_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def name(identifier: str) -> str:
    """A label, type or property key in backticks (a backtick inside is doubled)."""
    return "`" + identifier.replace("`", "``") + "`"


def literal(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return "null"
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    text = str(value)
    return "'" + "".join(STRING_ESCAPES.get(c, c) for c in text) + "'"


def _map(properties: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{name(k)}: {literal(v)}" for k, v in properties.items()) + "}"


def to_cypher(graph: Subgraph) -> str:
    label_of = {n["id"]: n["label"] for n in graph.nodes}
    lines = [
        f"// plankg export {graph.selection}: {len(graph.nodes)} nodes, {len(graph.edges)} relationships.",
        "// Run with: cypher-shell -f THIS_FILE (or paste into Neo4j Browser). Idempotent.",
    ]
    for label in sorted(set(label_of.values())):
        lines.append(f"CREATE CONSTRAINT IF NOT EXISTS FOR (n:{name(label)}) REQUIRE n.id IS UNIQUE;")
    for node in graph.nodes:
        properties = {k: v for k, v in node.items() if k not in ("id", "label")}
        statement = f"MERGE (n:{name(node['label'])} {{id: {literal(node['id'])}}})"
        if properties:
            statement += f" SET n += {_map(properties)}"
        lines.append(statement + ";")
    for edge in graph.edges:
        properties = {k: v for k, v in edge.items() if k not in ("source", "target", "type")}
        lines.append(
            f"MATCH (a:{name(label_of[edge['source']])} {{id: {literal(edge['source'])}}}), "
            f"(b:{name(label_of[edge['target']])} {{id: {literal(edge['target'])}}}) "
            f"MERGE (a)-[:{name(edge['type'])}{' ' + _map(properties) if properties else ''}]->(b);"
        )
    return "\n".join(lines) + "\n"
