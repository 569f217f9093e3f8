"""Designees named only in a heading line over the paragraph that describes them (real pipeline,
sentences written for these tests)."""

from __future__ import annotations

import pytest

TREASURY = "U.S. Department of the Treasury press release"


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Treasury Targets Hawala Operators\n\nToday, OFAC designated two hawala operators pursuant to E.O. 13224.\n\n"
     "Omar Nadim Farid\n\nOmar Nadim Farid has materially assisted ISIS by moving its donations through a camp.\n\n"
     "Farid also ran a second office near the border.\n",
     ("United States", "designates", "Omar Nadim Farid")),
    ("Treasury Targets Shipping Firms\n\nToday, OFAC designated two firms pursuant to E.O. 13846.\n\n"
     "Halcyon Freight Limited\n\nHalcyon Freight Limited is a shipping company that carried oil for the network "
     "for several years.\n",
     ("United States", "designates", "Halcyon Freight Limited")),
    # a heading in capitals over a name NER does not read
    ("Treasury Targets Judges\n\nToday, OFAC designated two judges pursuant to E.O. 14088.\n\n"
     "MARTA ISABEL QUINTERO SOLANO\n\nMarta Isabel Quintero Solano (Quintero) was designated for ordering the "
     "arrest of opposition members.\n",
     ("United States", "designates", "Marta Isabel Quintero Solano")),
])
def test_listings_heading_designee(text, expected, assert_edges):
    assert_edges(text, expected=expected, source=TREASURY)


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # a heading over a paragraph about someone else
    ("Treasury Targets Hawala Operators\n\nToday, OFAC designated two hawala operators pursuant to E.O. 13224.\n\n"
     "Omar Nadim Farid\n\nThe camp holds thousands of people and receives donations from abroad every month.\n",
     ("United States", "designates", "Omar Nadim Farid")),
    # no sanctions release: a name over a biography is no designation
    ("New Board Members Announced\n\nThe museum named two new members today.\n\n"
     "Omar Nadim Farid\n\nOmar Nadim Farid has taught history at the university for twenty years.\n",
     ("United States", "designates", "Omar Nadim Farid")),
])
def test_listings_heading_near_misses(text, absent, assert_edges):
    assert_edges(text, absent=absent, source=TREASURY)
