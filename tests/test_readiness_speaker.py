"""A speaker's own readiness reported with a pronoun (real pipeline): the speaker's open act, never a
plain edge; the pronoun must agree with the speaker."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,triple,modality", [
    ("Chile said it was ready to work with Peru.", ("Chile", "cooperates", "Peru"), "hypothetical"),
    ("Serbia said that it was prepared to talk with Kosovo.", ("Serbia", "meets", "Kosovo"), "hypothetical"),
    ("Iran said it was not willing to meet Saudi envoys.", ("Iran", "meets", "Saudi Arabia"), "negated"),
])
def test_readiness_speaker(text, triple, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if (s.subject.label, s.relation, s.object.label) == triple}
    assert found == {modality}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile said it was able to work with Peru.",  # done, not open: left to the patterns
])
def test_readiness_speaker_needs_open_clause(text, extract_statements):
    assert not [s for s in extract_statements(text) if s.relation == "cooperates" and s.modality != "asserted"]
