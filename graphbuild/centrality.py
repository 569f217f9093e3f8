"""Who is central in the actor network: degree, PageRank, betweenness and communities.

Each function takes a network from :func:`graphbuild.analysis.actor_network`.
"""

from __future__ import annotations

__all__ = ["actor_centrality", "actor_communities", "simple_graph"]


def simple_graph(G, directed: bool = False):
    """Collapse parallel edges, summing weights (and keeping the relations); self-loops go.

    Args:
        G: An actor network.
        directed: Keep the direction (a ``DiGraph``); else a ``Graph``.

    Examples:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph()
        >>> _ = G.add_edge("a", "b", relation="meets", weight=2)
        >>> _ = G.add_edge("b", "a", relation="praises", weight=1)
        >>> simple_graph(G)["a"]["b"]
        {'weight': 3, 'relations': ['meets', 'praises']}
    """
    import networkx as nx

    H = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from(sorted(G.nodes(data=True)))
    for u, v, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", ""))):
        if u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += d.get("weight", 1)
            H[u][v]["relations"].append(d.get("relation", ""))
        else:
            H.add_edge(u, v, weight=d.get("weight", 1), relations=[d.get("relation", "")])
    return H


def actor_centrality(G) -> list[dict]:
    """Degree, PageRank and betweenness of every actor, most central (PageRank) first.

    Degree counts distinct neighbours; PageRank follows edge direction and evidence weight;
    betweenness uses the undirected network with shorter distances for stronger ties (exact up
    to 500 actors, estimated from 150 seeded sample sources above).

    Examples:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("d", "b")])
        >>> [row["actor"] for row in actor_centrality(G)][:1]
        ['b']
    """
    import networkx as nx

    if G.number_of_nodes() == 0:
        return []
    D, U = simple_graph(G, directed=True), simple_graph(G)
    for _u, _v, d in U.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    pagerank = nx.pagerank(D, weight="weight")
    # exact up to 500 actors; above, estimated from 150 seeded sample sources (deterministic)
    sample = None if U.number_of_nodes() <= 500 else 150
    betweenness = nx.betweenness_centrality(U, k=sample, seed=42, weight="distance", normalized=True)
    rows = [{
        "actor": n, "label": G.nodes[n].get("label", str(n)), "type": G.nodes[n].get("type", ""),
        "degree": U.degree(n), "in_degree": D.in_degree(n), "out_degree": D.out_degree(n),
        "evidence": int(G.degree(n, weight="weight")),
        "pagerank": round(pagerank[n], 4), "betweenness": round(betweenness[n], 4),
    } for n in G.nodes]
    rows.sort(key=lambda r: (-r["pagerank"], -r["degree"], r["label"]))
    return rows


def actor_communities(G, seed: int = 42, resolution: float = 1.0) -> list[list]:
    """Louvain communities of the undirected evidence-weighted network, largest first.

    Examples:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x"), ("a", "x")])
        >>> actor_communities(G)
        [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    import networkx as nx

    if G.number_of_nodes() == 0:
        return []
    parts = nx.community.louvain_communities(simple_graph(G), weight="weight", seed=seed, resolution=resolution)
    return sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p))
