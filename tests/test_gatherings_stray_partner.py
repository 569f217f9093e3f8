"""A meeting held whose "with" partner the parser hung on another word meets that partner
(gatherings.stray_partner_candidates); the partner named "with <name> of <state>" acts for the state
(persons.titled_organizations)."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Justin Trudeau held a bilateral meeting ahead of the Canada Day celebration with "
     "President Emmanuel Macron of France in Ottawa.", ("Canada", "meets", "France")),
    ("Prime Minister Justin Trudeau held a secure video call today with President Emmanuel Macron of France "
     "to discuss trade.", ("Canada", "meets", "France")),
])
def test_gatherings_stray_partner(plain_edges, text, expected):
    found = plain_edges(text)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Justin Trudeau spoke today with Palestinian Authority President Mahmoud Abbas to express his "
     "concern about the violence.", ("Canada", "meets", "Palestine")),
])
def test_gatherings_loose_with(plain_edges, text, expected):
    found = plain_edges(text)
    assert expected in found, found


@pytest.mark.parametrize("text, source, expected, absent", [
    ("Deputy Premier Liu, thank you for welcoming me to China for these talks.", "The White House",
     ("United States", "meets", "China"), None),
    ("Chairman Smith, thank you for inviting me to testify on the budget.", "The White House", None,
     ("United States", "meets", "Smith")),
])
def test_gatherings_guests(plain_edges, text, source, expected, absent):
    found = plain_edges(text, source=source)
    if expected:
        assert expected in found, found
    if absent:
        assert not any(e[1] == "meets" for e in found), found
