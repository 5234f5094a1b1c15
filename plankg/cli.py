"""The `plankg` command line: parse options, call one library function, format the result.

Results go to stdout (a table, or JSON with Chinese unescaped); progress, warnings and errors
go to stderr. A user mistake is one line on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from plankg.errors import InputError, PlankgError, QueryError
from plankg.graph import GraphStore, open_store
from plankg.graph.guard import check_read_only
from plankg.graph.store import is_write_query
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.pipeline import (
    DEFAULT_PLANS_DIR,
    Loaded,
    check_unique_ids,
    discover,
    read_plan,
    repair_indicators,
    write_all,
)
from plankg.queries import export as export_
from plankg.queries import registry

app = typer.Typer(
    help="Chinese government plan texts → a knowledge graph of plan tasks.\n\n"
    "The graph lives in an embedded store (a LadybugDB database file, default .plankg/graph or $PLANKG_STORE) "
    "unless --neo4j URI or NEO4J_URI points at a Neo4j server.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Piped output is not cut to 80 columns: Chinese titles are wide and tables fold badly.
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)


F = TypeVar("F", bound=Callable[..., Any])


def command(fn: F) -> F:
    """Register a command whose PlankgError becomes one line on stderr and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except PlankgError as error:
            err.print(f"plankg: error: {error}", highlight=False, markup=False)
            raise typer.Exit(1) from None

    app.command()(wrapper)
    return fn


class Format(StrEnum):
    table = "table"
    json = "json"


StoreOpt = Annotated[
    Path | None,
    typer.Option(
        "--store",
        envvar="PLANKG_STORE",
        help="Embedded store: a LadybugDB database path [default: .plankg/graph].",
        show_default=False,
    ),
]
Neo4jOpt = Annotated[
    str | None,
    typer.Option(
        "--neo4j",
        help="Neo4j URI (bolt://, neo4j://, neo4j+s://); credentials from NEO4J_USERNAME / NEO4J_PASSWORD, "
        "database from NEO4J_DATABASE. Default: $NEO4J_URI if set and --store is not given.",
        show_default=False,
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="table for reading, json for scripts.")]


@contextmanager
def _open(
    store: Path | None, neo4j: str | None, *, read_only: bool = True, batch_size: int | None = None
) -> Iterator[GraphStore]:
    """The configured store, closed however the command ends."""
    graph = open_store(store, neo4j, read_only=read_only, batch_size=batch_size)
    try:
        yield graph
    finally:
        graph.close()


def _emit(rows: list[dict[str, Any]], fmt: Format, columns: list[str] | None = None, title: str | None = None) -> None:
    if fmt is Format.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if not rows:
        err.print("(no results)")
        return
    columns = columns or list(rows[0])
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    out.print(table)


