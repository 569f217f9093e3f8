"""A war a government text names only by its owner is an attack on the one state its sentence names
as helped, visited or suffering; a state that backs the war, or prices elsewhere, is no target."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Our budget loans help Moldova amid Russia's cruel invasion.", ("Russia", "attacks", "Moldova"), None),
    ("The ministers reviewed their help to Armenia in the face of Azerbaijan's war of aggression.",
     ("Azerbaijan", "attacks", "Armenia"), None),
    ("China's support for Russia's war must stop.", None, ("Russia", "attacks", "China")),
    ("Russia's war has hurt Egyptian families and farmers.", None, ("Russia", "attacks", "Egypt")),
])
def test_fronts_owned_war(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="U.S. Department of the Treasury press release")
