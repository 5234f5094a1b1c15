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
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plankg.errors import InputError
from plankg.paths import file_in_the_way
from plankg.queries.export.select import Subgraph, clean, select
from plankg.queries.naming import display_name

__all__ = ["FORMATS", "Subgraph", "clean", "display_name", "format_for", "select", "write"]

STDOUT = "-"


@dataclass(frozen=True)
class Format:
    name: str
    help: str
    writer: str  # "module.function" in this package, imported when used (networkx, matplotlib are slow)
    output: str = "text"  # text: one text file; binary: one binary file; folder: a folder of files
    suffixes: tuple[str, ...] = ()  # the file names that say this format (lower case; besides .name)

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
        Format(
            "cypher",
            "a Cypher script that recreates the subgraph (cypher-shell -f)",
            "cypher_script.to_cypher",
            "text",
            (".cql",),
        ),
        Format(
            "md",
            "a Markdown report with the plans' sentences, by plan and section",
            "markdown.to_markdown",
            "text",
            (".markdown",),
        ),
        Format("html", "one offline HTML page with an interactive picture", "html_page.to_html", "text", (".htm",)),
        Format("svg", "a static picture (SVG) with Chinese captions", "picture.to_svg"),
        Format("png", "a static picture (PNG)", "picture.to_png", "binary"),
    )
}


DEFAULT_FORMAT = "json"
# Above this many nodes a static picture is a hairball (and takes tens of seconds: 794 nodes,
# 42 s for a PNG); the export says so and points to the HTML page. The pictures switch from the
# Kamada-Kawai layout to a spring layout at the same size (picture.KAMADA_KAWAI_MAX).
PICTURE_READABLE_MAX = 150
PICTURES = ("svg", "png")


def named_format(output: str | Path) -> str | None:
    """The export format an output's name says (ic.graphml: graphml; ic.GEXF: gexf), if any."""
    if str(output) == STDOUT:
        return None
    suffix = Path(output).suffix.lower()
    for spec in FORMATS.values():
        if suffix == f".{spec.name}" or suffix in spec.suffixes:
            return spec.name
    return None


def format_for(fmt: str | None, output: str | Path) -> str:
    """The format to write: the one given, else the one the output's name says, else json.

    `-o ic.graphml` without --format wrote node-link JSON into ic.graphml, which yEd and
    networkx.read_graphml refuse; a format the name contradicts (`-f json -o ic.graphml`) is
    refused the same way, before any query, rather than written under a misleading name."""
    named = named_format(output)
    if fmt is None:
        return named or DEFAULT_FORMAT
    if named is not None and fmt in FORMATS and named != fmt:
        raise InputError(
            f"-o {output}: the name says {named} but --format is {fmt}; "
            f"give --format {named}, or a name that suits {fmt}"
        )
    return fmt


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
    blocking = file_in_the_way(path)
    if blocking is not None:
        # FILE_IN_THE_WAY: `-o notes.txt/ic.json` said "cannot write it: File exists", naming neither file
        raise InputError(f"-o {target}: {blocking} is a file, not a folder; give another -o path")
    if spec.output != "folder" and path.is_dir():
        raise InputError(f"-o {target} is a directory; {fmt} writes one file, give a file name")
    if spec.output == "folder" and path.exists() and not path.is_dir():
        raise InputError(f"-o {target} is a file; csv writes a folder of files, give a folder name")
    return spec


def write(graph: Subgraph, fmt: str, output: str | Path) -> list[Path]:
    """Write the subgraph; returns the files written (none for standard output, ``-``).

    The content is made first and each file goes to a temporary name beside it, then replaces the
    target in one step: an export that fails (a folder you may not write to, a full disk, Ctrl-C)
    leaves no half-written file and keeps what was at the path before. A file system refusal is
    one InputError naming the path, never a traceback.
    """
    spec = check_output(fmt, output)
    if str(output) == STDOUT:
        sys.stdout.write(render(graph, fmt))
        sys.stdout.flush()
        return []
    path = Path(output)
    try:
        if spec.output == "folder":
            written: list[Path] = spec.function()(graph, path)
            return written
        data = spec.function()(graph) if spec.output == "binary" else render(graph, fmt).encode("utf-8")
        replace_file(path, data)
    except OSError as error:
        raise InputError(f"-o {output}: cannot write it: {error.strerror or error}") from None
    return [path]


def replace_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")  # open() keeps the umask's mode
    try:
        with temporary.open("wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
