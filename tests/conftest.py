"""Shared fixtures: the real plan texts, loaded once; an empty store of each kind; and the real
plans written once per session into each kind of store, for the many tests that only read."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from plankg.graph import GraphStore
from plankg.graph.ladybug_store import LadybugStore
from plankg.pipeline import Loaded, discover, load_plans, write_all

ROOT = Path(__file__).resolve().parents[1]
PLANS_DIR = ROOT / "data" / "plans"
GOLD = Path(__file__).resolve().parent / "gold"
# The answer to the mission's question, hand-checked against sh-stic-14 ("重大平台：加快建设国家集成电路
# 研发中心、集成电路装备材料创新中心、集成电路创新中心、智能传感器创新中心、集成电路材料研究院为支撑…").
IC_PLATFORMS = frozenset(
    {"国家集成电路研发中心", "集成电路装备材料创新中心", "集成电路创新中心", "智能传感器创新中心", "集成电路材料研究院"}
)
# The ids data/plans/plans.yaml gives its five plans: what a build of the folder must report, once for every test.
DATA_PLAN_IDS = frozenset({"sh-sti-12", "sh-iti-12", "sh-stic-14", "sh-stic-14-interp", "sh-sti-report-2012-ch7"})


def folder_with_a_bad_file(tmp_path: Path, *, readme: bool = False) -> Path:
    """Two real plans, a binary file, and (with ``readme``) the folder's own README."""
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in ("shanghai-sti-12th-fyp.txt", "shanghai-industrial-tech-innovation-12th-fyp.txt"):
        shutil.copy(PLANS_DIR / name, folder / name)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 50)
    if readme:
        notes = "# My plans\n\nThese are the plans I collected for my thesis.\n"
        (folder / "README.md").write_text(notes, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def loaded_plans() -> dict[str, Loaded]:
    loaded = load_plans(discover([PLANS_DIR]))
    return {item.document.plan.id: item for item in loaded}


# Neo4j Community has one database, which every Neo4j test empties: the shared graph is drawn
# again only when some test has emptied it since (counted here).
_neo4j_emptied = 0


def neo4j_store() -> GraphStore:
    """An empty Neo4j database; skipped without a server, except under CI where it must run."""
    global _neo4j_emptied
    _neo4j_emptied += 1
    return _neo4j_connect(empty=True)


def _neo4j_connect(*, empty: bool) -> GraphStore:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        if os.environ.get("CI"):
            pytest.fail("CI is set but NEO4J_URI is not: the Neo4j store tests must run (make test starts a server)")
        pytest.skip("no NEO4J_URI: start one with `make neo4j-up` (make test does) to run the Neo4j store tests")
    from plankg.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(
        uri, os.environ.get("NEO4J_USERNAME"), os.environ.get("NEO4J_PASSWORD"), os.environ.get("NEO4J_DATABASE")
    )
    if empty:
        store.run("MATCH (n) DETACH DELETE n", write=True)
    return store


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    graph: GraphStore = LadybugStore(tmp_path / "graph") if request.param == "ladybug" else neo4j_store()
    graph.ensure_schema()
    try:
        yield graph
    finally:
        graph.close()


@pytest.fixture(scope="session")
def _shared_ladybug(tmp_path_factory: pytest.TempPathFactory, loaded_plans: dict[str, Loaded]) -> Iterator[GraphStore]:
    graph = LadybugStore(tmp_path_factory.mktemp("shared") / "graph")
    graph.ensure_schema()
    write_all(graph, list(loaded_plans.values()))
    try:
        yield graph
    finally:
        graph.close()


@pytest.fixture(scope="session")
def _shared_neo4j() -> Iterator[dict[str, object]]:
    held: dict[str, object] = {}
    yield held
    if "store" in held:
        held["store"].close()  # type: ignore[attr-defined]


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def built(request: pytest.FixtureRequest, loaded_plans: dict[str, Loaded]) -> GraphStore:
    """The real plans, written once per session into each kind of store: for tests that only read
    (one that writes must use ``store``). The Neo4j one is written again only if a test emptied
    the database since."""
    if request.param == "ladybug":
        return request.getfixturevalue("_shared_ladybug")
    held: dict[str, object] = request.getfixturevalue("_shared_neo4j")
    if held.get("emptied") != _neo4j_emptied or "store" not in held:
        if "store" not in held:
            neo4j_store().close()  # skips without a server, fails under CI without one
            held["store"] = _neo4j_connect(empty=False)
        graph: GraphStore = held["store"]  # type: ignore[assignment]
        graph.run("MATCH (n) DETACH DELETE n", write=True)
        graph.ensure_schema()
        write_all(graph, list(loaded_plans.values()))
        held["emptied"] = _neo4j_emptied
    return held["store"]  # type: ignore[return-value]
