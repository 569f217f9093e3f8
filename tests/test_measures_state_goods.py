"""A sanction, embargo or price cap on a state's goods ("on Ruritanian oil", "on the Iranian regime")
or one that drains the state ("our sanctions cut Russia's revenue") designates the state; one that is
lifted or evaded does not, and a firm of that nationality is no state."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Last winter the G7 agreed to a price cap on Russian crude.", ("G7", "designates", "Russia"), None),
    ("With our embargo on Venezuelan gold, we are draining the junta's treasury.",
     ("United States", "designates", "Venezuela"), None),
    ("Our sanctions coalition has choked Iran's access to drone parts.",
     ("United States", "designates", "Iran"), None),
    ("Treasury tightened sanctions on the Syrian regime this spring.", ("United States", "designates", "Syria"), None),
    ("The shipper helped the buyer evade the price cap on Russian crude.", None,
     ("United States", "designates", "Russia")),
    ("The President granted relief from sanctions on Cuban coffee.", None, ("United States", "designates", "Cuba")),
    ("Treasury sanctioned a Chinese shipping firm last week.", None, ("United States", "designates", "China")),
    ("We are sustaining our sanctions and moving to seize Iran's frozen assets.",
     ("United States", "designates", "Iran"), None),
    ("Canada adopted its ninth sanctions package against Belarus on Monday.", ("Canada", "designates", "Belarus"), None),
    ("Beijing points to its vote in the Council for fresh sanctions on North Korea.", None,
     ("United States", "designates", "North Korea")),
    ("Britain's new sanctions regime lets us act together.", None, ("United States", "designates", "United Kingdom")),
])
def test_measures_state_goods(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="U.S. Department of the Treasury press release")
