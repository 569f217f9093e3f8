"""Requests for help (real pipeline): the asker's cooperation with the one asked, never a plain edge."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "cooperates" and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("Qatar asked Washington to protect its gas tankers.", ("Qatar", "United States"), {"hypothetical"}),
    ("Iraq appealed to Iran to send troops.", ("Iraq", "Iran"), {"hypothetical"}),
    ("Jordan has asked France for the use of its warships.", ("Jordan", "France"), {"hypothetical"}),
    ("Oman asked several countries, including China and Japan, for weapons. India and Brazil were also asked.",
     ("Oman", "Brazil"), {"hypothetical"}),
    # no help for the asker: leaving, a third party's help, a dispute sent to a court
    ("Egypt asked Israel to leave Gaza.", ("Egypt", "Israel"), set()),
    ("Chile asked Peru to cooperate with the United Nations inquiry.", ("Chile", "Peru"), set()),
    ("Chile asked Peru to help Bolivia stay afloat.", ("Chile", "Peru"), set()),
])
def test_appeals_requests(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities
