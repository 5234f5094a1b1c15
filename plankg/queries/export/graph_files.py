"""Graph file formats for graph tools: node-link JSON (scripts, d3), GraphML (yEd, Cytoscape,
Gephi), GEXF 1.3 (Gephi). The XML is networkx's job; plankg decides what each tool should see.

What the tools expect, and so what is written:
- A node's `label` is what a tool shows on it: the node's name or title (Gephi takes the GraphML
  `label` key and the GEXF `label` attribute as the node's caption). The node label (Task,
  Platform, …) goes in `labels`, as APOC's GraphML export writes it (":Task").
- An edge's `label` is the relationship type (APOC's convention; Gephi shows edge labels).
  GEXF reserves an edge's `type` attribute for directed/undirected/mutual, and GraphML ids must
  be unique, so edges are numbered e0, e1, … and the type is never written as `type` or `id`.
- GEXF reserves `start`/`end` for time (networkx turns them into a dynamic graph), so the
  character offsets are written as `start_offset`/`end_offset` there.
"""

from __future__ import annotations

import io
import json
from typing import Any

import networkx as nx

from plankg.queries.export.select import Subgraph
from plankg.queries.naming import display_name

# GEXF's reserved attribute names that plankg properties would collide with, and their new names.
GEXF_RENAMED = {"start": "start_offset", "end": "end_offset"}


def to_json(graph: Subgraph) -> str:
    """networkx's node-link layout with d3's "links": relationships have a direction and two nodes
    may have several (a Task both BUILDS and MENTIONS a Platform), so ``directed`` and
    ``multigraph`` say so — without them ``nx.node_link_graph`` read an undirected graph."""
    document = {
        "selection": graph.selection,
        "directed": True,
        "multigraph": True,
        "graph": {"selection": graph.selection},
        "nodes": graph.nodes,
        "links": graph.edges,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_networkx(graph: Subgraph, renamed: dict[str, str] | None = None) -> nx.MultiDiGraph:
    renamed = renamed or {}
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in graph.nodes:
        attributes = {renamed.get(k, k): _scalar(v) for k, v in node.items() if k not in ("id", "label")}
        g.add_node(node["id"], label=display_name(node), labels=f":{node['label']}", **attributes)
    for number, edge in enumerate(graph.edges):
        attributes = {renamed.get(k, k): _scalar(v) for k, v in edge.items() if k not in ("source", "target", "type")}
        g.add_edge(edge["source"], edge["target"], key=f"e{number}", id=f"e{number}", label=edge["type"], **attributes)
    return g


def _scalar(value: Any) -> Any:
    # GraphML and GEXF hold scalars only; lists (aliases, shared_terms) become "a、b、c".
    return "、".join(str(v) for v in value) if isinstance(value, list) else value


def to_graphml(graph: Subgraph) -> str:
    g = to_networkx(graph)
    for _, _, data in g.edges(data=True):
        data.pop("id")  # networkx takes the edge key as the GraphML edge id already
    buffer = io.BytesIO()
    # Edge ids are the keys e0, e1, …; keys are d0, d1, … (node and edge attributes share names such
    # as start, so named key ids would repeat) with attr.name and attr.type (string, long, double,
    # boolean) from the values.
    nx.write_graphml(g, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def to_gexf(graph: Subgraph) -> str:
    g = to_networkx(graph, GEXF_RENAMED)
    g.graph["mode"] = "static"  # no time: offsets are not intervals
    buffer = io.BytesIO()
    nx.write_gexf(g, buffer, encoding="utf-8", version="1.3")
    return buffer.getvalue().decode("utf-8")
