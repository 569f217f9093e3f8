"""Designee names that open with a place ("Gaza Now"), read whole in sanctions releases (real
pipeline, sentences written for these tests)."""

from __future__ import annotations

import pytest

TREASURY = "U.S. Department of the Treasury press release"


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Treasury Targets Online Fundraisers\n\nToday, OFAC is designating Mosul Echo pursuant to E.O. 13224. "
     "Mosul Echo is a news channel that raised money for the Houthis.",
     ("United States", "designates", "Mosul Echo"), ("United States", "designates", "Mosul")),
])
def test_designees_place_led_name(text, expected, absent, assert_edges):
    assert_edges(text, expected=expected, absent=absent, source=TREASURY)


@pytest.mark.model
@pytest.mark.parametrize("text,kept", [
    # a place word after the place, and a name written only once, stay as they were
    ("Today, OFAC designated a trader pursuant to E.O. 13224. He moved money from Mosul Province to a bank. "
     "The trader lived in Mosul Province for years.", "Mosul Province"),
    ("Today, OFAC designated a trader pursuant to E.O. 13224. He met officials in Mosul Monday.", "Mosul Monday"),
])
def test_designees_place_led_name_near_misses(text, kept, nlp):
    from graphbuild.designees import place_led_names
    from graphbuild.extract import _find_mentions

    doc = nlp(text)
    assert kept not in {m.text for m in place_led_names(doc, _find_mentions(doc)) if m.actor.type == "Organization"}
