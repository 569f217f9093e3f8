"""Designators the parse takes from a designation's reason, its legal basis or a merged sentence
(real pipeline, sentences written for these tests)."""

from __future__ import annotations

import pytest

TREASURY = "U.S. Department of the Treasury press release"


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # "for being owned or controlled ... by Y": Y owns the firm, the issuer designates it
    ("Treasury Targets Fuel Smugglers\n\nToday, OFAC designated two smugglers. Orion Haulage is being designated "
     "pursuant to E.O. 13224 for being owned or controlled, directly or indirectly, by Karim Haddad.",
     ("United States", "designates", "Orion Haulage"), ("Karim Haddad", "designates", "Orion Haulage")),
    # an executive order is no designator
    ("Yuri Petrov has been designated by the United States pursuant to E.O. 13661 and most recently by E.O. 13848 "
     "for supporting the influence campaign.",
     ("United States", "designates", "Yuri Petrov"), ("E.o. 13848", "designates", "Yuri Petrov")),
    # the country of firms listed with the designee designates no one
    ("Today, OFAC sanctioned Omar Farid Nadim, a fugitive, along with four other individuals and 12 Mexican "
     "companies linked to the fraud, pursuant to E.O. 14059.",
     ("United States", "designates", "Omar Farid Nadim"), ("Mexico", "designates", "Omar Farid Nadim")),
    # the subject cut off by a long phrase: the issuer designates
    ("Treasury Targets a Bank\n\nOFAC, pursuant to Section 4 of Executive Order (E.O.) 13810, today sanctioned "
     "Russian-registered Volga Credit Bank (Volga) for knowingly conducting a significant transaction on behalf "
     "of Omar Nadim.",
     ("United States", "designates", "Volga Credit Bank"), ("Omar Nadim", "designates", "Volga Credit Bank")),
])
def test_listings_misread_designator(text, expected, absent, assert_edges):
    assert_edges(text, expected=expected, absent=absent, source=TREASURY)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a state's own officials still designate for it
    ("Chinese officials sanctioned Orion Haulage, a defense contractor, on Monday.", ("China", "designates", "Orion Haulage")),
])
def test_listings_designator_kept(text, expected, assert_edges):
    assert_edges(text, expected=expected)
