"""A bare first word of a known person's name, written family name first ("Kim Jong Un" ...
"Kim"), is that person when no other person of the document starts with it (persons.resolve_persons)."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, edge, absent", [
    ("North Korean leader Kim Jong Un met Chinese officials on Monday. Later, Trump mocked Kim as "
     "a little rocket man.", ("United States", "condemns", "North Korea"), ("United States", "condemns", "Kim")),
])
def test_persons_family_name_first(assert_edges, text, edge, absent):
    assert_edges(text, edge, absent)
