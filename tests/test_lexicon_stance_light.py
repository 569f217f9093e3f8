"""A readout's stance verbs carry a support noun's subject: "X expressed support for Y", "X
reaffirmed the alliance between X and Y" (cooperates); what is expressed about a third party's
support stays that party's."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Qatar expressed strong support for the U.S. proposal.", ("Qatar", "cooperates", "United States"), None),
    ("Kenya voiced support for Somalia's talks with the International Monetary Fund.",
     ("Kenya", "cooperates", "Somalia"), None),
    ("Japan expressed concern about Iran's support for the Houthis.", ("Iran", "cooperates", "Houthis"),
     ("Japan", "cooperates", "Houthis")),
])
def test_lexicon_stance_light(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)
