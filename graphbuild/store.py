"""An embedded, persistent RDF store for corpora: one named graph per document, on disk.

The store is a pyoxigraph (RocksDB) folder; no server to run. Each document's graph is
replaced atomically, so re-running a build never duplicates a document and a failed document
leaves the store as it was. The summary graph (:data:`SUMMARY_GRAPH`) holds, for every
statement, its evidence count, document count, first and last seen date and aggregated
confidence, recomputed by :func:`aggregate_statements`.

The store's default graph holds the union of all named graphs, without duplicates, kept up to
date by :func:`replace_document`. Queries read that default graph: Oxigraph 0.5's own
"union default graph" mode counts a triple once per graph that holds it (oxigraph issue #1919,
fixed upstream after 0.5), which would double-count plain edges read in several documents.

Examples:
    >>> from rdflib import Graph, Literal, URIRef
    >>> from graphbuild.rdf import doc_iri, graph_iri
    >>> store = open_store(None)  # in memory; give a folder for a persistent store
    >>> g = Graph(identifier=graph_iri("d1"))
    >>> _ = g.add((doc_iri("d1"), GB.sha256, Literal("ab12")))
    >>> replace_document(store, g)
    >>> stored_hash(store, "d1"), stored_hash(store, "d2")
    ('ab12', None)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import GraphbuildError
from .namespace import GB, ID, OA

__all__ = [
    "SUMMARY_GRAPH", "open_store", "is_store", "stored_hash", "replace_document", "store_to_dataset",
    "dataset_to_store", "load_file_into_store", "document_graphs", "aggregate_statements",
    "to_oxigraph", "from_oxigraph", "noisy_or", "import_into_store",
]

#: The named graph that holds per-statement aggregates over all documents.
SUMMARY_GRAPH = ID["graph/summary"]
_XSD_STRING = str(XSD.string)


def is_store(path: str | Path) -> bool:
    """True when ``path`` is a folder holding a pyoxigraph (RocksDB) store."""
    path = Path(path)
    return path.is_dir() and (path / "CURRENT").is_file() and any(path.glob("OPTIONS-*"))


def open_store(path: str | Path | None, create: bool = True, read_only: bool = False):
    """Open (or create) an on-disk store.

    Args:
        path: The store folder; ``None`` for a store in memory.
        create: Create the folder when it does not exist (or is empty).
        read_only: Open for reading only; this works while another process writes to it.

    Returns:
        A ``pyoxigraph.Store``.

    Raises:
        GraphbuildError: The folder is not a store, does not exist (``create=False``), or is
            locked by another process.
    """
    import pyoxigraph as ox

    if path is None:
        return ox.Store()
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise GraphbuildError(f"{path}: is a file, not a store folder; give a folder for --store")
    if not is_store(path):
        if path.is_dir() and any(path.iterdir()):
            raise GraphbuildError(
                f"{path}: folder is not a graphbuild store (no RocksDB files); give a new or empty folder")
        if not create or read_only:
            raise GraphbuildError(f"{path}: no such store; build one with graphbuild build ... --store {path}")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise GraphbuildError(
                f"{path}: store is locked by another process (a running build or server); "
                "wait for it to finish or stop it") from None
        raise GraphbuildError(f"{path}: cannot open store: {msg.splitlines()[0][:300]}") from None


def to_oxigraph(term: Node):
    """An rdflib term as a pyoxigraph term.

    Examples:
        >>> to_oxigraph(Literal("3", datatype=XSD.integer))
        <Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r} in pyoxigraph")


def from_oxigraph(term) -> Node | None:
    """A pyoxigraph term as an rdflib term (``xsd:string`` literals become plain literals).

    Examples:
        >>> import pyoxigraph as ox
        >>> from_oxigraph(ox.Literal("Russia"))
        rdflib.term.Literal('Russia')
    """
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    return Literal(str(term))  # an RDF 1.2 triple term, shown as text


def _quads(graph: Graph) -> Iterator:
    import pyoxigraph as ox

    name = to_oxigraph(graph.identifier)
    for s, p, o in graph:
        yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), name)


