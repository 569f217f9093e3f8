"""Coordinated subjects of one attack fight together: each pair cooperates."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, pair, joined", [
    ("Russia and Syria bombed rebel positions in Aleppo.", ("Russia", "Syria"), True),
    ("Hamas and Islamic Jihad fired rockets at Israel.", ("Hamas", "Islamic Jihad"), True),
    # two attacks in one sentence, each with its own attacker
    ("Russia bombed Aleppo and Syria shelled Homs.", ("Russia", "Syria"), False),
    # foes that fight each other are no partners
    ("Israel and Hamas fought a war in 2014.", ("Israel", "Hamas"), False),
])
def test_nominal_joint_attackers(plain_edges, text, pair, joined):
    found = plain_edges(text)
    pairs = {frozenset((s, o)) for s, r, o in found if r == "cooperates"}
    assert (frozenset(pair) in pairs) == joined, found
