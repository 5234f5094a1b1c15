"""A folder of CSV files in neo4j-admin's import format, which Excel also opens.

- One node file per label (`Task.csv`): header `id:ID(Task)`, typed properties (`start:int`,
  `score:float`, `empty:boolean`, lists as `aliases:string[]` joined by ";"), and `:LABEL`.
  Each label is its own id space, as neo4j-admin's `id:ID(Label)` means.
- One relationship file per type and pair of labels (`IN_FIELD__Task__Field.csv`): header
  `:START_ID(Task)`, `:END_ID(Field)`, `:TYPE`, typed properties.
- UTF-8 with a byte-order mark: Excel reads a CSV without one in the machine's ANSI code page,
  which garbles Chinese; neo4j-admin and LOAD CSV skip the mark.
- `import.txt`: the neo4j-admin command that loads the folder.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path
from typing import Any

from plankg.graph.model import BOOL, FLOAT, INT, NODE_PROPERTIES, RELATIONSHIPS, STRINGS
from plankg.queries.export.select import Subgraph

ENCODING = "utf-8-sig"  # UTF-8 with BOM, for Excel
ARRAY_DELIMITER = ";"  # neo4j-admin's default --array-delimiter
# Property types in neo4j-admin's header terms, from the model's (LadybugDB) types.
HEADER_TYPES = {INT: "int", FLOAT: "float", BOOL: "boolean", STRINGS: "string[]"}
IMPORT_NOTE = "import.txt"


def _header(name: str, kind: str | None) -> str:
    suffix = HEADER_TYPES.get(kind or "")
    return f"{name}:{suffix}" if suffix else name


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v) for v in value)
    return str(value)


def _property_names(rows: list[dict[str, Any]], skip: set[str], declared: dict[str, str]) -> list[str]:
    present = {k for row in rows for k in row if k not in skip}
    return [k for k in declared if k in present] + sorted(present - set(declared))


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def files(graph: Subgraph) -> dict[str, str]:
    """File name -> text of every file in the folder."""
    out: dict[str, str] = {}
    label_of = {n["id"]: n["label"] for n in graph.nodes}
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in graph.nodes:
        by_label[node["label"]].append(node)
    node_files, rel_files = [], []
    for label, nodes in sorted(by_label.items()):
        declared = NODE_PROPERTIES.get(label, {})
        names = _property_names(nodes, {"id", "label"}, declared)
        header = [f"id:ID({label})"] + [_header(k, declared.get(k)) for k in names] + [":LABEL"]
        rows = [[n["id"]] + [_cell(n.get(k)) for k in names] + [label] for n in nodes]
        out[f"{label}.csv"] = _csv(header, rows)
        node_files.append(f"{label}.csv")
    by_type: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for edge in graph.edges:
        by_type[(edge["type"], label_of[edge["source"]], label_of[edge["target"]])].append(edge)
    for (rel_type, source, target), edges in sorted(by_type.items()):
        declared = RELATIONSHIPS.get(rel_type, ([], {}))[1]
        names = _property_names(edges, {"source", "target", "type"}, declared)
        header = [f":START_ID({source})", f":END_ID({target})", ":TYPE"] + [_header(k, declared.get(k)) for k in names]
        rows = [[e["source"], e["target"], rel_type] + [_cell(e.get(k)) for k in names] for e in edges]
        name = f"{rel_type}__{source}__{target}.csv"
        out[name] = _csv(header, rows)
        rel_files.append(name)
    out[IMPORT_NOTE] = import_command(node_files, rel_files)
    return out


def import_command(node_files: list[str], rel_files: list[str], database: str = "neo4j") -> str:
    """The neo4j-admin command that loads the folder into an empty database (run in the folder)."""
    arguments = [f"--nodes={name}" for name in node_files] + [f"--relationships={name}" for name in rel_files]
    lines = [
        "# Load this folder into an empty Neo4j 5 database (stop the database first; run in this folder):",
        f"neo4j-admin database import full {database} --overwrite-destination --multiline-fields=true \\",
        *(f"  {argument} \\" for argument in arguments[:-1]),
        f"  {arguments[-1]}" if arguments else "",
        "",
    ]
    return "\n".join(lines)


def write_folder(graph: Subgraph, folder: Path) -> list[Path]:
    """Every file of the folder, each made before it is written and renamed into place whole."""
    from plankg.queries.export import replace_file

    contents = files(graph)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in contents.items():
        path = folder / name
        replace_file(path, text.encode("utf-8" if name == IMPORT_NOTE else ENCODING))
        written.append(path)
    return written
