"""A tie owned by both sides of a meeting just reported is taken for granted (bonds.bond_candidates)."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected, hypothetical", [
    ("Prime Minister Justin Trudeau met today with President Emmanuel Macron of France. They discussed our "
     "countries' close and enduring partnership on trade.", ("Canada", "cooperates", "France"), False),
    ("Prime Minister Justin Trudeau met today with President Emmanuel Macron of France. They reviewed our "
     "countries\u2019 strong partnership on trade.", ("Canada", "cooperates", "France"), False),
    ("Prime Minister Justin Trudeau met today with President Emmanuel Macron of France. They discussed their "
     "potential partnership in space.", ("Canada", "cooperates", "France"), True),
])
def test_bonds_taken_for_granted(extract_statements, text, expected, hypothetical):
    found = {(s.subject.label, s.relation, s.object.label): s for s in extract_statements(text)
             if s.relation == "cooperates" and s.is_plain_edge}
    assert (expected in found) != hypothetical, found
