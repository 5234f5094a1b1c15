"""Issue #12, one test (or table) per numbered problem, on both stores where it applies.

1. an interrupted or read-only CHECKPOINT locked every reader out of the embedded store;
2. read-only queries reached the file system, and `AS set` was refused as a write;
3. tracebacks for a bad --neo4j URI and an invalid --id;
4. Neo4j notification noise on stderr;
5. manifest holes (paths outside the folder, typos, self-relations, unknown ids, duplicates).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import ladybug
import pytest
from typer.testing import CliRunner

from plankg.cli import app
from plankg.errors import InputError, QueryError
from plankg.graph import GraphStore
from plankg.graph.store import is_write_query
from plankg.manifest import parse_manifest
from plankg.pipeline import discover
from tests.conftest import ROOT
from tests.reliability_plans import INDUSTRY, write_plans

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def one_line(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and "Traceback" not in err


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """plankg in its own process: what a user sees on stderr, logging included."""
    return subprocess.run(
        [sys.executable, "-m", "plankg.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("small")
    store = base / "graph"
    code, _, err = invoke("build", str(write_plans(base / "plans", "old")), "--store", str(store))
    assert code == 0, err
    return store


def _stats(store: Path) -> dict[str, object]:
    code, out, err = invoke("stats", "--store", str(store), "--format", "json")
    assert code == 0, err
    return json.loads(out)


def _siblings(store: Path) -> set[str]:
    return {p.name for p in store.parent.iterdir() if p.name.startswith(store.name)}


# --- 1. the embedded store never locks readers out ------------------------------------------


def test_checkpoint_without_write_is_refused_and_readers_keep_working(small_store: Path) -> None:
    code, _, err = invoke("cypher", "CHECKPOINT", "--store", str(small_store))
    assert code == 1 and one_line(err) and "maintenance" in err and "--write" in err
    assert _siblings(small_store) == {small_store.name}  # no shadow file left behind
    assert _stats(small_store)["nodes"]["Plan"] == 2  # type: ignore[index]


def _interrupt_a_checkpoint(store: Path) -> None:
    """The state `plankg cypher CHECKPOINT` (old code) or a kill -9 mid-checkpoint leaves.

    Made by the engine itself: a checkpoint on a read-only database writes its shadow file and
    then fails, leaving "checkpoint recovery pending" for the next open.
    """
    database = ladybug.Database(str(store), read_only=True)
    connection = ladybug.Connection(database)
    with pytest.raises(RuntimeError):
        connection.execute("CHECKPOINT")
    connection.close()
    database.close()
    with pytest.raises(RuntimeError, match="recovery is pending"):
        ladybug.Database(str(store), read_only=True)


def test_a_reader_finishes_an_interrupted_checkpoint(small_store: Path) -> None:
    before = _stats(small_store)
    _interrupt_a_checkpoint(small_store)
    assert f"{small_store.name}.shadow" in _siblings(small_store)
    assert _stats(small_store) == before  # the first reader recovers; the data is intact
    code, out, err = invoke("tasks", "--plan", "iti-12", "--store", str(small_store), "--format", "json")
    assert code == 0 and len(json.loads(out)) == 14, err
    assert f"{small_store.name}.shadow" not in _siblings(small_store)


def test_a_reader_reads_again_a_log_a_build_is_still_writing(
    small_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """WAL_BEING_WRITTEN: a fresh-clone run saw one `plankg stats` of ~130 fail while a build appended to the log
    ("the WAL file is corrupted": its last record half written); a reader opens again instead. A log that stays
    unreadable is still reported in one line once the wait is over."""
    import plankg.graph.ladybug_store as ladybug_store

    real = ladybug_store.open_database
    failures = iter([RuntimeError("Storage exception: Checksum verification failed, the WAL file is corrupted.")])

    def flaky(path: Path, *, read_only: bool, wait_s: float = 120.0) -> ladybug.Database:
        for error in failures:
            raise error
        return real(path, read_only=read_only, wait_s=wait_s)

    monkeypatch.setattr(ladybug_store, "open_database", flaky)
    assert _stats(small_store)["nodes"]["Plan"] == 2  # type: ignore[index]

    def broken(path: Path, *, read_only: bool, wait_s: float = 120.0) -> ladybug.Database:
        raise RuntimeError("Storage exception: Checksum verification failed, the WAL file is corrupted.")

    monkeypatch.setattr(ladybug_store, "open_database", broken)
    monkeypatch.setattr(ladybug_store, "WAIT_FOR_WRITER_S", 0.1)
    code, _, err = invoke("stats", "--store", str(small_store), "--format", "json")
    assert code == 1 and one_line(err) and "WAL file is corrupted" in err


def test_readers_never_fail_while_builds_run(tmp_path: Path) -> None:
    plans = write_plans(tmp_path / "plans", "old")
    store = tmp_path / "graph"
    assert invoke("build", str(plans), "--store", str(store))[0] == 0
    builds = subprocess.Popen(
        [
            "bash",
            "-c",
            f'for i in 1 2 3; do "{sys.executable}" -m plankg.cli build "{plans}" --store "{store}" || exit 1; done',
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    polls, failures = 0, []
    while builds.poll() is None:
        code, out, err = invoke("stats", "--store", str(store), "--format", "json")
        polls += 1
        if code != 0:
            failures.append(err.strip())
        elif json.loads(out)["nodes"]["Plan"] != 2:
            failures.append(out)
        time.sleep(0.02)
    assert builds.returncode == 0, builds.stderr.read() if builds.stderr else ""
    assert polls > 0 and not failures, failures[:3]


# --- 2. read-only queries stay read-only, and names are not clauses -------------------------

REFUSED = [
    # (query, what the message names)
    ("MATCH (n) // don't\nCOPY (MATCH (p:Plan) RETURN p.id) TO '{out}'", "COPY"),
    ("MATCH (n) /* it's */ COPY (MATCH (p:Plan) RETURN p.id) TO '{out}'", "COPY"),
    ("COPY (MATCH (p:Plan) RETURN p.id) TO '{out}'", "COPY"),
    ("EXPORT DATABASE '{out}'", "EXPORT"),
    ("LOAD FROM '/etc/hostname' (file_format='csv', header=false) RETURN *", "LOAD"),
    ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV"),
    ("MATCH (n) WITH * LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV"),
    ("INSTALL json", "INSTALL"),
    ("LOAD EXTENSION json", "LOAD"),
    ("ATTACH '{out}' AS other (dbtype lbug)", "ATTACH"),
    ("CHECKPOINT", "CHECKPOINT"),
    ("CALL threads=1", "setting"),
    ("CALL apoc.load.json('file:///etc/passwd')", "apoc.load.json"),
    ("CALL apoc.export.csv.all('{out}', {{}})", "apoc.export.csv.all"),
    ("MATCH (n:Plan) WITH * SET n.title = 'x'", "SET"),
    ("MATCH (n:Plan) WHERE n.x IS NULL DETACH DELETE n", "DETACH"),
    ("CALL {{ CREATE (:Plan {{id: 'x'}}) }} RETURN 1", "CREATE"),
    ("COMMENT ON TABLE Plan IS 'x'", "COMMENT"),
    ("RETURN 'a\\\\' CREATE (:Plan {{id: 1}}) //'", "CREATE"),  # an escaped backslash, then the quote ends it
]
ALLOWED = [
    "MATCH (n:Plan) RETURN n.id AS set ORDER BY set",
    "MATCH (n:Plan) RETURN n.id AS `create`, n.title AS delete ORDER BY `create`",
    "MATCH (n:Plan) WHERE n.title <> 'CREATE (x)' RETURN count(n) AS n",
    "MATCH (n:Plan) // DETACH DELETE n\nRETURN count(n) AS n",
    "MATCH (n:Plan) /* COPY n TO '/tmp/x' */ RETURN count(n) AS n",
    "MATCH (n:Plan {id: $set}) RETURN n.id AS id",
    "MATCH (n:Plan) RETURN {set: 1, load: n.id} AS m LIMIT 1",
    "UNWIND ['a', \"b's\"] AS copy RETURN copy",
    "RETURN 'a\\' CREATE (:Plan {id: 1}) //' AS s",  # one string: \' does not end it
]


@pytest.mark.parametrize(("query", "named"), REFUSED)
def test_the_refusal_check_names_what_it_refuses(query: str, named: str) -> None:
    from plankg.graph.guard import refusal  # (new in #12: imported here so older code fails per test)

    assert is_write_query(query.format(out="/tmp/never-written"))
    reason = refusal(query.format(out="/tmp/never-written"))
    assert reason is not None and named in reason and "--write" in reason


@pytest.mark.parametrize("query", ALLOWED)
def test_keywords_in_names_strings_and_comments_are_not_clauses(query: str) -> None:
    assert not is_write_query(query)


def test_an_unterminated_string_is_refused_not_guessed() -> None:
    from plankg.graph.guard import tokenise

    with pytest.raises(QueryError, match="unterminated string"):
        tokenise("MATCH (n) RETURN 'abc")
    with pytest.raises(QueryError, match="unterminated comment"):
        tokenise("MATCH (n) /* RETURN n")


def _one_plan(store: GraphStore) -> None:
    store.run("MERGE (p:Plan {id: 'p1'}) SET p.title = 't'", write=True)


def test_read_queries_cannot_reach_files_on_either_store(store: GraphStore, tmp_path: Path) -> None:
    _one_plan(store)
    out = tmp_path / "leak.csv"
    for query, named in REFUSED:
        with pytest.raises(QueryError, match="--write") as refused:
            store.run(query.format(out=out))
        assert named in str(refused.value)
    assert not out.exists()
    assert store.run("MATCH (n:Plan) RETURN n.id AS set") == [{"set": "p1"}]
    assert store.run(ALLOWED[1]) == [{"create": "p1", "delete": "t"}]


def test_undecodable_argument_bytes_are_one_clear_error_on_either_store(store: GraphStore) -> None:
    """A shell hands Python undecodable bytes as lone surrogates; the engines' bindings crashed."""
    for query, params in [("RETURN '\udcff' AS x", {}), ("RETURN $k AS x", {"k": "a\udcfe"})]:
        with pytest.raises(QueryError, match="not valid UTF-8"):
            store.run(query, params)


