"""Contacts asked about or denied (real pipeline): an open meeting with the country of the people named."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "meets" and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("The committee asked whether Rex Tillerson had discussed the pipeline with any nationals or firms in Qatar,"
     " Oman or Egypt.", ("United States", "Oman"), {"hypothetical"}),
    ("The committee asked whether Rex Tillerson had discussed the pipeline with any nationals or firms in Qatar,"
     " Oman or Egypt.", ("United States", "Egypt"), {"hypothetical"}),
    ("Rex Tillerson denied having contacts with Iranian businessmen.", ("United States", "Iran"), {"negated"}),
    # an asserted contact with private people of a country is no meeting with its state
    ("Rex Tillerson discussed the pipeline with businessmen from Qatar.", ("United States", "Qatar"), set()),
    ("Rex Tillerson had contacts with Iranian businessmen.", ("United States", "Iran"), set()),
])
def test_contacts_open_meetings(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities
