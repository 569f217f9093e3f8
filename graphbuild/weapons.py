"""Weapons used against an actor: "Borduria used Iranian drones against Ruritania", "the regime's use of
ballistic missiles against Ruritania's cities".

Using a weapon against someone is attacking them, but "use" is no attack trigger (it is mostly
not), so such a sentence gives nothing. :func:`weapon_use_candidates` reads a verb of using (use,
employ, deploy, unleash) whose object is a weapon (``WEAPONS``, the word or its compound) and a
noun "use" owned by an actor ("X's use of <weapon>"), each with an "against" phrase naming the
target: the user attacks the target. A use condemned in a list the parser broke ("condemned X's
transfer of missiles to Y and Y's use of them against Z", with "use" hung on Y) is condemned too, by
whoever condemns the first item.
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args, verb_subjects
from .relations import _dedupe, Candidate
from .prose import sentence_tokens_with

__all__ = ["weapon_use_candidates", "WEAPONS"]

#: Nouns (lemmas) of weapons whose use against an actor is an attack.
WEAPONS = frozenset({
    "missile", "drone", "rocket", "weapon", "bomb", "munition", "artillery", "shell", "gas", "sarin", "chlorine",
    "uav", "ammunition", "mortar", "grenade", "explosive", "warhead", "torpedo", "landmine", "mine", "firearm",
    "gun", "rifle", "interceptor",
})
_USE_VERBS = frozenset({"use", "employ", "deploy", "unleash"})
_WORDS = frozenset({"use", "used", "uses", "using", "employ", "employed", "employs", "employing", "deploy",
                    "deployed", "deploys", "deploying", "unleash", "unleashed", "unleashes", "unleashing"})
_TYPES = frozenset({"State", "ArmedGroup", "Organization", "GovernmentOrgan", "Person"})
_TARGET_TYPES = frozenset({"State", "ArmedGroup", "Organization", "GovernmentOrgan", "Person", "Place"})


def _weapon(t) -> bool:
    """A weapon word, itself or through its compound ("ballistic missiles", "these weapons", "drone strikes")."""
    if t.lemma_.lower() in WEAPONS:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in WEAPONS for c in t.children)


def _targets(ctx, holder) -> list:
    """The actors of the "against" phrases of ``holder``, or the owner of what they name ("against
    Y's cities")."""
    out = []
    for p in _pobjs(holder, ("against",)):
        named = phrase_args(ctx, p)
        if not named:
            named = [a for c in p.children if c.dep_ == "poss" for a in [arg_of_token(ctx, c)] if a]
        out += [a for a in named if a.actor.type in _TARGET_TYPES]
    return out


def weapon_use_candidates(ctx, sent, found) -> list:
    """``attacks`` (and ``condemns``) candidates of weapons used against an actor in ``sent``.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.
        found: The candidates the other rules found in the sentence (read, not changed).

    Returns:
        Candidates from the user to the target, and from the condemner to the user.
    """

    uses = sentence_tokens_with(sent, _WORDS)
    if not uses:
        return []
    out = []
    for t in uses:
        if t.lemma_.lower() not in _USE_VERBS:
            continue
        if t.pos_ == "VERB":
            weapons = [d for d in t.children if d.dep_ in ("dobj", "nsubjpass") and _weapon(d)]
            if not weapons:
                continue
            users, hops = verb_subjects(ctx, t)
            holders = [t] + weapons
        elif t.pos_ == "NOUN" and t.lower_ in ("use", "uses"):
            weapons = [p for p in _pobjs(t, ("of",)) if _weapon(p)]
            if not weapons:
                continue
            users, hops = [a for c in t.children if c.dep_ == "poss" for a in [arg_of_token(ctx, c)] if a], 0
            if t.dep_ == "pobj" and t.head.lower_ in ("over", "for") and any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
                from .attribution import governor_object

                users = governor_object(ctx, t.head.head)  # "sanctions on X over its use of Y": X's use
            holders = [t] + weapons
        else:
            continue
        users = _dedupe([a for a in users if a.actor.type in _TYPES])
        targets = _dedupe([a for h in holders for a in _targets(ctx, h)])
        pairs = [(u, v) for u in users for v in targets if u.actor.id != v.actor.id]
        out += [Candidate("attacks", u, v, t, "verb" if t.pos_ == "VERB" else "noun", hops) for u, v in pairs]
        if t.pos_ == "NOUN" and t.dep_ == "conj" and users:
            out += _listed_condemnation(t, users, found)
    return out


def _listed_condemnation(n, users, found) -> list:
    """"condemned X's transfer of missiles to Y and Y's use of them against Z", the parse hanging the
    use on Y: whoever condemns the list's first item condemns the user too."""
    out = []
    for c in found:
        if c.relation != "condemns" or c.kind != "verb" or c.trigger.pos_ != "VERB":
            continue
        if _under(n, c.trigger):
            out += [Candidate("condemns", c.subject, u, c.trigger, "verb", c.hops + 1) for u in users
                    if u.actor.id != c.subject.actor.id]
    return out


def _under(n, v) -> bool:
    """``n`` hangs below the verb ``v`` through nouns and prepositions only (no clause of its own),
    and ``v`` has a direct object ("condemned [X's transfer of A to Y and Y's use]")."""
    if not any(d.dep_ == "dobj" for d in v.children):
        return False
    h = n
    for _ in range(8):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.i == v.i:
            return True
        if h.pos_ in ("VERB", "AUX"):
            return False
    return False
