"""Militants of a people, and rebels of a state's people, are an armed group, not the state."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    ("Officials said Kurdish militants fired rockets at Kirkuk.", ("Kurdish Militants", "attacks", "Kirkuk"), None),
    ("On Monday, Syrian rebels attacked government positions in Hama.", None, ("Syria", "attacks", "Hama")),
    ("Officials said Pakistan gave support to Afghan insurgents.", ("Pakistan", "cooperates", "Afghan Militants"),
     ("Pakistan", "cooperates", "Afghanistan")),
    # the state's own forces stay the state
    ("Syrian troops shelled Hama on Sunday.", ("Syria", "attacks", "Hama"), None),
])
def test_entities_armed_people(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)


@pytest.mark.model
@pytest.mark.parametrize("text, name, kind", [
    ("The Amal militia shelled the Shatila refugee camp in Beirut.", "Amal", "ArmedGroup"),
])
def test_entities_armed_people_militia_name(extract_statements, text, name, kind):
    kinds = {s.subject.type for s in extract_statements(text) if s.subject.label == name}
    assert kinds == {kind}, kinds
