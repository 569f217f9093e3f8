"""Co-subjects of a supporting verb whose object is a cause take a shared stance: they cooperate."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    ("Canada and Japan both support the peaceful settlement of the border dispute.",
     ("Japan", "cooperates", "Canada"), None),
    ("Both Xi and Trump expressed support for the protection of peace and stability in the region.",
     ("China", "cooperates", "United States"), None),
    # what is backed is an actor: support for it, not a tie between the backers
    ("Russia and Iran backed the Syrian government.", ("Russia", "cooperates", "Syria"),
     ("Russia", "cooperates", "Iran")),
    # actors inside a participle clause before the subject take no stance
    ("Recalling resolutions demanding Russia to withdraw its forces from Ukraine, the two leaders reaffirmed "
     "their support for a just peace.", None, ("Russia", "cooperates", "Ukraine")),
    # a shared refusal is no cooperation
    ("Russia and China do not support new sanctions.", None, ("China", "cooperates", "Russia")),
])
def test_positions_shared_support(plain_edges, text, expected, absent):
    found = plain_edges(text)
    pairs = {frozenset((s, o)) for s, r, o in found if r == "cooperates"}
    if expected:
        assert frozenset((expected[0], expected[2])) in pairs, found
    if absent:
        assert frozenset((absent[0], absent[2])) not in pairs, found
