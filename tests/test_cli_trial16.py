"""Session 16's user trial: what a researcher met using plankg on scored texts, each fixed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import plankg
import plankg.cli as cli
from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

ROOT = Path(__file__).resolve().parents[1]
TOOLBOX = ROOT / "tests/realworld/lineage13/plans/sh-lowuse-toolbox-2024.md"  # split heldout13

# The console script's own first lines, with Ctrl-C arriving while `typer` is imported.
INTERRUPT_AT_IMPORT = """
import builtins, sys
real_import = builtins.__import__
def stop_at_typer(name, *args, **kwargs):
    if name == "typer":
        raise KeyboardInterrupt
    return real_import(name, *args, **kwargs)
builtins.__import__ = stop_at_typer
sys.argv = ["plankg", "stats"]
from plankg.cli import main
main()
"""


def test_ctrl_c_while_the_command_starts_is_one_line_not_a_traceback() -> None:
    # `timeout -s INT 0.2 plankg stats` printed a 4- to 66-line traceback of whichever import
    # the signal hit (typer, subprocess, dataclasses …).
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPT_AT_IMPORT], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 130
    assert done.stderr == cli.STARTUP_INTERRUPTED


@pytest.mark.parametrize("argv", [["plankg"], ["plankg", "tasks", "--field", "集成电路"]])
def test_ctrl_c_before_typer_runs_the_command_is_one_line(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Typer building its commands, before any command's own handler: the whole group (no command named) or the group
    # of the one command named (ONE_COMMAND_BUILT, `_app_for`), both through typer.main.get_group.
    import typer.main

    def stopped(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(typer.main, "get_group", stopped)
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 130
    assert capsys.readouterr().err == cli.STARTUP_INTERRUPTED


def test_no_headings_warning_is_dropped_when_table_rows_give_sections() -> None:
    # The 工具箱 1.0 (lineage13, heldout13) is a flattened table: no heading lines, so segment()
    # warned "no headings found in 13,116 characters: the whole text is one section" — beside the
    # 24 sections its coded rows ("1-1产业结构调整") gave.
    text = TOOLBOX.read_text(encoding="utf-8")
    doc = load_plan(text, PlanMeta(id="sh-lowuse-toolbox-2024", title="上海市低效产业用地再开发政策工具箱（1.0版）"))
    assert len(doc.sections) > 1
    assert "no-headings" not in {issue.code for issue in doc.issues}


def test_a_copy_in_another_encoding_is_the_same_text_not_the_same_bytes(tmp_path: Path) -> None:
    # A UTF-8 file and its GB18030 copy (lineage13's 嘉定 2024 action plan, heldout13) differ in
    # every Chinese byte, yet the warning said "the same bytes as a": Plan.sha256 is the text's.
    source = ROOT / "tests/realworld/lineage13/plans/sh-jd-illegal-land-2024.md"
    folder = tmp_path / "copies"
    folder.mkdir()
    text = source.read_text(encoding="utf-8")
    (folder / "a.md").write_bytes(text.encode("utf-8"))
    (folder / "b.md").write_bytes(text.encode("gb18030"))
    report = plankg.build([folder], store=tmp_path / "graph")
    same = [w for w in report.warnings if w["code"] == "same-text"]
    assert [w["plan_id"] for w in same] == ["b"]
    assert "the same text as a (from " in same[0]["message"] and "bytes" not in same[0]["message"]


def test_an_empty_store_path_is_refused_as_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `plankg stats --store "$STORE"` with STORE unset said ". is a directory, not an embedded
    # store file", and plankg.open("") quietly opened the default .plankg/graph.
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PLANKG_STORE", raising=False)
    monkeypatch.setattr(sys, "argv", ["plankg", "stats", "--store", ""])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("plankg: error: an empty --store") and len(err.splitlines()) == 1
    with pytest.raises(plankg.errors.InputError, match="empty --store"):
        plankg.open("")


def test_an_empty_task_list_says_what_it_means(tmp_path: Path) -> None:
    # bj-data-zone-2022 (dev), a 指导意见 with no task block: `plankg tasks --plan` printed only
    # "(no results)", which read like a failed query.
    store = tmp_path / "graph"
    plankg.build([ROOT / "tests/realworld/texts/bj-data-zone-2022.txt"], store=store)
    runner = CliRunner()
    result = runner.invoke(cli.app, ["tasks", "--plan", "bj-data-zone-2022", "--store", str(store)])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith("no tasks in bj-data-zone-2022: plankg read no task block in it")
    result = runner.invoke(cli.app, ["tasks", "--plan", "bj-data-zone-2022", "--store", str(store), "-f", "json"])
    assert result.exit_code == 0 and result.stdout.strip() == "[]"


def test_a_monitoring_network_ending_inside_wangdian_names_no_platform() -> None:
    # nat-eco-env-13 (dev): `plankg platforms --field 船舶` answered "船舶大气污染物排放遥感监测和油品质量
    # 监测网", a name cut from 网点 (monitoring points). A network written 网 is still one.
    from plankg.loaders.extract.mentions import find_mentions

    points = (
        "靠港船舶优先使用岸电，建设船舶大气污染物排放遥感监测和油品质量监测网点，"
        "开展船舶排放控制区内船舶排放监测和联合监管。"
    )
    assert not [m.name for m in find_mentions(points) if m.name.endswith("监测网")]
    assert [m.name for m in find_mentions("加快建设国家环境监测网。")] == ["国家环境监测网"]
