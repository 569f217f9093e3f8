"""The actor network as networkx, read from the RDF graph, and the measures researchers ask for.

:func:`actor_network` reads statement nodes (and bare plain edges) from any graphbuild RDF graph
into a ``networkx.MultiDiGraph``: one node per actor, one edge per (subject, relation, object)
and modality, keyed by relation, weighted by how many pieces of evidence support it. The
measures take that graph and return plain lists and dicts, ready for ``pandas.DataFrame``; they
live in :mod:`graphbuild.centrality`, :mod:`graphbuild.ties` and :mod:`graphbuild.report` and are
importable from here as well.

Examples:
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="Russia", type="State", aliases=["Moscow"])
    >>> G.add_node("b", label="Taliban", type="ArmedGroup", aliases=[])
    >>> _ = G.add_edge("a", "b", key="delists", relation="delists", weight=2)
    >>> relation_counts(G)
    {'delists': {'edges': 1, 'evidence': 2}}
    >>> resolve_actor(G, "moscow")
    'a'
"""

from __future__ import annotations

import contextlib
import gc
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from .centrality import actor_centrality, actor_communities
from .errors import GraphbuildError
from .namespace import ACTOR_TYPES, MODALITIES, PLAIN_EDGE_MODALITIES, RELATIONS
from .report import format_report, network_report
from .ties import (
    actor_relations,
    ego_network,
    paths_between,
    relation_counts,
    relations_over_time,
    resolve_actor,
    strongest_ties,
)

__all__ = [
    "actor_network", "actor_centrality", "actor_communities", "strongest_ties", "relation_counts",
    "resolve_actor", "paths_between", "ego_network", "actor_relations", "relations_over_time",
    "network_report", "format_report", "date_bounds",
]


def _as_graph(graph):
    """A path (RDF file or store folder) -> a pyoxigraph store; graphs and stores pass through."""
    if isinstance(graph, (str, Path)):
        from .store import load_file_into_store, open_store

        path = Path(graph)
        return open_store(path, create=False, read_only=True) if path.is_dir() else load_file_into_store(path)
    return graph


@contextlib.contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while building many small objects (no cycles are
    made); with a large RDF graph in memory its full passes otherwise take a third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rows(graph, predicate, obj=None):
    """(subject, object) pairs of ``predicate`` over every graph: rdflib or pyoxigraph."""
    from rdflib import ConjunctiveGraph

    if hasattr(graph, "quads_for_pattern"):  # pyoxigraph Store: lexical values as plain strings
        import pyoxigraph as ox

        o = ox.NamedNode(str(obj)) if obj is not None else None
        return ((q.subject.value, q.object.value)
                for q in graph.quads_for_pattern(None, ox.NamedNode(str(predicate)), o, None))
    if isinstance(graph, ConjunctiveGraph) and not getattr(graph, "default_union", False):
        return ((s, o) for s, _p, o, _c in graph.quads((None, predicate, obj, None)))
    return ((s, o) for s, _p, o in graph.triples((None, predicate, obj)))


def _index(graph, predicate) -> dict:
    """subject -> list of distinct objects of ``predicate``, over every named graph."""
    out: dict = defaultdict(list)
    for s, o in _rows(graph, predicate):
        values = out[s]
        if o not in values:
            values.append(o)
    return out


def _subjects_of_type(graph, cls) -> set:
    from rdflib import RDF

    return {s for s, _o in _rows(graph, RDF.type, cls)}


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def date_bounds(value: str | None) -> tuple[str, str] | None:
    """The first and last day a date covers: ISO date or datetime, year-month, year, or a range
    of years as the corpora give them; ``None`` when there is no date to read.

    Examples:
        >>> date_bounds("2024-03")
        ('2024-03-01', '2024-03-31')
        >>> date_bounds("2004-2005"), date_bounds("2024-03-22T10:00:00Z")
        (('2004-01-01', '2005-12-31'), ('2024-03-22', '2024-03-22'))
        >>> date_bounds("last spring"), date_bounds(None)
        (None, None)
    """
    import re

    text = str(value or "").strip()
    years = re.fullmatch(r"(\d{4})\s*[-/–]\s*(\d{4})", text)
    if years:
        return f"{years[1]}-01-01", f"{years[2]}-12-31"
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?!\d)", text)
    if not m:
        return None
    year, month, day = m.groups()
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    bounds = date_bounds(date)
    if bounds is None:
        return False
    first, last = bounds
    return (not since or last >= str(since)) and (not until or first <= str(until))


def _noisy_or(values: Iterable[float]) -> float:
    miss = 1.0
    for v in values:
        miss *= 1.0 - v
    return round(1.0 - miss, 3)


def _read_actors(g) -> dict:
    from rdflib import RDFS
    from rdflib.namespace import SKOS

    from .namespace import GB

    labels, aliases = _index(g, RDFS.label), _index(g, SKOS.altLabel)
    wikidata, acts_for = _index(g, GB.wikidata), _index(g, GB.actsFor)
    kinds: dict = {}
    for kind in ("Actor", *reversed(ACTOR_TYPES)):  # the first listed type wins
        for iri in _subjects_of_type(g, GB[kind]):
            if kind != "Actor" or iri not in kinds:
                kinds[iri] = kind
    actors = {}
    for iri, kind in kinds.items():
        label = str(labels[iri][0]) if labels.get(iri) else _local(iri)
        actors[str(iri)] = {
            "label": label,
            "type": kind,
            "wikidata": _local(wikidata[iri][0]) if wikidata.get(iri) else "",
            "aliases": sorted({str(a) for a in aliases.get(iri, ())} - {label}),
            "acts_for": str(acts_for[iri][0]) if acts_for.get(iri) else "",
        }
    return actors


def _read_evidence(g, e_iris, cache) -> list[dict]:
    """Evidence records, each with the trigger offsets relative to its sentence."""
    out = []
    for e in e_iris:
        sentence = str(cache["sentence"].get(e, [""])[0])
        trigger = str(cache["trigger"].get(e, [""])[0])
        start = next((int(cache["start"][sel][0]) for sel in cache["selector"].get(e, ())
                      if cache["start"].get(sel)), None)
        t_start = cache["tstart"].get(e)
        rel = int(t_start[0]) - start if t_start and start is not None else -1
        if not (0 <= rel and sentence[rel:rel + len(trigger)] == trigger):
            rel = sentence.find(trigger) if trigger else -1
        doc = cache["source"].get(e, [None])[0]
        conf = cache["conf"].get(e)
        out.append({
            "sentence": sentence,
            "trigger": trigger,
            "trigger_start": rel,
            "trigger_end": rel + len(trigger) if rel >= 0 else -1,
            "confidence": float(conf[0]) if conf else None,
            "doc": str(doc) if doc is not None else "",
            "doc_id": str(cache["doc_id"].get(doc, [""])[0]) if doc is not None else "",
            "title": str(cache["title"].get(doc, [""])[0]) if doc is not None else "",
            "date": str(cache["date"].get(doc, [""])[0]) if doc is not None else "",
            "url": str(cache["url"].get(doc, [""])[0]) if doc is not None else "",
        })
    out.sort(key=lambda r: (r["date"], r["title"], r["sentence"]))
    return out


