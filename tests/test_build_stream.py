"""Streaming builds: file output, store resume, interruption, workers and Dask give the same graph."""

from __future__ import annotations

import json

import pytest
from rdflib import Dataset
from rdflib.compare import graph_diff, isomorphic

from graphbuild.build import BuildInterrupted, build_graph, extract_batch
from graphbuild.errors import GraphbuildError
from graphbuild.statement import Document

SENTENCES = [
    "Norway met Chile in Oslo on Monday.",
    "Officials from Qatar and Russia held talks about shipping.",
    "China hosted Ukraine for a round of trade negotiations.",
    "Chile and Norway signed a fisheries agreement.",
    "Russia invited China to a summit later this year.",
]


def _corpus(path, n):
    rows = [{"id": f"d{i}", "text": SENTENCES[i % len(SENTENCES)] + f" Report number {i}.",
             "title": f"Report {i}", "date": "2024-05-0{}".format(1 + i % 9)} for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _read(path) -> Dataset:
    ds = Dataset()
    ds.parse(path, format="nquads" if str(path).endswith(".nq") else "trig")
    return ds


def _assert_same(a: Dataset, b: Dataset) -> None:
    """Same named graphs, each isomorphic (graph_diff printed on failure)."""
    graphs_a = {g.identifier: g for g in a.graphs() if len(g)}
    graphs_b = {g.identifier: g for g in b.graphs() if len(g)}
    assert sorted(graphs_a) == sorted(graphs_b)
    for name, g in graphs_a.items():
        if not isomorphic(g, graphs_b[name]):
            _, only_a, only_b = graph_diff(g, graphs_b[name])
            pytest.fail(f"graph {name} differs\nonly in first:\n{only_a.serialize(format='nt')}\n"
                        f"only in second:\n{only_b.serialize(format='nt')}")


@pytest.mark.parametrize("n", [7])
def test_build_extract_batch_keeps_order_and_isolates_failures(blank_pipeline, fake_extraction, n):
    def extract(doc, document):
        if document.id == "bad":
            raise ValueError("boom")
        return fake_extraction(doc, document)

    docs = [Document(f"d{i}", SENTENCES[i % 5]) for i in range(n)] + [Document("bad", "Chile met Norway.")]
    results = extract_batch(docs, blank_pipeline, extract)
    assert [r.doc_id for r in results] == [d.id for d in docs]
    assert [r.status for r in results] == ["built"] * n + ["failed"]
    assert "boom" in results[-1].error
    assert results[0].ntriples.endswith(" .\n") and results[0].relations == ("norway\x1fmeets\x1fchile",)


@pytest.mark.parametrize("suffix", [".nq", ".trig"])
def test_build_file_output_holds_one_graph_per_document(tmp_path, blank_pipeline, fake_extraction, suffix):
    out = tmp_path / f"g{suffix}"
    summary = build_graph([_corpus(tmp_path / "c.jsonl", 6)], out, model=blank_pipeline, batch_size=4)
    assert (summary.documents, summary.failed, summary.relations) == (6, 0, 5)
    names = {str(g.identifier) for g in _read(out).graphs()}
    assert {f"https://w3id.org/graphbuild/id/graph/d{i}" for i in range(6)} <= names
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left


@pytest.mark.parametrize("workers", [2])
def test_build_workers_give_the_same_graph_as_one_process(tmp_path, blank_pipeline, fake_extraction, workers):
    corpus = _corpus(tmp_path / "c.jsonl", 40)
    one = build_graph([corpus], tmp_path / "one.nq", model=blank_pipeline, batch_size=3)
    many = build_graph([corpus], tmp_path / "many.nq", model=blank_pipeline, batch_size=3, workers=workers)
    assert one == type(one)(**{**many.__dict__, "seconds": one.seconds})
    _assert_same(_read(tmp_path / "one.nq"), _read(tmp_path / "many.nq"))
    assert (tmp_path / "one.nq").read_bytes() == (tmp_path / "many.nq").read_bytes()


@pytest.mark.parametrize("stop_at", [3])
def test_build_interrupted_store_keeps_completed_documents_and_resumes(tmp_path, blank_pipeline,
                                                                        fake_extraction, stop_at):
    from graphbuild.store import open_store, stored_hash

    corpus, store_dir, out = _corpus(tmp_path / "c.jsonl", 6), tmp_path / "store", tmp_path / "g.nq"

    def interrupting(doc, document):
        if document.id == f"d{stop_at}":
            raise KeyboardInterrupt
        return fake_extraction(doc, document)

    with pytest.raises(BuildInterrupted) as info:
        build_graph([corpus], out, store=store_dir, model=blank_pipeline, batch_size=1, extract=interrupting)
    assert info.value.summary.documents == stop_at
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    store = open_store(store_dir)
    assert [stored_hash(store, f"d{i}") is not None for i in range(6)] == [i < stop_at for i in range(6)]
    del store

    again = build_graph([corpus], out, store=store_dir, model=blank_pipeline, batch_size=2)
    assert (again.skipped, again.documents) == (stop_at, 6 - stop_at)
    changed = tmp_path / "c.jsonl"
    changed.write_text(changed.read_text().replace("Report number 0.", "Report number zero."))
    third = build_graph([changed], store=store_dir, model=blank_pipeline)
    assert (third.skipped, third.documents) == (5, 1)


@pytest.mark.parametrize("content", ["", "\n\n  \n"])
def test_build_empty_input_is_one_clear_error(tmp_path, blank_pipeline, fake_extraction, content):
    path = tmp_path / "empty.jsonl"
    path.write_text(content)
    with pytest.raises(GraphbuildError, match="no documents"):
        build_graph([path], tmp_path / "g.ttl", model=blank_pipeline)
    assert not (tmp_path / "g.ttl").exists()


@pytest.mark.parametrize("n", [3])
def test_build_failed_documents_are_counted_not_fatal(tmp_path, blank_pipeline, fake_extraction, n):
    def extract(doc, document):
        if document.id == "d1":
            raise RuntimeError("cannot")
        return fake_extraction(doc, document)

    warnings: list[str] = []
    summary = build_graph([_corpus(tmp_path / "c.jsonl", n)], tmp_path / "g.nq", model=blank_pipeline,
                          extract=extract, warn=warnings.append)
    assert (summary.documents, summary.failed) == (n - 1, 1)
    assert len(warnings) == 1 and warnings[0].startswith("d1: extraction failed")


@pytest.mark.slow
@pytest.mark.parametrize("n_workers", [2])
def test_build_dask_local_cluster_gives_the_same_graph(tmp_path, blank_pipeline, n_workers):
    """Real extractor (the Dask workers are fresh processes), on the tiny pipeline."""
    corpus = _corpus(tmp_path / "c.jsonl", 12)
    build_graph([corpus], tmp_path / "one.nq", model=blank_pipeline, batch_size=4)
    summary = build_graph([corpus], tmp_path / "dask.nq", model=blank_pipeline, batch_size=4,
                          dask="local", workers=n_workers)
    assert summary.documents == 12
    _assert_same(_read(tmp_path / "one.nq"), _read(tmp_path / "dask.nq"))


def _worker_process_facts():
    import multiprocessing
    import os

    parent = multiprocessing.parent_process()
    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS"), \
        os.getppid(), parent is not None


@pytest.mark.slow
@pytest.mark.parametrize("n_workers", [2])
def test_build_local_cluster_workers_are_forked_from_a_forkserver_without_malloc_trim(n_workers):
    """The workers of --dask local run without Dask's MALLOC_TRIM_THRESHOLD_ (graphbuild trims
    after each batch) but keep its one-thread BLAS settings, and are forked by a forkserver
    (not spawned: spawned workers parsed slower), so their parent is not this process."""
    import os

    from distributed import Client

    from graphbuild.executors import local_cluster

    with local_cluster(n_workers) as cluster, Client(cluster) as client:
        facts = list(client.run(_worker_process_facts).values())
    assert len(facts) == n_workers
    for trim, omp, ppid, child in facts:
        assert trim is None and omp == "1" and child
        assert ppid != os.getpid()


@pytest.mark.parametrize("n", [4])
def test_build_store_with_output_exports_every_stored_document(tmp_path, blank_pipeline, fake_extraction, n):
    corpus, store, out = _corpus(tmp_path / "c.jsonl", n), tmp_path / "store", tmp_path / "g.nq"
    build_graph([corpus], store=store, model=blank_pipeline)
    again = build_graph([corpus], out, store=store, model=blank_pipeline)
    assert (again.documents, again.skipped) == (0, n)
    names = {str(g.identifier).rsplit("/", 1)[-1] for g in _read(out).graphs() if len(g)}
    assert {f"d{i}" for i in range(n)} <= names


@pytest.mark.server
@pytest.mark.parametrize("n", [3])
def test_build_endpoint_receives_one_graph_per_document(tmp_path, blank_pipeline, fake_extraction,
                                                        oxigraph_server, n):
    from graphbuild.endpoint import query_endpoint

    summary = build_graph([_corpus(tmp_path / "c.jsonl", n)], endpoint=f"{oxigraph_server}/query",
                          model=blank_pipeline)
    assert summary.documents == n
    rows = query_endpoint(f"{oxigraph_server}/query",
                          "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a <https://w3id.org/graphbuild/ontology#Document> } }")
    assert len(rows.rows) >= n


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize("n_workers", [2])
def test_build_dask_with_real_pipeline_matches_in_process(tmp_path, n_workers):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate([
        "Russia condemned Ukraine on Monday.", "Iran blamed Israel for the attack on its embassy.",
        "China and Russia signed a trade agreement in Beijing."])), encoding="utf-8")
    build_graph([corpus], tmp_path / "one.nq", batch_size=1)
    build_graph([corpus], tmp_path / "dask.nq", batch_size=1, dask="local", workers=n_workers)
    _assert_same(_read(tmp_path / "one.nq"), _read(tmp_path / "dask.nq"))


