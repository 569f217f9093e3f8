"""Argument finding (graphbuild.arguments and the subject readings of graphbuild.patterns): the real
pipeline on sentences written for the tests, each with what must be found and what must not."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a participle or a second verb joined to a passive designation is done by the one designated
    ("Hamas was designated by the United States in 1997, attacking Israel soon after.",
     ("Hamas", "attacks", "Israel"), ("United States", "attacks", "Israel")),
    ("Hamas was designated by the United States and later attacked Israel.",
     ("Hamas", "attacks", "Israel"), ("United States", "attacks", "Israel")),
    # but the agent of a passive attack still does what follows it
    ("Hezbollah was attacked by Israel in March, destroying its depots in Tyre.", None,
     ("Hezbollah", "attacks", "Tyre")),
])
def test_extract_arguments_participle_of_passive_designation(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,speaker,party,kept", [
    # the one who only says a talk will resume is no party to it
    ("Qatar said talks with the Taliban would resume.", "Qatar", "Taliban", False),
    ("Norway announced that talks with the Taliban might resume.", "Norway", "Taliban", False),
    # one who believes or hopes is (its own view of its own plans)
    ("Russia believes any talks with Ukraine would require a ceasefire.", "Russia", "Ukraine", True),
    ("Qatar said it hoped talks with the Taliban would resume.", "Qatar", "Taliban", True),
])
def test_extract_arguments_speaker_is_no_loose_subject(text, speaker, party, kept, extract_statements):
    found = [s for s in extract_statements(text) if s.relation == "meets"
             and {s.subject.label, s.object.label} == {speaker, party}]
    assert bool(found) == kept, [(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)]
    assert all(not s.is_plain_edge for s in found)


@pytest.mark.model
@pytest.mark.parametrize("text,subject,relation,obj,modality", [
    # a speech verb whose object is the act itself: the speaker denies its own act
    ("Turkey denied meddling in Syria's elections.", "Turkey", "attacks", "Syria", "negated"),
])
def test_extract_arguments_denied_act_keeps_its_doer(text, subject, relation, obj, modality, extract_statements):
    found = [s.modality for s in extract_statements(text)
             if (s.subject.label, s.relation, s.object.label) == (subject, relation, obj)]
    assert found == [modality], [(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)]


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a nationality adjective right before an armed group's name is the group's people
    ("Iran supports Yemeni Houthi missile attacks on Saudi Arabia.", ("Houthis", "attacks", "Saudi Arabia"),
     ("Yemen", "attacks", "Saudi Arabia")),
    ("Iran supports Yemeni Houthi missile attacks on Saudi Arabia.", ("Iran", "cooperates", "Houthis"),
     ("Iran", "cooperates", "Yemen")),
    # a nationality adjective alone still names the state
    ("Yemeni officials blamed Saudi Arabia for the strike.", ("Yemen", "blames", "Saudi Arabia"), None),
])
def test_extract_arguments_demonym_before_armed_group(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a list misparsed as an apposition ("against A, the B and associated forces") keeps its members
    ("The law allows U.S. military operations against al-Qaeda, the Taliban and associated forces.",
     ("United States", "attacks", "Taliban"), None),
    # an apposition naming what the first one is stays out ("al-Qaeda, a Taliban ally" is no second target)
    ("The law allows U.S. military operations against al-Qaeda, a Taliban ally.", ("United States", "attacks", "al-Qaeda"),
     ("United States", "attacks", "Taliban")),
])
def test_extract_arguments_list_misparsed_as_apposition(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)
