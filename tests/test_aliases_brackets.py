"""A name that NER ran into its short form's bracket ("Ivan Pekar (Pekar") is cut at the bracket
(hand-built mentions on a blank pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,short,expected", [
    ("OFAC designated Ivan Pekar (Pekar), a hacker. Pekar ran the servers.", "Ivan Pekar (Pekar", "Pekar",
     [("Ivan Pekar", "Ivan Pekar"), ("Pekar", "Ivan Pekar"), ("Pekar", "Ivan Pekar")]),
    # the bracket holds an acronym: the name is cut, the acronym is left to the short-form rules
    ("OFAC designated Nova Capital (NCL), a fund. Pekar ran the servers.", "Nova Capital (NCL", "Pekar",
     [("Nova Capital", "Nova Capital"), ("Pekar", "Pekar")]),
])
def test_aliases_open_bracket_cut(text, name, short, expected):
    import spacy

    from graphbuild.aliases import alias_mentions
    from graphbuild.names import ner_actor_id
    from graphbuild.statement import Actor, Mention

    doc = spacy.blank("en")(text)
    start = text.index(name)
    cut = Actor(ner_actor_id(name), name, "Person")
    other = text.rindex(short)
    later = Mention(cut if short in name else Actor("ner-pekar", "Pekar", "Person"), short, other, other + len(short))
    got = alias_mentions(doc, (Mention(cut, name, start, start + len(name)), later))
    assert [(m.text, m.actor.label) for m in got] == expected


@pytest.mark.parametrize("text,name", [
    ("OFAC designated Ivan Pekar (Pekar), a hacker.", "Ivan Pekar (Pekar)"),  # a closed bracket is left alone
])
def test_aliases_closed_bracket_kept(text, name):
    import spacy

    from graphbuild.aliases import alias_mentions
    from graphbuild.statement import Actor, Mention

    doc = spacy.blank("en")(text)
    start = text.index(name)
    m = Mention(Actor("ner-x", name, "Person"), name, start, start + len(name))
    assert [x.text for x in alias_mentions(doc, (m,))] == [name]
