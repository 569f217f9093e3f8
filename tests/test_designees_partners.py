"""A second government designating a release's own designees (real pipeline, sentences written
for these tests): "the UK, which is sanctioning these same targets", "Canada also took action
against these individuals", "the designation of these two men by the UN"."""

from __future__ import annotations

import pytest

TREASURY = "U.S. Department of the Treasury press release"

_RELEASE = ("Treasury Sanctions Arms Brokers\n\nWASHINGTON - Today, OFAC designated Tomas Varga and "
            "Delta Ridge Trading LLC for brokering arms sales. {partner} Tomas Varga owns Delta Ridge Trading LLC. "
            "Kestrel Bank, which was designated by OFAC in 2019, holds his accounts.")


@pytest.mark.model
@pytest.mark.parametrize("partner,expected", [
    ("This action is coordinated with the United Kingdom's Office of Financial Sanctions Implementation, "
     "which is imposing sanctions on these same targets.",
     {("United Kingdom", "designates", "Tomas Varga"), ("United Kingdom", "designates", "Delta Ridge Trading LLC")}),
    ("Canada and Australia also took action against these targets.",
     {("Canada", "designates", "Tomas Varga"), ("Australia", "designates", "Delta Ridge Trading LLC")}),
    ("The same targets were also sanctioned by Japan today.",
     {("Japan", "designates", "Tomas Varga"), ("Japan", "designates", "Delta Ridge Trading LLC")}),
    ("It is taken together with the designation of these two targets by the UN Security Council.",
     {("United Nations", "designates", "Tomas Varga")}),
    ("It complements steps taken today by the European Union and Canada, which imposed sanctions on both targets.",
     {("European Union", "designates", "Tomas Varga"), ("Canada", "designates", "Tomas Varga")}),
    ("Stressing the global resolve, the United Nations (UN) last week added these individuals to its sanctions list.",
     {("United Nations", "designates", "Tomas Varga")}),
])
def test_designees_partner_designates_same_targets(partner, expected, plain_edges):
    found = plain_edges(_RELEASE.format(partner=partner), source=TREASURY)
    assert expected <= found, found
    # a designation the release dates to an earlier year is no designee of today's partner action
    assert not {e for e in found if e[2] == "Kestrel Bank" and e[0] != "United States"}, found


@pytest.mark.model
@pytest.mark.parametrize("partner,absent", [
    # only some of the designees: no way to tell which
    ("New Zealand imposed sanctions on several of the same targets.", ("New Zealand", "designates", "Tomas Varga")),
    # a partner naming its own designee is read by the verb patterns, not copied to the release's designees
    ("Canada also sanctioned Nordwind Group today.", ("Canada", "designates", "Tomas Varga")),
    # "these individuals" are the persons designated today, not the firm designated with them
    ("Stressing the global resolve, the United Nations (UN) last week added these individuals to its sanctions list.",
     ("United Nations", "designates", "Delta Ridge Trading LLC")),
    ("Canada also took action against these individuals.", ("Canada", "designates", "Delta Ridge Trading LLC")),
    # a state that only modifies the body's name is no partner
    ("It is taken together with the designation of these two targets by the UN Security Council Mali Committee.",
     ("Mali", "designates", "Tomas Varga")),
])
def test_designees_partner_near_misses(partner, absent, plain_edges):
    found = plain_edges(_RELEASE.format(partner=partner), source=TREASURY)
    assert absent not in found, found
