"""Graph Store Protocol pushes and SPARQL queries against a real ``oxigraph serve``."""

import socket

import pytest

from graphbuild.cli import main
from graphbuild.endpoint import gsp_url, push_graph, query_endpoint, query_endpoint_with_labels
from graphbuild.errors import GraphbuildError
from graphbuild.rdf import extraction_to_graph

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }"
BLAMES = ("SELECT ?subjectLabel ?objectLabel WHERE { ?s <https://w3id.org/graphbuild/ontology#blames> ?o . "
          "?s <http://www.w3.org/2000/01/rdf-schema#label> ?subjectLabel . "
          "?o <http://www.w3.org/2000/01/rdf-schema#label> ?objectLabel }")


@pytest.mark.parametrize("url,expected", [
    ("http://h:7878", "http://h:7878/store"),
    ("http://h:7878/query", "http://h:7878/store"),
    ("http://h:3030/ds/sparql", "http://h:3030/ds/data"),
    ("http://h:3030/ds/query", "http://h:3030/ds/data"),
    ("http://h:3030/ds", "http://h:3030/ds/data"),
    ("http://h:7200/repositories/gb", "http://h:7200/repositories/gb/rdf-graphs/service"),
    ("http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
])
def test_endpoint_gsp_url_derivation(url, expected):
    assert gsp_url(url) == expected


@pytest.mark.server
@pytest.mark.parametrize("doc_id", ["push-twice"])
def test_endpoint_push_is_idempotent(oxigraph_server, make_extraction, doc_id):
    g = extraction_to_graph(make_extraction([("united-states", "blames", "isis-k")], doc_id=doc_id))
    push_graph(oxigraph_server, g)
    push_graph(oxigraph_server, g)
    result = query_endpoint(oxigraph_server, COUNT % g.identifier)
    assert int(result.rows[0][0]) == len(g)


@pytest.mark.server
@pytest.mark.parametrize("doc_id", ["labels"])
def test_endpoint_query_with_labels(oxigraph_server, make_extraction, doc_id):
    push_graph(oxigraph_server, extraction_to_graph(
        make_extraction([("united-states", "blames", "isis-k")], doc_id=doc_id)))
    result, labels = query_endpoint_with_labels(oxigraph_server + "/query", BLAMES)
    assert ("United States", "Isis K") in {tuple(str(v) for v in row) for row in result.rows}


@pytest.mark.server
@pytest.mark.parametrize("doc_id", ["cli"])
def test_endpoint_cli_query(oxigraph_server, cli_runner, make_extraction, doc_id):
    push_graph(oxigraph_server, extraction_to_graph(
        make_extraction([("united-states", "blames", "isis-k")], doc_id=doc_id)))
    result = cli_runner.invoke(main, ["query", "--endpoint", oxigraph_server, BLAMES])
    assert result.exit_code == 0, result.output
    assert "United States  Isis K" in result.output


@pytest.mark.server
@pytest.mark.parametrize("query,message", [("SELECT WHERE {", "rejected the query: HTTP 400")])
def test_endpoint_malformed_query_is_one_line(oxigraph_server, cli_runner, query, message):
    result = cli_runner.invoke(main, ["query", "--endpoint", oxigraph_server, query])
    assert result.exit_code != 0
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.server
@pytest.mark.parametrize("doc_id", ["rejected"])
def test_endpoint_rejected_write_is_clear_and_keeps_data(oxigraph_server, make_extraction, doc_id):
    g = extraction_to_graph(make_extraction([("russia", "meets", "taliban")], doc_id=doc_id))
    push_graph(oxigraph_server, g)
    with pytest.raises(GraphbuildError, match="rejected the write: HTTP 4"):
        push_graph(oxigraph_server, g, gsp=oxigraph_server + "/no-such-service")
    assert int(query_endpoint(oxigraph_server, COUNT % g.identifier).rows[0][0]) == len(g)


@pytest.mark.parametrize("path", ["/query"])
def test_endpoint_unreachable_is_one_line(cli_runner, path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = cli_runner.invoke(main, ["query", "--endpoint", f"http://127.0.0.1:{port}{path}", "ASK {}"])
    assert result.exit_code != 0
    assert "cannot reach the endpoint" in result.output
    assert len(result.output.strip().splitlines()) == 1
