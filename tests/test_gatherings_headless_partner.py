""""X spoke with His Majesty A B C D, the King of Z": a partner whose name was recognized only in part,
or who is given by a title in apposition, is met; a "with" object naming nobody is not."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("President Biden spoke today with His Majesty Haitham bin Tariq Al Said, the Sultan of Oman.",
     ("United States", "meets", "Oman"), None),
    ("President Biden met today with Mr. Tobias Qwertyson, the Prime Minister of Norway.",
     ("United States", "meets", "Norway"), None),
    ("President Biden spoke today with Mr. Tobias Qwertyson, the owner of a shop in Norway.", None,
     ("United States", "meets", "Norway")),
])
def test_gatherings_headless_partner(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="The White House")
