"""A designation made at a body is that body's: "On 5 August 2017, X was designated at the UN".

An agentless designation in a government's release is the publisher's (the implicit designator);
a designation "at the UN", "at the United Nations Security Council" names where it was made, and the
body there designated, not the publishing state. :func:`venue_designation` tells such a candidate so
the publisher's designation is dropped.
"""

from __future__ import annotations

__all__ = ["venue_designation"]

_IMPLICIT = frozenset({"default-agent", "memory"})
#: Words of a body that designates in its own name.
_BODIES = frozenset({"un", "u.n.", "nations", "council", "committee", "eu", "union", "u", "n"})


def venue_designation(cand) -> bool:
    """Whether a designation whose designator the rules supplied (no agent in the sentence) was made
    "at" or "in" a body ("designated at the UN", "listed at the United Nations Security Council").

    Args:
        cand: A :class:`~graphbuild.relations.Candidate`.

    Examples:
        >>> import spacy
        >>> from types import SimpleNamespace as NS
        >>> doc = spacy.blank("en")("X was designated at the UN")
        >>> doc[3].dep_, doc[3].head, doc[5].dep_, doc[5].head = "prep", doc[2], "pobj", doc[3]
        >>> us = NS(actor=NS(type="State", label="United States"))
        >>> venue_designation(NS(relation="designates", kind="default-agent", trigger=doc[2], subject=us))
        True
    """
    if cand.relation not in ("designates", "delists") or cand.kind not in _IMPLICIT:
        return False
    if _BODIES.intersection(cand.subject.actor.label.lower().replace(".", " ").split()) or (
            cand.subject.actor.type not in ("State", "GovernmentOrgan")):
        return False  # the body itself as designator ("the designation of X by the UN Security Council") stays
    for p in cand.trigger.children:
        if p.dep_ != "prep" or p.lower_ not in ("at", "in", "by"):
            continue
        for o in p.children:
            if o.dep_ == "pobj" and (o.lower_ in _BODIES or o.text in ("UN", "U.N.")):
                return True
    return False
