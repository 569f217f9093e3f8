"""A demonym before a noun for firms or designated parties names those, not the state."""

from __future__ import annotations

import pytest

from graphbuild.actors import find_mentions
from graphbuild.statement import Document


@pytest.mark.model
@pytest.mark.parametrize("text,surface,actor_id", [
    ("Lawmakers want penalties on Russian banks that finance the war.", "Russian banks",
     "ner-russian-banks"),
    ("The Treasury listed six Iranian entities and two Turkish firms on Monday.", "Iranian entities",
     "ner-iranian-entities"),
    ("The Treasury listed six Iranian entities and two Turkish firms on Monday.", "Turkish firms",
     "ner-turkish-firms"),
    # a government noun still means the state
    ("Iranian officials met Chinese diplomats in Muscat.", "Chinese diplomats", "china"),
])
def test_actors_demonym_with_member_noun(nlp, text, surface, actor_id):
    found = {(m.text, m.actor.id) for m in find_mentions(nlp(text))}
    assert (surface, actor_id) in found


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    ("The Treasury Department sanctioned three Chinese companies for selling drones to Russia.",
     ("United States", "designates", "China")),
])
def test_extract_member_noun_is_not_the_state(nlp, text, absent):
    from graphbuild.extract import extract_from_doc

    ex = extract_from_doc(nlp(text), Document(id="t", text=text))
    found = {(s.subject.label, s.relation, s.object.label) for s in ex.statements}
    assert absent not in found
    assert any(o == "Chinese Companies" for _, _, o in found)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Rebel boats fired missiles at merchant ships off the coast of Yemen in March.",
     ("merchant ships", "commercial-shipping")),
    ("The navy escorted commercial vessels through the strait.", ("commercial vessels", "commercial-shipping")),
])
def test_actors_class_of_ships_is_one_target(nlp, text, expected):
    assert expected in {(m.text, m.actor.id) for m in find_mentions(nlp(text))}
