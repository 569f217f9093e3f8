"""The build command: inputs, sinks, skipped files, empty input, interruption, summary line."""

from __future__ import annotations

import json

import pytest
from rdflib import Dataset

from graphbuild.cli import main

TEXTS = {
    "a.txt": "Norway met Chile in Oslo on Monday to talk about salmon quotas.",
    "sub/b.txt": "China hosted Ukraine for trade talks. Qatar praised the meeting.",
    "sub/deeper/c.html": """<html><head><title>Summit ends</title></head><body>
<nav>Home | World</nav><article><h1>Summit ends</h1>
<p>Russia and China closed a two-day summit on Friday with a statement on energy trade,
and both delegations said they would meet again before the end of the year.</p>
<p>Observers said the summit produced few concrete agreements beyond the joint statement
that both governments published at the end of the second day of talks.</p></article></body></html>""",
}


def _folder(root):
    for name, text in TEXTS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _graph_names(path):
    ds = Dataset()
    ds.parse(path, format="nquads")
    names = {str(g.identifier).rsplit("/", 1)[-1] for g in ds.graphs() if len(g)}
    return names - {"summary"}  # the per-statement summary graph of graphbuild.store


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_build_jsonl_writes_summary_line(cli_runner, tmp_path, blank_pipeline, fake_extraction, workers):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"n{i}", "text": TEXTS["a.txt"]}) + "\n" for i in range(40)))
    out = tmp_path / "g.nq"
    result = cli_runner.invoke(main, ["build", str(corpus), "-o", str(out), "--model", blank_pipeline,
                                      "--workers", workers, "--batch-size", "8", "-q"])
    assert result.exit_code == 0, result.output
    assert "40 documents, 0 skipped, 0 failed" in result.output and "words/s" in result.output
    assert len(_graph_names(out)) == 40


@pytest.mark.parametrize("binary", [b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"])
def test_cli_build_folder_recursion_skips_binary_with_warning(cli_runner, tmp_path, blank_pipeline,
                                                               fake_extraction, binary):
    folder = _folder(tmp_path / "articles")
    (folder / "sub" / "image.txt").write_bytes(binary)
    out = tmp_path / "g.nq"
    result = cli_runner.invoke(main, ["build", str(folder), "-o", str(out), "--model", blank_pipeline, "-q"])
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "image.txt: binary file" in result.output
    assert "3 documents, 0 skipped, 1 failed" in result.output
    assert _graph_names(out) == {"a", "sub%2Fb", "sub%2Fdeeper%2Fc"}


@pytest.mark.parametrize("stdin", ["Norway met Chile in Oslo.\n"])
def test_cli_build_reads_stdin(cli_runner, tmp_path, blank_pipeline, fake_extraction, stdin):
    out = tmp_path / "g.nq"
    result = cli_runner.invoke(main, ["build", "-", "-o", str(out), "--model", blank_pipeline], input=stdin)
    assert result.exit_code == 0, result.output
    assert _graph_names(out) == {"stdin"}


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "empty document"),
    ("empty.jsonl", b"", "no documents"),
    ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary file"),
])
def test_cli_build_bad_single_file_is_one_line_error(cli_runner, tmp_path, blank_pipeline, fake_extraction,
                                                      name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = cli_runner.invoke(main, ["build", str(path), "-o", str(tmp_path / "g.ttl"), "--model",
                                      blank_pipeline, "-q"])
    assert result.exit_code != 0
    assert result.output.count("\n") == 1 and message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "g.ttl").exists()


@pytest.mark.parametrize("args,message", [([], "nowhere to write"), (["-o", "g.xyz"], "unknown RDF file extension")])
def test_cli_build_bad_options_are_one_line_errors(cli_runner, tmp_path, fake_extraction, args, message):
    (tmp_path / "a.txt").write_text(TEXTS["a.txt"])
    result = cli_runner.invoke(main, ["build", str(tmp_path / "a.txt"), *args])
    assert result.exit_code != 0 and message in result.output


@pytest.mark.parametrize("stop_at", ["sub/b"])
def test_cli_build_ctrl_c_keeps_store_and_rerun_skips(cli_runner, tmp_path, blank_pipeline, fake_extraction,
                                                      monkeypatch, stop_at):
    import graphbuild.extract

    folder, store = _folder(tmp_path / "articles"), tmp_path / "store"

    def interrupting(doc, document):
        if document.id == stop_at:
            raise KeyboardInterrupt
        return fake_extraction(doc, document)

    monkeypatch.setattr(graphbuild.extract, "extract_from_doc", interrupting)
    args = ["build", str(folder), "--store", str(store), "--model", blank_pipeline, "--batch-size", "1",
            "--workers", "1", "-q"]  # in process: Ctrl-C reaches the process that runs the build
    result = cli_runner.invoke(main, args)
    assert result.exit_code == 130
    assert "interrupted: 1 completed documents are in" in result.output

    monkeypatch.setattr(graphbuild.extract, "extract_from_doc", fake_extraction)
    result = cli_runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "2 documents, 1 skipped, 0 failed" in result.output


REAL = {
    "a.txt": "Russia condemned Ukraine on Monday after a drone strike near the border.",
    "b/c.txt": "The United States designated the Houthis as a terrorist organization on Friday.",
    "b/d.jsonl": json.dumps({"id": "iran-israel", "text": "Iran blamed Israel for the attack on its embassy."}) + "\n"
                 + json.dumps({"id": "china-russia", "text": "China and Russia signed a trade agreement in Beijing."}) + "\n",
}


@pytest.mark.model
@pytest.mark.parametrize("edge", [("russia", "condemns", "ukraine")])
def test_cli_build_real_pipeline_end_to_end_and_workers_agree(cli_runner, tmp_path, edge):
    """The default extractor and pipeline, in process and in two workers, give the same graph."""
    from rdflib.compare import isomorphic

    from graphbuild.namespace import GB, ID

    for name, text in REAL.items():
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    graphs = []
    for workers in ("1", "2"):
        out = tmp_path / f"g{workers}.nq"
        result = cli_runner.invoke(main, ["build", str(tmp_path / "in"), "-o", str(out), "-j", workers,
                                          "--batch-size", "1", "-q"])
        assert result.exit_code == 0, result.output
        assert "4 documents, 0 skipped, 0 failed" in result.output
        ds = Dataset()
        ds.parse(out, format="nquads")
        graphs.append({g.identifier: g for g in ds.graphs() if len(g)})
    assert sorted(graphs[0]) == sorted(graphs[1])
    assert all(isomorphic(graphs[0][name], graphs[1][name]) for name in graphs[0])
    subject, relation, obj = edge
    assert (ID[f"actor/{subject}"], GB[relation], ID[f"actor/{obj}"]) in graphs[0][ID["graph/a"]]
