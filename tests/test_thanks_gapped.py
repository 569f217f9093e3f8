""""We thank X for A, and Y for B": Y is praised too; a place inside the first reason is not."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("We thank Norway for its generosity and Kenya for hosting the talks.", ("United States", "praises", "Kenya"), None),
    ("Secretary Blinken commended Qatar for its mediation, and Egypt for opening the crossing.",
     ("United States", "praises", "Egypt"), None),
    ("We thank Norway for its help in Sudan and Chad.", None, ("United States", "praises", "Chad")),
])
def test_thanks_gapped(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="The White House")
