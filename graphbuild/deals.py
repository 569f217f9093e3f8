"""Deals still in the making: "a ceasefire deal between X and Y is still being negotiated", "X and Y are
negotiating a truce", "talks on a deal between X and Y", "the sides are close to an agreement".

A deal, truce or pact that is being negotiated, worked on, talked about or near is not (yet) made: the
cooperation it would be is hypothetical (:func:`graphbuild.modality.modality_of` asks
:func:`pending_deal`). A deal negotiated in the past tense ("X and Y negotiated a truce in May") was
made and keeps its own reading.

Examples:
    >>> "truce" in DEAL_NOUNS and "negotiate" in NEGOTIATING_VERBS
    True
"""

from __future__ import annotations

__all__ = ["DEAL_NOUNS", "NEGOTIATING_VERBS", "pending_deal"]

#: Nouns of a deal between parties.
DEAL_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "ceasefire", "cease-fire", "truce", "treaty",
                        "settlement", "arrangement", "armistice", "compact"})
#: Verbs of working a deal out: in the progressive (or with the deal as a passive subject "being ...") the
#: deal is not made yet.
NEGOTIATING_VERBS = frozenset({"negotiate", "discuss", "draft", "finalize", "finalise", "hammer", "work", "broker",
                               "mediate", "pursue", "seek", "craft", "thrash", "push", "press"})
#: Nouns of talks whose "on / over / for" phrase is a deal still talked about.
_TALK_NOUNS = frozenset({"negotiation", "talk", "talks", "discussion", "consultation", "effort", "push", "bid"})
_TOWARD = frozenset({"on", "over", "for", "toward", "towards", "about", "regarding"})
_NEAR = frozenset({"close", "closer", "near", "nearer"})


def _progressive(v) -> bool:
    """A verb in the progressive ("are negotiating", "is working on") or with "being" ("is being negotiated")."""
    return (v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children)) or any(
        c.dep_ == "auxpass" and c.lower_ == "being" for c in v.children)


def pending_deal(trigger) -> bool:
    """Whether ``trigger`` is a deal noun still being worked out (see the module docstring)."""
    if trigger.lemma_.lower() not in DEAL_NOUNS or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "under" and any(
            g.lemma_.lower() in ("negotiation", "discussion", "consideration") for g in c.children)
            for c in trigger.children):
        return True  # "the deal under negotiation"
    t = trigger
    if t.dep_ == "conj" and t.head.dep_ in ("pobj", "dobj", "nsubjpass"):
        t = t.head  # "talks on a ceasefire and a hostage deal"
    head = t.head
    if t.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in NEGOTIATING_VERBS:
        return _progressive(head)
    if t.dep_ == "pobj" and head.dep_ == "prep":
        gov = head.head
        if head.lower_ in _TOWARD and (gov.lemma_.lower() in _TALK_NOUNS or gov.lower_ in _TALK_NOUNS):
            return True  # "negotiations on the ceasefire deal"
        if head.lower_ in _TOWARD and gov.lemma_.lower() in NEGOTIATING_VERBS:
            return _progressive(gov)  # "are working on a truce"
        if head.lower_ == "to" and gov.lemma_.lower() in _NEAR:
            return True  # "close to a deal"
    if t.dep_ == "pobj" and head.lower_ in ("near", "toward", "towards") and head.dep_ == "prep":
        return True  # "moved toward a deal", "near a deal"
    return False
