"""Named graphs per document, shared actor and statement IRIs, formats in and out."""

from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from graphbuild.errors import GraphbuildError
from graphbuild.namespace import GB
from graphbuild.rdf import (actor_iri, union_graph, extractions_to_dataset, graph_iri, load_dataset,
                            write_dataset)
from graphbuild.statement import Actor
from graphbuild.store import SUMMARY_GRAPH, dataset_to_store

HERE = Path(__file__).parent
EXTENSIONS = [".ttl", ".nt", ".nq", ".trig", ".jsonld", ".rdf"]



@pytest.fixture
def two_documents(make_extraction):
    return [make_extraction([("united-states", "blames", "isis-k"), ("russia", "meets", "taliban")],
                            doc_id="d1", date="2024-03-23"),
            make_extraction([("united-states", "blames", "isis-k")], doc_id="d2", date="2024-03-25")]


@pytest.mark.parametrize("doc_ids", [("d1", "d2")])
def test_rdf_one_named_graph_per_document_plus_summary(two_documents, doc_ids):
    ds = extractions_to_dataset(two_documents)
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {graph_iri(d) for d in doc_ids} | {SUMMARY_GRAPH}


@pytest.mark.parametrize("actor", [Actor("united-states", "United States", "State")])
def test_rdf_same_actor_iri_in_every_document(two_documents, actor):
    ds = extractions_to_dataset(two_documents)
    holding = {g.identifier for g in ds.graphs() if (actor_iri(actor), None, None) in g}
    assert {graph_iri("d1"), graph_iri("d2")} <= holding


@pytest.mark.parametrize("relation", ["blames"])
def test_rdf_same_fact_is_one_statement_node_with_accumulated_evidence(two_documents, relation):
    ds = extractions_to_dataset(two_documents)
    nodes = {s for g in ds.graphs() for s in g.subjects(GB.evidence)
             if g.value(s, GB.evidence) and (s, None, GB[relation]) in g}
    assert len(nodes) == 1
    (node,) = nodes
    summary = ds.graph(SUMMARY_GRAPH)
    assert int(summary.value(node, GB.evidenceCount)) == 2
    assert (str(summary.value(node, GB.firstSeen)), str(summary.value(node, GB.lastSeen))) == (
        "2024-03-23", "2024-03-25")


@pytest.mark.parametrize("doc_id", ["d1"])
def test_rdf_rebuilt_document_replaces_its_graph(make_extraction, doc_id):
    old = make_extraction([("russia", "meets", "taliban")], doc_id=doc_id)
    new = make_extraction([("china", "condemns", "isis-k")], doc_id=doc_id)
    ds = extractions_to_dataset([old, new])
    g = ds.graph(graph_iri(doc_id))
    assert (actor_iri(Actor("russia", "Russia", "State")), None, None) not in g
    assert (None, GB.condemns, None) in g


@pytest.mark.parametrize("ext", EXTENSIONS)
def test_rdf_write_and_load_round_trip(tmp_path, two_documents, ext):
    ds = extractions_to_dataset(two_documents)
    path = write_dataset(ds, tmp_path / f"g{ext}")
    back = load_dataset(path)
    assert isomorphic(union_graph(back), union_graph(ds))


@pytest.mark.parametrize("ext", EXTENSIONS)
def test_rdf_store_writer_matches_rdflib_writer(tmp_path, two_documents, ext):
    ds = extractions_to_dataset(two_documents)
    fast = load_dataset(write_dataset(dataset_to_store(ds), tmp_path / f"fast{ext}"))
    slow = load_dataset(write_dataset(ds, tmp_path / f"slow{ext}"))
    assert isomorphic(union_graph(fast), union_graph(slow))


@pytest.mark.parametrize("ext", [".ttl", ".nq", ".trig"])
def test_rdf_output_is_deterministic(tmp_path, two_documents, ext):
    a = write_dataset(extractions_to_dataset(two_documents), tmp_path / f"a{ext}").read_bytes()
    b = write_dataset(extractions_to_dataset(list(reversed(two_documents))), tmp_path / f"b{ext}").read_bytes()
    c = write_dataset(dataset_to_store(extractions_to_dataset(two_documents)), tmp_path / f"c{ext}").read_bytes()
    d = write_dataset(dataset_to_store(extractions_to_dataset(two_documents)), tmp_path / f"d{ext}").read_bytes()
    assert a == b and c == d


@pytest.mark.parametrize("text,ext", [("<a> <b> .", ".ttl"), ("{not json", ".jsonld"), ("x y z", ".nt")])
def test_rdf_malformed_file_is_one_clear_error(tmp_path, text, ext):
    path = tmp_path / f"bad{ext}"
    path.write_text(text)
    with pytest.raises(GraphbuildError, match="malformed"):
        load_dataset(path)
