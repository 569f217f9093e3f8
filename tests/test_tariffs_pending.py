"""Punitive tariffs still to come (real pipeline): a hypothetical or negated designates node, never plain."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "designates" and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("The Reagan administration is due to slap 200 pct tariffs on a range of Brazilian goods on Monday.",
     ("United States", "Brazil"), {"hypothetical"}),
    ("Washington will impose punitive duties on imports from Brazil next month.", ("United States", "Brazil"),
     {"hypothetical"}),
    ("Ronald Reagan decided not to impose tariffs on Brazilian shoes.", ("United States", "Brazil"), {"negated"}),
    # tariffs in force are trade policy; a duty that is no trade measure
    ("The United States imposed tariffs on Brazilian shoes last year.", ("United States", "Brazil"), set()),
    ("Washington will place the duty of care on Brazil.", ("United States", "Brazil"), set()),
])
def test_tariffs_pending(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities
