"""The `plankg` command line: parse options, call one library function, format the result.

Results go to stdout (a table, or JSON with Chinese unescaped); progress, warnings and errors
go to stderr. A user mistake is one line on stderr and exit code 1 (2 for a usage error, as click gives),
never a traceback.
"""

from __future__ import annotations

import sys

# Ctrl-C while the command starts (importing typer and the library, ~0.3 s, then typer building
# its commands) is no mistake of the user's and touches nothing: one line and exit code 130, like
# Ctrl-C inside a command, not a traceback of whichever import it hit (`timeout -s INT 0.2
# plankg stats` printed 4 to 66 traceback lines).
STARTUP_INTERRUPTED = "plankg: interrupted while starting; nothing was read or written\n"

try:
    import functools
    import json
    from collections import Counter
    from collections.abc import Callable, Iterator, Sequence
    from contextlib import contextmanager
    from enum import StrEnum
    from pathlib import Path
    from typing import TYPE_CHECKING, Annotated, Any, TypeVar

    import click
    import typer
    from typer.core import TyperGroup

    from plankg import api
    from plankg.errors import InputError, PlankgError
    from plankg.graph.guard import check_read_only
    from plankg.queries import export as export_  # the format list only (~4 ms; writers load when used)
except KeyboardInterrupt:
    sys.stderr.write(STARTUP_INTERRUPTED)
    raise SystemExit(130) from None

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress


# The help of each command's positional arguments, by command name: Click 8.5 gave
# click.Argument a `help` of its own, and Typer (0.19) sets its argument's help and then calls
# Click's constructor without it, which sets it to None: `plankg sections --help` listed PLAN with
# no word on what it is. `command` keeps each command's function here, and the group puts the help
# back on the one command it runs (reading all nine signatures cost ~12 ms of every start-up).
_COMMAND_FUNCTIONS: dict[str, Callable[..., Any]] = {}


def _restore_argument_help(name: str, sub: click.Command) -> None:
    from typer.models import ArgumentInfo
    from typer.utils import get_params_from_function

    fn = _COMMAND_FUNCTIONS.get(name)
    if fn is None:
        return
    given = {
        key: meta.default.help
        for key, meta in get_params_from_function(fn).items()
        if isinstance(meta.default, ArgumentInfo) and meta.default.help
    }
    for param in sub.params:
        if isinstance(param, click.Argument) and param.name in given and not getattr(param, "help", None):
            param.help = given[param.name]


class _OneLineUsageErrors(TyperGroup):
    """Click's usage errors (a missing argument, an unknown option, --depth 0) in one line, like
    every other mistake: "plankg: error: Missing argument 'PLAN'. (see plankg sections --help)",
    exit code 2, instead of a usage line, a hint line and a framed box (five lines)."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        sub = super().get_command(ctx, cmd_name)
        if sub is not None:
            _restore_argument_help(cmd_name, sub)
        return sub

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        def run(standalone: bool) -> Any:
            return super(_OneLineUsageErrors, self).main(
                args, prog_name, complete_var, standalone, windows_expand_args, **extra
            )

        if not standalone_mode:
            return run(False)
        try:
            code = run(False)
        except click.exceptions.NoArgsIsHelpError as error:
            sys.exit(error.exit_code)  # `plankg` alone: the help is printed already
        except click.ClickException as error:
            context = getattr(error, "ctx", None)
            hint = f" (see {context.command_path} --help)" if context is not None else ""
            click.echo(f"plankg: error: {error.format_message()}{hint}", err=True)
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("plankg: aborted", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=_OneLineUsageErrors,
    help="Chinese government plan texts → a knowledge graph of plan tasks.\n\n"
    "The graph lives in an embedded store (a LadybugDB database file, default .plankg/graph or $PLANKG_STORE) "
    "unless --neo4j URI or NEO4J_URI points at a Neo4j server.\n\n"
    "Start with: plankg build FILES_OR_FOLDERS, then plankg plans (the plan ids), plankg sections PLAN, "
    "plankg tasks --plan PLAN, plankg platforms --field 集成电路. Each command's --help has an example.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


# Piped output is not cut to 80 columns: Chinese titles are wide and tables fold badly.
class _LazyConsole:
    """A rich Console made on first use: a lookup printing JSON never pays for importing rich's
    console machinery (a CLI lookup should cost about the import of the store engine)."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def _console_now(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self._console_now(), name)


out = _LazyConsole(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = _LazyConsole(stderr=True, soft_wrap=True)

# Warnings of one kind per plan printed by a build (--all-warnings prints them all): a plan whose
# table of contents the headings do not repeat gave 49 lines of "toc-heading-missing: TOC entry
# 第一节指导思想 not found as a heading" (bj-eco-restoration-2035), burying the other plans' warnings.
WARNINGS_SHOWN = 3
# GUESSED_PLANS_SHOWN: plans whose no-manifest-entry warning a build prints (--all-warnings: all). A folder of 15
# real texts without a plans.yaml (user56: PDFs, Word files, pages, crawls) printed 15 of them before the two that
# said something about one text (jl-ev-charging-2021's numbering-gap, mee-three-lines-2021's inline-headings); the
# guessed ids and titles are in the table below, and `plankg plans` lists the periods and years.
GUESSED_PLANS_SHOWN = 3
# The code pipeline gives the warning of a file without a manifest entry (its id, title and period guessed); named
# here so that counting them does not import the pipeline (and its loaders) into the CLI.
GUESSED_CODE = "no-manifest-entry"


F = TypeVar("F", bound=Callable[..., Any])


def command(fn: F) -> F:
    """Register a command whose PlankgError becomes one line on stderr and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            refuse_two_stores(kwargs.get("neo4j"))
            if kwargs.get("neo4j") and "store" in kwargs:
                kwargs["store"] = None  # $PLANKG_STORE's default, which --neo4j replaces (the API refuses both)
            return fn(*args, **kwargs)
        except PlankgError as error:
            err.print(f"plankg: error: {error}", highlight=False, markup=False)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            # Ctrl-C in any command but build (which says what the store holds) ended with exit
            # code 130 and not a word (typer's own handling): one line says what was left.
            err.print(f"plankg: {interrupted_command(fn.__name__, kwargs)}", highlight=False, markup=False)
            raise typer.Exit(130) from None

    app.command()(wrapper)
    _COMMAND_FUNCTIONS[fn.__name__.replace("_", "-")] = fn
    return fn


def refuse_two_stores(neo4j: str | None) -> None:
    """``--store X --neo4j URI`` (both typed) read and wrote Neo4j and never said that X was left
    out: a build the user thought went into X was not there. A --store from $PLANKG_STORE is a
    default, and --neo4j beside it is no contradiction."""
    context = click.get_current_context(silent=True)
    if not neo4j or context is None:
        return
    if context.get_parameter_source("store") is click.core.ParameterSource.COMMANDLINE:
        raise InputError("give --store (the embedded store) or --neo4j (a Neo4j server), not both")


class Format(StrEnum):
    table = "table"
    json = "json"


StoreOpt = Annotated[
    str | None,  # a str, not a Path: Path("") is ".", and an empty --store must be refused as empty
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
def _graph(store: str | None, neo4j: str | None) -> Iterator[api.Graph]:
    """The configured graph, closed however the command ends."""
    graph = api.open(store, neo4j=neo4j)
    try:
        yield graph
    finally:
        graph.close()


def _emit(
    rows: list[dict[str, Any]],
    fmt: Format,
    columns: list[str] | None = None,
    title: str | None = None,
    empty: str = "(no results)",
) -> None:
    if fmt is Format.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if not rows:
        err.print(empty, markup=False, highlight=False)
        return
    columns = columns or list(rows[0])
    if _too_narrow(rows, columns):
        _print_records(rows, columns, title)
        return
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        # An id is what one copies into the next command (show, lineage, --plan): it is never
        # broken over two lines ("zj-gov-report-2 / 026/s2/t1.1" in an 80-column terminal); the
        # titles beside it fold instead.
        table.add_column(column, overflow="fold", no_wrap=column == "id" or column.endswith("_id"))
    for row in rows:
        table.add_row(*(_cell(row.get(c), score=_is_score(c)) for c in columns))
    out.print(table)


def _is_score(column: str) -> bool:
    return column == "score" or column.endswith("_score")


def _too_narrow(rows: list[dict[str, Any]], columns: list[str]) -> bool:
    """Whether the ids, which are never broken, leave the other columns under NARROWEST_COLUMN
    each. Rich squeezed them to a character: the summary of a 28-file build in an 80-column
    terminal, whose file-name ids are 44 characters wide, printed "sections" and each count one
    character a line, 7 lines a plan."""
    from rich.cells import cell_len

    kept = [c for c in columns if c == "id" or c.endswith("_id")]
    whole = sum(
        max([cell_len(c)] + [cell_len(line) for row in rows for line in _cell(row.get(c)).splitlines()]) for c in kept
    )
    left = out.width - 1 - 3 * len(columns) - whole  # less the borders and each column's padding
    return left < NARROWEST_COLUMN * (len(columns) - len(kept))


# Two Chinese characters or four digits: a narrower column reads one character a line.
NARROWEST_COLUMN = 4


def _print_records(rows: list[dict[str, Any]], columns: list[str], title: str | None) -> None:
    """A table too wide for the terminal, one block per row: a column name and its value a line."""
    from rich.table import Table

    if title:
        out.print(title, markup=False, highlight=False)
    for number, row in enumerate(rows):
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column(overflow="fold")
        for column in columns:
            grid.add_row(column, _cell(row.get(column), score=_is_score(column)))
        if number:
            out.print()
        out.print(grid)


# A table cell longer than this is cut, saying how much is left out: `plankg cypher "MATCH (p:Plan)
# RETURN p"` printed each plan's whole text (Plan.text, 100,000 characters and more) into its
# cell, 345 KB of terminal for seven plans. JSON keeps every value whole.
CELL_LIMIT = 1000


def _cell(value: Any, score: bool = False) -> str:
    # A link's score is printed to three places (0.200 under 0.176, not 0.2), so a column of them lines up and
    # reads by eye; JSON keeps the value as stored, and other numbers (an indicator's 4.5) are left as they are.
    if score and isinstance(value, float):
        return f"{value:.3f}"
    text = "" if value is None else str(value)
    if len(text) <= CELL_LIMIT:
        return text
    return f"{text[:CELL_LIMIT]}… ({len(text) - CELL_LIMIT} more characters; --format json prints all)"


@command
def build(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Plan files or directories (a plans.yaml beside them, if any, gives their metadata; else it is "
            "guessed) [default: data/plans].",
            show_default=False,
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
    keep_going: Annotated[
        bool,
        typer.Option(
            "--keep-going",
            help="Build every readable plan, list each file skipped and why, exit 1 if any was. "
            "Without it one unreadable file stops the build before anything is written.",
        ),
    ] = False,
    batch_size: Annotated[int | None, typer.Option(help="Rows per batched statement (Neo4j).", min=1)] = None,
    all_warnings: Annotated[
        bool,
        typer.Option(
            "--all-warnings",
            help=f"Print every warning; without it, the first {WARNINGS_SHOWN} of a kind per plan, "
            "then a count of the rest.",
        ),
    ] = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """Read plans, segment them, and (re)write each plan's subgraph, all or nothing.

    Every file is read and checked before anything is written; a plan that is built again
    replaces its previous version. Example: plankg build data/plans
    """
    reached: dict[str, tuple[int, int]] = {}  # stage -> (done, total), for a message on Ctrl-C
    try:
        with _progress() as bars:
            draw = _progress_callback(bars)

            def progress(stage: str, done: int, total: int) -> None:
                reached[stage] = (done, total)
                draw(stage, done, total)

            report = api.build(
                paths or None,  # no PATHS: data/plans (the API refuses an empty list)
                store=store,
                neo4j=neo4j,
                keep_going=keep_going,
                strict=strict,
                plan_id=plan_id,
                title=title,
                period=period,
                region=region,
                batch_size=batch_size,
                progress=progress,
            )
    except KeyboardInterrupt:
        err.print(f"plankg: {interrupted_build(reached)}", highlight=False, markup=False)
        raise typer.Exit(130) from None
    for notice in report.notices:
        err.print(f"notice: {notice}", highlight=False, markup=False)
    for succession in report.successions:
        err.print(
            f"inferred: {succession['later']} follows {succession['earlier']} ({succession['reason']})",
            highlight=False,
            markup=False,
        )
    for warning in report.warnings if all_warnings else shown_warnings(report.warnings):
        err.print(
            f"[yellow]warning[/]: {warning['plan_id'] + ': ' if warning['plan_id'] else ''}{warning['code']}: "
            f"{warning['message']}",
            markup=True,
            highlight=False,
        )
    rows = report.plans  # the JSON keeps each plan's source file; the table leaves the column out
    if fmt is Format.table:
        rows = [{k: v for k, v in plan.items() if k != "source"} for plan in rows]
    _emit(rows, fmt, title=f"built {len(rows)} plan(s) into {report.store} at {report.location}")
    for skipped in report.skipped:
        err.print(f"plankg: skipped {skipped.path}: {skipped.reason}", highlight=False, markup=False)
    if report.skipped:
        err.print(f"plankg: error: {len(report.skipped)} file(s) skipped", highlight=False, markup=False)
        raise typer.Exit(1)


def shown_warnings(warnings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first WARNINGS_SHOWN warnings of each plan and code, then one saying how many more."""

    def key(warning: dict[str, Any]) -> tuple[str, str]:
        return str(warning["plan_id"]), str(warning["code"])

    counts = Counter(key(warning) for warning in warnings)
    shown: list[dict[str, Any]] = []
    seen: Counter[tuple[str, str]] = Counter()
    for warning in warnings:
        seen[key(warning)] += 1
        if seen[key(warning)] <= WARNINGS_SHOWN:
            shown.append(warning)
        elif seen[key(warning)] == WARNINGS_SHOWN + 1:
            plan_id, code = key(warning)
            more = counts[key(warning)] - WARNINGS_SHOWN
            message = f"… and {more} more like it (plankg build --all-warnings prints every one)"
            shown.append({"plan_id": plan_id, "code": code, "message": message})
    return _fewer_guessed(shown)


def _fewer_guessed(warnings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first GUESSED_PLANS_SHOWN no-manifest-entry warnings, then one line for the rest."""
    guessed = [w for w in warnings if w["code"] == GUESSED_CODE]
    if len(guessed) <= GUESSED_PLANS_SHOWN + 1:
        return warnings
    rest = guessed[GUESSED_PLANS_SHOWN:]
    first_left_out = rest[0]
    message = (
        f"… and {len(rest)} more plan(s) without a manifest entry, their id, title and period guessed likewise "
        "(the table names them, `plankg plans` lists them; --all-warnings prints each)"
    )
    left_out = {id(w) for w in rest}
    return [
        {"plan_id": "", "code": GUESSED_CODE, "message": message} if w is first_left_out else w
        for w in warnings
        if id(w) not in left_out or w is first_left_out
    ]


def interrupted_command(name: str, options: dict[str, Any]) -> str:
    """What a command other than build left when Ctrl-C stopped it, in one line."""
    if name == "cypher" and options.get("write"):
        return "interrupted; a write query stopped this way may or may not have been committed"
    if name == "export":
        return (
            "interrupted; the graph was only read, and no half-written file is left (each file is written "
            "under a temporary name, then renamed)"
        )
    return "interrupted; the graph was only read, its plans are as they were"


def interrupted_build(reached: dict[str, tuple[int, int]]) -> str:
    """What a build stopped by Ctrl-C left in the store, in one line (from the stages it reached).

    Reading writes nothing; each plan is written whole (its old or its new version); lineage of
    the plans written is redrawn by the next build (``unlinked_successions``)."""
    if "writing" not in reached:
        return "interrupted while reading plans; nothing was written, the store is as it was"
    done, total = reached["writing"]
    if done < total:
        return (
            f"interrupted while writing plans ({done} of {total} written; each plan is whole, at its old or "
            "new version); run the build again to finish it and redraw their lineage"
        )
    return (
        f"interrupted while linking lineage: the {total} plan(s) are written, their CONTINUES may be "
        "missing; run the build again to redraw them"
    )


def _progress_callback(bars: Progress) -> api.Progress:
    tasks: dict[str, Any] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(f"{stage} plans", total=total)
        bars.update(tasks[stage], completed=done)

    return update


def _progress() -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err._console_now(),
        transient=True,
        disable=not err.is_terminal,  # no bar (nor its blank line) in logs and pipes
    )


@command
def stats(store: StoreOpt = None, neo4j: Neo4jOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Counts per label, per relationship type and per plan. Example: plankg stats --format json"""
    with _graph(store, neo4j) as graph:
        result = graph.stats()
    if fmt is Format.json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    counts = [{"kind": "node", "name": k, "count": v} for k, v in result["nodes"].items()]
    counts += [{"kind": "relationship", "name": k, "count": v} for k, v in result["relationships"].items()]
    _emit(counts, fmt, title=f"{result['store']} store")
    columns = ["id", "kind", "period", "sections", "tasks", "clauses", "indicators", "title"]
    _emit(result["plans"], fmt, columns, title="plans")


# PLAN_BY_NAME_OR_TITLE: what a PLAN may be besides its id (plan-0987a041 is the id of a file named in Chinese).
PLAN_NAMED = ", its file's name or (a piece of) its title"


@command
def plans(store: StoreOpt = None, neo4j: Neo4jOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Every plan in the graph, with the id the other commands take. Example: plankg plans --format json"""
    # A researcher's first question of a store built from a folder without a manifest is "which ids
    # did it guess?" (`plankg plans` gave "No such command"): `graph.plans()` of the API answered it,
    # the CLI only through the counts of `stats`.
    with _graph(store, neo4j) as graph:
        rows = graph.plans()
    _emit(
        rows,
        fmt,
        ["id", "kind", "region", "period", "start_year", "end_year", "issuer", "title", "source"],
        empty="no plans in the graph (plankg build PATHS adds them)",
    )


@command
def sections(
    plan: Annotated[str, typer.Argument(help=f"Plan id (see `plankg plans`){PLAN_NAMED}.")],
    depth: Annotated[int, typer.Option(help="Deepest level to show.", min=1)] = 9,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """The section tree of one plan. Example: plankg sections sh-stic-14 --depth 2"""
    with _graph(store, neo4j) as graph:
        rows = graph.sections(plan, depth=depth)
        empty = _no_sections(graph, graph.find_plan(plan)) if not rows else ""
    if fmt is Format.table:
        rows = [{**r, "title": "  " * (r["level"] - 1) + f"{r['number']} {r['title']}".strip()} for r in rows]
        _emit(rows, fmt, ["id", "level", "title"], empty=empty)
    else:
        _emit(rows, fmt)


# NO_SECTIONS_SAYS_WHERE: `plankg sections gz-temporary-assistance-rules-2021` (广州市临时救助实施细则, 18 articles
# under no chapter, all of them Clause nodes of the plan) printed a bare "(no results)", and `plankg tasks --plan`
# of it sent the reader there ("its sections: plankg sections …"): say what the plan holds instead.
def _no_sections(graph: api.Graph, plan_id: str) -> str:
    """What an empty section tree means: the plan's articles are clauses of the plan, or its text has no headings."""
    clauses = graph.clauses(plan_id)
    if clauses:
        first, last = clauses[0], clauses[-1]
        return (
            f"no sections in {plan_id}: its text has no chapters or headings plankg reads; its {len(clauses)} "
            f"articles ({first['number']}…{last['number']}) are clauses of the plan itself: plankg show {first['id']}, "
            f"plankg lineage {first['number']} --plan {plan_id}"
        )
    return f"no sections in {plan_id}: plankg read no headings and no numbered articles in its text"


@command
def tasks(
    plan: Annotated[str | None, typer.Option(help=f"Only tasks of this plan: its id{PLAN_NAMED}.")] = None,
    field: Annotated[str | None, typer.Option(help="Only tasks in this field, e.g. 集成电路.")] = None,
    kind: Annotated[str | None, typer.Option(help="Only tasks of this block kind, e.g. 重大任务, 重点方向.")] = None,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Plan tasks with the block they sit in. Example: plankg tasks --plan sh-sti-12 --kind 重大任务"""
    with _graph(store, neo4j) as graph:
        rows = graph.tasks(plan=plan, field=field, kind=kind)
    _emit(rows, fmt, ["id", "kind", "number", "title", "section"], empty=_no_tasks(plan, field, kind))


def _no_tasks(plan: str | None, field: str | None, kind: str | None) -> str:
    """What an empty task list means: `plankg tasks --plan bj-data-zone-2022` (a 指导意见 with no task
    block) printed "(no results)", which read like a failure; the plan, field and kind exist (the
    API refuses those that don't), so the answer is that none of its tasks matched."""
    if plan and not field and not kind:
        return f"no tasks in {plan}: plankg read no task block in it (its sections: plankg sections {plan})"
    given = [f"plan {plan}" if plan else "", f"field {field}" if field else "", f"kind {kind}" if kind else ""]
    return f"no tasks with {' and '.join(g for g in given if g)} (leave out a filter to see what there is)"


@command
def platforms(
    field: Annotated[
        str | None, typer.Option(help="Field name or alias, e.g. 集成电路 (see plankg/data/fields.yaml).")
    ] = None,
    plan: Annotated[
        str | None, typer.Option(help=f"Only this plan (its id{PLAN_NAMED}); alone: every platform the plan names.")
    ] = None,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Which platforms support a field, with the plan and the sentence that says so; or every
    platform one plan builds or names, in the order of its text.

    Examples: plankg platforms --field 集成电路; plankg platforms --plan sh-stic-14
    """
    with _graph(store, neo4j) as graph:
        rows = graph.platforms(field=field, plan=plan)
        if plan and not field:
            empty = f"no platform named in {plan}"
        else:
            empty = "" if rows else _no_platforms(graph, field or "", plan)
    _emit(rows, fmt, ["name", "kind", "plan_id", "evidence"], empty=empty)


# NO_PLATFORMS_SAYS_WHY (user55): `plankg platforms --field 集成电路 --plan pt-medical-aid-rules-2012` ended on a
# bare "(no results)": nothing said whether the plan was read, whether it names platforms at all, or whether other
# plans' platforms support the field. The empty answer says what was searched (the field as resolved, the plan's
# id) and which of these it is, as `tasks` and `institutions` say theirs.
def _no_platforms(graph: api.Graph, field: str, plan: str | None) -> str:
    """Why ``platforms --field F [--plan P]`` found nothing, in one line."""
    name = graph.resolve_field(field)
    shown = name if name == field else f"{name} (from {field!r})"
    elsewhere = graph.platforms(field=field)
    if plan is None:
        return f"no platform supports {shown} in any plan of the graph"
    plan_id = graph.find_plan(plan)
    named = {row["name"] for row in graph.platforms(plan=plan_id)}
    own = (
        f"{plan_id} names {len(named)} platform(s), none of them supporting {name} (`plankg platforms --plan "
        f"{plan_id}` lists them)"
        if named
        else f"{plan_id} names no platform"
    )
    others = sorted({row["plan_id"] for row in elsewhere})
    listed = ", ".join(others[:5]) + (" …" if len(others) > 5 else "")
    other = f"; other plans' platforms support it ({listed})" if others else f"; no plan's platform supports {shown}"
    return f"no platform of {plan_id} supports {shown}: {own}{other}"


@command
def institutions(
    plan: Annotated[
        str, typer.Option(help=f"The plan whose institutions to list: its id{PLAN_NAMED}.", show_default=False)
    ],
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """The institutions one plan names (universities, institutes, hospitals, firms, government
    bodies…), in the order of its text, each with the sentence that names it.

    Example: plankg institutions --plan sh-stic-14
    """
    with _graph(store, neo4j) as graph:
        rows = graph.institutions(plan)
    _emit(rows, fmt, ["name", "kind", "plan_id", "evidence"], empty=f"no institution named in {plan}")


def _succession_hint(successions: list[dict[str, Any]], plan: str | None, against: str | None) -> str:
    """The other half of a --plan/--against pair the graph's successions give: `lineage --plan
    gd-gwr-2025` alone said "give both" without naming the report it follows (gd-gwr-2024)."""
    if plan is not None:
        found = [row["earlier"] for row in successions if row["later"] == plan]
        return f" ({plan} follows {', '.join(found)}: --against {found[0]})" if found else ""
    found = [row["later"] for row in successions if row["earlier"] == against]
    return f" ({', '.join(found)} follow(s) {against}: --plan {found[0]})" if found else ""


@command
def lineage(
    unit: Annotated[
        str | None,
        typer.Argument(
            help="A section, task or clause id, an article's number (第五条; with --plan: that plan's), a piece of"
            " a title that names one unit, or (an untitled article: a clause) a quote of its words.",
            show_default=False,
        ),
    ] = None,
    plan: Annotated[
        str | None,
        typer.Option(
            "--plan", help=f"Align this (later) plan (its id{PLAN_NAMED}) ...; with UNIT: the plan UNIT is in."
        ),
    ] = None,
    against: Annotated[str | None, typer.Option("--against", help="... with this earlier plan.")] = None,
    depth: Annotated[int, typer.Option(help="How many plan generations to follow each way.", min=1)] = 3,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """A unit's lineage across plans, or two plans aligned.

    With UNIT (a section, task or clause): the earlier units it continues and the later ones that
    continue it, with plan, period, score, reason and a snippet. With --plan LATER --against
    EARLIER: what of the earlier plan the later one continues (the pairs), what is new, what was
    dropped. CONTINUES links the units of a plan to those of the plans it follows (manifest
    `follows:`, or inferred: same region and issuer, the period before). Examples:
    plankg lineage 体外诊断与影像诊断装备; plankg lineage 第五条 --plan pt-medical-aid-rules-2012; plankg
    lineage --plan sh-stic-14 --against sh-sti-12
    """
    if (plan is None) != (against is None) and not (unit is not None and against is None):
        from plankg.queries import registry

        try:
            with _graph(store, neo4j) as graph:
                named = graph.find_plan(plan or against or "")
                hint = _succession_hint(
                    registry.PLAN_SUCCESSIONS.run(graph.store),
                    named if plan is not None else None,
                    named if against is not None else None,
                )
        except PlankgError:  # no graph to ask: the usage mistake alone
            hint = ""
        raise InputError(f"give both --plan LATER and --against EARLIER{hint}")
    if against is not None and unit is not None:
        raise InputError("give a UNIT (with --plan: the plan it is in) or --plan/--against, not both")
    if plan is None and unit is None:
        raise InputError("give a UNIT (section or task) or --plan LATER --against EARLIER")
    if plan is not None and against is not None and unit is None:
        with _graph(store, neo4j) as graph:
            table = graph.align(plan, against)
        plan, against = table["later"], table["earlier"]  # the ids, when a file name or title named them
        if fmt is Format.json:
            typer.echo(json.dumps(table, ensure_ascii=False, indent=2, default=str))
            return
        pairs = [{**r, "shared_terms": "、".join(r["shared_terms"])} for r in table["continues"]]
        _emit(
            pairs,
            fmt,
            [
                "later_kind",
                "later_number",
                "later_title",
                "earlier_kind",
                "earlier_number",
                "earlier_title",
                "score",
                "shared_terms",
            ],
            # A pair of plans with no succession in the graph is aligned on request: the title must
            # not say that one continues the other (two unrelated plans read as a succession).
            title=(
                f"{plan} continues {against} ({len(pairs)} pairs)"
                if table["source"] == "graph"
                else f"{plan} against {against}: no succession between them in the graph; "
                f"{len(pairs)} pairs aligned on request"
            ),
            empty=f"{plan} against {against}: no pairs (no unit of {plan} continues one of {against})",
        )
        # ALIGNED_LISTS_SAY_WHEN_EMPTY: an empty list keeps its heading. `lineage --plan gd-gwr-2025
        # --against gd-gwr-2024` ended on a bare "(no results)" under the table of what is new: it
        # read as if the new units were gone, and nothing said the list of what was dropped was empty.
        _emit(
            table["new"],
            fmt,
            ["id", "label", "number", "title"],
            title=f"new in {plan} ({len(table['new'])})",
            empty=f"new in {plan}: none (every unit of it continues one of {against})",
        )
        _emit(
            table["dropped"],
            fmt,
            ["id", "label", "number", "title"],
            title=f"dropped from {against} ({len(table['dropped'])})",
            empty=f"dropped from {against}: none (every unit of it is continued in {plan})",
        )
        return
    with _graph(store, neo4j) as graph:
        rows = graph.lineage(unit or "", depth=depth, plan=plan)
        # A piece of a title names the unit it resolved to (国防建设 could be 第九篇 国防建设 of one
        # plan or 8.国防建设在调整中发展 of another: the table did not say which one it followed).
        unit_id = graph.lineage_unit(unit or "", plan=plan)
    if fmt is Format.table:
        rows = [{**r, "shared_terms": "、".join(r["shared_terms"] or [])} for r in rows]
    columns = ["direction", "hop", "plan_id", "period", "id", "title", "score", "shared_terms", "snippet"]
    named = unit_id if unit_id == unit else f"{unit_id} ({unit})"
    _emit(
        rows,
        fmt,
        columns,
        title=f"lineage of {named}",
        empty=f"no lineage for {named}: no CONTINUES to or from it (its plan follows no plan in the graph and "
        "none follows it, or no unit of those plans carries it on)",
    )


@command
def export(
    output: Annotated[
        str, typer.Option("--output", "-o", help="File to write (a folder for csv); - for standard output.")
    ],
    field: Annotated[
        str | None, typer.Option(help="The field (name or alias), its platforms and the tasks/sections in it.")
    ] = None,
    plan: Annotated[
        str | None, typer.Option(help=f"A plan's sections, tasks, indicators and entities (its id{PLAN_NAMED}).")
    ] = None,
    task: Annotated[str | None, typer.Option(help="A task (id or title), its place, entities and lineage.")] = None,
    cypher: Annotated[str | None, typer.Option(help="The nodes a read query returns (or its column `id`).")] = None,
    file_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="; ".join(f"{name}: {spec.help}" for name, spec in export_.FORMATS.items())
            + ". Default: the one the -o name ends in (ic.graphml), else json.",
            show_default=False,
        ),
    ] = None,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Write a subgraph for a report: chosen nodes and every relationship between them.

    Example: plankg export --field 集成电路 --format graphml -o ic.graphml
    """
    with _graph(store, neo4j) as graph:
        written = graph.export(output, file_format, field=field, plan=plan, task=task, cypher=cypher)
    if written["path"] == "-":
        where = "standard output"
    elif written["format"] == "csv":
        where = f"{written['path']}/ ({len(written['files'])} files)"
    else:
        where = written["path"]
    err.print(
        f"wrote {written['nodes']} nodes and {written['relationships']} relationships to {where}", highlight=False
    )
    if written.get("note"):
        err.print(f"plankg: note: {written['note']}", highlight=False, markup=False)


@command
def show(
    node_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A node id, e.g. sh-sti-12/s3.1 or platform:集成电路创新中心; a plan by its file's name or title too.",
        ),
    ],
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """A node, its relationships, and the text of the plan where it stands.

    Example: plankg show sh-sti-12/s3.1.1/t1.1
    """
    with _graph(store, neo4j) as graph:
        result = graph.show(node_id)
    if fmt is Format.json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    props = result["properties"]  # (Plan.text is left to the JSON: the table lists short properties)
    out.print(f"[bold]{result['label']}[/] {result['id']}", highlight=False)  # the id, when a plan's title named it
    for key, value in props.items():
        if key not in ("_label", "text"):
            out.print(f"  {key}: {value}", highlight=False, markup=False)
    if result.get("twin_section"):
        out.print(
            f"  twin section: {result['twin_section']} (the same item; its CONTINUES are listed with via)",
            highlight=False,
            markup=False,
        )
    for direction in ("outgoing", "incoming"):
        if result[direction]:
            edges = result[direction]
            columns = ["type", "label", "id", "name", "evidence"]
            if any("score" in edge for edge in edges):
                # A CONTINUES link's evidence is its score and shared terms (the JSON had them; the
                # table showed an empty evidence cell, so a reader could not tell a 0.9 from a 0.03).
                columns += ["score", "shared_terms"]
                edges = [{**e, "shared_terms": "、".join(e.get("shared_terms") or [])} for e in edges]
            if any(edge.get("via") for edge in edges):
                columns.append("via")
            _emit(edges, fmt, columns, title=direction)
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
        check_read_only(query)  # refused in the command line's words (--write; Graph.cypher says write=True)
    with _graph(store, neo4j) as graph:
        rows = graph.cypher(query, write=write, params=params)
        notices = getattr(graph.store, "notices", {})  # Neo4j's warnings on this query, once each
    _emit(rows, fmt)
    for text, times in notices.items():
        repeated = f" ({times}×)" if times > 1 else ""
        err.print(f"plankg: warning: Neo4j: {text}{repeated}", highlight=False, markup=False)


# ONE_COMMAND_BUILT (perf57): Typer turns every registered command into a Click command (reading its signature and
# type hints) before it looks at the command line: 12.5 ms of CPU for the eleven commands against 3 ms for one, a
# tenth of what `plankg tasks --field 集成电路 --format json` costs over importing the store engine and the CLI
# libraries (bench/results.json `cli_lookup_over_base_import`). When the first argument names a command, the group
# is built holding that command alone; its parsing, help and errors are that command's, as in the whole group.
# Anything else (no argument, --help, a mistyped command) gets the whole group, which lists the commands.
def _app_for(args: Sequence[str]) -> Callable[[], Any]:
    """What ``main`` runs for the command line ``args``: the group of the one command it names, else the app."""
    import copy

    from typer.main import get_command_name, get_group

    name = args[0] if args else ""
    named = [c for c in app.registered_commands if c.callback and get_command_name(c.callback.__name__) == name]
    if len(named) != 1 or any(c.name for c in named):
        return app
    narrowed = copy.copy(app)
    narrowed.registered_commands = named
    return get_group(narrowed)


def main() -> None:
    try:
        _app_for(sys.argv[1:])()
    except KeyboardInterrupt:
        # Only before a command runs: each command catches its own (`command`, `build`).
        sys.stderr.write(STARTUP_INTERRUPTED)
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()
