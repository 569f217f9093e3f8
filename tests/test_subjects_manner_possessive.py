""""X was effusive in his praise of Y", "X has been unwavering in her support for Y": the possessive of a
stance noun in a manner phrase is the clause's subject."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("On his visit last week, the French president, Emmanuel Macron, was effusive in his praise of the "
     "Indian prime minister, Narendra Modi.",
     ("France", "praises", "India")),
    ("German Chancellor Angela Merkel has been unwavering in her support for Ukraine.",
     ("Germany", "cooperates", "Ukraine")),
])
def test_subjects_manner_possessive(plain_edges, text, expected):
    assert expected in plain_edges(text)
