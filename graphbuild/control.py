"""Rule over a place that is only possible, wanted or denied: "Hamas cannot control Gaza", "the Taliban
could expand their control throughout the country", "X must never again run Y".

The ``governs`` triggers (``data/triggers.yaml``) read "rule", "govern" and "run" (with a word of
government nearby) and "control" as a noun after a verb of seizing. :func:`control_candidates` reads
the rest of the kind, but only in a hypothetical or negated clause
(:func:`graphbuild.modality.modality_of`), so the looser words never make a plain edge:

* the verbs "control", "run" and "administer" with an actor subject and a place or state object;
* "control / rule / grip / authority" as the object of a verb that extends or regains it, with its
  place in an "over / throughout / of / in" phrase (on the noun or on the verb).

Examples:
    >>> "control" in RULE_VERBS and "expand" in EXTENDING_VERBS
    True
"""

from __future__ import annotations

from .arguments import _pobjs, phrase_args
from .patterns import _pairs
from .relations import _is_noun, _is_verb
from .subjects import verb_subjects

__all__ = ["RULE_VERBS", "RULE_NOUNS", "EXTENDING_VERBS", "control_candidates"]

#: Verbs of ruling that the triggers leave out (or read only near a word of government).
RULE_VERBS = frozenset({"control", "run", "administer"})
#: Nouns of rule: "extend their control over X".
RULE_NOUNS = frozenset({"control", "rule", "grip", "authority", "hold", "sway", "dominion", "sovereignty"})
#: Verbs that give, widen or regain rule over a place.
EXTENDING_VERBS = frozenset({"extend", "expand", "establish", "regain", "retake", "seize", "impose", "consolidate",
                             "tighten", "restore", "reassert", "assert", "take", "gain", "wrest", "exert", "exercise"})
_PLACE_PREPS = ("over", "throughout", "of", "in", "across")
_RULERS = frozenset({"State", "ArmedGroup", "Organization", "Person", "GovernmentOrgan"})
_RULED = frozenset({"State", "Place"})


def control_candidates(ctx, t) -> list:
    """The open ``governs`` readings at ``t`` (a rule verb, or a rule noun under an extending verb).

    Args:
        ctx: The document's :class:`~graphbuild.relations.Context`.
        t: A token whose lemma is in :data:`RULE_VERBS` or :data:`RULE_NOUNS`.

    Returns:
        ``governs`` candidates, ruler -> place, hypothetical or negated only.
    """
    from .prospects import _open_modality

    lemma = t.lemma_.lower()
    if lemma in RULE_VERBS and _is_verb(t):
        verb, places = t, [a for c in t.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)
                           if a.token is None or a.token.dep_ not in ("poss", "compound", "amod", "nmod")]
        # not "control Ukraine's nuclear facilities": the facilities, not the country
    elif lemma in RULE_NOUNS and _is_noun(t) and t.dep_ == "dobj" and t.head.lemma_.lower() in EXTENDING_VERBS:
        verb = t.head
        places = [a for p in _pobjs(t, _PLACE_PREPS) + _pobjs(verb, _PLACE_PREPS) for a in phrase_args(ctx, p)]
    else:
        return []
    places = [a for a in places if a.actor.type in _RULED and not _modifier_antecedent(ctx, a)]
    if not places:
        return []
    rulers = [a for a in verb_subjects(ctx, verb)[0] if a.actor.type in _RULERS]
    if not rulers:
        return []
    modality = _open_modality(verb)  # "could expand their control": the widening is what is open
    if modality is None:
        return []
    own = {a.actor.id for a in rulers}
    return _pairs("governs", rulers, [a for a in places if a.actor.id not in own], t, "loose", 1, modality=modality)


def _modifier_antecedent(ctx, arg) -> bool:
    """"After a hasty U.S. exit the Taliban could extend their control over the whole country": "the
    country" read back to a state named in the sentence only as a modifier ("U.S. exit") is not that
    state (the country ruled is the one the text is about)."""
    tok = arg.token
    if not arg.coref or tok is None:
        return False
    sent = tok.sent
    named = [t for t in sent if t.i < tok.left_edge.i and (m := ctx.index.get(t.i)) is not None
             and m.actor.id == arg.actor.id]
    return bool(named) and all(t.dep_ in ("amod", "compound", "nmod", "poss") and t.head.pos_ == "NOUN"
                               and ctx.index.get(t.head.i) is None for t in named)
