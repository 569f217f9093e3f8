"""After a readout's meeting, "she thanked him" / "the President congratulated him" praise the other
party; a "him" with no meeting before it, or under another verb, is left alone."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Vice President Harris spoke with Prime Minister Kishida of Japan. She thanked him for hosting the "
     "summit.", ("United States", "praises", "Japan"), None),
    ("President Biden met with President Lula of Brazil. The President congratulated him on the new trade pact.",
     ("United States", "praises", "Brazil"), None),
    ("President Biden met with President Lula of Brazil. The President told him about the plan.", None,
     ("United States", "praises", "Brazil")),
    ("The President congratulated him on the new trade pact with Brazil.", None, ("United States", "praises", "Brazil")),
])
def test_counterparts_object_pronoun(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="The White House")
