"""The Neo4j-bound formats, loaded into Neo4j by Neo4j's own tools.

- cypher: the script runs against the test Neo4j and recreates the subgraph. cypher-shell is not
  on this machine (it is neither a Maven Central artifact nor a Debian package), so the script is
  split on its statement terminators (outside string literals) and each statement is run through
  the driver, as cypher-shell would send it.
- csv: `neo4j-admin database import full` (org.neo4j.cli.AdminTool from the neo4j-import-tool jars
  the test server already runs on) imports the folder into a fresh database home; and the test
  server reads the same files back with LOAD CSV over HTTP (Chinese intact, the byte-order mark
  skipped; the test server refuses file:/// URLs).
"""

from __future__ import annotations

import contextlib
import csv
import functools
import http.server
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from plankg.graph import GraphStore
from plankg.graph.ladybug_store import LadybugStore
from plankg.graph.model import NODE_PROPERTIES, RELATIONSHIPS
from plankg.pipeline import Loaded, write_all
from plankg.queries import export
from plankg.queries.export import cypher_script, neo4j_csv
from plankg.queries.export.select import Subgraph
from tests.conftest import ROOT, neo4j_store
from tests.test_export import IC_PLATFORMS, PLAN_SENTENCE

CLASSPATH = ROOT / ".cache" / "neo4j" / "classpath.txt"  # written by scripts/neo4j-up.sh


@pytest.fixture
def ic(store: GraphStore, loaded_plans: dict[str, Loaded]) -> Subgraph:
    write_all(store, list(loaded_plans.values()))
    return export.select(store, field="集成电路")


@pytest.fixture
def ic_embedded(tmp_path: Path, loaded_plans: dict[str, Loaded]) -> Subgraph:
    """The same subgraph from the embedded store only: neo4j-admin takes ~20 s, and the two stores
    export the same files (test_export.py checks both)."""
    store = LadybugStore(tmp_path / "graph")
    write_all(store, list(loaded_plans.values()))
    graph = export.select(store, field="集成电路")
    store.close()
    return graph


def split_statements(script: str) -> list[str]:
    """Statements of a Cypher script: split on ";" outside quotes and // comments."""
    statements, current, quote, escaped = [], [], "", False
    for line in script.splitlines(keepends=True):
        if not quote and line.lstrip().startswith("//"):
            continue
        for char in line:
            current.append(char)
            if escaped:
                escaped = False
            elif quote and char == "\\":
                escaped = True
            elif char in "'\"`":
                quote = "" if quote == char else (quote or char)
            elif char == ";" and not quote:
                statements.append("".join(current[:-1]).strip())
                current = []
    assert not "".join(current).strip(), "script ends inside a statement"
    return [s for s in statements if s]


def _counts(store: GraphStore) -> dict[str, int]:
    counts = {label: store.run(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"] for label in NODE_PROPERTIES}
    counts.update({rel: store.run(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n")[0]["n"] for rel in RELATIONSHIPS})
    return {k: v for k, v in counts.items() if v}


def _expected(graph: Subgraph) -> dict[str, int]:
    expected: dict[str, int] = {}
    for key in [n["label"] for n in graph.nodes] + [e["type"] for e in graph.edges]:
        expected[key] = expected.get(key, 0) + 1
    return expected


@pytest.mark.neo4j
def test_cypher_script_recreates_the_subgraph_in_neo4j(ic: Subgraph) -> None:
    statements = split_statements(cypher_script.to_cypher(ic))
    target = neo4j_store()  # empty (when the source is Neo4j, its graph is already selected)
    try:
        for _ in range(2):  # a second run changes nothing
            for statement in statements:
                target.run(statement, write=True)
            assert _counts(target) == _expected(ic)
        rows = target.run(
            "MATCH (p:Platform)-[r:SUPPORTS]->(:Field {name: '集成电路'}) RETURN p.name AS name, r.evidence AS e"
        )
        assert {r["name"] for r in rows} == IC_PLATFORMS
        assert all(r["e"].startswith(PLAN_SENTENCE) for r in rows)
        continues = target.run("MATCH ()-[r:CONTINUES]->() RETURN r.shared_terms AS terms, r.score AS score")
        assert continues and all(isinstance(r["terms"], list) and isinstance(r["score"], float) for r in continues)
        task = target.run("MATCH (t:Task {id: 'sh-stic-14/s4.1.1/t1.1'}) RETURN t.start AS s, t.empty AS e")[0]
        assert (task["s"], task["e"]) == (16545, False)
    finally:
        target.close()


def _java_classpath() -> str:
    if shutil.which("java") and CLASSPATH.is_file():
        return CLASSPATH.read_text(encoding="utf-8").strip()
    message = f"neo4j-admin needs java and {CLASSPATH} (scripts/neo4j-up.sh writes it)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.mark.neo4j
def test_csv_folder_imports_with_neo4j_admin(ic_embedded: Subgraph, tmp_path: Path) -> None:
    ic = ic_embedded
    classpath = _java_classpath()
    folder = tmp_path / "ic"
    neo4j_csv.write_folder(ic, folder)
    home = tmp_path / "neo4j-home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text("", encoding="utf-8")
    # The command the folder's import.txt gives, with the file names it lists.
    note = (folder / neo4j_csv.IMPORT_NOTE).read_text(encoding="utf-8")
    arguments = re.findall(r"--(?:nodes|relationships)=\S+", note)
    assert len(arguments) == len(list(folder.glob("*.csv")))
    admin = ["java", "-Xmx512m", "-cp", classpath, "org.neo4j.cli.AdminTool"]
    options = ["--overwrite-destination", "--multiline-fields=true", "--max-off-heap-memory=256m"]
    result = subprocess.run(
        [*admin, "database", "import", "full", "neo4j", *options, *arguments],
        cwd=folder,
        env={**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]

    def filled(value: object) -> bool:
        return value not in (None, "", [])

    properties = sum(1 + sum(filled(v) for k, v in n.items() if k not in ("id", "label")) for n in ic.nodes)
    properties += sum(sum(filled(v) for k, v in e.items() if k not in ("source", "target", "type")) for e in ic.edges)
    imported = re.search(r"Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties", result.stdout)
    assert imported, result.stdout[-2000:]
    assert tuple(map(int, imported.groups())) == (len(ic.nodes), len(ic.edges), properties)


@contextlib.contextmanager
def _served(folder: Path) -> Iterator[str]:
    """The folder over HTTP on 127.0.0.1: the test server refuses file:/// URLs in LOAD CSV
    (scripts/neo4j, issue #12), so the files reach it the way a remote import would."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{httpd.server_address[1]}"
        finally:
            httpd.shutdown()


@pytest.mark.neo4j
def test_csv_folder_reads_back_with_load_csv(ic: Subgraph, tmp_path: Path) -> None:
    folder = tmp_path / "ic"
    neo4j_csv.write_folder(ic, folder)
    server = neo4j_store()
    try:
        with _served(folder) as base:
            for path in sorted(folder.glob("*.csv")):
                with path.open(encoding="utf-8-sig", newline="") as handle:
                    expected = [{k: v or None for k, v in row.items()} for row in csv.DictReader(handle)]  # "" null
                # LOAD CSV reaches outside the graph: plankg runs it only when allowed (write=True).
                url = f"{base}/{path.name}"
                rows = server.run("LOAD CSV WITH HEADERS FROM $url AS row RETURN row", {"url": url}, write=True)
                assert [r["row"] for r in rows] == expected, path.name  # header without the BOM, Chinese intact
    finally:
        server.close()
