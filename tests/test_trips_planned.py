"""Planned trips and invited attendance (real pipeline): an open meeting with the state gone to, never plain."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "meets" and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("Antony Blinken will travel to Egypt and Jordan next week.", ("United States", "Jordan"), {"hypothetical"}),
    ("Emmanuel Macron flies into the Vietnamese port of Haiphong on Friday for a summit.", ("France", "Vietnam"),
     {"hypothetical"}),
    ("Xi Jinping will not travel to India for the summit.", ("China", "India"), {"negated"}),
    ("The Presidential Delegation will attend the Anniversary Dinner at the invitation of the Chilean government.",
     ("Presidential Delegation", "Chile"), {"hypothetical"}),
    ("Joe Biden announced a Presidential Delegation to Chile. The delegation will participate in a forum and attend"
     " the Anniversary Dinner at the invitation of the Chilean government.", ("Presidential Delegation to", "Chile"),
     {"hypothetical"}),
    # a trip that took place, private travellers, a state only named in a longer name: no reading here
    ("Antony Blinken traveled to Egypt last week.", ("United States", "Egypt"), set()),
    ("Iran does not allow its citizens to travel to Israel.", ("Iran", "Israel"), set()),
    ("Xavier Becerra will travel to New Mexico next week.", ("United States", "Mexico"), set()),
])
def test_trips_planned(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities
