"""Subgraphs for reports: pick nodes by field, plan, task or a Cypher query, take them and every
relationship between them (select.py), and write them in a format (one module per family):

- graph_files: json (node-link, for scripts and d3), graphml (yEd, Cytoscape, Gephi), gexf (Gephi)
- neo4j_csv: csv, a folder for neo4j-admin import that Excel also opens
- cypher_script: cypher, a script that recreates the subgraph in another Neo4j
- markdown: md, a report with the plans' own sentences, by plan and section
- html_page: html, one offline page with an interactive picture
- picture: svg and png, a static picture for a paper or a slide
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from plankg.errors import InputError
from plankg.queries.export import cypher_script, graph_files, html_page, markdown, neo4j_csv, picture
from plankg.queries.export.select import Subgraph, clean, display_name, field_name, select

__all__ = ["FORMATS", "Subgraph", "clean", "display_name", "field_name", "select", "write"]

STDOUT = "-"


@dataclass(frozen=True)
class Format:
    name: str
    help: str
    text: Callable[[Subgraph], str] | None = None  # a single text file
    binary: Callable[[Subgraph], bytes] | None = None  # a single binary file
    folder: Callable[[Subgraph, Path], list[Path]] | None = None  # a folder of files


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", "node-link JSON for scripts and d3", text=graph_files.to_json),
        Format("graphml", "GraphML for yEd, Cytoscape and Gephi", text=graph_files.to_graphml),
        Format("gexf", "GEXF 1.3 for Gephi", text=graph_files.to_gexf),
        Format("csv", "a folder of CSV files for neo4j-admin import (and Excel)", folder=neo4j_csv.write_folder),
        Format("cypher", "a Cypher script that recreates the subgraph (cypher-shell -f)", text=cypher_script.to_cypher),
        Format("md", "a Markdown report with the plans' sentences, by plan and section", text=markdown.to_markdown),
        Format("html", "one offline HTML page with an interactive picture", text=html_page.to_html),
        Format("svg", "a static picture (SVG) with Chinese captions", text=picture.to_svg),
        Format("png", "a static picture (PNG)", binary=picture.to_png),
    )
}


def check_output(fmt: str, output: str | Path) -> Format:
    """The format, once the output suits it; one clear InputError otherwise."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    spec = FORMATS[fmt]
    target = str(output)
    if target == STDOUT:
        if spec.text is None:
            raise InputError(f"-o -: {fmt} is not a text format; give a {'folder' if spec.folder else 'file'} name")
        return spec
    path = Path(target)
    if spec.folder is None and path.is_dir():
        raise InputError(f"-o {target} is a directory; {fmt} writes one file, give a file name")
    if spec.folder is not None and path.exists() and not path.is_dir():
        raise InputError(f"-o {target} is a file; csv writes a folder of files, give a folder name")
    return spec


def write(graph: Subgraph, fmt: str, output: str | Path) -> str:
    """Write the subgraph; returns where it went ("standard output", a file or a folder)."""
    spec = check_output(fmt, output)
    if str(output) == STDOUT:
        assert spec.text is not None
        sys.stdout.write(spec.text(graph))
        sys.stdout.flush()
        return "standard output"
    path = Path(output)
    if spec.folder is not None:
        written = spec.folder(graph, path)
        return f"{path}/ ({len(written)} files)"
    path.parent.mkdir(parents=True, exist_ok=True)
    if spec.binary is not None:
        path.write_bytes(spec.binary(graph))
    else:
        assert spec.text is not None
        path.write_text(spec.text(graph), encoding="utf-8", newline="\n")
    return str(path)
