"""Words as weapons: "attacked X for raising questions" is a criticism, not a violent attack.

"Attack" (and "assail", "lash out") also names a verbal attack. It is read as one, so that the
attack becomes a condemnation, when the attacker gives a reason ("attacked Canada's prime minister
for raising the drugs war", "attacked the plan for its cost") or a verdict ("attacked the plan as
reckless"), and nothing in the sentence tells of violence.

Examples:
    >>> violent_sentence("gunmen attacked the convoy for hours, killing six")
    True
    >>> violent_sentence("the president attacked his rival for raising the issue")
    False
"""

from __future__ import annotations

import re

__all__ = ["verbal_attack", "violent_sentence"]

_VIOLENCE = re.compile(
    r"\b(?:kill|dead|death|wound|injur|bomb|shell|missile|rocket|drone|gun|shot|shoot|fire[ds]?\b|firing|"
    r"soldier|troop|militant|insurgent|rebel|fighter|militia|army|military|police|casualt|explo|blast|"
    r"airstrike|air strike|raid|artillery|weapon|hostage|armed|violen)", re.IGNORECASE)
_TIME_WORDS = frozenset({"hour", "day", "week", "month", "year", "night", "time", "minute", "decade", "while"})


def violent_sentence(text: str) -> bool:
    """Whether a sentence tells of violence (killing, weapons, fighters)."""
    return bool(_VIOLENCE.search(text))


def _reason(tok, gerund_only: bool = False) -> bool:
    """A "for" phrase giving a reason (not a duration: "for hours", "for the second time")."""
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for q in p.children:
            if q.dep_ == "pcomp" and q.tag_ == "VBG":
                return True  # "for raising questions"
            if q.dep_ == "pobj" and not gerund_only and q.ent_type_ not in ("DATE", "TIME", "ORDINAL", "CARDINAL") \
                    and q.lemma_ not in _TIME_WORDS:
                return True  # "for his remarks"
    return False


def _verdict(tok) -> bool:
    """An "as" phrase judging the object: "attacked the plan as reckless / a disgrace"."""
    return any(p.dep_ == "prep" and p.lower_ == "as" and any(q.dep_ in ("pobj", "amod", "acomp") for q in p.children)
               for p in tok.children)


def verbal_attack(v) -> bool:
    """Whether the attack verb ``v`` is a verbal attack (see the module docstring)."""
    if v.lemma_ not in ("attack", "assail"):
        return False
    heads = [v, *(c for c in v.children if c.dep_ == "dobj")]
    # PP attachment: "attacked X at the end of a summit for raising ...", the gerund hung on a noun
    later, frontier = [], [v, *heads[1:]]
    for _ in range(3):
        frontier = [q for h in frontier for p in h.children if p.dep_ == "prep" for q in p.children
                    if q.dep_ == "pobj"]
        later += frontier
    if not any(_reason(h) or _verdict(h) for h in heads) and not any(_reason(q, gerund_only=True) for q in later):
        return False
    return not violent_sentence(v.sent.text)
