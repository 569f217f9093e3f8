"""Acts the text places after its own time: awaited events and foretold acts.

Two kinds of wording put an act in the future without a modal verb, so
:func:`graphbuild.modality.modality_of` reads them as hypothetical through this module:

* an event something happens *ahead of*: "the talks come ahead of X's visit to Y", "in advance of
  the summit with X", "in the run-up to talks with X", "on the eve of his trip to X", "in
  preparation for the meeting with X": the visit, summit or talks are still to come (only events
  that are planned, such as meetings and visits: "on the eve of the war" is left to the war's own
  cues);
* an event told with an indefinite article as the subject of a modal verb: "a Russian attack on X
  would trigger Article 5", "an Iranian strike on Y could spark a wider war": a supposed event (not
  "Russia's invasion of X could cause shortages", which took place, nor "could have", a past outcome);
* talks to be revived: "is working to revive talks between X and Y", "an effort to restart talks with X",
  "aimed at resuming negotiations with X": talks that have to be restarted are not being held (a
  finite "X and Y resumed talks" tells talks held);
* a further act that a response is readied for: "is prepared to impose costs in response to further
  Russian aggression against X", "committed to coordinating in response to a further invasion of X"
  (an owned or definite event, "in response to Russia's invasion", or a response told in the past,
  took place);
* an attack or a recognition announced with "will": "North Korea said it will attack Guam", "Israel will
  strike Iran", "France will recognize Y": still to come (not one that "will continue": it is under
  way). Sanctions are left out: a White House fact sheet announces the day's designations with "will"
  ("Today, the United States will sanction X"), and cooperation promised with "will" is a commitment;
* an act foretold with "will" (or "is going to", "is about to") under a verb of warning, fear or
  prediction: "officials warned that X will invade Y", "analysts expect X will strike Y", "fears
  that X is about to attack Y": a feared or predicted act is not one that happened (a plain "will"
  elsewhere is left alone: "the U.S. will continue to support X" states a commitment).

Examples:
    >>> sorted(AWAITING_HEADS)[:3]
    ['advance', 'ahead', 'anticipation']
    >>> "warn" in FORETELLING_VERBS and "say" not in FORETELLING_VERBS
    True
"""

from __future__ import annotations

__all__ = ["AWAITING_HEADS", "FORETELLING_VERBS", "REVIVING_VERBS", "awaited", "answered", "ANNOUNCED_VERBS", "ANNOUNCED_NOUNS", "announced", "foretold", "supposed", "revived"]

#: Words whose "of / to / for" phrase is an event still to come: "ahead of", "in advance of", "the
#: eve of", "the run-up to", "in preparation for", "in anticipation of".
AWAITING_HEADS = frozenset({"ahead", "advance", "eve", "up", "preparation", "anticipation", "prelude", "lead"})
_AWAITING_PREPS = frozenset({"of", "to", "for"})
#: Verbs that warn of, fear or predict what their clause says: "warned that X will invade Y".
FORETELLING_VERBS = frozenset({"warn", "fear", "predict", "expect", "forecast", "worry", "caution", "anticipate",
                               "foresee", "believe", "think", "estimate", "assess", "threaten", "vow",
                               "speculate", "project", "suspect"})
_FUTURE_AUX = frozenset({"will", "'ll", "wo", "shall"})
#: How an event noun hangs on the future verb that governs it: "will launch an attack on X".
_CORE_DEPS = frozenset({"dobj", "xcomp", "nsubjpass", "attr", "oprd"})


def _awaiting_head(tok) -> bool:
    """``tok`` heads an "ahead of" phrase: "ahead", "advance", "eve", "preparation", or "up" in "run-up"."""
    low = tok.lower_
    if low not in AWAITING_HEADS:
        return False
    if low == "up":  # "the run-up to": "run" "-" "up"
        return tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "run"
    if low == "lead":  # "the lead-up to"
        return tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].lower_ == "up"
    return True


def awaited(path, planned=frozenset()) -> bool:
    """Whether the trigger (``path[0]``) is a planned event in an "ahead of" phrase.

    Args:
        path: The trigger's governing path (:func:`graphbuild.modality.governing_path`).
        planned: Lemmas of planned events (``planned_events`` of ``data/modality.yaml``).

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["ahead", "of", "the", "visit"], heads=[0, 0, 3, 1],
        ...           deps=["ROOT", "prep", "det", "pobj"], lemmas=["ahead", "of", "the", "visit"],
        ...           pos=["ADV", "ADP", "DET", "NOUN"])
        >>> awaited([doc[3], doc[1], doc[0]], frozenset({"visit"}))
        True
    """
    trigger = path[0]
    if len(path) < 3 or trigger.pos_ not in ("NOUN", "PROPN") or trigger.lemma_.lower() not in planned:
        return False
    i = 1
    while i < len(path) - 1 and path[i].dep_ == "conj":
        i += 1
    return path[i].dep_ == "prep" and path[i].lower_ in _AWAITING_PREPS and _awaiting_head(path[i + 1])


