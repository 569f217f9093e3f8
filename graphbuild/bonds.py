"""Ties a readout takes for granted: after a meeting or call between two actors, "they discussed our
countries' close and enduring partnership", "the leaders reaffirmed their alliance", "they
celebrated the two nations' friendship", "they underlined the close coordination among Allies",
"cooperation between the two countries". The partnership owned by both sides exists whatever is
said about it (discussed, reviewed, reaffirmed): the two parties of the meeting cooperate, as an
asserted statement (the topic of a discussion is otherwise left open). A partnership only hoped for
("their potential partnership", "a future alliance") is not taken for granted.
"""

from __future__ import annotations

from .arguments import phrase_args
from .relations import Candidate

__all__ = ["bond_candidates", "BOND_NOUNS"]

#: Nouns of a standing tie between two actors.
BOND_NOUNS = frozenset({"partnership", "alliance", "relationship", "friendship", "cooperation", "tie", "bond",
                        "relation", "collaboration"})
#: Plural nouns that, owned by "our"/"their"/"the two", name both sides.
_SIDES = frozenset({"country", "nation", "government", "people", "side", "state", "leader"})
#: Words that leave the tie to come.
_OPEN = frozenset({"potential", "possible", "future", "proposed", "prospective", "planned", "hoped", "eventual"})
_BOTH = frozenset({"our", "their", "two", "both"})
#: Nouns of a tie held among a group ("coordination among Allies"), read only with such a group.
_SHARED_NOUNS = frozenset({"coordination", "consultation", "unity", "solidarity"})


def _both_sides(tok) -> bool:
    """"our countries'", "the two nations'", "both governments'", "their": the two sides together."""
    if tok.lower_ == "their":
        return True
    if tok.lemma_.lower() not in _SIDES or tok.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.lower_ in _BOTH for c in tok.children if c.dep_ in ("poss", "nummod", "det", "predet"))


def _among_sides(n) -> bool:
    """A tie "among Allies (and partners)", "between the two countries", "between our governments": a
    group that holds both parties of the meeting."""
    for c in n.children:
        if c.dep_ != "prep" or c.lower_ not in ("among", "between"):
            continue
        for p in c.children:
            if p.dep_ == "pobj" and ((c.lower_ == "among" and p.lemma_.lower() in ("ally", "allies")) or _both_sides(p)):
                return True  # not "between these two allies": two others
    return False


def _split_owner(n) -> list:
    """The owner the parser split off at a curly apostrophe: "our countries’ close partnership" with
    "countries" read as an object of its own."""
    doc, i = n.doc, n.left_edge.i - 1
    if i >= 1 and doc[i].text in ("’", "'") and doc[i - 1].tag_ == "NNS":
        return [doc[i - 1]]
    return []


def _parties(ctx) -> list:
    memory = ctx.memory
    if len(memory.parties) == 2 and memory.sentence - memory.parties_at <= 2:
        return list(memory.parties)
    return []


def bond_candidates(ctx, sent) -> list:
    """``cooperates`` between the two parties of the meeting just reported, for a tie of theirs that
    ``sent`` takes for granted (see the module docstring).

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.

    Returns:
        Asserted candidates between the two parties (none without a recent meeting).
    """
    parties = _parties(ctx)
    if not parties or parties[0].actor.id == parties[1].actor.id:
        return []
    out = []
    for n in sent:
        lemma = n.lemma_.lower()
        if (lemma not in BOND_NOUNS and lemma not in _SHARED_NOUNS) or n.pos_ != "NOUN":
            continue
        kids = list(n.children)
        if any(c.lower_ in _OPEN for c in kids):
            continue
        if _among_sides(n):  # "the close coordination among Allies", "cooperation between the two countries"
            out.append(Candidate("cooperates", parties[0], parties[1], n, "presupposition", 1, modality="asserted"))
            continue
        if lemma not in BOND_NOUNS:
            continue
        owners = [c for c in kids if c.dep_ == "poss"] or _split_owner(n)
        if not owners or not _both_sides(owners[0]):
            continue
        if owners[0].lower_ == "their" and len({a.actor.id for a in phrase_args(ctx, owners[0])}) < 2:
            continue  # "their" is one actor named in the sentence, not the two sides
        a, b = parties
        out.append(Candidate("cooperates", a, b, n, "presupposition", 1, modality="asserted"))
    return out
