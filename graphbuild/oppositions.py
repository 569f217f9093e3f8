"""Standing against an actor: "they reinforced their resolve to stand united against Russia's war
on Ukraine", "the world is united against this brutal invasion", "we have taken a united stand
against X's aggression". Whoever stands (or unites) against an actor, or against an actor's war,
invasion or aggression, condemns that actor. A stand against a thing no actor owns ("against
hate", "against terrorism") names no one, and standing against someone in an election is a candidacy.
"""

from __future__ import annotations

import re

from .arguments import _pobjs, phrase_args, verb_subjects
from .relations import _dedupe, Candidate
from .listings import doc_mentions_any

__all__ = ["opposition_candidates", "OPPOSED_DEEDS"]

#: Deeds whose owner is the one opposed ("against Russia's war").
OPPOSED_DEEDS = frozenset({"war", "invasion", "aggression", "occupation", "annexation", "attack", "assault",
                           "atrocity", "brutality", "crime", "offensive", "bombardment", "campaign", "onslaught",
                           "repression", "crackdown", "violence", "threat", "provocation", "coercion", "behavior",
                           "behaviour", "action", "conduct", "terrorism", "aggressions"})
_GATE = re.compile(r"\b(?:stand|stands|stood|standing|unite|united|unites|uniting)\b[^.;]{0,40}\bagainst\b",
                   re.IGNORECASE)
_ELECTORAL = re.compile(r"\b(?:election|elections|seat|candidate|ballot|constituency|primary|race|poll)\b",
                        re.IGNORECASE)
_STANCE_LEMMAS = frozenset({"stand", "unite", "united"})
_TYPES = ("State", "ArmedGroup", "Organization", "GovernmentOrgan", "Person")


def _opposed(ctx, p) -> list:
    """The actors an "against" phrase opposes: the actors it names, else the owners of the deed it
    names ("Russia's unjust war on Ukraine": Russia, not Ukraine)."""
    from .patterns import _event_agent

    if ctx.index.get(p.i) is not None:
        return [a for a in phrase_args(ctx, p) if a.actor.type in _TYPES]
    out = []
    for d in [p] + [c for c in p.children if c.dep_ == "conj"]:
        if d.lemma_.lower() in OPPOSED_DEEDS:
            out += [a for a in _event_agent(ctx, d) if a.actor.type in _TYPES]
    return out


def _stance_verb(t):
    """The verb whose subject takes the stand: "stand" / "unite" themselves, the verb an adjective
    "united" completes ("are united against", "stand united against"), the light verb of the noun
    "stand" ("took a stand against")."""
    if t.pos_ in ("VERB", "AUX"):
        return t
    if t.lower_ == "united" and t.dep_ in ("acomp", "advcl", "oprd", "xcomp", "conj", "advmod"):
        return t.head
    if t.lemma_ == "stand" and t.pos_ == "NOUN" and t.dep_ in ("dobj", "attr"):
        return t.head
    return None


def opposition_candidates(ctx, sent) -> list:
    """``condemns`` candidates of a stand against an actor or its deed in ``sent``.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.

    Returns:
        Candidates from the subject of the stand to the actors opposed.
    """

    if not doc_mentions_any(ctx.doc, "oppositions", _GATE) or not _GATE.search(sent.text) \
            or _ELECTORAL.search(sent.text):
        return []  # "is to stand against MP X at the next election": a candidacy
    out = []
    for t in sent:
        if t.lemma_.lower() not in _STANCE_LEMMAS and t.lower_ != "united":
            continue
        verb = _stance_verb(t)
        if verb is None or (t is not verb and verb.lemma_.lower() in _STANCE_LEMMAS):
            continue  # "stand united against": read once, at "stand"
        holders = [t] + [c for c in t.children if c.dep_ in ("acomp", "advmod", "advcl", "oprd") and c.i > t.i]
        objs = _dedupe([a for h in holders for p in _pobjs(h, ("against",)) for a in _opposed(ctx, p)])
        if not objs:
            continue
        subs, hops = verb_subjects(ctx, verb)
        out += [Candidate("condemns", s, o, t, "verb", hops) for s in _dedupe(subs) for o in objs
                if s.actor.id != o.actor.id]
    return out
