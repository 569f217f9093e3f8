"""Blame a government text lays without a speech verb: "Ruritania is to blame", "the junta is
responsible for the deaths of hundreds of protesters".

:func:`graphbuild.attribution.attribution_candidates` reads "X is to blame / is responsible / was
behind it" as blame by the sentence's speaker ("the Kremlin said X was to blame"). A statement or
readout often says it in its own voice, with no speech verb; then the judge is the text's speaker or
issuing government (:func:`graphbuild.judgments.judges`), but only when the deed is a harm
(``HARMS``, or an attack or event noun of ``data/triggers.yaml``) or the phrase is "to blame": "X is
responsible for the development of the program" or "for the company's operations" is a duty, not a
blame.
"""

from __future__ import annotations

from .arguments import _pobjs

__all__ = ["issuer_blame", "HARMS"]

#: Deeds (lemmas) that make "X is responsible for the ..." a blame.
HARMS = frozenset({
    "death", "killing", "murder", "massacre", "atrocity", "abuse", "violence", "attack", "bombing", "crisis",
    "suffering", "destruction", "terrorism", "repression", "crackdown", "bloodshed", "war", "invasion",
    "aggression", "torture", "kidnapping", "abduction", "disappearance", "famine", "genocide", "casualty",
    "assassination", "slaughter", "persecution", "escalation", "chaos", "poisoning", "hostage", "devastation",
    "carnage", "misery", "catastrophe", "tragedy", "crime", "violation", "oppression", "starvation", "displacement",
    "terror",
})

#: Attack nouns that are as often a duty: "responsible for the company's operations".
_TASKS = frozenset({"operation", "action", "activity", "campaign", "mission", "effort", "program", "work"})


def _harmful(ctx, t) -> bool:
    """"to blame", or "responsible for / behind" a harm, an attack or an event noun."""
    if t.lemma_ == "blame":
        return True
    if t.lemma_ == "responsible":
        deeds = _pobjs(t, ("for",))
    elif t.lower_ == "behind":
        deeds = [p for p in t.children if p.dep_ == "pobj"]
    else:
        return False
    from .patterns import _event_nouns

    events = _event_nouns(ctx)
    for p in deeds:
        for d in [p] + [c for c in p.children if c.dep_ == "conj"]:
            lemma = d.lemma_.lower()
            if lemma in _TASKS:
                continue  # "responsible for the day-to-day operations / the actions of its staff": a duty
            if lemma in HARMS or lemma in events or any(r == "attacks" for r, _ in ctx.lex.nouns.get(lemma, ())):
                return True
    return False


def issuer_blame(ctx, t) -> list:
    """The judges of an unspoken blame at ``t`` ("blame" of "is to blame", "responsible", "behind"):
    the text's speaker or issuing government when the deed is a harm, else none.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        t: The trigger token.

    Returns:
        Arguments of the judges (possibly none).
    """
    if not _harmful(ctx, t):
        return []
    from .judgments import judges

    return judges(ctx, t)
