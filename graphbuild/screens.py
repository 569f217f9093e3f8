"""Open readings whose guessed actor is the wrong one, screened out before they become statements.

Some rules read a hypothetical or negated act with an actor taken from the context (kind ``loose``:
the subject of a verb above the trigger). :func:`screened` drops such a reading when the sentence
itself says the guessed actor is not the one who would act:

* the act is owned by someone else: "Mexico froze the accounts of X due to his ties with Y" (the ties
  are X's, not Mexico's), "the ministry cited the envoy's meetings with Z";
* the guessed actor warns or deters against the act: "Washington warned against an attack on Iran"
  (the warner is not the would-be attacker; the one warned is read by :mod:`graphbuild.nouns`);
* the guessed actor only discusses a war: "the two leaders discussed the war in Gaza".

Any reading that judges or attacks a place that only names a war ("condemned the Iraq war") is
dropped too: the war is judged, not the country it was fought in. Sense traps (an attack in words, a
recognition for merit, a designation that appoints) are marked last (:mod:`graphbuild.traps`).

Examples:
    >>> screened([], {})
    []
"""

from __future__ import annotations
from .traps import sense_traps

__all__ = ["screened", "foreign_owner", "warner_as_agent", "war_place", "discussed_war"]

_PERSONAL = frozenset({"his", "her"})
_DETERRENCE_VERBS = frozenset({"warn", "caution", "deter", "dissuade", "discourage", "advise", "counsel", "guard",
                               "protect", "defend", "shield"})
_HOSTILE = frozenset({"attacks", "designates", "condemns", "blames", "warns"})


def foreign_owner(cand, index) -> bool:
    """The trigger noun has an owner that is not the guessed subject: a named possessor that is no
    actor ("Perez's ties with Y"), or "his/her" when the subject is no person."""
    trig, subj = cand.trigger, cand.subject.token
    for c in trig.children:
        if c.dep_ != "poss" or (subj is not None and subj.i == c.i):
            continue
        if c.pos_ != "PRON":  # a named person the text ties to no actor ("the President's trip" is the subject's)
            if c.ent_type_ == "PERSON" and c.i not in index:
                return True
            continue
        if c.lower_ in _PERSONAL and cand.subject.actor.type != "Person":
            return True
    return False


def warner_as_agent(cand) -> bool:
    """A hostile act read as the act of whoever warns, deters or guards against it ("X warned against an
    attack on Y", "X called to guard against attacks on Y")."""
    if cand.relation not in _HOSTILE or cand.subject.token is None:
        return False
    t = cand.trigger
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in ("against", "from"):
            verb = t.head.head
            return verb.lemma_.lower() in _DETERRENCE_VERBS and any(
                c.dep_ == "nsubj" and (c.i == cand.subject.token.i or cand.subject.token in c.subtree)
                for c in verb.children)
        t = t.head
    return False


#: Nouns of a war named after the place it is fought in: "the Iraq war", "the Gaza war".
_WAR_NOUNS = frozenset({"war", "wars", "conflict", "invasion", "occupation"})
_JUDGED = frozenset({"condemns", "blames", "praises", "attacks"})


def war_place(cand) -> bool:
    """A judgment or attack read on a place that only names a war ("condemned the Iraq war", "the Iraq
    war could be illegal"): the war is judged, not the country it was fought in (a hyphenated pair,
    "the Iran-Iraq war", names its sides and is kept)."""
    if cand.relation not in _JUDGED:
        return False
    for arg in (cand.object, cand.subject):
        t = arg.token
        if t is None or t.dep_ != "compound" or t.pos_ != "PROPN" or t.head.lemma_.lower() not in _WAR_NOUNS:
            continue
        if any(w.text == "-" for w in t.doc[max(t.i - 2, 0):t.head.i]):
            continue
        return True
    return False


#: Wars and crises that a discussion takes as its topic: "discussed the war in Gaza".
_DISCUSSED_WARS = frozenset({"war", "conflict", "crisis", "fighting", "violence", "hostilities", "occupation",
                             "invasion", "aggression"})


def discussed_war(cand) -> bool:
    """A war guessed as the act of those who discuss it: "the two leaders discussed the war in Gaza" (a
    definite war is the topic of the talk, not the talkers' deed)."""
    from .scopes import DISCUSSION_VERBS

    t = cand.trigger
    if cand.relation != "attacks" or t.lemma_.lower() not in _DISCUSSED_WARS or not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any") for c in t.children):
        return False
    if t.dep_ == "dobj":
        verb = t.head
    elif t.dep_ == "pobj" and t.head.lower_ in ("about", "on", "over", "regarding"):
        verb = t.head.head
    else:
        return False
    return verb.lemma_.lower() in DISCUSSION_VERBS


def screened(candidates: list, index: dict) -> list:
    """``candidates`` without the loose readings whose guessed actor the sentence rules out, and without
    judgments of a war read on its place (``index``: token index -> actor mention, as in
    :class:`~graphbuild.relations.Context`)."""

    return sense_traps([c for c in candidates if not war_place(c)
                        and (c.kind != "loose" or not (foreign_owner(c, index) or warner_as_agent(c)
                                                       or discussed_war(c)))])
