"""Planned, refused and requested meetings and cooperation (the misses of the blind sets, with sentences
written for these tests): the relation is found first ("work with", "shared intelligence with", "attend"
a hosted summit, "seek help from"), then the modality cue of its clause keeps a hypothetical or negated
reading off the plain edges (real pipeline)."""

from __future__ import annotations

import pytest


def _modalities(statements, relation, subject, obj) -> set:
    return {s.modality for s in statements if (s.relation, s.subject.label, s.object.label) == (relation, subject, obj)
            or relation in ("meets", "cooperates") and (s.relation, s.subject.label, s.object.label)
            == (relation, obj, subject)}


def _check(statements, relation, subject, obj, modality):
    found = {(s.relation, s.subject.label, s.object.label, s.modality) for s in statements}
    assert _modalities(statements, relation, subject, obj) == {modality}, found


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj,modality", [
    ("Officials said Canada would work with Mexico to curb smuggling.", "Canada", "Mexico", "hypothetical"),
    ("The French minister urged Serbia to work closely with Kosovo.", "Serbia", "Kosovo", "hypothetical"),
    ("Japan hopes to work more closely with India on maritime security.", "Japan", "India", "hypothetical"),
    ("Serbia will never work with Kosovo, its president said.", "Serbia", "Kosovo", "negated"),
    ("Russia refused to work with the OSCE monitors.", "Russia", "OSCE", "negated"),
    ("For a decade Chile has worked with Peru against drug cartels.", "Chile", "Peru", "asserted"),
])
def test_extract_work_with(text, subject, obj, modality, extract_statements):
    _check(extract_statements(text), "cooperates", subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Egypt shared intelligence with Jordan about the smugglers.", ("Egypt", "cooperates", "Jordan"), None),
    ("Turkey shares a long border with Syria.", None, ("Turkey", "cooperates", "Syria")),
])
def test_extract_shared_intelligence(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("The UN envoy is to meet Houthi leaders in Sanaa on Friday.", "meets", "United Nations", "Houthis"),
    ("The Saudi foreign minister was to meet Iran's foreign minister in Baghdad.", "meets", "Saudi Arabia", "Iran"),
])
def test_extract_scheduled_infinitive(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, "hypothetical")


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Russia is to blame for the strike on Kyiv, Ukraine said.", "blames", "Ukraine", "Russia"),
])
def test_extract_scheduled_infinitive_not_blame(text, relation, subject, obj, extract_statements):
    assert "hypothetical" not in _modalities(extract_statements(text), relation, subject, obj)


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj,modality", [
    ("Israel will not attend the conference hosted by Britain.", "Israel", "United Kingdom", "negated"),
    ("Norway will host a summit on Sudan next month. Italy is due to attend.", "Italy", "Norway", "hypothetical"),
    ("Norway will host a summit on Sudan next month. Kenya said it would attend, but Egypt refused to attend.",
     "Egypt", "Norway", "negated"),
    ("Next week's meeting on Gaza is being hosted by Qatar. Also due to attend are Jordan and Egypt.",
     "Jordan", "Qatar", "hypothetical"),
])
def test_extract_attendance(text, subject, obj, modality, extract_statements):
    _check(extract_statements(text), "meets", subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj", [
    ("Germany attended the summit hosted by France.", "Germany", "France"),
    ("Pakistan will host a conference on trade. Students will not attend school that day.", "Pakistan", "Pakistan"),
])
def test_extract_attendance_asserted_left_alone(text, subject, obj, extract_statements):
    assert not _modalities(extract_statements(text), "meets", subject, obj)


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj", [
    ("Hamas appealed for the help of Iran.", "Hamas", "Iran"),
    ("Egypt may seek assistance from Russia.", "Egypt", "Russia"),
    ("Jordan asked Washington for help with the refugees.", "Jordan", "United States"),
])
def test_extract_help_request(text, subject, obj, extract_statements):
    _check(extract_statements(text), "cooperates", subject, obj, "hypothetical")


