"""The per-document word index and the entity cache give what the spaCy attributes give, and the
word rules the per-token loop skips give no candidate at the tokens it skips."""

import pytest

from graphbuild.extract import _index
from graphbuild.patterns import _word_rules
from graphbuild.prose import doc_ents, heads_of, sentence_ents, tokens_with
from graphbuild.relations import Context, Memory, load_lexicon

TEXTS = [
    "The Taliban said they were behind the attack on the Herat garrison. Russia called it a cowardly act.",
    "Washington held Moscow accountable. The ministry denied the allegation and said Kyiv bore responsibility.",
    "Iran-backed militias fired drones that could reach Israel; the United States and Britain held joint drills.",
    "\"I spoke with the President,\" she said. We, the leaders of France and Germany, condemn the unlawful strike.",
    "Hamas is not recognized by the Egyptian government. Troops used chemical weapons, UN inspectors said.",
    "The regime of Syria protested the violation. Turkish gunmen and Kurdish rebels clashed near Aleppo on May 3.",
]
WORD_SETS = [frozenset({"the", "said"}), frozenset({"gunmen", "rebels", "militias"}), frozenset({"zzzq"}),
             {"russia", "iran"}, frozenset()]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("words", WORD_SETS)
def test_prose_tokens_with_finds_what_a_token_loop_finds(nlp, text, words):
    doc = nlp(text)
    assert [t.i for t in tokens_with(doc, words)] == [t.i for t in doc if t.lower_ in words]
    assert [t.i for t in tokens_with(doc, frozenset({"I", "We"}), "ORTH")] == [
        t.i for t in doc if t.text in ("I", "We")]
    assert heads_of(doc, frozenset(words)) == {t.head.i for t in doc if t.lower_ in words}


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_prose_sentence_ents_are_the_span_ents(nlp, text):
    doc = nlp(text)
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    for sent in doc.sents:
        assert [(e.start, e.end) for e in sentence_ents(sent)] == [(e.start, e.end) for e in sent.ents]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_patterns_word_rules_start_only_at_their_words(nlp, text):
    """Every rule the loop skips for a word outside ``start`` answers nothing at that word."""
    from graphbuild.actors import find_mentions

    doc = nlp(text)
    mentions = find_mentions(doc)
    lex = load_lexicon()
    ctx = Context(doc, _index(doc, mentions), lex, lambda tok: None, Memory(), lambda tok: [], ())
    rules, start = _word_rules(lex)
    assert len(rules) >= 13 and "responsible" in start
    for t in doc:
        if t.lemma_.lower() in start or t.lower_ in start:
            continue
        for rule in rules:
            assert rule(ctx, t) == [], (rule.__name__, t.text)


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_patterns_live_tokens_lose_no_candidate(nlp, text, monkeypatch):
    """The loop over the live tokens finds what the loop over every token finds."""
    import graphbuild.patterns as patterns
    from graphbuild.actors import find_mentions

    def candidates(doc):
        mentions = find_mentions(doc)
        ctx = Context(doc, _index(doc, mentions), load_lexicon(), lambda tok: None, Memory(), lambda tok: [], ())
        return [(c.relation, c.subject.actor.id, c.object.actor.id, c.trigger.i)
                for sent in doc.sents for c in patterns.sentence_candidates(sent, ctx)]

    live = candidates(nlp(text))
    monkeypatch.setattr(patterns, "_live_tokens", lambda doc, *args: list(range(len(doc))))
    assert candidates(nlp(text)) == live


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS + [
    "Russia denied meddling in the election. Iran does not want a war with the United States.",
    "Turkey said it was ready to work with Russia. The minister will travel to Japan next week.",
    "Israel has a right to defend itself against Hamas, the envoy said, and asked Egypt to help.",
])
def test_prospects_live_tokens_lose_no_candidate(nlp, text, monkeypatch):
    """The modal readings found at the live tokens are those found at every token."""
    import graphbuild.prospects as prospects
    from graphbuild.actors import find_mentions

    def candidates(doc):
        mentions = find_mentions(doc)
        ctx = Context(doc, _index(doc, mentions), load_lexicon(), lambda tok: None, Memory(), lambda tok: [], ())
        return [(c.relation, c.subject.actor.id, c.object.actor.id, c.trigger.i, c.modality)
                for sent in doc.sents for c in prospects.context_candidates(sent, ctx, [])]

    live = candidates(nlp(text))
    monkeypatch.setattr(prospects, "_live_tokens", lambda doc, *args: list(range(len(doc))))
    assert candidates(nlp(text)) == live
