"""An owned act listed among the topics of a discussion, or an effort one is a partner in, is told (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modality", [
    ("Emmanuel Macron and the G7 leaders will discuss a range of pressing issues, including the G7's steady"
     " support for Ukraine.", "cooperates", ("G7", "Ukraine"), "asserted"),
    # a topic with its own cue, or no owner, stays open
    ("Emmanuel Macron will discuss a range of issues, including possible sanctions on Iran.", "designates",
     ("France", "Iran"), "hypothetical"),
])
def test_scopes_listed_topics(text, relation, pair, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == relation
             and (s.subject.label, s.object.label) == pair}
    assert found == {modality}


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair", [
    ("The European Union has been a key partner in the effort to impose costs on Russia through sanctions packages.",
     "designates", ("European Union", "Russia")),
])
def test_scopes_listed_topics_partner_in_effort(text, relation, pair, extract_statements):
    # the effort is under way: no hypothetical reading guessed from it
    assert not {s.modality for s in extract_statements(text) if s.relation == relation
                and (s.subject.label, s.object.label) == pair} & {"hypothetical", "negated"}
