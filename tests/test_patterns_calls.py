"""Meetings said without a meeting verb (real pipeline): a call ("told X by phone", "a phone
conversation with X") and one looked forward to (hypothetical, never a plain edge)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State Rex Tillerson by phone that the "
     "vote was a mistake.", ("Russia", "meets", "United States"), None),
    ("Russian Foreign Minister Sergei Lavrov assured U.S. Secretary of State Rex Tillerson in a telephone call "
     "that the talks would go on.", ("Russia", "meets", "United States"), None),
    # near misses: no call, or an interview with a news outlet
    ("Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State Rex Tillerson that the vote was a "
     "mistake.", None, ("Russia", "meets", "United States")),
    ("Russian Foreign Minister Sergei Lavrov told Reuters by phone that the vote was a mistake.",
     None, ("Russia", "meets", "Reuters")),
])
def test_patterns_calls_told_by_phone(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Treasury Secretary Janet Yellen held a phone conversation with Chinese Vice Premier He Lifeng.",
     ("United States", "meets", "China"), None),
    ("Treasury Secretary Janet Yellen gave a long conversation with CNN about the economy.",
     None, ("United States", "meets", "CNN")),
])
def test_patterns_calls_conversation(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj", [
    ("Erdogan said he looked forward to talks with Russian President Vladimir Putin.", "Turkey", "Russia"),
    ("The French president looks forward to constructive conversations with Prime Minister Narendra Modi.",
     "France", "India"),
])
def test_patterns_calls_looked_forward_to(text, subject, obj, extract_statements):
    found = [s for s in extract_statements(text) if s.relation == "meets"
             and {s.subject.label, s.object.label} == {subject, obj}]
    assert found and all(s.modality == "hypothetical" and not s.is_plain_edge for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Blinken met with senior Iraqi military officials in Baghdad.", ("United States", "meets", "Iraq"), None),
    ("Blinken met with officials in Baghdad.", None, ("United States", "meets", "Iraq")),
])
def test_patterns_calls_officials_state(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modality", [
    ("Canadian Prime Minister Justin Trudeau raised the issue in a meeting with Philippine President Rodrigo "
     "Duterte.", {"Canada", "Philippines"}, "asserted"),
    ("Canadian Prime Minister Justin Trudeau said his meeting with Philippine President Rodrigo Duterte was "
     "cordial.", {"Canada", "Philippines"}, "reported"),
    ("Treasury Secretary Janet Yellen will participate in a bilateral meeting with German Finance Minister "
     "Christian Lindner.", {"United States", "Germany"}, "hypothetical"),
])
def test_patterns_calls_meeting_setting(text, pair, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == "meets"
             and {s.subject.label, s.object.label} == pair}
    assert found == {modality}, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Canadian Prime Minister Justin Trudeau raised the issue in a meeting on trade."])
def test_patterns_calls_meeting_setting_needs_a_partner(text, extract_statements):
    assert not any(s.relation == "meets" for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Maduro spoke during a televised meeting with generals of the Bolivarian National Armed Forces.",
])
def test_patterns_calls_meeting_setting_not_inner_phrase(text, extract_statements):
    assert not any(s.relation == "meets" for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    ("President Biden and Prime Minister Trudeau discussed the situation in Haiti.", {"United States", "Canada"}),
    ("President Biden received a call from President Zelenskyy of Ukraine.", {"United States", "Ukraine"}),
    ("Vice President Harris convened a meeting with the leaders of Guatemala and Honduras.",
     {"United States", "Guatemala"}),
])
def test_patterns_calls_discussed_received_convened(text, pair, extract_statements):
    assert any(s.relation == "meets" and s.is_plain_edge and {s.subject.label, s.object.label} == pair
               for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Analysts discussed Russia and China at length.",
    "Trump, who had called negotiations with North Korea a waste of time, offered no path to talks.",
])
def test_patterns_calls_discussed_near_miss(text, plain_edges):
    assert not any(rel == "meets" for _, rel, _ in plain_edges(text))
