"""A rule verb in a phrasal sense ("ruled out a strike on X") is no rule over X: a negated governs (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modalities", [
    ("The Israeli cabinet ruled out a military strike on Iran's oil fields, the minister said.", ("Israel", "Iran"),
     {"negated"}),
    ("Israel has not ruled out a strike on Iran.", ("Israel", "Iran"), {"negated"}),
    # the rule verb in its own sense keeps its reading
    ("The Taliban ruled Afghanistan from 1996 to 2001.", ("Taliban", "Afghanistan"), {"asserted"}),
])
def test_traps_phrasal(text, pair, modalities, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == "governs"
             and (s.subject.label, s.object.label) == pair}
    assert found == modalities


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair", [
    ("Turkey backed off from its support for Sweden's bid, officials said.", "cooperates", ("Turkey", "Sweden")),
])
def test_traps_phrasal_backing_off(text, relation, pair, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == relation
             and (s.subject.label, s.object.label) == pair}
    assert found == {"negated"}
