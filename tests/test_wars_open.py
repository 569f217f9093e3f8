"""Wars only sought, risked or ruled out (real pipeline): an open attack of the one who would wage it,
never a plain edge; a war under way and a trade war are left out."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "attacks" and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("Egypt does not want a war with Ethiopia.", ("Egypt", "Ethiopia"), {"negated"}),
    ("Analysts fear a war between Armenia and Azerbaijan.", ("Azerbaijan", "Armenia"), {"hypothetical"}),
    ("Chile was prepared for a major war with Peru.", ("Chile", "Peru"), {"hypothetical"}),
    ("Diplomats are pressing for an end to the war between Armenia and Azerbaijan.", ("Armenia", "Azerbaijan"),
     set()),
    ("Egypt does not want a trade war with Ethiopia.", ("Egypt", "Ethiopia"), set()),
])
def test_wars_open(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities
