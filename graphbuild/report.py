"""What ``graphbuild analyze`` prints: :func:`network_report` gathers the measures of an actor
network as plain data, :func:`format_report` renders it as text tables or JSON.
"""

from __future__ import annotations

from .centrality import actor_centrality, actor_communities
from .ties import (
    actor_relations,
    ego_network,
    paths_between,
    relation_counts,
    relations_over_time,
    resolve_actor,
    strongest_ties,
)

__all__ = ["network_report", "format_report"]


def network_report(G, top: int = 10, between: tuple[str, str] | None = None, actor: str | None = None,
                   seed: int = 42) -> dict:
    """What ``graphbuild analyze`` prints, as plain data (JSON-ready).

    Args:
        G: An actor network from :func:`graphbuild.analysis.actor_network`.
        top: Rows per ranking.
        between: Two actor names: add the shortest paths between them.
        actor: An actor name: add its ego network, its relations and their counts over time.
        seed: Seed of the community detection.

    Returns:
        Counts of actors, edges and evidence; then either the paths and/or the actor's view, or
        (with neither) the rankings: ``relations``, ``central``, ``communities``, ``ties``.
    """
    def label(n):
        return G.nodes[n].get("label", str(n))

    report = {
        "actors": G.number_of_nodes(), "edges": G.number_of_edges(),
        "evidence": sum(d.get("weight", 1) for _u, _v, d in G.edges(data=True)),
    }
    if not between and not actor:
        report.update({
            "relations": relation_counts(G),
            "central": actor_centrality(G)[:top],
            "communities": [[label(n) for n in sorted(c, key=lambda n: (-G.degree(n, weight="weight"), label(n)))]
                            for c in actor_communities(G, seed=seed)[:top]],
            "ties": strongest_ties(G, top),
        })
    if between:
        report["paths"] = paths_between(G, *between)
        report["between"] = [label(resolve_actor(G, a)) for a in between]
    if actor:
        center = resolve_actor(G, actor)
        ego = ego_network(G, center)
        rows = actor_relations(G, center)
        by_relation: dict = {}
        for r in rows:
            counts = by_relation.setdefault(r["relation"], {"out": 0, "in": 0})
            counts[r["direction"]] += r["evidence"]
        report["actor"] = {"label": label(center), "iri": center, "type": G.nodes[center].get("type", ""),
                           "neighbours": sorted(label(n) for n in ego if n != center),
                           "by_relation": dict(sorted(by_relation.items(), key=lambda kv: -sum(kv[1].values()))),
                           "relations": rows[:top * 3], "over_time": relations_over_time(G, center)}
    return report


def _table(rows: list[list], header: list[str]) -> str:
    cells = [[str(c) for c in header]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_report(report: dict, fmt: str = "table") -> str:
    """Render :func:`network_report` as aligned text tables or JSON."""
    import json

    if fmt == "json":
        return json.dumps(report, indent=2, ensure_ascii=False)
    out = [f"{report['actors']} actors, {report['edges']} edges, {report['evidence']} pieces of evidence", ""]
    if not report["edges"]:
        return out[0] + " (no relations between actors match; try fewer filters)"
    if "paths" in report:
        a, b = report["between"]
        out.append(f"Shortest paths between {a} and {b}:" if report["paths"] else f"No path between {a} and {b}.")
        for i, path in enumerate(report["paths"], 1):
            out.append(f"  path {i}:")
            for s in path:
                out.append(f"    {s['source_label']} --{s['relation']}--> {s['target_label']}")
                if s["sentence"]:
                    out.append(f"      \"{s['sentence']}\" ({', '.join(x for x in (s['title'], s['date']) if x)})")
        out.append("")
    if "actor" in report:
        a = report["actor"]
        out += [f"Actor {a['label']} ({a['type']}), {len(a['neighbours'])} neighbours: {', '.join(a['neighbours'])}", ""]
        out += [_table([[rel, c["out"], c["in"]] for rel, c in a["by_relation"].items()],
                       ["relation", "evidence as subject", "evidence as object"]), ""]
        out += [_table([[r["direction"], r["relation"], r["other_label"], r["modality"], r["evidence"],
                         r["first_seen"], r["last_seen"]] for r in a["relations"]],
                       ["dir", "relation", "other", "modality", "evidence", "first", "last"]), ""]
        out += [_table([[p, ", ".join(f"{r} {n}" for r, n in c.items())] for p, c in a["over_time"].items()],
                       ["period", "relations"]), ""]
    if "central" not in report:
        return "\n".join(out).rstrip()
    out += ["Most central actors", _table(
        [[r["label"], r["type"], r["degree"], r["evidence"], f"{r['pagerank']:.4f}", f"{r['betweenness']:.4f}"]
         for r in report["central"]], ["actor", "type", "degree", "evidence", "pagerank", "betweenness"]), ""]
    out += ["Communities (Louvain; members with the most evidence first)"]
    out += [f"  {i}. {', '.join(c[:12])}" + (f" and {len(c) - 12} more" if len(c) > 12 else "")
            for i, c in enumerate(report["communities"], 1)] + [""]
    out += ["Strongest ties", _table(
        [[t["a_label"], t["b_label"], t["weight"], ", ".join(f"{r} {n}" for r, n in t["relations"].items())]
         for t in report["ties"]], ["actor", "actor", "evidence", "relations"]), ""]
    out += ["Relations", _table([[r, c["edges"], c["evidence"]] for r, c in report["relations"].items()],
                                ["relation", "edges", "evidence"])]
    return "\n".join(out)
