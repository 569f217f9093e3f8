"""A "why / how" question presupposes the act it asks about (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modality", [
    ("Journalists asked why Macron condemns Iran but not Qatar.", "condemns", ("France", "Iran"), "asserted"),
    ("Senators asked how Russia attacked Ukraine's power grid.", "attacks", ("Russia", "Ukraine"), "asserted"),
    # whether-questions and requests stay open
    ("Journalists asked whether Macron condemns Iran.", "condemns", ("France", "Iran"), "hypothetical"),
    ("Zelensky asked Biden to sanction Russia.", "designates", ("United States", "Russia"), "hypothetical"),
])
def test_scopes_wh_questions(text, relation, pair, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == relation
             and (s.subject.label, s.object.label) == pair}
    assert found == {modality}
