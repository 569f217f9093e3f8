"""A state that only locates the place before it ("in Dubai, the United Arab Emirates") is no party;
a list of places and states ("in Gaza, Lebanon and Syria") still is."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,pair,expected", [
    ("Vice President Kamala Harris met today with President Abdel Fattah Al-Sisi of Egypt in Dubai, the United "
     "Arab Emirates on the sidelines of the summit.", ("United States", "United Arab Emirates"), False),
    ("Vice President Kamala Harris met today with President Abdel Fattah Al-Sisi of Egypt in Dubai, the United "
     "Arab Emirates on the sidelines of the summit.", ("United States", "Egypt"), True),
    ("Israel attacked targets in Gaza, Lebanon and Syria.", ("Israel", "Lebanon"), True),
])
def test_locatives_city_country(text, pair, expected, extract_statements):
    found = {(s.subject.label, s.object.label) for s in extract_statements(text)}
    assert (pair in found) is expected, found


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    ("Britain condemned the recent terrorist attack in Moscow, Russia, claimed by Daesh.", ("ISIS", "Russia")),
])
def test_locatives_city_country_attack_site(text, pair, extract_statements):
    found = {(s.subject.label, s.object.label) for s in extract_statements(text) if s.relation == "attacks"}
    assert pair in found, found
