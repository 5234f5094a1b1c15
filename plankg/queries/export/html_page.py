"""One self-contained HTML page with an interactive picture of a subgraph.

The page inlines vis-network (vendored in static/, see static/README.txt) and the data, and
loads nothing from the network: no CDN, no web fonts (Chinese labels use the reader's own CJK
font). Nodes are coloured by label and captioned with their names; clicking a node shows its
properties and the plan sentences (evidence) of its relationships. `page.html#node=ID` opens
with that node selected, so a node can be linked to.

When the picture is drawn the page sets `data-drawn` (the number of nodes) on <body>, and a
script error sets `data-error`: a headless browser can tell a drawn page from a blank one.
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from typing import Any

from plankg.queries.export.select import Subgraph
from plankg.queries.export.style import caption, colour
from plankg.queries.naming import display_name

VIS_NETWORK = "vis-network.min.js"  # vis-network 10.1.2, Apache-2.0 OR MIT


def _script_json(value: Any) -> str:
    """JSON that is safe inside <script>: no "<", ">" or "&" that could close or confuse it."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def vendored_script() -> str:
    script = resources.files("plankg.queries.export").joinpath("static", VIS_NETWORK).read_text(encoding="utf-8")
    if "</script" in script.lower():  # would end the inline <script> early
        raise RuntimeError(f"{VIS_NETWORK} contains '</script' and cannot be inlined")
    return script


def page_data(graph: Subgraph) -> dict[str, Any]:
    names = {n["id"]: display_name(n) for n in graph.nodes}
    nodes = [
        {
            "id": n["id"],
            "label": caption(n),
            "group": n["label"],
            "color": colour(n["label"]),
            "props": {k: v for k, v in n.items() if k not in ("label",)},
            "name": names[n["id"]],
            "kind": n["label"],
        }
        for n in graph.nodes
    ]
    edges = [
        {
            "id": f"e{i}",
            "from": e["source"],
            "to": e["target"],
            "label": e["type"],
            "props": {k: v for k, v in e.items() if k not in ("source", "target", "type")},
        }
        for i, e in enumerate(graph.edges)
    ]
    plans = {plan_id: plan.get("title", "") for plan_id, plan in graph.plans.items()}
    return {"nodes": nodes, "edges": edges, "names": names, "plans": plans}


def to_html(graph: Subgraph) -> str:
    title = f"plankg export {graph.selection}".strip()
    labels = sorted({n["label"] for n in graph.nodes})
    legend = "".join(
        f'<span class="key"><i style="background:{colour(label)}"></i>{html.escape(label)}</span>' for label in labels
    )
    values = {
        "TITLE": html.escape(title),
        "SUMMARY": f"{len(graph.nodes)} nodes, {len(graph.edges)} relationships",
        "LEGEND": legend,
        "DATA": _script_json(page_data(graph)),
        "VIS": vendored_script(),
    }
    # One pass, so a value that happens to contain a placeholder's name is left alone.
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], TEMPLATE)


