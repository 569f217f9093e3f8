"""A person introduced as someone's counterpart, or by a post "at" a state body, acts for that
state (persons._apposition_role, role word "counterpart")."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, edge", [
    ("British Foreign Secretary Ruth Dalby held a call with Director Park Minsoo, her new counterpart at "
     "the Republic of Korea's National Security Office, on Monday.",
     ("United Kingdom", "meets", "South Korea")),
    ("Defense Secretary Lloyd Austin spoke on Friday with his Japanese counterpart Minoru Kihara.",
     ("United States", "meets", "Japan")),
])
def test_persons_counterpart_acts_for_state(assert_edges, text, edge):
    assert_edges(text, edge)