def test_cypher_command_refuses_file_access_and_allows_names(small_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    query = f"MATCH (n) // don't\nCOPY (MATCH (p:Plan) RETURN p.id) TO '{out}'"
    code, _, err = invoke("cypher", query, "--store", str(small_store))
    assert code == 1 and one_line(err) and "COPY" in err and not out.exists()
    code, out_text, err = invoke(
        "cypher", "MATCH (n:Plan) RETURN n.id AS set ORDER BY set", "--store", str(small_store), "--format", "json"
    )
    assert code == 0 and json.loads(out_text) == [{"set": "iti-12"}, {"set": "report-12"}], err


def test_parameters_may_be_named_like_the_options(small_store: Path) -> None:
    """`-p write=1` once crashed with "got multiple values for keyword argument 'write'"."""
    query = "RETURN $write AS w, $query AS q, $params AS p"
    args = ["-p", "write=1", "-p", "query=2", "-p", "params=3", "--store", str(small_store), "--format", "json"]
    code, out, err = invoke("cypher", query, *args)
    assert code == 0 and json.loads(out) == [{"w": 1, "q": 2, "p": 3}], err


@pytest.mark.neo4j
def test_the_test_server_refuses_file_urls_even_to_a_raw_read_session() -> None:
    """The server plankg configures (scripts/neo4j) restricts LOAD CSV itself, below the check."""
    import neo4j

    from tests.conftest import neo4j_store

    neo4j_store().close()  # skips without a server
    auth = (os.environ.get("NEO4J_USERNAME") or "neo4j", os.environ.get("NEO4J_PASSWORD") or "")
    database = os.environ.get("NEO4J_DATABASE")
    with (
        neo4j.GraphDatabase.driver(os.environ["NEO4J_URI"], auth=auth) as driver,
        driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session,
        pytest.raises(neo4j.exceptions.ClientError, match="allow_csv_import_from_file_urls"),
    ):
        session.run("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1").consume()


# --- 3. one line instead of a traceback ------------------------------------------------------


@pytest.mark.parametrize(
    "uri", ["http://127.0.0.1:7474", "https://example.org", "localhost:7687", "bolt://", "bolt://host:notaport"]
)
def test_a_bad_neo4j_uri_is_one_line_naming_the_schemes(uri: str) -> None:
    code, _, err = invoke("stats", "--neo4j", uri)
    assert code == 1 and one_line(err), err
    assert "bolt://" in err


def test_an_invalid_plan_id_says_the_allowed_pattern(tmp_path: Path) -> None:
    plans = write_plans(tmp_path / "plans", "old")
    single = tmp_path / "one.txt"
    single.write_bytes((plans / "shanghai-sti-report-2012-ch7.txt").read_bytes())
    code, _, err = invoke("build", str(single), "--id", "JS-14", "--store", str(tmp_path / "g"))
    assert code == 1 and one_line(err), err
    assert "'JS-14'" in err and "lower-case letters" in err
    assert not (tmp_path / "g").exists()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_fault_of_the_rules_on_one_text_is_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    """A bug of plankg's rules on one readable text (round 6 found one: a schema refusal deep in
    extraction) stops the build with one line naming the file, before anything is written; with
    --keep-going only that plan is skipped. In worker processes too (forked, so the fault goes
    with them)."""
    import plankg.pipeline

    real = plankg.pipeline.extract_entities

    def faulty(document: Any, vocabulary: Any) -> Any:
        if document.plan.id == "iti-12":
            raise ValueError("a rule went wrong\nsecond line")
        return real(document, vocabulary)

    monkeypatch.setattr(plankg.pipeline, "extract_entities", faulty)
    monkeypatch.setenv("PLANKG_WORKERS", workers)
    plans = write_plans(tmp_path / "plans", "old")
    store = tmp_path / "g"
    code, _, err = invoke("build", str(plans), "--store", str(store))
    assert code == 1 and one_line(err), err
    assert "failed while analysing this text (ValueError: a rule went wrong)" in err and INDUSTRY in err
    assert not store.exists()
    code, _, err = invoke("build", str(plans), "--store", str(store), "--keep-going")
    assert code == 1 and "skipped" in err and INDUSTRY in err
    code, out, _ = invoke("stats", "--store", str(store), "--format", "json")
    assert code == 0 and [p["id"] for p in json.loads(out)["plans"]] == ["report-12"]


# --- 4. Neo4j notifications ------------------------------------------------------------------


@pytest.mark.neo4j
def test_building_into_an_empty_neo4j_is_quiet_and_query_warnings_are_summarised(tmp_path: Path) -> None:
    from tests.conftest import neo4j_store

    neo4j_store().close()  # empties the database (or skips without a server)
    uri = os.environ["NEO4J_URI"]
    built = cli("build", str(write_plans(tmp_path / "plans", "old")), "--neo4j", uri)
    assert built.returncode == 0, built.stderr
    assert "Received notification" not in built.stderr and "notification" not in built.stderr.lower()
    queried = cli("cypher", "MATCH (n:NoSuchLabel) RETURN n.no_such_key AS x", "--neo4j", uri)
    assert queried.returncode == 0, queried.stderr
    lines = queried.stderr.strip().splitlines()
    assert "Received notification" not in queried.stderr
    assert len(lines) == 3, lines  # "(no results)" and one line per distinct warning
    assert sum("NoSuchLabel" in line for line in lines) == 1 and sum("no_such_key" in line for line in lines) == 1


# --- 5. manifest holes -----------------------------------------------------------------------

ENTRY = "  - id: {id}\n    file: {file}\n    title: 标题\n"


def _manifest(*entries: str, extra: str = "") -> str:
    return "plans:\n" + "".join(entries) + extra


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (_manifest(ENTRY.format(id="a", file="../../etc/passwd")), "outside the plans folder"),
        (_manifest(ENTRY.format(id="a", file="/etc/passwd")), "outside the plans folder"),
        (_manifest(ENTRY.format(id="a", file="..\\\\secret.txt")), "outside the plans folder"),
        (_manifest(ENTRY.format(id="a", file="sub/a.txt")), "sub-folder"),
        (_manifest(ENTRY.format(id="a", file="a.txt") + "    interprets: [a]\n"), "a interprets itself"),
        (_manifest(ENTRY.format(id="a", file="a.txt") + "    follows: [b, a]\n"), "a follows itself"),
        (_manifest(ENTRY.format(id="a", file="a.txt"), ENTRY.format(id="b", file="a.txt")), "listed twice"),
        (_manifest(ENTRY.format(id="a", file="a.txt"), ENTRY.format(id="a", file="b.txt")), "also the id of entry 1"),
        (_manifest(ENTRY.format(id="JS-14", file="a.txt")), "lower-case letters"),
    ],
)
def test_manifest_mistakes_are_refused_with_the_entry_named(source: str, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("\\", "\\\\")) as error:
        parse_manifest(source, "plans.yaml")
    assert "plans.yaml: entry" in str(error.value) and "\n" not in str(error.value)


