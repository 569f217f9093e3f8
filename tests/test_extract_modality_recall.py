"""Recall of hypothetical and negated statements: each is kept as a statement node with its
modality and never becomes a plain edge; plain asserted cases stay plain (real pipeline)."""

from __future__ import annotations

import pytest


def _statements(nlp, text):
    from graphbuild.extract import extract_from_doc
    from graphbuild.statement import Document

    return extract_from_doc(nlp(text), Document(id="t", text=text)).statements


def _check(nlp, text, relation, subject, obj, modality):
    statements = _statements(nlp, text)
    found = {(s.relation, s.subject.label, s.object.label, s.modality) for s in statements}
    assert (relation, subject, obj, modality) in found, found
    plain = [s for s in statements if s.is_plain_edge and (s.relation, s.subject.label, s.object.label)
             == (relation, subject, obj)]
    assert bool(plain) == (modality in ("asserted", "reported", "hedged")), found


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Britain is moving to proscribe Hezbollah.", "designates", "United Kingdom", "Hezbollah",
     "hypothetical"),
    ("Canada is looking to sanction Iranian officials.", "designates", "Canada", "Iran", "hypothetical"),
    ("Japan moved to sanction North Korea after the missile launch.", "designates", "Japan", "North Korea",
     "hypothetical"),
    ("France is going to sanction Syria.", "designates", "France", "Syria", "hypothetical"),
])
def test_extract_modality_recall_intent_complement(nlp, text, relation, subject, obj, modality):
    _check(nlp, text, relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Officials prepared for Biden's upcoming visit to Vietnam.", "meets", "United States", "Vietnam",
     "hypothetical"),
    ("Seoul braced for a possible attack on South Korea by North Korea.", "attacks", "North Korea",
     "South Korea", "hypothetical"),
])
def test_extract_modality_recall_hypothetical_modifier(nlp, text, relation, subject, obj, modality):
    _check(nlp, text, relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("The meeting between Erdogan and Putin did not take place.", "meets", "Turkey", "Russia", "negated"),
    ("The summit between India and Pakistan was called off.", "meets", "India", "Pakistan", "negated"),
    ("Merkel's visit to Turkey was postponed.", "meets", "Germany", "Turkey", "hypothetical"),
])
def test_extract_modality_recall_event_predicate(nlp, text, relation, subject, obj, modality):
    _check(nlp, text, relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Germany cautioned Turkey against attacking Greece.", "attacks", "Turkey", "Greece", "hypothetical"),
    ("Britain tried to dissuade Argentina from invading Chile.", "attacks", "Argentina", "Chile",
     "hypothetical"),
    ("The embargo prevented Iran from arming Hezbollah.", "cooperates", "Iran", "Hezbollah", "negated"),
])
def test_extract_modality_recall_deterred_act(nlp, text, relation, subject, obj, modality):
    _check(nlp, text, relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Russia attacked Georgia in August 2008.", "attacks", "Russia", "Georgia"),
    ("Germany moved its embassy after Turkey attacked Syria.", "attacks", "Turkey", "Syria"),
    ("The meeting between Erdogan and Putin took place in Sochi.", "meets", "Turkey", "Russia"),
])
def test_extract_modality_recall_plain_stays_plain(nlp, text, relation, subject, obj):
    _check(nlp, text, relation, subject, obj, "asserted")
