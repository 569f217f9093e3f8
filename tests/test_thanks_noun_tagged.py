""""X thanks Y for ..." with "thanks" tagged as a noun is still X praising Y; "thanks to Y's help" and a
quoted speaker's heading are not."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("The United States thanks Saudi Arabia for its leadership in helping to reopen the airport.",
     ("United States", "praises", "Saudi Arabia"), None),
    ("The Treasury Department thanks the UAE for its close cooperation on this case.",
     ("United States", "praises", "United Arab Emirates"), None),
    ("Thanks to Qatar's mediation, the talks resumed in Doha.", None, ("United States", "praises", "Qatar")),
])
def test_thanks_noun_tagged(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="The White House")
