"""The actor network read from RDF, and the measures on it."""

from __future__ import annotations

import json

import pytest

from graphbuild.analysis import (
    actor_centrality,
    actor_communities,
    actor_network,
    actor_relations,
    ego_network,
    format_report,
    network_report,
    paths_between,
    relation_counts,
    relations_over_time,
    resolve_actor,
    strongest_ties,
)
from graphbuild.cli import main
from graphbuild.errors import GraphbuildError
from graphbuild.namespace import MODALITIES
from graphbuild.rdf import actor_iri, extractions_to_dataset, write_dataset
from graphbuild.statement import Actor

TRIPLES = [("russia", "delists", "taliban"), ("russia", "meets", "taliban"),
           ("united-states", "blames", "isis-k"), ("taliban", "attacks", "isis-k"),
           ("china", "cooperates", "russia")]


def _iri(actor_id):
    return str(actor_iri(Actor(actor_id, actor_id)))


@pytest.fixture
def dataset(make_extraction):
    return extractions_to_dataset([
        make_extraction(TRIPLES, doc_id="d1", date="2024-03-22"),
        make_extraction([("russia", "delists", "taliban")], doc_id="d2", date="2025-01-10"),
        make_extraction([("russia", "recognizes", "taliban")], doc_id="d3", modality="hypothetical",
                        date="2025-02-01"),
    ])


@pytest.mark.parametrize("modalities,edges", [(None, 5), (["asserted", "hypothetical"], 6), (["hypothetical"], 1)])
def test_analysis_network_has_one_edge_per_relation_and_modality(dataset, modalities, edges):
    G = actor_network(dataset, modalities=modalities)
    assert G.number_of_edges() == edges
    assert G.nodes[_iri("russia")]["label"] == "Russia"
    assert G.nodes[_iri("russia")]["type"] == "State"


@pytest.mark.parametrize("key,count", [("delists", 2), ("meets", 1)])
def test_analysis_network_weight_is_evidence_count(dataset, key, count):
    d = actor_network(dataset).get_edge_data(_iri("russia"), _iri("taliban"), key)
    assert d["weight"] == d["evidence_count"] == count
    assert len(d["evidence"]) == count
    ev = d["evidence"][0]
    assert ev["sentence"][ev["trigger_start"]:ev["trigger_end"]] == ev["trigger"] == key


@pytest.mark.parametrize("kwargs,edges", [
    ({"relations": ["delists"]}, 1),
    ({"since": "2025-01-01"}, 1),
    ({"until": "2024-12-31"}, 5),
    ({"min_confidence": 0.9}, 1),
    ({"actor_types": ["State"]}, 1),
])
def test_analysis_network_filters(dataset, kwargs, edges):
    assert actor_network(dataset, **kwargs).number_of_edges() == edges


@pytest.mark.parametrize("kwargs", [{"relations": ["likes"]}, {"modalities": ["maybe"]}, {"actor_types": ["Nation"]}])
def test_analysis_network_rejects_unknown_filter_values(dataset, kwargs):
    with pytest.raises(GraphbuildError):
        actor_network(dataset, **kwargs)


def _edges(G):
    return sorted((u, v, k, repr(sorted(d.items()))) for u, v, k, d in G.edges(keys=True, data=True))


@pytest.mark.parametrize("suffix", [".ttl", ".trig", ".nq", ".jsonld"])
def test_analysis_network_reads_files_like_the_dataset(dataset, tmp_path, suffix):
    path = write_dataset(dataset, tmp_path / f"g{suffix}")
    from_file, from_memory = actor_network(path, modalities=MODALITIES), actor_network(dataset, modalities=MODALITIES)
    assert _edges(from_file) == _edges(from_memory)
    assert dict(from_file.nodes(data=True)) == dict(from_memory.nodes(data=True))


@pytest.mark.parametrize("folder", ["g.store"])
def test_analysis_network_reads_a_store_folder(dataset, tmp_path, folder):
    from graphbuild.store import dataset_to_store, open_store

    store = open_store(tmp_path / folder)
    dataset_to_store(dataset, store)
    store.flush()
    del store
    assert _edges(actor_network(tmp_path / folder)) == _edges(actor_network(dataset))


@pytest.mark.parametrize("name", ["missing.ttl"])
def test_analysis_network_missing_file_is_a_clear_error(tmp_path, name):
    with pytest.raises(GraphbuildError, match=name):
        actor_network(tmp_path / name)


