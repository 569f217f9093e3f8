"""Tests for graphbuild.prose: captions, credits, bylines and boilerplate are not prose."""

from __future__ import annotations

import pytest

from graphbuild.prose import in_prose, is_credit_text, is_prose, non_prose_spans

ARTICLE = (
    "Envoys arrive for talks in Doha\n"
    "AP Photo/Jane Roe\n\n"
    "By John Smith\n\n"
    "DOHA (Reuters) - Qatar hosted envoys of the Taliban on Monday.\n\n"
    "Delegates walk to a meeting in Doha on May 2, 2023. (Jane Roe/Getty Images)\n\n"
    "The talks ended without a deal.\n\n"
    "Follow John Smith on Twitter.\n\n"
    "Please let us know if you're having issues with commenting."
)


def _spans(text):
    return [text[s:e] for s, e in non_prose_spans(text)]


@pytest.mark.parametrize("expected", [[
    "Envoys arrive for talks in Doha", "AP Photo/Jane Roe", "By John Smith", "DOHA (Reuters) - ",
    "Delegates walk to a meeting in Doha on May 2, 2023. (Jane Roe/Getty Images)",
    "Follow John Smith on Twitter.", "Please let us know if you're having issues with commenting.",
]])
def test_prose_non_prose_spans(expected):
    assert _spans(ARTICLE) == expected


@pytest.mark.parametrize("text,expected", [
    ("AP Photo/Siddiqullah Alizai", True),
    ("(Contributor/Getty Images)", True),
    ("Photo by Jane Roe/AFP via Getty Images", True),
    ("Getty Images", True),
    ("The Associated Press", True),
    ("Qatar hosted envoys of the Taliban on Monday.", False),
    ("Russia blamed Ukraine for the attack.", False),
])
def test_prose_is_credit_text(text, expected):
    assert is_credit_text(text) is expected


@pytest.mark.parametrize("text", [
    "Officials met in Kabul.\n\nThe Associated Press\n\nThe talks ended.",
    "Kabul (AP) - Officials met in Kabul (the capital).\n\nThey talked.",
])
def test_prose_agency_line_does_not_make_a_caption(text):
    first_line = text.split("\n")[0]
    start = text.index("Officials")
    assert in_prose(_FakeDoc(text), start, len(first_line))


class _FakeDoc:
    def __init__(self, text):
        self.text = text


@pytest.mark.parametrize("sentence,expected", [
    ("The talks ended without a deal.", True),
    ("Follow John Smith on Twitter.", False),
    ("RELATED VIDEO — Leaders speak at the summit:", False),
    ("Reporting by Jane Roe; Editing by John Doe", False),
])
def test_prose_is_prose_sentence(sentence, expected):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Qatar hosted talks.\n\n" + sentence)
    last = list(doc.sents)[-1]
    assert is_prose(last) is expected


@pytest.mark.parametrize("text", [
    "prices rose, analysts said,\nand the bank agreed to lend\nmore money to the firm.",
    "Produced by a studio in Ohio, the film about the siege of the city was shown to envoys of both "
    "governments, who said it distorted the record of the talks and demanded that it be withdrawn.",
])
def test_prose_wrapped_lines_stay_prose(text):
    assert non_prose_spans(text) == ()
