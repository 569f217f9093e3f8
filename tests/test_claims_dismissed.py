"""Acts in the "that" clause of a dismissed claim (real pipeline): read with the clause's subject, never plain."""

from __future__ import annotations

import pytest


def _modalities(statements, rel, pair):
    return {s.modality for s in statements if s.relation == rel and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,rel,pair,modalities", [
    ("Pakistan rejected accusations that it had armed the Taliban.", "cooperates", ("Pakistan", "Taliban"),
     {"negated"}),
    ("Egypt dismissed reports that Egyptian officials had met Israeli officials.", "meets", ("Egypt", "Israel"),
     {"negated"}),
    ("Turkey rejected the suggestion that it would invade Syria.", "attacks", ("Turkey", "Syria"), {"negated"}),
    # a claim only reported is not read here (hedged or asserted, if at all, by the patterns)
    ("Accusations that Turkey attacked Syria grew.", "attacks", ("Turkey", "Syria"), {"hedged"}),
])
def test_claims_dismissed(text, rel, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), rel, pair) == modalities
