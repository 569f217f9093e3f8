"""Naming verbs (real pipeline): "called the operation ethnic cleansing" asserts the operation, also when
the parser takes the named thing as an object predicate; "called for sanctions" stays open."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,triple,modality", [
    ("The United States on Wednesday called the Myanmar military operation against the Rohingya population "
     "ethnic cleansing and threatened targeted sanctions against those responsible.",
     ("Myanmar", "attacks", "Rohingya"), "asserted"),
    ("The United States called for sanctions against Myanmar.", ("United States", "designates", "Myanmar"),
     "hypothetical"),
])
def test_modality_naming_verbs(text, triple, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if (s.subject.label, s.relation, s.object.label) == triple}
    assert found == {modality}
