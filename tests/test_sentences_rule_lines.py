"""A line of dashes or stars between short wire items ends a sentence, even in hard-wrapped text."""

from __future__ import annotations

import pytest

DIGEST = (
    "Government troops moved into the\nhill town to end weeks of fighting,\nofficials said.\n"
    "    - - - -\n"
    "    OSLO - Ruritania said it launched\nan attack on Borduria overnight.\n"
    "    * * *\n"
    "    LIMA - The talks resumed.\n"
)


@pytest.mark.parametrize("text, starts", [
    ("Troops left\nthe camp\n  - - - -\n  PARIS - Talks began.", ["Troops", "-", "PARIS"]),
    ("Troops left\nthe camp\n***\nPARIS - Talks began.", ["Troops", "*", "PARIS"]),
    ("Troops left - - - - the camp.", ["Troops"]),  # dashes inside a line end nothing
])
def test_sentences_rule_lines_split(text, starts):
    import spacy

    from graphbuild.sentences import split_at_rule_lines

    doc = split_at_rule_lines(spacy.blank("en")(text))
    assert [t.text for t in doc if t.is_sent_start] == starts


@pytest.mark.model
@pytest.mark.parametrize("text, first, second", [
    (DIGEST, "officials", "OSLO"),
    (DIGEST, "overnight", "LIMA"),
])
def test_sentences_rule_lines_parsed(nlp, text, first, second):
    from graphbuild.sentences import sentences

    held = [s.text for s in sentences(nlp(text)) if first in s.text]
    assert held and not any(second in s for s in held)
