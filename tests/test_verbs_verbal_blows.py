""""X slammed / blasted Y over its policy" is criticism (condemns), but not in a sentence of arms
("jets blasted militant positions", "the car slammed into a checkpoint")."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("On Monday, President Emmanuel Macron of France slammed Iran on Twitter.", ("France", "condemns", "Iran")),
    ("The Russian foreign ministry blasted Canada for the new sanctions.", ("Russia", "condemns", "Canada")),
])
def test_verbs_verbal_blows_condemn(plain_edges, text, expected):
    assert expected in plain_edges(text)


@pytest.mark.parametrize("text", [
    "Israeli jets blasted Hamas positions in Gaza, killing four fighters.",
    "A truck slammed into a Hezbollah checkpoint near the border.",
])
def test_verbs_verbal_blows_not_arms(plain_edges, text):
    assert not any(r == "condemns" for _, r, _ in plain_edges(text))
