"""A lookup imports only what it uses (issue #9): the CLI, the API and the query registry are imported without the
loaders' rule modules, lineage, jieba, scikit-learn, SciPy, NumPy or networkx, whose imports cost a lookup many times
its query. Session 41's clause naming put the structure rules (0.37 s of patterns compiled on import) on every
lookup's path: `plankg tasks --field 集成电路` took 5.05× the base imports, 1.92× before
(bench/results.json, `cli_lookup_over_base_import`). Session 43 (perf57) took the clause rules of
`plankg.lineage.clauses` off it too, builds only the command the command line names, and asks a field's rows
without asking first whether the graph holds the field."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from click.testing import CliRunner
from typer.main import get_command

from plankg import api
from plankg.cli import _app_for, app
from plankg.graph.store import GraphStore

HEAVY = ("plankg.loaders", "plankg.lineage", "jieba", "sklearn", "scipy", "numpy", "networkx")


def test_the_lookup_path_imports_no_loader_rules_and_no_heavy_library() -> None:
    probe = (
        "import sys, plankg.cli, plankg.api, plankg.queries.registry, plankg.queries.naming\n"
        f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_clause_is_still_named_by_its_opening_words() -> None:
    # the clause rules are imported when a clause is named (display_name), not with the module
    from plankg.queries.naming import display_name

    clause = {"label": "Clause", "number": "第五条", "text": "第五条 市科委负责本办法的解释，自发布之日起施行。"}
    assert display_name(clause) == "第五条 第五条 市科委负责本办法的解释"


# ONE_COMMAND_BUILT: the group `main` runs for a command line naming a command holds that command alone, and says
# what the whole group says: its help, its usage errors, its answers.
@pytest.mark.parametrize(
    "args",
    [
        ["tasks", "--help"],
        ["tasks", "--bogus"],
        ["sections"],
        ["platforms", "--help"],
        ["build", "--help"],
        ["cypher", "--help"],
        ["tasks", "--field", "集成电路", "--store", ""],
    ],
)
def test_the_one_command_group_answers_as_the_whole_group(args: list[str]) -> None:
    narrowed = _app_for(args)
    assert narrowed is not app
    assert len(narrowed.commands) == 1  # type: ignore[attr-defined]
    runner = CliRunner()
    whole, one = runner.invoke(get_command(app), args), runner.invoke(narrowed, args)  # type: ignore[arg-type]
    assert (one.exit_code, one.stdout, one.stderr) == (whole.exit_code, whole.stdout, whole.stderr)


@pytest.mark.parametrize("args", [[], ["--help"], ["taks"], ["--store", "x", "tasks"]])
def test_anything_but_a_command_name_gets_the_whole_group(args: list[str]) -> None:
    # no command, the group's help, a mistyped command ("No such command 'taks'", which lists none): all of them
    assert _app_for(args) is app


class _Counting:
    """A store that counts the queries run through it."""

    def __init__(self, store: GraphStore) -> None:
        self.store, self.queries = store, 0

    def run(self, cypher: str, params: dict[str, Any] | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        self.queries += 1
        return self.store.run(cypher, params, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def _graph(store: GraphStore) -> tuple[api.Graph, _Counting]:
    graph = api.Graph.__new__(api.Graph)
    counting = _Counting(store)
    graph.store = counting  # type: ignore[assignment]
    return graph, counting


def test_a_field_the_graph_spells_so_takes_one_query(built: GraphStore) -> None:
    # FIELD_AS_SPELLED_FIRST: 集成电路 is a Field of the five Shanghai plans; its rows prove it, no check first
    graph, counting = _graph(built)
    rows = graph.tasks(field="集成电路")
    assert rows and counting.queries == 1
    counting.queries = 0
    assert graph.platforms(field="集成电路") and counting.queries == 1


def test_an_alias_and_an_unknown_field_are_resolved_as_before(built: GraphStore) -> None:
    # 信息技术 is an alias of 新一代信息技术 (plankg/data/fields.yaml): the same rows as the canonical name
    graph, _ = _graph(built)
    assert graph.tasks(field="信息技术") == graph.tasks(field="新一代信息技术") != []
    assert graph.platforms(field="信息技术") == graph.platforms(field="新一代信息技术")
    with pytest.raises(api.NotFoundError, match="no field '不存在的领域'"):
        graph.tasks(field="不存在的领域")
