""""the support of X for Y" (or for Y's plan, for the Y proposal) is X cooperating with Y; "in support
of X" and support for a hostile act are not."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("The leaders expressed the strong support of Qatar and Egypt for the U.S. peace plan.",
     ("Qatar", "cooperates", "United States"), None),
    ("The President conveyed the firm support of the United States for Kenya's mediation in the region.",
     ("United States", "cooperates", "Kenya"), None),
    ("The vote showed the support of France for sanctions on Iran.", None, ("France", "cooperates", "Iran")),
])
def test_supporters_of_for(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="The White House")
