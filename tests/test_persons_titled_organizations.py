"""A name NER took for an organization is a person when a title precedes or follows it
(persons.titled_organizations): the person then acts for the state its title names."""

import pytest


def _doc(tagged: str):
    """A ``Doc`` from "word/POS/ENT" items (ENT as IOB, e.g. B-ORG)."""
    import spacy
    from spacy.tokens import Doc

    items = [w.rsplit("/", 2) for w in tagged.split()]
    words = [w for w, _, _ in items]
    spaces = [w != "-" and (i + 1 == len(words) or words[i + 1] not in ("-", ",", ".", "'s"))
              for i, w in enumerate(words)]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=[p for _, p, _ in items],
               ents=[e for _, _, e in items])


_GERMAN = ("Sullivan/PROPN/B-PERSON met/VERB/O with/ADP/O Federal/PROPN/O Minister/PROPN/O of/ADP/O Defense/PROPN/O "
           "Annelie/PROPN/O Kramp/PROPN/B-ORG -/PUNCT/I-ORG Weber/PROPN/I-ORG of/ADP/O Germany/PROPN/B-GPE ./PUNCT/O")
_JAPAN = ("Sullivan/PROPN/B-PERSON met/VERB/O with/ADP/O Tanaka/PROPN/B-ORG Hiroshi/PROPN/I-ORG ,/PUNCT/O "
          "Secretary/PROPN/O General/PROPN/O of/ADP/O Japan/PROPN/B-GPE 's/PART/O Cabinet/PROPN/O "
          "Office/PROPN/O ,/PUNCT/O today/NOUN/O ./PUNCT/O")
_LIST = ("He/PRON/O thanked/VERB/O the/DET/O Nairobi/PROPN/B-GPE court/NOUN/O ,/PUNCT/O Ruritanian/PROPN/B-ORG "
         "Harbor/PROPN/I-ORG ,/PUNCT/O Attorney/PROPN/O General/PROPN/O of/ADP/O Japan/PROPN/B-GPE 's/PART/O "
         "Office/PROPN/O ./PUNCT/O")
_FIRM = ("He/PRON/O visited/VERB/O Kobe/PROPN/B-ORG Steel/PROPN/I-ORG ,/PUNCT/O a/DET/O firm/NOUN/O in/ADP/O "
         "Japan/PROPN/B-GPE ./PUNCT/O")


@pytest.mark.parametrize("tagged, name, acts_for", [
    (_GERMAN, "Kramp-Weber", "germany"),  # a title before the name, its first name outside NER's span
    (_JAPAN, "Tanaka Hiroshi", "japan"),  # a title in apposition
    (_LIST, "Ruritanian Harbor", None),  # an item of a list followed by an office's name: no person
    (_FIRM, "Kobe Steel", None),  # no title at all
])
def test_persons_titled_organizations(tagged, name, acts_for):
    from graphbuild.actors import find_mentions

    found = {m.text: m.actor for m in find_mentions(_doc(tagged), coref=False)}
    actor = found[name]
    assert (actor.type == "Person") == (acts_for is not None), actor
    assert actor.acts_for == acts_for, actor
