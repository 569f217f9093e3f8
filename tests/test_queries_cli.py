"""``graphbuild query`` on files and stores, and its bad-input errors."""

import pytest

from graphbuild.cli import main
from graphbuild.rdf import extraction_to_graph, extractions_to_dataset, write_dataset
from graphbuild.store import open_store, replace_document

BLAMES = ("SELECT ?subjectLabel ?objectLabel WHERE { ?s <https://w3id.org/graphbuild/ontology#blames> ?o . "
          "?s <http://www.w3.org/2000/01/rdf-schema#label> ?subjectLabel . "
          "?o <http://www.w3.org/2000/01/rdf-schema#label> ?objectLabel }")


@pytest.mark.parametrize("ext", [".ttl", ".trig", ".nq"])
def test_queries_cli_file(tmp_path, cli_runner, make_extraction, ext):
    path = write_dataset(extractions_to_dataset([make_extraction([("united-states", "blames", "isis-k")])]),
                         tmp_path / f"g{ext}")
    result = cli_runner.invoke(main, ["query", str(path), BLAMES])
    assert result.exit_code == 0, result.output
    assert "United States  Isis K" in result.output


@pytest.mark.parametrize("triples", [[("united-states", "blames", "isis-k")]])
def test_queries_cli_store(tmp_path, cli_runner, make_extraction, triples):
    store = open_store(tmp_path / "s")
    replace_document(store, extraction_to_graph(make_extraction(triples)))
    del store
    for args in (["--store", str(tmp_path / "s"), BLAMES], [str(tmp_path / "s"), BLAMES]):
        result = cli_runner.invoke(main, ["query", *args, "--format", "csv"])
        assert result.exit_code == 0, result.output
        assert "United States,Isis K" in result.output


@pytest.mark.parametrize("setup,args,message", [
    ("ttl", ["SELECT WHERE {"], "malformed SPARQL"),
    ("badttl", [BLAMES], "malformed"),
    ("none", [BLAMES], "no such file"),
    ("folder", [BLAMES], "not a graphbuild store"),
])
def test_queries_cli_bad_input_is_one_line(tmp_path, cli_runner, make_extraction, setup, args, message):
    if setup == "ttl":
        source = write_dataset(extractions_to_dataset([make_extraction([("russia", "meets", "taliban")])]),
                               tmp_path / "g.ttl")
    elif setup == "badttl":
        source = tmp_path / "bad.ttl"
        source.write_text("@prefix x: <urn:x#> .\nx:a x:b ")
    elif setup == "none":
        source = tmp_path / "missing.ttl"
    else:
        source = tmp_path / "folder"
        source.mkdir()
        (source / "notes.txt").write_text("not a store")
    result = cli_runner.invoke(main, ["query", str(source), *args])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
