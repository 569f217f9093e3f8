"""The HTML explorer: one self-contained file with vis-network, data and app inline.

The page is generated here (not with pyvis' templates): vis-network's JavaScript and CSS, shipped
inside the pyvis package, are inlined; the network travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and U+2028/U+2029 escaped,
and the page puts article text into the DOM with ``textContent`` only. The file makes no request.

Above ``layout_threshold`` actors the layout is computed in Python (a seeded
Fruchterman-Reingold with a k-d tree cut-off, near-linear per step) and physics stays off, so a
graph of thousands of actors opens at once; above ``max_nodes`` only the actors with the most
relations are shown and the page says how many were left out.

Examples:
    >>> _json_for_script({"s": "</script><b>&"})
    '{"s": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

from .analysis import _gc_paused, date_bounds
from .errors import GraphbuildError
from .namespace import MODALITIES, PLAIN_EDGE_MODALITIES, RELATIONS

__all__ = ["network_to_view_data", "render_html", "write_html", "GraphView", "TYPE_COLORS", "RELATION_COLORS"]

TYPE_COLORS = {
    "State": "#4e79a7", "ArmedGroup": "#e15759", "Organization": "#59a14f", "GovernmentOrgan": "#f28e2b",
    "Person": "#b07aa1", "Place": "#9c755f", "Actor": "#9d9d9d",
}
RELATION_COLORS = dict(zip(RELATIONS, (
    "#8c564b", "#2ca02c", "#1f77b4", "#d62728", "#b2182b", "#ff7f0e",
    "#17becf", "#bcbd22", "#9467bd", "#7f7f7f", "#e377c2",
)))
_VIS_DIR = "lib/vis-9.1.2"


def _json_for_script(data) -> str:
    """JSON that is safe inside ``<script type="application/json">`` (and inert as HTML)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ": "))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS, read from the installed pyvis package."""
    from importlib.util import find_spec

    spec = find_spec("pyvis")  # locate the files without importing pyvis (and jinja2): 0.5 s saved
    if spec is None or not spec.origin:
        raise GraphbuildError("pyvis is not installed; pip install pyvis==0.3.2 (it ships vis-network)")
    folder = Path(spec.origin).parent / _VIS_DIR
    try:
        js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
        css = (folder / "vis-network.css").read_text(encoding="utf-8")
    except OSError:
        raise GraphbuildError(f"vis-network is missing from pyvis ({folder}); reinstall pyvis==0.3.2") from None
    if re.search(r"</script|<!--", js, re.IGNORECASE) or re.search(r"</style", css, re.IGNORECASE):
        raise GraphbuildError("the vis-network files cannot be inlined safely")
    return js, css


def _layout(G, seed: int = 42, iterations: int = 60) -> dict:
    """Seeded force-directed positions: Fruchterman-Reingold with repulsion cut off at 1.5 units
    (found with a k-d tree, so a step costs about n log n) and a weak pull to the centre."""
    import numpy as np
    from scipy.spatial import cKDTree

    nodes = sorted(G.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({tuple(sorted((index[u], index[v]))) for u, v in G.edges() if u != v})
    edges = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    side = max(np.sqrt(n), 1.0)
    pos = rng.random((n, 2)) * side
    step = side / 10

    def summed(i, j, force):
        return np.stack([np.bincount(i, force[:, c], minlength=n) - np.bincount(j, force[:, c], minlength=n)
                         for c in range(2)], axis=1).astype(float)

    for it in range(iterations):
        near = cKDTree(pos).query_pairs(1.5, output_type="ndarray")
        delta = pos[near[:, 0]] - pos[near[:, 1]]
        disp = summed(near[:, 0], near[:, 1], delta / np.maximum((delta * delta).sum(1), 1e-4)[:, None])
        delta = pos[edges[:, 0]] - pos[edges[:, 1]]
        disp -= 0.1 * summed(edges[:, 0], edges[:, 1], delta * np.sqrt((delta * delta).sum(1))[:, None])
        disp -= 0.01 * (pos - pos.mean(axis=0))
        length = np.maximum(np.sqrt((disp * disp).sum(1)), 1e-9)[:, None]
        pos += disp / length * np.minimum(length, step * (1 - it / iterations))
    pos = (pos - pos.mean(axis=0)) * 150
    return {node: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for node, i in index.items()}


@_gc_paused()
def network_to_view_data(G, max_nodes: int = 2500, layout_threshold: int = 300, seed: int = 42,
                         title: str = "graphbuild") -> dict:
    """The JSON the page reads: nodes, edges with their evidence, legend and notes.

    Args:
        G: An actor network from :func:`graphbuild.analysis.actor_network`.
        max_nodes: Show at most this many actors (those with the most relations).
        layout_threshold: From this many actors on, positions are computed here and physics is off.
        seed: Seed of the layout.
        title: Shown in the page header.
    """
    total_nodes, total_edges = G.number_of_nodes(), G.number_of_edges()
    if total_nodes > max_nodes:
        ranked = sorted(G.nodes, key=lambda n: (-G.degree(n, weight="weight"), str(n)))
        G = G.subgraph(ranked[:max_nodes])
    positions = _layout(G, seed) if G.number_of_nodes() >= layout_threshold else {}
    ids = {node: i for i, node in enumerate(sorted(G.nodes))}
    nodes = []
    for node, i in ids.items():
        d = G.nodes[node]
        row = {"id": i, "iri": str(node), "label": d.get("label", str(node)), "type": d.get("type", "Actor"),
               "wikidata": d.get("wikidata", ""), "aliases": list(d.get("aliases", ())),
               "degree": G.degree(node)}
        if node in positions:
            row["x"], row["y"] = positions[node]
        nodes.append(row)
    edges, pair_seen = [], {}
    for n, (u, v, key, d) in enumerate(sorted(G.edges(keys=True, data=True), key=lambda e: (ids[e[0]], ids[e[1]], e[2]))):
        pair = tuple(sorted((ids[u], ids[v])))
        k = pair_seen[pair] = pair_seen.get(pair, -1) + 1
        evidence = [{"s": e.get("sentence", ""), "ts": e.get("trigger_start", -1), "te": e.get("trigger_end", -1),
                     "title": e.get("title", ""), "date": e.get("date", ""), "url": e.get("url", ""),
                     "doc": e.get("doc_id", "")} for e in d.get("evidence", ())]
        edges.append({"id": n, "from": ids[u], "to": ids[v], "relation": d.get("relation", str(key)),
                      "modality": d.get("modality", "asserted"), "confidence": d.get("confidence"),
                      "count": d.get("evidence_count", len(evidence)), "dates": list(d.get("dates", ())),
                      "first": d.get("first_seen", ""), "last": d.get("last_seen", ""), "k": k,
                      "evidence": evidence})
    singles = {p for p, k in pair_seen.items() if k == 0}
    for e in edges:
        e["parallel"] = tuple(sorted((e["from"], e["to"]))) not in singles
    for e in edges:  # each date as the days it covers, so the page compares plain ISO days
        e["spans"] = [b for b in map(date_bounds, e.pop("dates")) if b]
    dates = sorted({day for e in edges for span in e["spans"] for day in span})
    return {
        "title": title, "nodes": nodes, "edges": edges, "physics": not positions,
        "types": {t: c for t, c in TYPE_COLORS.items() if any(n["type"] == t for n in nodes)},
        "relations": {r: c for r, c in RELATION_COLORS.items() if any(e["relation"] == r for e in edges)},
        "modalities": [m for m in MODALITIES if any(e["modality"] == m for e in edges)],
        "plainModalities": sorted(PLAIN_EDGE_MODALITIES),
        "dateMin": dates[0] if dates else "", "dateMax": dates[-1] if dates else "",
        "hiddenNodes": total_nodes - len(nodes), "hiddenEdges": total_edges - len(edges),
        "totalNodes": total_nodes, "totalEdges": total_edges,
    }


def _network(graph, filters: dict):
    import networkx as nx

    if isinstance(graph, nx.Graph):
        if filters:
            raise GraphbuildError("filters apply when reading RDF; pass the RDF graph, not a networkx graph")
        return graph
    from .analysis import actor_network

    filters = dict(filters)
    filters.setdefault("modalities", MODALITIES)
    return actor_network(graph, **filters)


def render_html(graph, title: str = "graphbuild", max_nodes: int = 2500, layout_threshold: int = 300,
                seed: int = 42, **filters) -> str:
    """The explorer page as a string.

    Args:
        graph: RDF graph or dataset, a path to one, or a network from ``actor_network``.
        title: Page title.
        max_nodes, layout_threshold, seed: See :func:`network_to_view_data`.
        **filters: Passed to :func:`graphbuild.analysis.actor_network` (all modalities by default;
            the page hides hypothetical and negated edges until the reader ticks them).
    """
    G = _network(graph, filters)
    data = network_to_view_data(G, max_nodes=max_nodes, layout_threshold=layout_threshold, seed=seed, title=title)
    js, css = _vis_assets()
    template = resources.files("graphbuild").joinpath("templates/view.html").read_text(encoding="utf-8")
    parts = {"TITLE": html.escape(title), "VIS_CSS": css, "VIS_JS": js, "DATA": _json_for_script(data)}
    return re.sub(r"/\*\{\{(TITLE|VIS_CSS|VIS_JS|DATA)\}\}\*/", lambda m: parts[m.group(1)], template)


def write_html(graph, path: str | Path, **options) -> Path:
    """Write the explorer to ``path`` atomically; options as for :func:`render_html`."""
    from .export import _write

    path = Path(path)
    if not options.get("title"):
        options["title"] = path.stem
    return _write(path, render_html(graph, **options).encode("utf-8"))


class GraphView:
    """The explorer inside Jupyter: ``GraphView(graph)`` as the last line of a cell shows it.

    The page sits in an ``<iframe srcdoc>`` so its scripts and styles stay apart from the notebook.
    """

    def __init__(self, graph, height: int = 650, **options):
        self.html = render_html(graph, **options)
        self.height = int(height)

    def save(self, path: str | Path) -> Path:
        """Write the page to a file."""
        from .export import _write

        return _write(Path(path), self.html.encode("utf-8"))

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" style="width:100%;height:{self.height}px;'
                f'border:1px solid #ddd" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>')
