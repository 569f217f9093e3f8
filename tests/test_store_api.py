"""The embedded store: open, replace documents atomically, hashes, summary, bad folders."""

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from graphbuild.errors import GraphbuildError
from graphbuild.namespace import GB
from graphbuild.rdf import extraction_to_graph, graph_iri, load_dataset
from graphbuild.store import (SUMMARY_GRAPH, aggregate_statements, open_store, replace_document,
                              store_to_dataset, stored_hash)

HERE = Path(__file__).parent


def _graph_count(store, iri):
    import pyoxigraph as ox

    return len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(str(iri)))))


@pytest.mark.parametrize("triples", [[("russia", "meets", "taliban")]])
def test_store_replace_document_twice_keeps_one_copy(tmp_path, make_extraction, triples):
    store = open_store(tmp_path / "s")
    g = extraction_to_graph(make_extraction(triples))
    replace_document(store, g)
    replace_document(store, g)
    assert _graph_count(store, g.identifier) == len(g)
    assert stored_hash(store, "d1") == make_extraction(triples).document.sha256


@pytest.mark.parametrize("doc_id", ["never-built"])
def test_store_stored_hash_missing_is_none(tmp_path, doc_id):
    assert stored_hash(open_store(tmp_path / "s"), doc_id) is None


@pytest.mark.parametrize("old,new", [([("russia", "meets", "taliban")], [("china", "condemns", "isis-k")])])
def test_store_replace_document_replaces_changed_text(tmp_path, make_extraction, old, new):
    store = open_store(tmp_path / "s")
    replace_document(store, extraction_to_graph(make_extraction(old)))
    g2 = extraction_to_graph(make_extraction(new))
    replace_document(store, g2)
    ds = store_to_dataset(store)
    got = ds.graph(g2.identifier)
    assert set(got) == set(g2)


@pytest.mark.parametrize("bad_iri", ["not an iri"])
def test_store_failed_replace_leaves_store_unchanged(tmp_path, make_extraction, bad_iri):
    store = open_store(tmp_path / "s")
    g = extraction_to_graph(make_extraction([("russia", "meets", "taliban")]))
    replace_document(store, g)
    broken = Graph(identifier=g.identifier)
    for t in g:
        broken.add(t)
    broken.add((URIRef(bad_iri), GB.trigger, Literal("x")))
    with pytest.raises(GraphbuildError, match="unchanged"):
        replace_document(store, broken)
    assert _graph_count(store, g.identifier) == len(g)


@pytest.mark.parametrize("content", ["notes.txt"])
def test_store_folder_that_is_not_a_store_is_refused(tmp_path, content):
    (tmp_path / content).write_text("hello")
    with pytest.raises(GraphbuildError, match="not a graphbuild store"):
        open_store(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [content]


@pytest.mark.parametrize("name", ["s"])
def test_store_locked_by_another_process_is_one_clear_error(tmp_path, name):
    path = tmp_path / name
    open_store(path)  # create, then release when garbage collected
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
         "print('ready', flush=True); sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(GraphbuildError, match="locked by another process"):
            open_store(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


@pytest.mark.parametrize("dates", [("2024-01-05", "2024-03-09")])
def test_store_aggregate_statements_accumulates_evidence(tmp_path, make_extraction, dates):
    store = open_store(tmp_path / "s")
    for n, date in enumerate(dates):
        replace_document(store, extraction_to_graph(
            make_extraction([("united-states", "blames", "isis-k")], doc_id=f"d{n}", date=date)))
    summary = aggregate_statements(store)
    (st,) = set(summary.subjects(GB.evidenceCount))
    assert int(summary.value(st, GB.evidenceCount)) == 2
    assert int(summary.value(st, GB.documentCount)) == 2
    assert str(summary.value(st, GB.firstSeen)) == dates[0]
    assert str(summary.value(st, GB.lastSeen)) == dates[1]
    assert float(summary.value(st, GB.aggregateConfidence)) == pytest.approx(0.96)
    assert _graph_count(store, SUMMARY_GRAPH) == len(summary)


@pytest.mark.parametrize("triples", [[("russia", "meets", "taliban")]])
def test_store_load_dataset_reads_a_store_folder(tmp_path, make_extraction, triples):
    store = open_store(tmp_path / "s")
    g = extraction_to_graph(make_extraction(triples))
    replace_document(store, g)
    del store
    ds = load_dataset(tmp_path / "s")
    assert set(ds.graph(graph_iri("d1"))) == set(g)


COUNT_BLAMES = "SELECT (COUNT(*) AS ?n) WHERE { ?a <https://w3id.org/graphbuild/ontology#blames> ?b }"


@pytest.mark.parametrize("docs", [("d1", "d2")])
def test_store_union_counts_a_shared_edge_once(tmp_path, make_extraction, docs):
    from graphbuild.query import run_query

    store = open_store(tmp_path / "s")
    graphs = [extraction_to_graph(make_extraction([("united-states", "blames", "isis-k")], doc_id=d)) for d in docs]
    for g in graphs:
        replace_document(store, g)
    assert int(run_query(store, COUNT_BLAMES).rows[0][0]) == 1
    replace_document(store, extraction_to_graph(make_extraction([("russia", "meets", "taliban")], doc_id=docs[0])))
    assert int(run_query(store, COUNT_BLAMES).rows[0][0]) == 1  # the other document still says it
    replace_document(store, extraction_to_graph(make_extraction([("russia", "meets", "taliban")], doc_id=docs[1])))
    assert int(run_query(store, COUNT_BLAMES).rows[0][0]) == 0


@pytest.mark.parametrize("ext", [".trig", ".nq", ".ttl"])
def test_store_union_of_a_file_counts_a_shared_edge_once(tmp_path, make_extraction, ext):
    from graphbuild.query import query_source
    from graphbuild.rdf import extractions_to_dataset, write_dataset

    ds = extractions_to_dataset([make_extraction([("united-states", "blames", "isis-k")], doc_id=d)
                                 for d in ("d1", "d2")])
    result, _labels = query_source(write_dataset(ds, tmp_path / f"g{ext}"), COUNT_BLAMES)
    assert int(result.rows[0][0]) == 1