@pytest.mark.parametrize("top", [_iri("taliban")])
def test_analysis_centrality_ranks_the_hub_first(dataset, top):
    rows = actor_centrality(actor_network(dataset))
    assert max(rows, key=lambda r: r["betweenness"])["actor"] == top
    assert {"degree", "pagerank", "betweenness"} <= rows[0].keys()


@pytest.mark.parametrize("seed", [1, 42])
def test_analysis_communities_are_deterministic_partitions(dataset, seed):
    G = actor_network(dataset)
    first, second = actor_communities(G, seed=seed), actor_communities(G, seed=seed)
    assert first == second
    assert sorted(n for c in first for n in c) == sorted(G.nodes)


@pytest.mark.parametrize("pair,weight", [(("russia", "taliban"), 3)])
def test_analysis_strongest_tie_sums_relations(dataset, pair, weight):
    tie = strongest_ties(actor_network(dataset))[0]
    assert {tie["a"], tie["b"]} == {_iri(a) for a in pair}
    assert tie["weight"] == weight


@pytest.mark.parametrize("relation,evidence", [("delists", 2)])
def test_analysis_relation_counts(dataset, relation, evidence):
    assert relation_counts(actor_network(dataset))[relation] == {"edges": 1, "evidence": evidence}


@pytest.mark.parametrize("a,b,steps", [("CHINA", "United States", 4), ("russia", "isis", None)])
def test_analysis_paths_between_name_each_step_with_evidence(dataset, a, b, steps):
    G = actor_network(dataset)
    if steps is None:
        with pytest.raises(GraphbuildError, match="no actor named 'isis'.*did you mean 'isis k'"):
            paths_between(G, a, b)
        return
    path = paths_between(G, a, b)[0]
    assert len(path) == steps
    assert path[0]["source_label"] == "China" and path[-1]["source_label"] == "United States"
    assert all(step["sentence"] for step in path)


@pytest.mark.parametrize("name,neighbours", [("Taliban", {"russia", "isis-k"})])
def test_analysis_ego_network_and_relations(dataset, name, neighbours):
    G = actor_network(dataset)
    ego = ego_network(G, name)
    assert set(ego) == {_iri(n) for n in neighbours | {"taliban"}}
    rows = actor_relations(G, name)
    assert {(r["direction"], r["relation"]) for r in rows} == {("in", "delists"), ("in", "meets"), ("out", "attacks")}
    assert relations_over_time(G, name, "year") == {"2024": {"attacks": 1, "delists": 1, "meets": 1},
                                                     "2025": {"delists": 1}}


@pytest.mark.parametrize("name", ["russia", "RUSSIA", "https://w3id.org/graphbuild/id/actor/russia"])
def test_analysis_resolve_actor_is_case_insensitive(dataset, name):
    assert resolve_actor(actor_network(dataset), name) == _iri("russia")


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_analysis_report_formats(dataset, fmt):
    text = format_report(network_report(actor_network(dataset), between=("china", "isis k"), actor="russia"), fmt)
    if fmt == "json":
        assert json.loads(text)["actor"]["label"] == "Russia"
        assert json.loads(text)["actor"]["by_relation"]["cooperates"] == {"out": 0, "in": 1}
    else:
        assert "China --cooperates--> Russia" in text and "Actor Russia (State)" in text
        assert "Most central actors" in format_report(network_report(actor_network(dataset)), fmt)


@pytest.mark.parametrize("args,expected", [
    ([], "Most central actors"),
    (["--between", "China", "ISIS K"], "Shortest paths between China and Isis K"),
    (["--actor", "taliban", "--format", "json"], '"label": "Taliban"'),
    (["--relation", "delists", "--format", "json"], '"edges": 1'),
])
def test_analysis_cli_analyze(cli_runner, dataset, tmp_path, args, expected):
    path = write_dataset(dataset, tmp_path / "g.ttl")
    result = cli_runner.invoke(main, ["analyze", str(path), *args])
    assert result.exit_code == 0, result.output
    assert expected in result.output


@pytest.mark.parametrize("args", [["--between", "Mars", "Russia"], ["--relation", "likes"]])
def test_analysis_cli_analyze_bad_input_is_one_line(cli_runner, dataset, tmp_path, args):
    path = write_dataset(dataset, tmp_path / "g.ttl")
    result = cli_runner.invoke(main, ["analyze", str(path), *args])
    assert result.exit_code == 1
    assert result.output.startswith("Error:") and "Traceback" not in result.output
