""""The entities designated today are RSF-affiliated companies": the companies are listed, not the
group their name is tied to by a hyphen."""

import pytest

TREASURY = "U.S. Department of the Treasury press release"

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected, absent", [
    ("The two entities designated today are RSF-affiliated companies that earn money from the war in Sudan.",
     None, ("United States", "designates", "Rapid Support Forces")),
    ("The two entities designated today are Hizballah and Kata'ib Hizballah.",
     ("United States", "designates", "Hezbollah"), None),
])
def test_listings_hyphen_items_qualifier_is_no_designee(plain_edges, text, expected, absent):
    edges = plain_edges(text, source=TREASURY)
    if expected is not None:
        assert expected in edges, edges
    if absent is not None:
        assert absent not in edges, edges
