"""Tests for graphbuild.nlp: pipeline loading and graphbuild's pipeline components."""

from __future__ import annotations

import pytest

from graphbuild.nlp import is_hard_wrapped, load_pipeline, set_line_breaks


@pytest.mark.parametrize("text,expected", [
    ("Qatar hosted\nthe talks, and\nthe envoys left.", True),
    ("Envoys arrive in Doha\nAP Photo/Jane Roe\n\nQatar hosted the talks.", False),
])
def test_nlp_is_hard_wrapped(text, expected):
    assert is_hard_wrapped(text) is expected


@pytest.mark.parametrize("text,starts", [
    ("Envoys arrive in Doha\nAP Photo/Jane Roe\n\nQatar hosted the talks.", ["Envoys", "AP", "Qatar"]),
    ("Qatar hosted\nthe talks, and\nthe envoys left.", ["Qatar"]),
])
def test_nlp_line_breaks_start_sentences(text, starts):
    import spacy

    doc = set_line_breaks(spacy.blank("en")(text))
    assert [t.text for t in doc if t.is_sent_start and t.i > 0] == starts[1:]


@pytest.mark.model
@pytest.mark.parametrize("before,after", [("graphbuild_line_breaks", "parser"), ("actor_ruler", "ner")])
def test_nlp_components_in_order(nlp, before, after):
    assert nlp.pipe_names.index(before) < nlp.pipe_names.index(after)


@pytest.mark.model
@pytest.mark.parametrize("text,surface,actor_id", [
    ("The Kremlin and the Taliban held talks.", "Kremlin", "russia"),
])
def test_nlp_ruler_sets_actor_ids(nlp, text, surface, actor_id):
    ents = {e.text: e.ent_id_ for e in nlp(text).ents}
    assert ents[surface] == actor_id


@pytest.mark.model
@pytest.mark.parametrize("text", ["Terrorists\n\nTaliban fighters entered Kabul."])
def test_nlp_entities_do_not_cross_blank_lines(nlp, text):
    assert all("\n" not in e.text.strip() for e in nlp(text).ents)
    assert [t.is_sent_start for t in nlp(text) if t.text == "Taliban"] == [True]


@pytest.mark.model
@pytest.mark.parametrize("coref", [False, True])
def test_nlp_coref_switch_is_recorded_and_cached(coref):
    nlp = load_pipeline(coref=coref)
    assert load_pipeline(coref=coref) is nlp
    assert nlp("Iran spoke.").user_data["graphbuild.coref"] is coref


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("texts", [["Iran warned Israel.", "The Kremlin met the Taliban."] * 2])
def test_nlp_pipe_two_processes(nlp, texts):
    from graphbuild.actors import find_mentions

    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [[m.actor.id for m in find_mentions(d)] for d in docs] == \
        [["iran", "israel"], ["russia", "taliban"]] * 2


@pytest.mark.model
@pytest.mark.parametrize("text,tokens", [
    ("Talks with the ELN.Peace returned.", ["ELN", ".", "Peace"]),
    ("The U.S. Army and Mr. Smith paid 3.5 billion.", ["U.S.", "Army", "3.5"]),
])
def test_nlp_glued_periods_are_split(nlp, text, tokens):
    words = [t.text for t in nlp.tokenizer(text)]
    assert all(t in words for t in tokens)


@pytest.mark.model
@pytest.mark.parametrize("text,actor_ids", [
    ("The U.S.-led coalition struck the camp.", ["united-states"]),
    ("The U.S.-Taliban deal was signed in Doha.", ["united-states", "taliban"]),
])
def test_nlp_abbreviation_before_hyphen_is_its_own_actor(nlp, text, actor_ids):
    doc = nlp(text)
    found = [e.ent_id_ for e in doc.ents if e.ent_id_]
    assert found[: len(actor_ids)] == actor_ids
