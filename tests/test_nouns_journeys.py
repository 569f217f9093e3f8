""""X, on a visit to Y, said ...", "on a visit to Y, X signed ...": the traveller met Y, and the visit stands
when the clause denies something else ("on a visit to Y, X refused to ...")."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("German Chancellor Angela Merkel, on a visit to China, urged Beijing to open its markets.",
     ("Germany", "meets", "China")),
    ("On a visit to Kenya, Chinese Foreign Minister Wang Yi signed a trade deal.", ("China", "meets", "Kenya")),
    ("The Indian foreign minister, Subrahmanyam Jaishankar, on a visit to Japan last week refused to comment on it.",
     ("India", "meets", "Japan")),
])
def test_nouns_journeys_traveller_meets(plain_edges, text, expected):
    assert expected in plain_edges(text)


@pytest.mark.parametrize("text, absent", [
    ("During his visit to Japan next week, President Joe Biden will meet the emperor.", ("United States", "meets", "Japan")),
])
def test_nouns_journeys_future_not_plain(plain_edges, text, absent):
    assert absent not in plain_edges(text)
