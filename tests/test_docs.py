"""The README documents every command and named query, and every command explains itself."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plankg.cli import app
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
