""""officials of X responsible for ...": who blames X (real pipeline, sentences written for these
tests). A judging verb's subject blames X; a designee described as X's member does not."""

from __future__ import annotations

import pytest

TREASURY = "U.S. Department of the Treasury press release"


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Canada sanctioned officers of Belarus responsible for the violent crackdown on protesters.",
     ("Canada", "blames", "Belarus"), None),
    ("Omar Farid is a senior financier of Hamas who has worked with Hamas operatives responsible for rocket "
     "attacks on Israel.", None, ("Omar Farid", "blames", "Hamas")),
    ("Under his command, Sami Haddad trained ISIS operatives responsible for the bombings in the city.",
     None, ("Sami Haddad", "blames", "ISIS")),
])
def test_attribution_responsible_judge(text, expected, absent, assert_edges):
    assert_edges(text, expected=expected, absent=absent, source=TREASURY)
