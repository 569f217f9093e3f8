"""Clauses that state a case, not a fact: "in case X attacks Y", "in the event (that) X invades Y".

A clause opened by "in case" or "in the event (that)" only supposes its act, whatever its tense, so
:func:`graphbuild.modality.modality_of` reads a trigger in it (or a verb on its governing path that is
such a clause) as hypothetical. The parser attaches the opening words in several ways: a preposition "in"
with "case"/"event" on the clause's verb ("In case Iran attacks Israel, ..."), the verb as a relative
clause of "the event" ("In the event that Iran attacks Israel"), or "in" and "case" as markers ("... in
case it attacks the north"). "In the event of an attack" (a noun) is read by the cue lists.

Examples:
    >>> sorted(CASE_NOUNS)
    ['case', 'event']
"""

from __future__ import annotations

__all__ = ["CASE_NOUNS", "in_case"]

#: Nouns of "in case" / "in the event".
CASE_NOUNS = frozenset({"case", "event"})


def in_case(t) -> bool:
    """Whether the verb ``t`` heads a clause opened by "in case" or "in the event (that)".

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["In", "case", "X", "attacks", "Y"], heads=[3, 0, 3, 3, 3],
        ...           deps=["prep", "pobj", "nsubj", "ROOT", "dobj"], pos=["ADP", "NOUN", "PROPN", "VERB", "PROPN"])
        >>> in_case(doc[3]), in_case(doc[2])
        (True, False)
    """
    if not (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")):
        return False
    kids = list(t.children)
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "in" and c.i < t.i and any(
                g.dep_ == "pobj" and _opening(g) and not any(h.dep_ == "prep" for h in g.children)
                for g in c.children):
            return True  # "In case Iran attacks Israel", "In the event Russia invades Ukraine"
        if c.dep_ in ("dep", "mark", "pobj") and c.lower_ in CASE_NOUNS and c.i < t.i and any(
                m.lower_ == "in" and m.i == c.i - 1 for m in kids):
            return True  # "... in case it attacks the north"
    head = t.head
    return t.dep_ in ("relcl", "acl") and _opening(head) and head.dep_ == "pobj" \
        and head.head.lower_ == "in"  # "In the event that Iran attacks Israel"


def _opening(noun) -> bool:
    """"case" with no determiner, "event" with "the" ("in the unlikely event that"): not "in that case", "in any
    event" (discourse words)."""
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")]
    return (noun.lower_ == "case" and not dets) or (noun.lower_ == "event" and dets == ["the"])
