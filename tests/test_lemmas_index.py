"""The set-backed lemma index: same lemmas as spaCy's list scans, only faster."""

from __future__ import annotations

import pytest

from graphbuild.lemmas import IndexList, fast_lemma_index


@pytest.mark.parametrize("items, probe, expected", [
    (["attack", "state"], "state", True),
    (["attack", "state"], "states", False),
    ([], "state", False),
    (["attack"], ["unhashable"], False),
])
def test_lemmas_index_list_membership_is_list_membership(items, probe, expected):
    index = IndexList(items)
    assert (probe in index) is expected
    assert list(index) == items


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The militias were attacking the bases while the ministers negotiated ceasefires.",
    "Sanctioned companies laundered monies for the leaders of the armed groups.",
    "She had been meeting the envoys; they'd warned the governments about the strikes.",
])
def test_lemmas_pipeline_lemmas_equal_stock_spacy(nlp, text):
    import spacy

    from graphbuild.nlp import best_english_pipeline

    stock = spacy.load(best_english_pipeline())
    table = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert not any(isinstance(v, IndexList) for v in table.values())
    ours = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert ours and all(isinstance(v, IndexList) for v in ours.values())
    assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in stock(text)]
    assert fast_lemma_index(stock) == len(table)
    stock.get_pipe("lemmatizer").cache.clear()
    assert [t.lemma_ for t in stock(text)] == [t.lemma_ for t in nlp(text)]
