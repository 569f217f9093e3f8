"""Condemnation said without a condemn verb (real pipeline): a protest at someone's act, a rebuke, and
an act called destabilizing or a mistake; the reason given for a refusal keeps its own modality."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Ghana recalled its ambassador in protest at the Nigerian decision.", ("Ghana", "condemns", "Nigeria"), None),
    ("Egypt boycotted the summit in protest of Ethiopia's decision.", ("Egypt", "condemns", "Ethiopia"), None),
    ("Iran protested Britain's seizure of the tanker.", ("Iran", "condemns", "United Kingdom"), None),
    # near miss: a protest with no one's act named
    ("Thousands protested in Tehran against rising prices.", None, ("Iran", "condemns", "Iran")),
])
def test_judgments_protest(text, expected, absent, assert_edges):
    found = assert_edges(text, expected, absent)
    if expected is None:
        assert not any(rel == "condemns" for _, rel, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("The United States admonished Belarus for the forced landing.", ("United States", "condemns", "Belarus")),
    ("Japan said China's maneuvers near the islands were destabilizing.", ("Japan", "condemns", "China")),
    ("Germany called Hungary's veto a mistake.", ("Germany", "condemns", "Hungary")),
])
def test_judgments_judgement_words(text, expected, assert_edges):
    assert_edges(text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan said the weather near the islands was destabilizing.",
    "Germany said it was a mistake to leave early.",
])
def test_judgments_judgement_words_need_a_doer(text, extract_statements):
    assert not any(s.relation == "condemns" for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    # the reason for a refusal is not refused: the decision was taken
    ("Abbas refused to meet the envoy in protest of President Biden's decision to recognize Kosovo.",
     "recognizes", "United States", "Kosovo"),
])
def test_judgments_protest_reason_keeps_its_modality(text, relation, subject, obj, extract_statements):
    found = [s for s in extract_statements(text) if (s.relation, s.subject.label, s.object.label)
             == (relation, subject, obj)]
    assert found and all(s.modality == "asserted" for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj,modality", [
    ("Iran denied that Iraq used chemical weapons against the Kurds.", "Iran", "Iraq", "negated"),
    ("Britain says Syria used sarin in the attack.", "United Kingdom", "Syria", "reported"),
])
def test_judgments_banned_weapon_use_blames(text, subject, obj, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if (s.relation, s.subject.label, s.object.label)
             == ("blames", subject, obj)}
    assert found == {modality}, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Britain says Syria used the funds for schools."])
def test_judgments_ordinary_use_blames_no_one(text, extract_statements):
    assert not any(s.relation == "blames" for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modality", [
    ("The new sanctions may push Belarus closer to China.", {"Belarus", "China"}, "hypothetical"),
    ("Nicaragua has moved closer to Russia.", {"Nicaragua", "Russia"}, "asserted"),
])
def test_judgments_drawn_closer_cooperate(text, pair, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == "cooperates"
             and {s.subject.label, s.object.label} == pair}
    assert found == {modality}, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Russian forces moved closer to Kyiv.", "The Taliban moved closer to Kabul."])
def test_judgments_advance_is_no_rapprochement(text, extract_statements):
    assert not any(s.relation == "cooperates" for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Congress is investigating U.S. allegations of Russian interference in the vote.",
     ("United States", "blames", "Russia")),
    ("Qatar dismissed Egypt's accusations against Hamas.", ("Egypt", "blames", "Hamas")),
])
def test_judgments_accusation_nouns(text, expected, assert_edges):
    assert_edges(text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", ["The allegations of fraud against the mayor surfaced in May."])
def test_judgments_accusation_nouns_need_an_accuser(text, extract_statements):
    assert not any(s.relation == "blames" for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Spain said the strikes by Morocco violated international law.", ("Spain", "condemns", "Morocco")),
    ("Japan said the launch by North Korea was a clear violation of the Security Council resolutions.",
     ("Japan", "condemns", "North Korea")),
    ("The White House said Russia bears full responsibility for the war.", ("United States", "blames", "Russia")),
    ("Washington said the blame rests with Moscow.", ("United States", "blames", "Russia")),
    ("Germany strongly objects to China's decision.", ("Germany", "condemns", "China")),
])
def test_judgments_violation_and_responsibility(text, expected, assert_edges):
    assert_edges(text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Spain said the storm violated no law.",
    "The company said it bears responsibility for the outage.",
    "Spain said the poisoning of the dissident was a violation of international norms.",
])
def test_judgments_violation_needs_a_doer(text, extract_statements):
    assert not any(s.relation in ("condemns", "blames") for s in extract_statements(text))
