""""X is an outspoken critic of Y", "X, a fierce critic of Y": X condemns Y; "critics of Y" named by no
actor condemn nothing."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("German Chancellor Angela Merkel is a critic of Russia.", ("Germany", "condemns", "Russia")),
    ("Senator Marco Rubio, a fierce critic of Cuba, welcomed the decision on Monday.",
     ("United States", "condemns", "Cuba")),
])
def test_nouns_critic_condemns(plain_edges, text, expected):
    assert expected in plain_edges(text)


@pytest.mark.parametrize("text", ["Critics of Iran welcomed the decision on Monday."])
def test_nouns_critic_unnamed(plain_edges, text):
    assert not any(r == "condemns" for _, r, _ in plain_edges(text))
