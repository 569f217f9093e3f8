"""Tests on a clause that the modality rules of :mod:`graphbuild.modality` use: is it a condition, a
question, a plan announced with "will", a claim the sentence dismisses, a legislature's sanction; does a
verb negate what it governs; does a subject name no one.

Each takes spaCy tokens (and the cues of ``modality.yaml`` where it needs them) and returns a bool.

Examples:
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Will", "Iran", "attack", "?"], heads=[2, 2, 2, 2],
    ...           deps=["aux", "nsubj", "ROOT", "punct"])
    >>> yes_no_question(doc[2])
    True
"""

from __future__ import annotations

from .sentences import sentence_of

__all__ = ["announces_plan", "negative_subject", "yes_no_question", "negative_verb", "legislative",
           "dismissed_claim", "inverted_condition", "conditional_clause", "governs_condition",
           "scheduled_infinitive"]


#: Verbs that settle a meeting to come: "agreed to meet X", "arranged to hold talks".
_ARRANGING = frozenset({"agree", "arrange", "consent"})


def announces_plan(t, i, path, predicate) -> bool:
    """``t`` (the ``i``-th word of the trigger's governing path) announces the event with "will": the
    trigger itself, the verb it is the object or purpose of ("will hold talks", "will travel to Kyiv to
    meet X"), or whose "in/at/for" phrase it is ("will participate in a meeting with X"), the verb it is
    coordinated with ("will travel to Riyadh and meet X"), or the event noun's predicate ("the summit will
    take place in Geneva"); or, with no "will", a verb that agrees to or arranges it ("agreed to meet X")."""
    def will(v) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in v.children)

    if i == 0:
        return will(t) or (t.dep_ == "conj" and not any(c.dep_ == "aux" for c in t.children) and will(t.head))
    below = path[i - 1]
    if below.dep_ == "xcomp" and t.lemma_.lower() in _ARRANGING and (i == 1 or i == 2 and path[0].dep_ == "dobj"):
        return True  # "Modi agreed to meet Sharif", "the two sides arranged to hold talks": still to come
    ok = below.dep_ in ("dobj", "xcomp") or (below.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in below.children)) or (
        predicate is not None and t.i == predicate.i) or (
        i == 2 and below.dep_ == "prep" and below.lower_ in ("in", "at", "for") and path[0].dep_ == "pobj")
    return ok and will(t)  # "will participate in a bilateral meeting with X"


def negative_subject(tok, cues) -> bool:
    """``tok`` names no one: "no group", "none of them", "nobody", "neither China nor Russia", or it is
    listed under such a phrase ("no group, including the Taliban, ...", "no state such as X").

    Examples:
        >>> import spacy
        >>> from graphbuild.modality import load_modality_cues
        >>> from spacy.tokens import Doc
        >>> words = ["No", "group", ",", "including", "Hamas", ",", "claimed", "it"]
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 6, 1, 1, 3, 1, 6, 6],
        ...           deps=["det", "nsubj", "punct", "prep", "pobj", "punct", "ROOT", "dobj"])
        >>> negative_subject(doc[4], load_modality_cues()), negative_subject(doc[7], load_modality_cues())
        (True, False)
    """
    t = tok
    for _ in range(4):
        if t.lower_ in cues.neg_pronouns or any(
                c.dep_ in ("det", "preconj") and c.lower_ in cues.neg_determiners for c in t.children):
            return True
        if t.dep_ in ("conj", "appos"):
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in ("including", "like", "as") and t.head.head.i != t.head.i:
            t = t.head.head  # "no group, including X", "no group like X", "no state such as X"
        else:
            return False
    return False


def yes_no_question(top) -> bool:
    """``top`` heads a clause asked as a yes/no question: an auxiliary before its subject, and the
    sentence ends with "?" ("Will Iran attack Israel?"; not "Why did X attack Y?")."""
    if not sentence_of(top).text.rstrip().rstrip("\"\u201d'").endswith("?"):
        return False
    kids = sorted(top.children, key=lambda c: c.i)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subj is not None and not any(c.tag_ in ("WRB", "WP", "WDT") for c in top.subtree if c.i < subj.i)
            and any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in kids))


def negative_verb(t, cues) -> bool:
    """A verb that negates what it governs ("refused", "ruled out", "hesitate"), with its particle."""
    lemma = t.lemma_.lower()
    if not (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")):
        return False
    if lemma in cues.double_negatives:
        return True
    return lemma in cues.neg_verbs and (lemma not in cues.neg_particles or any(
        c.dep_ == "prt" and c.lower_ == cues.neg_particles[lemma] for c in t.children))


def legislative(trigger, path, cues) -> bool:
    """A sanction whose acting subject on the governing path is a legislature or legislators."""
    if trigger.lemma_.lower() not in cues.legislative_acts:
        return False
    subjects = [c for t in path for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [p for t in path for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    # "lawmakers said they agreed on sanctions on X": a pronoun subject is the speaker
    subjects += [c for s in subjects if s.lower_ in ("they", "we") and s.head.dep_ == "ccomp"
                 for c in s.head.head.children if c.dep_ == "nsubj"]
    words = [w for s in subjects for w in [s, *(c for c in s.children if c.dep_ in ("compound", "amod"))]]
    makers = cues.legislators | cues.instruments  # "the bill would sanction X"
    return any(w.lemma_.lower() in makers or w.lower_ in makers for w in words)


def dismissed_claim(t, cues) -> bool:
    """``t`` is a claim the sentence rejects: the subject of "are fantasies/baseless", or the object
    of "dismissed/rejected"."""
    if t.lemma_.lower() not in cues.claim_nouns:
        return False
    if t.dep_ in ("ROOT", "dep") and any(w.lemma_.lower() in cues.dismissal_words for w in sentence_of(t)):
        return True  # a headline: "Claims of X attacking Y 'baseless': minister"
    h, dep = t.head, t.dep_
    if dep == "appos":  # "MOSCOW - Allegations of ... are fantasies" (the dateline taken as the head)
        h, dep = h.head, h.dep_
    if dep in ("nsubj", "nsubjpass"):
        return any(c.dep_ in ("attr", "acomp") and c.lemma_.lower() in cues.dismissal_words for c in h.children)
    return dep == "dobj" and h.lemma_.lower() in cues.dismissal_verbs


def inverted_condition(t) -> bool:
    """``t`` heads a clause opened by an inverted auxiliary: "should it escalate", "were X to invade"."""
    kids = sorted(t.children, key=lambda c: c.i)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = kids[0] if kids else None
    return (subj is not None and first is not None and first.dep_ in ("aux", "auxpass")
            and first.lower_ in ("should", "were", "had") and first.i < subj.i < t.i)


def conditional_clause(t, cues) -> bool:
    """``t`` heads an "if ..." clause, or governs one.

    Examples:
        >>> import spacy
        >>> from graphbuild.modality import load_modality_cues
        >>> from spacy.tokens import Doc
        >>> words = ["X", "will", "act", "should", "Y", "escalate"]
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 5, 5, 2],
        ...           deps=["nsubj", "aux", "ROOT", "aux", "nsubj", "advcl"])
        >>> conditional_clause(doc[5], load_modality_cues())
        True
    """
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.conditional_marks for c in t.children):
        return True
    return t.dep_ in ("advcl", "ccomp") and inverted_condition(t)


def governs_condition(t, cues) -> bool:
    """``t`` has an "if ..." or inverted-auxiliary clause of its own ("X will act if Y attacks")."""
    return any(c.dep_ == "advcl" and (any(m.dep_ == "mark" and m.lower_ in cues.conditional_marks
                                          for m in c.children) or inverted_condition(c))
               or (c.dep_ == "ccomp" and inverted_condition(c)) for c in t.children)


def scheduled_infinitive(t, below) -> bool:
    """``below`` is a "to" infinitive that ``t`` announces as scheduled, not done: "be" with no
    predicate of its own ("the envoy is to meet X", "the leaders were to sign it"; not "X is to blame").

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = ["The", "envoy", "is", "to", "meet", "them"]
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 4, 2, 4],
        ...           deps=["det", "nsubj", "ROOT", "aux", "xcomp", "dobj"], lemmas=["the", "envoy", "be", "to",
        ...           "meet", "they"])
        >>> scheduled_infinitive(doc[2], doc[4]), scheduled_infinitive(doc[4], doc[5])
        (True, False)
    """
    if below.lemma_ == "blame" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
        return False  # "X is to blame" says who did it
    return t.lemma_ == "be" and below.dep_ == "xcomp" and not any(
        c.dep_ in ("acomp", "attr", "expl") for c in t.children)
