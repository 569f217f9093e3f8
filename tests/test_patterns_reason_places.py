"""A reason phrase's attack ("for its wars in Muslim countries") takes places, not a person read as
a group anaphor, from its "in" phrase (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,triple,expected", [
    ("In a note, Tsarnaev said the attack was retaliation against the U.S. for its wars in Muslim countries.",
     ("United States", "attacks", "Tsarnaev"), False),
    ("Russia was sanctioned by Britain over its invasion of Ukraine.", ("Russia", "attacks", "Ukraine"), True),
])
def test_patterns_reason_places(text, triple, expected, extract_statements):
    found = {(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)}
    assert (triple in found) is expected, found