def _future(verb) -> bool:
    """``verb`` has "will" / "'ll" / "shall", or sits under "is going to" / "is about to"."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and (
        (head.lower_ == "going" and head.lemma_ == "go") or head.lower_ == "about")


def foretold(path, speech=None) -> bool:
    """Whether the trigger verb (or the verb whose object the trigger is) is in the future ("will
    invade", "will launch an attack") and a warning, fear or prediction verb governs it: on the path
    above, or the speech verb that reports it ("warned that ...").

    Args:
        path: The trigger's governing path.
        speech: The speech verb that reports the trigger, or None.
    """
    for i, t in enumerate(path[:2]):
        if t.pos_ not in ("VERB", "AUX") or not _future(t):
            continue
        if i == 1 and path[0].dep_ not in _CORE_DEPS:
            break  # "will be treated fairly in an investigation into X's meddling": only a circumstance
        above = path[i + 1:] + ([speech] if speech is not None else [])
        if any(w.lemma_.lower() in FORETELLING_VERBS for w in above):
            return True
    return False


_SUPPOSING_MODALS = frozenset({"would", "could", "might", "may", "'d"})
_INDEFINITE = frozenset({"a", "an", "another"})


def supposed(trigger) -> bool:
    """Whether the event noun ``trigger`` is an indefinite subject of a modal verb: "a Russian attack on X
    would trigger Article 5" (a supposed event, whatever follows).

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["an", "attack", "would", "mean", "war"],
        ...           heads=[1, 3, 3, 3, 3], deps=["det", "nsubj", "aux", "ROOT", "dobj"],
        ...           pos=["DET", "NOUN", "AUX", "VERB", "NOUN"])
        >>> supposed(doc[1])
        True
    """
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = trigger.head
    if head.i == trigger.i or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in trigger.children):
        return False
    auxes = [c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")]
    return any(a in _SUPPOSING_MODALS for a in auxes) and "have" not in auxes


#: Verbs that bring talks back: their infinitive or gerund object is not being held yet.
REVIVING_VERBS = frozenset({"revive", "restart", "resume", "restore", "reopen", "relaunch", "rekindle", "reboot",
                            "jumpstart", "kickstart", "reinvigorate", "unblock", "unfreeze"})
_AIMING_PREPS = frozenset({"at", "toward", "towards", "for", "on"})


def revived(path, planned=frozenset()) -> bool:
    """Whether the trigger is a planned event (talks, a meeting) that a reviving verb in the infinitive or
    in an aim's gerund takes as object: "working to revive talks with X", "aimed at resuming talks".

    Args:
        path: The trigger's governing path.
        planned: Lemmas of planned events (``planned_events`` of ``data/modality.yaml``).
    """
    if len(path) < 2 or path[0].dep_ != "dobj" or path[0].lemma_.lower() not in planned:
        return False
    verb = path[1]
    if verb.lemma_.lower() not in REVIVING_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _AIMING_PREPS


_RESPONSE_HEADS = frozenset({"response", "reaction", "answer", "respond", "react", "retaliate"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})


def answered(trigger) -> bool:
    """Whether the event noun ``trigger`` is a further act a response is readied for ("in response to
    further Russian aggression against X"): "further" on it, no owner's possessive and no definite
    determiner, the object of "(in) response / reaction to", in a clause not told in the past.

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["in", "response", "to", "further", "aggression"],
        ...           heads=[0, 0, 1, 4, 2], deps=["ROOT", "pobj", "prep", "amod", "pobj"],
        ...           pos=["ADP", "NOUN", "ADP", "ADJ", "NOUN"], tags=["IN", "NN", "IN", "JJ", "NN"],
        ...           lemmas=["in", "response", "to", "further", "aggression"])
        >>> answered(doc[4])
        True
    """
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "to":
        return False
    if not any(c.dep_ == "amod" and c.lower_ == "further" for c in trigger.children) or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in trigger.children):
        return False
    head = trigger.head.head
    if head.lemma_.lower() not in _RESPONSE_HEADS:
        return False
    t = head
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            return t.tag_ != "VBD"
        if t.head.i == t.i:
            break
        t = t.head
    return True


#: Attack and recognition words whose act announced with "will" is still to come (words with a listing
#: or a figurative sense, "target", "hit", "action", are left out).
ANNOUNCED_VERBS = frozenset({"attack", "strike", "invade", "bomb", "bombard", "shell", "raid", "storm", "assault",
                             "ambush", "besiege", "pound", "retaliate", "destroy", "recognize"})
ANNOUNCED_NOUNS = frozenset({"attack", "strike", "airstrike", "invasion", "offensive", "assault", "raid", "bombing",
                             "bombardment", "shelling", "incursion", "retaliation", "reprisal", "recognition"})
_ONGOING = frozenset({"continue", "keep", "remain", "maintain", "persist", "stay"})


def announced(path, presupposing=frozenset()) -> bool:
    """Whether the trigger is a hostile or listing act announced with "will" ("it will attack Guam", "will
    impose sanctions on X"): the trigger verb has "will", or the trigger noun is the object of a verb that
    has it; not under "continue" / "keep" or a verb that presupposes the act.

    Args:
        path: The trigger's governing path.
        presupposing: Lemmas of verbs that presuppose their object (``presupposing_verbs``).
    """
    trigger = path[0]
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "VERB" and lemma in ANNOUNCED_VERBS:
        verb = trigger
    elif trigger.pos_ == "NOUN" and lemma in ANNOUNCED_NOUNS and trigger.dep_ == "dobj" and len(path) > 1:
        verb = path[1]
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in verb.children):
        return False
    return not any(w.lemma_.lower() in _ONGOING or w.lemma_.lower() in presupposing for w in path[:4])
