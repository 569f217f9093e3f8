"""Military operations still planned, threatened or warned against (real pipeline): the agent's open
attack on the place it would be carried into; never a plain edge; an owned assault an ordinary noun
refers to is no open one."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "attacks" and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("Israel is preparing a possible ground offensive in Gaza.", ("Israel", "Gaza"), {"hypothetical"}),
    ("Turkey could launch a new incursion into Syria.", ("Turkey", "Syria"), {"hypothetical"}),
    ("Biden warned Netanyahu against a military operation in Lebanon.", ("Israel", "Lebanon"), {"hypothetical"}),
    ("Biden warned Netanyahu against a military operation in Lebanon.", ("United States", "Lebanon"), set()),
    # an operation with no military modifier is no attack; a real assault that victims are of is asserted
    ("Chile is planning a rescue operation in Peru.", ("Chile", "Peru"), set()),
    ("We urge Russia to ensure safe access to the victims of its assault on Ukraine.", ("Russia", "Ukraine"),
     {"asserted"}),
])
def test_operations_planned(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities
