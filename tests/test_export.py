"""Subgraph export: the same selection on both stores, files that graph tools read back."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner, Result

from plankg.cli import app
from plankg.errors import InputError, NotFoundError
from plankg.graph import GraphStore
from plankg.pipeline import Loaded, write_all
from plankg.queries import export
from tests.conftest import IC_PLATFORMS


def test_field_export_holds_its_platforms_and_nothing_dangling(built: GraphStore) -> None:
    graph = export.select(built, field="集成电路")
    ids = {n["id"] for n in graph.nodes}
    assert {n["name"] for n in graph.nodes if n["label"] == "Platform"} == IC_PLATFORMS
    assert {e["source"] for e in graph.edges if e["type"] == "SUPPORTS"} == {f"platform:{p}" for p in IC_PLATFORMS}
    assert all(e["source"] in ids and e["target"] in ids for e in graph.edges)
    assert all("evidence" in e for e in graph.edges if e["type"] == "SUPPORTS")


def test_plan_export_is_the_plans_subgraph(built: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    doc = loaded_plans["sh-iti-12"].document
    graph = export.select(built, plan="sh-iti-12")
    labels = [n["label"] for n in graph.nodes]
    assert labels.count("Section") == len(doc.sections) and labels.count("Task") == len(doc.tasks)
    assert labels.count("Indicator") == len(doc.indicators) and labels.count("Plan") == 1
    assert "text" not in next(n for n in graph.nodes if n["label"] == "Plan")


def test_task_export_has_its_place_and_lineage(built: GraphStore) -> None:
    graph = export.select(built, task="重大新药创制")
    ids = {n["id"] for n in graph.nodes}
    assert {"sh-sti-12", "sh-sti-12/s3", "sh-sti-12/s3.1", "sh-sti-12/s3.1.1", "sh-sti-12/s3.1.1/t1.1"} <= ids
    edges = {(e["source"], e["type"], e["target"]) for e in graph.edges}
    assert ("sh-stic-14/s4.1.2/t1.1", "CONTINUES", "sh-sti-12/s3.1.1/t1.1") in edges
    # CONTINUES runs between Sections and Tasks: the sections that continue it come too
    assert ("sh-stic-14/s4.1.2", "CONTINUES", "sh-sti-12/s3.1.1/t1.1") in edges


def test_selection_errors(built: GraphStore) -> None:
    with pytest.raises(InputError):
        export.select(built, field="集成电路", plan="sh-sti-12")
    with pytest.raises(NotFoundError):
        export.select(built, field="没有这个领域")


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf"])
def test_files_read_back(built: GraphStore, tmp_path: Path, fmt: str) -> None:
    graph = export.select(built, field="集成电路")
    path = tmp_path / f"ic.{fmt}"
    export.write(graph, fmt, path)
    if fmt == "json":
        data = json.loads(path.read_text(encoding="utf-8"))
        assert (len(data["nodes"]), len(data["links"])) == (len(graph.nodes), len(graph.edges))
        # As the README says to read it (networkx >= 3.4 names the key; 3.6 defaults to "edges").
        # Before, it came back undirected: SUPPORTS ran from a Field to its Platform as much as back.
        back = nx.node_link_graph(data, edges="links")
        assert back.is_directed() and back.is_multigraph() and back.graph["selection"] == "--field 集成电路"
        assert (back.number_of_nodes(), back.number_of_edges()) == (len(graph.nodes), len(graph.edges))
        assert back.has_edge("platform:集成电路创新中心", "field:集成电路")
        assert not back.has_edge("field:集成电路", "platform:集成电路创新中心")
    else:
        back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
        assert (back.number_of_nodes(), back.number_of_edges()) == (len(graph.nodes), len(graph.edges))
        assert back.nodes["platform:集成电路创新中心"]["name"] == "集成电路创新中心"


def test_cli_export(tmp_path: Path, loaded_plans: dict[str, Loaded]) -> None:
    from plankg.graph.ladybug_store import LadybugStore

    store_dir = tmp_path / "g"
    graph = LadybugStore(store_dir)
    write_all(graph, list(loaded_plans.values()))
    graph.close()
    runner = CliRunner()
    out = tmp_path / "bio.json"
    query = "MATCH (p:Platform)-[:SUPPORTS]->(f:Field {name: '生物医药'}) RETURN p, f"
    result = runner.invoke(app, ["export", "--cypher", query, "-o", str(out), "--store", str(store_dir)])
    assert result.exit_code == 0 and "wrote" in result.stderr
    assert {n["label"] for n in json.loads(out.read_text(encoding="utf-8"))["nodes"]} == {"Platform", "Field"}
    bad = runner.invoke(app, ["export", "--field", "集成电路", "-f", "pdf", "-o", str(out), "--store", str(store_dir)])
    assert bad.exit_code == 1 and "unknown export format" in bad.stderr


# --- Issue #10: every format from the command line, on both stores -----------------------------

PLAN_SENTENCE = "重大平台：加快建设国家集成电路研发中心"


@pytest.fixture(scope="module", params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def cli_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, loaded_plans: dict[str, Loaded]
) -> list[str]:
    """The store options of a built graph, built once per store for this module's CLI tests."""
    from plankg.graph.ladybug_store import LadybugStore
    from tests.conftest import neo4j_store

    if request.param == "ladybug":
        path = tmp_path_factory.mktemp("export") / "graph"
        graph: GraphStore = LadybugStore(path)
        options = ["--store", str(path)]
    else:
        graph = neo4j_store()
        options = ["--neo4j", os.environ["NEO4J_URI"]]
    write_all(graph, list(loaded_plans.values()))
    graph.close()
    return options


