"""``graphbuild convert`` between files, stores and a server; bad input never loses data."""

import pytest
from rdflib.compare import isomorphic

from graphbuild.cli import main
from graphbuild.rdf import extractions_to_dataset, graph_iri, load_dataset, union_graph, write_dataset
from graphbuild.store import open_store, stored_hash



@pytest.fixture
def trig_file(tmp_path, make_extraction):
    ds = extractions_to_dataset([make_extraction([("united-states", "blames", "isis-k")], doc_id="d1"),
                                 make_extraction([("russia", "meets", "taliban")], doc_id="d2")])
    return write_dataset(ds, tmp_path / "g.trig")


@pytest.mark.parametrize("ext", [".ttl", ".nt", ".nq", ".trig", ".jsonld", ".rdf"])
def test_store_cli_convert_file_to_file(tmp_path, cli_runner, trig_file, ext):
    out = tmp_path / f"out{ext}"
    result = cli_runner.invoke(main, ["convert", str(trig_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert isomorphic(union_graph(load_dataset(out)), union_graph(load_dataset(trig_file)))


@pytest.mark.parametrize("ext", [".nq"])
def test_store_cli_convert_into_store_and_back(tmp_path, cli_runner, trig_file, ext):
    store_dir = tmp_path / "store"
    result = cli_runner.invoke(main, ["convert", str(trig_file), "--to-store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert "wrote 2 document graphs" in result.output
    out = tmp_path / f"back{ext}"
    result = cli_runner.invoke(main, ["convert", str(store_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    back = load_dataset(out)
    assert set(back.graph(graph_iri("d1"))) == set(load_dataset(trig_file).graph(graph_iri("d1")))


@pytest.mark.parametrize("content", ["@prefix x: <urn:x#> .\nx:a x:b "])
def test_store_cli_malformed_input_leaves_store_as_it_was(tmp_path, cli_runner, trig_file, content):
    store_dir = tmp_path / "store"
    assert cli_runner.invoke(main, ["convert", str(trig_file), "--to-store", str(store_dir)]).exit_code == 0
    bad = tmp_path / "bad.ttl"
    bad.write_text(content)
    result = cli_runner.invoke(main, ["convert", str(bad), "--to-store", str(store_dir)])
    assert result.exit_code != 0 and "malformed" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert stored_hash(open_store(store_dir), "d1") is not None


@pytest.mark.parametrize("target", ["-o", "--to-store"])
def test_store_cli_not_a_store_folder_is_one_line(tmp_path, cli_runner, trig_file, target):
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    args = ["convert", str(folder), "-o", str(tmp_path / "x.ttl")] if target == "-o" else \
        ["convert", str(trig_file), "--to-store", str(folder)]
    result = cli_runner.invoke(main, args)
    assert result.exit_code != 0
    assert "not a graphbuild store" in result.output
    assert (folder / "keep.txt").read_text() == "mine"


@pytest.mark.server
@pytest.mark.parametrize("gsp_path", ["/no-such-service"])
def test_store_cli_convert_to_endpoint_and_rejected_write(oxigraph_server, cli_runner, trig_file, gsp_path):
    result = cli_runner.invoke(main, ["convert", str(trig_file), "--to-endpoint", oxigraph_server])
    assert result.exit_code == 0, result.output
    assert "pushed 3 graphs" in result.output
    result = cli_runner.invoke(main, ["convert", str(trig_file), "--to-endpoint", oxigraph_server,
                                      "--gsp", oxigraph_server + gsp_path])
    assert result.exit_code != 0
    assert "rejected the write: HTTP 404" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("ext", [".ttl", ".trig", ".nq", ".nt"])
def test_store_cli_convert_rdf12_reifiers(tmp_path, cli_runner, trig_file, ext):
    import pyoxigraph as ox

    out = tmp_path / f"g12{ext}"
    result = cli_runner.invoke(main, ["convert", str(trig_file), "-o", str(out), "--rdf12"])
    assert result.exit_code == 0, result.output
    quads = list(ox.parse(path=str(out)))
    reifies = [q for q in quads if q.predicate.value.endswith("#reifies")]
    statements = {q.subject for q in quads if q.predicate.value.endswith("#subject")}
    assert len(reifies) == len(statements) == 2
    assert all(isinstance(q.object, ox.Triple) for q in reifies)