def test_a_typo_in_file_names_the_missing_file(tmp_path: Path) -> None:
    plans = write_plans(tmp_path / "plans", "old")
    manifest = plans / "plans.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("report-2012-ch7", "report-2012-ch8"), "utf-8")
    with pytest.raises(InputError, match=r"shanghai-sti-report-2012-ch8\.txt"):
        discover([plans])
    code, _, err = invoke("build", str(plans), "--store", str(tmp_path / "g"))
    assert code == 1 and one_line(err) and "listed but not in" in err


def test_the_manifest_cannot_make_a_build_read_outside_its_folder(tmp_path: Path) -> None:
    plans = write_plans(tmp_path / "plans", "old")
    manifest = plans / "plans.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            "file: shanghai-sti-report-2012-ch7.txt", "file: ../../../../../../etc/passwd"
        ),
        "utf-8",
    )
    code, _, err = invoke("build", str(plans), "--store", str(tmp_path / "g"))
    assert code == 1 and one_line(err) and "outside the plans folder" in err
    assert not (tmp_path / "g").exists()


def test_unknown_follows_ids_are_a_warning_naming_them(tmp_path: Path) -> None:
    plans = write_plans(tmp_path / "plans", "old")
    manifest = plans / "plans.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("[report-12]", "[report-12, rpt-11]"), "utf-8")
    code, _, err = invoke("build", str(plans), "--store", str(tmp_path / "g"))
    assert code == 0, err
    warnings = [line for line in err.splitlines() if "unknown-plan-id" in line]
    assert len(warnings) == 1 and "follows: rpt-11" in warnings[0] and "report-12" not in warnings[0].split("(")[1]
    code, _, err = invoke("build", str(plans), "--store", str(tmp_path / "g2"), "--strict")
    assert code == 1 and "--strict" in err


