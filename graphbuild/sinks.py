"""Where a build writes each document's graph as it completes: a file, a store, an endpoint.

A sink has ``unchanged(document)`` (may the build skip it?), ``add(result)`` (one document's
named graph as N-Triples, from :class:`graphbuild.build.DocumentResult`) and
``close(completed)``. Memory stays flat while documents stream in: a file is assembled as
line-based temporary files and written only when the build completes; a store gets each
document replaced atomically; an endpoint gets a Graph Store Protocol ``PUT`` per document.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib.namespace import DCTERMS

from .namespace import GB, OA
from .statement import Document

__all__ = ["FileSink", "StoreSink", "EndpointSink", "open_sinks"]


class FileSink:
    """Streams each document's lines to temporary files beside ``path``; writes ``path`` at the end.

    During the build memory stays flat: every document graph is appended to a temporary
    N-Quads file (and, for triple formats, its triples to an N-Triples file). When the build
    completes, small outputs are written by rdflib like every other command (canonical Turtle);
    large ones are bulk-loaded into a temporary on-disk pyoxigraph store (which removes
    duplicate triples) and serialized from it. Either way the summary graph of
    :func:`graphbuild.store.aggregate_statements` is added and the file renamed into place.
    """

    SMALL = 20_000  # triples (about 30 MB in rdflib); above this pyoxigraph writes the file

    def __init__(self, path):
        import tempfile

        from .rdf import QUAD_FORMATS, format_for_path

        self.path = Path(path)
        self.format = format_for_path(self.path)
        self.quads = self.format in QUAD_FORMATS
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmpdir = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.", suffix=".build", dir=self.path.parent))
        self.nq = (self.tmpdir / "graphs.nq").open("w", encoding="utf-8")
        self.nt = None if self.quads else (self.tmpdir / "union.nt").open("w", encoding="utf-8")
        self.triples = 0
        # the few lines the summary graph is computed from, on disk too (memory must not grow)
        self.evidence = (self.tmpdir / "evidence.nq").open("w", encoding="utf-8")

    def unchanged(self, document: Document) -> bool:
        return False

    def add(self, result) -> None:
        suffix = f" <{result.graph}> .\n"
        lines = [line[:-2] + suffix for line in result.ntriples.splitlines()]
        self.nq.writelines(lines)
        if result.statements:
            self.evidence.writelines(line for line in lines if any(p in line for p in _EVIDENCE_PREDICATES))
        if self.nt is not None:
            self.nt.write(result.ntriples)
        self.triples += result.ntriples.count("\n")

    def close(self, completed: bool) -> None:
        import shutil

        try:
            for fh in (self.nq, self.nt, self.evidence):
                if fh is not None:
                    fh.close()
            if completed:
                if self.triples <= self.SMALL:
                    self._write_small()
                elif self.format == "nquads":
                    self._write_nquads()
                else:
                    self._write_large()
        finally:
            shutil.rmtree(self.tmpdir, ignore_errors=True)

    def _write_small(self) -> None:
        from rdflib import Dataset

        from .rdf import bind_prefixes, write_dataset

        ds = bind_prefixes(Dataset())
        ds.parse(self.tmpdir / "graphs.nq", format="nquads")
        _aggregate(ds)
        write_dataset(ds, self.path)

    def _write_nquads(self) -> None:
        """The streamed N-Quads file itself, with the summary graph appended: no store needed."""
        import pyoxigraph as ox

        from .store import aggregate_statements

        evidence = ox.Store()  # in memory: only the lines the summary is computed from
        evidence.load(path=str(self.tmpdir / "evidence.nq"), format=ox.RdfFormat.N_QUADS)
        summary = aggregate_statements(evidence)
        out = self.tmpdir / "graphs.nq"
        with out.open("a", encoding="utf-8") as fh:
            suffix = f" <{summary.identifier}> .\n"
            nt = summary.serialize(format="nt", encoding="utf-8").decode("utf-8")
            fh.writelines(sorted(line[:-2] + suffix for line in nt.splitlines() if line.strip()))
        _publish(out, self.path)

    def _write_large(self) -> None:
        import tempfile

        import pyoxigraph as ox
        from rdflib import Graph

        from .rdf import bind_prefixes

        store = ox.Store(str(self.tmpdir / "store"))
        store.bulk_load(path=str(self.tmpdir / "graphs.nq"), format=ox.RdfFormat.N_QUADS)
        summary = _aggregate(store)
        store.clear_graph(ox.DefaultGraph())  # whatever the store keeps there; set below for triples
        if not self.quads:
            store.bulk_load(path=str(self.tmpdir / "union.nt"), format=ox.RdfFormat.N_TRIPLES,
                            to_graph=ox.DefaultGraph())
            if summary is not None:
                store.extend(_to_default_graph(summary))
        target = {"longturtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                  "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                  "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}[self.format]
        kwargs = {} if self.quads else {"from_graph": ox.DefaultGraph()}
        if target in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
            kwargs["prefixes"] = {p: str(ns) for p, ns in bind_prefixes(Graph()).namespaces() if p != "xml"}
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        try:
            store.dump(tmp, format=target, **kwargs)
            del store
            _publish(Path(tmp), self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _publish(tmp: Path, path: Path) -> None:
    """Rename a finished temporary file into place, with the permissions of a new file."""
    from .rdf import publish_file

    publish_file(tmp, path)


#: Predicates of the lines :func:`graphbuild.store.aggregate_statements` reads.
_EVIDENCE_PREDICATES = tuple(f" <{iri}> " for iri in (GB.evidence, GB.confidence, OA.hasSource, DCTERMS.date))


def _to_default_graph(graph) -> Iterator:
    import pyoxigraph as ox

    from .store import to_oxigraph

    for s, p, o in graph:
        yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph())


def _aggregate(store):
    """Recompute the store's per-statement summary graph (evidence counts, first/last seen)."""
    try:
        from .store import aggregate_statements
    except ImportError:
        return None
    return aggregate_statements(store)


