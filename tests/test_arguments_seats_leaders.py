""""the regime in Pyongyang" stands for its state (a capital: the state it is the seat of); "leaders
such as X and Y" stand for the persons listed."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Japan condemned the regime in Pyongyang.", ("Japan", "condemns", "North Korea")),
    ("Britain criticized the government in Iran for the arrests.", ("United Kingdom", "condemns", "Iran")),
])
def test_arguments_seats_government_in(plain_edges, text, expected):
    assert expected in plain_edges(text)


@pytest.mark.parametrize("text, expected", [
    ("President Emmanuel Macron of France has shown admiration for leaders such as Indian Prime Minister "
     "Narendra Modi.", ("France", "praises", "India")),
])
def test_arguments_seats_leaders_such_as(plain_edges, text, expected):
    assert expected in plain_edges(text)
