"""A verb with its own finite auxiliary, misparsed under an infinitive, keeps its own modality (real pipeline)."""

from __future__ import annotations

import pytest

_TEXT = "Erdogan has threatened to \u201cwipe out\u201d Armenia and has derided Macron as a \u201cweak clown\u201d on television."


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modality", [
    (_TEXT, "condemns", ("Turkey", "France"), "asserted"),
])
def test_modality_finite_conjuncts(text, relation, pair, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == relation
             and (s.subject.label, s.object.label) == pair}
    assert found == {modality}
