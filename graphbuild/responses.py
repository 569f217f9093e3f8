"""Responses threatened to an attack: the responder's possible strike on the attacker.

"Iran warned it would respond to any Israeli attack", "Russia will respond to any NATO strike", "the
Houthis threatened a harsh response to any American action against Yemen": the responder would
strike whoever attacks it, and, when the attack names no target, the attacker's attack would be on
the responder. Both are only possible: each reading is kept only when its own clause is open
(:func:`graphbuild.modality.modality_of` finds it hypothetical or negated), and a response to "any"
attack is open whatever its tense (it answers an attack that has not happened). Never a plain edge.

The responder is the subject of the response verb, or for a response noun its owner ("a Houthi
response", "Iran's reply") or the subject of the verb that threatens or warns of it.

Examples:
    >>> "respond" in RESPONSE_VERBS and "response" in RESPONSE_NOUNS
    True
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token
from .patterns import _pairs
from .relations import _is_noun, _is_verb
from .subjects import verb_subjects

__all__ = ["RESPONSE_VERBS", "RESPONSE_NOUNS", "response_candidates"]

#: Verbs of answering an attack: "X would respond to any attack by Y".
RESPONSE_VERBS = frozenset({"respond", "react", "retaliate", "reply"})
#: Nouns of answering an attack: "a harsh response to any attack by Y".
RESPONSE_NOUNS = frozenset({"response", "reaction", "reply", "retaliation", "riposte", "counterattack"})
_EVENT_PREPS = ("to", "against", "for")


def _open(t) -> str | None:
    from .modality import modality_of

    modality, _ = modality_of(t)
    return modality if modality in ("hypothetical", "negated") else None


def _generic(e) -> bool:
    """"any attack": an attack that has not happened."""
    return any(c.dep_ == "det" and c.lower_ == "any" for c in e.children)


def _responders(ctx, t) -> list:
    if _is_verb(t):
        return verb_subjects(ctx, t)[0]
    own = [a for c in t.children if c.dep_ in ("poss", "compound", "amod") and c.i < t.i
           for a in [arg_of_token(ctx, c)] if a]
    if own:
        return own
    v = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head if t.dep_ == "dobj" else None
    for _ in range(3):  # "will turn the sea into a graveyard in response to ...": the phrase may hang on a noun
        if v is None or _is_verb(v) or v.head.i == v.i or t.head.lower_ != "in":
            break
        v = v.head
    return verb_subjects(ctx, v)[0] if v is not None and _is_verb(v) else []  # "warned of / threatened a response"


def _leader(ctx, arg):
    """"the U.S.-led Operation X", "a Saudi-led coalition": the state that leads the agent named."""
    tok = arg.token
    if tok is None:
        return arg
    for m in tok.children:
        if m.dep_ == "amod" and m.lemma_.lower() == "lead":
            for c in m.children:
                a = arg_of_token(ctx, c) if c.dep_ in ("npadvmod", "compound", "nmod", "amod") else None
                if a is not None and a.actor.type == "State":
                    return a
    return arg


def _demonym_agent(e) -> list:
    """"any American action": the state an adjective on the event names."""
    from .partners import demonym_arg

    return [a for c in e.children if c.dep_ == "amod" and c.i < e.i for a in [demonym_arg(c)]
            if a is not None and a.actor.type == "State"]


def response_candidates(ctx, t) -> list:
    """The possible strikes of a response verb or noun ``t`` to an attack (see the module docstring)."""
    from .patterns import _event_agent, _event_nouns

    lemma = t.lemma_.lower()
    if not (_is_verb(t) and lemma in RESPONSE_VERBS or _is_noun(t) and lemma in RESPONSE_NOUNS):
        return []
    events = [p for p in _pobjs(t, _EVENT_PREPS) if p.lemma_.lower() in _event_nouns(ctx) | {"action", "aggression"}]
    if _is_noun(t) and t.dep_ == "pobj" and t.head.lower_ in ("in", "as") and not (events and _generic(events[0])):
        return []  # "in response to X's aggression": a reason for the act it hangs on ("to any attack": a threat)
    if not events:
        return []
    e = events[0]
    subs, agents = _responders(ctx, t), [_leader(ctx, a) for a in _event_agent(ctx, e) or _demonym_agent(e)]
    own = {a.actor.id for a in subs}
    agents = [a for a in agents if a.actor.id not in own]
    if not subs or not agents:
        return []
    out = []
    modality = _open(t) or ("hypothetical" if _generic(e) else None)
    if modality is not None:
        out += _pairs("attacks", subs, agents, t, "loose", 2, modality=modality)
    attack_modality = _open(e)
    if attack_modality is not None and not _pobjs(e, ("on", "against")):
        out += _pairs("attacks", agents, subs, e, "loose", 2, modality=attack_modality)
    return out
