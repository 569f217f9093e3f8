"""Fast, deterministic RDF output with pyoxigraph: any store or file to any supported format.

Triples are written sorted (graphs in IRI order), so the same graph always gives the same
bytes, and many times faster than ``rdflib.Graph.serialize`` (see ``benchmarks/bench_rdf.py``).
:func:`graphbuild.rdf.write_dataset` uses this for stores, quad formats and large graphs.

Examples:
    >>> import pyoxigraph as ox, tempfile, pathlib
    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("urn:b"), ox.NamedNode("urn:p"), ox.Literal("2")))
    >>> store.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("1")))
    >>> out = write_store(store, pathlib.Path(tempfile.mkdtemp()) / "g.nt", "nt")
    >>> out.read_text().splitlines()[0]
    '<urn:a> <urn:p> "1" .'
"""

from __future__ import annotations

from pathlib import Path

from .errors import GraphbuildError
from .store import load_file_into_store, open_store

__all__ = ["write_store", "convert_rdf"]


def _sorted_lines(store, graph) -> list[bytes]:
    import pyoxigraph as ox

    lines = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).splitlines()
    lines.sort()
    return lines


def _reifier_lines(store, graph) -> list[bytes]:
    """RDF 1.2: ``statement rdf:reifies <<( subject relation object )>>`` for each statement node."""
    import pyoxigraph as ox

    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    query = (f"SELECT ?st ?s ?p ?o WHERE {{ ?st <{rdf}subject> ?s ; <{rdf}predicate> ?p ; <{rdf}object> ?o . "
             "FILTER (isIRI(?st) && isIRI(?s) && isIRI(?p) && isIRI(?o)) }")
    kwargs = {"default_graph": graph}
    return sorted(f"{sol['st']} <{rdf}reifies> <<( {sol['s']} {sol['p']} {sol['o']} )>> .".encode("utf-8")
                  for sol in store.query(query, **kwargs) if isinstance(sol["st"], ox.NamedNode))


def write_store(store, path: str | Path, fmt: str, prefixes: dict[str, str] | None = None,
                rdf12: bool = False) -> Path:
    """Write a store with pyoxigraph, deterministically (triples sorted, graphs in IRI order).

    Triple formats (``longturtle``/``turtle``, ``nt``, ``xml``) get the union of all graphs
    without duplicates; quad formats (``nquads``, ``trig``, ``json-ld``) keep the graphs.

    Args:
        store: A ``pyoxigraph.Store``.
        path: The file to write (atomically).
        fmt: An rdflib format name (see ``graphbuild.rdf.FORMATS``).
        prefixes: Prefix -> namespace for Turtle and TriG.
        rdf12: Also write each statement node as an RDF 1.2 reifier of its triple
            (``id:statement/… rdf:reifies <<( subject relation object )>>``); readable by
            pyoxigraph and other RDF 1.2 tools, not by rdflib 7. Turtle, TriG, N-Triples, N-Quads.
    """
    import pyoxigraph as ox

    from .rdf import write_bytes_atomic

    targets = {"longturtle": ox.RdfFormat.TURTLE, "turtle": ox.RdfFormat.TURTLE,
               "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
               "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
               "json-ld": ox.RdfFormat.JSON_LD}
    if fmt not in targets:
        raise GraphbuildError(f"{path}: cannot write format {fmt!r} from a store")
    if rdf12 and fmt in ("json-ld", "xml"):
        raise GraphbuildError(f"{path}: RDF 1.2 triple terms need .ttl, .trig, .nt or .nq output")
    extra = _reifier_lines if rdf12 else (lambda _store, _graph: [])
    named = sorted(store.named_graphs(), key=lambda g: g.value)
    if fmt in ("nquads", "trig", "json-ld"):
        lines: list[bytes] = []
        if not named:  # with named graphs, the default graph is only their union
            lines = sorted(_sorted_lines(store, ox.DefaultGraph()) + extra(store, ox.DefaultGraph()))
        for g in named:
            suffix = f" <{g.value}> .".encode("utf-8")
            lines.extend(line[:-2] + suffix for line in sorted(_sorted_lines(store, g) + extra(store, g)))
        nt_format = ox.RdfFormat.N_QUADS
    else:
        merged: list[bytes] = _sorted_lines(store, ox.DefaultGraph())
        # a graphbuild store's default graph already is the union; merge only when it is empty
        for g in [ox.DefaultGraph()] if merged else [ox.DefaultGraph(), *named]:
            merged.extend(extra(store, g))
        for g in [] if merged else named:
            merged.extend(_sorted_lines(store, g))
            merged.extend(extra(store, g))
        merged.sort()
        lines = [line for i, line in enumerate(merged) if i == 0 or line != merged[i - 1]]
        nt_format = ox.RdfFormat.N_TRIPLES
    data = b"\n".join(lines) + b"\n" if lines else b""
    del lines
    if targets[fmt] not in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        keep = prefixes if targets[fmt] in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        data = ox.serialize(ox.parse(data, format=nt_format), format=targets[fmt], prefixes=keep)
    write_bytes_atomic(Path(path), data)
    return Path(path)


def _open_source(source: str | Path):
    path = Path(source)
    if path.is_dir():
        return open_store(path, create=False, read_only=True)
    return load_file_into_store(path)


def convert_rdf(source: str | Path, output: str | Path, fmt: str | None = None, rdf12: bool = False) -> Path:
    """Write an RDF file or a store folder to ``output`` in any supported format, with pyoxigraph.

    Args:
        source: An RDF file (``.ttl .nt .nq .trig .jsonld .rdf``) or a store folder.
        output: The file to write; its extension picks the format unless ``fmt`` is given.
        fmt: An rdflib format name (``longturtle``, ``nt``, ``nquads``, ``trig``, ``json-ld``, ``xml``).
        rdf12: Add RDF 1.2 reifiers for statement nodes (see :func:`write_store`).

    Raises:
        GraphbuildError: Missing or malformed source, not a store, or an unknown extension.
    """
    from .rdf import PREFIXES, format_for_path

    fmt = fmt or format_for_path(output)
    return write_store(_open_source(source), output, fmt, PREFIXES, rdf12=rdf12)
