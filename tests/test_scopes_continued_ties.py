"""A tie a discussion calls continued exists: no hypothetical reading of it (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modality", [
    ("Kamala Harris spoke with President Kais Saied of Tunisia. The two leaders also discussed the importance of"
     " continued security cooperation between the two countries.", ("Tunisia", "United States"), "asserted"),
])
def test_scopes_continued_ties(text, pair, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == "cooperates"
             and {s.subject.label, s.object.label} == set(pair)}
    assert found == {modality}


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    ("Joe Biden met Santiago Pena of Paraguay. They also discussed continued bilateral cooperation with Paraguay"
     " on security.", ("United States", "Paraguay")),
])
def test_scopes_continued_ties_not_open(text, pair, extract_statements):
    assert not {s.modality for s in extract_statements(text) if s.relation == "cooperates"
                and (s.subject.label, s.object.label) == pair} & {"hypothetical", "negated"}
