"""Where a build writes each document's graph as it completes: a file, a store, an endpoint.

A sink has ``unchanged(document)`` (may the build skip it?), ``add(result)`` (one document's
named graph as N-Triples, from :class:`graphbuild.build.DocumentResult`) and
``close(completed)``. Memory stays flat: a file is assembled in a temporary on-disk
pyoxigraph store and written only when the build completes; a store gets each document
replaced atomically; an endpoint gets a Graph Store Protocol ``PUT`` per document.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .statement import Document

__all__ = ["FileSink", "StoreSink", "EndpointSink", "open_sinks"]


class FileSink:
    """Collects document graphs in a temporary on-disk store beside ``path``; writes at the end.

    Every document goes into its own named graph (and, for triple formats, into the default
    graph too, which the store keeps without duplicates); the file is serialized from the
    store and renamed into place only when the build completes.
    """

    def __init__(self, path):
        import tempfile

        import pyoxigraph as ox

        from .rdf import QUAD_FORMATS, format_for_path

        self.path = Path(path)
        self.format = format_for_path(self.path)
        self.quads = self.format in QUAD_FORMATS
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmpdir = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.", suffix=".build", dir=self.path.parent))
        self.store = ox.Store(str(self.tmpdir / "store"))
        self.triples = 0

    def unchanged(self, document: Document) -> bool:
        return False

    def add(self, result) -> None:
        import pyoxigraph as ox

        data = result.ntriples.encode("utf-8")
        self.store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(result.graph))
        if not self.quads:
            self.store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        self.triples += result.ntriples.count("\n")

    def close(self, completed: bool) -> None:
        import shutil

        try:
            if completed:
                summary = _aggregate(self.store)
                if summary is not None and not self.quads:
                    self.store.extend(_to_default_graph(summary))
                self._write()
        finally:
            del self.store
            shutil.rmtree(self.tmpdir, ignore_errors=True)

    def _write(self) -> None:
        import tempfile

        import pyoxigraph as ox
        from rdflib import Dataset, Graph

        from .rdf import bind_prefixes, write_dataset

        if self.triples <= 100_000:  # small: the same canonical output as every other command
            ds = bind_prefixes(Dataset())
            ds.parse(data=self.store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
            write_dataset(ds, self.path)
            return
        target = {"longturtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                  "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                  "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}[self.format]
        kwargs = {} if self.quads else {"from_graph": ox.DefaultGraph()}
        if target in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
            kwargs["prefixes"] = {p: str(ns) for p, ns in bind_prefixes(Graph()).namespaces() if p != "xml"}
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        try:
            self.store.dump(tmp, format=target, **kwargs)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's 0600
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


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

    def unchanged(self, document: Document) -> bool:
        from .store import stored_hash

        return stored_hash(self.store, document.id) == document.sha256

    def add(self, result) -> None:
        from .store import replace_document

        replace_document(self.store, _rdflib_graph(result))

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
        pass


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
