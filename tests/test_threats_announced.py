"""An act announced as a warning warns its target (real pipeline); another actor's act does not."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    ("Al-Qaeda warned that it would mount new attacks on Iraq.", ("al-Qaeda", "Iraq")),
    ("Washington threatened to impose sanctions on Venezuela.", ("United States", "Venezuela")),
])
def test_threats_announced_warn(text, pair, extract_statements):
    found = extract_statements(text)
    warns = [s for s in found if s.relation == "warns" and (s.subject.label, s.object.label) == pair]
    assert warns and all(s.modality == "asserted" for s in warns), found
    assert all(s.modality == "hypothetical" for s in found if s.relation != "warns"), found


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    ("Russia warned that Ukraine would attack Crimea.", ("Ukraine", "Crimea")),
    ("Russia warned that Ukraine would attack Crimea.", ("Russia", "Crimea")),
    ("Iran has not threatened to attack Israel.", ("Iran", "Israel")),
])
def test_threats_announced_not_a_warning(text, pair, extract_statements):
    found = extract_statements(text)
    assert not any(s.relation == "warns" and (s.subject.label, s.object.label) == pair and s.modality == "asserted"
                   for s in found), found