def _rdflib_graph(result):
    from rdflib import Graph, URIRef

    g = Graph(identifier=URIRef(result.graph))
    if result.ntriples:
        g.parse(data=result.ntriples, format="nt")
    return g


class StoreSink:
    """A persistent store: each document replaced atomically as it completes.

    With ``export``, the whole store (documents of earlier runs too) is written to that file
    when the build completes, since documents skipped as unchanged are only in the store.
    """

    def __init__(self, path, export=None):
        from .rdf import format_for_path
        from .store import open_store

        self.path, self.export = path, export
        if export is not None:
            format_for_path(export)
        self.store = open_store(path, create=True)
        self.added = 0

    def unchanged(self, document: Document) -> bool:
        from .store import stored_hash

        return stored_hash(self.store, document.id) == document.sha256

    FLUSH_EVERY = 500  # documents; writing RocksDB's memtables to disk keeps memory flat

    def add(self, result) -> None:
        from .store import replace_document

        replace_document(self.store, _rdflib_graph(result))
        self.added += 1
        if self.added % self.FLUSH_EVERY == 0:
            self.store.flush()

    def close(self, completed: bool) -> None:
        from .rdf import write_dataset

        try:
            _aggregate(self.store)  # also after an interrupt: the summary matches what is stored
            self.store.flush()
            if completed and self.export is not None:
                write_dataset(self.store, self.export)
        finally:
            del self.store


class EndpointSink:
    """A SPARQL 1.1 Graph Store Protocol endpoint: a PUT per document graph (idempotent)."""

    def __init__(self, url):
        from .endpoint import push_graph  # noqa: F401 - fail early when it is missing

        self.url = url

    def unchanged(self, document: Document) -> bool:
        return False

    def add(self, result) -> None:
        from .endpoint import push_graph

        push_graph(self.url, _rdflib_graph(result))

    def close(self, completed: bool) -> None:
        """Nothing to flush: each document graph was pushed when it completed."""


@contextmanager
def open_sinks(output, store, endpoint):
    """The sinks for the targets given; closed as completed only when the build raised nothing.

    With both a store and an output file, the file is exported from the store at the end.
    """
    sinks, completed = [], False
    try:
        if store is not None:
            sinks.append(StoreSink(store, export=output))
        elif output is not None:
            sinks.append(FileSink(output))
        if endpoint is not None:
            sinks.append(EndpointSink(endpoint))
        yield sinks
        completed = True
    finally:
        for sink in reversed(sinks):
            sink.close(completed)