PLACEHOLDER = re.compile(r"__(TITLE|SUMMARY|LEGEND|DATA|VIS)__")
TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Nothing may be fetched: the page is one file that works offline. -->
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title>
<style>
  html, body { margin: 0; height: 100%; }
  body { display: flex; flex-direction: column; color: #222;
         font: 14px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
  header { padding: 6px 12px; border-bottom: 1px solid #ddd; display: flex; gap: 16px; align-items: baseline;
           flex-wrap: wrap; }
  header h1 { font-size: 16px; margin: 0; }
  .key { margin-right: 10px; white-space: nowrap; }
  .key i { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; }
  main { flex: 1; display: flex; min-height: 0; }
  #graph { flex: 1; min-width: 0; }
  #details { width: 30em; max-width: 45%; overflow: auto; padding: 8px 12px; border-left: 1px solid #ddd;
             background: #fafafa; }
  #details h2 { font-size: 15px; margin: 4px 0; }
  #details table { border-collapse: collapse; font-size: 12px; }
  #details td { vertical-align: top; padding: 1px 6px 1px 0; word-break: break-all; }
  #details td:first-child { color: #666; white-space: nowrap; }
  #details blockquote { margin: 4px 0 8px; padding: 2px 8px; border-left: 3px solid #ccc; background: #fff; }
  .rel { font-size: 12px; color: #555; margin-top: 6px; }
  .hint { color: #777; }
</style>
</head>
<body>
<header><h1>__TITLE__</h1><span>__SUMMARY__</span><span>__LEGEND__</span></header>
<main>
  <div id="graph"></div>
  <aside id="details"><p class="hint">Click a node to read its properties and the plan sentences
  behind its relationships.</p></aside>
</main>
<script>
window.addEventListener("error", function (event) {
  document.body.setAttribute("data-error", String(event.message || event));
});
</script>
<script>__VIS__</script>
<script id="plankg-data" type="application/json">__DATA__</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("plankg-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var font = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    // No vis `group`: vis paints grouped nodes from its own palette, not the legend's colours.
    return { id: n.id, label: n.label, title: n.kind + ": " + n.name,
             color: { background: n.color, border: "#555",
                      highlight: { background: n.color, border: "#000" } },
             // a white halo keeps crossing captions legible
             font: { face: font, size: 14, strokeWidth: 4, strokeColor: "#ffffff" } };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    // The type is a tooltip and in the details panel: on the picture, labels on every edge hide the names.
    return { id: e.id, from: e.from, to: e.to, title: e.label, arrows: "to",
             color: { color: "#b0b0b0", highlight: "#333", hover: "#666" } };
  }));
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, {
    layout: { randomSeed: 7 },
    nodes: { shape: "dot", size: 12, borderWidth: 1 },
    edges: { smooth: false },
    physics: { solver: "barnesHut", stabilization: { iterations: 500, fit: true },
               barnesHut: { gravitationalConstant: -10000, springLength: 200, avoidOverlap: 0.8 } },
    interaction: { hover: true, tooltipDelay: 150 }
  });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }
  function value(v) { return Array.isArray(v) ? v.join("、") : String(v); }

  function show(id) {
    var n = byId[id];
    var panel = document.getElementById("details");
    panel.textContent = "";
    if (!n) { return; }
    panel.appendChild(el("h2", n.kind + " · " + n.name));
    var table = el("table");
    Object.keys(n.props).forEach(function (key) {
      var row = el("tr");
      row.appendChild(el("td", key));
      var cell = el("td", value(n.props[key]));
      if (key === "plan_id" && data.plans[n.props[key]]) { cell.textContent += " " + data.plans[n.props[key]]; }
      row.appendChild(cell);
      table.appendChild(row);
    });
    panel.appendChild(table);
    data.edges.forEach(function (e) {
      if (e.from !== id && e.to !== id) { return; }
      var out = e.from === id;
      var otherId = out ? e.to : e.from;
      var other = (byId[otherId] ? byId[otherId].kind + " " : "") + (data.names[otherId] || otherId);
      var where = e.props.plan_id || (byId[e.from] && byId[e.from].props.plan_id) || "";
      panel.appendChild(el("div", (out ? e.label + " → " : "← " + e.label + " ") + other +
                                  (where ? "  [" + where + "]" : ""), "rel"));
      if (e.props.evidence) { panel.appendChild(el("blockquote", e.props.evidence)); }
    });
    if (n.props.evidence) { panel.appendChild(el("blockquote", n.props.evidence)); }
  }

  network.on("click", function (params) { if (params.nodes.length) { show(params.nodes[0]); } });

  function fromHash() {
    var match = /^#node=(.+)$/.exec(window.location.hash);
    if (match) {
      var id = decodeURIComponent(match[1]);
      if (byId[id]) { network.selectNodes([id]); show(id); }
    }
  }
  window.addEventListener("hashchange", fromHash);

  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    network.fit();
    network.moveTo({ scale: network.getScale() * 0.88 });  // fit() frames the dots; leave room for their captions
  });
  network.once("afterDrawing", function () {
    fromHash();
    document.body.setAttribute("data-drawn", String(data.nodes.length));
  });
})();
</script>
</body>
</html>
"""
