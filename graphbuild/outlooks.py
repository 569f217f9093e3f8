"""An event judged by a copula: "talks between X and Y remain unlikely", "a meeting is not on the agenda".

When the event noun is the subject of a linking verb ("be", "remain", "seem", "look"), what the verb says
of it is the event's modality, and :func:`graphbuild.modality.modality_of` does not climb there (a
subject's verb is another clause):

* an adjective of likelihood with nothing after it ("talks remain unlikely", "a deal is possible", "a
  visit looks doubtful"): hypothetical; an adjective that rules it out ("a strike is impossible"):
  negated (not "the attack is likely to be the work of X", whose adjective judges who did it, nor "the
  attack was unprecedented");
* "on the agenda / on the table / in the cards": hypothetical, negated with "not" ("a meeting between X
  and Y is not on the agenda").

Examples:
    >>> sorted(COPULAS)[:3]
    ['appear', 'be', 'become']
"""

from __future__ import annotations

__all__ = ["COPULAS", "LIKELIHOOD", "outlook"]

#: Linking verbs whose subject the complement judges.
COPULAS = frozenset({"be", "remain", "seem", "appear", "look", "become", "stay"})
#: Adjectives of likelihood: the event is only possible.
LIKELIHOOD = frozenset({"unlikely", "likely", "possible", "doubtful", "uncertain", "unclear", "improbable",
                        "probable", "conceivable", "imminent", "expected", "planned", "due", "pending",
                        "remote", "distant"})
#: Adjectives that rule the event out.
RULED_OUT = frozenset({"impossible", "unthinkable", "inconceivable", "off"})
#: Nouns of "on the agenda / on the table / in the cards".
_AGENDA = frozenset({"agenda", "table", "cards", "horizon"})


def outlook(trigger) -> str | None:
    """The modality a linking verb gives the event noun ``trigger`` it has as subject, or None (see the
    module docstring).

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["talks", "remain", "unlikely"], heads=[1, 1, 1],
        ...           deps=["nsubj", "ROOT", "acomp"], pos=["NOUN", "VERB", "ADJ"],
        ...           lemmas=["talk", "remain", "unlikely"])
        >>> outlook(doc[0])
        'hypothetical'
    """
    if trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    h = trigger.head
    if h.i == trigger.i or h.lemma_.lower() not in COPULAS:
        return None
    negated = any(c.dep_ == "neg" for c in h.children)
    for c in h.children:
        if c.dep_ in ("acomp", "attr", "oprd") and c.pos_ in ("ADJ", "ADV"):
            if any(g.dep_ in ("xcomp", "ccomp", "prep", "advcl") for g in c.children):
                return None  # "the attack is likely to be the work of X": it judges who, not whether
            low = c.lemma_.lower()
            if low in RULED_OUT:
                return "hypothetical" if negated else "negated"
            if low in LIKELIHOOD:
                return "hypothetical"
        if c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in _AGENDA or g.lower_ in _AGENDA) for g in c.children):
            return "negated" if negated else "hypothetical"
    return None
