"""The set-backed lemma index: same lemmas as spaCy's list scans, only faster."""

from __future__ import annotations

import pytest

from graphbuild.lemmas import fast_lemma_index
from graphbuild.relations import Words


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
    assert not any(isinstance(v, Words) for v in table.values())
    ours = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert ours and all(isinstance(v, Words) for v in ours.values())
    assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in stock(text)]
    assert fast_lemma_index(stock) == len(table)
    stock.get_pipe("lemmatizer").cache.clear()
    assert [t.lemma_ for t in stock(text)] == [t.lemma_ for t in nlp(text)]
