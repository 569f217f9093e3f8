"""SPARQL over a graph file, a store or an endpoint, with results that show labels, not only IRIs.

Files and store folders are queried with pyoxigraph (the default graph is the union of all
named graphs); rdflib graphs can be queried too. Endpoints are in :mod:`graphbuild.endpoint`.

Examples:
    >>> from rdflib import Graph, Literal, URIRef, RDFS
    >>> g = Graph()
    >>> g.add((URIRef("urn:a"), RDFS.label, Literal("Russia")))
    <Graph identifier=... (<class 'rdflib.graph.Graph'>)>
    >>> res = run_query(g, "SELECT ?x WHERE { ?x ?p ?o }")
    >>> format_result(res, "csv", labels=label_index(g)).splitlines()
    ['x', 'Russia']
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDFS, Literal, URIRef

from .errors import GraphbuildError

__all__ = [
    "QueryResult", "read_query", "run_query", "label_index", "format_result", "OUTPUT_FORMATS",
    "open_source", "query_source",
]

OUTPUT_FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SELECT (or the boolean of an ASK, or the triples of a CONSTRUCT as rows)."""

    variables: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    boolean: bool | None = None


def read_query(query: str) -> str:
    """The SPARQL text: ``query`` itself, or the contents of a ``.rq``/``.sparql`` file it names."""
    candidate = Path(query)
    if query.strip().endswith((".rq", ".sparql")) and "\n" not in query:
        if not candidate.is_file():
            raise GraphbuildError(f"{query}: no such query file")
        return candidate.read_text(encoding="utf-8")
    return query


def _sparql_error(exc: Exception) -> GraphbuildError:
    msg = " ".join(str(exc).split())[:300] or type(exc).__name__
    return GraphbuildError(f"malformed SPARQL: {msg}")


def _is_store(source: object) -> bool:
    return type(source).__name__ == "Store" and type(source).__module__.startswith("pyoxigraph")


def run_query(graph, query: str) -> QueryResult:
    """Run SPARQL on an rdflib graph or dataset, or on a pyoxigraph store.

    The default graph is the union of all named graphs.

    Raises:
        GraphbuildError: The SPARQL is malformed.
    """
    if _is_store(graph):
        return _run_store(graph, query)
    if hasattr(graph, "default_union"):
        graph.default_union = True
    try:
        result = graph.query(query)
    except Exception as exc:  # pyparsing and rdflib raise several types
        raise _sparql_error(exc) from None
    if result.type == "ASK":
        return QueryResult(("ask",), ((result.askAnswer,),), boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(("subject", "predicate", "object"), tuple(tuple(t) for t in result.graph))
    variables = tuple(str(v) for v in result.vars)
    return QueryResult(variables, tuple(tuple(row) for row in result))


def _run_store(store, query: str) -> QueryResult:
    import pyoxigraph as ox

    from .store import from_oxigraph

    # graphbuild stores keep the union of the named graphs in the default graph (see
    # graphbuild.store); Oxigraph's own union mode would count shared triples twice
    has_default = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
    try:
        result = store.query(query, use_default_graph_as_union=not has_default)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(("ask",), ((bool(result),),), boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            return QueryResult(("subject", "predicate", "object"),
                               tuple(tuple(from_oxigraph(x) for x in t) for t in result))
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(from_oxigraph(sol[v]) for v in variables) for sol in result)
    except (SyntaxError, ValueError) as exc:
        raise _sparql_error(exc) from None
    except OSError as exc:
        raise GraphbuildError(f"query failed: {' '.join(str(exc).split())[:300]}") from None
    return QueryResult(variables, rows)


def label_index(graph, iris=None) -> dict[URIRef, str]:
    """IRI -> ``rdfs:label`` for labelled resources (of ``iris`` only, when given).

    Args:
        graph: An rdflib graph or dataset, or a pyoxigraph store.
        iris: Restrict to these IRIs (much faster on a large store).
    """
    labels: dict[URIRef, str] = {}
    if _is_store(graph):
        wanted = sorted({i for i in iris if isinstance(i, URIRef)}) if iris is not None else None
        if wanted == []:
            return labels
        values = f"VALUES ?s {{ {' '.join(f'<{i}>' for i in wanted)} }}" if wanted else ""
        result = _run_store(graph, f"SELECT ?s ?l WHERE {{ {values} ?s <{RDFS.label}> ?l }} ORDER BY ?s ?l")
        for s, o in result.rows:
            labels.setdefault(s, str(o))
        return labels
    for s, o in graph.subject_objects(RDFS.label):
        if isinstance(s, URIRef) and (iris is None or s in iris):
            labels.setdefault(s, str(o))
    return labels


def open_source(source):
    """A pyoxigraph store to query: a store folder (read-only), an RDF file loaded into memory,
    or a ``pyoxigraph.Store`` itself.

    Raises:
        GraphbuildError: Missing file, malformed RDF, or a folder that is not a store.
    """
    from .store import load_file_into_store, open_store

    if _is_store(source):
        return source
    path = Path(source)
    if path.is_dir():
        return open_store(path, create=False, read_only=True)
    return load_file_into_store(path)


def query_source(source, query: str) -> tuple[QueryResult, dict[URIRef, str]]:
    """Run SPARQL on an RDF file, a store folder or a store; returns the result and the labels of its IRIs."""
    store = open_source(source)
    result = run_query(store, read_query(query))
    return result, label_index(store, {v for row in result.rows for v in row})


def _cell(value: object, labels: dict[URIRef, str]) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef):
        return labels.get(value, str(value))
    if isinstance(value, Literal):
        return str(value)
    return str(value)


def format_result(result: QueryResult, fmt: str = "table", labels: dict[URIRef, str] | None = None) -> str:
    """Render a result as an aligned text table, CSV or JSON; IRIs show their labels when known."""
    labels = labels or {}
    rows = [[_cell(v, labels) for v in row] for row in result.rows]
    if fmt == "json":
        if result.boolean is not None:
            return json.dumps({"boolean": result.boolean})
        return json.dumps([dict(zip(result.variables, r)) for r in rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows(rows)
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise GraphbuildError(f"unknown output format {fmt!r}; use one of {', '.join(OUTPUT_FORMATS)}")
    clipped = [[c.replace("\n", " ")[:80] for c in r] for r in rows]
    widths = [max([len(v)] + [len(r[i]) for r in clipped]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in clipped]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