def _export(options: list[str], *args: str) -> Result:
    return CliRunner().invoke(app, ["export", *args, *options])


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "csv", "cypher", "md", "html", "svg", "png"])
def test_cli_exports_every_format(cli_store: list[str], tmp_path: Path, fmt: str) -> None:
    out = tmp_path / ("ic" if fmt == "csv" else f"ic.{fmt}")
    result = _export(cli_store, "--field", "集成电路", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    # 36 since 2026-12-02: lineage keeps 4 CONTINUES in this subgraph (1、集成电路, 芯片研发, 装备与材料,
    # 成套工艺 ← 集成电路关键核心装备与特色产品和工艺; the judged set lists 集成电路, 装备与材料, 成套工艺), was 9.
    assert "wrote 19 nodes and 36 relationships" in result.stderr
    if fmt == "csv":
        platforms = (out / "Platform.csv").read_text(encoding="utf-8-sig")
        assert all(name in platforms for name in IC_PLATFORMS)
    elif fmt == "png":
        assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    else:
        text = out.read_text(encoding="utf-8")
        if fmt in ("json", "graphml", "gexf", "cypher", "html"):
            assert all(name in text for name in IC_PLATFORMS)
        if fmt == "graphml":
            back = nx.read_graphml(out)
            assert {d["name"] for _, d in back.nodes(data=True) if d["labels"] == ":Platform"} == IC_PLATFORMS
        if fmt == "md":
            assert PLAN_SENTENCE in text
        if fmt == "html":
            assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text, re.I)
            assert "default-src 'none'" in text  # the page itself forbids fetching anything
        if fmt == "svg":
            assert ET.fromstring(text).tag == "{http://www.w3.org/2000/svg}svg"


def test_cli_field_alias_resolved_as_tasks_does(cli_store: list[str], tmp_path: Path) -> None:
    # 信息技术 is an alias of 新一代信息技术 in plankg/data/fields.yaml: `tasks` took it, export did not.
    tasks = CliRunner().invoke(app, ["tasks", "--field", "信息技术", "--format", "json", *cli_store])
    assert tasks.exit_code == 0, tasks.stderr
    out = tmp_path / "it.json"
    result = _export(cli_store, "--field", "信息技术", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [n["name"] for n in data["nodes"] if n["label"] == "Field"] == ["新一代信息技术"]
    exported_tasks = {n["id"] for n in data["nodes"] if n["label"] == "Task"}
    assert {t["id"] for t in json.loads(tasks.stdout)} <= exported_tasks


def test_cli_output_mistakes_are_one_line(cli_store: list[str], tmp_path: Path) -> None:
    for args, message in (
        (["-f", "graphml", "-o", str(tmp_path)], "is a directory"),
        (["-f", "png", "-o", "-"], "not a text format"),
        (["-f", "csv", "-o", "-"], "not a text format"),
    ):
        result = _export(cli_store, "--field", "集成电路", *args)
        assert result.exit_code == 1 and message in result.stderr, result.stderr
        assert "Traceback" not in result.output and len(result.stderr.strip().splitlines()) == 1
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    result = _export(cli_store, "--field", "集成电路", "-f", "csv", "-o", str(tmp_path / "a-file"))
    assert result.exit_code == 1 and "csv writes a folder" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "cypher", "md", "html", "svg"])
