"""An event noun judged by a linking verb takes that judgment as its modality (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modality", [
    ("Talks between Iran and the United States remain unlikely.", "meets", ("Iran", "United States"), "hypothetical"),
    ("A meeting between Lavrov and Blinken is not on the agenda.", "meets", ("Russia", "United States"), "negated"),
    ("Talks between Russia and Ukraine are not in the cards.", "meets", ("Russia", "Ukraine"), "negated"),
    ("An Israeli strike on Iran seems imminent.", "attacks", ("Israel", "Iran"), "hypothetical"),
    # a judgment of how the event went says nothing of whether it happened
    ("The meeting between Biden and Xi was productive.", "meets", ("United States", "China"), "asserted"),
])
def test_outlooks_copula(text, relation, pair, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == relation
             and (s.subject.label, s.object.label) == pair}
    assert found == {modality}
