"""Blame stated as the reason for a reprisal: "X will slap tariffs on Y's goods in retaliation for Y's
failure to honor the pact", "X expelled diplomats in reprisal for Y's meddling".

Whoever acts "in retaliation / reprisal for" someone's deed holds that someone to blame for it: the
subjects of the verb the phrase hangs on blame the deed's owner (its possessor, or the actor of its
"by" phrase). The blame is asserted even when the reprisal is only due ("is due to slap tariffs":
the grievance is stated now), and hedged when the deed is only "alleged". A deed of arms ("in
retaliation for Y's rocket attacks") is left to the attack rules: the reprisal is then an attack of
its own, not only a charge.

Called once per sentence from :func:`graphbuild.nominal.co_agent_candidates` after a substring test.

Examples:
    >>> "retaliation" in REPRISAL_NOUNS
    True
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args, verb_subjects
from .relations import Candidate, _dedupe, _is_verb

__all__ = ["REPRISAL_NOUNS", "reprisal_candidates"]

#: Nouns whose "for" phrase names the deed punished.
REPRISAL_NOUNS = frozenset({"retaliation", "reprisal", "retribution"})
_ALLEGED = frozenset({"alleged", "suspected", "purported", "reported", "apparent"})


def _owners(ctx, deed) -> list:
    """Who did the deed: its possessor or the actor of its "by" phrase."""
    out = [a for c in deed.children if c.dep_ == "poss" for a in [arg_of_token(ctx, c)] if a is not None]
    out += [a for p in _pobjs(deed, ("by",)) for a in phrase_args(ctx, p)]
    return _dedupe(out)


def _verb_of(tok):
    """The verb a "(in) retaliation for" phrase belongs to ("slap tariffs ... in retaliation for")."""
    head = tok
    for _ in range(4):
        head = head.head
        if _is_verb(head):
            return head
        if head.head.i == head.i:
            return None
    return None


def reprisal_candidates(ctx, sent, low: str) -> list:
    """``blames`` candidates of actors acting in reprisal for another actor's deed.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: The sentence span.
        low: The sentence text in lower case.

    Returns:
        The candidates (possibly none).
    """
    if not any(w in low for w in REPRISAL_NOUNS):
        return []
    arms = set(ctx.lex.raw["attacks"].get("event_nouns", ()))
    out = []
    for n in sent:
        if n.lemma_ not in REPRISAL_NOUNS:
            continue
        for deed in _pobjs(n, ("for",)):
            if deed.lemma_ in arms or any(c.lemma_ in arms for c in deed.children if c.dep_ == "compound"):
                continue  # "in retaliation for the rocket attacks": a fight, read by the attack rules
            owners = _owners(ctx, deed)
            verb = _verb_of(n)
            if not owners or verb is None:
                continue
            subs, hops = verb_subjects(ctx, verb)
            modality = "hedged" if any(c.lower_ in _ALLEGED for c in deed.children) else "asserted"
            out += [Candidate("blames", s, o, deed, "verb", hops + 1, modality=modality)
                    for s in _dedupe(subs) for o in owners if s.actor.id != o.actor.id]
    return out
