""""Trump's critics", "Iran's enemies", "the critics of X": people named by whom they oppose are not
that actor, so what they do is not done by it."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, absent", [
    ("President Joe Biden's critics condemned Russia on Monday.", ("United States", "condemns", "Russia")),
    ("Iran's enemies have praised Israel for the strike.", ("Iran", "praises", "Israel")),
    ("The critics of Chinese President Xi Jinping praised Japan on Monday.", ("China", "praises", "Japan")),
    ("Turkey's rivals in the region welcomed Greece's decision.", ("Turkey", "praises", "Greece")),
])
def test_arguments_opponents_are_not_the_opposed(plain_edges, text, absent):
    found = plain_edges(text)
    assert absent not in found, found


@pytest.mark.parametrize("text, expected", [
    ("Iran's allies praised Syria on Monday.", ("Iran", "praises", "Syria")),
])
def test_arguments_opponents_allies_still_stand_for_their_state(plain_edges, text, expected):
    assert expected in plain_edges(text)
