"""A fresh held-out round is scored once, as a whole: no scorer lists its misses and extras before
that (bench/splits.py FRESH). Each scorer with --details must refuse it with a usage error."""

from __future__ import annotations

import importlib
import sys

import pytest

import bench.splits

SCORERS = ["eval_segmentation", "eval_formats", "eval_tasks", "eval_indicators", "eval_extraction"]


@pytest.mark.parametrize("scorer", SCORERS)
def test_details_on_a_fresh_round_are_refused(
    scorer: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    module = importlib.import_module(f"bench.{scorer}")
    monkeypatch.setattr(bench.splits, "FRESH", ("heldout5",))
    monkeypatch.setattr(sys, "argv", [f"{scorer}.py", "--split", "heldout5", "--details"])
    with pytest.raises(SystemExit) as stop:
        module.main()
    assert stop.value.code == 2
    assert "--details is not for heldout5" in capsys.readouterr().err
