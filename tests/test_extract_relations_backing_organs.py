"""Backing, helping or training a foreign state's army or forces is cooperation with that state."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    ("Russia backs the Syrian army.", ("Russia", "cooperates", "Syria"), None),
    ("The United States trained Iraqi security forces.", ("United States", "cooperates", "Iraq"), None),
    # an organ of the subject's own state is no partner
    ("Iran supports the IRGC.", None, ("Iran", "cooperates", "Islamic Revolutionary Guard Corps")),
])
def test_extract_relations_backing_organs(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)
