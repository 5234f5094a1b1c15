"""Each export format read back by the tool it is for (or its reference parser), and what those
tools expect of it: Gephi's GEXF, yEd's and Gephi's GraphML, neo4j-admin's CSV headers."""

from __future__ import annotations

import csv
import io
import os
import re
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from plankg.graph.ladybug_store import LadybugStore
from plankg.pipeline import Loaded, write_all
from plankg.queries import export
from plankg.queries.export import cypher_script, graph_files, markdown, neo4j_csv, picture
from plankg.queries.export.select import CONTROL_CHARACTERS, Subgraph
from tests.test_export import IC_PLATFORMS, PLAN_SENTENCE

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"


@pytest.fixture(scope="module")
def graph_store(tmp_path_factory: pytest.TempPathFactory, loaded_plans: dict[str, Loaded]) -> Iterator[LadybugStore]:
    store = LadybugStore(tmp_path_factory.mktemp("formats") / "graph")
    write_all(store, list(loaded_plans.values()))
    yield store
    store.close()


@pytest.fixture(scope="module")
def ic(graph_store: LadybugStore) -> Subgraph:
    return export.select(graph_store, field="集成电路")


def test_graphml_has_unique_edge_ids_typed_keys_and_names_as_labels(ic: Subgraph) -> None:
    text = graph_files.to_graphml(ic)
    root = ET.fromstring(text)
    edge_ids = [e.get("id") for e in root.iter(f"{GRAPHML}edge")]
    assert len(edge_ids) == len(ic.edges) == len(set(edge_ids))  # was id="IN_FIELD" 18 times
    keys = list(root.iter(f"{GRAPHML}key"))
    assert len({k.get("id") for k in keys}) == len(keys)
    assert all(k.get("attr.type") in ("string", "long", "int", "double", "boolean") for k in keys)
    back = nx.read_graphml(io.BytesIO(text.encode("utf-8")))
    assert back.nodes["platform:集成电路创新中心"]["label"] == "集成电路创新中心"
    assert back.nodes["sh-stic-14/s4.1.1/t1.1"]["label"] == "芯片研发"  # a task is shown by its title
    assert back.nodes["sh-stic-14/s4.1.1/t1.1"]["labels"] == ":Task"
    assert isinstance(back.nodes["sh-stic-14/s4.1.1/t1.1"]["start"], int)
    types = {d["label"] for _, _, d in back.edges(data=True)}
    assert {"SUPPORTS", "IN_FIELD", "BUILDS"} <= types


def test_gexf_is_static_1_3_with_gephi_edge_types(ic: Subgraph) -> None:
    text = graph_files.to_gexf(ic)
    root = ET.fromstring(text)
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{GEXF}graph")
    assert graph is not None and graph.get("mode") == "static"  # offsets were time intervals
    assert not list(root.iter(f"{GEXF}spells"))
    for element in [*root.iter(f"{GEXF}node"), *root.iter(f"{GEXF}edge")]:
        assert element.get("start") is None and element.get("end") is None
    edges = list(root.iter(f"{GEXF}edge"))
    # Gephi rejects any other edge type; the relationship type is the edge's label.
    assert all(e.get("type") in (None, "directed", "undirected", "mutual") for e in edges)
    assert {e.get("label") for e in edges} >= {"SUPPORTS", "IN_FIELD", "BUILDS", "MENTIONS", "HAS_TASK"}
    labels = {n.get("id"): n.get("label") for n in root.iter(f"{GEXF}node")}
    assert {labels[f"platform:{p}"] for p in IC_PLATFORMS} == IC_PLATFORMS  # not "Platform"
    assert labels["sh-stic-14/s4.1.1/t1.3"] == "装备与材料"
    back = nx.read_gexf(io.BytesIO(text.encode("utf-8")), version="1.3")
    assert (back.number_of_nodes(), back.number_of_edges()) == (len(ic.nodes), len(ic.edges))
    supports = [d for _, _, d in back.edges(data=True) if d.get("label") == "SUPPORTS"]
    assert supports and all(d["plan_id"] == "sh-stic-14" and d["start_offset"] == 16574 for d in supports)


