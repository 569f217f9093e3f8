"""Attack sites named beside the target: "attacked a village near X", "shelled positions around X",
"raided a camp east of X".

An attack verb whose object names no actor ("a village", "positions") still attacks the place the
sentence puts that object in. The place phrases of :mod:`graphbuild.patterns` are "in" and "at";
this module reads the others a report of fighting uses: near, around, outside, inside, across,
throughout, and a compass point "of" a place ("east of X"), on the verb or on its object. Only a
place or a state is taken (a sea, gulf or strait is where, not whom), and only from an active verb
with a subject of its own or one step up (a subject found further up a long sentence is more often a
misparse than the attacker). Used by :mod:`graphbuild.patterns` when the verb found no target.

Examples:
    >>> "shell" in SITE_VERBS, "condemn" in SITE_VERBS
    (True, False)
"""

from __future__ import annotations

from .arguments import _passive, _pobjs, arg_of_token, verb_subjects
from .relations import Candidate, _dedupe

__all__ = ["SITE_VERBS", "site_candidates"]

#: Verbs of armed attack whose object may be a mere site ("attacked a village near X").
SITE_VERBS = frozenset({"attack", "bomb", "shell", "raid", "storm", "assault", "ambush", "pound", "bombard",
                        "besiege", "strike", "overrun"})
#: Prepositions that put the object beside a place ("in" and "at" are read by the verb rules).
_NEAR = ("near", "around", "outside", "inside", "across", "throughout")
#: Compass points that put a site "of" a place ("east of X", "the northern outskirts of X").
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "outskirts"})
_WATERS = frozenset({"Sea", "Ocean", "Gulf", "Strait", "Straits", "Channel", "Bay", "River", "Canal"})


def _place(ctx, q):
    """The place or state named at or inside the phrase ``q`` (a sea is no target); after a compass
    point only a place, not a state ("120 miles east of Bahrain" is outside Bahrain, "east of Basra"
    is in Basra's country)."""
    kinds = ("Place",) if q.head.head.lower_ in _COMPASS or q.head.head.lemma_ in _COMPASS else ("Place", "State")
    for t in q.subtree:
        a = arg_of_token(ctx, t)
        if a is not None and a.actor.type in kinds and not any(w in _WATERS for w in a.actor.label.split()):
            return a
    return None


def _site_phrases(v, objects) -> list:
    """The place phrases beside the verb's objects: "near X" on the verb or an object, and "of X"
    after a compass point ("east of X"; the point may be the object itself, "struck east of X")."""
    out = []
    for h in (v, *objects):
        out += _pobjs(h, _NEAR)
        for c in h.children:
            if c.lower_ in _COMPASS or c.lemma_ in _COMPASS:
                out += _pobjs(c, ("of",))
        if h is not v and (h.lower_ in _COMPASS or h.lemma_ in _COMPASS):
            out += _pobjs(h, ("of",))
    return out


def site_candidates(ctx, v) -> list:
    """``attacks`` candidates from an attack verb ``v`` on the place beside its object.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        v: A verb whose lemma is in :data:`SITE_VERBS`, for which the verb rules found no target.

    Returns:
        The candidates (possibly none).
    """
    if v.lemma_ not in SITE_VERBS or _passive(v):
        return []
    objects = [c for c in v.children if c.dep_ == "dobj"]
    if not objects or any(arg_of_token(ctx, o) is not None for o in objects):
        return []  # an object that names an actor is the target: the verb rules read it
    targets = _dedupe([a for q in _site_phrases(v, objects) for a in [_place(ctx, q)] if a is not None])
    if not targets:
        return []
    subs, hops = verb_subjects(ctx, v)
    if hops > 1:
        return []
    subs = [a for a in subs if a.actor.type != "Place"]
    out = [Candidate("attacks", s, o, v, "verb", hops) for s in subs for o in targets if s.actor.id != o.actor.id]
    if out:
        from .attackers import remember_attack

        remember_attack(ctx, subs, targets)
    return out
