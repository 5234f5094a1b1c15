"""The README documents every command and named query, and every command explains itself."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plankg.cli import app
from plankg.graph import GraphStore
from plankg.queries import registry
from plankg.queries.registry import QUERIES
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]


def test_commands_are_registered() -> None:
    assert set(COMMANDS) >= {"build", "stats", "sections", "tasks", "platforms", "show", "cypher"}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_a_readme_section_with_an_example(command: str) -> None:
    section = re.search(rf"### `plankg {command}\b.*?(?=\n### |\n## )", README, re.S)
    assert section, f"README has no section for plankg {command}"
    assert f"$ plankg {command}" in section.group(0)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout and "--store" in result.stdout


@pytest.mark.parametrize("name", list(QUERIES))
def test_every_named_query_is_documented(name: str) -> None:
    assert f"`{name}`" in README
    assert "Example:" in QUERIES[name].doc


def test_the_python_example_in_the_readme_runs_and_prints_what_it_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    section = re.search(r"## Python\n.*?```python\n(.*?)```\n\nprints\n\n```\n(.*?)```", README, re.S)
    assert section, "README has no Python example with its output"
    code, printed = section.group(1), section.group(2)
    monkeypatch.chdir(tmp_path)
    exec(code.replace('"data/plans"', repr(str(ROOT / "data" / "plans"))), {})
    assert capsys.readouterr().out == printed


def _readme_counts(text: str) -> dict[str, int]:
    return {name: int(count) for name, count in re.findall(r'"(\w+)": (\d+)', text)}


def test_the_counts_the_readme_gives_are_the_graphs(_shared_ladybug: GraphStore) -> None:
    # The README's counts of the data/plans graph had drifted from what `plankg stats` prints
    # (340 sections and 1,051 CONTINUES in one place, 357 and 774 in another, 776 built).
    stats = registry.stats(_shared_ladybug)
    example = re.search(r"\$ plankg stats --format json\n\{\n(.*?)\n  \"plans\"", README, re.S)
    assert example, "README has no stats example"
    assert _readme_counts(example.group(1)) == {**stats["nodes"], **stats["relationships"]}
    prose = re.search(r"For the five texts in `data/plans` the graph has (.*?) `CONTINUES` links", README, re.S)
    assert prose, "README does not say what the graph holds"
    said = [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", prose.group(1))]
    nodes = stats["nodes"]
    wanted = ["Plan", "Section", "Task", "Platform", "Institution", "Field", "Indicator"]
    assert said == [nodes[label] for label in wanted] + [stats["relationships"]["CONTINUES"]]
    table = re.search(r"\$ plankg build data/plans --store \.plankg/demo\n(.*?)```", README, re.S)
    assert table, "README has no build example"
    rows = {
        cells[0]: cells[2:8]
        for cells in (
            [c.strip() for c in line.strip("│").split("│")]
            for line in table.group(1).splitlines()
            if line.startswith("│")
        )
    }
    plans = {p["id"]: p for p in stats["plans"]}
    assert set(rows) == set(plans)
    for plan_id, cells in rows.items():
        assert [int(cells[0]), int(cells[1])] == [plans[plan_id]["sections"], plans[plan_id]["tasks"]], plan_id
