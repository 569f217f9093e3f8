"""A past-tense verb with an object, parsed as a relative clause of a noun root, becomes the
sentence's predicate with the noun as its subject (repairs.repair_parse)."""

import pytest


def _doc(words, heads, deps, tags):
    import spacy
    from spacy.tokens import Doc

    pos = ["VERB" if t.startswith("VB") else "DET" if t == "DT" else "NUM" if t == "CD"
           else "PUNCT" if t == "." else "NOUN" for t in tags]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


_WORDS = ["The", "two", "officials", "condemned", "the", "transfer", "."]
_HEADS = [2, 2, 2, 2, 5, 3, 2]


@pytest.mark.parametrize("tag, object_dep, repaired", [
    ("VBD", "dobj", True),   # "The two officials condemned the transfer."
    ("VBN", "dobj", True),
    ("VBN", "npadvmod", False),  # no object: a true reduced relative ("the officials named Monday")
    ("VBG", "dobj", False),      # "the officials condemning the transfer": a participle phrase
])
def test_repairs_predicate_in_relative(tag, object_dep, repaired):
    from graphbuild.repairs import repair_parse

    deps = ["det", "nummod", "ROOT", "acl", "det", object_dep, "punct"]
    tags = ["DT", "CD", "NNS", tag, "DT", "NN", "."]
    doc = _doc(_WORDS, _HEADS, deps, tags)
    assert repair_parse(doc) == int(repaired)
    if repaired:
        assert (doc[3].dep_, doc[3].head.i) == ("ROOT", 3)
        assert (doc[2].dep_, doc[2].head.i) == ("nsubj", 3)
        assert [s.root.i for s in doc.sents] == [3]
    else:
        assert (doc[3].dep_, doc[2].dep_) == ("acl", "ROOT")


@pytest.mark.parametrize("subject_dep", ["nsubj", "auxpass"])
def test_repairs_predicate_keeps_clause_with_subject(subject_dep):
    from graphbuild.repairs import repair_parse

    words = ["Officials", "who", "condemned", "the", "transfer", "."]
    deps = ["ROOT", subject_dep, "acl", "det", "dobj", "punct"]
    doc = _doc(words, [0, 2, 0, 4, 2, 0], deps, ["NNS", "WP", "VBD", "DT", "NN", "."])
    assert repair_parse(doc) == 0
    assert doc[0].dep_ == "ROOT"
