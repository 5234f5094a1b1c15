"""Property-based: whatever a user (or an attacker) feeds plankg, it answers or says one line.

Random bytes, random Unicode (control characters, lone surrogates as a shell hands over
undecodable argv bytes, mixed scripts and encodings) and random manifests go to `build`; random
strings go to every option of every read command. Never a traceback; a refusal is one line and
exit 1; and without --write the graph (its files on disk) never changes. One small store is
built once for the module; example counts stay modest (the suite runs on 2 shared cores).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from plankg.cli import app
from tests.reliability_plans import REPORT, write_plans

runner = CliRunner()
SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None, derandomize=True
)


def run(*args: str) -> tuple[int, str]:
    """plankg in-process: never an exception other than the exit; a failure is one line."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2), result.exit_code  # 2: a usage error, from Click
    assert "Traceback" not in result.stderr
    if result.exit_code == 1:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith("plankg: error: ")
    return result.exit_code, result.stderr


def fingerprint(store: Path) -> tuple[Any, ...]:
    """The store's files on disk: names, sizes and content hash."""
    files = sorted(p for p in store.parent.iterdir() if p.name.startswith(store.name))
    return tuple((p.name, p.stat().st_size, hashlib.sha256(p.read_bytes()).hexdigest()) for p in files)


@pytest.fixture(scope="module")
def read_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("props-read")
    store = base / "store" / "graph"
    assert run("build", str(write_plans(base / "plans", "old")), "--store", str(store))[0] == 0
    return store


@pytest.fixture(scope="module")
def build_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("props-build")
    store = base / "store" / "graph"
    assert run("build", str(write_plans(base / "plans", "old")), "--store", str(store))[0] == 0
    return store


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("props-scratch")


def stats(store: Path) -> str:
    result = runner.invoke(app, ["stats", "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


# --- random input to build -------------------------------------------------------------------

# Unicode as files and shells really hand it over: every category, lone surrogates included
# (how undecodable bytes arrive), and runs of Chinese, since that is what plans are written in.
ANY_CHAR = st.one_of(st.characters(), st.characters(categories=["Cs"]), st.characters(categories=["Cc"]))
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
MIXED_TEXT = st.text(alphabet=st.one_of(ANY_CHAR, CJK, st.sampled_from("\n\r\t\x00\x1b\u3000、。（）一二三")))
ENCODINGS = st.sampled_from(["utf-8", "gb18030", "utf-16", "big5"])


@st.composite
def plan_bytes(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["bytes", "text", "mixed"]))
    if kind == "bytes":
        return draw(st.binary(max_size=3000))
    text = draw(MIXED_TEXT)
    if kind == "text":
        encoding = draw(ENCODINGS)
        return text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")
    # Part UTF-8, part another encoding: a file pasted together from two sources.
    other = draw(MIXED_TEXT)
    return text.encode("utf-8", errors="surrogatepass") + other.encode(draw(ENCODINGS), errors="replace")


def _build_must_be_all_or_nothing(store: Path, *args: str) -> None:
    before = stats(store)
    code, _ = run("build", *args, "--store", str(store))
    if code != 0:
        assert stats(store) == before


@SETTINGS
@given(content=plan_bytes())
def test_build_of_random_bytes_and_text(content: bytes, build_store: Path, scratch: Path) -> None:
    path = scratch / "fuzz.txt"
    path.write_bytes(content)
    _build_must_be_all_or_nothing(build_store, str(path))


VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(alphabet=st.one_of(ANY_CHAR.filter(lambda c: not 0xD800 <= ord(c) <= 0xDFFF), CJK), max_size=30),
    st.sampled_from(["report-12", "iti-12", "fuzz", "../../etc/passwd", "/etc/passwd", REPORT, "JS-14", "", "."]),
)
ENTRY = st.dictionaries(
    st.sampled_from(["id", "file", "title", "period", "kind", "region", "follows", "interprets", "start_year", "x"]),
    st.one_of(VALUE, st.lists(VALUE, max_size=3)),
    max_size=8,
)


