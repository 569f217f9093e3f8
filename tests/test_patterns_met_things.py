"""Meeting a target, a deadline or opposition is no meeting with anyone (real pipeline); meeting a
person still is."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,pair,expected", [
    ("Dutch public authorities are on course to meet the deficit target of the European Union.",
     ("Netherlands", "European Union"), False),
    ("The Iranian minister met opposition from Russia and China at the talks.", ("Iran", "Russia"), False),
    ("Germany pledged to meet its NATO commitments.", ("Germany", "NATO"), False),
    ("Putin met the Turkish president in Sochi.", ("Russia", "Turkey"), True),
])
def test_patterns_met_things(text, pair, expected, extract_statements):
    found = {frozenset((s.subject.label, s.object.label)) for s in extract_statements(text) if s.relation == "meets"}
    assert (frozenset(pair) in found) is expected, found
