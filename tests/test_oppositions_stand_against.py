"""Standing or uniting against an actor or its war condemns the actor (oppositions.opposition_candidates)."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected, absent", [
    ("Canada and Australia stand united against Russia's illegal invasion of Ukraine.",
     ("Canada", "condemns", "Russia"), None),
    ("Japan has taken a firm stand against China's coercion in the region.", ("Japan", "condemns", "China"), None),
    ("Canada will always stand against hatred and bigotry.", None, ("Canada", "condemns", "hatred")),
    ("Norway's former minister Ola Berg is to stand against Prime Minister Kari Lunde at the next election.", None,
     ("Ola Berg", "condemns", "Kari Lunde")),
])
def test_oppositions_stand_against(plain_edges, text, expected, absent):
    found = plain_edges(text)
    if expected:
        assert expected in found, found
    if absent:
        assert not any(e[1] == "condemns" for e in found), found
