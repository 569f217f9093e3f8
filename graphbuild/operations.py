"""Military operations still planned, prepared, threatened or denied, with their place as the target:
"Israel is preparing a possible ground offensive in Gaza", "Israel's planned operation in Rafah",
"Turkey threatened a new incursion into northern Syria".

An attack noun's "in / into" phrase is most often only where an attack happens, so the relation
patterns do not take it as the target. For an operation that does not (yet) happen, the place it would
be carried into is what it threatens (an attack site counts for its state in the gold convention). :func:
`operation_candidates` reads it, but only when the noun's clause is hypothetical or negated
(:func:`graphbuild.modality.modality_of`), with the noun's owner ("Israel's", "Israeli") or the subject
of the verb that plans, prepares or threatens it as the agent.

Examples:
    >>> "incursion" in OPERATION_NOUNS and "prepare" in PLANNING_VERBS
    True
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args
from .patterns import _pairs
from .relations import _is_noun, _is_verb
from .subjects import verb_subjects

__all__ = ["OPERATION_NOUNS", "PLANNING_VERBS", "operation_candidates"]

#: Nouns of a military operation; "operation" and "campaign" only with a military modifier.
OPERATION_NOUNS = frozenset({"offensive", "operation", "incursion", "invasion", "assault", "raid", "campaign",
                             "bombardment", "strike", "strikes", "attack", "attacks", "onslaught"})
_NEEDS_MODIFIER = frozenset({"operation", "campaign"})
_MILITARY = frozenset({"military", "ground", "air", "land", "naval", "army", "armed", "combat", "bombing",
                       "full-scale", "major", "large-scale", "offensive"})
#: Verbs whose subject would carry out the operation they plan, prepare, threaten or weigh.
PLANNING_VERBS = frozenset({"prepare", "plan", "threaten", "consider", "weigh", "mull", "contemplate", "announce",
                            "order", "authorize", "approve", "launch", "mount", "begin", "start", "vow", "promise",
                            "pledge", "need", "want", "seek", "expand", "intend"})
_PLACES = frozenset({"Place", "State"})
_DETERRENCE = frozenset({"warn", "caution", "deter", "dissuade", "discourage", "advise", "urge", "press"})


def _agents(ctx, n) -> list:
    own = [a for c in n.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < n.i
           for a in [arg_of_token(ctx, c)] if a is not None]
    if own:
        return own
    v = n.head
    if n.dep_ == "dobj" and _is_verb(v) and v.lemma_.lower() in PLANNING_VERBS:
        return verb_subjects(ctx, v)[0]
    if n.dep_ == "pobj" and v.lower_ in ("against", "from") and v.head.lemma_.lower() in _DETERRENCE:
        return [a for c in v.head.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]  # the one warned
    return []


def _places(ctx, n) -> list:
    """The place an operation is carried into: its own "in / into" phrase, or that of the verb that
    plans it ("could launch a new incursion into Syria")."""
    preps = ("in", "into", "inside")
    phrases = _pobjs(n, preps)
    if not phrases and n.dep_ == "dobj" and n.head.lemma_.lower() in PLANNING_VERBS:
        phrases = [p for p in _pobjs(n.head, preps) if p.i > n.i]
    return [a for p in phrases for a in phrase_args(ctx, p) if a.actor.type in _PLACES]


def operation_candidates(ctx, n) -> list:
    """The open ``attacks`` readings of one operation noun ``n`` on the place it is carried into.

    Args:
        ctx: The document's :class:`~graphbuild.relations.Context`.
        n: A noun whose lemma is in :data:`OPERATION_NOUNS`.

    Returns:
        ``attacks`` candidates, agent -> place, hypothetical or negated only.
    """
    from .prospects import _open_modality

    lemma = n.lemma_.lower()
    if not _is_noun(n) or lemma not in OPERATION_NOUNS:
        return []
    if lemma in _NEEDS_MODIFIER and not any(c.dep_ in ("amod", "compound") and c.lower_ in _MILITARY
                                            for c in n.children):
        return []
    if _pobjs(n, ("on", "against", "of", "targeting")):
        return []  # a target of its own: the relation patterns read it
    places = _places(ctx, n)
    if not places:
        return []
    agents = _agents(ctx, n)
    if not agents:
        return []
    modality = _open_modality(n)
    if modality is None:
        return []
    own = {a.actor.id for a in agents}
    return _pairs("attacks", agents, [a for a in places if a.actor.id not in own], n, "loose", 2, modality=modality)
