"""Money and joint launches in government releases: "the U.S. contribution to the IDA", "Japan's $1
billion pledge to the Global Fund", "the United States has contributed $155 million to X", "the
initiative he launched with President Y of Z". The giver (the noun's owner or the verb's subject)
cooperates with the one given to; whoever launches something with a partner cooperates with it.

The one given to must be named itself: in "contributed to VW's performance" or "a contribution to
Wales' win" the actor only owns what is helped, and no one is given anything.
"""

from __future__ import annotations

import re

from .arguments import _pobjs, noun_subjects, phrase_args, verb_subjects
from .coleads import _between_actors
from .relations import _dedupe, _is_noun, _is_verb, Candidate
from .listings import doc_mentions_any

__all__ = ["contribution_candidates", "GIFT_NOUNS", "GIFT_VERBS"]

#: Nouns of money given "to" someone.
GIFT_NOUNS = frozenset({"contribution", "pledge", "donation", "grant"})
#: Verbs of money given "to" someone (with an amount or fund as what is given, see ``_MONEY``).
GIFT_VERBS = frozenset({"contribute", "pledge", "donate"})
#: Verbs whose "with" partner is a co-founder of what they start.
LAUNCH_VERBS = frozenset({"launch", "found", "inaugurate", "unveil"})

_GATE = re.compile(r"contribut|pledg|donat|\bgrants?\b|launch|found|inaugurat|unveil", re.IGNORECASE)
_MONEY = frozenset({"million", "billion", "trillion", "$", "dollar", "fund", "funding", "euro", "troop", "aid",
                    "assistance", "financing", "resource"})
_RECIPIENTS = ("State", "Organization", "GovernmentOrgan", "ArmedGroup")
_PARTNERS = ("State", "Organization", "GovernmentOrgan", "Person")
#: What is launched with another in a fight, not in a partnership.
_HOSTILE = frozenset({"war", "attack", "strike", "offensive", "missile", "rocket", "assault", "raid", "drone",
                      "bomb", "invasion", "campaign", "operation", "probe", "investigation", "lawsuit", "case"})


#: Heads whose owner is the one helped: "the IDA replenishment", "NATO's mission", "Ukraine's self-defense"
#: (besides ``benefit_heads`` of ``cooperates`` in ``triggers.yaml``).
_OWNED_FOR = frozenset({"replenishment", "fund", "facility", "mission", "budget", "appeal", "effort", "response"})


def _named(ctx, p, types) -> list:
    """The actors a phrase names itself: its head and the heads coordinated with it, not an actor
    that only owns or qualifies the head ("VW's performance"), unless the head is a good of its owner
    ("the IDA replenishment", "Ukraine's self-defense")."""
    if ctx.index.get(p.i) is None:
        owned = _OWNED_FOR | set(ctx.lex.raw["cooperates"].get("benefit_heads", ()))
        if p.lemma_.lower() not in owned:
            return []
        return [a for c in p.children if c.dep_ in ("poss", "compound") and c.i < p.i
                for a in phrase_args(ctx, c) if a.actor.type in types]
    return [a for a in phrase_args(ctx, p) if a.actor.type in types and a.token is not None
            and a.token.dep_ not in ("poss", "compound", "amod", "nmod")]


def _gift_candidates(ctx, t) -> list:
    lemma = t.lemma_.lower()
    if lemma in GIFT_NOUNS and _is_noun(t):
        objs = [a for p in _pobjs(t, ("to",)) for a in _named(ctx, p, _RECIPIENTS)]
        if not objs:
            return []
        subs, hops = noun_subjects(ctx, t, "cooperates")
        kind = "noun"
    elif lemma in GIFT_VERBS and _is_verb(t):
        given = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(g.lemma_.lower() in _MONEY or g.like_num or any(
                x.lemma_.lower() in _MONEY or x.like_num for x in g.subtree) for g in given):
            return []  # "contributed to the decline", "contributed data to X"
        objs = [a for h in [t, *given] for p in _pobjs(h, ("to",)) for a in _named(ctx, p, _RECIPIENTS)]
        if not objs:
            return []
        subs, hops = verb_subjects(ctx, t)
        kind = "verb"
    else:
        return []
    return [Candidate("cooperates", s, o, t, kind, hops) for s in _dedupe(subs) for o in _dedupe(objs)
            if s.actor.id != o.actor.id and s.actor.type in _PARTNERS + ("ArmedGroup",)
            and _between_actors(s.actor, o.actor, None)]  # a fund NER found may be given to from home


def _launch_candidates(ctx, t) -> list:
    if t.lemma_.lower() not in LAUNCH_VERBS or not _is_verb(t):
        return []
    made = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(m.lemma_.lower() in _HOSTILE for m in made) or (t.dep_ == "relcl" and t.head.lemma_.lower() in _HOSTILE):
        return []
    heads = [t] + made
    partners = [a for h in heads for p in _pobjs(h, ("with",)) if ctx.index.get(p.head.i) is None
                for a in _named(ctx, p, _PARTNERS)]  # not "launched the Digital Transformation with Africa"
    partners = [a for a in partners if a.actor.type != "Person" or a.actor.acts_for]
    if not partners:
        return []
    subs, hops = verb_subjects(ctx, t)
    home = ctx.first_person(None)
    return [Candidate("cooperates", s, o, t, "verb", hops) for s in _dedupe(subs) for o in _dedupe(partners)
            if s.actor.id != o.actor.id and _between_actors(s.actor, o.actor, home)]


def contribution_candidates(ctx, sent) -> list:
    """Cooperation read from money given to an actor and from a joint launch (see the module docstring).

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.

    Returns:
        ``cooperates`` candidates.
    """

    if not doc_mentions_any(ctx.doc, "contributions", _GATE):
        return []
    out = []
    for t in sent:
        if t.pos_ in ("NOUN", "VERB") and (t.lemma_.lower() in GIFT_NOUNS or t.lemma_.lower() in GIFT_VERBS
                                           or t.lemma_.lower() in LAUNCH_VERBS):
            out += _gift_candidates(ctx, t) + _launch_candidates(ctx, t)
    return out
