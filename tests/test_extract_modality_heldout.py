"""Hypothetical and negated readings the patterns alone leave out (graphbuild.prospects.context_candidates,
the negative subjects and contrasts of graphbuild.modality): each is kept as a statement node with its
modality and never becomes a plain edge (real pipeline, sentences written for these tests)."""

from __future__ import annotations

import pytest


def _check(statements, relation, subject, obj, modalities):
    found = {(s.relation, s.subject.label, s.object.label, s.modality) for s in statements}
    assert any((relation, subject, obj, m) in found for m in modalities), found
    plain = [s for s in statements if s.is_plain_edge and (s.relation, s.subject.label, s.object.label)
             == (relation, subject, obj)]
    assert not plain, found


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("No group, including the Taliban, has claimed responsibility for the attack in Kabul.", "attacks",
     "Taliban", "Kabul"),
    ("No country, including Russia, has recognized Kosovo.", "recognizes", "Russia", "Kosovo"),
])
def test_extract_negative_subject(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("negated",))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Iran denied meddling in Iraq's elections.", "attacks", "Iran", "Iraq"),
    ("Russia denied meddling in the U.S. election.", "attacks", "Russia", "United States"),
])
def test_extract_denied_gerund(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("negated",))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Lawmakers worried about Putin's talk of a possible strike on Poland.", "attacks", "Russia", "Poland"),
    ("The wall is meant to shield Israel from attacks by Hamas.", "attacks", "Hamas", "Israel"),
    ("Hamas fired rockets at Israel overnight. Israel has every right to defend itself.", "attacks", "Israel",
     "Hamas"),
    ("Israel has the right to defend itself against Hezbollah.", "attacks", "Israel", "Hezbollah"),
    ("North Korea has launched missiles, including ICBMs that could hit the United States.", "attacks",
     "North Korea", "United States"),
])
def test_extract_prospect_without_own_agent(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("hypothetical",))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("A car bomb attack on Kandahar killed nine. Police say it may not be the work of the Taliban.", "attacks",
     "Taliban", "Kandahar"),
    ("A bombing in Peshawar killed four. The Pakistani Taliban said it was not responsible for the attack.",
     "attacks", "Tehrik-i-Taliban Pakistan", "Peshawar"),
])
def test_extract_disowned_attack(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("negated", "hypothetical"))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Al-Shabaab denied it was behind the blast, unlike the bombing in Mogadishu that it claimed.", "attacks",
     "al-Shabaab", "Mogadishu"),
])
def test_extract_contrast_keeps_own_reading(text, relation, subject, obj, extract_statements):
    found = {(s.relation, s.subject.label, s.object.label, s.modality) for s in extract_statements(text)}
    assert not any(f[:3] == (relation, subject, obj) and f[3] == "negated" for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Israel will defend itself.",
    "Hamas attacked Israel. Israel defended itself.",
])
def test_extract_asserted_defence_adds_nothing(text, extract_statements):
    assert not any(s.subject.label == "Israel" and s.relation == "attacks" for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("A suicide bombing in Kandahar killed six. The Taliban threatened further attacks.", "attacks", "Taliban",
     "Kandahar"),
    ("Blasts across Syria killed dozens after ISIS warned it would mount new attacks.", "attacks", "ISIS", "Syria"),
])
def test_extract_renewed_attack_targets_the_series(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("hypothetical",))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Macron will visit China.", "meets", "France", "China"),
    ("Erdogan said he will talk with Putin.", "meets", "Turkey", "Russia"),
])
def test_extract_planned_meeting(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("hypothetical",))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Canada is weighing whether to designate the Muslim Brotherhood a terrorist organization.", "designates",
     "Canada", "Muslim Brotherhood", "hypothetical"),
    ("Iraq vowed revenge against ISIS.", "attacks", "Iraq", "ISIS", "hypothetical"),
    ("London has not ruled out military action against Syria.", "attacks", "United Kingdom", "Syria",
     "hypothetical"),
])
def test_extract_weighed_act(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, (modality,))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Biden met Macron in Paris.", "meets", "United States", "France"),
    ("Biden will continue to meet with Macron.", "meets", "United States", "France"),
])
def test_extract_held_meeting_stays_plain(text, relation, subject, obj, extract_statements):
    assert any(s.is_plain_edge and (s.relation, s.subject.label, s.object.label) == (relation, subject, obj)
               for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Scholz will fly to Kyiv on Monday to meet Zelensky.", "meets", "Germany", "Ukraine"),
    ("The summit between Modi and Xi will take place in Delhi.", "meets", "India", "China"),
])
def test_extract_planned_meeting_through_purpose_or_predicate(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("hypothetical",))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Russia denied in a statement that it attacked Ukraine.", "attacks", "Russia", "Ukraine"),
    ("Hamas denied it was behind the attack in Jerusalem, Israel said.", "attacks", "Hamas", "Jerusalem"),
])
def test_extract_denial_still_negates_its_content(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("negated",))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Pakistan denied the report at a meeting with Iran.", "meets", "Pakistan", "Iran"),
])
def test_extract_denial_leaves_its_circumstances(text, relation, subject, obj, extract_statements):
    found = {(s.relation, s.subject.label, s.object.label, s.modality) for s in extract_statements(text)}
    assert (relation, subject, obj, "negated") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("A bomb exploded outside a mosque in Kandahar. No group has claimed it, but police suspect the Taliban may be "
     "behind it.", "attacks", "Taliban", "Kandahar", "hypothetical"),
    ("Rockets hit Haifa on Friday. Officials fear Hezbollah could strike again.", "attacks", "Hezbollah",
     "Haifa", "hypothetical"),
    ("A bombing hit a bus station in Kabul. Police said the attack could have been carried out by ISIS.", "attacks",
     "ISIS", "Kabul", "hypothetical"),
    ("Israel has not confirmed that it carried out the strike on Syria.", "attacks", "Israel", "Syria",
     "hypothetical"),
])
def test_extract_open_attribution_of_a_known_attack(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, (modality,))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Israel declined to comment on the strike in Syria.",
    "Turkey did not comment on the raid in Iraq.",
])
def test_extract_silence_denies_nothing(text, extract_statements):
    assert not any(s.modality == "negated" for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Japan has no formal ties with Taiwan.", "cooperates", "Japan", "Taiwan"),
    ("Moscow blamed Washington for no Putin-Biden meeting in Geneva.", "meets", "Russia", "United States"),
])
def test_extract_no_on_the_trigger_noun(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("negated",))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Iran warned it would respond to any Israeli attack.", "attacks", "Iran", "Israel"),
    ("Iran warned it would respond to any Israeli attack.", "attacks", "Israel", "Iran"),
    ("Moscow threatened retaliation if NATO deploys troops to Ukraine.", "attacks", "Russia", "NATO"),
    ("Ottawa will speak with Beijing on Friday.", "meets", "Canada", "China"),
])
def test_extract_threatened_response(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("hypothetical",))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Whether the problem is Russia's invasion of Ukraine or something else, Europe leads.", "attacks", "Russia",
     "Ukraine"),
])
def test_extract_concessive_whether_stays_plain(text, relation, subject, obj, extract_statements):
    assert any(s.is_plain_edge and (s.relation, s.subject.label, s.object.label) == (relation, subject, obj)
               for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Analysts recalled Erdogan's threats to invade Syria.", "attacks", "Turkey", "Syria"),
    ("Iran's plan to attack Israel was foiled.", "attacks", "Iran", "Israel"),
])
def test_extract_owner_of_a_threat_or_plan(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("hypothetical",))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A bombing in Kabul killed ten. The government vowed to prevent the Taliban from carrying out new attacks.",
])
def test_extract_prevented_new_attacks_have_no_target(text, extract_statements):
    assert not any(s.relation == "attacks" and s.subject.label == "Taliban" for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("NATO will defend Latvia in the event of a Russian attack on Latvia.", "attacks", "Russia", "Latvia"),
    ("North Korea has the capability to strike Japan.", "attacks", "North Korea", "Japan"),
    ("Hezbollah is capable of striking Haifa.", "attacks", "Hezbollah", "Haifa"),
])
def test_extract_condition_or_capability(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("hypothetical",))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("The Taliban suspended talks with the United States.", "meets", "Taliban", "United States"),
])
def test_extract_suspended_relation(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, ("negated",))
