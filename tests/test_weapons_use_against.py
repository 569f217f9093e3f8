"""Weapons used against an actor are an attack by the user; a use condemned in a list the parser
broke is condemned too; tear gas on protesters or a use with no target is no attack on an actor."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Syria used barrel bombs against Turkey last spring.", ("Syria", "attacks", "Turkey"), None),
    ("The Houthis' use of drones against Saudi Arabia's oil fields continued.", ("Houthis", "attacks", "Saudi Arabia"),
     None),
    ("Japan condemned Russia's sale of rockets to Iran and Iran's use of these rockets against Iraq.",
     ("Japan", "condemns", "Iran"), None),
    ("Iran has used drones for surveillance of the border.", None, ("Iran", "attacks", "Iraq")),
])
def test_weapons_use_against(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="The White House")
