"""Subgraph export: the same selection on both stores, files that graph tools read back."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from plankg.cli import app
from plankg.errors import InputError, NotFoundError
from plankg.graph import GraphStore
from plankg.pipeline import Loaded, write_all
from plankg.queries import export

IC_PLATFORMS = {
    "国家集成电路研发中心",
    "集成电路装备材料创新中心",
    "集成电路创新中心",
    "智能传感器创新中心",
    "集成电路材料研究院",
}


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
    assert ("sh-stic-14/s4.1.2/t1.1", "CONTINUES", "sh-sti-12/s3.1.1/t1.1") in {
        (e["source"], e["type"], e["target"]) for e in graph.edges
    }


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
