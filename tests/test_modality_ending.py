"""Ties ended without a negation word (real pipeline): each is kept as a
negated statement, never a plain edge; an ended visit took place, and a double negation leaves it open."""

from __future__ import annotations

import pytest


def _modalities(statements, relation, pair):
    return {s.modality for s in statements if s.relation == relation and {s.subject.label, s.object.label} == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modality", [
    ("Burkina Faso ended its military cooperation with France.", "cooperates", {"Burkina Faso", "France"},
     "negated"),
    ("Denmark froze its development aid to Tanzania.", "cooperates", {"Denmark", "Tanzania"}, "negated"),
    ("The decision does not mean that Oman has cut its ties with Iran, he said.", "cooperates", {"Oman", "Iran"},
     "hypothetical"),
])
def test_modality_ending_verbs(text, relation, pair, modality, extract_statements):
    assert _modalities(extract_statements(text), relation, pair) == {modality}


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair", [
    ("Burkina Faso strengthened its military cooperation with France.", "cooperates", {"Burkina Faso", "France"}),
])
def test_modality_ending_verbs_near_miss(text, relation, pair, extract_statements):
    assert _modalities(extract_statements(text), relation, pair) == {"asserted"}


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modality", [
    # a modifier of a noun above the act speaks of that noun, not of the act it is "to"
    ("Washington will counter Iran's likely support to Houthi missile attacks on Saudi Arabia.", "attacks",
     {"Houthis", "Saudi Arabia"}, "asserted"),
    ("Saudi Arabia fears possible attacks on its oil facilities by the Houthis.", "attacks",
     {"Houthis", "Saudi Arabia"}, "hypothetical"),
])
def test_modality_modifier_scope(text, relation, pair, modality, extract_statements):
    assert _modalities(extract_statements(text), relation, pair) == {modality}


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modality", [
    # the setting of a denied act took place; a meeting not taken part in did not
    ("Putin did not mention Ukraine during his meeting with Xi.", "meets", {"Russia", "China"}, "asserted"),
    ("Iran did not take part in the talks with the United States.", "meets", {"Iran", "United States"}, "negated"),
    ("President Biden and President Putin will discuss a range of topics.", "meets", {"United States", "Russia"},
     "hypothetical"),
])
def test_modality_setting_and_planned_discussion(text, relation, pair, modality, extract_statements):
    assert _modalities(extract_statements(text), relation, pair) == {modality}
