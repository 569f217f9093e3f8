""""Theresa May criticized X", with the surname "May" parsed as a modal: the name is the subject, and no
hedge."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("British Prime Minister Theresa May criticized U.S. President Donald Trump.",
     ("United Kingdom", "condemns", "United States")),
])
def test_subjects_name_as_modal_is_subject(plain_edges, text, expected):
    assert expected in plain_edges(text)


@pytest.mark.parametrize("text, absent", [
    ("British Prime Minister Theresa May may criticize Iran.", ("United Kingdom", "condemns", "Iran")),
])
def test_subjects_name_as_modal_real_modal_kept(plain_edges, text, absent):
    assert absent not in plain_edges(text)
