"""A possessive pronoun beside a name is that name: "X, its affiliates and subsidiaries".

"prohibiting Acme Lab, its affiliates and parent companies" names Acme's own affiliates; the parser
hangs "its affiliates" on "Acme Lab" as an apposition or a conjunct, and the noun rule read "its" as
the sentence's earlier actor and made that actor Acme's partner. :func:`own_possessive` tells such a
candidate: the trigger noun owned by the pronoun stands in apposition or coordination with the other
argument, so the pronoun can only be that argument.
"""

from __future__ import annotations

__all__ = ["own_possessive"]

_PRONOUNS = frozenset({"its", "their", "his", "her"})


def own_possessive(cand) -> bool:
    """Whether a candidate's subject is a possessive pronoun of a trigger noun that is an apposition or
    a conjunct of the object's name ("Acme Lab, its affiliates": "its" is Acme Lab).

    Args:
        cand: A :class:`~graphbuild.relations.Candidate`.

    Examples:
        >>> import spacy
        >>> from types import SimpleNamespace as NS
        >>> doc = spacy.blank("en")("Acme Lab , its affiliates")
        >>> doc[1].dep_, doc[4].dep_, doc[4].head, doc[3].dep_, doc[3].head = "dobj", "appos", doc[1], "poss", doc[4]
        >>> own_possessive(NS(subject=NS(token=doc[3]), object=NS(token=doc[1]), trigger=doc[4]))
        True
    """
    subj, obj, trigger = cand.subject.token, cand.object.token, cand.trigger
    if subj is None or obj is None or subj.lower_ not in _PRONOUNS or subj.dep_ != "poss" or subj.head.i != trigger.i:
        return False
    t = trigger
    for _ in range(4):  # "X, its affiliates, subsidiaries and parent companies": up the conjuncts
        if t.dep_ not in ("appos", "conj") or t.head.i == t.i:
            return False
        t = t.head
        if t.i == obj.i:
            return True
    return False
