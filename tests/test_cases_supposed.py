"""An act in an "in case" / "in the event (that)" clause is only supposed (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modality", [
    ("In case Syria attacks Turkey, the United States will defend Turkey.", ("Syria", "Turkey"), "hypothetical"),
    ("In the event that China invades Taiwan, Japan would respond.", ("China", "Taiwan"), "hypothetical"),
    ("In the unlikely event that Iran attacks Israel, the United States will defend Israel.", ("Iran", "Israel"),
     "hypothetical"),
    # discourse phrases are no condition
    ("In any case, Iran attacked Israel on Saturday.", ("Iran", "Israel"), "asserted"),
    ("In that case, Syria attacked Turkey.", ("Syria", "Turkey"), "asserted"),
])
def test_cases_supposed(text, pair, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == "attacks"
             and (s.subject.label, s.object.label) == pair}
    assert found == {modality}
