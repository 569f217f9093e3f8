"""A gathering an organization holds, still to come, is an open meeting with it (real pipeline)."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "meets" and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("President Biden will travel to Vilnius next week for the NATO Summit.", ("United States", "NATO"),
     {"hypothetical"}),
    ("Narendra Modi will attend the ASEAN summit in Jakarta on Thursday.", ("India", "ASEAN"), {"hypothetical"}),
    ("President Biden will travel to Hiroshima on May 18 to attend the G7 Leaders' Summit.", ("United States", "G7"),
     {"hypothetical"}),
    ("Sergei Lavrov plans to take part in the OSCE ministerial meeting in Skopje.", ("Russia", "OSCE"),
     {"hypothetical"}),
    ("Vladimir Putin will not travel to the BRICS summit in Johannesburg.", ("Russia", "BRICS"), {"negated"}),
    ("President Biden will participate on June 14 in the NATO Summit in Brussels.", ("United States", "NATO"),
     {"hypothetical"}),
    # only an organization is met through its gathering; an attendance told as done is not read here; "take"
    # needs "part"
    ("President Biden will attend the Ukraine Recovery Conference in London.", ("United States", "Ukraine"), set()),
    ("Narendra Modi attended the ASEAN summit in Jakarta last week.", ("India", "ASEAN"), set()),
    # the state a gathering meets in is its venue, not a party
    ("President Biden will travel to Madrid, Spain for the NATO Summit.", ("United States", "Spain"), set()),
    ("Janet Yellen will travel to New Delhi, India to participate in the G20 Leaders' Summit.",
     ("United States", "India"), set()),
    ("Janet Yellen will travel to New Delhi, India next week.", ("United States", "India"), {"hypothetical"}),
    ("Sergei Lavrov will take questions at the OSCE ministerial meeting.", ("Russia", "OSCE"), set()),
])
def test_trips_gatherings(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities
