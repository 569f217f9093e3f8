"""A state named inside another name (real pipeline): "Britain First" (a party) and the state named in
its apposition are not the subject; "the U.S. Embassy" and "UK Prime Minister X" still speak for the
state."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,triple,expected", [
    ("Britain First, a little-known party on the periphery of UK politics, welcomed Trump's retweets.",
     ("United Kingdom", "praises", "United States"), False),
    ("The U.S. Embassy condemned Russia's decision.", ("United States", "condemns", "Russia"), True),
    ("UK Prime Minister Theresa May met Trump.", ("United Kingdom", "meets", "United States"), True),
    ("The U.S. House condemned Turkey's offensive.", ("United States", "condemns", "Turkey"), True),
    ("The Taliban shot down a U.S. Chinook helicopter.", ("Taliban", "attacks", "United States"), True),
    ("The Taliban claimed they shot down the U.S. Chinook in Logar.", ("Taliban", "attacks", "United States"), True),
    ("Hezbollah, a group backed by Iran, attacked Israel.", ("Hezbollah", "attacks", "Israel"), True),
    ("The United States strongly condemns Iran's cyberattack against our NATO Ally, Albania.",
     ("Iran", "attacks", "Albania"), True),
])
def test_brands_name_parts(text, triple, expected, extract_statements):
    found = {(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)}
    assert (triple in found) is expected, found
