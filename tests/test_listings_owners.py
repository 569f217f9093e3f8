"""Two firms of one owner listed together are no partners of each other (real pipeline, sentences
written for these tests)."""

from __future__ import annotations

import pytest

TREASURY = "U.S. Department of the Treasury press release"


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Velora Media and its editor Karim Haddad, as well Nordic Lines Ltd and Baltic Trade Ltd, and their director "
     "Anna Berg, partnered on several fundraisers.",
     None, ("Nordic Lines Ltd", "cooperates", "Baltic Trade Ltd")),
    # without a shared owner named after them, two firms that partner are partners
    ("Nordic Lines Ltd and Baltic Trade Ltd cooperated closely on several fundraisers for the militia.",
     ("Nordic Lines Ltd", "cooperates", "Baltic Trade Ltd"), None),
])
def test_listings_one_owner_pair(text, expected, absent, assert_edges):
    assert_edges(text, expected=expected, absent=absent, source=TREASURY)