@_gc_paused()
def actor_network(graph, relations=None, modalities=None, min_confidence=None, since=None,
                  until=None, actor_types=None, isolates: bool = False):
    """The actor network of an RDF graph as a ``networkx.MultiDiGraph``.

    Args:
        graph: An ``rdflib`` Graph or Dataset, a ``pyoxigraph.Store``, or a path to an RDF file or
            store folder (read with pyoxigraph, which is many times faster than rdflib).
        relations: Relation names to keep (default: all).
        modalities: Modalities to keep (default: those that make plain edges: asserted, hedged,
            reported). Edges of other modalities are keyed ``relation:modality``.
        min_confidence: Drop statements whose confidence is lower.
        since, until: ISO dates; keep only evidence from documents dated within the range.
        actor_types: Actor type names to keep (``State``, ``ArmedGroup``...).
        isolates: Keep actors that have no edge after filtering.

    Returns:
        Nodes are actor IRIs with ``label``, ``type``, ``wikidata``, ``aliases``; edges carry
        ``relation``, ``modality``, ``confidence``, ``evidence_count`` (= ``weight``),
        ``first_seen``, ``last_seen``, ``dates``, ``sentences``, ``documents`` and ``evidence``
        (a list of dicts with the sentence, trigger offsets in it, and the document).
    """
    import networkx as nx
    from rdflib import RDF
    from rdflib.namespace import DCTERMS

    from .namespace import GB, OA

    g = _as_graph(graph)
    for name, values, known in (("relation", relations, RELATIONS), ("modality", modalities, MODALITIES),
                                ("actor type", actor_types, ACTOR_TYPES)):
        unknown = sorted(set(values or ()) - set(known))
        if unknown:
            raise GraphbuildError(f"unknown {name} {', '.join(map(repr, unknown))}; use one of {', '.join(known)}")
    relations = set(relations or RELATIONS)
    modalities = set(modalities or PLAIN_EDGE_MODALITIES)
    actors = _read_actors(g)
    cache = {
        "sentence": _index(g, GB.sentence), "trigger": _index(g, GB.trigger),
        "tstart": _index(g, GB.triggerStart), "selector": _index(g, OA.hasSelector),
        "start": _index(g, OA.start), "source": _index(g, OA.hasSource), "conf": _index(g, GB.confidence),
        "title": _index(g, DCTERMS.title), "date": _index(g, DCTERMS.date),
        "url": _index(g, DCTERMS.source), "doc_id": _index(g, DCTERMS.identifier),
    }
    subjects, predicates, objects = _index(g, RDF.subject), _index(g, RDF.predicate), _index(g, RDF.object)
    modality_of, evidence_of = _index(g, GB.modality), _index(g, GB.evidence)
    stmt_dates = cache["date"]

    edges: dict = {}
    covered = set()
    for s_iri in subjects:
        if not (predicates.get(s_iri) and objects.get(s_iri)):
            continue
        subj, rel, obj = str(subjects[s_iri][0]), _local(predicates[s_iri][0]), str(objects[s_iri][0])
        modality = _local(modality_of[s_iri][0]).lower() if modality_of.get(s_iri) else "asserted"
        if rel not in RELATIONS or subj not in actors or obj not in actors:
            continue
        if modality in PLAIN_EDGE_MODALITIES and subj != obj:
            covered.add((subj, rel, obj))
        if rel not in relations or modality not in modalities:
            continue
        evidence = _read_evidence(g, evidence_of.get(s_iri, ()), cache)
        fallback = str(stmt_dates[s_iri][0]) if stmt_dates.get(s_iri) else ""
        for ev in evidence:
            ev["date"] = ev["date"] or fallback
            ev["modality"] = modality
        evidence = [ev for ev in evidence if _in_range(ev["date"], since, until)]
        if not evidence and (since or until):
            continue
        confs = [ev["confidence"] for ev in evidence if ev["confidence"] is not None]
        stmt_conf = max((float(c) for c in cache["conf"].get(s_iri, ())), default=None)
        key = rel if modality in PLAIN_EDGE_MODALITIES else f"{rel}:{modality}"
        edges.setdefault((subj, obj, key), []).append((modality, confs, stmt_conf, evidence))

    # plain edges with no statement node (hand-written RDF) still count, with no evidence
    for rel in relations & set(RELATIONS):
        if not modalities & PLAIN_EDGE_MODALITIES or since or until:
            break
        for subj, obj in _index(g, GB[rel]).items():
            for o in obj:
                if str(subj) in actors and str(o) in actors and (str(subj), rel, str(o)) not in covered:
                    edges.setdefault((str(subj), str(o), rel), []).append(("asserted", [], None, []))

    G = nx.MultiDiGraph()
    for (subj, obj, key), parts in sorted(edges.items()):
        evidence = [ev for part in parts for ev in part[3]]
        confs = [c for part in parts for c in part[1]]
        stmt_confs = [part[2] for part in parts if part[2] is not None]
        confidence = _noisy_or(confs) if confs else (max(stmt_confs) if stmt_confs else 1.0)
        if min_confidence is not None and confidence < float(min_confidence):
            continue
        if actor_types and not {actors[subj]["type"], actors[obj]["type"]} <= set(actor_types):
            continue
        mods = [m for m in MODALITIES if any(part[0] == m for part in parts)]
        dates = sorted({ev["date"] for ev in evidence if ev["date"]})
        for node in (subj, obj):
            G.add_node(node, **actors[node])
        G.add_edge(subj, obj, key=key, relation=key.split(":")[0], modality=mods[0], modalities=mods,
                   confidence=confidence, evidence_count=len(evidence), weight=max(len(evidence), 1),
                   first_seen=dates[0] if dates else "", last_seen=dates[-1] if dates else "",
                   dates=dates, sentences=list(dict.fromkeys(ev["sentence"] for ev in evidence)),
                   documents=list(dict.fromkeys(ev["title"] or ev["doc_id"] for ev in evidence)),
                   evidence=evidence)
    if isolates:
        for iri, attrs in actors.items():
            if not actor_types or attrs["type"] in actor_types:
                G.add_node(iri, **attrs)
    return G
