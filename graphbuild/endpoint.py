"""A SPARQL 1.1 server as the graph's home: push document graphs, run queries.

Graphs are pushed with the SPARQL 1.1 Graph Store Protocol: one HTTP ``PUT`` per document graph
to ``GSP?graph=<graph IRI>``, which replaces that graph, so pushing again is idempotent.
Queries use the SPARQL 1.1 Protocol (``POST`` of ``query=...``). Only the standard library
is used (``urllib``).

The Graph Store Protocol URL is derived from the query endpoint URL (or given explicitly):

===========================================  =================================================
endpoint URL                                 Graph Store Protocol URL
===========================================  =================================================
``http://host:7878`` or ``.../query``        ``http://host:7878/store`` (Oxigraph)
``http://host:3030/ds`` or ``/ds/sparql``    ``http://host:3030/ds/data`` (Apache Jena Fuseki)
``http://host:7200/repositories/repo``       ``.../repositories/repo/rdf-graphs/service``
                                             (GraphDB, RDF4J)
``http://host:8890/sparql``                  ``http://host:8890/sparql-graph-crud`` (Virtuoso)
===========================================  =================================================

Examples:
    >>> gsp_url("http://127.0.0.1:7878/query")
    'http://127.0.0.1:7878/store'
    >>> gsp_url("http://localhost:3030/graphbuild/sparql")
    'http://localhost:3030/graphbuild/data'
    >>> gsp_url("http://localhost:7200/repositories/gb")
    'http://localhost:7200/repositories/gb/rdf-graphs/service'
"""

from __future__ import annotations

import json
from urllib.parse import urlencode, urlsplit, urlunsplit

from rdflib import BNode, Graph, Literal, URIRef

from .errors import GraphbuildError
from .query import QueryResult

__all__ = ["gsp_url", "query_url", "push_graph", "push_dataset", "delete_graph", "query_endpoint",
           "query_endpoint_with_labels"]

_TIMEOUT = 60


def _split(url: str):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GraphbuildError(f"{url}: not an http(s) endpoint URL (e.g. http://127.0.0.1:7878/query)")
    return parts


def _with_path(parts, path: str) -> str:
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def query_url(url: str) -> str:
    """The SPARQL query URL: ``url`` itself, or ``/query`` on a bare Oxigraph server URL.

    Examples:
        >>> query_url("http://127.0.0.1:7878")
        'http://127.0.0.1:7878/query'
    """
    parts = _split(url)
    if parts.path in ("", "/", "/store", "/update"):
        return _with_path(parts, "/query")
    return url


def gsp_url(url: str) -> str:
    """The Graph Store Protocol URL of a SPARQL endpoint (see the module table).

    Raises:
        GraphbuildError: The URL has no known shape; pass the GSP URL explicitly.
    """
    parts = _split(url)
    segments = [s for s in parts.path.split("/") if s]
    if not segments or segments in (["query"], ["update"], ["store"]):
        return _with_path(parts, "/store")
    if segments == ["sparql"]:
        return _with_path(parts, "/sparql-graph-crud")
    if len(segments) == 2 and segments[0] == "repositories":
        return _with_path(parts, f"/{'/'.join(segments)}/rdf-graphs/service")
    if segments[-3:-1] == ["rdf-graphs"] or segments[-1] in ("data", "sparql-graph-crud"):
        return url
    if len(segments) == 1:
        return _with_path(parts, f"/{segments[0]}/data")
    if len(segments) == 2 and segments[1] in ("sparql", "query", "update", "get"):
        return _with_path(parts, f"/{segments[0]}/data")
    raise GraphbuildError(
        f"{url}: cannot tell the Graph Store Protocol URL of this endpoint; pass it explicitly "
        "(Oxigraph: /store, Fuseki: /DATASET/data, GraphDB: /repositories/ID/rdf-graphs/service)")


def _request(method: str, url: str, data: bytes | None, headers: dict[str, str], what: str,
             timeout: float = _TIMEOUT) -> bytes:
    import socket
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip()
        detail = " ".join(body.split())[:200]
        raise GraphbuildError(
            f"{url}: endpoint rejected the {what}: HTTP {exc.code} {exc.reason}"
            + (f": {detail}" if detail else "")) from None
    except urllib.error.URLError as exc:
        raise GraphbuildError(f"{url}: cannot reach the endpoint ({exc.reason}); is the server running?") from None
    except (socket.timeout, TimeoutError):
        raise GraphbuildError(f"{url}: the endpoint did not answer within {timeout:g} s") from None
    except (ConnectionError, OSError) as exc:
        raise GraphbuildError(f"{url}: cannot reach the endpoint ({exc})") from None


