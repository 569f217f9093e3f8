"""The act of a gerund claimed ("claimed responsibility for shooting down X") is the claimer's (real
pipeline); a denial gives no plain attack."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,pair,expected", [
    ("The Taliban claimed responsibility for shooting down a U.S. helicopter.", ("Taliban", "United States"), True),
    ("Hamas claimed responsibility for firing rockets at Israel.", ("Hamas", "Israel"), True),
    ("The Taliban denied responsibility for attacking the Indian embassy in Kabul.", ("Taliban", "India"), False),
])
def test_culprits_claimed_gerund(text, pair, expected, extract_statements):
    found = {(s.subject.label, s.object.label) for s in extract_statements(text)
             if s.relation == "attacks" and s.modality in ("asserted", "reported", "hedged")}
    assert (pair in found) is expected, found
