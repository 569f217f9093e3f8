"""Avoidance idioms negate the act in their "of/from" phrase: never a plain edge (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modality", [
    ("Macron has steered clear of openly criticizing Xi Jinping.", "condemns", ("France", "China"), "negated"),
    ("Biden shied away from blaming Saudi Arabia for the murder.", "blames", ("United States", "Saudi Arabia"),
     "negated"),
    ("Scholz stayed away from condemning Beijing over the crackdown.", "condemns", ("Germany", "China"), "negated"),
    # "stop" negates on its own: one negation, not two (two would leave the act open)
    ("Mike Pompeo stopped short of accusing Moscow of meddling in the vote.", "blames",
     ("United States", "Russia"), "negated"),
    # without its word the verb is no avoidance: "Biden kept criticizing Beijing"
    ("Joe Biden kept criticizing Beijing over its trade practices.", "condemns", ("United States", "China"),
     "asserted"),
])
def test_modality_avoidance(text, relation, pair, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == relation
             and (s.subject.label, s.object.label) == pair}
    assert found == {modality}