@command
def build(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Plan files or directories (with a plans.yaml manifest) [default: data/plans].", show_default=False
        ),
    ] = None,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    plan_id: Annotated[
        str | None, typer.Option("--id", help="Plan id for a single file without a manifest entry.")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title for a single file without a manifest entry.")] = None,
    period: Annotated[str | None, typer.Option(help="Period, e.g. 十四五, for a single file.")] = None,
    region: Annotated[str | None, typer.Option(help="Region, e.g. 上海, for a single file.")] = None,
    strict: Annotated[
        bool, typer.Option(help="Treat loader warnings (guessed metadata, empty items) as errors.")
    ] = False,
    batch_size: Annotated[int | None, typer.Option(help="Rows per batched statement (Neo4j).", min=1)] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Read plans, segment them, and (re)write each plan's subgraph, all or nothing.

    Every file is read and checked before anything is written; a plan that is built again
    replaces its previous version. Example: plankg build data/plans
    """
    sources = discover(paths or [DEFAULT_PLANS_DIR])
    overrides = {"id": plan_id, "title": title, "period": period, "region": region}
    if any(v is not None for v in overrides.values()) and len(sources) != 1:
        raise InputError("--id/--title/--period/--region apply to a single plan file")
    vocabulary = load_field_vocabulary()
    loaded: list[Loaded] = []
    with _progress() as progress:
        reading = progress.add_task("reading plans", total=len(sources))
        for source in sources:
            loaded.append(read_plan(source, vocabulary, overrides))
            progress.advance(reading)
    check_unique_ids(loaded)
    repair_indicators(loaded)
    for item in loaded:
        for issue in item.document.issues:
            err.print(
                f"[yellow]warning[/]: {item.document.plan.id}: {issue.code}: {issue.message}",
                markup=True,
                highlight=False,
            )
    if strict and any(item.document.issues for item in loaded):
        raise InputError("loader warnings with --strict; nothing was written")
    with _open(store, neo4j, read_only=False, batch_size=batch_size) as graph:
        with _progress() as progress:
            writing = progress.add_task(f"writing to {graph.name}", total=len(loaded))
            write_all(graph, loaded, lambda _: progress.advance(writing))
        rows = [
            {
                "id": item.document.plan.id,
                "kind": item.document.plan.kind,
                "sections": len(item.document.sections),
                "tasks": len(item.document.tasks),
                "platforms": len(item.document.platforms),
                "fields": len(item.document.fields),
                "indicators": len(item.document.indicators),
                "warnings": len(item.document.issues),
                "title": item.document.plan.title,
            }
            for item in loaded
        ]
        _emit(rows, fmt, title=f"built {len(rows)} plan(s) into {graph.name} at {graph.location}")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,  # no bar (nor its blank line) in logs and pipes
    )


@command
def stats(store: StoreOpt = None, neo4j: Neo4jOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Counts per label, per relationship type and per plan. Example: plankg stats --format json"""
    with _open(store, neo4j) as graph:
        result = registry.stats(graph)
    if fmt is Format.json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    counts = [{"kind": "node", "name": k, "count": v} for k, v in result["nodes"].items()]
    counts += [{"kind": "relationship", "name": k, "count": v} for k, v in result["relationships"].items()]
    _emit(counts, fmt, title=f"{result['store']} store")
    _emit(result["plans"], fmt, ["id", "kind", "period", "sections", "tasks", "indicators", "title"], title="plans")


@command
def sections(
    plan: Annotated[str, typer.Argument(help="Plan id (see `plankg stats`).")],
    depth: Annotated[int, typer.Option(help="Deepest level to show.", min=1)] = 9,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """The section tree of one plan. Example: plankg sections sh-stic-14 --depth 2"""
    with _open(store, neo4j) as graph:
        rows = registry.SECTIONS.run(graph, plan=plan, depth=depth)
        if not rows and not registry.PLAN.run(graph, plan=plan):
            known = ", ".join(p["id"] for p in registry.PLANS.run(graph)) or "none"
            raise PlankgError(f"no plan {plan!r} in the graph (plans: {known})")
    if fmt is Format.table:
        rows = [{**r, "title": "  " * (r["level"] - 1) + f"{r['number']} {r['title']}".strip()} for r in rows]
        _emit(rows, fmt, ["id", "level", "title"])
    else:
        _emit(rows, fmt)


@command
def tasks(
    plan: Annotated[str | None, typer.Option(help="Only tasks of this plan id.")] = None,
    field: Annotated[str | None, typer.Option(help="Only tasks in this field, e.g. 集成电路.")] = None,
    kind: Annotated[str | None, typer.Option(help="Only tasks of this block kind, e.g. 重大任务, 重点方向.")] = None,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Plan tasks with the block they sit in. Example: plankg tasks --plan sh-sti-12 --kind 重大任务"""
    with _open(store, neo4j) as graph:
        if field:
            name = registry.resolve_field(graph, field, load_field_vocabulary().canonical(field))
            rows = registry.TASKS_IN_FIELD.run(graph, field=name, plan=plan or "", kind=kind or "")
        else:
            rows = registry.TASKS.run(graph, plan=plan or "", kind=kind or "")
    _emit(rows, fmt, ["id", "kind", "number", "title", "section"])


@command
def platforms(
    field: Annotated[str, typer.Option(help="Field name or alias, e.g. 集成电路 (see plankg/data/fields.yaml).")],
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Which platforms support a field, with the plan and the sentence that says so.

    Example: plankg platforms --field 集成电路
    """
    with _open(store, neo4j) as graph:
        name = registry.resolve_field(graph, field, load_field_vocabulary().canonical(field))
        rows = registry.PLATFORMS_FOR_FIELD.run(graph, field=name)
    _emit(rows, fmt, ["name", "kind", "plan_id", "evidence"])


@command
def lineage(
    task: Annotated[str, typer.Argument(help="A task id, or a piece of a task title that names one task.")],
    depth: Annotated[int, typer.Option(help="How many plan generations to follow each way.", min=1)] = 3,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """A task's lineage across plans: the earlier tasks it continues and the later ones that continue it.

    CONTINUES links a plan's tasks to those of the plans it follows (manifest `follows:`), by
    shared subject (TF-IDF similarity of their words plus shared fields). Example: plankg lineage 重大新药创制
    """
    with _open(store, neo4j) as graph:
        task_id = registry.find_task(graph, task)
        rows = registry.lineage(graph, task_id, depth)
    if fmt is Format.table:
        rows = [{**r, "shared_terms": "、".join(r["shared_terms"] or [])} for r in rows]
    columns = ["direction", "hop", "id", "title", "section", "score", "shared_terms"]
    _emit(rows, fmt, columns, title=f"lineage of {task_id}")


@command
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    field: Annotated[str | None, typer.Option(help="The field, its platforms and the tasks/sections in it.")] = None,
    plan: Annotated[str | None, typer.Option(help="A plan's sections, tasks, indicators and entities.")] = None,
    task: Annotated[str | None, typer.Option(help="A task (id or title), its place, entities and lineage.")] = None,
    cypher: Annotated[str | None, typer.Option(help="The nodes a read query returns (or its column `id`).")] = None,
    file_format: Annotated[
        str, typer.Option("--format", "-f", help="json (node-link), graphml (yEd, Cytoscape, Gephi) or gexf (Gephi).")
    ] = "json",
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Write a subgraph to a file for a report: chosen nodes and every relationship between them.

    Example: plankg export --field 集成电路 --format graphml -o ic.graphml
    """
    if file_format not in export_.FORMATS:
        raise InputError(f"unknown export format {file_format!r} (one of {', '.join(export_.FORMATS)})")
    if cypher and is_write_query(cypher):
        raise QueryError("export runs read queries only")
    with _open(store, neo4j) as graph:
        subgraph = export_.select(graph, field=field, plan=plan, task=task, cypher=cypher)
    export_.write(subgraph, file_format, output)
    err.print(f"wrote {len(subgraph.nodes)} nodes and {len(subgraph.edges)} relationships to {output}", highlight=False)


@command
def show(
    node_id: Annotated[
        str, typer.Argument(metavar="ID", help="A node id, e.g. sh-sti-12/s3.1 or platform:集成电路创新中心.")
    ],
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """A node, its relationships, and the text of the plan where it stands."""
    with _open(store, neo4j) as graph:
        result = registry.show(graph, node_id)
    props = result["properties"]
    if "text" in props and result["label"] == "Plan":
        props["text"] = f"<{len(props['text'])} characters>"
    if fmt is Format.json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    out.print(f"[bold]{result['label']}[/] {node_id}", highlight=False)
    for key, value in props.items():
        if key not in ("_label", "text"):
            out.print(f"  {key}: {value}", highlight=False, markup=False)
    for direction in ("outgoing", "incoming"):
        if result[direction]:
            _emit(result[direction], fmt, ["type", "label", "id", "name", "evidence"], title=direction)
    if result.get("source_text"):
        out.print("[bold]source text[/]", highlight=False)
        out.print(result["source_text"], highlight=False, markup=False)


@command
def cypher(
    query: Annotated[str, typer.Argument(help="A Cypher query.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="k=v; v parsed as JSON when it can be.")
    ] = None,
    write: Annotated[bool, typer.Option("--write", help="Allow queries that change the graph.")] = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Run Cypher (read-only unless --write).

    Example: plankg cypher "MATCH (p:Platform)-[:SUPPORTS]->(:Field {name: \\$f}) RETURN p.name" -p f=集成电路
    """
    params: dict[str, Any] = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise InputError(f"--param {item!r}: expected key=value")
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    if not write:
        check_read_only(query)  # one clear reason before the engine's own read-only refusal
    with _open(store, neo4j, read_only=not write) as graph:
        rows = graph.run(query, params, write=write)
        notices = getattr(graph, "notices", {})  # Neo4j's warnings on this query, once each
    _emit(rows, fmt)
    for text, times in notices.items():
        repeated = f" ({times}×)" if times > 1 else ""
        err.print(f"plankg: warning: Neo4j: {text}{repeated}", highlight=False, markup=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
