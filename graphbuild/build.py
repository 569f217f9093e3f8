"""Building a graph from documents: read, parse, extract, write, as a stream.

``build_graph`` reads documents one at a time, cuts them into batches, and turns each batch
into per-document results (the document's named graph as N-Triples, plus counts) with
:func:`extract_batch`: in this process, in a pool of worker processes (``workers``), or on a
Dask cluster (``dask``), by the executors of :mod:`graphbuild.executors`. Each worker loads the
spaCy pipeline once (``load_pipeline`` is cached per process) and runs ``nlp.pipe`` and the
extraction on its batch, so only small strings travel between processes. A bounded window of
batches is in flight at any time, so memory stays flat however large the corpus.

Results go to sinks as they arrive: a file (through an on-disk temporary store, renamed into
place only when the build completes), a persistent store (each document replaced atomically,
so an interruption keeps every completed document and a re-run skips documents whose text
hash is unchanged) and a SPARQL Graph Store Protocol endpoint (a PUT per document).

Examples:
    >>> r = DocumentResult("d1", "ab", 3, status="failed", error="d1: boom")
    >>> r.ok
    False
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from .corpus import CORPUS_SUFFIXES, check_inputs, count_documents, read_documents
from .errors import GraphbuildError
from .memory import bound_caches, freeze_loaded, trim_heap
from .sinks import open_sinks
from .statement import Document, Extraction

__all__ = [
    "BuildSummary", "BuildInterrupted", "DocumentResult", "extract_documents", "extract_batch",
    "iter_batches", "build_graph", "default_workers",
]

log = logging.getLogger(__name__)
Extractor = Callable[[object, Document], Extraction]


@dataclass(frozen=True)
class BuildSummary:
    """What a build did.

    Examples:
        >>> print(BuildSummary(10, 4, 7, 9, 2.0, skipped=3, failed=1, words=5000))
        10 documents, 3 skipped, 1 failed, 4 actors, 7 relations (9 statements), 2.0 s, 2,500 words/s
    """

    documents: int
    actors: int
    relations: int
    statements: int
    seconds: float
    skipped: int = 0
    failed: int = 0
    words: int = 0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def __str__(self) -> str:
        return (f"{self.documents} documents, {self.skipped} skipped, {self.failed} failed, "
                f"{self.actors} actors, {self.relations} relations ({self.statements} statements), "
                f"{self.seconds:.1f} s, {self.words_per_second:,.0f} words/s")


class BuildInterrupted(KeyboardInterrupt):
    """Ctrl-C (or SIGTERM under the CLI) stopped a build; ``summary`` tells what was completed."""

    def __init__(self, message: str, summary: BuildSummary):
        super().__init__(message)
        self.summary = summary


@dataclass(frozen=True)
class DocumentResult:
    """What one document became: its named graph as sorted N-Triples lines, and counts.

    ``status`` is ``built``, ``skipped`` (unchanged in the store) or ``failed`` (``error`` says why).
    """

    doc_id: str
    sha256: str
    words: int
    graph: str = ""
    ntriples: str = ""
    actors: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    statements: tuple[str, ...] = ()
    status: str = "built"
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "built"


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_documents(documents: Iterable[Document], nlp, batch_size: int = 16) -> Iterator[Extraction]:
    """Parse documents with ``nlp.pipe`` and extract from each, one at a time."""
    from .extract import extract_from_doc

    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_from_doc(doc, document)


def _words(text: str) -> int:
    return len(text.split())


def _result(extraction: Extraction) -> DocumentResult:
    from .rdf import extraction_to_graph

    document = extraction.document
    g = extraction_to_graph(extraction)
    lines = g.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines(keepends=True)
    return DocumentResult(
        doc_id=document.id, sha256=document.sha256, words=_words(document.text),
        graph=str(g.identifier), ntriples="".join(sorted(line for line in set(lines) if line.strip())),
        actors=tuple(a.id for a in extraction.actors),
        relations=tuple("\x1f".join(s.key[:3]) for s in extraction.statements if s.is_plain_edge),
        statements=tuple("\x1f".join(s.key) for s in extraction.statements),
    )


def _failed(document: Document, exc: BaseException) -> DocumentResult:
    return DocumentResult(document.id, document.sha256, _words(document.text), status="failed",
                          error=f"{document.id}: extraction failed: {type(exc).__name__}: {exc}")


def extract_batch(documents: Sequence[Document], model: str | None = None,
                  extract: Extractor | None = None) -> list[DocumentResult]:
    """Parse a batch of documents with one ``nlp.pipe`` call and extract each document's graph.

    This is the unit of work of every build, in process, in a worker pool or on Dask: the
    pipeline is loaded once per process (``load_pipeline`` is cached). A document whose
    extraction fails becomes a ``failed`` result; it never fails the batch.

    Args:
        documents: The batch.
        model: spaCy pipeline name or path (default: the best installed English one).
        extract: ``extract(doc, document) -> Extraction``; default
            ``graphbuild.extract.extract_from_doc``.

    Returns:
        One result per document, in order.
    """
    from .nlp import load_pipeline

    if extract is None:
        from .extract import extract_from_doc as extract
    nlp = load_pipeline(model)
    results: list[DocumentResult] = []
    try:
        # Strings that spaCy interns for this batch are freed at its end, so the vocabulary
        # (and memory) does not grow with the corpus; results hold only Python strings.
        with nlp.memory_zone():
            pairs = nlp.pipe(((d.text, d) for d in documents), as_tuples=True,
                             batch_size=max(len(documents), 1))
            for doc, document in pairs:
                try:
                    results.append(_result(extract(doc, document)))
                except Exception as exc:  # one bad document never stops a corpus build
                    results.append(_failed(document, exc))
    except Exception as exc:
        if len(documents) == 1:
            return [_failed(documents[0], exc)]
        # the parser itself failed on some document: redo the rest one by one to isolate it
        return results + [r for d in documents[len(results):] for r in extract_batch([d], model, extract)]
    finally:
        bound_caches(nlp)
        trim_heap(sum(_words(d.text) for d in documents))
        freeze_loaded()
    return results


def iter_batches(items: Iterator, size: int, max_words: int | None = None,
                 words: Callable[[object], int] | None = None) -> Iterator[list]:
    """Consecutive lists of at most ``size`` items, read lazily.

    With ``max_words``, a batch also ends before the item that would take its words (counted
    by ``words``, default the whitespace-separated words of ``item.text``) over the budget, so a
    batch never holds more than ``max_words`` words unless one item alone does. spaCy's working
    memory grows with the words of a batch, so this bounds the peak memory of a worker.

    Examples:
        >>> list(iter_batches(iter("abcde"), 2))
        [['a', 'b'], ['c', 'd'], ['e']]
        >>> list(iter_batches(iter([3, 1, 1, 5, 9, 1]), 10, max_words=5, words=int))
        [[3, 1, 1], [5], [9], [1]]
    """
    if max_words is None:
        while batch := list(islice(items, size)):
            yield batch
        return
    count = words or (lambda item: _words(item.text))
    batch, total = [], 0
    for item in items:
        n = count(item)
        if batch and (len(batch) >= size or total + n > max_words):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
    if batch:
        yield batch


# --- the build ------------------------------------------------------------------------------

class _Tally:
    def __init__(self):
        self.documents = self.skipped = self.failed = self.words = 0
        self.actors: set[str] = set()
        self.relations: set[str] = set()
        self.statements: set[str] = set()
        self.first_error: str | None = None

    def add(self, r: DocumentResult) -> None:
        if r.status == "built":
            self.documents += 1
            self.words += r.words
            self.actors.update(r.actors)
            self.relations.update(r.relations)
            self.statements.update(r.statements)
        elif r.status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
            self.first_error = self.first_error or r.error

    def summary(self, seconds: float) -> BuildSummary:
        return BuildSummary(self.documents, len(self.actors), len(self.relations), len(self.statements),
                            seconds, self.skipped, self.failed, self.words)


#: Words a batch holds at most by default in a worker pool or on Dask, where up to ``2 x workers
#: + 1`` batches are in flight and each worker's peak grows with its batch (about 13 KB a word).
WORKER_BATCH_WORDS = 2_000
#: ... and in one process, where one batch is in flight: about spaCy's own default batch of 32
#: news articles, since small batches cost the parser time (7% with 2,000 words against 16,000
#: on 200 news articles); the peak stays below that of a bare ``nlp.pipe`` over the same texts.
PROCESS_BATCH_WORDS = 16_000


def default_batch_words(workers: int, dask: str | None) -> int:
    """The default word budget of a batch: small for workers, large in one process.

    Examples:
        >>> default_batch_words(1, None), default_batch_words(2, None), default_batch_words(1, "local")
        (16000, 2000, 2000)
    """
    return PROCESS_BATCH_WORDS if workers == 1 and dask is None else WORKER_BATCH_WORDS


def build_graph(
    inputs: Iterable[str | Path],
    output: str | Path | None = None,
    *,
    store: str | Path | None = None,
    endpoint: str | None = None,
    model: str | None = None,
    workers: int = 1,
    dask: str | None = None,
    batch_size: int = 32,
    batch_words: int | None | str = "auto",
    recycle_words: int | None = 300_000,
    recycle_docs: int | None = 1_000,
    extract: Extractor | None = None,
    progress: Callable[[DocumentResult], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Build a graph from inputs into a file, a store and/or an endpoint, as a stream.

    A file is written only when the build completes (temporary files, then a rename), so an
    interrupted build leaves any earlier file as it was. A store keeps every completed
    document; re-running skips documents whose text hash is unchanged and replaces changed ones.
    Unreadable files and lines, and documents whose extraction fails, are skipped with a
    warning and counted as failed; when *nothing* could be built the first error is raised.

    Args:
        inputs: ``.txt``/``.html`` files, folders, ``.jsonl`` corpora or ``-`` for stdin.
        output: An RDF file (``.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.jsonld``, ``.rdf``).
        store: A pyoxigraph store folder (created when missing).
        endpoint: A Graph Store Protocol URL to PUT each document graph to.
        model: A spaCy pipeline name; default the best installed English one.
        workers: Worker processes on this machine (1: parse in this process).
        dask: A Dask scheduler address, or ``"local"`` for a LocalCluster of ``workers`` processes.
        batch_size: Documents per ``nlp.pipe`` batch (the unit of work sent to a worker).
        batch_words: A batch also ends before it would exceed this many words (``None``: no
            limit): spaCy's working memory grows with a batch's words, so this bounds the peak.
            ``"auto"``: :func:`default_batch_words` (2,000 with workers or Dask, 16,000 in one process).
        recycle_words: With ``workers`` > 1 (no Dask), worker processes are replaced by fresh
            ones after about this many words each (``None``: no word limit), so memory stays flat.
        recycle_docs: ... or after this many documents each (``None``: no document limit).
        extract: ``extract(doc, document) -> Extraction`` (default: graphbuild's extractor);
            must be importable by name in the workers.
        progress: Called with each document's result (built, skipped or failed).
        warn: Called with a one-line message for each skipped input or failed document.

    Returns:
        Counts, time and speed.

    Raises:
        GraphbuildError: Bad options, missing inputs, or no document could be built.
        BuildInterrupted: Ctrl-C; completed documents are in the store, the file is not written.
    """
    items = check_inputs(inputs)
    if output is None and store is None and endpoint is None:
        raise GraphbuildError("nowhere to write: give -o FILE, --store DIR or --endpoint URL")
    if batch_words == "auto":
        batch_words = default_batch_words(workers, dask)
    if workers < 1 or batch_size < 1 or any(n is not None and n < 1 for n in (batch_words, recycle_words, recycle_docs)):
        raise GraphbuildError("--workers, --batch-size, --batch-words, --recycle-words and --recycle-docs "
                              "must be at least 1")
    warn = warn or log.warning
    progress = progress or (lambda _r: None)
    tally = _Tally()
    total = count_documents(items)
    if dask is None and workers > 1 and total is not None and total <= batch_size:
        workers = 1  # one batch: starting workers would only cost time
    start = time.perf_counter()

    # One file named alone must be readable and extractable: a problem is the error. In
    # folders, corpora, stdin or several inputs, a bad file or document is skipped with a warning.
    alone = len(items) == 1 and Path(items[0]).is_file() and Path(items[0]).suffix.lower() not in CORPUS_SUFFIXES

    def on_read_error(message: str) -> None:
        if alone:
            raise GraphbuildError(message)
        r = DocumentResult(message.split(":", 1)[0], "", 0, status="failed", error=message)
        tally.add(r)
        warn(message)
        progress(r)

    with ExitStack() as stack:
        sinks = stack.enter_context(open_sinks(output, store, endpoint))
        seen: set[str] = set()

        def pending() -> Iterator[Document]:
            for d in read_documents(items, on_error=on_read_error):
                if d.id in seen:
                    on_read_error(f"{d.id}: duplicate document id; the later copy is skipped")
                elif not d.text.strip():
                    on_read_error(f"{d.id}: empty document, nothing to extract")
                elif any(s.unchanged(d) for s in sinks):
                    r = DocumentResult(d.id, d.sha256, _words(d.text), status="skipped")
                    tally.add(r)
                    progress(r)
                    seen.add(d.id)
                else:
                    seen.add(d.id)
                    yield d

        from .executors import dask_cluster, in_process, process_pool

        if dask is not None:
            executor = dask_cluster(dask, workers, model, extract)
        elif workers > 1:
            executor = process_pool(workers, model, extract, recycle_words, recycle_docs)
        else:
            executor = in_process(model, extract)
        try:
            run = stack.enter_context(executor)
            for r in run(iter_batches(pending(), batch_size, batch_words)):
                if r.ok:
                    for sink in sinks:
                        sink.add(r)
                elif alone:
                    raise GraphbuildError(r.error)
                else:
                    warn(r.error)
                tally.add(r)
                progress(r)
        except KeyboardInterrupt:
            done = tally.summary(time.perf_counter() - start)
            kept = f"{done.documents} completed documents are in {store}; re-run to resume" if store else \
                f"{done.documents} documents were completed"
            unwritten = f"; {output} was not written" if output else ""
            raise BuildInterrupted(f"interrupted: {kept}{unwritten}", done) from None
        if tally.documents == 0 and tally.skipped == 0:
            raise GraphbuildError(tally.first_error or "no documents in the inputs (empty input)")
    return tally.summary(time.perf_counter() - start)