@pytest.mark.parametrize("suffix,fmt", [(".nq", "nquads"), (".ttl", "turtle"), (".trig", "trig")])
def test_build_large_file_output_is_the_same_graph(tmp_path, blank_pipeline, fake_extraction, monkeypatch,
                                                   suffix, fmt):
    """Above FileSink.SMALL triples the file is bulk-loaded and written by pyoxigraph: same graph."""
    from rdflib import Graph

    from graphbuild.sinks import FileSink

    corpus = _corpus(tmp_path / "c.jsonl", 8)
    build_graph([corpus], tmp_path / f"small{suffix}", model=blank_pipeline)
    monkeypatch.setattr(FileSink, "SMALL", 0)
    build_graph([corpus], tmp_path / f"large{suffix}", model=blank_pipeline)
    if fmt == "turtle":
        small, large = (Graph().parse(tmp_path / f"{n}{suffix}", format="turtle") for n in ("small", "large"))
        assert len(small) == len(large) and isomorphic(small, large)
    else:
        small, large = (Dataset() for _ in range(2))
        small.parse(tmp_path / f"small{suffix}", format=fmt)
        large.parse(tmp_path / f"large{suffix}", format=fmt)
        _assert_same(small, large)


@pytest.mark.parametrize("recycle_words, recycle_docs, pools", [(20, None, 5), (None, 4, 3), (None, None, 1)])
def test_build_workers_are_recycled_without_changing_the_graph(tmp_path, blank_pipeline, fake_extraction,
                                                              monkeypatch, recycle_words, recycle_docs, pools):
    """A fresh pool after every ``recycle_words`` words per worker; same bytes as one process."""
    import concurrent.futures

    created = []

    class CountingPool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            created.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", CountingPool)
    corpus = _corpus(tmp_path / "c.jsonl", 20)  # 9-10 words a document: 40 words a run of two workers
    one = build_graph([corpus], tmp_path / "one.nq", model=blank_pipeline, batch_size=2)
    many = build_graph([corpus], tmp_path / "many.nq", model=blank_pipeline, batch_size=2, workers=2,
                       recycle_words=recycle_words, recycle_docs=recycle_docs)
    assert many.documents == one.documents == 20
    assert len(created) == pools
    assert (tmp_path / "one.nq").read_bytes() == (tmp_path / "many.nq").read_bytes()


@pytest.mark.parametrize("items, budget, expected", [
    ([3, 1, 1, 5, 2], 4, [[3, 1], [1, 5], [2]]),
    ([9, 9], 4, [[9], [9]]),  # an item over the budget ends its run alone, never dropped
    ([], 4, []),
    ([1, 1, 1], 100, [[1, 1, 1]]),
])
def test_build_recycle_runs_split_the_stream_lazily(items, budget, expected):
    from graphbuild.executors import _spans

    assert [list(run) for run in _spans(iter(items), budget, int)] == expected


@pytest.mark.parametrize("lengths, size, budget, expected", [
    ([10, 10, 10, 10], 32, 25, [[10, 10], [10, 10]]),
    ([5, 40, 5], 32, 25, [[5], [40], [5]]),  # a document over the budget goes alone, never dropped
    ([1, 1, 1, 1, 1], 2, 1000, [[1, 1], [1, 1], [1]]),  # the document count still caps a batch
    ([3, 4], 32, None, [[3, 4]]),
])
def test_build_batches_stay_within_a_word_budget(lengths, size, budget, expected):
    from graphbuild.build import iter_batches

    docs = [Document(f"d{i}", " ".join(["word"] * n)) for i, n in enumerate(lengths)]
    batches = list(iter_batches(iter(docs), size, budget))
    assert [[len(d.text.split()) for d in b] for b in batches] == expected
    assert [d.id for b in batches for d in b] == [d.id for d in docs]


