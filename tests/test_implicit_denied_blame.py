"""Blame denied or left open (real pipeline): "X says there is no evidence that Y was responsible" is
X's negated blame of Y, never a plain edge; said of oneself it is no blame at all."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj,modality", [
    ("Iran says there is no evidence to show Baghdad was responsible for the bombing.", "Iran", "Iraq", "negated"),
    ("Turkey rejected claims that Tehran was behind the bombing.", "Turkey", "Iran", "negated"),
])
def test_implicit_denied_blame(text, subject, obj, modality, extract_statements):
    found = [s for s in extract_statements(text) if (s.relation, s.subject.label, s.object.label)
             == ("blames", subject, obj)]
    assert found and all(s.modality == modality and not s.is_plain_edge for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,subject", [
    ("Iran said it was not responsible for the bombing.", "Iran"),
])
def test_implicit_denied_blame_not_of_oneself(text, subject, extract_statements):
    assert not any(s.relation == "blames" and s.subject.label == subject for s in extract_statements(text))
