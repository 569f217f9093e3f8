"""The actor a cooperation serves: "the two sides committed to close cooperation in support of
Ruritania", "A and B agreed to coordinate in support of Ruritania's recovery".

A readout's cooperation between its two parties often names the third actor it is for, in an "in
support of" phrase on the cooperation word (or on the verb it is the object of). The noun rule of
``support`` does not read "in support of X" (the supporter is not in the phrase), so the aim is
lost. :func:`aim_candidates` reads each party of such a cooperation as cooperating with the actor
supported (the modality of the cooperation read again at the same trigger). Support for a hostile
act or a cause about an actor ("in support of sanctions on Y", "of the denuclearization of Y") is
left alone.
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args
from .relations import Candidate, _dedupe

__all__ = ["aim_candidates", "supported_in"]

_TYPES = frozenset({"State", "ArmedGroup", "Organization", "GovernmentOrgan"})


def _known(a) -> bool:
    """A state, organ or armed group, or an organization of the gazetteer (not a program or summit
    the tagger took for one).

    Examples:
        >>> from graphbuild.relations import Arg
        >>> from graphbuild.statement import Actor
        >>> program = Arg(Actor("ner-x", "Teach Children Program", "Organization"))
        >>> _known(program), _known(Arg(Actor("imf", "IMF", "Organization")))
        (False, True)
    """
    return a.actor.type in _TYPES and (a.actor.type != "Organization" or not a.actor.id.startswith("ner-"))
_OWNER_DEPS = frozenset({"poss", "compound"})


def supported_in(ctx, t) -> list:
    """The actors an "in support of" phrase on ``t`` (or on the verb ``t`` is the object of) names:
    the phrase's actors, else the owner of what it names ("of Ruritania's recovery")."""
    from .nominal import aim_of, hostile_noun

    holders = [t]
    if t.dep_ in ("dobj", "pobj") and t.head.pos_ in ("VERB", "ADP"):
        holders.append(t.head if t.dep_ == "dobj" else t.head.head)
    out = []
    for h in holders:
        for p in _pobjs(h, ("in",)):
            if p.lemma_.lower() != "support":
                continue
            for q in _pobjs(p, ("of",)):
                for r in [q] + [c for c in q.children if c.dep_ == "conj"]:
                    if hostile_noun(ctx, r) or aim_of(ctx, r):
                        continue  # "in support of sanctions on Y", "of the denuclearization of Y"
                    named = phrase_args(ctx, r, conj=False) or [
                        a for c in r.children if c.dep_ in _OWNER_DEPS for a in [arg_of_token(ctx, c)] if a]
                    out += [a for a in named if _known(a)]
    return _dedupe(out)


def aim_candidates(ctx, sent, found) -> list:
    """``cooperates`` candidates from each party of a cooperation to the actor it supports.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.
        found: The candidates the other rules found in the sentence (read, not changed).

    Returns:
        Further candidates, one per party and actor supported.
    """
    coop = [c for c in found if c.relation == "cooperates" and c.modality != "negated"
            and sent.start <= c.trigger.i < sent.end]
    if not coop:
        return []
    out = []
    for i in sorted({c.trigger.i for c in coop}):
        t = sent.doc[i]
        aims = supported_in(ctx, t)
        if not aims:
            continue
        mine = [c for c in coop if c.trigger.i == i]
        own = {a.actor.id for c in mine for a in (c.subject, c.object)}
        out += [Candidate("cooperates", p, a, t, c.kind, c.hops, modality=c.modality, exempt=c.exempt)
                for c in mine for p in (c.subject, c.object) for a in aims if a.actor.id not in own]
    return out
