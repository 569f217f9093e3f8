"""Tests for graphbuild.coref: definite descriptions, pronouns and quoted "we" to actors."""

from __future__ import annotations

import pytest

from graphbuild.actors import find_mentions
from graphbuild.coref import resolve_coreference
from graphbuild.statement import Actor, Mention


@pytest.mark.parametrize("text", ["Hamas said it would respond."])
def test_coref_needs_a_parse(text):
    import spacy

    doc = spacy.blank("en")(text)
    mentions = (Mention(Actor("hamas", "Hamas", "ArmedGroup"), "Hamas", 0, 5),)
    assert resolve_coreference(doc, mentions) == mentions


def _resolved(nlp, text):
    return [(m.text, m.actor.id) for m in find_mentions(nlp(text), coref=True)]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("The Houthis attacked a tanker on Friday. The group later released a video.",
     ("The group", "houthis")),
    ("ISIS fired rockets at a base in Iraq. The militants said the strikes were retaliation.",
     ("The militants", "isis")),
    ("Officials met Taliban envoys in Doha, hoping to persuade the Islamist movement to reopen schools.",
     ("the Islamist movement", "taliban")),
    ("Japan criticised the decision. The country said the vote was unfair.",
     ("The country", "japan")),
    ("Pakistani Prime Minister Farid Qasimzai spoke on Monday. The military later shelled border posts.",
     ("The military", "pakistan")),
    ("Police named Karim Oduya as the driver. The suspect was charged with aiding the Houthis.",
     ("The suspect", "ner-karim-oduya")),
])
def test_coref_definite_descriptions(nlp, text, expected):
    assert expected in _resolved(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Japan condemned the launch and said it would raise the issue at the United Nations.",
     ("it", "japan")),
    ("The Houthis seized a ship. They said its crew was safe.", ("They", "houthis")),
    ("Pakistani officials rejected the claim, saying they had arrested dozens of militants.",
     ("they", "pakistan")),
    ("Pakistani Prime Minister Farid Qasimzai met the envoy, and he promised more raids.",
     ("he", "ner-farid-qasimzai")),
])
def test_coref_pronouns(nlp, text, expected):
    assert expected in _resolved(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    ("Gunmen opened fire on a market in Kabul. They fled on motorbikes.", "They"),
    ("Sweden said it is clear that the talks failed.", "it"),
    ("China welcomed the deal and said it was a step forward.", "it"),
    ("Cuba hosted the talks. Colombia said the bombing was the worst attack in the country in years.",
     "the country"),
    ("President Ivan Moreno of Colombia met envoys. She said the bombing was a crime.", "She"),
    ("Pakistani Prime Minister Farid Qasimzai spoke first. A senator said he disagreed.", "he"),
    ("Washington blamed ISIS-K, the Afghan wing of the jihadist group, for the attack.", "the jihadist group"),
    ("Peskov told Tass that Moscow was in contact with them.", "them"),
])
def test_coref_conservative(nlp, text, absent):
    assert absent not in [surface for surface, _ in _resolved(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("“We will not accept any pressure,” Iran's foreign minister Dariush Kavehzadeh said on Monday.",
     ("We", "iran")),
])
def test_coref_quoted_we_is_the_speakers_actor(nlp, text, expected):
    assert expected in _resolved(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", ["The Houthis attacked a ship. The group later released a video."])
def test_coref_switch_off(nlp, text):
    doc = nlp(text)
    assert len(find_mentions(doc, coref=False)) < len(find_mentions(doc, coref=True))


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    ("Congress passed the law in August. It targets the energy sector of Russia.", "It"),
    ("Senators introduced a bill on Monday. It would freeze the assets of Iranian banks.", "It"),
    ("The Pentagon released a report on Friday. Its authors say Beijing is building bases.", "Its"),
])
def test_coref_it_after_a_text_is_the_text(nlp, text, absent):
    assert absent not in [surface for surface, _ in _resolved(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Congress met on Monday. It later voted on the budget.", ("It", "united-states")),
])
def test_coref_it_without_a_text_between(nlp, text, expected):
    found = _resolved(nlp, text)
    assert any(surface == expected[0] for surface, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Iran said in a statement that it would respond.", ("it", "iran")),
])
def test_coref_it_after_a_circumstance_text(nlp, text, expected):
    assert expected in _resolved(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Japan issued a ruling on Monday against a bank it accused of fraud.", ("it", "japan")),
])
def test_coref_it_after_a_text_in_its_own_sentence(nlp, text, expected):
    assert expected in _resolved(nlp, text)
