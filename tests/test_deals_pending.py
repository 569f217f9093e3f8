"""Deals still in the making (real pipeline): the cooperation they would be is hypothetical, never a
plain edge; a deal made (negotiated in the past, agreed to) keeps its asserted reading."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "cooperates" and {s.subject.label, s.object.label} == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("A peace deal between Ethiopia and Eritrea is still being negotiated.", {"Ethiopia", "Eritrea"}, {"hypothetical"}),
    ("Serbia and Kosovo are negotiating a trade agreement.", {"Serbia", "Kosovo"}, {"hypothetical"}),
    ("Officials said they were close to a deal between Armenia and Azerbaijan.", {"Armenia", "Azerbaijan"},
     {"hypothetical"}),
    ("The envoy thanked Qatar for its efforts in securing a deal between Israel and Hamas that held for a week.",
     {"Israel", "Hamas"}, {"asserted"}),
    ("Armenia and Azerbaijan agreed to a ceasefire deal.", {"Armenia", "Azerbaijan"}, {"asserted"}),
])
def test_deals_pending(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities
