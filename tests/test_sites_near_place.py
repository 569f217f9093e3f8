"""An attack verb whose object is a mere site attacks the place the sentence puts it near."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    ("Boko Haram fighters attacked a village near Maiduguri, killing 20 people.",
     ("Boko Haram", "attacks", "Maiduguri"), None),
    ("Iraqi forces shelled positions east of Mosul on Friday.", ("Iraq", "attacks", "Mosul"), None),
    # a distance from a state is outside it
    ("U.S. destroyers attacked the platform about 120 miles east of Bahrain.", None,
     ("United States", "attacks", "Bahrain")),
    # a named target stays the target; the place beside it is not attacked
    ("Al Shabaab gunmen attacked Kenyan troops near Mogadishu.", ("al-Shabaab", "attacks", "Kenya"),
     ("al-Shabaab", "attacks", "Mogadishu")),
])
def test_sites_near_place(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Islamic State militants dropped bombs on Mosul.", ("ISIS", "attacks", "Mosul")),
    ("Hamas gunmen hurled grenades into Sderot.", ("Hamas", "attacks", "Sderot")),
])
def test_sites_dropped_munitions(assert_edges, text, expected):
    assert_edges(text, expected=expected)
