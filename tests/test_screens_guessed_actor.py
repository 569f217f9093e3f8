"""Open readings with a guessed actor the sentence rules out (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,absent,present", [
    # the warner is not the would-be attacker; the one warned is
    ("Washington warned against an attack on Iran.", ("United States", "attacks", "Iran"), None),
    ("Biden warned Netanyahu against an offensive on Gaza.", ("United States", "attacks", "Gaza"),
     ("Israel", "attacks", "Gaza")),
])
def test_screens_warner_is_no_attacker(text, absent, present, extract_statements):
    triples = {(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)}
    assert absent not in triples
    if present is not None:
        assert present in triples


@pytest.mark.parametrize("text", ["Mexico blocked the accounts of Juan Perez due to his relationship with CJNG."])
@pytest.mark.model
def test_screens_foreign_owner(text, extract_statements):
    assert not [s for s in extract_statements(text) if s.subject.label == "Mexico" and s.relation == "cooperates"]


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    ("Lord Smith warned the prime minister that the Iraq war could be illegal.", "Iraq"),
    ("Britain condemned the Vietnam war.", "Vietnam"),
])
def test_screens_war_place_is_not_judged(text, absent, extract_statements):
    assert not [s for s in extract_statements(text) if s.relation in ("condemns", "attacks")
                and absent in (s.subject.label, s.object.label)]