def push_graph(endpoint_url: str, graph: Graph, gsp: str | None = None) -> None:
    """Replace one named graph on a SPARQL server with ``graph`` (Graph Store Protocol ``PUT``).

    Args:
        endpoint_url: The server's SPARQL endpoint URL (see :func:`gsp_url`).
        graph: The document graph; its identifier is the named graph IRI.
        gsp: The Graph Store Protocol URL, when it cannot be derived from ``endpoint_url``.

    Raises:
        GraphbuildError: The server is unreachable or rejected the write (the graph on the
            server is then unchanged: a GSP ``PUT`` is one transaction).
    """
    if not isinstance(graph.identifier, URIRef):
        raise GraphbuildError(f"graph identifier {graph.identifier!r} is not an IRI")
    target = f"{gsp or gsp_url(endpoint_url)}?{urlencode({'graph': str(graph.identifier)})}"
    body = graph.serialize(format="nt", encoding="utf-8")
    _request("PUT", target, body, {"Content-Type": "application/n-triples"}, "write")


def push_dataset(endpoint_url: str, dataset, gsp: str | None = None) -> int:
    """Push every named graph of a dataset (one ``PUT`` each, in IRI order); returns how many."""
    pushed = 0
    for g in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(g) and isinstance(g.identifier, URIRef) and not str(g.identifier).startswith("urn:x-rdflib:"):
            push_graph(endpoint_url, g, gsp=gsp)
            pushed += 1
    return pushed


def delete_graph(endpoint_url: str, graph_iri: str, gsp: str | None = None) -> None:
    """Delete one named graph on a SPARQL server (Graph Store Protocol ``DELETE``); absent is fine."""
    target = f"{gsp or gsp_url(endpoint_url)}?{urlencode({'graph': str(graph_iri)})}"
    try:
        _request("DELETE", target, None, {}, "delete")
    except GraphbuildError as exc:
        if "HTTP 404" not in str(exc):
            raise


def _term(binding: dict):
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in binding:
            return Literal(value, lang=binding["xml:lang"])
        datatype = binding.get("datatype")
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            datatype = None
        return Literal(value, datatype=URIRef(datatype) if datatype else None)
    return Literal(json.dumps(value) if not isinstance(value, str) else value)


def _is_oxigraph(url: str) -> bool:
    return urlsplit(url).path.rstrip("/") in ("", "/query")


def query_endpoint(url: str, sparql: str, union: bool = True) -> QueryResult:
    """Run a SPARQL query on an endpoint.

    Args:
        url: The SPARQL query endpoint (a bare Oxigraph server URL works too).
        sparql: The query (SELECT, ASK, CONSTRUCT or DESCRIBE).
        union: On Oxigraph, query the union of all named graphs as the default graph (other
            servers need that configured; see the README for Fuseki).

    Raises:
        GraphbuildError: Unreachable endpoint, or the endpoint rejected the query.
    """
    target = query_url(url)
    params = {"query": sparql}
    if union and _is_oxigraph(target):
        params["union-default-graph"] = ""
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "Accept": "application/sparql-results+json, application/n-triples;q=0.9"}
    data = _request("POST", target, urlencode(params).encode("utf-8"), headers, "query")
    text = data.decode("utf-8")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        try:
            g = Graph().parse(data=text, format="nt")
        except Exception:  # noqa: BLE001 - any parser error means an unexpected answer
            raise GraphbuildError(f"{target}: the endpoint's answer is neither SPARQL JSON nor N-Triples") from None
        return QueryResult(("subject", "predicate", "object"), tuple(sorted(tuple(t) for t in g)))
    if "boolean" in doc:
        return QueryResult(("ask",), ((bool(doc["boolean"]),),), boolean=bool(doc["boolean"]))
    variables = tuple(doc.get("head", {}).get("vars", []))
    rows = tuple(tuple(_term(b[v]) if v in b else None for v in variables)
                 for b in doc.get("results", {}).get("bindings", []))
    return QueryResult(variables, rows)


def query_endpoint_with_labels(url: str, sparql: str) -> tuple[QueryResult, dict[URIRef, str]]:
    """Run a query and look up the ``rdfs:label`` of every IRI in its result."""
    result = query_endpoint(url, sparql)
    iris = sorted({v for row in result.rows for v in row if isinstance(v, URIRef)})
    labels: dict[URIRef, str] = {}
    for i in range(0, len(iris), 500):
        values = " ".join(f"<{iri}>" for iri in iris[i:i + 500])
        res = query_endpoint(url, "SELECT ?s ?l WHERE { VALUES ?s { " + values + " } "
                                  "?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?s ?l")
        for s, label in res.rows:
            labels.setdefault(s, str(label))
    return result, labels
