"""An attack that starts a war: "Hamas's attack on October 7 launched a war in Gaza".

A light verb ("launch", "start", "wage") gives a nominal attack the subject of the verb, which is
right for "Russia launched a war in Ukraine". When that subject is itself an attack ("the attack
launched / sparked a war in X"), the war is what the attack brought about, fought by others: its
place is not the first attacker's target, and the first attack's target is only what its own phrase
names, not the place of the war it set off.

Examples:
    >>> sorted(CAUSING_VERBS)[:3]
    ['begin', 'ignite', 'launch']
"""

from __future__ import annotations

__all__ = ["CAUSING_VERBS", "drop_caused_wars"]

#: Verbs by which one event sets off another ("the attack sparked a war").
CAUSING_VERBS = frozenset({"launch", "start", "spark", "trigger", "provoke", "ignite", "unleash", "begin", "set"})


_EVENTS: dict = {}  # id of a lexicon's raw data -> its attack event nouns and nominal triggers


def _events(lex) -> frozenset:
    """The nouns that name an attack: the event nouns and the nominal triggers of ``attacks`` (made once)."""
    found = _EVENTS.get(id(lex.raw))
    if found is None:
        found = _EVENTS[id(lex.raw)] = frozenset(lex.raw["attacks"].get("event_nouns", ())) | frozenset(
            lemma for lemma, rels in lex.nouns.items() if any(r == "attacks" for r, _ in rels))
    return found


def _event_subject(v, events) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in events for c in v.children)


def drop_caused_wars(ctx, candidates: list) -> list:
    """``candidates`` without the attacks read through an event that set off another: the war an attack
    launched (its subject is no attacker of the war's place), and the setting-off attack's target
    taken from outside its own phrase."""
    attacks = [c for c in candidates if c.relation == "attacks"]
    if not attacks:
        return candidates
    events = _events(ctx.lex)
    drop = set()
    for c in attacks:
        t = c.trigger
        if t.dep_ == "dobj" and t.head.lemma_ in CAUSING_VERBS and _event_subject(t.head, events):
            drop.add(id(c))  # "the attack launched a war in Gaza": not the attacker's war
        elif t.dep_ == "nsubj" and t.head.lemma_ in CAUSING_VERBS and t.lemma_.lower() in events and any(
                o.dep_ == "dobj" and o.lemma_.lower() in events for o in t.head.children):
            tok = c.object.token
            if tok is not None and not (t.left_edge.i <= tok.i <= t.right_edge.i):
                drop.add(id(c))  # its target is the place of the war it set off
    return [c for c in candidates if id(c) not in drop] if drop else candidates
