"""A deed praised as the object of a praising verb praises whoever did it (partners.merit_makers)."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected, absent", [
    ("Secretary of State Antony Blinken welcomed the tireless work by NATO to support Ukraine.",
     ("United States", "praises", "NATO"), None),
    ("Canada commended the efforts of Egypt in the hostage talks.", ("Canada", "praises", "Egypt"), None),
    ("Canada welcomed the work by Energy Ministers of the group.", None,
     ("Canada", "praises", "Energy Ministers")),
])
def test_partners_merit_makers(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)
