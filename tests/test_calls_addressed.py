""""X praised Y in a phone call", "during talks, X urged Y to ...": X and Y met (a call counts as a
meeting); not when the object is a state talked about, nor when the meeting names another partner."""

import pytest

from graphbuild.calls import ADDRESS_VERBS

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, pair", [
    ("President Emmanuel Macron of France praised Indian Prime Minister Narendra Modi in a phone call on Friday.",
     ("France", "India")),
    ("During talks in Tokyo, Japanese Prime Minister Fumio Kishida urged Chinese President Xi Jinping to ease "
     "the export curbs.", ("Japan", "China")),
])
def test_calls_addressed_meets(plain_edges, text, pair):
    found = plain_edges(text)
    assert (pair[0], "meets", pair[1]) in found or (pair[1], "meets", pair[0]) in found, found


@pytest.mark.parametrize("text, absent", [
    ("President Emmanuel Macron of France criticized Iran during a phone call on Friday.", ("France", "meets", "Iran")),
    ("President Emmanuel Macron of France praised Indian Prime Minister Narendra Modi during a meeting with "
     "German Chancellor Olaf Scholz.", ("France", "meets", "India")),
])
def test_calls_addressed_not_met(plain_edges, text, absent):
    assert absent not in plain_edges(text)


@pytest.mark.parametrize("verb", ["praise", "urge", "thank"])
def test_calls_addressed_verbs(verb):
    assert verb in ADDRESS_VERBS


@pytest.mark.parametrize("text, pair", [
    ("Indian Prime Minister Narendra Modi and French President Emmanuel Macron spoke on the phone for nearly an "
     "hour on Monday about trade and climate.", ("India", "France")),
])
def test_calls_addressed_spoke_together(plain_edges, text, pair):
    found = plain_edges(text)
    assert (pair[0], "meets", pair[1]) in found or (pair[1], "meets", pair[0]) in found, found
