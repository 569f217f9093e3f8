"""Symmetric relations named by hyphenated modifiers (real pipeline): "Indian-Pakistani talks" relate
the two states; "Indian-Pakistani relations" (the state of ties) and a one-actor modifier do not."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modality", [
    ("Egyptian-Ethiopian negotiations resumed in Cairo on Monday.", "meets", {"Egypt", "Ethiopia"}, "asserted"),
    ("The two ministers agreed to deepen German-Japanese cooperation on energy.", "cooperates",
     {"Germany", "Japan"}, "asserted"),
    ("The envoys hope to lay the ground for meaningful Serbian-Albanian talks.", "meets", {"Serbia", "Albania"},
     "hypothetical"),
])
def test_patterns_hyphen_pairs_relate(text, relation, pair, modality, extract_statements):
    found = [s for s in extract_statements(text) if s.relation == relation
             and {s.subject.label, s.object.label} == pair]
    assert found and all(s.modality == modality for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    ("Egyptian-Ethiopian relations have soured over the dam.", {"Egypt", "Ethiopia"}),
    ("Egyptian-backed talks opened in Khartoum.", {"Egypt", "Sudan"}),
])
def test_patterns_hyphen_pairs_near_miss(text, pair, extract_statements):
    assert not any(s.relation in ("meets", "cooperates") and {s.subject.label, s.object.label} == pair
                   for s in extract_statements(text))
