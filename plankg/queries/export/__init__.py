"""Subgraphs for reports: pick nodes by field, plan, task or a Cypher query, take them and every
relationship between them (select.py), and write them in a format (one module per family):

Writers are imported when used, so listing the formats costs nothing.

- graph_files: json (node-link, for scripts and d3), graphml (yEd, Cytoscape, Gephi), gexf (Gephi)
- neo4j_csv: csv, a folder for neo4j-admin import that Excel also opens
- cypher_script: cypher, a script that recreates the subgraph in another Neo4j
- markdown: md, a report with the plans' own sentences, by plan and section
- html_page: html, one offline page with an interactive picture
- picture: svg and png, a static picture for a paper or a slide
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plankg.errors import InputError
from plankg.queries.export.select import Subgraph, clean, display_name, select

__all__ = ["FORMATS", "Subgraph", "clean", "display_name", "select", "write"]

STDOUT = "-"


@dataclass(frozen=True)
class Format:
    name: str
    help: str
    writer: str  # "module.function" in this package, imported when used (networkx, matplotlib are slow)
    output: str = "text"  # text: one text file; binary: one binary file; folder: a folder of files

    def function(self) -> Any:
        module, _, function = self.writer.rpartition(".")
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", "node-link JSON for scripts and d3", "graph_files.to_json"),
        Format("graphml", "GraphML for yEd, Cytoscape and Gephi", "graph_files.to_graphml"),
        Format("gexf", "GEXF 1.3 for Gephi", "graph_files.to_gexf"),
        Format("csv", "a folder of CSV files for neo4j-admin import (and Excel)", "neo4j_csv.write_folder", "folder"),
        Format("cypher", "a Cypher script that recreates the subgraph (cypher-shell -f)", "cypher_script.to_cypher"),
        Format("md", "a Markdown report with the plans' sentences, by plan and section", "markdown.to_markdown"),
        Format("html", "one offline HTML page with an interactive picture", "html_page.to_html"),
        Format("svg", "a static picture (SVG) with Chinese captions", "picture.to_svg"),
        Format("png", "a static picture (PNG)", "picture.to_png", "binary"),
    )
}


def render(graph: Subgraph, fmt: str) -> str:
    """The text of a single-file text format."""
    spec = FORMATS[fmt]
    if spec.output != "text":
        raise InputError(f"{fmt} is not a text format")
    text: str = spec.function()(graph)
    return text


def check_output(fmt: str, output: str | Path) -> Format:
    """The format, once the output suits it; one clear InputError otherwise."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    spec = FORMATS[fmt]
    target = str(output)
    if target == STDOUT:
        if spec.output != "text":
            kind = "folder" if spec.output == "folder" else "file"
            raise InputError(f"-o -: {fmt} is not a text format; give a {kind} name")
        return spec
    path = Path(target)
    if spec.output != "folder" and path.is_dir():
        raise InputError(f"-o {target} is a directory; {fmt} writes one file, give a file name")
    if spec.output == "folder" and path.exists() and not path.is_dir():
        raise InputError(f"-o {target} is a file; csv writes a folder of files, give a folder name")
    return spec


def write(graph: Subgraph, fmt: str, output: str | Path) -> str:
    """Write the subgraph; returns where it went ("standard output", a file or a folder)."""
    spec = check_output(fmt, output)
    if str(output) == STDOUT:
        sys.stdout.write(render(graph, fmt))
        sys.stdout.flush()
        return "standard output"
    path = Path(output)
    if spec.output == "folder":
        written = spec.function()(graph, path)
        return f"{path}/ ({len(written)} files)"
    path.parent.mkdir(parents=True, exist_ok=True)
    if spec.output == "binary":
        path.write_bytes(spec.function()(graph))
    else:
        path.write_text(render(graph, fmt), encoding="utf-8", newline="\n")
    return str(path)
