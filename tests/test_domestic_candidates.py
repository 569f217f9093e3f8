"""An American official named as a candidate when he acted ("Trump, then the Republican candidate",
"then-candidate Trump") acted for his campaign, not for the United States."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, absent", [
    ("Many in Washington dislike the group, although Trump, then the Republican candidate, praised WikiLeaks "
     "last year.", ("United States", "praises", "WikiLeaks")),
    ("Then-candidate Donald Trump praised WikiLeaks at a rally in Pennsylvania.", ("United States", "praises", "WikiLeaks")),
])
def test_domestic_candidates_not_the_state(plain_edges, text, absent):
    assert absent not in plain_edges(text)


@pytest.mark.parametrize("text, expected", [
    ("President Donald Trump praised Japan at a rally in Pennsylvania.", ("United States", "praises", "Japan")),
])
def test_domestic_candidates_office_holder_is_the_state(plain_edges, text, expected):
    assert expected in plain_edges(text)
