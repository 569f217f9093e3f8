"""Modality, reported speech and dates: hand-built parses (fast) and the real pipeline (model)."""

from __future__ import annotations

import pytest

from graphbuild.modality import modality_of, normalize_date


def _doc(words, heads, deps, pos, tags, lemmas):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=lemmas)


# "Russia <aux> <neg> recognize the Taliban ." built by hand, heads as absolute indexes
@pytest.mark.parametrize("words,heads,deps,pos,tags,lemmas,trigger,expected", [
    (["Russia", "recognized", "the", "Taliban", "."], [1, 1, 3, 1, 1],
     ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "PROPN", "PUNCT"],
     ["NNP", "VBD", "DT", "NNP", "."], ["Russia", "recognize", "the", "Taliban", "."], 1, "asserted"),
    (["Russia", "may", "recognize", "the", "Taliban", "."], [2, 2, 2, 4, 2, 2],
     ["nsubj", "aux", "ROOT", "det", "dobj", "punct"], ["PROPN", "AUX", "VERB", "DET", "PROPN", "PUNCT"],
     ["NNP", "MD", "VB", "DT", "NNP", "."], ["Russia", "may", "recognize", "the", "Taliban", "."], 2,
     "hypothetical"),
    (["Russia", "did", "not", "recognize", "the", "Taliban", "."], [3, 3, 3, 3, 5, 3, 3],
     ["nsubj", "aux", "neg", "ROOT", "det", "dobj", "punct"],
     ["PROPN", "AUX", "PART", "VERB", "DET", "PROPN", "PUNCT"], ["NNP", "VBD", "RB", "VB", "DT", "NNP", "."],
     ["Russia", "do", "not", "recognize", "the", "Taliban", "."], 3, "negated"),
    (["Russia", "is", "considering", "recognizing", "the", "Taliban", "."], [2, 2, 2, 2, 5, 3, 2],
     ["nsubj", "aux", "ROOT", "xcomp", "det", "dobj", "punct"],
     ["PROPN", "AUX", "VERB", "VERB", "DET", "PROPN", "PUNCT"], ["NNP", "VBZ", "VBG", "VBG", "DT", "NNP", "."],
     ["Russia", "be", "consider", "recognize", "the", "Taliban", "."], 3, "hypothetical"),
    (["Russia", "allegedly", "armed", "the", "Taliban", "."], [2, 2, 2, 4, 2, 2],
     ["nsubj", "advmod", "ROOT", "det", "dobj", "punct"], ["PROPN", "ADV", "VERB", "DET", "PROPN", "PUNCT"],
     ["NNP", "RB", "VBD", "DT", "NNP", "."], ["Russia", "allegedly", "arm", "the", "Taliban", "."], 2, "hedged"),
    (["Moscow", "said", "Russia", "met", "the", "Taliban", "."], [1, 1, 3, 1, 5, 3, 1],
     ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"],
     ["PROPN", "VERB", "PROPN", "VERB", "DET", "PROPN", "PUNCT"], ["NNP", "VBD", "NNP", "VBD", "DT", "NNP", "."],
     ["Moscow", "say", "Russia", "meet", "the", "Taliban", "."], 3, "reported"),
])
def test_extract_modality_hand_built(words, heads, deps, pos, tags, lemmas, trigger, expected):
    doc = _doc(words, heads, deps, pos, tags, lemmas)
    modality, speech = modality_of(doc[trigger])
    assert modality == expected
    assert (speech is not None) == (expected == "reported")


@pytest.mark.parametrize("text,doc_date,expected", [
    ("March 22, 2024", None, "2024-03-22"),
    ("22 March 2024", None, "2024-03-22"),
    ("March 22", "2024-04-02", "2024-03-22"),
    ("December 27", "2024-01-05", "2023-12-27"),
    # the nearest occurrence: a date a few weeks after the text is still to come
    ("June 6", "2021-05-18", "2021-06-06"),
    ("January 5", "2023-12-20", "2024-01-05"),
    ("October 2", "2023-04-01", "2022-10-02"),
    ("Tuesday", "2024-04-04", "2024-04-02"),
    ("today", "2018-04-02", "2018-04-02"),
    ("December 2001", None, "2001-12"),
    ("2021", None, "2021"),
    ("the past 20 years", None, None),
    ("Tuesday", None, None),
])
def test_extract_normalize_date(text, doc_date, expected):
    assert normalize_date(text, doc_date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Russia is considering removing the Taliban from its list of terrorist organizations.",
     "delists", "Russia", "Taliban", "hypothetical"),
    ("Germany weighs recognizing the Taliban as the government of Afghanistan.",
     "recognizes", "Germany", "Taliban", "hypothetical"),
    ("China has not formally recognized the Taliban as the government of Afghanistan.",
     "recognizes", "China", "Taliban", "negated"),
    ("If the Houthis stop their attacks, the United States will revoke the designation of the Houthis.",
     "delists", "United States", "Houthis", "hypothetical"),
    ("Pakistan allegedly supports the Taliban.", "cooperates", "Pakistan", "Taliban", "hedged"),
    ("Ukraine denied it was behind the attack on Moscow.", "attacks", "Ukraine", "Russia", "negated"),
    ("The Taliban recognized its friendly ties with Russia.", "recognizes", "Taliban", "Russia", "negated"),
    ("Russia has yet to recognize the Taliban government.", "recognizes", "Russia", "Taliban", "negated"),
    ("Neither China nor Russia has recognized the Taliban.", "recognizes", "Russia", "Taliban", "negated"),
    ("China is unlikely to recognize Kosovo.", "recognizes", "China", "Kosovo", "hypothetical"),
    ("India refused to condemn Russia.", "condemns", "India", "Russia", "negated"),
])
def test_extract_modality_model(text, relation, subject, obj, modality, extract_statements):
    found = {(s.relation, s.subject.label, s.object.label, s.modality) for s in extract_statements(text)}
    assert (relation, subject, obj, modality) in found, found
    plain = any(s.is_plain_edge and (s.relation, s.subject.label, s.object.label) == (relation, subject, obj)
                for s in extract_statements(text))
    assert plain == (modality in ("hedged", "reported", "asserted"))


@pytest.mark.model
@pytest.mark.parametrize("text,speaker", [
    ("The Kremlin said on Tuesday that Russia had met Taliban envoys.", "Russia"),
    ("Pakistan supports the Taliban, according to the United States.", "United States"),
])
def test_extract_according_to(text, speaker, extract_statements):
    statements = extract_statements(text)
    assert statements
    assert all(s.according_to is not None and s.according_to.label == speaker for s in statements)


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", [
    ("Russia welcomed Taliban envoys on March 22, 2024.", None, "2024-03-22"),
    ("Russia welcomed Taliban envoys on Tuesday.", "2024-04-04", "2024-04-02"),
])
def test_extract_event_date(text, date, expected, extract_statements):
    statements = extract_statements(text, date)
    assert [s.event_date for s in statements] == [expected]
