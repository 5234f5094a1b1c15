"""A lookup imports only what it uses (issue #9): the CLI, the API and the query registry are imported without the
loaders' rule modules, jieba, scikit-learn, SciPy, NumPy or networkx, whose imports cost a lookup many times its
query. Session 41's clause naming put the structure rules (0.37 s of patterns compiled on import) on every
lookup's path: `plankg tasks --field 集成电路` took 5.05× the base imports, 1.92× before
(bench/results.json, `cli_lookup_over_base_import`)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("plankg.loaders", "jieba", "sklearn", "scipy", "numpy", "networkx")


def test_the_lookup_path_imports_no_loader_rules_and_no_heavy_library() -> None:
    probe = (
        "import sys, plankg.cli, plankg.api, plankg.queries.registry, plankg.queries.naming\n"
        f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
