"""Two small plans in two versions, for the reliability tests (build them fast, tell them apart).

Version "old" is two real plan texts as they are; version "new" retitles both and cuts the
industrial plan to its first 60 % of lines, so each plan's (title, sections, tasks) differs
between the versions and a reader can tell which one it sees.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PLANS_DIR

REPORT = "shanghai-sti-report-2012-ch7.txt"
INDUSTRY = "shanghai-industrial-tech-innovation-12th-fyp.txt"
MANIFEST = """plans:
  - id: report-12
    file: {report}
    title: 报告{suffix}
    kind: report
  - id: iti-12
    file: {industry}
    title: 产业规划{suffix}
    follows: [report-12]
"""


def write_plans(directory: Path, version: str) -> Path:
    """The small plans folder in ``version`` ("old" or "new")."""
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PLANS_DIR / REPORT, directory / REPORT)
    text = (PLANS_DIR / INDUSTRY).read_text(encoding="utf-8")
    if version == "new":
        lines = text.splitlines(keepends=True)
        text = "".join(lines[: len(lines) * 6 // 10])
    (directory / INDUSTRY).write_text(text, encoding="utf-8")
    suffix = "（修订）" if version == "new" else ""
    (directory / "plans.yaml").write_text(
        MANIFEST.format(report=REPORT, industry=INDUSTRY, suffix=suffix), encoding="utf-8"
    )
    return directory
