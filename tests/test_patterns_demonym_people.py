"""Legislators and politicians named by their demonym speak for their state (real pipeline), as
lawmakers already did: "French politicians condemned Russia" condemns Russia for France."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,triple", [
    ("French politicians condemned Russia for the invasion.", ("France", "condemns", "Russia")),
    ("As British politicians lined up to condemn Iran for the seizure, Iran replied with a message.",
     ("United Kingdom", "condemns", "Iran")),
    ("German parliamentarians praised Ukraine for its courage.", ("Germany", "praises", "Ukraine")),
    ("Japanese ministers met Indian ministers in Tokyo on Monday.", ("Japan", "meets", "India")),
])
def test_patterns_demonym_people_speak_for_state(text, triple, extract_statements):
    found = {(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)}
    assert triple in found or (triple[1] == "meets" and (triple[2], triple[1], triple[0]) in found), found
