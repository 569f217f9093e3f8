"""Denied interference in another state's affairs: "Russia denies meddling in the election".

News on election interference repeats the suspect's denial in a short clause that names no target:
"Moscow has denied any meddling", "Russia denies interfering in the election", "the Kremlin has denied
it meddled in the vote". The relation patterns need a target in the sentence, so these were not read.
:func:`denied_interference_candidates` reads them as a negated (or, when left open, hypothetical)
``attacks`` of the state whose affairs are meant:

* the state the sentence names in the "in / into / with" phrase ("in the U.S. election", "in French
  politics", "in Ukraine's affairs");
* else, for an election, a vote, a campaign or no phrase at all, the state the document last read as
  the target of this agent's interference (``ctx.memory``, :func:`graphbuild.attackers.remembered_targets`):
  "Mueller is investigating Russian meddling in the U.S. election. ... Russia has denied meddling."

The agent is the word's own owner ("Russian meddling") or subject ("it meddled"), else the subject of
the verb that denies it. Only a negated or hypothetical reading is kept (an asserted "Russia meddled
in the election" is the patterns' to read), so a guessed target never makes a plain edge.

Examples:
    >>> sorted(INTERFERENCE_WORDS)
    ['interfere', 'interference', 'meddle', 'meddling']
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args
from .patterns import _pairs
from .relations import _is_verb

__all__ = ["INTERFERENCE_WORDS", "denied_interference_candidates"]

#: Lemmas of interference in another's affairs.
INTERFERENCE_WORDS = frozenset({"meddle", "meddling", "interfere", "interference"})
#: Heads of a phrase that names only the affairs meddled in: "in the election", "in the vote".
_AFFAIRS = frozenset({"election", "elections", "vote", "campaign", "race", "referendum", "politics", "affair",
                      "affairs", "process", "democracy"})
_MODIFIERS = ("amod", "compound", "poss", "nmod")


def _named(ctx, tok) -> list:
    """The states a token or its modifiers name: "the U.S. election", "French politics", "Ukraine's affairs"."""
    from .partners import demonym_arg

    found = [a for a in phrase_args(ctx, tok) if a.actor.type == "State"]
    if found:
        return found
    return [a for c in tok.children if c.dep_ in _MODIFIERS and c.i < tok.i
            for a in [arg_of_token(ctx, c) or demonym_arg(c)] if a is not None and a.actor.type == "State"]


def _agents(ctx, t) -> list:
    """Who interferes: the word's owner or own subject, else the subject of the verb above it."""
    own = [c for c in t.children if c.dep_ == "nsubj"] if _is_verb(t) else [
        c for c in t.children if c.dep_ in _MODIFIERS and c.i < t.i]
    found = [a for c in own for a in ([arg_of_token(ctx, c)] if c.dep_ != "nsubj" else phrase_args(ctx, c)) if a]
    if found or own and _is_verb(t):
        return found
    h = t
    for _ in range(3):
        if h.head.i == h.i:
            return []
        h = h.head
        if _is_verb(h):
            return [a for c in h.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
    return []


def _remembered(ctx, subs) -> list:
    """The state last read as the target of these agents' interference, counting an organ or official as
    its state ("the Kremlin" for an earlier "Russian meddling")."""
    from .actors import acting_actor

    ids = {a.actor.id for a in subs} | {acting_actor(a.actor).id for a in subs}
    memory = ctx.memory
    return [t for t in memory.targets if t.actor.type == "State" and memory.attacked.get(t.actor.id, set()) & ids][:1]


def denied_interference_candidates(ctx, t) -> list:
    """The negated (or open) interference of a denial with no target in the pattern's reach (see the
    module docstring)."""
    from .modality import modality_of

    modality, _ = modality_of(t)
    if modality not in ("negated", "hypothetical"):
        return []
    subs = [a for a in _agents(ctx, t) if a.actor.type in ("State", "GovernmentOrgan", "Person")]
    if not subs:
        return []
    places = _pobjs(t, ("in", "into", "with"))
    objs = [a for p in places for a in _named(ctx, p)]
    if not objs and all(p.lemma_.lower() in _AFFAIRS for p in places):
        objs = _remembered(ctx, subs)
    own = {a.actor.id for a in subs}
    return _pairs("attacks", subs, [o for o in objs if o.actor.id not in own], t, "loose", 1, modality=modality)
