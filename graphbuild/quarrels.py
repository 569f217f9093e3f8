"""Quarrels: insults and hostile words between actors are condemnation, not violence.

"X traded insults with Y", "X and Y exchanged barbs", "the insults X exchanged with Y", "a war of
words with Y" (its subject X): each side ``condemns`` the other. "X hurled insults at Y", "X
stepped up its rhetoric against Y", "X's tirade against Y": X condemns Y. The words are the act
("had not hurled any insults at Y" is negated by the modality rules like any verb). A war of words
"between X and Y" is read by :func:`graphbuild.nominal.exchange_candidates` (each side warns the
other), which also asks :func:`between_condemnations` here for the insults such a war is made of.

Examples:
    >>> sorted(INSULT_NOUNS & {"barb", "missile"}), sorted(HARSH_TALK & {"rhetoric", "talk"})
    (['barb'], ['rhetoric'])
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args, verb_subjects
from .prose import sentence_tokens_with
from .relations import Candidate, _dedupe, _is_noun, _is_verb

__all__ = ["quarrel_candidates", "between_condemnations", "INSULT_NOUNS", "HARSH_TALK"]

#: Words traded in a quarrel: "traded insults / barbs / jibes with X".
INSULT_NOUNS = frozenset({"insult", "barb", "jibe", "gibe", "taunt", "slur", "invective", "recrimination",
                          "name-calling", "abuse"})
#: Hostile talk aimed at someone: "rhetoric / a tirade / a diatribe / a broadside against X".
HARSH_TALK = frozenset({"rhetoric", "tirade", "diatribe", "broadside", "invective", "harangue", "polemic"})
#: Verbs by which two sides trade words: "X traded insults with Y".
_TRADING = frozenset({"trade", "exchange", "swap"})
#: Verbs by which one side aims words at the other: "hurled insults at Y", "stepped up rhetoric against Y".
_AIMING = frozenset({"hurl", "fling", "sling", "lob", "direct", "level", "aim", "throw", "heap", "shout", "unleash",
                     "launch", "step", "ramp", "escalate", "intensify", "sharpen", "tone", "reiterate", "repeat",
                     "renew", "use", "employ", "deliver", "issue"})
#: Prepositions naming whom the words are aimed at.
_AT = ("at", "against", "toward", "towards")
#: Lower-case forms of the words every rule here starts at (the cheap test of a sentence).
_FORMS = frozenset({w for n in INSULT_NOUNS | HARSH_TALK for w in (n, n + "s")} | {"words", "barbs", "jibes"})
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
#: Modifiers that make talk friendly: "conciliatory rhetoric toward X" condemns no one.
_MILD = frozenset({"conciliatory", "soft", "softer", "warm", "warmer", "friendly", "friendlier", "positive",
                   "moderate", "measured", "mild", "milder", "toned-down", "gentler", "gentle", "kind", "kinder"})
#: Prepositions of circumstance: "amid a war of words with X" tells of a quarrel under way.
_CIRCUMSTANCE = frozenset({"amid", "amidst", "during", "after", "despite", "since", "following", "before"})


def _sides(ctx, tokens) -> list:
    return _dedupe([a for t in tokens for a in phrase_args(ctx, t)])


def _both_ways(subs, others, trigger, kind, hops, exempt=frozenset()) -> list:
    out = []
    for s in subs:
        for o in others:
            if s.actor.id != o.actor.id:
                out.append(Candidate("condemns", s, o, trigger, kind, hops, exempt=exempt))
                out.append(Candidate("condemns", o, s, trigger, kind, hops, exempt=exempt))
    return out


def _one_way(subs, others, trigger, kind, hops) -> list:
    return [Candidate("condemns", s, o, trigger, kind, hops) for s in subs for o in others
            if s.actor.id != o.actor.id]


def _object_of(n):
    """The verb whose direct object ``n`` is (through a coordination: "insults and threats")."""
    while n.dep_ == "conj" and not _is_verb(n.head):
        n = n.head
    return n.head if n.dep_ == "dobj" and _is_verb(n.head) else None


def _circumstantial(n) -> bool:
    """Whether the noun stands in a phrase of circumstance ("amid a war of words with X")."""
    for _ in range(3):
        if n.dep_ == "pobj" and n.head.lower_ in _CIRCUMSTANCE:
            return True
        if n.dep_ not in ("pobj", "prep") or n.head.i == n.i:
            return False
        n = n.head
    return False


def _traded(ctx, n) -> list:
    """"X traded insults with Y", "X and Y exchanged barbs", "the insults X exchanged with Y",
    "exchanging insults with Y" (done by the clause's subject)."""
    v = _object_of(n)
    if v is None:
        v = next((c for c in n.children if c.dep_ in ("relcl", "acl") and c.lemma_ in _TRADING and _is_verb(c)), None)
    if v is None or v.lemma_ not in _TRADING:
        return []
    subs, hops = verb_subjects(ctx, v)
    others = _sides(ctx, _pobjs(v, ("with",)) + _pobjs(n, ("with",)))
    if others:
        return _both_ways(subs, others, v, "verb", hops)
    if len({a.actor.id for a in subs}) >= 2 and hops == 0:  # "X and Y traded barbs"
        subs = _dedupe(subs)
        return [c for i, a in enumerate(subs) for b in subs[i + 1:] for c in _both_ways([a], [b], v, "coordination", 0)]
    return []


def _aimed(ctx, n) -> list:
    """"X hurled insults at Y", "X stepped up its rhetoric against Y", "X's tirade against Y"."""
    v = _object_of(n)
    targets = _pobjs(n, _AT) + (_pobjs(v, _AT) if v is not None and v.lemma_ in _AIMING else [])
    others = [a for a in _sides(ctx, targets) if a.actor.type != "Place"]
    if not others:
        return []
    owners = [a for c in n.children if c.dep_ == "poss" for a in phrase_args(ctx, c)]
    if owners:
        return _one_way(owners, others, n, "noun", 0)
    if v is not None:
        subs, hops = verb_subjects(ctx, v)
        return _one_way(subs, others, v, "verb", hops)
    return []


def _war_of_words(ctx, n) -> list:
    """"X is embroiled in a war of words with Y", "X's war of words with Y": both condemn each other
    (the "between X and Y" form is read with the exchanges of :mod:`graphbuild.nominal`)."""
    if n.lower_ != "words" or n.dep_ != "pobj" or n.head.lower_ != "of" or n.head.head.lemma_ != "war":
        return []
    war = n.head.head
    holders = [war, n]
    v = war.head.head if war.dep_ == "pobj" and _is_verb(war.head.head) else (
        war.head if war.dep_ == "dobj" and _is_verb(war.head) else None)
    if v is not None:
        holders.append(v)
    others = _sides(ctx, [p for h in holders for p in _pobjs(h, ("with",))])
    if not others:
        return []
    exempt = frozenset({"hypothetical"}) if _circumstantial(war) else frozenset()
    owners = [a for c in war.children if c.dep_ == "poss" for a in phrase_args(ctx, c)]
    if owners:
        return _both_ways(owners, others, war, "noun", 0, exempt)
    if v is None:
        return []
    subs, hops = verb_subjects(ctx, v)
    if not subs and v.dep_ in ("ccomp", "xcomp", "oprd") and any(
            c.dep_ == "nsubj" and c.lower_ in _REFLEXIVE for c in v.children):  # "X found himself embroiled in"
        subs, hops = verb_subjects(ctx, v.head, hops + 1)
    return _both_ways(subs, others, war, "noun", hops + 1, exempt)


def between_condemnations(sides: list, trigger, content) -> list:
    """Condemnation both ways for an exchange "between X and Y" when what is exchanged is words or
    insults ("a war of words", "exchanges of threats and insults"), given its two sides and the
    lemmas of its "of" phrase."""
    if len(sides) != 2 or not (set(content) & (INSULT_NOUNS | {"word"})):
        return []
    exempt = frozenset({"hypothetical"}) if _circumstantial(trigger) else frozenset()
    return _both_ways(sides[:1], sides[1:], trigger, "noun", 1, exempt)


def quarrel_candidates(ctx, sent) -> list:
    """The ``condemns`` candidates of one sentence's quarrels (none unless one of its words is there)."""
    hits = sentence_tokens_with(sent, _FORMS)
    if not hits:
        return []
    out = []
    for n in hits:
        if not _is_noun(n) or arg_of_token(ctx, n) is not None:
            continue
        lemma = n.lemma_.lower()
        if lemma == "word" or n.lower_ == "words":
            out += _war_of_words(ctx, n)
        elif lemma in INSULT_NOUNS:
            out += _traded(ctx, n) or _aimed(ctx, n)
        elif lemma in HARSH_TALK and not any(c.lower_ in _MILD for c in n.children):
            out += _aimed(ctx, n)  # not "his more conciliatory rhetoric toward X"
    return out
