"""No evidence of an act, and a visit coordinated with a planned trip (real pipeline): never plain edges."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modality", [
    ("The lawyer said there was no evidence the Trump campaign colluded with the Iranian government.",
     "cooperates", ("United States", "Iran"), "negated"),
    ("Investigators did not find any evidence that Russia attacked Moldova.", "attacks", ("Russia", "Moldova"),
     "negated"),
    ("Investigators found evidence that Russia attacked Moldova.", "attacks", ("Russia", "Moldova"), "asserted"),
    ("On Monday, Emmanuel Macron is to fly to Japan and later visit South Korea.", "meets", ("France", "South Korea"),
     "hypothetical"),
    ("Emmanuel Macron will attend the summit in Hanoi, make a state visit to Laos and end his trip in Manila.",
     "meets", ("France", "Laos"), "hypothetical"),
    ("Emmanuel Macron flew to Japan and visited South Korea.", "meets", ("France", "South Korea"), "asserted"),
])
def test_extract_modality_scopes_shared(text, relation, pair, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == relation
             and (s.subject.label, s.object.label) == pair}
    assert found == {modality}
