"""Hypothetical and negated statements whose actors are not in the act's own clause: the subject
comes from the governing clause (climbing coordination) or an earlier sentence; the statement is
kept with its modality and never becomes a plain edge (real pipeline)."""

from __future__ import annotations

import pytest


def _check(statements, relation, subject, obj, modality):
    found = {(s.relation, s.subject.label, s.object.label, s.modality) for s in statements}
    assert (relation, subject, obj, modality) in found, found
    plain = [s for s in statements if s.is_plain_edge and (s.relation, s.subject.label, s.object.label)
             == (relation, subject, obj)]
    assert not plain, found


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("President Macron of France spoke with Prime Minister Kishida of Japan. They reviewed plans to bolster "
     "the alliance and stressed their joint resolve, including on readiness to impose tough consequences on "
     "Iran.", "designates", "France", "Iran", "hypothetical"),
    ("Syria and Hezbollah prepared for possible militant activities against Israeli interests abroad.",
     "attacks", "Hezbollah", "Israel", "hypothetical"),
    ("British lawmakers on Monday said they agreed on a new round of sanctions on Iran.", "designates",
     "United Kingdom", "Iran", "hypothetical"),
])
def test_extract_modality_context_governing_subject(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Hamas carried out terrorist activities against Israel last year.", "attacks", "Hamas", "Israel"),
])
def test_extract_modality_context_asserted_activity_stays_plain(text, relation, subject, obj, extract_statements):
    statements = extract_statements(text)
    assert any(s.is_plain_edge and (s.relation, s.subject.label, s.object.label) == (relation, subject, obj)
               for s in statements), statements


@pytest.mark.model
@pytest.mark.parametrize("text", ["The charity funded activities against poverty in Egypt."])
def test_extract_modality_context_activity_needs_hostile_context(text, extract_statements):
    assert not [s for s in extract_statements(text) if s.relation == "attacks"]


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("French officials took over the embassy compound, and Iran has threatened retaliation.", "attacks",
     "Iran", "France", "hypothetical"),
    ("The U.S. closed the Russian consulate and Moscow vowed retaliation.", "attacks", "Russia",
     "United States", "hypothetical"),
    ("French officials took over the embassy compound, and Iran has threatened retaliation over what it has "
     "said are illegal and hostile acts.", "attacks", "Iran", "France", "hypothetical"),
    ("Canada has so far held off on imposing new sanctions against Indian firms, given fears of "
     "retaliation by New Delhi.", "attacks", "India", "Canada", "negated"),
])
def test_extract_modality_context_reprisal_target(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Israel struck Iran, and Iran carried out a retaliation.",
    "The U.S. closed the Russian consulate and Moscow retaliated.",
])
def test_extract_modality_context_asserted_reprisal_gets_no_guessed_target(text, extract_statements):
    assert not [s for s in extract_statements(text) if s.evidence.trigger.lower().startswith("retaliat")]


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("India and Pakistan were on the brink of a peace deal.", "cooperates", "India", "Pakistan",
     "hypothetical"),
    ("Iran and the Houthis had been holding secret talks aimed at an agreement on shipping. They were on "
     "the verge of a deal when the Iranian president cancelled the talks in May.", "cooperates", "Iran",
     "Houthis", "hypothetical"),
])
def test_extract_modality_context_parties_of_pending_deal(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,modality", [
    ("India and Pakistan signed a peace deal.", "asserted"),
])
def test_extract_modality_context_signed_deal_stays_asserted(text, modality, extract_statements):
    assert {s.modality for s in extract_statements(text) if s.relation == "cooperates"} == {modality}


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("President Macron of France spoke today with Prime Minister Kishida of Japan. The leaders discussed the "
     "energy crisis. They also reviewed trade issues. They stressed their readiness to impose tough "
     "consequences on Iran.", "designates", "Japan", "Iran", "hypothetical"),
])
def test_extract_modality_context_parties_chain(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("The MML wants to enter Pakistan's political process. \"The MML is not a recognized political party,\" "
     "the minister said.", "recognizes", "Pakistan", "Milli Muslim League", "negated"),
])
def test_extract_modality_context_unrecognized(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Taliban is not a recognized government.",
    "Egypt backed the talks. Hamas is a recognized party in the talks.",
])
def test_extract_modality_context_recognized_needs_negation_and_state(text, extract_statements):
    assert not [s for s in extract_statements(text) if s.relation == "recognizes"]


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Erdogan said it would be nice if he and Putin became friends.", "cooperates", "Turkey", "Russia",
     "hypothetical"),
    ("Erdogan wants to be friends with Iran.", "cooperates", "Turkey", "Iran", "hypothetical"),
])
def test_extract_modality_context_hoped_friendship(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Iran built a missile capable of reaching Germany.", "attacks", "Iran", "Germany", "hypothetical"),
    ("Iran has tested long-range missiles that could reach Israel.", "attacks", "Iran", "Israel", "hypothetical"),
])
def test_extract_modality_context_weapon_reach(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Iran is racing toward its goal of building a missile capable of reaching Germany.",
])
def test_extract_modality_context_weapon_owner_not_guessed(text, extract_statements):
    assert not [s for s in extract_statements(text) if s.evidence.trigger == "reaching"]
