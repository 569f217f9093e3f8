"""Whoever defends itself against an actor's war is attacked by that actor; the defender is the
pronoun's antecedent in the sentence, not the supporter; a feared war is no attack."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("The leaders reaffirmed their support for Georgia as it continues to defend itself against Russia's "
     "brutal aggression.", ("Russia", "attacks", "Georgia"), ("Russia", "attacks", "United States")),
    ("The United States will provide Ukraine with air defense systems to defend itself against Russia's war.",
     ("Russia", "attacks", "Ukraine"), ("Russia", "attacks", "United States")),
    ("NATO stands ready to defend its members against any further Russian aggression.", None,
     ("Russia", "attacks", "NATO")),
    ("The aid will help Ukraine defend itself against a Russian invasion.", None, ("Russia", "attacks", "Ukraine")),
])
def test_defenses_against_war(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="The White House")
