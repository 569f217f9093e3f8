"""SPARQL over a graph file, with results that show labels, not only IRIs.

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

from rdflib import RDFS, Graph, Literal, URIRef

from .errors import GraphbuildError

__all__ = ["QueryResult", "read_query", "run_query", "label_index", "format_result", "OUTPUT_FORMATS"]

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


def run_query(graph: Graph, query: str) -> QueryResult:
    """Run SPARQL on an rdflib graph or dataset (named graphs are queried as their union).

    Raises:
        GraphbuildError: The SPARQL is malformed.
    """
    try:
        result = graph.query(query)
    except Exception as exc:  # pyparsing and rdflib raise several types
        msg = " ".join(str(exc).split())[:300]
        raise GraphbuildError(f"malformed SPARQL: {msg}") from None
    if result.type == "ASK":
        return QueryResult(("ask",), ((result.askAnswer,),), boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(("subject", "predicate", "object"), tuple(tuple(t) for t in result.graph))
    variables = tuple(str(v) for v in result.vars)
    return QueryResult(variables, tuple(tuple(row) for row in result))


def label_index(graph: Graph) -> dict[URIRef, str]:
    """IRI -> ``rdfs:label`` for every labelled resource in the graph."""
    labels: dict[URIRef, str] = {}
    for s, o in graph.subject_objects(RDFS.label):
        if isinstance(s, URIRef):
            labels.setdefault(s, str(o))
    return labels


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
