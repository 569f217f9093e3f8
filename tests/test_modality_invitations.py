"""Invitations are open, and demands or calls rebuffed are denied (real pipeline); a call made to the
one who rejects it is theirs to act on."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,triple,modality", [
    ("The United States accepted an invitation to meet with Iran.", ("United States", "meets", "Iran"),
     "hypothetical"),
    ("Israel dismissed demands to recognize Palestine.", ("Israel", "recognizes", "Palestine"), "negated"),
    ("Russia rejected a proposal to hold talks with Ukraine.", ("Russia", "meets", "Ukraine"), "negated"),
    ("Iran dismissed claims that it attacked Israel.", ("Iran", "attacks", "Israel"), "negated"),
])
def test_modality_invitations_and_rebuffs(text, triple, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if (s.subject.label, s.relation, s.object.label) == triple}
    assert found == {modality}
