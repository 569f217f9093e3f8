"""Facts inside open clauses (real pipeline): a clause of reason or time, the writer's evaluative
adjective, an ended war, an effort under way, an owned event one knows about; and an "as soon as"
condition that keeps both acts open."""

from __future__ import annotations

import pytest


def _modalities(statements, triple):
    return {s.modality for s in statements if (s.subject.label, s.relation, s.object.label) == triple}


@pytest.mark.model
@pytest.mark.parametrize("text,triple,modality", [
    ("Because Iran attacked Israel, the United States may respond.", ("Iran", "attacks", "Israel"), "asserted"),
    ("As Japan is the United States' oldest treaty ally in the region, the envoy discussed new plans.",
     ("United States", "cooperates", "Japan"), "asserted"),
    ("The minister raised the importance of ending Russia's brutal war against Ukraine.",
     ("Russia", "attacks", "Ukraine"), "asserted"),
    ("They discussed U.S. support for Chile's response to the floods.", ("United States", "cooperates", "Chile"),
     "asserted"),
    ("Israel will strike Iran as soon as Iran attacks Israel.", ("Iran", "attacks", "Israel"), "hypothetical"),
    ("Israel will strike Iran as soon as Iran attacks Israel.", ("Israel", "attacks", "Iran"), "hypothetical"),
    ("Israel struck Iran as soon as Iran attacked Israel.", ("Iran", "attacks", "Israel"), "asserted"),
])
def test_scopes_factual_clauses(text, triple, modality, extract_statements):
    assert _modalities(extract_statements(text), triple) == {modality}


@pytest.mark.model
@pytest.mark.parametrize("text,triple,modality", [
    ("Blinken used a term he avoided when visiting Myanmar last week.", ("United States", "meets", "Myanmar"),
     "asserted"),
    ("Iran did not attack Israel when Israel struck Syria.", ("Israel", "attacks", "Syria"), "asserted"),
    ("Biden will raise the issue when he visits Israel next week.", ("United States", "meets", "Israel"),
     "hypothetical"),
])
def test_scopes_past_when_clause(text, triple, modality, extract_statements):
    found = _modalities(extract_statements(text), triple)
    assert found == ({modality} if modality else set())


@pytest.mark.model
@pytest.mark.parametrize("text,triple", [
    ("Israel warned of an Iranian attack on its territory.", ("Iran", "attacks", "Israel")),
    ("Officials warned of attacks by the Taliban on Kabul.", ("Taliban", "attacks", "Afghanistan")),
])
def test_scopes_warned_of_is_open(text, triple, extract_statements):
    assert _modalities(extract_statements(text), triple) == {"hypothetical"}
