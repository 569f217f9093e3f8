"""A storm, a quake or an epidemic that "struck" a place is no attacker."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    ("The bill rose after Hurricanes Olga and Pablo, which struck Texas and Florida.", None,
     ("Hurricanes Olga", "attacks", "Texas")),
    ("Typhoon Marlo hit the Philippines in November.", None, ("Typhoon Marlo", "attacks", "Philippines")),
    # a state's strike stays an attack
    ("Israel struck Gaza on Sunday after the storm.", ("Israel", "attacks", "Gaza"), None),
])
def test_hazards_attacker(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)


@pytest.mark.parametrize("words, expected", [
    (("Hurricane", "Irma"), True),
    (("Chief", "Irma"), False),
])
def test_hazards_attacker_named(words, expected):
    import spacy

    from graphbuild.hazards import hazard_named

    doc = spacy.blank("en")(" ".join(words) + " struck.")
    doc[0].dep_, doc[0].head = "compound", doc[1]
    assert hazard_named(doc[1]) is expected
