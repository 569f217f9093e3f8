"""Extractions to RDF, and RDF files in and out.

Each document becomes its own named graph holding the document, the actors it mentions,
a plain edge ``actor gb:relation actor`` for every asserted (or hedged, or reported) statement,
and a statement node for every statement, asserted or not, in the Wikidata pattern.
Evidence uses W3C Web Annotation selectors (code points, end exclusive) and PROV-O.
IRIs are hashes of content, so the same input always gives the same graph. Offsets and counts
are ``xsd:integer`` (not ``xsd:nonNegativeInteger``) because Oxigraph stores every integer
subtype as ``xsd:integer``: a graph must read back from a store exactly as it was written.

Examples:
    >>> from graphbuild.statement import Actor, Document, Evidence, Extraction, Statement
    >>> doc = Document(id="d1", text="Russia met the Taliban.")
    >>> ru = Actor("russia", "Russia", "State", "Q159")
    >>> tb = Actor("taliban", "Taliban", "ArmedGroup")
    >>> ev = Evidence("d1", doc.text, 0, 23, "met", 7, 10)
    >>> ds = extractions_to_dataset([Extraction(doc, (), (Statement(ru, "meets", tb, ev),))])
    >>> (actor_iri(ru), GB.meets, actor_iri(tb)) in ds.graph(graph_iri("d1"))
    True
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from .errors import GraphbuildError
from .namespace import GB, ID, OA, WD
from .statement import Actor, Extraction, Statement

__all__ = [
    "actor_iri", "doc_iri", "graph_iri", "statement_iri", "evidence_iri", "date_literal",
    "decimal_literal",
    "extraction_to_graph", "extractions_to_dataset", "bind_prefixes",
    "FORMATS", "PREFIXES", "format_for_path", "write_dataset", "load_dataset",
    "write_bytes_atomic", "publish_file", "union_graph",
]

#: File extension -> rdflib format name. Quad formats keep one named graph per document.
FORMATS = {
    ".ttl": "longturtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}
QUAD_FORMATS = {"nquads", "trig", "json-ld"}
MODALITY_TERMS = {
    "asserted": GB.Asserted, "hedged": GB.Hedged, "reported": GB.Reported,
    "hypothetical": GB.Hypothetical, "negated": GB.Negated,
}


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or _hash(text)


def actor_iri(actor: Actor) -> URIRef:
    """The IRI of an actor, the same in every document.

    Examples:
        >>> str(actor_iri(Actor("russia", "Russia", "State")))
        'https://w3id.org/graphbuild/id/actor/russia'
    """
    return ID[f"actor/{_slug(actor.id)}"]


def doc_iri(doc_id: str) -> URIRef:
    """The IRI of a document, derived from its id (so a rebuilt document keeps it)."""
    return ID[f"doc/{quote(doc_id, safe='-_.~')}"]


def graph_iri(doc_id: str) -> URIRef:
    """The named graph that holds everything extracted from one document."""
    return ID[f"graph/{quote(doc_id, safe='-_.~')}"]


def statement_iri(statement: Statement) -> URIRef:
    """The statement node: one per (subject, relation, object, modality), across documents."""
    return ID[f"statement/{_hash(*statement.key)}"]


def evidence_iri(statement: Statement) -> URIRef:
    """The evidence node of one statement in one sentence of one document."""
    e = statement.evidence
    return ID[f"evidence/{_hash(e.doc_id, e.start, e.end, e.trigger_start, *statement.key)}"]


def date_literal(value: str) -> Literal:
    """An ISO date, year-month or year as a typed literal; anything else as a plain string.

    Examples:
        >>> date_literal("2024-03-22").datatype == XSD.date
        True
        >>> date_literal("2024").datatype == XSD.gYear
        True
    """
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def decimal_literal(value: float) -> Literal:
    """A confidence as an ``xsd:decimal`` in canonical form (3 places at most), as Oxigraph stores it.

    Examples:
        >>> str(decimal_literal(0.8)), str(decimal_literal(1.0)), str(decimal_literal(0.1234))
        ('0.8', '1', '0.123')
    """
    from decimal import Decimal

    return Literal(format(Decimal(f"{value:.3f}").normalize(), "f"), datatype=XSD.decimal)


def _add_actor(g: Graph, actor: Actor, actors: dict[str, Actor]) -> URIRef:
    iri = actor_iri(actor)
    g.add((iri, RDF.type, GB[actor.type]))
    g.add((iri, RDFS.label, Literal(actor.label)))
    if actor.wikidata:
        g.add((iri, GB.wikidata, WD[actor.wikidata]))
    if actor.acts_for:
        target = actors.get(actor.acts_for)
        target_iri = actor_iri(target) if target else ID[f"actor/{_slug(actor.acts_for)}"]
        g.add((iri, GB.actsFor, target_iri))
        if actor.role:
            g.add((iri, GB.role, Literal(actor.role)))
    return iri


def _confidence(values: Iterable[float]) -> float:
    """Noisy-or of independent pieces of evidence."""
    miss = 1.0
    for v in values:
        miss *= 1.0 - v
    return round(1.0 - miss, 3)


def extraction_to_graph(extraction: Extraction) -> Graph:
    """All triples for one document, in a graph named by :func:`graph_iri`.

    Args:
        extraction: The document and what was extracted from it.

    Returns:
        A new ``rdflib.Graph`` whose identifier is the document's named graph.
    """
    doc = extraction.document
    g = Graph(identifier=graph_iri(doc.id))
    d = doc_iri(doc.id)
    g.add((d, RDF.type, GB.Document))
    g.add((d, DCTERMS.identifier, Literal(doc.id)))
    g.add((d, GB.sha256, Literal(doc.sha256)))
    if doc.title:
        g.add((d, DCTERMS.title, Literal(doc.title)))
    if doc.date:
        g.add((d, DCTERMS.date, date_literal(doc.date)))
    if doc.url:
        g.add((d, DCTERMS.source, Literal(doc.url, datatype=XSD.anyURI)))
    if doc.source:
        g.add((d, DCTERMS.publisher, Literal(doc.source)))

    actors = {a.id: a for a in extraction.actors}
    for actor in actors.values():
        _add_actor(g, actor, actors)
    for m in extraction.mentions:
        iri = actor_iri(m.actor)
        g.add((d, GB.mentions, iri))
        if m.text.strip() and m.text != m.actor.label:
            g.add((iri, SKOS.altLabel, Literal(m.text)))

    grouped: dict[URIRef, list[Statement]] = {}
    for s in extraction.statements:
        grouped.setdefault(statement_iri(s), []).append(s)
    for s_iri, group in grouped.items():
        first = group[0]
        subj, obj, rel = actor_iri(first.subject), actor_iri(first.object), GB[first.relation]
        if first.is_plain_edge:
            g.add((subj, rel, obj))
        g.add((s_iri, RDF.type, GB.Statement))
        g.add((s_iri, RDF.subject, subj))
        g.add((s_iri, RDF.predicate, rel))
        g.add((s_iri, RDF.object, obj))
        g.add((s_iri, GB.modality, MODALITY_TERMS[first.modality]))
        g.add((s_iri, GB.confidence,
               decimal_literal(_confidence(s.confidence for s in group))))
        if doc.date:
            g.add((s_iri, DCTERMS.date, date_literal(doc.date)))
        for s in group:
            e_iri = evidence_iri(s)
            ev = s.evidence
            if s.agent is not None:
                g.add((s_iri, GB.agent, actor_iri(s.agent)))
            if s.according_to is not None:
                g.add((s_iri, GB.accordingTo, actor_iri(s.according_to)))
            if s.event_date:
                g.add((s_iri, GB.eventDate, date_literal(s.event_date)))
            g.add((s_iri, GB.evidence, e_iri))
            g.add((e_iri, RDF.type, GB.Evidence))
            g.add((e_iri, OA.hasSource, d))
            g.add((e_iri, PROV.wasQuotedFrom, d))
            g.add((e_iri, GB.sentence, Literal(ev.sentence)))
            g.add((e_iri, GB.trigger, Literal(ev.trigger)))
            g.add((e_iri, GB.triggerStart, Literal(ev.trigger_start, datatype=XSD.integer)))
            g.add((e_iri, GB.triggerEnd, Literal(ev.trigger_end, datatype=XSD.integer)))
            g.add((e_iri, GB.confidence, decimal_literal(s.confidence)))
            pos, quote_sel = URIRef(f"{e_iri}/position"), URIRef(f"{e_iri}/quote")
            g.add((e_iri, OA.hasSelector, pos))
            g.add((pos, RDF.type, OA.TextPositionSelector))
            g.add((pos, OA.start, Literal(ev.start, datatype=XSD.integer)))
            g.add((pos, OA.end, Literal(ev.end, datatype=XSD.integer)))
            g.add((e_iri, OA.hasSelector, quote_sel))
            g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
            g.add((quote_sel, OA.exact, Literal(ev.sentence)))
    return g


def bind_prefixes(g: Graph) -> Graph:
    """Bind the prefixes graphbuild output uses (returns the same graph for chaining)."""
    for prefix, ns in (("gb", GB._NS), ("id", ID), ("oa", OA._NS), ("wd", WD), ("prov", PROV),
                       ("skos", SKOS), ("dcterms", DCTERMS), ("owl", OWL)):
        g.bind(prefix, ns, override=True)
    return g


def extractions_to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """A dataset with one named graph per document.

    Args:
        extractions: Extractions of any number of documents; a document seen twice replaces
            its earlier graph.

    Returns:
        A new ``rdflib.Dataset`` (querying its default graph queries the union), with the
        summary graph of :func:`graphbuild.store.aggregate_statements`.
    """
    from .store import aggregate_statements

    ds = bind_prefixes(Dataset(default_union=True))
    for extraction in extractions:
        g = extraction_to_graph(extraction)
        ds.remove_graph(g.identifier)
        target = ds.graph(g.identifier)
        for triple in g:
            target.add(triple)
    aggregate_statements(ds)
    return ds


def format_for_path(path: str | Path) -> str:
    """The rdflib format for a file name, from its extension."""
    ext = Path(path).suffix.lower()
    if ext not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise GraphbuildError(f"{path}: unknown RDF file extension {ext or '(none)'!r}; use one of {known}")
    return FORMATS[ext]


def union_graph(graph: Graph) -> Graph:
    """All triples of every named graph (and the default graph) of a dataset in one new graph.

    A plain graph is returned as it is.

    Examples:
        >>> ds = Dataset()
        >>> _ = ds.graph(URIRef("urn:g1")).add((URIRef("urn:a"), RDFS.label, Literal("A")))
        >>> _ = ds.graph(URIRef("urn:g2")).add((URIRef("urn:a"), RDFS.label, Literal("A")))
        >>> len(union_graph(ds))
        1
    """
    if not isinstance(graph, Dataset):
        return graph
    g = bind_prefixes(Graph())
    for ctx in graph.contexts():
        for triple in ctx:
            g.add(triple)
    return g


#: Above this many triples, ``write_dataset`` serializes with pyoxigraph instead of rdflib.
LARGE_OUTPUT = 100_000
PREFIXES = {
    "gb": str(GB._NS), "id": str(ID), "oa": str(OA._NS), "wd": str(WD), "prov": str(PROV),
    "skos": str(SKOS), "dcterms": str(DCTERMS), "owl": str(OWL), "rdf": str(RDF),
    "rdfs": str(RDFS), "xsd": str(XSD),
}


def write_dataset(ds, path: str | Path, format: str | None = None) -> Path:
    """Write a graph, dataset or pyoxigraph store atomically (temp file, then rename).

    Quad formats (``.trig``, ``.nq``, ``.jsonld``) keep the named graphs; triple formats
    (``.ttl``, ``.nt``, ``.rdf``) write their union. Output is deterministic: Turtle of rdflib
    graphs up to :data:`LARGE_OUTPUT` triples is rdflib's ``longturtle`` with ``canon=True``;
    everything else (other formats, stores, larger graphs) is written by pyoxigraph with triples
    sorted and graphs in IRI order, which is many times faster.

    Args:
        ds: An ``rdflib.Graph``/``Dataset`` or a ``pyoxigraph.Store``.
        path: The file to write.
        format: An rdflib format name; default from the extension (see :data:`FORMATS`).
    """
    path = Path(path)
    fmt = format or format_for_path(path)
    fast = fmt in ("longturtle", "nt", "nquads", "trig", "json-ld", "xml")
    if not isinstance(ds, Graph) or (fast and (fmt != "longturtle" or len(ds) > LARGE_OUTPUT)):
        from .serialize import write_store
        from .store import dataset_to_store

        store = ds if not isinstance(ds, Graph) else dataset_to_store(ds)
        write_store(store, path, fmt, PREFIXES)
        return path
    if isinstance(ds, Dataset) and fmt not in QUAD_FORMATS:
        out: Graph = union_graph(ds)
    else:
        out = ds
    kwargs = {"canon": True} if fmt == "longturtle" else {}
    data = out.serialize(format=fmt, encoding="utf-8", **kwargs)
    write_bytes_atomic(path, data)
    return path


def publish_file(tmp: str | Path, path: str | Path) -> None:
    """Rename a finished temporary file into place, with the permissions of a new file.

    ``tempfile.mkstemp`` creates files readable by their owner only; the published file gets
    the usual ``0666 & ~umask`` instead.
    """
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, path)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write bytes to ``path`` through a temporary file in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        publish_file(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_dataset(path: str | Path) -> Dataset:
    """Read an RDF file of any supported format, or a store folder, into a dataset.

    Triple formats go into one named graph named by the file's URI; querying the dataset's
    default graph queries the union of all its graphs.

    Raises:
        GraphbuildError: The file is missing, empty or not valid RDF of its format, or the
            folder is not a store.
    """
    path = Path(path)
    if path.is_dir():
        from .store import open_store, store_to_dataset

        return store_to_dataset(open_store(path, create=False, read_only=True))
    if not path.is_file():
        raise GraphbuildError(f"{path}: no such file or store folder")
    fmt = format_for_path(path)
    if fmt == "longturtle":
        fmt = "turtle"
    ds = bind_prefixes(Dataset(default_union=True))
    try:
        if fmt in QUAD_FORMATS:
            ds.parse(path, format=fmt)
        else:
            ds.graph(URIRef(path.resolve().as_uri())).parse(path, format=fmt)
    except UnicodeDecodeError:
        raise GraphbuildError(f"{path}: not UTF-8 text; is it really {fmt} RDF?") from None
    except Exception as exc:  # rdflib raises many parser-specific types
        lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
        first = " ".join(lines[:2]) if lines else type(exc).__name__
        raise GraphbuildError(f"{path}: malformed {fmt} RDF: {first[:300]}") from None
    return ds
