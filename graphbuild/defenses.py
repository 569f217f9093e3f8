"""Defending against an actor's war: "Ruritania continues to defend itself against Borduria's illegal
war", "help the people of Ruritania defend their country against Borduria's invasion".

Statements on a war name the attack through the defense: whoever defends (itself, its territory, its
people) against an actor's war, invasion, aggression or attacks is attacked by that actor. The war is
presupposed by the possessive, so a defense that is only wished for ("to help Ruritania defend
itself") still tells of a real war; a war that is only feared ("against any further Russian
aggression", "possible attacks") is left alone.
"""

from __future__ import annotations

import re

from .arguments import _pobjs, phrase_args, verb_subjects
from .listings import doc_mentions_any
from .prose import doc_text
from .relations import Arg, Candidate, _dedupe

__all__ = ["defense_candidates"]

_GATE = re.compile(r"\bdefend\w*\b[^.;]{0,80}\bagainst\b", re.IGNORECASE)
#: Deeds whose owner attacks the defender.
_DEEDS = frozenset({"war", "invasion", "aggression", "attack", "assault", "onslaught", "offensive", "bombardment",
                    "incursion", "strike", "occupation"})
#: Modifiers of a deed that is only feared.
_FEARED = frozenset({"possible", "potential", "future", "further", "any", "new", "renewed", "next", "threatened",
                     "feared", "imminent", "likely", "a", "an"})  # "against a Russian invasion": any
_TYPES = ("State", "ArmedGroup", "Organization", "GovernmentOrgan")
_HELPERS = frozenset({"help", "enable", "allow", "assist"})
_REFLEXIVES = frozenset({"itself", "themselves", "herself", "himself", "ourselves"})


def _owners(ctx, deed) -> list:
    from .patterns import _event_agent

    if any(c.lower_ in _FEARED for c in deed.children if c.dep_ in ("amod", "det", "advmod", "compound")):
        return []
    return [a for a in _event_agent(ctx, deed) if a.actor.type in _TYPES]


def _pronoun_of(v):
    """The pronoun that stands for the defender: "as it defends", "its ability to defend", "help them
    defend"; None when the defender is named."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None and v.dep_ == "xcomp":  # "as it continues to defend itself"
        subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj if subj.pos_ == "PRON" else None
    if v.dep_ in ("acl", "xcomp") and v.head.pos_ == "NOUN":  # "its ability / right to defend itself"
        poss = next((c for c in v.head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if poss is not None:
            return poss
    if v.dep_ in ("xcomp", "ccomp") and v.head.lemma_ in _HELPERS:  # "help them defend"
        obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.pos_ == "PRON"), None)
        if obj is not None:
            return obj
    # "provide Ruritania with weapons to defend itself"
    return next((c for c in v.children if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES), None)


def _nearest_before(ctx, tok, sent, skip) -> list:
    """The actor named last before ``tok`` in its sentence ("support for Ruritania as it defends"),
    other than the war's owners."""
    for i in range(tok.i - 1, sent.start - 1, -1):
        m = ctx.index.get(i)
        if m is not None and m.actor.type in _TYPES and m.actor.id not in skip and sent.doc[i].pos_ != "PRON":
            return [Arg(m.actor, sent.doc[i], coref=True)]
    return []


def _defenders(ctx, v, sent, skip) -> tuple[list, int]:
    """Who defends: a pronoun's nearest antecedent in the sentence ("support for Ruritania as it defends
    itself": Ruritania, not the supporter), else the verb's subject, else whom "help" names ("help
    Ruritania defend itself")."""
    pron = _pronoun_of(v)
    if pron is not None:
        near = _nearest_before(ctx, pron, sent, skip)
        if near:
            return near, 0
    subs, hops = verb_subjects(ctx, v)
    if not subs and v.dep_ in ("xcomp", "ccomp") and v.head.lemma_ in _HELPERS:
        subs = [a for c in v.head.children if c.dep_ in ("dobj", "nsubj") and c.i < v.i for a in phrase_args(ctx, c)]
        hops = 1
    return [a for a in subs if a.actor.type in _TYPES], hops


def defense_candidates(ctx, sent) -> list:
    """``attacks`` candidates of a defense against an actor's war in ``sent``.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.

    Returns:
        Candidates from the owner of the war to the defender, read at the war noun.
    """
    if not doc_mentions_any(ctx.doc, "defenses", _GATE) or not _GATE.search(
            doc_text(sent.doc), sent.start_char, sent.end_char):
        return []
    out = []
    for v in sent:
        if v.lemma_ != "defend" or v.pos_ != "VERB":
            continue
        holders = [v] + [c for c in v.children if c.dep_ == "dobj"]  # "defend their country against X's war"
        deeds = [d for h in holders for p in _pobjs(h, ("against",)) for d in [p] + [c for c in p.children
                                                                                  if c.dep_ == "conj"]
                 if d.lemma_.lower() in _DEEDS]
        if not deeds:
            continue
        for d in deeds:
            owners = _dedupe(_owners(ctx, d))
            if not owners:
                continue
            defenders, hops = _defenders(ctx, v, sent, {o.actor.id for o in owners})
            out += [Candidate("attacks", o, s, d, "noun", hops, exempt=frozenset({"hypothetical"}))
                    for o in owners for s in _dedupe(defenders) if s.actor.id != o.actor.id]
    return out