@st.composite
def manifests(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return draw(st.text(max_size=200))  # not even YAML, perhaps
    entries = draw(st.lists(ENTRY, max_size=4))
    if draw(st.booleans()):  # mostly well-formed entries, so the deeper checks are reached
        entries.append({"id": "fuzz-plan", "file": REPORT, "title": "标题", **draw(ENTRY)})
    return yaml.safe_dump({"plans": entries}, allow_unicode=True)


@SETTINGS
@given(manifest=manifests())
def test_build_with_random_manifests(manifest: str, build_store: Path, scratch: Path) -> None:
    folder = scratch / "manifest-fuzz"
    folder.mkdir(exist_ok=True)
    plan = "上海科技报告\n一、总体要求\n（一）建设创新平台\n加强集成电路研发。\n"
    (folder / REPORT).write_text(plan, encoding="utf-8")
    (folder / "plans.yaml").write_text(manifest, encoding="utf-8", errors="surrogatepass")
    _build_must_be_all_or_nothing(build_store, str(folder))


# --- random strings to every read command ----------------------------------------------------

ARG = st.one_of(
    st.text(alphabet=st.one_of(ANY_CHAR, CJK), max_size=40),
    st.sampled_from(["report-12", "iti-12", "iti-12/s5.1/t1.1", "移动通信", "集成电路", "主要任务", "0", "-1", "--"]),
)
# Cypher made of the pieces that matter to the refusal check: quotes, comments, backticks,
# keywords that write or reach files, keywords used as names.
CYPHER_PIECES = st.sampled_from(
    [
        "MATCH (n:Plan)",
        "RETURN n.id AS set",
        "RETURN 1",
        "WITH *",
        "n",
        "'",
        '"',
        "`",
        "\\",
        "//",
        "/*",
        "*/",
        "\n",
        ";",
        "{",
        "}",
        "(",
        ")",
        "COPY",
        "(MATCH (p:Plan) RETURN p.id)",
        "TO",
        "'{out}'",
        "LOAD CSV FROM",
        "'file:///etc/passwd'",
        "AS row",
        "LOAD FROM",
        "EXPORT DATABASE",
        "ATTACH",
        "INSTALL json",
        "CHECKPOINT",
        "CREATE (:Plan {id: 'x'})",
        "SET n.title = 'x'",
        "DETACH DELETE n",
        "MERGE",
        "CALL",
        "threads=1",
        "apoc.load.json('x')",
        "CALL { CREATE (:Plan {id: 'y'}) }",
        "don't",
        "set",
        "delete",
        "$p",
    ]
)
# Whole statements the engines run, behind prefixes that once hid them from a regex check.
HIDING_PREFIXES = st.sampled_from(
    ["", "MATCH (n) // don't\n", "MATCH (n) /* it's */ ", "RETURN 'a\\\\' AS x;\n", 'RETURN "it\'s" AS x;\n']
)
PAYLOADS = st.sampled_from(
    [
        "COPY (MATCH (p:Plan) RETURN p.id) TO '{out}'",
        "CHECKPOINT",
        "LOAD FROM '/etc/hostname' (file_format='csv', header=false) RETURN *",
        "CREATE (:Plan {id: 'x'})",
        "MATCH (p:Plan) SET p.title = 'x'",
        "MATCH (p:Plan) DETACH DELETE p",
        "CALL threads=1",
        "MATCH (n:Plan) RETURN n.id AS set",
    ]
)
CYPHER = st.one_of(
    st.tuples(HIDING_PREFIXES, PAYLOADS).map("".join),
    st.lists(CYPHER_PIECES, min_size=1, max_size=8).map(" ".join),
    st.text(alphabet=st.one_of(ANY_CHAR, st.sampled_from("'\"`/*\n")), max_size=60),
)


@st.composite
def read_commands(draw: st.DrawFn, out: str) -> list[str]:
    command = draw(st.sampled_from(["stats", "sections", "tasks", "platforms", "lineage", "show", "export"]))
    fmt = ["--format", draw(st.sampled_from(["json", "table"]) | ARG)] if draw(st.booleans()) else []
    if command == "stats":
        return ["stats", *fmt]
    if command == "sections":
        return ["sections", draw(ARG), "--depth", draw(st.sampled_from(["1", "3"]) | ARG), *fmt]
    if command == "tasks":
        chosen = [name for name in ("plan", "field", "kind") if draw(st.booleans())]
        options = [part for name in chosen for part in (f"--{name}", draw(ARG))]
        return ["tasks", *options, *fmt]
    if command == "platforms":
        return ["platforms", "--field", draw(ARG), *fmt]
    if command == "lineage":
        return ["lineage", draw(ARG), "--depth", draw(st.sampled_from(["1", "2"]) | ARG), *fmt]
    if command == "show":
        return ["show", draw(ARG), *fmt]
    selector = draw(st.sampled_from(["--field", "--plan", "--task", "--cypher"]))
    value = draw(CYPHER).replace("{out}", out) if selector == "--cypher" else draw(ARG)
    return ["export", selector, value, "-o", str(Path(out).with_suffix(".export")), "--format", draw(ARG)]


def _read_only(read_store: Path, leak: Path, args: list[str]) -> None:
    before = fingerprint(read_store)
    run(*args, "--store", str(read_store))
    assert fingerprint(read_store) == before, args
    assert not leak.exists(), args
    assert json.loads(stats(read_store))["nodes"]["Plan"] == 2


@pytest.fixture(scope="module")
def leak(scratch: Path) -> Path:
    """Where a query that escaped the check would write; it must never appear."""
    (scratch / "leak").mkdir(exist_ok=True)
    return scratch / "leak" / "out.csv"


@settings(SETTINGS, max_examples=30)
@given(data=st.data())
def test_read_commands_with_random_options_never_change_the_graph(
    data: st.DataObject, read_store: Path, leak: Path
) -> None:
    _read_only(read_store, leak, data.draw(read_commands(str(leak))))


@settings(SETTINGS, max_examples=40)
@example(query="MATCH (n) // don't\nCOPY (MATCH (p:Plan) RETURN p.id) TO '{out}'", param=None, fmt="json")
@example(query="CHECKPOINT", param=None, fmt="table")
@example(query="RETURN '\udcff' AS x", param="k=\udcfe", fmt="json")  # undecodable argv bytes
@example(query='RETURN "it\'s" AS x;\nCALL threads=1', param="x=1", fmt="json")
@given(query=CYPHER, param=st.one_of(st.none(), ARG), fmt=st.sampled_from(["json", "table"]))
def test_cypher_without_write_never_changes_the_graph_nor_writes_files(
    query: str, param: str | None, fmt: str, read_store: Path, leak: Path
) -> None:
    params = ["-p", param] if param is not None else []
    _read_only(read_store, leak, ["cypher", query.replace("{out}", str(leak)), *params, "--format", fmt])
