"""A stop on a trip still to come is an open meeting with the state stopped in (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("Trade is expected to dominate Macron's trip to the region, which includes a stop in South Korea.",
     ("France", "South Korea"), {"hypothetical"}),
    ("Macron's upcoming tour of Asia, with stops in Japan and Vietnam, will focus on trade.", ("France", "Vietnam"),
     {"hypothetical"}),
    # a trip told as done is left to the other rules
    ("Macron's trip to the region, which included a stop in South Korea, focused on trade.",
     ("France", "South Korea"), set()),
])
def test_trips_stops(text, pair, modalities, extract_statements):
    assert {s.modality for s in extract_statements(text) if s.relation == "meets"
            and (s.subject.label, s.object.label) == pair} == modalities
