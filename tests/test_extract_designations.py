"""Designees named in lists of a sanctions release (real pipeline, sentences written for these
tests): firms with a legal form, colon lists, a second object after a long reason clause, and the
nationalities, places and aliases that must not become designees."""

from __future__ import annotations

import pytest

TREASURY = "U.S. Department of the Treasury press release"


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("The Treasury Department designated three firms owned by the Velde family: Verano Holdings S.A., "
     "Blue Harbor Shipping, LLC, and Kestrel Trading GmbH.",
     {("United States", "designates", "Verano Holdings S.A."),
      ("United States", "designates", "Blue Harbor Shipping LLC"),
      ("United States", "designates", "Kestrel Trading GmbH")}),
    ("Today OFAC designated four Gaza-based money changers: Omar Zayed, Karim Haddad, Sami Nasr and Yusuf Barakat.",
     {("United States", "designates", "Omar Zayed"), ("United States", "designates", "Yusuf Barakat")}),
])
def test_extract_designations_colon_list(text, expected, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("OFAC sanctioned Paraguay Senator Ana Vidal Costa for taking bribes on public works contracts, and "
     "Colonel Petr Halek (Halek) for leading a unit that beat protesters, pursuant to E.O. 13818.",
     {("United States", "designates", "Ana Vidal Costa"), ("United States", "designates", "Petr Halek")},
     ("United States", "designates", "Paraguay")),
])
def test_extract_designations_second_object(text, expected, absent, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found and absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a place in brackets after a listed firm is where it is registered, not a designee
    ("OFAC also designated two companies: Norte Azul S.A. (registered in Panama) and Delta Verde Ltd. "
     "(registered in Cyprus).",
     {("United States", "designates", "Norte Azul S.A."), ("United States", "designates", "Delta Verde Ltd.")},
     {("United States", "designates", "Panama"), ("United States", "designates", "Cyprus")}),
    # a firm's bracketed short name stays the firm, not the country inside it
    ("Kovalevskij also runs Nordic Finland OY (Nordic Finland). Nordic Finland is being designated for "
     "being owned or controlled by Kovalevskij.",
     {("United States", "designates", "Nordic Finland OY")},
     {("United States", "designates", "Finland")}),
])
def test_extract_designations_no_place_designees(text, expected, absent, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found and not (absent & found), found
