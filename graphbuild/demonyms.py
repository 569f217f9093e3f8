"""Demonyms and states with a government noun ("Iranian officials", "the government of
Ukraine") stand for the state; a demonym before a noun of firms or designated parties
("Chinese banks") is an actor of its own. Steps of :func:`graphbuild.actors.find_mentions`.
"""

from __future__ import annotations

from .names import canonical_label, ner_actor_id
from .prose import token_column, tokens_with
from .statement import Actor

_RULING_NOUNS = frozenset({"government", "regime", "administration", "authorities"})

__all__ = ["find_member_groups", "find_government_nouns"]


def _capitalized(doc) -> list[int]:
    """Indices of the title-case or upper-case tokens (``Token.is_title`` or ``is_upper``)."""
    import numpy as np

    if not len(doc):
        return []
    return np.flatnonzero(token_column(doc, "IS_TITLE") | token_column(doc, "IS_UPPER")).tolist()


def find_member_groups(finder):
    """"Chinese banks", "Iranian entities": people or firms of a country are not its state; the
    phrase (demonym, at most one adjective, a noun of ``member_nouns``) is an actor of its own.

    Args:
        finder: The candidate spans of :func:`graphbuild.actors.find_mentions` (a ``_Finder``);
            updated in place.
    """
    doc = finder.doc
    covered = {i for c in finder.cands for i in range(c[0], c[1])}
    for i in _capitalized(doc):
        tok = doc[i]
        if tok.i in covered or tok.i + 1 >= len(doc):
            continue
        entry = finder.gaz.entry(tok.text)
        if entry is None or entry.kind != "demonym":
            continue
        j = tok.i + 1
        if doc[j].pos_ == "ADJ" and doc[j].is_lower and j + 1 < len(doc):
            j += 1
        noun = doc[j]
        if noun.lower_ in finder.lex.member_nouns and noun.pos_ == "NOUN" and noun.i not in covered:
            text = doc[tok.i:j + 1].text
            finder.add(tok.i, j + 1, Actor(ner_actor_id(text), canonical_label(text), "Organization"),
                     5, "member")


def find_government_nouns(finder):
    """A demonym or state with a government noun ("Iranian officials", "U.S. defense
    official", "Israel's military") and "the government of Ukraine" stand for the state; "Taliban
    leaders" extends the Taliban mention.

    Args:
        finder: The candidate spans of :func:`graphbuild.actors.find_mentions` (a ``_Finder``);
            updated in place.
    """
    doc = finder.doc
    covered = {}
    for c in finder.cands:
        for i in range(c[0], c[1]):
            covered[i] = c
    ends = {c[1] - 1 for c in finder.cands}
    for i in sorted(ends.union(_capitalized(doc))):  # a name's last word, or a capitalized word
        tok = doc[i]
        cand = covered.get(i)
        if cand is not None and cand[1] - 1 != i:
            continue
        if cand is not None:
            actor = cand[2]
            if actor.type not in {"State", "ArmedGroup", "Organization", "GovernmentOrgan"}:
                continue
            start = cand[0]
        else:
            if not (tok.is_title or tok.is_upper) or tok.pos_ not in {"ADJ", "PROPN", "NOUN"}:
                continue
            entry = finder.gaz.entry(tok.text)
            if entry is None or entry.kind != "demonym":
                continue
            actor, start = finder.gaz_actor(entry.actor_id), i
        # up to two modifiers, then the noun: "Syrian government forces", "U.S. defense official",
        # also after a possessive: "Israel's military", "the Taliban's leaders"
        j, limit = i + 1, i + 3
        if cand is not None and j < len(doc) and doc[j].lower_ in {"'s", "’s"}:
            j, limit = j + 1, limit + 1
        while j < len(doc) and j <= limit:
            t = doc[j]
            if t.lower_ in finder.lex.government_nouns and t.pos_ in {"NOUN", "PROPN"}:
                nxt = doc[j + 1] if j + 1 < len(doc) else None
                if nxt is not None and nxt.lower_ in finder.lex.government_nouns \
                        and nxt.pos_ == "NOUN" and j + 1 <= limit:
                    j += 1
                    continue
                if nxt is not None and (nxt.ent_type_ == "PERSON" or
                                        (nxt.pos_ == "PROPN" and nxt.is_title)):
                    break  # "Taliban spokesman Zabihullah Mujahid": the person wins
                if cand is None and actor.type != "State":
                    break
                if actor.type == "ArmedGroup" and t.lower_ == "government":
                    break
                finder.add(start, j + 1, actor, 5, "government")
                break
            if t.is_punct or t.pos_ not in {"ADJ", "NOUN"} or t.ent_type_ or not t.is_lower:
                break
            j += 1
    # "the government of Ukraine", "Government of Iran"
    for tok in tokens_with(doc, _RULING_NOUNS):
        i = tok.i
        if i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
            continue
        k = i + 2
        if doc[k].lower_ == "the":
            k += 1
        cand = covered.get(k)
        if cand is None or cand[0] != k or cand[2].type != "State":
            continue
        if tok.head.lower_ == "as":
            continue  # "recognize X as the government of Afghanistan"
        finder.add(i, cand[1], cand[2], 5, "government")
