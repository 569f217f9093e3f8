"""Rule over a place that is only possible, wanted or denied (real pipeline): a non-plain ``governs``
statement, never a plain edge; an asserted "controls" is left to the triggers."""

from __future__ import annotations

import pytest


def _modalities(statements, pair):
    return {s.modality for s in statements if s.relation == "governs" and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("The minister said that Hamas cannot control Gaza after the war.", ("Hamas", "Gaza"), {"negated"}),
    ("Russia wants to control Ukraine.", ("Russia", "Ukraine"), {"hypothetical"}),
    ("Analysts said the Taliban could expand their control throughout Afghanistan.", ("Taliban", "Afghanistan"),
     {"hypothetical"}),
    # the facilities of a country are not the country
    ("Russia wants to control Ukraine's nuclear facilities.", ("Russia", "Ukraine"), set()),
    # "the country" is not a state named only as a modifier ("a hasty U.S. exit")
    ("After a hasty U.S. exit the Taliban could extend their control over the whole country.",
     ("Taliban", "United States"), set()),
])
def test_control_open_rule(text, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), pair) == modalities


@pytest.mark.model
@pytest.mark.parametrize("text", ["The Taliban controls Kandahar and Herat.", "Hezbollah runs several schools."])
def test_control_asserted_left_alone(text, extract_statements):
    assert not [s for s in extract_statements(text) if s.relation == "governs" and s.modality != "asserted"]
