"""Ties between actors: the strongest pairs, relation counts, paths, an actor's own relations
and their counts over time.

Each function takes a network from :func:`graphbuild.analysis.actor_network`.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict

from .centrality import simple_graph
from .errors import GraphbuildError

__all__ = [
    "strongest_ties", "relation_counts", "resolve_actor", "paths_between", "ego_network",
    "actor_relations", "relations_over_time",
]


def strongest_ties(G, top: int = 10) -> list[dict]:
    """Pairs of actors with the most evidence between them (either direction, any relation).

    Examples:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph()
        >>> _ = G.add_edge("a", "b", relation="meets", weight=3)
        >>> _ = G.add_edge("b", "a", relation="praises", weight=1)
        >>> strongest_ties(G)[0]["weight"], strongest_ties(G)[0]["relations"]
        (4, {'meets': 3, 'praises': 1})
    """
    ties: dict = {}
    for u, v, d in G.edges(data=True):
        a, b = sorted((u, v))
        tie = ties.setdefault((a, b), {"weight": 0, "relations": Counter()})
        tie["weight"] += d.get("weight", 1)
        tie["relations"][d.get("relation", "")] += d.get("weight", 1)
    rows = [{"a": a, "b": b, "a_label": G.nodes[a].get("label", str(a)),
             "b_label": G.nodes[b].get("label", str(b)), "weight": t["weight"],
             "relations": dict(sorted(t["relations"].items()))} for (a, b), t in ties.items()]
    rows.sort(key=lambda r: (-r["weight"], r["a_label"], r["b_label"]))
    return rows[:top]


def relation_counts(G) -> dict[str, dict[str, int]]:
    """Edges and pieces of evidence per relation, most frequent first."""
    counts: dict = {}
    for _u, _v, d in G.edges(data=True):
        c = counts.setdefault(d.get("relation", ""), {"edges": 0, "evidence": 0})
        c["edges"] += 1
        c["evidence"] += d.get("weight", 1)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1]["evidence"], kv[0])))


def resolve_actor(G, name: str):
    """The node whose IRI, label, alias or Wikidata id is ``name`` (case-insensitive).

    Raises:
        GraphbuildError: No actor has that name (the message suggests close names).
    """
    wanted = str(name).strip().casefold()
    names: dict = {}
    for n, d in G.nodes(data=True):
        for alias in (str(n), d.get("label", ""), d.get("wikidata", ""), *d.get("aliases", ())):
            if alias:
                names.setdefault(alias.casefold(), n)
    if wanted in names:
        return names[wanted]
    close = difflib.get_close_matches(wanted, [k for k in names if not k.startswith("http")], n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else "; check the label with `graphbuild analyze`"
    raise GraphbuildError(f"no actor named {name!r} in the graph{hint}")


def _best_edge(G, u, v) -> dict:
    options = [(d, u, v) for d in G.get_edge_data(u, v, default={}).values()]
    options += [(d, v, u) for d in G.get_edge_data(v, u, default={}).values()]
    d, src, dst = max(options, key=lambda o: (o[0].get("weight", 1), o[0].get("confidence", 0)))
    ev = (d.get("evidence") or [{}])[0]
    return {"source": src, "target": dst, "source_label": G.nodes[src].get("label", str(src)),
            "target_label": G.nodes[dst].get("label", str(dst)), "relation": d.get("relation", ""),
            "modality": d.get("modality", ""), "sentence": ev.get("sentence", ""),
            "title": ev.get("title", ""), "date": ev.get("date", ""), "url": ev.get("url", "")}


def paths_between(G, a: str, b: str, limit: int = 5) -> list[list[dict]]:
    """Shortest paths between two actors (either edge direction), each step with its evidence.

    Args:
        G: An actor network from :func:`graphbuild.analysis.actor_network`.
        a, b: Actor names: label, alias, Wikidata id or IRI, case-insensitive.
        limit: At most this many paths.

    Returns:
        A list of paths; each path is a list of steps (dicts with ``source_label``, ``relation``,
        ``target_label`` and the ``sentence``, ``title`` and ``date`` of the strongest evidence).
        Empty when the actors are not connected.

    Examples:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph()
        >>> G.add_nodes_from([("r", {"label": "Russia"}), ("t", {"label": "Taliban"}), ("u", {"label": "USA"})])
        >>> _ = G.add_edge("r", "t", relation="delists", evidence=[{"sentence": "Russia delisted the Taliban."}])
        >>> _ = G.add_edge("u", "t", relation="blames", evidence=[{"sentence": "The US blamed the Taliban."}])
        >>> [(s["source_label"], s["relation"], s["target_label"]) for s in paths_between(G, "russia", "usa")[0]]
        [('Russia', 'delists', 'Taliban'), ('USA', 'blames', 'Taliban')]
    """
    import itertools

    import networkx as nx

    source, target = resolve_actor(G, a), resolve_actor(G, b)
    if source == target:
        return []
    U = simple_graph(G)
    try:
        paths = list(itertools.islice(nx.all_shortest_paths(U, source, target), limit))
    except nx.NetworkXNoPath:
        return []
    return [[_best_edge(G, u, v) for u, v in itertools.pairwise(path)] for path in paths]


def ego_network(G, actor: str, radius: int = 1):
    """The sub-network of an actor and its neighbours within ``radius`` steps (a new graph)."""
    import networkx as nx

    center = resolve_actor(G, actor)
    keep = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), center, cutoff=radius)
    return G.subgraph(keep).copy()


def actor_relations(G, actor: str) -> list[dict]:
    """Every edge of an actor: direction, relation, the other actor, evidence and dates.

    Examples:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph()
        >>> _ = G.add_edge("r", "t", relation="delists", weight=2)
        >>> [(r["direction"], r["relation"], r["other"]) for r in actor_relations(G, "t")]
        [('in', 'delists', 'r')]
    """
    center = resolve_actor(G, actor)
    rows = []
    for direction, edges in (("out", G.out_edges(center, data=True)), ("in", G.in_edges(center, data=True))):
        for u, v, d in edges:
            other = v if direction == "out" else u
            rows.append({"direction": direction, "relation": d.get("relation", ""),
                         "modality": d.get("modality", ""), "other": other,
                         "other_label": G.nodes[other].get("label", str(other)),
                         "evidence": d.get("weight", 1), "first_seen": d.get("first_seen", ""),
                         "last_seen": d.get("last_seen", "")})
    rows.sort(key=lambda r: (-r["evidence"], r["relation"], r["other_label"], r["direction"]))
    return rows


def relations_over_time(G, actor: str | None = None, period: str = "month") -> dict[str, dict[str, int]]:
    """Pieces of evidence per period (``year``, ``month`` or ``day``) and relation.

    Evidence without a date is counted under ``"undated"``.

    Examples:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph()
        >>> _ = G.add_edge("r", "t", relation="meets", evidence=[{"date": "2024-03-02"}, {"date": "2024-05-01"}])
        >>> relations_over_time(G, period="year")
        {'2024': {'meets': 2}}
    """
    from .analysis import date_bounds  # not at the top: analysis imports this module

    width = {"year": 4, "month": 7, "day": 10}.get(period)
    if width is None:
        raise GraphbuildError(f"unknown period {period!r}; use year, month or day")
    center = resolve_actor(G, actor) if actor is not None else None
    counts: dict = defaultdict(Counter)
    for u, v, d in G.edges(data=True):
        if center is not None and center not in (u, v):
            continue
        for ev in d.get("evidence") or [{}]:
            bounds = date_bounds(ev.get("date"))
            counts[bounds[0][:width] if bounds else "undated"][d.get("relation", "")] += 1
    return {k: dict(sorted(counts[k].items())) for k in sorted(counts)}
