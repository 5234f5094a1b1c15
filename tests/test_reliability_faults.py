"""A build killed with SIGKILL at many points leaves a store every reader can use at once.

The build runs as its own process, alternating between two versions of two small plans, and is
killed at spread-out points of three kinds. (The first build is `python -m plankg.cli build`;
the killed ones are forked from a process that has already imported plankg, tests/fork_build.py,
since the imports alone take seconds and would make twenty-odd kills take minutes.)

- during a checkpoint: the moment the engine's shadow file appears (the checkpoint has begun
  writing; the issue's "checkpoint recovery pending");
- during the writes: the moment the write-ahead log appears, plus a short spread-out delay;
- at a spread-out delay over the whole run (reading, analysing, writing, closing).

After each kill, every read command must work straight away, and each plan must be either its
old or its new version, never a mix. No timing is asserted; the delays only spread the kills.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plankg.cli import app
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.pipeline import discover, read_plan
from tests.conftest import ROOT
from tests.reliability_plans import write_plans

pytestmark = pytest.mark.fault
runner = CliRunner()
KILLS = 21  # 7 of each kind
PLAN_IDS = ("report-12", "iti-12")


def _signature(plan: dict[str, object]) -> tuple[object, ...]:
    return (plan["title"], plan["sections"], plan["tasks"])


def _expected(folder: Path) -> dict[str, tuple[object, ...]]:
    vocabulary = load_field_vocabulary()
    documents = [read_plan(source, vocabulary).document for source in discover([folder])]
    return {d.plan.id: (d.plan.title, len(d.sections), len(d.tasks)) for d in documents}


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


class Builds:
    """`plankg build` in its own process: forked from a warmed-up server (tests/fork_build.py)."""

    def __init__(self, warm: Path) -> None:
        self.stderr = warm.parent / "last-build.stderr"  # the last build's error output
        self.server = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("fork_build.py")), str(warm)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PLANKG_FORK_STDERR": str(self.stderr)},
        )

    def start(self, folder: Path, store: Path | str) -> int:
        """A build of ``folder`` into an embedded store path or a Neo4j URI; its pid."""
        target = ["--neo4j", store] if isinstance(store, str) else ["--store", str(store)]
        assert self.server.stdin and self.server.stdout
        self.server.stdin.write(json.dumps(["build", str(folder), *target]) + "\n")
        self.server.stdin.flush()
        return int(self.server.stdout.readline())

    def exit_code(self) -> int:
        assert self.server.stdout
        return int(self.server.stdout.readline())

    def close(self) -> None:
        assert self.server.stdin
        self.server.stdin.close()
        self.server.wait(timeout=30)


def _kill_when(pid: int, path: Path, extra_delay: float) -> None:
    """SIGKILL once ``path`` exists (plus a delay), unless the build ends first."""
    while _alive(pid):
        if path.exists():
            time.sleep(extra_delay)
            _kill(pid)
            return
        time.sleep(0.0005)  # a busy loop would take a core from the build it watches


def _kill_after(pid: int, delay: float) -> None:
    deadline = time.monotonic() + delay
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.005)
    _kill(pid)


def _read_everything(store: Path) -> dict[str, tuple[object, ...]]:
    """Every read command, at once; the plans' signatures as `stats` reports them."""
    target = ["--store", str(store), "--format", "json"]
    commands = [
        ["sections", "report-12", "--depth", "1"],
        ["tasks", "--plan", "iti-12"],
        ["platforms", "--field", "移动通信"],
        ["show", "report-12"],
        ["cypher", "MATCH (p:Plan) RETURN p.id AS id ORDER BY id"],
        ["export", "--plan", "report-12", "-o", str(store.parent / "export.json")],
    ]
    for command in commands:
        args = command + (target if command[0] != "export" else ["--store", str(store)])
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (command, result.stderr)
    lineage = runner.invoke(app, ["lineage", "建设技术创新示范企业", *target])  # a task of the old version only
    assert lineage.exit_code in (0, 1) and len(lineage.stderr.strip().splitlines()) <= 1, lineage.stderr
    if lineage.exit_code == 1:
        assert "no section or task" in lineage.stderr  # the unit is gone, said in one line
    stats = runner.invoke(app, ["stats", *target])
    assert stats.exit_code == 0, stats.stderr
    return {p["id"]: _signature(p) for p in json.loads(stats.stdout)["plans"]}


def test_sigkill_at_many_points_never_breaks_readers_or_half_writes_a_plan(tmp_path: Path) -> None:
    old = write_plans(tmp_path / "old", "old")
    new = write_plans(tmp_path / "new", "new")
    versions = {"old": _expected(old), "new": _expected(new)}
    for plan_id in PLAN_IDS:
        assert versions["old"][plan_id] != versions["new"][plan_id]
    store = tmp_path / "store" / "graph"
    store.parent.mkdir()
    first = subprocess.run(  # the real entry point once; the kills below use forked builds
        [sys.executable, "-m", "plankg.cli", "build", str(old), "--store", str(store)], cwd=ROOT, capture_output=True
    )
    assert first.returncode == 0, first.stderr
    assert _read_everything(store) == versions["old"]

    builds = Builds(warm=old)
    try:
        builds.start(new, store)
        assert builds.exit_code() == 0
        assert _read_everything(store) == versions["new"]
        # How long a build runs up to its checkpoint, measured by the checkpoint kills below; only
        # used to spread the "anywhere" kills over a whole run.
        duration = 1.0

        killed = {"checkpoint": 0, "writes": 0, "anywhere": 0}
        for k in range(KILLS):
            folder = old if k % 2 else new
            kind = ("checkpoint", "writes", "anywhere")[k % 3]
            spread = (k // 3 + 0.5) / (KILLS // 3)  # 1/14, 3/14, … 13/14 for each kind
            started = time.monotonic()
            pid = builds.start(folder, store)
            if kind == "checkpoint":
                _kill_when(pid, Path(f"{store}.shadow"), 0.0)
                duration = time.monotonic() - started
            elif kind == "writes":
                _kill_when(pid, Path(f"{store}.wal"), spread * 0.2)
            else:
                _kill_after(pid, spread * duration)
            code = builds.exit_code()
            assert code in (0, -signal.SIGKILL), (code, builds.stderr.read_text(errors="replace")[-2000:])
            killed[kind] += code == -signal.SIGKILL
            if kind == "checkpoint" and code != 0:
                assert Path(f"{store}.shadow").exists()  # killed inside the checkpoint
            seen = _read_everything(store)
            assert set(seen) == set(PLAN_IDS), seen
            for plan_id, signature in seen.items():
                assert signature in (versions["old"][plan_id], versions["new"][plan_id]), (k, kind, plan_id)
            assert not Path(f"{store}.shadow").exists()  # the first reader finished the checkpoint
    finally:
        builds.close()
    # The kills must really have landed inside checkpoints and writes, not only around them.
    assert killed["checkpoint"] >= 3 and killed["writes"] >= 3 and killed["anywhere"] >= 3, killed


@pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="no NEO4J_URI")
@pytest.mark.neo4j
def test_a_killed_neo4j_build_leaves_old_or_new_versions(tmp_path: Path) -> None:
    """A few kills against Neo4j: a plan's transaction dies with its client, all or nothing."""
    from tests.conftest import neo4j_store

    neo4j_store().close()
    uri = os.environ["NEO4J_URI"]
    old = write_plans(tmp_path / "old", "old")
    new = write_plans(tmp_path / "new", "new")
    versions = {"old": _expected(old), "new": _expected(new)}

    builds = Builds(warm=old)
    try:
        builds.start(old, uri)
        assert builds.exit_code() == 0
        started = time.monotonic()
        builds.start(new, uri)
        assert builds.exit_code() == 0
        duration = time.monotonic() - started
        for k in range(4):
            _kill_after(builds.start(old if k % 2 else new, uri), duration * (0.5 + 0.15 * k))
            assert builds.exit_code() in (0, -signal.SIGKILL)
            stats = runner.invoke(app, ["stats", "--neo4j", uri, "--format", "json"])
            assert stats.exit_code == 0, stats.stderr
            for plan in json.loads(stats.stdout)["plans"]:
                assert _signature(plan) in (versions["old"][plan["id"]], versions["new"][plan["id"]])
    finally:
        builds.close()
