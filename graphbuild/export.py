"""The actor network for other tools: GraphML and GEXF (Gephi), Neo4j bulk-import CSV, a CSV edge list.

Every writer takes a network from :func:`graphbuild.analysis.actor_network`. List-valued
attributes are flattened, because none of these formats holds lists that networkx, Gephi and
Neo4j all read: GraphML, GEXF and the edge list join them with :data:`LIST_SEPARATOR`; Neo4j CSV
uses its own array type (``name:string[]``, elements separated by ``;``). Files are written
atomically (temporary file, then rename).

Examples:
    >>> _flat(["a", "b; c"], LIST_SEPARATOR), _neo4j_array(["a", "b; c", "d\\ne"])
    ('a | b; c', 'a;b, c;d e')
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from .errors import GraphbuildError

__all__ = [
    "LIST_SEPARATOR", "flatten_network", "write_graphml", "write_gexf", "write_neo4j_csv",
    "write_edge_csv", "export_graph",
]

#: Joins list values in GraphML, GEXF and the CSV edge list (rare in news prose, unlike ``;``).
LIST_SEPARATOR = " | "
_NODE_FIELDS = ("label", "type", "wikidata", "aliases", "acts_for")
_EDGE_FIELDS = ("relation", "modality", "modalities", "confidence", "evidence_count", "weight",
                "first_seen", "last_seen", "dates", "sentences", "documents", "urls")


def _write(path: Path, data: bytes) -> Path:
    from .rdf import write_bytes_atomic

    write_bytes_atomic(path, data)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
    return path


def _flat(value, sep: str):
    if isinstance(value, (list, tuple, set)):
        return sep.join(str(v) for v in value)
    return value


def _neo4j_array(values) -> str:
    """Elements joined by ``;`` (neo4j-admin's array delimiter); a ``;`` inside one becomes ``,``
    and line breaks become spaces (so the import needs no ``--multiline-fields``)."""
    return ";".join(" ".join(str(v).replace(";", ",").splitlines()) for v in values)


def _edge_values(d: dict) -> dict:
    urls = [e.get("url", "") for e in d.get("evidence", ()) if e.get("url")]
    values = {k: d.get(k) for k in _EDGE_FIELDS if k != "urls"}
    values["urls"] = list(dict.fromkeys(urls))
    return values


def flatten_network(G, sep: str = LIST_SEPARATOR):
    """A copy of the network that GraphML and GEXF writers accept: lists joined, ``None`` dropped.

    The per-evidence records are summarised by the ``sentences``, ``documents``, ``dates`` and
    ``urls`` attributes.

    Examples:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph()
        >>> G.add_node("r", label="Russia", aliases=["Moscow", "Kremlin"], wikidata=None)
        >>> flatten_network(G).nodes["r"]
        {'label': 'Russia', 'aliases': 'Moscow | Kremlin'}
    """
    import networkx as nx

    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(str(n), **{k: _flat(v, sep) for k, v in d.items()
                              if v is not None and (k in _NODE_FIELDS or k in ("x", "y"))})
    for u, v, key, d in G.edges(keys=True, data=True):
        attrs = {k: _flat(val, sep) for k, val in _edge_values(d).items() if val is not None}
        H.add_edge(str(u), str(v), key=str(key), **attrs)
    return H


def write_graphml(G, path: str | Path) -> Path:
    """Write GraphML (networkx, yEd, Gephi, Cytoscape read it)."""
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(flatten_network(G), buf, encoding="utf-8", prettyprint=True)
    return _write(Path(path), buf.getvalue())


def write_gexf(G, path: str | Path) -> Path:
    """Write GEXF 1.2 for Gephi; the edge ``weight`` is the evidence count."""
    import networkx as nx

    from .viz import TYPE_COLORS

    H = flatten_network(G)
    for _n, d in H.nodes(data=True):  # Gephi shows actor types in the explorer's colours
        rgb = TYPE_COLORS.get(d.get("type", ""), TYPE_COLORS["Actor"])
        d["viz"] = {"color": {"r": int(rgb[1:3], 16), "g": int(rgb[3:5], 16), "b": int(rgb[5:7], 16), "a": 1.0}}
    buf = io.BytesIO()
    nx.write_gexf(H, buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    return _write(Path(path), buf.getvalue())


def _csv_bytes(header: list[str], rows) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _neo4j_paths(out: Path) -> tuple[Path, Path]:
    if out.suffix.lower() == ".neo4j":
        stem = out.with_suffix("")
        return stem.with_name(stem.name + ".nodes.csv"), stem.with_name(stem.name + ".relationships.csv")
    return out / "nodes.csv", out / "relationships.csv"


def write_neo4j_csv(G, out: str | Path) -> tuple[Path, Path]:
    """Neo4j bulk-import files: ``nodes.csv`` and ``relationships.csv`` in a folder, or
    ``NAME.nodes.csv`` and ``NAME.relationships.csv`` beside ``NAME.neo4j``.

    Import with ``neo4j-admin database import full --nodes=nodes.csv
    --relationships=relationships.csv``. Nodes carry the labels ``Actor`` and their type; a
    relationship's type is its relation in capitals (``DELISTS``).

    Returns:
        The nodes file and the relationships file.
    """
    nodes_path, rels_path = _neo4j_paths(Path(out))
    nodes = _csv_bytes(
        ["id:ID", "label", ":LABEL", "type", "wikidata", "aliases:string[]", "acts_for"],
        ([str(n), d.get("label", ""), ";".join(dict.fromkeys(["Actor", d.get("type") or "Actor"])),
          d.get("type", ""), d.get("wikidata", ""), _neo4j_array(d.get("aliases", ())), d.get("acts_for", "")]
         for n, d in sorted(G.nodes(data=True), key=lambda nd: str(nd[0]))))
    header = [":START_ID", ":END_ID", ":TYPE", "key", "relation", "modality", "modalities:string[]",
              "confidence:float", "evidence_count:int", "weight:int", "first_seen", "last_seen",
              "dates:string[]", "sentences:string[]", "documents:string[]", "urls:string[]"]
    rows = []
    for u, v, key, d in sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        e = _edge_values(d)
        rows.append([str(u), str(v), str(e["relation"] or key).upper(), str(key), e["relation"], e["modality"],
                     _neo4j_array(e["modalities"] or ()), "" if e["confidence"] is None else e["confidence"],
                     e["evidence_count"] or 0, e["weight"] or 1, e["first_seen"] or "", e["last_seen"] or "",
                     _neo4j_array(e["dates"] or ()), _neo4j_array(e["sentences"] or ()),
                     _neo4j_array(e["documents"] or ()), _neo4j_array(e["urls"])])
    return _write(nodes_path, nodes), _write(rels_path, _csv_bytes(header, rows))


def write_edge_csv(G, path: str | Path) -> Path:
    """One row per edge, actors by IRI and label; list values joined with :data:`LIST_SEPARATOR`."""
    header = ["source", "target", "source_label", "target_label", *_EDGE_FIELDS]
    rows = []
    for u, v, _key, d in sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        e = _edge_values(d)
        rows.append([str(u), str(v), G.nodes[u].get("label", ""), G.nodes[v].get("label", ""),
                     *("" if e[k] is None else _flat(e[k], LIST_SEPARATOR) for k in _EDGE_FIELDS)])
    return _write(Path(path), _csv_bytes(header, rows))


def export_graph(graph, out: str | Path, **filters) -> list[Path]:
    """Export an RDF graph (object or path) by the extension of ``out``.

    ``.graphml``, ``.gexf``, ``.csv`` (edge list), ``.neo4j`` or a folder (Neo4j CSV) export the
    actor network, filtered by ``filters`` as in :func:`graphbuild.analysis.actor_network`; an RDF
    extension (``.ttl .nt .nq .trig .jsonld``) rewrites the whole graph in that format.

    Returns:
        The files written.
    """
    from .rdf import FORMATS, load_dataset, write_dataset

    out = Path(out)
    ext = out.suffix.lower()
    if ext in FORMATS:
        if filters:
            raise GraphbuildError("filters apply to network exports (.graphml .gexf .csv .neo4j), not to RDF")
        ds = load_dataset(graph) if isinstance(graph, (str, Path)) else graph
        return [write_dataset(ds, out)]
    writers = {".graphml": write_graphml, ".gexf": write_gexf, ".csv": write_edge_csv}
    if ext not in writers and ext != ".neo4j" and not (ext == "" or out.is_dir()):
        known = ", ".join([*writers, ".neo4j", "a folder", *sorted(FORMATS)])
        raise GraphbuildError(f"{out}: unknown export extension {ext!r}; use one of {known}")
    from .analysis import actor_network

    G = actor_network(graph, **filters)
    if ext in writers:
        return [writers[ext](G, out)]
    return list(write_neo4j_csv(G, out))