def stored_hash(store, doc_id: str) -> str | None:
    """The ``gb:sha256`` of a document as stored, or ``None`` when the store does not hold it."""
    import pyoxigraph as ox

    from .rdf import doc_iri, graph_iri

    for quad in store.quads_for_pattern(ox.NamedNode(str(doc_iri(doc_id))), ox.NamedNode(str(GB.sha256)),
                                        None, ox.NamedNode(str(graph_iri(doc_id)))):
        return quad.object.value
    return None


def replace_document(store, graph: Graph) -> None:
    """Atomically replace the named graph ``graph.identifier`` in ``store`` with ``graph``.

    The old graph is dropped and the new one inserted, and the union in the default graph
    updated, in a single SPARQL update, which pyoxigraph runs as one transaction: if anything
    fails, the store is left as it was.

    Raises:
        GraphbuildError: The graph has no IRI as identifier, or the store rejected it.
    """
    if not isinstance(graph.identifier, URIRef):
        raise GraphbuildError(f"graph identifier {graph.identifier!r} is not an IRI; name it with graph_iri()")
    name = f"<{graph.identifier}>"
    try:
        body = graph.serialize(format="nt", encoding="utf-8").decode("utf-8") if len(graph) else ""
    except Exception as exc:  # rdflib refuses terms it cannot write (an invalid IRI)
        raise GraphbuildError(f"cannot write graph {graph.identifier}: {exc}; the store is unchanged") from None
    update = (
        # the default graph is the union: drop the old triples no other graph holds
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {name}) }} }} ;\n"
        f"DROP SILENT GRAPH {name} ;\n"
        f"INSERT DATA {{ GRAPH {name} {{\n{body}}} }} ;\n"
        f"INSERT DATA {{\n{body}}}"
    )
    try:
        store.update(update)
    except (SyntaxError, ValueError, OSError) as exc:
        first = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
        raise GraphbuildError(f"store rejected graph {graph.identifier}: {first}; the store is unchanged") from None


def document_graphs(store) -> list[URIRef]:
    """The named graphs of a store, in IRI order."""
    return sorted(URIRef(g.value) for g in store.named_graphs() if hasattr(g, "value"))


def store_to_dataset(store) -> Dataset:
    """Everything in a store as an rdflib ``Dataset``: one named graph per document.

    The store's default graph (the union of the named graphs) is left out when the store has
    named graphs; the dataset's default graph queries their union anyway.
    """
    import pyoxigraph as ox

    from .rdf import bind_prefixes

    ds = bind_prefixes(Dataset(default_union=True))
    named = sorted(store.named_graphs(), key=lambda g: g.value)
    for g in named:
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
        if data:
            ds.graph(URIRef(g.value)).parse(data=data.decode("utf-8"), format="nt")
    if not named:
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        if data:
            ds.default_graph.parse(data=data.decode("utf-8"), format="nt")
    return ds


def dataset_to_store(ds: Graph, store=None):
    """Copy an rdflib graph or dataset into a (new, in-memory by default) pyoxigraph store.

    Named graphs keep their names; every triple also goes into the default graph (the union).
    """
    import pyoxigraph as ox

    store = store if store is not None else ox.Store()
    if isinstance(ds, Dataset):
        graphs: Iterable[Graph] = [g for g in ds.graphs() if len(g)]
    else:
        graphs = [ds]
    for g in graphs:
        if isinstance(g.identifier, URIRef) and not str(g.identifier).startswith("urn:x-rdflib:"):
            store.extend(_quads(g))
        store.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in g)
    return store


def load_file_into_store(path: str | Path, store=None):
    """Bulk-load an RDF file into a pyoxigraph store (in memory by default).

    Quad formats keep their named graphs and also fill the default graph with their union;
    triple formats go into the default graph.

    Raises:
        GraphbuildError: The file is missing or not valid RDF of the format its extension names.
    """
    import pyoxigraph as ox

    from .rdf import format_for_path

    path = Path(path)
    if not path.is_file():
        raise GraphbuildError(f"{path}: no such file")
    fmt = format_for_path(path)
    ox_format = {"longturtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                 "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                 "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}[fmt]
    # an in-memory store loads with less peak memory through load() than through bulk_load()
    in_memory = store is None
    store = ox.Store() if store is None else store
    load = store.load if in_memory else store.bulk_load
    try:
        if fmt in ("nquads", "trig", "json-ld"):
            load(path=str(path), format=ox_format)
            store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                              for q in ox.parse(path=str(path), format=ox_format))
        else:
            load(path=str(path), format=ox_format, to_graph=ox.DefaultGraph())
    except (SyntaxError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
        raise GraphbuildError(f"{path}: malformed {fmt.replace('long', '')} RDF: {first}") from None
    return store


def noisy_or(values: Iterable[float]) -> float:
    """The probability that at least one of several independent pieces of evidence is right.

    Examples:
        >>> noisy_or([0.5, 0.5])
        0.75
        >>> noisy_or([])
        0.0
    """
    miss = 1.0
    for v in values:
        miss *= 1.0 - float(v)
    return round(1.0 - miss, 3)


_EVIDENCE_QUERY = f"""
SELECT ?g ?st ?ev ?conf ?date WHERE {{
  GRAPH ?g {{
    ?st <{GB.evidence}> ?ev .
    OPTIONAL {{ ?ev <{GB.confidence}> ?conf }}
    OPTIONAL {{ ?ev <{OA.hasSource}> ?d . ?d <http://purl.org/dc/terms/date> ?date }}
  }}
  FILTER (?g != <{SUMMARY_GRAPH}>)
}}"""


def _date_key(value: Literal) -> str:
    return str(value)


def _summary_graph(rows: Iterable[tuple]) -> Graph:
    from .rdf import decimal_literal

    evidence: dict[URIRef, dict[URIRef, float]] = {}
    docs: dict[URIRef, set] = {}
    dates: dict[URIRef, list[Literal]] = {}
    for g, st, ev, conf, date in rows:
        evidence.setdefault(st, {})[ev] = float(conf) if conf is not None else 0.0
        docs.setdefault(st, set()).add(g)
        if date is not None:
            dates.setdefault(st, []).append(date)
    out = Graph(identifier=SUMMARY_GRAPH)
    for st in sorted(evidence):
        confs = evidence[st]
        out.add((st, GB.evidenceCount, Literal(len(confs), datatype=XSD.integer)))
        out.add((st, GB.documentCount, Literal(len(docs[st]), datatype=XSD.integer)))
        out.add((st, GB.aggregateConfidence, decimal_literal(noisy_or(confs[e] for e in sorted(confs)))))
        if st in dates:
            ordered = sorted(dates[st], key=_date_key)
            out.add((st, GB.firstSeen, ordered[0]))
            out.add((st, GB.lastSeen, ordered[-1]))
    return out


def aggregate_statements(store_or_dataset) -> Graph:
    """Recompute the summary graph from the evidence of every document graph, and write it.

    For each statement node: ``gb:evidenceCount``, ``gb:documentCount``, ``gb:firstSeen`` and
    ``gb:lastSeen`` (document dates) and ``gb:aggregateConfidence`` (noisy-or of the evidence
    confidences). The summary graph :data:`SUMMARY_GRAPH` is replaced in place.

    Args:
        store_or_dataset: A pyoxigraph ``Store`` or an rdflib ``Dataset``.

    Returns:
        The new summary graph.
    """
    if isinstance(store_or_dataset, Dataset):
        ds = store_or_dataset
        rows = [(r.g, r.st, r.ev, r.conf, r.date) for r in ds.query(_EVIDENCE_QUERY)]
        summary = _summary_graph(rows)
        ds.remove_graph(SUMMARY_GRAPH)
        if len(summary):
            target = ds.graph(SUMMARY_GRAPH)
            for triple in summary:
                target.add(triple)
        return summary
    store = store_or_dataset
    rows = [tuple(from_oxigraph(sol[v]) for v in ("g", "st", "ev", "conf", "date"))
            for sol in store.query(_EVIDENCE_QUERY)]
    summary = _summary_graph(rows)
    replace_document(store, summary)
    return summary


def import_into_store(source: str | Path, store_dir: str | Path) -> int:
    """Copy every named graph of an RDF file into a store (each replaced atomically), then re-aggregate.

    Returns:
        How many graphs were written.
    """
    from .rdf import load_dataset

    ds = load_dataset(source)
    store = open_store(store_dir)
    written = 0
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if len(g) and isinstance(g.identifier, URIRef) and g.identifier != SUMMARY_GRAPH \
                and not str(g.identifier).startswith("urn:x-rdflib:"):
            replace_document(store, g)
            written += 1
    aggregate_statements(store)
    store.flush()
    return written