@pytest.mark.parametrize("budget", [3, 10_000])
def test_build_word_budget_does_not_change_the_graph(tmp_path, blank_pipeline, budget):
    corpus = _corpus(tmp_path / "c.jsonl", 7)
    one = build_graph([corpus], tmp_path / "one.nq", model=blank_pipeline, batch_words=None)
    budgeted = build_graph([corpus], tmp_path / "b.nq", model=blank_pipeline, batch_words=budget)
    assert budgeted.documents == one.documents == 7
    _assert_same(_read(tmp_path / "one.nq"), _read(tmp_path / "b.nq"))


@pytest.mark.parametrize("option", ["--batch-words=0", "--batch-words=-5", "--recycle-words=0", "--recycle-docs=0"])
def test_build_rejects_a_word_budget_below_one(tmp_path, option):
    from click.testing import CliRunner

    from graphbuild.cli import main

    corpus = _corpus(tmp_path / "c.jsonl", 2)
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "o.nq"), option])
    assert result.exit_code != 0
    assert option.split("=")[0] in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("sizes, limit, emptied, left", [
    ([5, 50], 10, 1, [5, 0]),  # only the cache over the limit is emptied
    ([5, 10], 10, 0, [5, 10]),
])
def test_build_component_caches_stay_bounded(sizes, limit, emptied, left):
    from types import SimpleNamespace

    from graphbuild.memory import bound_caches

    pipes = [(f"p{i}", SimpleNamespace(cache={k: k for k in range(n)})) for i, n in enumerate(sizes)]
    nlp = SimpleNamespace(pipeline=pipes + [("no_cache", object())])
    assert bound_caches(nlp, limit) == emptied
    assert [len(p.cache) for _, p in pipes] == left


@pytest.mark.parametrize("every, batches, expected_trims", [
    (20, 6, 0),  # 54 words: under ten batches of 9 words
    (20, 12, 1),  # 108 words: one trim after ten batches
    (50, 23, 2),
    (200, 12, 0),  # TRIM_WORDS above ten batches: it decides
    (200, 23, 1),
])
def test_build_extract_batch_trims_the_heap_by_words_parsed_not_per_batch(
        monkeypatch, blank_pipeline, fake_extraction, every, batches, expected_trims):
    import graphbuild.memory as memory

    calls = []

    class FakeLibc:
        def malloc_trim(self, pad):
            calls.append(pad)

    monkeypatch.setattr(memory, "_libc", lambda: FakeLibc())
    monkeypatch.setattr(memory, "TRIM_WORDS", every)
    monkeypatch.setattr(memory, "_untrimmed", [0])
    batch = [Document("d0", "Chile met Norway in Oslo."), Document("d1", "Russia and China talked.")]
    for _ in range(batches):  # 9 words a batch
        extract_batch(batch, blank_pipeline, fake_extraction)
    assert calls == [0] * expected_trims


@pytest.mark.parametrize("batches", [3])
def test_build_extract_batch_freezes_what_is_loaded_once(monkeypatch, blank_pipeline, fake_extraction, batches):
    import gc

    import graphbuild.memory as memory

    frozen = []
    monkeypatch.setattr(memory, "_frozen", [False])
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    for _ in range(batches):
        extract_batch([Document("d0", "Chile met Norway.")], blank_pipeline, fake_extraction)
    assert frozen == [True]


@pytest.mark.parametrize("workers, dask, expected", [
    (1, None, 16_000),  # one batch in flight: as large as spaCy's own batches
    (2, None, 2_000),  # a pool holds 2 x workers + 1 batches: small ones
    (1, "local", 2_000),
])
def test_build_default_word_budget_depends_on_the_executor(workers, dask, expected):
    from graphbuild.build import default_batch_words

    assert default_batch_words(workers, dask) == expected


@pytest.mark.parametrize("budget", ["auto"])
def test_build_auto_word_budget_gives_the_same_graph(tmp_path, blank_pipeline, budget):
    corpus = _corpus(tmp_path / "c.jsonl", 5)
    auto = build_graph([corpus], tmp_path / "auto.nq", model=blank_pipeline, batch_words=budget)
    small = build_graph([corpus], tmp_path / "small.nq", model=blank_pipeline, batch_words=3)
    assert auto.documents == small.documents == 5
    _assert_same(_read(tmp_path / "auto.nq"), _read(tmp_path / "small.nq"))