def test_control_characters_never_written(tmp_path: Path) -> None:
    """A form feed (a PDF page break) in a name or a quote made both XML formats unreadable."""
    store = LadybugStore(tmp_path / "graph")
    store.ensure_schema()
    store.run(
        "CREATE (:Platform {id: 'platform:甲', name: $name, kind: '实验室'}), (:Field {id: 'field:乙', name: '乙'})",
        {"name": "甲\x0c实验\x00室\x1b"},
        write=True,
    )
    store.run(
        "MATCH (p:Platform), (f:Field) CREATE (p)-[:SUPPORTS {plan_id: 'x', evidence: $e, `start`: 1, `end`: 9}]->(f)",
        {"e": "第一页\x0c第二页\x08"},
        write=True,
    )
    graph = export.select(store, cypher="MATCH (p:Platform)-[:SUPPORTS]->(f:Field) RETURN p, f")
    store.close()
    for fmt in ("json", "graphml", "gexf", "cypher", "md", "html"):
        text = export.render(graph, fmt)
        assert not CONTROL_CHARACTERS.search(text), fmt
    back = nx.read_graphml(io.BytesIO(graph_files.to_graphml(graph).encode("utf-8")))
    assert back.nodes["platform:甲"]["name"] == "甲 实验 室 "  # same length, offsets stay right
    assert nx.read_gexf(io.BytesIO(graph_files.to_gexf(graph).encode("utf-8")), version="1.3").number_of_edges() == 1
    for text in neo4j_csv.files(graph).values():
        assert not CONTROL_CHARACTERS.search(text)


def _read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_csv_folder_keeps_the_neo4j_admin_header_contract(ic: Subgraph, tmp_path: Path) -> None:
    written = neo4j_csv.write_folder(ic, tmp_path / "ic")
    node_ids: dict[str, set[str]] = {}
    relationships = 0
    for path in written:
        raw = path.read_bytes()
        if path.name == neo4j_csv.IMPORT_NOTE:
            assert "neo4j-admin database import full" in raw.decode("utf-8")
            continue
        assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
        header, *rows = _read_csv(raw.decode("utf-8-sig"))
        assert all(len(row) == len(header) for row in rows)
        if header[0].startswith("id:ID("):
            label = re.fullmatch(r"id:ID\((\w+)\)", header[0])
            assert label and header[-1] == ":LABEL" and path.stem == label.group(1)
            assert {row[-1] for row in rows} == {label.group(1)}
            node_ids[label.group(1)] = {row[0] for row in rows}
        else:
            assert re.fullmatch(r":START_ID\(\w+\)", header[0]) and re.fullmatch(r":END_ID\(\w+\)", header[1])
            assert header[2] == ":TYPE"
            relationships += len(rows)
    assert sum(len(ids) for ids in node_ids.values()) == len(ic.nodes)
    assert relationships == len(ic.edges)
    assert node_ids["Platform"] == {f"platform:{p}" for p in IC_PLATFORMS}
    for path in written:
        if "__" in path.name:  # every end of a relationship is a node of the id space it names
            header, *rows = _read_csv(path.read_text(encoding="utf-8-sig"))
            start, end = (re.search(r"\((\w+)\)", h).group(1) for h in header[:2])  # type: ignore[union-attr]
            assert all(row[0] in node_ids[start] and row[1] in node_ids[end] for row in rows)
    task_header = _read_csv((tmp_path / "ic" / "Task.csv").read_text(encoding="utf-8-sig"))[0]
    assert {"start:int", "end:int", "empty:boolean", "title"} <= set(task_header)
    continues = _read_csv((tmp_path / "ic" / "CONTINUES__Task__Task.csv").read_text(encoding="utf-8-sig"))
    assert {"score:float", "shared_terms:string[]"} <= set(continues[0])
    assert "集成电路" in continues[1][continues[0].index("shared_terms:string[]")].split(";")


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        ("a'b", r"'a\'b'"),
        ("c:\\path", r"'c:\\path'"),
        ("两行\n文字", r"'两行\n文字'"),
        ("“引号”", "'“引号”'"),
        (["装备", "集成电路"], "['装备', '集成电路']"),
        (True, "true"),
        (0.325, "0.325"),
        (16574, "16574"),
    ],
)
def test_cypher_literals(value: object, literal: str) -> None:
    assert cypher_script.literal(value) == literal


def test_cypher_script_is_one_statement_per_line(ic: Subgraph) -> None:
    lines = [line for line in cypher_script.to_cypher(ic).splitlines() if line and not line.startswith("//")]
    assert all(line.endswith(";") for line in lines)
    assert sum(line.startswith("MERGE (n:") for line in lines) == len(ic.nodes)
    assert sum(" MERGE (a)-[" in line for line in lines) == len(ic.edges)
    assert "$" not in "".join(lines)  # parameter-free


def test_markdown_report_places_quotes_by_plan_and_section(ic: Subgraph) -> None:
    text = markdown.to_markdown(ic)
    # sh-stic-14 §4.1.1 "1、集成电路": "重大平台：加快建设国家集成电路研发中心、…为支撑的创新平台体系"
    assert "## 上海市建设具有全球影响力的科技创新中心“十四五”规划 (`sh-stic-14`)" in text
    section = (
        "### 四、提升关键核心技术竞争力，打造产业高质量发展新动能 › （一）加快三大重点领域核心技术攻关 › 1、集成电路"
    )
    assert section in text
    block = text[text.index(section) :].split("\n### ", 1)[0]
    assert f"  > {PLAN_SENTENCE}" in block
    assert all(f"**Platform** {p}" in block for p in IC_PLATFORMS)
    # sh-sti-12 §3.3.1: "（1）集成电路关键核心装备与特色产品和工艺"
    earlier = text.index("## 上海科技创新“十二五”规划 (`sh-sti-12`)")
    assert earlier < text.index("**Task** 集成电路关键核心装备与特色产品和工艺") < text.index("(`sh-stic-14`)")


def test_plan_markdown_lists_indicators_under_the_plan(graph_store: LadybugStore) -> None:
    graph = export.select(graph_store, plan="sh-stic-14")
    text = markdown.to_markdown(graph)
    indicators = [n for n in graph.nodes if n["label"] == "Indicator"]
    assert indicators and all(f"`{n['id']}`" in text for n in indicators)
    assert text.count("\n## ") == 1 + text.count("## Not placed in a plan")


def test_svg_and_png_draw_chinese_captions(ic: Subgraph) -> None:
    pytest.importorskip("matplotlib")
    try:
        picture.cjk_font()
    except picture.FontError as error:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"{error} (make test installs fonts-noto-cjk)")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)" for tofu
        svg = picture.to_svg(ic)
        png = picture.to_png(ic)
    root = ET.fromstring(svg)
    # Glyphs are paths: the picture shows the same Chinese without the reader's font.
    assert not [t for t in root.iter("{http://www.w3.org/2000/svg}text") if re.search(r"[\u4e00-\u9fff]", t.text or "")]
    assert len(list(root.iter("{http://www.w3.org/2000/svg}path"))) > 50
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    total = image.width * image.height
    colours = {colour: count for count, colour in image.getcolors(total) or []}
    assert colours.get((0xE1, 0x57, 0x59), 0) > 500  # the five platform dots are drawn, in platform red
    assert total - colours.get((255, 255, 255), 0) > 0.02 * total


def test_task_markdown_shows_its_lineage_under_the_later_plan(graph_store: LadybugStore) -> None:
    text = markdown.to_markdown(export.select(graph_store, task="重大新药创制"))
    later = text[text.index("(`sh-stic-14`)") :]
    # sh-stic-14 §4.1.2 "（1）在创新药物和疫苗研发领域，…" carries on sh-sti-12's "（1）重大新药创制"
    assert "**Task** 在创新药物和疫苗研发领域" in later
    assert "  - CONTINUES → 重大新药创制 (`sh-sti-12/s3.1.1/t1.1`, score " in later


def test_markdown_quotes_of_one_node_stay_apart_when_rendered(ic: Subgraph) -> None:
    # Two quotes of one section were two "  > " lines, which Markdown joins into one paragraph:
    # rendered, "…集成电路材料研究院为支撑的创新平台体系… — BUILDS → … 集成电路 — IN_FIELD → 集成电路" ran
    # the second quote into the first. A blank quote line between them keeps two paragraphs.
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(markdown.to_markdown(ic))
    quotes = re.findall(r"<blockquote>\s*(.*?)</blockquote>", html, re.S)
    paragraphs = [p for q in quotes for p in re.findall(r"<p>(.*?)</p>", q, re.S)]
    joined = [p for p in paragraphs if p.count(" — ") > 1 and "\n" in p]
    assert paragraphs and not joined, joined[:1]


def test_a_name_the_plan_itself_mentions_is_reported_under_the_plan() -> None:
    # The 2025 广东 report's page line "北京大学公开课" (outside every section: the Plan MENTIONS it) was listed
    # under "Not placed in a plan"
    plan = {"id": "gd-gwr-2025", "label": "Plan", "title": "2025年广东省政府工作报告", "kind": "report"}
    school = {"id": "institution:北京大学", "label": "Institution", "name": "北京大学", "kind": "高校"}
    mention = {"source": plan["id"], "target": school["id"], "type": "MENTIONS", "evidence": "北京大学公开课"}
    mention |= {"start": 40, "end": 47}
    section = {"id": "gd-gwr-2025/s1", "level": 1, "number": "一、", "title": "2024年工作回顾"}
    section |= {"start": 900, "end": 5000}
    graph = Subgraph([plan, school], [mention], "--plan gd-gwr-2025", {plan["id"]: plan}, {plan["id"]: [section]})
    text = markdown.to_markdown(graph)
    assert "Not placed in a plan" not in text
    heading = text.index("## 2025年广东省政府工作报告")
    assert heading < text.index("### Before the first section") < text.index("北京大学公开课")
