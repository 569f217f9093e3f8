"""The White House is the executive, not a legislature: its sanctions are in force (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,modality", [
    ("The White House imposed sanctions on Venezuela.", "asserted"),
    ("The House voted to impose sanctions on Venezuela.", "hypothetical"),
])
def test_extract_modality_white_house(text, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == "designates"
             and s.object.label == "Venezuela"}
    assert found == {modality}
