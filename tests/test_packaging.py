"""A regular (non-editable) install ships everything the package reads at run time: the wheel
holds every file tracked under plankg/, data files included (fields.yaml was once left out)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_the_wheel_holds_every_package_file(tmp_path: Path) -> None:
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    tracked = [path for path in files if path.startswith("plankg/")]
    source = tmp_path / "source"  # a clean copy: the build leaves nothing in the work tree
    for path in files:
        if (ROOT / path).is_file():
            (source / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / path, source / path)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(tmp_path / "dist")],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("plankg-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    missing = [path for path in tracked if path not in shipped]
    assert not missing, f"not in the wheel: {missing}"
    assert "plankg/data/fields.yaml" in shipped
