"""Exports of the actor network, each read back by the tool it is meant for (or its reader)."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

from graphbuild.cli import main
from graphbuild.errors import GraphbuildError
from graphbuild.export import LIST_SEPARATOR, export_graph
from graphbuild.rdf import extractions_to_dataset, load_dataset, write_dataset

TRIPLES = [("russia", "delists", "taliban"), ("russia", "meets", "taliban"), ("united-states", "blames", "isis-k")]
RUSSIA = "https://w3id.org/graphbuild/id/actor/russia"
TALIBAN = "https://w3id.org/graphbuild/id/actor/taliban"


@pytest.fixture
def graph_file(make_extraction, tmp_path):
    ds = extractions_to_dataset([
        make_extraction(TRIPLES, date="2024-03-22"),
        make_extraction([("russia", "delists", "taliban")], doc_id="d2", date="2025-01-10"),
    ])
    return write_dataset(ds, tmp_path / "g.ttl")


@pytest.mark.parametrize("ext,reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_export_networkx_reads_graph_files_back(graph_file, tmp_path, ext, reader):
    (path,) = export_graph(graph_file, tmp_path / f"g{ext}")
    G = reader(path)
    assert G.number_of_nodes() == 4 and G.number_of_edges() == 3
    assert G.is_multigraph() and G.is_directed()
    edges = [d for u, v, d in G.edges(data=True) if (u, v) == (RUSSIA, TALIBAN) and d["relation"] == "delists"]
    assert len(edges) == 1
    assert int(edges[0]["weight"]) == 2
    assert edges[0]["dates"] == LIST_SEPARATOR.join(["2024-03-22", "2025-01-10"])
    assert G.nodes[RUSSIA]["label"] == "Russia"
    if ext == ".gexf":
        assert G.nodes[RUSSIA]["viz"]["color"] == {"r": 0x4E, "g": 0x79, "b": 0xA7, "a": 1.0}


@pytest.mark.parametrize("target", ["neo", "g.neo4j"])
def test_export_neo4j_bulk_import_csv(graph_file, tmp_path, target):
    nodes_path, rels_path = export_graph(graph_file, tmp_path / target)
    assert {nodes_path.name, rels_path.name} in ({"nodes.csv", "relationships.csv"},
                                                 {"g.nodes.csv", "g.relationships.csv"})
    with nodes_path.open(newline="", encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with rels_path.open(newline="", encoding="utf-8") as fh:
        rels = list(csv.DictReader(fh))
    assert list(nodes[0])[:3] == ["id:ID", "label", ":LABEL"]
    assert list(rels[0])[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {r["id:ID"] for r in nodes} >= {r[":START_ID"] for r in rels} | {r[":END_ID"] for r in rels}
    russia = next(r for r in nodes if r["id:ID"] == RUSSIA)
    assert russia[":LABEL"] == "Actor;State"
    delists = next(r for r in rels if r[":TYPE"] == "DELISTS")
    assert delists["evidence_count:int"] == "2" and float(delists["confidence:float"]) > 0.8
    assert delists["dates:string[]"].split(";") == ["2024-03-22", "2025-01-10"]
    assert len(delists["sentences:string[]"].split(";")) == 1  # one distinct sentence, no stray delimiter


@pytest.mark.parametrize("columns", [("source", "target", "relation", "evidence_count", "sentences")])
def test_export_edge_list_csv(graph_file, tmp_path, columns):
    (path,) = export_graph(graph_file, tmp_path / "edges.csv")
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3 and set(columns) <= rows[0].keys()
    assert {r["relation"] for r in rows} == {"delists", "meets", "blames"}


@pytest.mark.parametrize("ext", [".nt", ".trig", ".jsonld"])
def test_export_rdf_extension_rewrites_the_graph(graph_file, tmp_path, ext):
    (path,) = export_graph(graph_file, tmp_path / f"g{ext}")
    def triples(ds):
        return {t for t in ds.triples((None, None, None))}

    assert triples(load_dataset(path)) == triples(load_dataset(graph_file))


@pytest.mark.parametrize("args,files", [
    (["-o", "{tmp}/g.gexf"], ["g.gexf"]),
    (["-o", "{tmp}/g.graphml", "--relation", "meets"], ["g.graphml"]),
    (["-o", "{tmp}/neo"], ["neo/nodes.csv", "neo/relationships.csv"]),
])
def test_export_cli(cli_runner, graph_file, tmp_path, args, files):
    result = cli_runner.invoke(main, ["export", str(graph_file), *[a.format(tmp=tmp_path) for a in args]])
    assert result.exit_code == 0, result.output
    assert all((tmp_path / f).is_file() for f in files)
    assert result.output.count("wrote ") == len(files)


@pytest.mark.parametrize("out,filters", [("g.xlsx", {}), ("g.ttl", {"relations": ["meets"]})])
def test_export_bad_target_is_a_clear_error(graph_file, tmp_path, out, filters):
    with pytest.raises(GraphbuildError):
        export_graph(graph_file, tmp_path / out, **filters)
