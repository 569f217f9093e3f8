"""Responses threatened to an attack (real pipeline): the responder's possible strike, never a plain edge."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "attacks" and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("Egypt will respond to any Ethiopian attack.", ("Egypt", "Ethiopia"), {"hypothetical"}),
    ("The Houthis threatened a harsh response to any Saudi action against Yemen.", ("Houthis", "Saudi Arabia"),
     {"hypothetical"}),
    ("Hezbollah will set the region on fire in response to any strike on Lebanon by the Saudi-led coalition.",
     ("Hezbollah", "Saudi Arabia"), {"hypothetical"}),
    # a response to what happened is a reason, not a threat
    ("NATO will strengthen its defences in response to Russia's aggression.", ("NATO", "Russia"), set()),
])
def test_responses_threats(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities
