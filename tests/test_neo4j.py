"""Neo4j-only behaviour: parity with the embedded store, READ sessions, connection errors."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plankg.cli import app
from plankg.errors import QueryError, StoreError
from plankg.graph.ladybug_store import LadybugStore
from plankg.graph.neo4j_store import Neo4jStore
from plankg.pipeline import Loaded, write_all
from plankg.queries import registry
from tests.conftest import PLANS_DIR, neo4j_store

pytestmark = pytest.mark.neo4j
runner = CliRunner()


def test_parity_with_the_embedded_store(tmp_path: Path, loaded_plans: dict[str, Loaded]) -> None:
    neo = neo4j_store()
    embedded = LadybugStore(tmp_path / "graph")
    try:
        for store in (neo, embedded):
            write_all(store, list(loaded_plans.values()))
        a, b = registry.stats(neo), registry.stats(embedded)
        assert (a.pop("store"), b.pop("store")) == ("neo4j", "ladybug")
        assert a == b
        query = "MATCH (p:Platform)-[:SUPPORTS]->(:Field {name: '集成电路'}) RETURN p.name AS name ORDER BY name"
        assert neo.run(query) == embedded.run(query)
    finally:
        neo.close()
        embedded.close()


def test_cli_build_and_stats_json_match_the_embedded_store(tmp_path: Path) -> None:
    neo4j_store().close()  # empties the database (or skips without a server)
    uri = os.environ["NEO4J_URI"]
    store = str(tmp_path / "graph")
    for target in (["--neo4j", uri], ["--store", store]):
        result = runner.invoke(app, ["build", str(PLANS_DIR), *target])
        assert result.exit_code == 0, result.stderr
    outputs = [
        json.loads(runner.invoke(app, ["stats", *target, "--format", "json"]).stdout)
        for target in (["--neo4j", uri], ["--store", store])
    ]
    assert [o.pop("store") for o in outputs] == ["neo4j", "ladybug"]
    assert outputs[0] == outputs[1]


def test_cypher_runs_in_a_read_session_unless_write() -> None:
    store = neo4j_store()
    try:
        with pytest.raises(QueryError, match="write"):
            store.run("CREATE (:Plan {id: 'x'})")
        store.run("CREATE (:Plan {id: 'x'})", write=True)
        assert store.run("MATCH (p:Plan {id: 'x'}) RETURN count(p) AS n") == [{"n": 1}]
    finally:
        store.close()


def test_routing_uri_is_the_same_code_path() -> None:
    neo4j_store().close()
    uri = os.environ["NEO4J_URI"].replace("bolt://", "neo4j://")
    store = Neo4jStore(uri, os.environ.get("NEO4J_USERNAME"), os.environ.get("NEO4J_PASSWORD"))
    try:
        assert store.run("RETURN 1 AS one") == [{"one": 1}]
    finally:
        store.close()


def test_bad_credentials_give_one_line_without_the_password() -> None:
    neo4j_store().close()
    with pytest.raises(StoreError, match="refused the credentials") as error:
        Neo4jStore(os.environ["NEO4J_URI"], "neo4j", "wrong-secret-pw")
    assert "wrong-secret-pw" not in str(error.value)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connection_attempts_are_bounded() -> None:
    # How fast a dead server is reported is measured, not asserted here (timing belongs in
    # bench/); what is asserted is the bound the driver is given.
    from plankg.graph.neo4j_store import ACQUIRE_TIMEOUT_S, CONNECT_TIMEOUT_S

    assert max(CONNECT_TIMEOUT_S, ACQUIRE_TIMEOUT_S) < 10


def test_unreachable_server_fails_with_one_line() -> None:
    neo4j_store().close()
    result = runner.invoke(
        app, ["stats", "--neo4j", f"bolt://neo4j:hunter2secret@127.0.0.1:{_free_port()}"], env={"NEO4J_PASSWORD": "x"}
    )
    assert result.exit_code == 1
    assert "cannot reach Neo4j" in result.stderr and "hunter2secret" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_batch_written_in_rounds_is_the_graph_written_in_one_statement(loaded_plans: dict[str, Loaded]) -> None:
    """A batch whose lists are longer than batch_size is written in rounds of the one plan-writing
    statement (nodes before relationships, the deletes once): the graph is the same, rewrites too."""
    from tests.test_store_contract import _fingerprint

    rows = [item.rows for item in loaded_plans.values()]
    graphs = []
    for size in (10_000, 7):
        neo = neo4j_store()
        assert isinstance(neo, Neo4jStore)
        neo.batch_size = size
        try:
            neo.ensure_schema()
            neo.write_plans(rows)
            neo.write_plans(rows[:2])  # a batch that replaces plans already there
            graphs.append(_fingerprint(neo))
        finally:
            neo.close()
    assert graphs[0] == graphs[1]
    assert sum(n for key, n in graphs[0].items() if key.startswith("HAS_TASK ")) > 7
