"""Quarrels: insults traded between leaders are condemnation both ways; words aimed at one side are
condemnation of it; a quarrel denied or only foreseen is no plain edge."""

import pytest

from graphbuild.quarrels import HARSH_TALK, INSULT_NOUNS

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, pairs", [
    ("Prime Minister Narendra Modi of India has traded barbs with Pakistani Prime Minister Imran Khan for weeks.",
     [("India", "Pakistan"), ("Pakistan", "India")]),
    ("Ties soured over the personal jibes that President Recep Tayyip Erdogan exchanged with French President "
     "Emmanuel Macron in October.",
     [("Turkey", "France"), ("France", "Turkey")]),
    ("Venezuela has found itself in a war of words with Colombia over the border closure.",
     [("Venezuela", "Colombia"), ("Colombia", "Venezuela")]),
    ("The summit follows months of verbal exchanges of insults between Iran and Saudi Arabia.",
     [("Iran", "Saudi Arabia"), ("Saudi Arabia", "Iran")]),
])
def test_quarrels_insults_both_ways(plain_edges, text, pairs):
    found = plain_edges(text)
    for s, o in pairs:
        assert (s, "condemns", o) in found, found


@pytest.mark.parametrize("text, expected", [
    ("Russia has stepped up its rhetoric against Lithuania since the transit ban.", ("Russia", "condemns", "Lithuania")),
    ("Iranian officials hurled insults at Israel during the rally in Tehran.", ("Iran", "condemns", "Israel")),
    ("President Nicolas Maduro of Venezuela insulted Colombia's president in a televised speech.",
     ("Venezuela", "condemns", "Colombia")),
])
def test_quarrels_insults_aimed(plain_edges, text, expected):
    found = plain_edges(text)
    assert expected in found, found


@pytest.mark.parametrize("text, absent", [
    ("Iranian officials have not hurled any insults at Saudi Arabia since the talks began.",
     ("Iran", "condemns", "Saudi Arabia")),
    ("Analysts fear Venezuela could be drawn into a war of words with Colombia next year.",
     ("Venezuela", "condemns", "Colombia")),
    ("Troops from Venezuela and Colombia traded fire across the border on Monday.", ("Venezuela", "condemns", "Colombia")),
    ("Russia's more conciliatory rhetoric toward Lithuania could ease tensions.", ("Russia", "condemns", "Lithuania")),
])
def test_quarrels_insults_not_plain(plain_edges, text, absent):
    found = plain_edges(text)
    assert absent not in found, found


@pytest.mark.parametrize("word, kind", [("barb", INSULT_NOUNS), ("rhetoric", HARSH_TALK), ("tirade", HARSH_TALK)])
def test_quarrels_insults_word_lists(word, kind):
    assert word in kind
