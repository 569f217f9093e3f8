"""Tests for graphbuild.actors: finding actor mentions and resolving them to canonical actors."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphbuild.actors import (
    acting_actor, actor_slug, find_mentions, is_news_source, mention_for_token, ner_actor_id,
)
from graphbuild.statement import Actor, Mention


def _doc(nlp_blank, words, ents, spaces=None):
    return Doc(nlp_blank.vocab, words=words, spaces=spaces, ents=ents)


@pytest.fixture(scope="module")
def blank():
    import spacy

    return spacy.blank("en")


def _found(doc, **kw):
    return [(m.text, m.actor.id, m.actor.type) for m in find_mentions(doc, coref=False, **kw)]


@pytest.mark.parametrize("words,ents,expected", [
    (["The", "Kremlin", "warned", "Kyiv", "."], ["O", "B-ORG", "O", "B-GPE", "O"],
     [("Kremlin", "russia", "State"), ("Kyiv", "ukraine", "State")]),
    (["OFAC", "designated", "the", "Northern", "Harvest", "League", "."],
     ["B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
     [("OFAC", "united-states-ofac", "GovernmentOrgan"),
      ("Northern Harvest League", "ner-northern-harvest-league", "Organization")]),
    (["Officials", "met", "in", "Springfield", "."], ["O", "O", "O", "B-GPE", "O"],
     [("Springfield", "ner-springfield", "Place")]),
])
def test_actors_entities_resolve_to_gazetteer_or_ner(blank, words, ents, expected):
    assert _found(_doc(blank, words, ents)) == expected


@pytest.mark.parametrize("words,ents", [
    (["AP", "Photo/", "Jane", "Roe"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]),
    (["Getty", "Images", "shows", "Twitter", "."], ["B-ORG", "I-ORG", "O", "B-ORG", "O"]),
    (["Islamic", "groups", "spoke", "."], ["B-NORP", "O", "O", "O"]),
    (["Iran", "is", "listed", "among", "Specially", "Designated", "Global", "Terrorists", "."],
     ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]),
])
def test_actors_noise_is_not_an_actor(blank, words, ents):
    assert _found(_doc(blank, words, ents)) == []


@pytest.mark.parametrize("words,spaces,ents,expected", [
    (["Terrorists", "\n\n", "Taliban", "fighters", "left", "."], [False, False, True, True, False, False],
     ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O"], ["Taliban"]),
])
def test_actors_entities_do_not_cross_line_breaks(blank, words, spaces, ents, expected):
    doc = _doc(blank, words, ents, spaces)
    assert [m.text for m in find_mentions(doc, coref=False) if m.actor.id == "taliban"] == expected
    assert all("\n" not in m.text for m in find_mentions(doc, coref=False))


@pytest.mark.parametrize("words,ents,expected", [
    (["Reuters", "reported", "it", "."], ["B-ORG", "O", "O", "O"], True),
    (["Hamas", "said", "it", "."], ["B-ORG", "O", "O", "O"], False),
])
def test_actors_news_sources_are_marked(blank, words, ents, expected):
    (mention,) = find_mentions(_doc(blank, words, ents), coref=False)
    assert is_news_source(mention.actor) is expected


@pytest.mark.parametrize("index,expected", [(0, "russia"), (1, None), (3, "taliban"), (4, None)])
def test_actors_mention_for_token(blank, index, expected):
    doc = blank("Russia met the Taliban .")
    mentions = (Mention(Actor("russia", "Russia", "State"), "Russia", 0, 6),
                Mention(Actor("taliban", "Taliban", "ArmedGroup"), "Taliban", 15, 22))
    found = mention_for_token(mentions, doc[index])
    assert (found.actor.id if found else None) == expected


@pytest.mark.parametrize("actor,index,expected", [
    (Actor("ner-x", "X", "Person", acts_for="ner-isi"), [Actor("ner-isi", "ISI", "Organization")], "ner-isi"),
    (Actor("ner-y", "Y", "Person", acts_for="russia"), None, "russia"),
    (Actor("united-states-ofac", "OFAC", "GovernmentOrgan", acts_for="united-states"), None, "united-states"),
    (Actor("china", "China", "State"), None, "china"),
    (Actor("ner-z", "Z", "Person", acts_for="nowhere"), None, "ner-z"),
])
def test_actors_acting_actor(actor, index, expected):
    assert acting_actor(actor, index).id == expected


@pytest.mark.parametrize("text,expected", [
    ("the Haqqani Network", "ner-haqqani-network"), ("Jamaat-ud-Dawa’s", "ner-jamaat-ud-dawa"),
    ("Erdoğan", "ner-erdogan"),
])
def test_actors_ner_actor_id(text, expected):
    assert ner_actor_id(text) == expected
    assert actor_slug(text.removeprefix("the ")) == expected.removeprefix("ner-")


# -- with the real pipeline --------------------------------------------------------------------

def _mentions(nlp, text, coref=False):
    return [(m.text, m.actor) for m in find_mentions(nlp(text), coref=coref)]


def _ids(nlp, text, coref=False):
    return [(surface, actor.id) for surface, actor in _mentions(nlp, text, coref)]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("The Kremlin rejected the plan, and Beijing said nothing.",
     [("Kremlin", "russia"), ("Beijing", "china")]),
    ("Washington and Tehran traded threats on Sunday.",
     [("Washington", "united-states"), ("Tehran", "iran")]),
])
def test_actors_metonymy(nlp, text, expected):
    assert _ids(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,surface,actor_id,state", [
    ("The Treasury imposed sanctions on two bankers.", "Treasury", "united-states-treasury", "united-states"),
    ("The State Department condemned the attack.", "State Department", "united-states-state-department",
     "united-states"),
])
def test_actors_organs_act_for_their_state(nlp, text, surface, actor_id, state):
    found = dict(_mentions(nlp, text))
    assert found[surface].id == actor_id
    assert found[surface].type == "GovernmentOrgan"
    assert acting_actor(found[surface]).id == state


@pytest.mark.model
@pytest.mark.parametrize("text,person,acts_for", [
    ("Pakistani Interior Minister Farid Qasimzai said the border would reopen.", "Farid Qasimzai", "pakistan"),
    ("Taliban spokesman Omar Haqyar rejected the report on Monday.", "Omar Haqyar", "taliban"),
    ("Ivan Sorokin, the Kremlin spokesman, declined to comment.", "Ivan Sorokin", "russia"),
    ("Iran's foreign minister Dariush Kavehzadeh arrived in Oman.", "Dariush Kavehzadeh", "iran"),
    ("Kamal Rezaie, a spokesman for the Houthis, denied the report.", "Kamal Rezaie", "houthis"),
    ("Abdul Basir Noori, a senior Taliban commander, was killed.", "Abdul Basir Noori", "taliban"),
])
def test_actors_person_role_patterns(nlp, text, person, acts_for):
    found = dict(_mentions(nlp, text))
    assert found[person].type == "Person"
    assert found[person].acts_for == acts_for
    assert found[person].role


@pytest.mark.parametrize("words,ents", [
    (["Alex", "Azarian", "spoke", ".", "Azarian", "left", "."],
     ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O"]),
])
def test_actors_surname_mislabelled_by_ner_is_the_person(blank, words, ents):
    found = find_mentions(_doc(blank, words, ents), coref=False)
    assert [(m.text, m.actor.id, m.actor.type) for m in found] == [
        ("Alex Azarian", "ner-alex-azarian", "Person"), ("Azarian", "ner-alex-azarian", "Person")]


@pytest.mark.model
@pytest.mark.parametrize("text,surname", [
    ("Taliban spokesman Omar Haqyar spoke in Kabul. Later, Haqyar denied the report.", "Haqyar"),
])
def test_actors_bare_surname_is_the_same_person(nlp, text, surname):
    found = _mentions(nlp, text)
    people = [a for s, a in found if a.type == "Person"]
    assert len({a.id for a in people}) == 1
    assert any(s == surname for s, a in found if a.type == "Person")
    assert all(a.acts_for == "taliban" for a in people)


@pytest.mark.model
@pytest.mark.parametrize("text,surface,actor_id", [
    ("Iranian officials denied any role in the strike.", "Iranian officials", "iran"),
    ("The Chinese side stressed that trade would continue.", "Chinese side", "china"),
    ("U.S. officials said the talks would resume.", "U.S. officials", "united-states"),
    ("The government of Ukraine asked for more air defence.", "government of Ukraine", "ukraine"),
    ("Israel's military said it struck a depot.", "Israel's military", "israel"),
])
def test_actors_demonym_and_government_noun(nlp, text, surface, actor_id):
    assert (surface, actor_id) in _ids(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text,dropped", [
    ("Envoys arrive in Doha for talks with Qatar\nAP Photo/Jane Roe\n\nQatar hosted the talks.",
     "Envoys arrive in Doha for talks with Qatar"),
    ("Qatar hosted the talks.\n\nDelegates from Oman walk to a meeting. (Jane Roe/Getty Images)\n\n"
     "The talks ended.", "Delegates from Oman walk to a meeting."),
])
def test_actors_captions_are_excluded(nlp, text, dropped):
    start = text.index(dropped)
    mentions = find_mentions(nlp(text), coref=False)
    assert [m.text for m in mentions] == ["Qatar"]
    assert all(not (start <= m.start < start + len(dropped)) for m in mentions)


@pytest.mark.model
@pytest.mark.parametrize("text,actor_id,type_", [
    ("The Hurras Brigades, a militant group, attacked a checkpoint.", "ner-hurras-brigades", "ArmedGroup"),
    ("Police said the Khorasan Liberation Movement rebels fled.", "ner-khorasan-liberation-movement",
     "ArmedGroup"),
    ("The terrorist attack on the Maple Tower Company killed six.", "ner-maple-tower-company", "Organization"),
])
def test_actors_ner_armed_group(nlp, text, actor_id, type_):
    found = {a.id: a for s, a in _mentions(nlp, text)}
    assert found[actor_id].type == type_


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Officials were frank with the Pakistanis about the raids.", [("Pakistanis", "pakistan")]),
    ("Tajiks and Uzbeks live in the north.", []),
    ("A Russian soldier stood guard.", []),
])
def test_actors_plural_demonyms(nlp, text, expected):
    assert _ids(nlp, text) == expected


@pytest.mark.model
def test_actors_founding_article(nlp, seed_article):
    text = seed_article.read_text(encoding="utf-8")
    mentions = find_mentions(nlp(text))
    ids = {m.actor.id for m in mentions}
    for expected in ("russia", "taliban", "isis-k", "isis", "china", "united-states", "al-qaeda",
                     "ukraine", "afghanistan"):
        assert expected in ids
    crocus = [m.actor for m in mentions if m.text.startswith("Crocus City")]
    assert crocus and all(a.type == "Place" for a in crocus)
    peskov = [m.actor for m in mentions if m.text in {"Peskov", "Dmitry Peskov"}]
    assert peskov and all(a.type == "Person" and a.acts_for == "russia" for a in peskov)
    for line in text.splitlines():
        if "AP Photo/" in line or "Getty Images" in line:
            start = text.index(line)
            assert not [m for m in mentions if start <= m.start < start + len(line)], line
    assert not {"ner-getty-images", "ner-twitter", "ner-uzbeks", "ner-islamic"} & ids


@pytest.mark.model
@pytest.mark.parametrize("text,person,role,acts_for", [
    ("Kamal Rezaie, Iran's deputy foreign minister, met envoys.", "Kamal Rezaie",
     "deputy foreign minister", "iran"),
    ("A spokesman for the Pakistani army, Major General Asif Khanzada, said troops killed five militants.",
     "Asif Khanzada", "spokesman", "pakistan"),
])
def test_actors_apposition_roles(nlp, text, person, role, acts_for):
    found = dict(_mentions(nlp, text))
    assert found[person].role == role
    assert acting_actor(found[person]).id == acts_for


@pytest.mark.parametrize("words,ents,expected", [
    (["The", "Northern", "Harvest", "League", "(", "NHL", ")", "met", ".", "NHL", "left", "."],
     ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O", "B-ORG", "O", "O"],
     ["ner-northern-harvest-league"] * 3),
    (["The", "House", "of", "Representatives", "voted", ".", "The", "House", "adjourned", "."],
     ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-ORG", "O", "O"],
     ["united-states-house"] * 2),
])
def test_actors_short_forms(blank, words, ents, expected):
    assert [m.actor.id for m in find_mentions(_doc(blank, words, ents), coref=False)] == expected
