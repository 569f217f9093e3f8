"""Acting in retaliation for someone's deed blames that someone (not for a deed of arms)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    ("Washington expelled 35 Russian diplomats in retaliation for Russia's interference in the election.",
     ("United States", "blames", "Russia"), None),
    # a reprisal still to come states the grievance now
    ("Canada is due to slap tariffs on Japanese goods in retaliation for Japan's alleged failure to honor the pact.",
     ("Canada", "blames", "Japan"), None),
    # a deed of arms is left to the attack rules
    ("Israel struck Gaza in retaliation for Hamas's rocket attacks.", None, ("Israel", "blames", "Hamas")),
])
def test_reprisals_blame(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)