def test_cli_text_formats_to_stdout(cli_store: list[str], fmt: str) -> None:
    result = _export(cli_store, "--field", "集成电路", "-f", fmt, "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert "国家集成电路研发中心" in result.stdout or fmt == "svg"
    assert "wrote" not in result.stdout  # the summary goes to stderr, the file to stdout


@pytest.mark.parametrize("fmt", ["json", "png", "csv"])
def test_an_unwritable_output_is_one_line_and_leaves_nothing_behind(
    cli_store: list[str], tmp_path: Path, fmt: str
) -> None:
    # A folder you may not write to (here: a "folder" that is a file, which refuses even root) gave
    # a PermissionError/NotADirectoryError traceback; now one line naming -o, exit 1.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    result = _export(cli_store, "--field", "集成电路", "-f", fmt, "-o", str(blocker / f"ic.{fmt}"))
    # FILE_IN_THE_WAY: it said "cannot write it: File exists" (NotADirectoryError for csv), naming neither file
    assert result.exit_code == 1 and "not-a-folder is a file, not a folder" in result.stderr, result.output
    assert "Traceback" not in result.output and len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_an_export_replaces_a_file_whole_and_leaves_no_temporary_file(cli_store: list[str], tmp_path: Path) -> None:
    out = tmp_path / "ic.md"
    out.write_text("an older report", encoding="utf-8")
    result = _export(cli_store, "--field", "集成电路", "-f", "md", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert PLAN_SENTENCE in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["ic.md"]
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_cypher_export_takes_the_nodes_of_paths_and_lists(built: GraphStore) -> None:
    # `RETURN p` of a path said "nothing to export": only bare nodes were looked at.
    nodes = export.select(built, cypher="MATCH (p:Platform)-[:SUPPORTS]->(f:Field {name: '集成电路'}) RETURN p, f")
    path = export.select(built, cypher="MATCH x = (p:Platform)-[:SUPPORTS]->(f:Field {name: '集成电路'}) RETURN x")
    listed = export.select(
        built, cypher="MATCH (p:Platform)-[:SUPPORTS]->(f:Field {name: '集成电路'}) RETURN collect(p) AS ps, f"
    )
    assert {n["id"] for n in path.nodes} == {n["id"] for n in nodes.nodes} == {n["id"] for n in listed.nodes}
    assert len(path.nodes) == len(IC_PLATFORMS) + 1 and len(path.edges) == len(nodes.edges) > 0
    with pytest.raises(NotFoundError, match="return nodes, paths, or a column id"):
        export.select(built, cypher="MATCH (:Platform)-[r:SUPPORTS]->(:Field) RETURN r LIMIT 3")


@pytest.mark.parametrize(
    ("name", "fmt"), [("ic.graphml", "graphml"), ("ic.GEXF", "gexf"), ("ic.md", "md"), ("ic", "json")]
)
def test_the_format_follows_the_output_name_when_not_given(
    cli_store: list[str], tmp_path: Path, name: str, fmt: str
) -> None:
    # `-o ic.graphml` without --format wrote node-link JSON into ic.graphml (json was the default
    # whatever the name), which yEd and networkx.read_graphml then refuse.
    out = tmp_path / name
    result = _export(cli_store, "--field", "集成电路", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    if fmt == "graphml":
        assert nx.read_graphml(out).number_of_nodes() == 19
    elif fmt == "gexf":
        assert nx.read_gexf(out).number_of_nodes() == 19
    elif fmt == "md":
        assert out.read_text(encoding="utf-8").startswith("# ")
    else:
        assert len(json.loads(out.read_text(encoding="utf-8"))["nodes"]) == 19


def test_a_format_the_output_name_contradicts_is_refused(cli_store: list[str], tmp_path: Path) -> None:
    result = _export(cli_store, "--field", "集成电路", "-f", "json", "-o", str(tmp_path / "ic.graphml"))
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1, result.output
    assert "ic.graphml" in result.stderr and "--format graphml" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_plan_export_keeps_only_the_plans_own_supports(tmp_path: Path) -> None:
    # SUPPORTS edges are shared by every plan naming a platform for a field: `export --plan` of 广东's
    # 2025 work report carried the earlier reports' sentences, and its report opened on those plans
    texts = {
        "gd-2023": "2023年广东省政府工作报告\n\n一、2023年工作安排\n\n（一）推动中医药传承创新发展\n\n"
        "支持云浮建设国家中药种质资源库。建设国家中医药综合改革示范区。\n",
        "gd-2024": "2024年广东省政府工作报告\n\n一、2024年工作安排\n\n（一）推动中医药传承创新发展\n\n"
        "全面推进国家中医药综合改革示范区建设，加快建设国家中医药传承创新中心、国家中药种质资源库，"
        "完善中医治未病服务网络。\n",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    store = str(tmp_path / "g")
    assert CliRunner().invoke(app, ["build", str(tmp_path), "--store", store]).exit_code == 0
    result = CliRunner().invoke(app, ["export", "--plan", "gd-2024", "--store", store, "-f", "json", "-o", "-"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    supports = [link for link in data["links"] if link["type"] == "SUPPORTS"]
    assert supports and {link["plan_id"] for link in supports} == {"gd-2024"}
    md = CliRunner().invoke(app, ["export", "--plan", "gd-2024", "--store", store, "-f", "md", "-o", "-"])
    assert "gd-2023" not in md.stdout and "支持云浮" not in md.stdout
