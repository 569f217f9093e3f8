""""X received a lavish welcome from Y", "X was greeted by Y": X and Y met."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, pair", [
    ("President Emmanuel Macron of France received a lavish welcome from Indian Prime Minister Narendra Modi.",
     ("France", "India")),
    ("President Emmanuel Macron of France was greeted by Indian Prime Minister Narendra Modi at the airport.",
     ("France", "India")),
])
def test_nouns_welcome_meets(plain_edges, text, pair):
    found = plain_edges(text)
    assert (pair[0], "meets", pair[1]) in found or (pair[1], "meets", pair[0]) in found, found
