"""The PhraseMatcher actor ruler finds exactly what spaCy's token-pattern entity_ruler finds."""

from __future__ import annotations

import pytest

from graphbuild.gazetteer import load_gazetteer
from graphbuild.ruler import ActorRuler, phrases

SENTENCES = [
    "The Kremlin said on Monday that ties with the Taliban were improving.",
    "Officials in Washington blamed ISIS-K for the attack, and the U.S. Treasury's OFAC acted.",
    "Let us hope the US and the UN agree; turkey is on the menu but Turkey is not.",
    "Taliban spokesman Zabihullah Mujahid rejected the claim by Islamic State \u2013 Khorasan Province.",
    "AL-QAEDA and al Qaeda and al\u2014Qaeda are spelled in many ways, as is the Islamic State.",
    "Russia\u2019s Foreign Ministry and the foreign ministry of russia both spoke.",
    "Nothing here names an actor at all.",
]


@pytest.fixture(scope="module")
def rulers():
    spacy = pytest.importorskip("spacy")
    patterns = load_gazetteer().ruler_patterns()
    old, new = spacy.blank("en"), spacy.blank("en")
    old.add_pipe("entity_ruler").add_patterns(patterns)
    return old, new, ActorRuler(new.vocab, patterns)


def _ents(doc):
    return [(e.text, e.label_, e.ent_id_) for e in doc.ents]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_ruler_matches_like_the_token_pattern_entity_ruler(rulers, sentence):
    old, new, ruler = rulers
    expected = _ents(old(sentence))
    assert _ents(ruler(new.make_doc(sentence))) == expected


@pytest.mark.parametrize("sentence, text, actor", [
    ("The US and the UN agree.", "US", "united-states"),
    ("ISIS-K claimed it.", "ISIS-K", "isis-k"),
    ("Fighters of AL-QAEDA struck.", "AL-QAEDA", "al-qaeda"),  # several words: any case
])
def test_ruler_gives_the_actor_id_as_ent_id(rulers, sentence, text, actor):
    _, new, ruler = rulers
    found = {e.text: e.ent_id_ for e in ruler(new.make_doc(sentence)).ents}
    assert found.get(text) == actor


@pytest.mark.parametrize("sentence, absent", [("Let us go.", "us"), ("Roast turkey with china plates.", "turkey")])
def test_ruler_keeps_single_word_forms_case_sensitive(rulers, sentence, absent):
    _, new, ruler = rulers
    assert absent not in [e.text for e in ruler(new.make_doc(sentence)).ents]


@pytest.mark.parametrize("pattern", [[{"TEXT": "x"}], [{"LOWER": "a", "ORTH": "A"}], [{"LOWER": {"NOT_IN": ["a"]}}]])
def test_ruler_rejects_patterns_it_cannot_expand(pattern):
    with pytest.raises(ValueError, match="not a gazetteer token pattern"):
        phrases(pattern)


@pytest.mark.parametrize("component", ["actor_ruler"])
def test_ruler_is_the_pipeline_component(nlp, component):
    assert isinstance(nlp.get_pipe(component), ActorRuler)
    assert len(nlp.get_pipe(component)) > 1000
