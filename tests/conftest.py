"""Shared fixtures: the real plan texts, loaded once, and an empty store of each kind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from plankg.graph import GraphStore
from plankg.graph.ladybug_store import LadybugStore
from plankg.pipeline import Loaded, discover, load_plans

ROOT = Path(__file__).resolve().parents[1]
PLANS_DIR = ROOT / "data" / "plans"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def loaded_plans() -> dict[str, Loaded]:
    loaded = load_plans(discover([PLANS_DIR]))
    return {item.document.plan.id: item for item in loaded}


def neo4j_store() -> GraphStore:
    """An empty Neo4j database; skipped without a server, except under CI where it must run."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        if os.environ.get("CI"):
            pytest.fail("CI is set but NEO4J_URI is not: the Neo4j store tests must run (make test starts a server)")
        pytest.skip("no NEO4J_URI: start one with `make neo4j-up` (make test does) to run the Neo4j store tests")
    from plankg.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(
        uri, os.environ.get("NEO4J_USERNAME"), os.environ.get("NEO4J_PASSWORD"), os.environ.get("NEO4J_DATABASE")
    )
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
