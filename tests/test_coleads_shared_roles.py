"""Co-agents of a "co-" verb cooperate (coleads.co_role_candidates)."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected, absent", [
    ("The new expert group, which is co-chaired by Canada and Mexico, met in Ottawa.",
     ("Canada", "cooperates", "Mexico"), None),
    ("The review, co-led by France and Japan, was published on Monday.", ("France", "cooperates", "Japan"), None),
    ("Kenya co-hosted the donor conference with Norway last week.", ("Kenya", "cooperates", "Norway"), None),
    ("NATO's new expert group, the body which is co-chaired by Canada and Norway, met in Brussels.",
     ("Canada", "cooperates", "NATO"), None),
    ("Ivan Petrov, a citizen of Russia, co-founded the exchange in 2019.", None,
     ("Ivan Petrov", "cooperates", "Russia")),
])
def test_coleads_shared_roles(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)
