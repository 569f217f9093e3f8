"""Words above a trigger that do not make its act open (real pipeline): an owned event under a
discussion verb, a reason phrase, an effort under way."""

from __future__ import annotations

import pytest


def _modalities(statements, relation, pair):
    return {s.modality for s in statements if s.relation == relation and {s.subject.label, s.object.label} == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modality", [
    ("The two presidents discussed Russia's brutal war against Ukraine.", "attacks", {"Russia", "Ukraine"},
     "asserted"),
    ("The ministers talked about China's military support for Russia.", "cooperates", {"China", "Russia"},
     "asserted"),
    # a discussion of what is not yet done stays open
    ("The leaders discussed a possible attack by Iran on Israel.", "attacks", {"Iran", "Israel"}, "hypothetical"),
])
def test_scopes_presupposed_topic(text, relation, pair, modality, extract_statements):
    assert _modalities(extract_statements(text), relation, pair) == {modality}


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modalities", [
    # the ties are why the accounts were frozen: neither frozen ties nor the freezer's own ties
    ("Canada froze the accounts of Omar Haddad due to his ties with Hezbollah.", "cooperates",
     {"Canada", "Hezbollah"}, set()),
    ("Canada cut its ties with Hezbollah.", "cooperates", {"Canada", "Hezbollah"}, {"negated"}),
])
def test_scopes_reason_phrase(text, relation, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), relation, pair) == modalities


@pytest.mark.model
@pytest.mark.parametrize("text,modality", [
    ("In the weeks after the raid, Qatar engaged in fundraising efforts to support Hamas.", "asserted"),
    ("Qatar made an attempt to support Hamas.", "hypothetical"),
])
def test_scopes_effort_under_way(text, modality, nlp):
    from graphbuild.modality import modality_of

    doc = nlp(text)
    support = next(t for t in doc if t.lower_ == "support")
    assert modality_of(support)[0] == modality


@pytest.mark.model
@pytest.mark.parametrize("text,modality", [
    ("The agency is key to efforts to oppose Russia's unjust war in Ukraine.", "asserted"),
    ("They discussed the regime's support for Russia's war against Ukraine.", "asserted"),
    ("NATO must prevent Russia's invasion of Ukraine.", "negated"),
])
def test_scopes_owned_war_is_fought(text, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if (s.subject.label, s.relation, s.object.label)
             == ("Russia", "attacks", "Ukraine")}
    assert found == {modality}
