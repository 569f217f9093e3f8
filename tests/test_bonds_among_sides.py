"""A tie among Allies or between "our two countries" after a meeting is the parties' own; cooperation
"between these two allies" names two others."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, pair, expected", [
    ("Prime Minister Justin Trudeau spoke today with President Emmanuel Macron of France. They underlined the "
     "close coordination among Allies and partners.", ("Canada", "France"), True),
    ("Prime Minister Justin Trudeau met today with President Emmanuel Macron of France to discuss ways to "
     "strengthen the deep partnership between our two countries.", ("Canada", "France"), True),
    ("Prime Minister Justin Trudeau spoke today with President Emmanuel Macron of France. They welcomed the "
     "progress toward greater cooperation between these two key allies.", ("Canada", "France"), False),
])
def test_bonds_among_sides(extract_statements, text, pair, expected):
    found = {(s.subject.label, s.object.label) for s in extract_statements(text)
             if s.relation == "cooperates" and s.is_plain_edge}
    assert (pair in found or pair[::-1] in found) == expected, found
