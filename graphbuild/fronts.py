"""The state a war is fought against when a government text names only its owner: "our support
keeps Ruritania's economy running amid Borduria's brutal war", "my trip to Kyiv, where I saw the
toll of Russia's illegal war".

The noun rule of ``war`` reads "X's war on Y" and, after an attack on Y has been read, a later "X's
war" (the remembered target). A statement, speech or readout often never names the target in
the war phrase: it names the state that suffers it elsewhere in the sentence, as the one helped,
visited or defended. :func:`front_candidates` reads such a war or invasion owned by one state, with
no target phrase of its own and no reading yet, as an attack on the one other state the sentence
names in the role of a sufferer (``for / to / in / with`` Y, Y's people, helping or defending Y);
a state named as a backer ("China's support for Russia's war") or any second candidate leaves it
alone. Only texts with an issuing government are read (a statement's "amid X's war" is its own
voice).
"""

from __future__ import annotations

from .arguments import arg_of_token
from .relations import Candidate
from .prose import sentence_tokens_with

__all__ = ["front_candidates"]

_WARS = frozenset({"war", "wars", "invasion", "invasions"})
#: Prepositions of the war noun that give it a target or a place of its own ("war on / in / with Y").
_OWN_PHRASES = frozenset({"on", "against", "in", "into", "with", "between", "upon", "inside", "across"})
#: "war of aggression / of attrition / of choice": an "of" phrase that names no target.
_KINDS = frozenset({"aggression", "attrition", "choice", "conquest", "annihilation", "terror"})
#: Prepositions that make a state the one helped, visited or suffering ("support for Y", "a trip to Y").
_SUFFERER_PREPS = frozenset({"for", "to", "in", "with", "across", "throughout", "inside"})
#: Words whose "for / to / in / with" phrase names the state at war's receiving end.
_SUFFERER_HEADS = frozenset({
    "support", "aid", "assistance", "help", "commitment", "solidarity", "trip", "visit", "travel", "hand", "weapon",
    "budget", "funding", "package", "sovereignty", "suffering", "destruction", "atrocity", "death", "civilian",
    "people", "killing", "devastation", "damage", "fighting", "happen", "stand", "recovery", "reconstruction",
    "provide", "give", "send", "deliver", "pledge", "go", "arrive", "security", "loan", "grant", "stand",
})
#: Verbs whose object or subject is the state at war's receiving end ("helps Y", "Y defends itself").
_HELP_VERBS = frozenset({"help", "support", "assist", "aid", "back", "defend", "protect", "rebuild", "arm"})
_PEOPLE = frozenset({"people", "civilian", "soldier", "force", "troop", "defender", "city", "town", "village"})
#: Nouns whose owner backs or joins the war ("China's support for X's war"): no sufferer.
_BACKING = frozenset({"support", "involvement", "backing", "assistance", "aid", "complicity", "participation",
                      "partnership", "alliance", "help", "role", "supply", "contribution"})


def _owner(ctx, n):
    owners = []
    for c in n.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < n.i:
            a = arg_of_token(ctx, c)
            if a is not None and a.actor.type == "State":
                owners.append(a)
    return owners[0] if len(owners) == 1 else None


def _targetless(n) -> bool:
    for c in n.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in _OWN_PHRASES:
            return False
        if c.lower_ == "of" and not any(p.lemma_.lower() in _KINDS for p in c.children if p.dep_ == "pobj"):
            return False  # "the war of 1812", "the invasion of Y" (read by the noun rule)
    return True


def _sufferer_role(t) -> bool:
    """``t`` names a state as the one helped, visited or suffering, not as a backer."""
    if t.dep_ == "pobj" and t.head.lower_ in _SUFFERER_PREPS:
        h = t.head.head  # "support for Y", not "food prices in Y"; "reviewed their help to Y" (on the verb)
        return h.lemma_.lower() in _SUFFERER_HEADS or (h.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SUFFERER_HEADS for c in h.children))
    if t.dep_ in ("amod", "compound", "poss") and t.head.lemma_.lower() in _PEOPLE:
        return True
    if t.dep_ in ("amod", "compound") and t.head.dep_ == "pobj":  # "support for the Ukrainian government"
        return _sufferer_role(t.head)
    if t.dep_ in ("dobj", "nsubj") and t.head.lemma_.lower() in _HELP_VERBS:
        return True
    return False


def front_candidates(ctx, sent, found) -> list:
    """``attacks`` candidates of a war owned by one state against the sufferer its sentence names.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.
        found: The candidates the other rules found in the sentence (read, not changed).

    Returns:
        At most one candidate per war noun.
    """

    wars = [n for n in sentence_tokens_with(sent, _WARS) if n.pos_ == "NOUN"]
    if not wars:
        return []
    issuer = ctx.first_person(None)
    if issuer is None:
        return []
    read = {c.trigger.i for c in found if c.relation == "attacks"}
    out = []
    for n in wars:
        if n.i in read or not _targetless(n):
            continue
        owner = _owner(ctx, n)
        if owner is None:
            continue
        backers = {ctx.index[c.i].actor.id for t in sentence_tokens_with(sent, _BACKING)
                   for c in t.children if c.dep_ == "poss" and c.i in ctx.index}
        victims = {}
        for i in range(sent.start, sent.end):
            m = ctx.index.get(i)
            if m is None or m.actor.type != "State" or m.actor.id in (owner.actor.id, issuer.id) or i == n.i:
                continue
            if m.actor.id in backers:
                victims = {}
                break
            t = sent.doc[i]
            if _sufferer_role(t):
                victims.setdefault(m.actor.id, arg_of_token(ctx, t))
        if len(victims) == 1:
            victim = next(iter(victims.values()))
            if victim is not None:
                out.append(Candidate("attacks", owner, victim, n, "memory", 1))
    return out
