"""Pairs that a list of members or a shared owner makes, which are no partners.

:func:`membership_pair` keeps a membership list ("cooperation among seven countries - A, B, C ...")
from making every two members partners, and two firms of one owner ("A Ltd and B Ltd, and their
director C, partnered with D") from being each other's partners. Moved out of
:mod:`graphbuild.listings` (which re-exports it) to keep that module small.
"""

from __future__ import annotations

import re

from .prose import doc_text

__all__ = ["membership_pair"]

_PARTY_PREPS = frozenset({"among", "between", "amongst"})
_JOINED = re.compile(r"\s+and\s+(?:[A-Z][\w'\u2019.&-]*\s+){0,5}$")
_THEIR_OWNER = re.compile(r"[\w.]*,?\s+and\s+their\s+\w+")


def _one_owner(cand) -> bool:
    """Two firms joined by "and" and followed by the person they share: "A Ltd and B Ltd, and their
    director C, partnered with D" (A and B are one side, C's firms, not each other's partners)."""
    a, b = sorted((cand.subject.token, cand.object.token), key=lambda t: -1 if t is None else t.i)
    if a is None or b is None or b.i > cand.trigger.i:
        return False
    text = doc_text(a.doc)
    between = text[a.idx + len(a.text):b.idx]
    return bool(_JOINED.fullmatch(between)) and bool(_THEIR_OWNER.match(text, b.idx + len(b.text)))


def membership_pair(cand, issuer=None) -> bool:
    """A pair of members of a list that a relation noun names through a common noun: "a body to
    strengthen cooperation among seven countries - A, B, C, D and E", "cooperation between its
    members: A, B and C". The list says who belongs to a body, not that any two of them act together,
    so such a pair is no ``cooperates`` edge; a pair with the issuer of the text (the government
    that counts itself among the members) stays; nor are two firms of one owner ("A Ltd and B Ltd, and
    their director C, partnered with D"). "Cooperation between A and B", "among A, B and C"
    (the names themselves as the object) and "A and B jointly designated X" are not membership lists.

    Args:
        cand: A :class:`~graphbuild.relations.Candidate`.
        issuer: The :class:`~graphbuild.statement.Actor` issuing the text, if any.

    Returns:
        True when the candidate pairs two members of such a list, neither of them the issuer.
    """
    if cand.relation == "cooperates" and cand.kind == "coordination" and _one_owner(cand):
        return True
    if cand.relation != "cooperates" or cand.kind != "noun-coordination":
        return False
    toks = [a.token for a in (cand.subject, cand.object)]
    if any(t is None for t in toks):
        return False
    if issuer is not None:
        own = {issuer.id, issuer.acts_for} - {None}
        if any(a.actor.id in own or a.actor.acts_for in own for a in (cand.subject, cand.object)):
            return False
    for prep in cand.trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PARTY_PREPS:
            continue
        for group in prep.children:
            if group.dep_ != "pobj" or group.pos_ != "NOUN":
                continue  # "among Russia, China and Iran": the names themselves
            listed = {x.i for c in group.children if c.dep_ == "appos" for x in c.subtree}
            if all(t.i in listed for t in toks):
                return True
    return False
