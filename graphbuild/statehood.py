"""Statehood still to come: support for a two-state solution is an open recognition of Palestine.

"X reaffirmed its support for a two-state solution", "the best way to peace is through two states",
"we will keep working toward a future Palestinian state": a Palestinian state is named as a goal, so
whoever backs it would recognize Palestine once it exists. Each reading is a ``recognizes`` statement
node of Palestine, hypothetical (or negated when the sentence rules the state out: "X rejected a
Palestinian state", "X opposes the two-state solution"), never a plain edge; a recognition the
relation patterns already read in the sentence is left to them.

The backer is the subject of the nearest verb above the phrase that has an actor as its subject
("Harris reaffirmed that the best way ... is through two states": Harris, through "reaffirmed"), or the
owner of a noun above it ("Biden's support for a two-state solution"), never across a relative clause or a participle that
describes a noun ("X seized the territories, seen as part of any future Palestinian state"). Palestine itself is never its
own recogniser ("Palestinians back a two-state solution"), an organization recognizes no state (a G7
statement), and the phrase itself names no backer ("the two-state solution, Israel and Palestine side by
side"). Where several states back it together ("X and Y affirmed their commitment to a Palestinian
state"), and in any text a government issues, only that government is kept as backer: many states
recognized Palestine long ago, and a readout tells for sure only of its own government's stand (in news,
one named backer is kept: "Netanyahu rejected a Palestinian state"). "Two states" counts only when Palestine is
named in the sentence or in the two before it (a "two-state solution" for another island or region
is no Palestinian state), and the phrase itself gives Palestine's mention when it names it.

Examples:
    >>> bool(STATEHOOD.search("backs a two-state solution")), bool(STATEHOOD.search("two-stage plan"))
    (True, False)
"""

from __future__ import annotations

import re

from .relations import Arg, Candidate, _is_verb

__all__ = ["STATEHOOD", "statehood_candidates"]

#: A Palestinian state as a goal: "two-state solution", "two states", "a Palestinian state", "statehood".
STATEHOOD = re.compile(r"two[- ]states?\b|palestinian state", re.I)
_STATE_WORDS = frozenset({"state", "states", "statehood", "solution"})
_BACKER_TYPES = frozenset({"State", "GovernmentOrgan", "Person"})
_PALESTINE = "palestine"
#: Words that name Palestine or its people where the actor module reads no mention ("Israelis and Palestinians").
_PALESTINIAN = frozenset({"palestine", "palestinian", "palestinians"})


def _trigger(sent):
    """The word that names the state as a goal: "solution" of "two-state solution", "states" of "two
    states", "state" or "statehood" after "Palestinian"."""
    for t in sent:
        low = t.lower_
        if low not in _STATE_WORDS:
            continue
        before = " ".join(w.lower_ for w in t.doc[max(sent.start, t.i - 4):t.i])
        if low == "solution" and re.search(r"two ?- ?state$", before):
            return t
        if low in ("state", "states", "statehood") and (before.endswith("two") or before.endswith("palestinian")
                                                       or re.search(r"two ?- ?state$", before)):
            return t
    return None


def _palestine(ctx, sent, trigger):
    """Palestine's mention nearest the trigger, in the sentence or the two before it."""
    from .sentences import sentences_before

    starts = [s.start for s in sentences_before(trigger)]  # the trigger's own sentence last
    lo = starts[-3] if len(starts) >= 3 else 0
    best, actor = None, None
    for i in range(lo, sent.end):
        m = ctx.index.get(i)
        named = m is not None and m.actor.id == _PALESTINE
        if (named or sent.doc[i].lower_ in _PALESTINIAN) and (best is None or abs(i - trigger.i) < abs(best - trigger.i)):
            best, actor = i, m.actor if named else actor
    if best is None:
        return None
    if actor is None:  # "Israelis and Palestinians": the people's state, from the gazetteer
        from .gazetteer import load_gazetteer

        actor = load_gazetteer().actors.get(_PALESTINE)
    return None if actor is None else Arg(actor, sent.doc[best], False, "context")


def _describes(t) -> bool:
    """A clause that describes a noun or the subject, not a stand: a relative clause, a participle ("the
    territories, seen as part of ..."); an infinitive is a goal ("conditions for peace to include a state")."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    return (t.dep_ in ("acl", "relcl") and not infinitive) or (t.dep_ == "advcl" and t.tag_ == "VBN")


def _backers(ctx, trigger) -> list:
    """Who backs the state: the subject of the nearest verb above with an actor as subject, else the owner
    of a noun above ("Biden's support for ...")."""
    from .arguments import arg_of_token
    from .subjects import verb_subjects

    t = trigger
    for _ in range(10):
        if t.head.i == t.i or t.dep_ == "appos" or _describes(t):
            return []  # "the territories, seen as part of a future Palestinian state": a description, no stand
        t = t.head
        if _describes(t):
            return []
        if _is_verb(t) or t.pos_ == "AUX":
            subs, _ = verb_subjects(ctx, t)
            subs = [a for a in subs if a.actor.type in _BACKER_TYPES]
            if subs:
                return subs
        else:
            owners = [a for c in t.children if c.dep_ == "poss" for a in [arg_of_token(ctx, c)] if a is not None]
            if owners:
                return owners
    return []


def statehood_candidates(ctx, sent, found) -> list:
    """The open recognitions of Palestine a sentence's statehood phrase gives (see the module docstring).

    Args:
        ctx: The document's :class:`~graphbuild.relations.Context`.
        sent: The sentence span (the caller has checked the document mentions statehood at all).
        found: The candidates already read in the sentence.
    """
    if any(c.relation == "recognizes" for c in found):
        return []
    trigger = _trigger(sent)
    if trigger is None:
        return []
    pal = _palestine(ctx, sent, trigger)
    if pal is None:
        return []
    from .modality import modality_of

    modality = "negated" if modality_of(trigger)[0] == "negated" else "hypothetical"
    from .actors import acting_actor

    phrase = {t.i for t in trigger.subtree}
    backers = {}
    for a in _backers(ctx, trigger):
        state = acting_actor(a.actor)
        if state.id != _PALESTINE and state.type == "State" and (a.token is None or a.token.i not in phrase):
            backers.setdefault(state.id, a)
    issuer = ctx.first_person(None)  # the government that issues the text, if one does
    if issuer is not None:  # "the President and King X affirmed their commitment": the issuer's own stand
        issuer = acting_actor(issuer)
        backers = {k: a for k, a in backers.items() if k == issuer.id}
    elif len(backers) > 1:
        return []
    return [Candidate("recognizes", a, pal, trigger, "loose", 1, modality=modality) for a in backers.values()]
