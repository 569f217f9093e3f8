"""An attack that launched a war (real pipeline): neither the war's place is its attacker's target nor
is the war the first attacker's; a state that launched a war still attacks."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,pair,expected", [
    ("Hamas's terrorist attack on October 7 launched a war in Gaza.", ("Hamas", "Gaza"), False),
    ("The bombing by the Taliban sparked a war in Afghanistan.", ("Taliban", "Afghanistan"), False),
    ("Russia launched a war in Ukraine.", ("Russia", "Ukraine"), True),
])
def test_causes_caused_wars(text, pair, expected, extract_statements):
    found = {(s.subject.label, s.object.label) for s in extract_statements(text) if s.relation == "attacks"}
    assert (pair in found) is expected, found
