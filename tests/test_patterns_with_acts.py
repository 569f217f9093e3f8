"""A "with" phrase naming the subject's own act (real pipeline): "sparked outrage with a rebuke of X",
"responded with strikes on X"; not a passive ("was met with a crackdown by X")."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,triple,expected", [
    ("The Russian president sparked outrage in Germany with a sharp rebuke of Chancellor Scholz.",
     ("Russia", "condemns", "Germany"), True),
    ("Russia responded with strikes on Kyiv.", ("Russia", "attacks", "Ukraine"), True),
    ("Iran was met with sanctions by Britain.", ("Iran", "designates", "United Kingdom"), False),
])
def test_patterns_with_acts(text, triple, expected, extract_statements):
    found = {(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)}
    assert (triple in found) is expected, found



@pytest.mark.model
@pytest.mark.parametrize("text,triple", [
    ("The drones served Obama's ambition to keep up the war against al Qaeda in Yemen.",
     ("United States", "attacks", "al-Qaeda")),
    ("Israel pursued its offensive against Hamas in Gaza.", ("Israel", "attacks", "Hamas")),
])
def test_patterns_with_acts_sustained(text, triple, extract_statements):
    found = {(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)}
    assert triple in found, found
