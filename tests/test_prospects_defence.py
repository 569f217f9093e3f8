"""Self-defence and denied attacks (real pipeline): a backed defence is no possible strike of the
defender's; a denied attack on a named non-actor target falls back to no earlier target."""

from __future__ import annotations

import pytest


def _modalities(statements, relation, pair):
    return {s.modality for s in statements if s.relation == relation and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("We will keep supporting Ukraine's ability to defend itself against Russia's aggression.",
     ("Ukraine", "Russia"), set()),
    ("Israel has a right to defend itself against Hamas.", ("Israel", "Hamas"), {"hypothetical"}),
])
def test_prospects_defence_backed(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), "attacks", pair) == modalities


@pytest.mark.model
@pytest.mark.parametrize("text,modalities", [
    ("Hamas attacked Israel on Saturday. Hamas said it was not responsible for the attack on the hospital.", set()),
    ("Hamas attacked Israel on Saturday. Hamas said it was not responsible for the attack.", {"negated"}),
])
def test_prospects_denied_attack_target(text, modalities, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == "attacks"
             and (s.subject.label, s.object.label) == ("Hamas", "Israel") and s.modality != "asserted"}
    assert found == modalities
