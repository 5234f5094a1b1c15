"""A static picture of a subgraph for a paper or a slide: SVG (and PNG), with Chinese captions.

networkx lays the graph out (Kamada–Kawai: deterministic, even spacing on report-sized graphs;
spring layout with a fixed seed above KAMADA_KAWAI_MAX nodes), matplotlib draws it. Why
matplotlib and not Graphviz: matplotlib writes each glyph into the SVG as a path, so the picture
shows the same Chinese on any machine, with or without a CJK font; Graphviz's SVG keeps <text>
elements that need the reader's font (and its own layout engines are one more Debian package).
The CJK font is found through fontconfig (fonts-noto-cjk on Debian).
"""

from __future__ import annotations

import io
import shutil
import subprocess
from functools import lru_cache
from typing import TYPE_CHECKING

import networkx as nx

from plankg.errors import PlankgError
from plankg.queries.export.select import Subgraph
from plankg.queries.export.style import LABEL_COLOURS, caption, colour

if TYPE_CHECKING:
    from matplotlib.figure import Figure

KAMADA_KAWAI_MAX = 150
# Families tried first, in order (Simplified Chinese faces); any font fontconfig says covers
# zh-cn will do after them.
PREFERRED_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Noto Serif CJK SC")


class FontError(PlankgError):
    """No font with Chinese glyphs is installed."""


@lru_cache(maxsize=1)
def cjk_font() -> str:
    """The family name of an installed font with Simplified Chinese glyphs, registered with matplotlib."""
    from matplotlib import font_manager

    found: list[tuple[str, str]] = []  # (family, file)
    if shutil.which("fc-list"):
        listing = subprocess.run(
            ["fc-list", ":lang=zh-cn", "--format", "%{family[0]}\t%{file}\n"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        found = [tuple(line.split("\t", 1)) for line in listing.splitlines() if "\t" in line]  # type: ignore[misc]
    for _, path in found:
        font_manager.fontManager.addfont(path)  # matplotlib's font cache may predate the font
    families = [family for family, _ in found] or [f.name for f in font_manager.fontManager.ttflist if "CJK" in f.name]
    for family in (*PREFERRED_FAMILIES, *sorted(f for f in families if "Mono" not in f), *families):
        if family in families:
            return family
    raise FontError("no font with Chinese glyphs is installed (on Debian: apt-get install fonts-noto-cjk)")


def _layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    simple = nx.Graph(g.to_undirected())
    if simple.number_of_nodes() <= 2:
        return {n: (float(i), 0.0) for i, n in enumerate(sorted(simple))}
    if simple.number_of_nodes() <= KAMADA_KAWAI_MAX:
        return nx.kamada_kawai_layout(simple)
    return nx.spring_layout(simple, seed=7, iterations=100)


def _figure(graph: Subgraph) -> Figure:
    from matplotlib import patheffects
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    family = cjk_font()
    g = nx.MultiDiGraph()
    for node in graph.nodes:
        g.add_node(node["id"])
    for edge in graph.edges:
        g.add_edge(edge["source"], edge["target"])
    position = _layout(g)
    size = min(24.0, max(8.0, 1.1 * len(graph.nodes) ** 0.5 * 2))
    figure = Figure(figsize=(size, size * 0.75), layout="constrained")
    axes = figure.add_subplot()
    axes.set_axis_off()
    nodes = {n["id"]: n for n in graph.nodes}
    nx.draw_networkx_edges(g, position, ax=axes, edge_color="#b0b0b0", width=0.8, arrowsize=8, node_size=220)
    nx.draw_networkx_nodes(
        g,
        position,
        ax=axes,
        node_size=220,
        node_color=[colour(nodes[n]["label"]) for n in g.nodes],
        edgecolors="#555555",
        linewidths=0.6,
    )
    for node_id, (x, y) in position.items():
        axes.annotate(
            caption(nodes[node_id]),
            (x, y),
            xytext=(0, 8),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
            family=family,
            path_effects=[patheffects.withStroke(linewidth=3, foreground="white")],  # legible over edges
        )
    present = [label for label in LABEL_COLOURS if any(n["label"] == label for n in graph.nodes)]
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor=colour(label), markeredgecolor="#555")
        for label in present
    ]
    axes.legend(handles, present, loc="lower left", frameon=False, prop={"family": family, "size": 9})
    axes.set_title(f"plankg export {graph.selection}", family=family, fontsize=11)
    axes.margins(0.08)
    return figure


def to_svg(graph: Subgraph) -> str:
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "plankg"}):
        _figure(graph).savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def to_png(graph: Subgraph, dpi: int = 150) -> bytes:
    buffer = io.BytesIO()
    _figure(graph).savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()
