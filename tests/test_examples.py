"""Every example article builds with ``graphbuild build`` and gives the edges an analyst reads in it."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent.parent / "examples" / "articles"

# article -> (plain edges that must be there, plain edges that must not: traps)
EXPECTED = {
    "houthi-designation.txt": (
        {("United States", "designates", "Houthis"), ("United States", "blames", "Houthis"),
         ("Houthis", "attacks", "United States"), ("Saudi Arabia", "meets", "Houthis")},
        {("United States", "delists", "Houthis"),     # "could revoke": hypothetical
         ("United States", "designates", "Yemen")},   # "does not target the people of Yemen"
    ),
    "taliban-recognition.txt": (
        {("Russia", "recognizes", "Taliban"), ("Russia", "delists", "Taliban"), ("Taliban", "meets", "Russia"),
         ("China", "cooperates", "Taliban"), ("Kazakhstan", "delists", "Taliban")},
        {("China", "recognizes", "Taliban"),          # "has not formally recognized", "might be the next"
         ("Kazakhstan", "recognizes", "Afghanistan")},  # "recognizes the importance of its trade ties"
    ),
    "crocus-attack.txt": (
        {("ISIS", "attacks", "Crocus City Hall"), ("United States", "warns", "Russia"),
         ("Russia", "blames", "Ukraine"), ("Taliban", "condemns", "ISIS-K")},
        {("Ukraine", "attacks", "Crocus City Hall"),  # "denied it was behind the attack"
         ("Ukraine", "attacks", "Russia")},
    ),
}


def _plain_edges(path: Path) -> set:
    from rdflib import RDFS, Graph

    from graphbuild.namespace import GB, RELATIONS

    g = Graph().parse(path, format="turtle")
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    return {(label.get(s, str(s)), rel, label.get(o, str(o)))
            for rel in RELATIONS for s, o in g.subject_objects(GB[rel])}


@pytest.mark.parametrize("article", ["houthi-designation.txt", "taliban-recognition.txt", "crocus-attack.txt"])
def test_examples_expectations_cover_every_article(article):
    assert sorted(p.name for p in ARTICLES.glob("*.txt")) == sorted(EXPECTED)
    assert article in EXPECTED


@pytest.mark.model
@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_examples_build(cli_runner, tmp_path, article):
    from graphbuild.cli import main

    out = tmp_path / "graph.ttl"
    result = cli_runner.invoke(main, ["build", str(ARTICLES / article), "-o", str(out), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    edges = _plain_edges(out)
    required, forbidden = EXPECTED[article]
    assert required <= edges, sorted(required - edges)
    assert not forbidden & edges, sorted(forbidden & edges)
