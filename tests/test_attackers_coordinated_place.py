"""A killing's place phrase may close the verb coordinated with it ("killed X and wounded Y in Z")."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    ("Taliban fighters killed five people and wounded 20 others in Kandahar.", ("Taliban", "attacks", "Kandahar"),
     None),
    ("Boko Haram gunmen killed 30 villagers and burned homes in Borno state.", ("Boko Haram", "attacks", "Borno"),
     None),
    # a coordinated clause with its own subject is another act
    ("Taliban fighters killed five people and the army sent troops to Kandahar.", None,
     ("Taliban", "attacks", "Kandahar")),
])
def test_attackers_coordinated_place(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)