@pytest.mark.model
@pytest.mark.parametrize("text,obj", [
    ("Washington is counting on Pakistan to work with Afghanistan against the smugglers.", "Afghanistan"),
    ("The EU relies on Turkey to cooperate with Greece on migration.", "Greece"),
])
def test_extract_relied_on_is_hoped_for(text, obj, extract_statements):
    found = [s for s in extract_statements(text)
             if s.relation == "cooperates" and obj in (s.subject.label, s.object.label)]
    assert found and all(s.modality == "hypothetical" for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("The prisoner swap raised hopes of a thaw between the Taliban and the United States.", "cooperates",
     "Taliban", "United States", "hypothetical"),
    ("Turkey's rapprochement with Egypt began in 2021.", "cooperates", "Turkey", "Egypt", "asserted"),
    ("Analysts say the Taliban could extend control over the whole of Afghanistan.", "governs", "Taliban",
     "Afghanistan", "hypothetical"),
    ("Israel is not attending the talks on Gaza hosted by Egypt in Cairo. Jordan will attend.", "meets", "Jordan",
     "Egypt", "hypothetical"),
])
def test_extract_thaw_control_attendance(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,speaker", [
    ("Tanaka suggested the likely reason residents stay is fear of Syrian retribution.", "Tanaka"),
])
def test_extract_reprisal_spares_the_speaker(text, speaker, extract_statements):
    found = [s for s in extract_statements(text) if speaker in (s.subject.label, s.object.label)]
    assert not found, found


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj", [
    ("Ukrainian officials seized the tanker, and Russia threatened retaliation.", "Russia", "Ukraine"),
])
def test_extract_reprisal_on_the_other_clause(text, subject, obj, extract_statements):
    _check(extract_statements(text), "attacks", subject, obj, "hypothetical")


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("The Taliban took control throughout Helmand in 2021.", ("Taliban", "governs", "Helmand")),
])
def test_extract_control_throughout(text, expected, assert_edges):
    assert_edges(text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj,modality", [
    ("Pakistan's foreign minister arrived in Kabul on Monday. Talks with the Taliban are planned for Tuesday.",
     "Pakistan", "Taliban", "hypothetical"),
    ("The Indian delegation left Islamabad. Talks with Pakistan were cancelled.", "India", "Pakistan", "negated"),
])
def test_extract_talks_of_the_previous_subject(text, subject, obj, modality, extract_statements):
    _check(extract_statements(text), "meets", subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text", ["Talks with Iran are planned for May."])
def test_extract_talks_without_a_party(text, extract_statements):
    assert not [s for s in extract_statements(text) if s.relation == "meets"]


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Modi agreed to meet the Chinese president in Kazan.", "meets", "India", "China", "hypothetical"),
    ("Egypt and Qatar arranged to hold talks with Hamas in Cairo.", "meets", "Egypt", "Hamas", "hypothetical"),
    ("China agreed to work with ASEAN on a code of conduct.", "cooperates", "China", "ASEAN", "asserted"),
])
def test_extract_agreed_meeting_is_planned(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj,modality", [
    ("Officials fear an Iranian strike on Israel.", "Iran", "Israel", "hypothetical"),
    ("Analysts suspect an Iranian strike on Israel last night.", "Iran", "Israel", "hedged"),
])
def test_extract_feared_event_is_to_come(text, subject, obj, modality, extract_statements):
    _check(extract_statements(text), "attacks", subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("The Israeli government refuses to accept Syria's denials that it armed the bombers.",
     ("Israel", "blames", "Syria"), None),
    ("Kyiv dismissed Moscow's denial of any involvement.", ("Ukraine", "blames", "Russia"), None),
    ("Washington accepted Beijing's denial.", None, ("United States", "blames", "China")),
])
def test_extract_rejected_denial_blames_the_denier(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj", [
    ("The prisoner swap raised hopes of a thaw in relations between Iran and Saudi Arabia.", "Iran", "Saudi Arabia"),
])
def test_extract_thaw_in_relations_between(text, subject, obj, extract_statements):
    _check(extract_statements(text), "cooperates", subject, obj, "hypothetical")


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Canada called Russia's attack on Ukraine a war crime.", "attacks", "Russia", "Ukraine", "asserted"),
    ("Sweden termed the Iranian strikes on Iraq a violation of sovereignty.", "attacks", "Iran", "Iraq", "asserted"),
    ("Canada called for sanctions on Iran.", "designates", "Canada", "Iran", "hypothetical"),
])
def test_extract_naming_verb_asserts_its_object(text, relation, subject, obj, modality, extract_statements):
    """A verb that names its object ("called X a crime") does not make X hypothetical, as "call for" does."""
    _check(extract_statements(text), relation, subject, obj, modality)
