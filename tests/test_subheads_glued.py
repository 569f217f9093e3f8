"""Subheadings in capitals glued to the next sentence: their names are no arguments."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,run", [
    ("LEADERS AT ODDS AGAIN Rebels attacked the town.", 4),
    ("PUTIN AND MERKEL HAND-IN-HAND Rebels attacked the town.", 8),
    ("NEW YORK (Reuters) - Rebels attacked the town.", 0),
    ("A Reuters reporter saw the town.", 0),
    ("NATO SAYS RUSSIA ATTACKED", 0),
])
def test_subheads_glued_run(text, run):
    import spacy

    from graphbuild.subheads import heading_run

    assert heading_run(spacy.blank("en")(text)[:]) == run


@pytest.mark.model
@pytest.mark.parametrize("text,heading_actor,pair", [
    ("PUTIN AND MERKEL ONCE HAND-IN-HAND Rebels from Ukraine have carried out attacks in Russia this year.",
     "Germany", None),
    ("OBAMA AND CAMERON IN TALKS Iran and Iraq signed a security pact on Monday.", "United States",
     ("Iran", "Iraq")),
])
def test_subheads_glued_names_dropped(text, heading_actor, pair, extract_statements):
    found = extract_statements(text)
    assert not any(heading_actor in (s.subject.label, s.object.label) for s in found), found
    if pair:
        assert any({s.subject.label, s.object.label} == set(pair) for s in found), found