def test_a_file_listed_twice_is_named_in_a_build(tmp_path: Path) -> None:
    plans = write_plans(tmp_path / "plans", "old")
    manifest = plans / "plans.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("file: shanghai-industrial", "file: shanghai-sti-report-2012-ch7.txt\n#"), "utf-8")
    code, _, err = invoke("build", str(plans), "--store", str(tmp_path / "g"))
    assert code == 1 and one_line(err), err
    assert "listed twice" in err and "shanghai-sti-report-2012-ch7.txt" in err


# --- 6. a build stopped between its plans and their lineage ------------------------------------


def test_lineage_lost_to_an_interrupted_build_is_redrawn_by_the_next_build(
    tmp_path: Path, loaded_plans: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C after the plans were written and before their CONTINUES were: writing a plan deletes
    every CONTINUES touching it, so the store had none, and a later build of another plan never
    redrew them (776 → 0 → 0 on data/plans). Now the next build re-links every succession without
    links: 776 → 0 → 776."""
    import plankg.pipeline
    from plankg.graph.ladybug_store import LadybugStore
    from plankg.pipeline import write_all

    def continues(store: GraphStore) -> int:
        return int(store.run("MATCH ()-[c:CONTINUES]->() RETURN count(c) AS n")[0]["n"])

    plans = list(loaded_plans.values())
    store = LadybugStore(tmp_path / "graph")
    write_all(store, plans)
    whole = continues(store)
    assert whole > 0

    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(plankg.pipeline, "link_lineage", interrupted)
        with pytest.raises(KeyboardInterrupt):
            write_all(store, [loaded_plans["sh-stic-14"]])
    assert continues(store) == 0  # sh-stic-14 written again, its links gone with its old units
    write_all(store, [loaded_plans["sh-sti-report-2012-ch7"]])  # a plan of no succession
    assert continues(store) == whole
    store.close()


def test_a_store_error_while_lineage_is_written_says_the_plans_are_written(
    tmp_path: Path, loaded_plans: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store refusing the CONTINUES (a full disk, a lock, a server gone) said "writing CONTINUES failed, nothing
    changed", of the lineage transaction; the plan written before it had changed, and lost its links. Now the error
    says so, and the next build redraws them as after an interruption."""
    from plankg.errors import StoreError
    from plankg.graph.ladybug_store import LadybugStore
    from plankg.pipeline import write_all

    def continues(store: GraphStore) -> int:
        return int(store.run("MATCH ()-[c:CONTINUES]->() RETURN count(c) AS n")[0]["n"])

    store = LadybugStore(tmp_path / "graph")
    write_all(store, list(loaded_plans.values()))
    whole = continues(store)

    def refused(*args: Any, **kwargs: Any) -> None:
        raise StoreError("writing CONTINUES failed, nothing changed: IO exception: No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(store, "replace_relationships", refused)
        with pytest.raises(StoreError) as error:
            write_all(store, [loaded_plans["sh-stic-14"]])
    message = str(error.value)
    assert message.startswith("the 1 plan(s) are written, their lineage is not (") and "No space left" in message
    assert message.endswith("run the build again to redraw it") and "\n" not in message
    assert continues(store) == 0 < whole
    write_all(store, [loaded_plans["sh-sti-report-2012-ch7"]])
    assert continues(store) == whole
    store.close()


@pytest.mark.parametrize(
    ("source", "message"),
    [
        # a misspelt key gave "title: Field required", hiding the typo
        (_manifest("  - id: a\n    file: a.txt\n    titel: 标题\n"), "unknown key 'titel'; did you mean 'title'?"),
        # Pydantic's "colour: Extra inputs are not permitted"
        (
            _manifest(ENTRY.format(id="a", file="a.txt") + "    colour: red\n"),
            "unknown key 'colour'; an entry takes file, id",
        ),
        (_manifest("  - id: a\n    file: a.txt\n"), "'title' is missing"),
        (
            _manifest(ENTRY.format(id="a", file="a.txt") + "    start_year: twenty\n"),
            "start_year: Input should be a valid integer",
        ),
        # "not valid YAML (while parsing a block collection)": no line to look at
        ("plans:\n  - id: a\n    file: a.txt\n   title: x\n", "not valid YAML (line 4, column 4: expected <block end>"),
    ],
)
def test_manifest_mistakes_say_which_key_and_line(source: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)) as error:
        parse_manifest(source, "plans.yaml")
    assert "\n" not in str(error.value)


def test_a_manifest_that_is_a_bare_list_of_entries_is_read() -> None:
    # The README shows an entry as "- id: …"; a plans.yaml holding only such entries said
    # "expected a top-level 'plans:' list".
    metas = parse_manifest(ENTRY.format(id="a", file="a.txt").replace("    ", "  ").lstrip(), "plans.yaml")
    assert metas["a.txt"].id == "a" and metas["a.txt"].title == "标题"


def test_a_store_another_process_writes_is_one_line_saying_so(small_store: Path) -> None:
    # A second writer printed the engine's words: "cannot open the embedded store at …: IO exception:
    # Could not set lock on file : … (Lock is held by PID 22851) (Error: Resource temporarily
    # unavailable)". Now it says another process (that PID) is writing it, and to try again.
    holder = ladybug.Database(str(small_store), read_only=False)
    try:
        done = cli("cypher", "MATCH (p:Plan) SET p.title = p.title", "--write", "--store", str(small_store))
    finally:
        holder.close()
    assert done.returncode == 1 and one_line(done.stderr), done.stderr
    assert f"is being written by another process (PID {os.getpid()})" in done.stderr
    assert "try again when it finishes" in done.stderr


def test_a_store_path_that_is_another_file_is_named_as_such_and_kept(tmp_path: Path) -> None:
    # --store pointing at a text file said "cannot open the embedded store at notes.txt: Runtime
    # exception: Unable to open database. The file is not a valid Lbug database file!".
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    for args in (["stats"], ["build", str(ROOT / "data" / "plans" / "shanghai-sti-report-2012-ch7.txt")]):
        code, _, err = invoke(*args, "--store", str(notes))
        assert code == 1 and one_line(err) and "is not a plankg store" in err, err
    assert notes.read_text(encoding="utf-8") == "my notes"


def test_a_store_path_that_is_a_file_shorter_than_a_store_header_is_named_as_such_and_kept(tmp_path: Path) -> None:
    # refuse_foreign_file: a two-byte file as --store of a listing command said "cannot open the embedded
    # store at …: Runtime exception: Reading past the end of the file … with size 2 at offset 2" (round 53's check).
    notes = tmp_path / "storefile"
    notes.write_bytes(b"x\n")
    plan = str(ROOT / "data" / "plans" / "shanghai-sti-report-2012-ch7.txt")
    for args in (["plans"], ["stats"], ["lineage", "a/s1"], ["build", plan]):
        code, _, err = invoke(*args, "--store", str(notes))
        assert code == 1 and one_line(err) and "is not a plankg store" in err, err
    assert notes.read_bytes() == b"x\n"
