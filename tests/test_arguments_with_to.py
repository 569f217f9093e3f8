""""X worked with Y to do Z", which the parser reads as "with [Y to do Z]": Y is the partner."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Qatar is working closely with the United States to enforce financial sanctions against ISIS.",
     ("Qatar", "cooperates", "United States")),
    ("Japan worked with Australia to build a new port in the Pacific.", ("Japan", "cooperates", "Australia")),
])
def test_arguments_with_to_partner_is_read(plain_edges, text, expected):
    edges = plain_edges(text)
    assert expected in edges or (expected[2], expected[1], expected[0]) in edges, edges
