"""Wars that are only sought, risked, feared or ruled out: "Iran does not want a war with the United
States", "Washington did not seek military confrontation with Tehran", "the risk of a war between
India and Pakistan", "prepared for a major war with Y".

"War with Y" names no attacker, so the relation patterns leave it out. When the war is open (its
clause hypothetical or negated, :func:`graphbuild.modality.modality_of`), :func:`war_candidates` reads it
as the possible attack of whoever would wage it on the other side: the war's owner or the subject
of the verb that wants, seeks, risks or fears it, on its "with" party; a war "between X and Y" as
each side's possible attack on the other. Only a war not yet fought counts: bare or indefinite, the
object of a verb that wants, seeks, risks or prevents it, or under a word of risk or readiness ("the
brink of war with Y"). A war under way ("the war between Iran and Iraq", "could not continue the war
with Iraq", "an end to a war between X and Y") and wars of words ("a trade war with Japan") are left
out.

Examples:
    >>> "confrontation" in WAR_NOUNS and "trade" in NOT_ARMED
    True
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args
from .patterns import _pairs
from .relations import _is_noun, _is_verb
from .subjects import verb_subjects

__all__ = ["WAR_NOUNS", "NOT_ARMED", "OPEN_VERBS", "OPEN_HEADS", "war_candidates"]

#: Nouns of a war between two sides.
WAR_NOUNS = frozenset({"war", "confrontation", "conflict", "hostilities", "warfare"})
#: Modifiers of a war that is no armed one.
NOT_ARMED = frozenset({"trade", "price", "tariff", "currency", "cold", "legal", "political", "verbal", "word",
                       "culture", "propaganda", "information", "bidding", "turf", "ideological", "diplomatic",
                       "economic", "class", "civil", "tax", "media", "rhetorical"})
_SIDES = frozenset({"State", "ArmedGroup", "GovernmentOrgan"})
#: Verbs whose object is a war not (yet) fought: "does not want a war with Y", "risk war with Y".
OPEN_VERBS = frozenset({"want", "seek", "risk", "avoid", "prevent", "avert", "fear", "start", "provoke", "trigger",
                        "spark", "threaten", "plan", "court", "declare", "launch", "wage", "prepare", "contemplate",
                        "consider", "rule", "exclude", "desire"})
#: Words whose "of / for / into / toward" phrase is a war not (yet) fought: "the brink of war with Y".
OPEN_HEADS = frozenset({"brink", "verge", "edge", "risk", "threat", "danger", "fear", "prospect", "possibility",
                        "chance", "eve", "prepared", "ready", "preparation", "plan", "spectre", "specter", "toward",
                        "towards"})


def _open_war(n) -> bool:
    """A war not (yet) fought: bare or indefinite ("a war", "war"), the object of a verb that wants,
    seeks, risks or prevents it, or in the phrase of a word of risk or readiness ("the brink of war");
    not "the war between X and Y" (one under way), not "an end to the war"."""
    if any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their", "his", "her")
           for c in n.children):
        return False
    if n.dep_ == "dobj":
        return n.head.lemma_.lower() in OPEN_VERBS
    if n.dep_ == "pobj" and n.head.dep_ == "prep":
        gov = n.head.head
        return gov.lemma_.lower() in OPEN_HEADS or gov.lower_ in OPEN_HEADS or n.head.lower_ in OPEN_HEADS
    return False


def _wager(ctx, n) -> list:
    """Who would wage war ``n``: its owner, else the subject of the first verb above it (through at most
    one "of" phrase of a noun: "the risk of war with Y")."""
    own = [a for c in n.children if c.dep_ in ("poss", "amod", "compound") and c.i < n.i
           for a in [arg_of_token(ctx, c)] if a is not None]
    if own:
        return own
    t = n
    for _ in range(4):
        if t.head.i == t.i:
            return []
        t = t.head
        if _is_verb(t):
            subs = verb_subjects(ctx, t)[0]
            if not subs and t.lemma_.lower() in ("prepare", "brace", "gear", "poise"):  # "X was prepared for war"
                subs = [a for c in t.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]
            return subs
    return []


def war_candidates(ctx, n) -> list:
    """The open ``attacks`` readings of one war noun ``n`` (see the module docstring).

    Args:
        ctx: The document's :class:`~graphbuild.relations.Context`.
        n: A noun whose lemma is in :data:`WAR_NOUNS`.

    Returns:
        ``attacks`` candidates, hypothetical or negated only.
    """
    from .prospects import _open_modality

    if not _is_noun(n) or n.lemma_.lower() not in WAR_NOUNS or any(
            c.dep_ in ("amod", "compound") and c.lower_ in NOT_ARMED for c in n.children) or not _open_war(n):
        return []
    between = [a for p in _pobjs(n, ("between",)) for a in phrase_args(ctx, p) if a.actor.type in _SIDES]
    others = [a for p in _pobjs(n, ("with", "against")) for a in phrase_args(ctx, p) if a.actor.type in _SIDES]
    if len({a.actor.id for a in between}) < 2 and not others:
        return []
    modality = _open_modality(n)
    if modality is None:
        return []
    if len({a.actor.id for a in between}) >= 2:
        return [c for a in between for c in _pairs("attacks", [a], [b for b in between if b.actor.id != a.actor.id],
                                                    n, "loose", 2, modality=modality)]
    wagers = [a for a in _wager(ctx, n) if a.actor.type in _SIDES]
    own = {a.actor.id for a in wagers}
    return _pairs("attacks", wagers, [o for o in others if o.actor.id not in own], n, "loose", 2, modality=modality)
