"""Denied interference with no target in the sentence (real pipeline): negated, on the state meddled with."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "attacks" and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("French officials accuse Iran of interfering in France's election. Iran has denied any meddling.",
     ("Iran", "France"), {"hedged", "negated"}),
    ("French officials accuse Iran of interfering in France's election. Tehran denied it meddled in the vote.",
     ("Iran", "France"), {"hedged", "negated"}),
    ("China denied interfering in Japan's elections.", ("China", "Japan"), {"negated"}),
    ("Iran denied meddling in the German election.", ("Iran", "Germany"), {"negated"}),
    # no target told anywhere: nothing is guessed
    ("Iran has denied meddling.", ("Iran", "France"), set()),
])
def test_denials_interference(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities
