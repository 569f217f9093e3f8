"""Who did an event (real pipeline): atrocities and aggression are attacks one can be accused of or
condemned for; "the acts committed / perpetrated by X" are X's."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,triple", [
    ("Iraq accused Turkey of aggression against Syria.", ("Turkey", "attacks", "Syria")),
    ("The United Nations condemned the atrocities committed by the Islamic State.",
     ("United Nations", "condemns", "ISIS")),
    ("Britain condemned the attacks perpetrated by Hamas against Israel.", ("United Kingdom", "condemns", "Hamas")),
])
def test_patterns_event_agents_found(text, triple, extract_statements):
    found = {(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)}
    assert triple in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,triple", [
    ("Iraq accused Turkey of aggression against Syria.", ("Iraq", "attacks", "Syria")),
    ("The United Nations condemned the report committed to paper by Iran.", ("United Nations", "condemns", "Iran")),
])
def test_patterns_event_agents_not_found(text, triple, extract_statements):
    found = {(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)}
    assert triple not in found, found
