"""An official being sent to a state (real pipeline): an open meeting of the sender's state, never plain."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "meets" and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("I am sending Secretary Blinken to Egypt to press for a truce.", ("United States", "Egypt"), {"hypothetical"}),
    ("Joe Biden will send Antony Blinken to Jordan next week.", ("United States", "Jordan"), {"hypothetical"}),
    ("The White House plans to dispatch a delegation to Kenya.", ("United States", "Kenya"), {"hypothetical"}),
    ("Japan will not send its foreign minister to China.", ("Japan", "China"), {"negated"}),
    # troops are no envoys; a past sending is left to the relation patterns
    ("The United States is sending troops to Poland.", ("United States", "Poland"), set()),
    ("Joe Biden sent Antony Blinken to Jordan in May.", ("United States", "Jordan"), set()),
])
def test_trips_sending(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("Antony Blinken arrives in Cairo on Wednesday.", ("United States", "Egypt"), {"hypothetical"}),
    ("Antony Blinken leaves for Jordan on Tuesday.", ("United States", "Jordan"), {"hypothetical"}),
    ("Antony Blinken will travel to Tokyo next week.", ("United States", "Japan"), {"hypothetical"}),
    # a city that is no capital is a venue; one's own capital meets no one
    ("Antony Blinken will fly to Osaka on Friday.", ("United States", "Japan"), set()),
    ("Antony Blinken will return to Washington on Friday.", ("United States", "United States"), set()),
])
def test_trips_capitals(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("Joe Biden invited Fumio Kishida to Washington.", ("Japan", "United States"), {"hypothetical"}),
    ("Xi Jinping invited Vladimir Putin to China next year.", ("Russia", "China"), {"hypothetical"}),
    # an invitation not made says nothing of a visit; a venue is no state
    ("Joe Biden did not invite Fumio Kishida to Washington.", ("Japan", "United States"), set()),
    ("Joe Biden invited Fumio Kishida to the summit.", ("Japan", "United States"), set()),
])
def test_trips_invited(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities
