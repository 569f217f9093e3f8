""""A and B committed to close cooperation in support of X": each party cooperates with X; support
for a hostile act on X is no partnership with X."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("President Biden spoke with Prime Minister Kishida of Japan. Both leaders welcomed their close cooperation "
     "in support of Moldova's reforms.", ("Japan", "cooperates", "Moldova"), None),
    ("Canada and Australia announced closer coordination in support of Ukraine's reconstruction.",
     ("Australia", "cooperates", "Ukraine"), None),
    ("France and Germany agreed on closer cooperation in support of sanctions on Iran.", None,
     ("France", "cooperates", "Iran")),
])
def test_aims_support(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="The White House")
