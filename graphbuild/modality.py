"""Modality, reported speech and event dates of a relation found at a trigger word.

The cues live in ``graphbuild/data/modality.yaml``. They are looked up on the *governing path*
of the trigger: the trigger and the words above it in the dependency tree up to its clause root
(climbing stops at a relative clause, an apposition or a subject, so "Russia, which is considering
X, met Y" does not make the meeting hypothetical), and up to the first speech verb, whose subject
becomes ``according_to``. Strongest cue wins: negated > hypothetical > hedged > reported > asserted.

Beyond the trigger's own path, a statement is hypothetical or negated when: an intent or motion verb
governs its infinitive or gerund ("moved to sanction", "closer to sanctioning", "is going to strike");
a modifier marks the event as future or possible ("a possible attack", "the upcoming visit"); the
event noun is the subject of a predicate that cancels, postpones or plans it ("the talks did not take
place", "a meeting is planned for May"); it is warned or deterred against ("warned X against
attacking Y"); it sits in a bill's relative clause or a legislature takes up the sanction ("a bill
that would sanction X", "lawmakers target X with sanctions"); an "if/unless" clause conditions it; it
is asked as a yes/no question; or the sentence dismisses the claim that states it. Two negations
along the path ("would not hesitate to strike", "did nothing to stop X from attacking") leave the
act open (hypothetical). A deal still being negotiated is open (:mod:`graphbuild.deals`); words whose
scope ends before the trigger (a presupposed topic, a reason or factual clause, an effort under way,
an evaluative adjective) are in :mod:`graphbuild.scopes`. Dates live in :mod:`graphbuild.dates`, the
cue lists in :mod:`graphbuild.cues` (both re-exported here).

Examples:
    >>> load_modality_cues().hyp_complement_verbs >= {"move", "going"}
    True
"""

from __future__ import annotations

from .clauses import (
    announces_plan, conditional_clause, dismissed_claim, governs_condition, legislative, negative_subject,
    negative_verb, scheduled_infinitive, yes_no_question,
)
from .cues import DATA, ModalityCues, load_modality_cues
from .dates import normalize_date, sentence_date
from .deals import pending_deal
from .scopes import (
    FOUGHT_EVENTS, as_soon_as, effort_under_way, evaluative, no_evidence, presupposed_topic, reason_cut,
    shared_plan, warned_of, wh_presupposed,
)
from .avoidance import avoided
from .cases import in_case
from .outlooks import outlook
from .sentences import sentence_of
from .upcoming import announced, answered, awaited, foretold, revived, supposed

__all__ = ["DATA", "ModalityCues", "load_modality_cues", "governing_path", "speech_verb", "modality_of",
           "event_predicate", "normalize_date", "sentence_date"]

_RANK = {"asserted": 0, "reported": 1, "hedged": 2, "hypothetical": 3, "negated": 4}
_STOP_DEPS = {"relcl", "appos", "nsubj", "nsubjpass", "csubj", "parataxis"}
#: words after which a phrase keeps its own reading: "unlike the bombing it claimed", "with the
#: exception of a strike in Yemen" (under "had not used the weapons")
_CONTRAST_PREPS = {"unlike", "except", "exception", "besides"}
#: prepositions of a verb's circumstances, not of what it denies: "denied X in a meeting with Y"
_ADJUNCT_PREPS = {"in", "at", "during", "after", "before", "amid", "since", "despite"}
_CLAUSE_DEPS = {"ccomp", "acl", "xcomp", "relcl", "advcl"}
#: "in protest of / in response to / in retaliation for" what happened: the reason is no part of the act's modality
_REASON_NOUNS = {"protest", "response", "retaliation", "reaction", "reprisal", "revenge", "solidarity"}


def speech_verb(token, cues: ModalityCues | None = None):
    """The speech verb whose complement holds ``token`` ("X said that ...", "..., X said"), or None."""
    cues = cues or load_modality_cues()
    t = token
    for _ in range(12):
        if t.dep_ in ("ccomp", "parataxis") or (t.dep_ == "xcomp" and t.head.lemma_ in ("hint",)):
            h = t.head
            if h.lemma_ in cues.speech_verbs or h.lemma_ in cues.hedge_verbs:
                return h
        if t.dep_ in ("relcl",) or t.head.i == t.i or t.lower_ in _CONTRAST_PREPS:
            break
        t = t.head
    # "..., X said." where the quote is the root's ccomp or the root is the speech verb itself
    root = sentence_of(token).root
    if root.lemma_ in cues.speech_verbs and root.i != token.i and token in set(root.subtree):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children) and not _under_relcl(token, root) \
                and not _circumstance(token, root):
            return root
    return None


def _circumstance(token, top) -> bool:
    """``token`` sits in a prepositional phrase of ``top``'s circumstances ("denied the allegations in a
    meeting with Y"), not in what ``top`` says."""
    t, clause = token, False
    while t.head.i != top.i and t.head.i != t.i:
        clause = clause or t.dep_ in _CLAUSE_DEPS  # "denied in a statement that it attacked Y": what it says
        t = t.head
    return t.dep_ == "prep" and t.lower_ in _ADJUNCT_PREPS and not clause


def _under_relcl(token, top) -> bool:
    """``token`` sits in a relative clause, an apposition, or a coordinated clause with its own
    subject ("Iran denied it, but U.S. officials blamed Tehran") below ``top``."""
    t = token
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl", "appos") or t.lower_ in _CONTRAST_PREPS:
            return True
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
        t = t.head
    return False


def governing_path(token, stop=None) -> list:
    """The trigger and the words governing it, up to its clause root or ``stop`` (exclusive).

    Climbing stops after a relative clause, apposition or subject, after "unlike", and at ``stop``.
    """
    path, t = [token], token
    for _ in range(14):
        infinitival = t.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if (t.dep_ in _STOP_DEPS and not infinitival) or t.head.i == t.i or t.lower_ in _CONTRAST_PREPS:
            break  # "was not behind X, unlike the bombing of Y it claimed": the contrast keeps its own reading
        via_conj = t.dep_ == "conj"
        # "has threatened to destroy X and has derided Y", parsed with "derided" under "destroy": a verb with
        # its own finite auxiliary is coordinated with the verb over the infinitive, not governed by it
        skip = via_conj and _finite_aux(t) and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children)
        t = t.head
        if skip and t.head.i != t.i:
            t = t.head
        if stop is not None and t.i == stop.i:
            break
        if not via_conj and not skip:
            path.append(t)
    return path


def _finite_aux(t) -> bool:
    """A verb with its own finite auxiliary: "has derided", "was expelled", "did condemn"."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "VBD", "MD") for c in t.children)


def _setting(path, i) -> bool:
    """Whether the trigger is only the setting of the ``i``-th word of its path: an event noun in its
    "at / during / amid" phrase ("did not discuss trade at their summit")."""
    prep = path[i - 1]
    return prep.dep_ == "prep" and prep.lower_ in ("at", "during", "amid") and path[0].pos_ == "NOUN" and all(
        w.dep_ in ("pobj", "prep", "compound", "conj") for w in path[:i])


def _has_phrase(sent_text: str, phrases) -> bool:
    low = sent_text.lower()
    return any(p in low for p in phrases)


def modality_of(trigger, cues: ModalityCues | None = None, subject_token=None,
                exempt: frozenset = frozenset(), extra_tokens=()) -> tuple[str, object]:
    """The modality of a relation at ``trigger``, and the speech verb it is reported by.

    Args:
        trigger: The trigger token.
        cues: Modality cues (default: the packaged ``modality.yaml``).
        subject_token: The subject's token, checked for "no"/"neither" determiners.
        exempt: Modalities not to assign (a pattern that already accounts for them).
        extra_tokens: More tokens whose own cues count (e.g. a light verb).

    Returns:
        ``(modality, speech_verb_token_or_None)``.
    """
    cues = cues or load_modality_cues()
    speech = speech_verb(trigger, cues)
    path = governing_path(trigger, stop=speech)
    if len(path) > 1 and trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" \
            and path[1].lemma_.lower() in cues.presupposing_verbs:
        path = path[:1]  # "plans to strengthen its partnership with X": the partnership exists
    if presupposed_topic(trigger, path, cues.hyp_nouns | cues.neg_nouns | cues.hedge_nouns | cues.claim_nouns):
        path = path[:1]  # "discussed Russia's brutal war": the war is under way
    if evaluative(trigger):
        path = path[:1]  # "deterring Iran's aggressive activities": the writer's own judgment
    cut = reason_cut(path)
    if cut is not None:
        path = path[:cut]  # "froze X's accounts due to his ties with Y": the ties are a reason
    reason = next((i for i in range(2, len(path)) if path[i].dep_ == "prep" and path[i].lower_ == "in"
                   and path[i - 1].lemma_.lower() in _REASON_NOUNS), None)
    if reason is not None:
        path = path[:reason]  # "refused to meet X in protest of Y's decision to recognize Z": a given reason
    topic = next((i for i in range(2, len(path)) if path[i].lemma_.lower() in cues.topic_verbs
                  and path[i - 1].dep_ == "prep" and path[i - 1].lower_ in ("on", "about")), None)
    if topic is not None:
        path = path[:topic]  # "declined to comment on the strike in Syria": silence denies nothing
    seen = outlook(trigger)
    if seen is not None:
        found_outlook = seen  # "talks remain unlikely", "a meeting is not on the agenda"
    predicate = event_predicate(trigger, cues)
    if predicate is not None and (speech is None or predicate.i != speech.i):
        path += [t for t in governing_path(predicate, stop=speech) if t not in path]
    for t in extra_tokens:
        if t not in path:
            path.append(t)
    found = {"asserted"} | ({found_outlook} if seen is not None else set())
    if pending_deal(trigger) or as_soon_as(path) or warned_of(path) or awaited(path, cues.planned_events) \
            or foretold(path, speech) or supposed(trigger) or revived(path, cues.planned_events) or answered(trigger) \
            or announced(path, cues.presupposing_verbs):
        found.add("hypothetical")  # "a deal between X and Y is still being negotiated", "as soon as X attacks"
    if path[-1].dep_ in ("relcl", "acl") and path[-1].head.lemma_.lower() in cues.instruments:
        found.add("hypothetical")  # "a bill that sanctions X": not in force
    if any(dismissed_claim(t, cues) for t in path[1:] + ([speech] if speech is not None else [])) \
            or no_evidence(path):
        found.add("negated")  # "claims that X attacked Y are baseless", "there was no evidence X colluded with Y"
    if path[0].lemma_.lower() in cues.planned_events and shared_plan(path):
        found.add("hypothetical")  # "is to fly to Japan and later visit Seoul": the visit shares the plan
    negations = 0  # two along the path leave the act open: "did nothing to stop X from attacking Y"
    for i, t in enumerate(path):
        governs = i > 0
        children = list(t.children)
        negative = governs and negative_verb(t, cues) and not (  # "denied X in a meeting with Y"
            path[i - 1].dep_ == "prep" and path[i - 1].lower_ in _ADJUNCT_PREPS
            and not any(w.dep_ in _CLAUSE_DEPS for w in path[:i]))  # not "denied in a statement that X ..."
        for c in children:
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never",)):
                # "would not hesitate to strike", "has not ruled out attacking": left open
                if governs and _setting(path, i):
                    continue  # "did not discuss trade at their summit": the summit took place
                if negative or (governs and t.lemma_.lower() in cues.unconfirmed_verbs):
                    found.add("hypothetical")  # and "has not confirmed carrying out X": not denied either
                else:
                    negations += 1
            if c.dep_ == "det" and c.lower_ in cues.neg_determiners and t.pos_ == "NOUN":
                found.add("negated")  # "has no plans to meet", "no intention of recognizing", "has no ties with X"
            if governs and c.dep_ == "dobj" and c.lower_ in cues.neg_quantities and t.lemma_ == "do":
                negations += 1  # "did nothing to stop X", "has done little to help X"
            if governs and c.dep_ == "advmod" and c.lower_ == "yet" and t.lemma_ in ("have", "be"):
                found.add("negated")  # "has yet to recognize"
            if c.dep_ == "mark" and c.lower_ in cues.hyp_marks and not (
                    c.lower_ == "whether" and t.dep_ == "advcl" and t.lemma_ == "be"):
                found.add("hypothetical")  # not "whether the problem is X's invasion or Y's attacks, ...": both are
            if c.dep_ == "aux" and c.lower_ in cues.modals:
                found.add("hypothetical")
            if c.dep_ == "aux" and c.lower_ in ("will", "'ll", "wo") and governs_condition(t, cues):
                found.add("hypothetical")
            if c.dep_ == "advmod" and c.lower_ in cues.hedge_adverbs:
                found.add("hedged")
            if c.dep_ == "amod" and c.lower_ in cues.hedge_adjectives and t.pos_ in ("NOUN", "PROPN"):
                found.add("hedged")
            if c.dep_ == "prep" and any(g.lemma_ in cues.hyp_nouns and g.lemma_ == "consideration"
                                        for g in c.children):
                found.add("hypothetical")
        if conditional_clause(t, cues) or in_case(t):
            found.add("hypothetical")  # "if X attacks Y", "in case X attacks Y", "in the event that X invades Y"
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.open_conditions for m in c.children)
               and not any(m.dep_ in ("mark", "advmod") and m.lower_ == "as" for m in c.children) for c in children):
            found.add("hypothetical")  # "vowed to destroy X if necessary", "strikes Y if provoked"
        if (i == 0 or (i == 1 and path[0].dep_ in ("dobj", "xcomp", "nsubjpass", "attr"))) and any(
                c.dep_ in ("npadvmod", "advmod", "prep", "tmod") and len(list(c.subtree)) <= 5
                and _has_phrase(" ".join(w.text for w in c.subtree), cues.future_times) for c in children):
            found.add("hypothetical")  # "his state visit to Beijing next week", "will hold talks tomorrow"
        if t.dep_ == "advcl" and t.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "mark" and c.lower_ in cues.future_marks for c in children):
            found.add("hypothetical")  # "just before Trump visits Beijing": still to come
        if path[0].lemma_.lower() in cues.planned_events and announces_plan(t, i, path, predicate) \
                and not any(w.lemma_.lower() in cues.presupposing_verbs for w in path):
            found.add("hypothetical")  # "Nelson will meet officials in Doha", "will hold talks with X": planned
        if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("amod", "compound") and (
                c.lower_ in cues.hyp_modifiers or c.lemma_.lower() in cues.hyp_modifiers) for c in children) and (
                i == 0 or path[i - 1].dep_ != "prep" or path[i - 1].lower_ == "of"):
            found.add("hypothetical")  # "a possible attack on", "the proposed sanctions", "an upcoming visit",
            # "a possible resumption of talks" (not "likely support to the Houthi attacks": they took place)
        if governs and t.lemma_.lower() in cues.condition_nouns and t.dep_ == "pobj" and t.head.lower_ == "in":
            found.add("hypothetical")  # "in the event of a Russian attack on Estonia"
        if i == 0 and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in cues.hyp_determiners for c in children):
            found.add("hypothetical")  # "would respond to any Israeli attack on Iran"
        if t.dep_ == "prep" and t.lower_ in cues.deterrence_preps and t.head.lemma_.lower() in cues.deterrence_verbs:
            found.add("hypothetical")  # "warned X against attacking Y", "deter X from invading Y"
        if governs and t.dep_ == "prep" and t.lower_ == "against" and path[i - 1].dep_ == "pcomp" \
                and t.head.lemma_.lower() in cues.against_verbs:
            found.add("negated")  # "decided against designating X", "voted against sanctioning X"
        if governs and (t.lemma_.lower() in cues.hyp_complement_verbs or t.lower_ in cues.hyp_complement_verbs) and (
                path[i - 1].dep_ == "xcomp" or any(b.dep_ == "prep" and b.lower_ in ("to", "toward", "towards")
                                                   and path[j].dep_ == "pcomp" for j, b in enumerate(path[1:i]))):
            found.add("hypothetical")  # "moved to sanction", "is going to strike", "moving closer to sanctioning"
        if governs and not negative and t.lemma_.lower() not in cues.neg_verbs and avoided(t, path[i - 1], cues):
            negations += 1  # "steered clear of criticizing X", "shied away from blaming X"
        if governs and t.lemma_.lower() in cues.ending_verbs and path[i - 1].dep_ == "dobj" and (
                t.pos_ == "VERB" and path[0].lemma_.lower() not in cues.planned_events
                and path[0].lemma_.lower() not in FOUGHT_EVENTS):  # "ending Russia's war": it took place
            negations += 1  # "ended its military cooperation with X" (an ended visit took place)
        if governs and t.lemma_ == "look" and path[i - 1].dep_ == "prep" and path[i - 1].lower_ == "to" and any(
                c.dep_ == "advmod" and c.lower_ == "forward" for c in children):
            found.add("hypothetical")  # "looks forward to talks with X": still to come
        if governs and t.lemma_.lower() in cues.reliance_verbs and any(
                c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in children) and any(
                c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and path[0] in c.subtree for c in children):
            found.add("hypothetical")  # "we are counting on X to work with Y": hoped for, not done
        if governs and scheduled_infinitive(t, path[i - 1]):
            found.add("hypothetical")  # "the envoy is to meet X": scheduled
        if governs:
            lemma = t.lemma_.lower()
            if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"):
                if negative and lemma not in cues.double_negatives and not any(c.dep_ == "neg" for c in children):
                    negations += 1
                if lemma in cues.hyp_verbs and not (
                        lemma in cues.naming_verbs and path[i - 1].dep_ in ("dobj", "oprd")) \
                        and not wh_presupposed(path[i - 1]):  # "asked why X condemns Y": told as a fact
                    found.add("hypothetical")  # not "called the operation ethnic cleansing": a name
                if lemma in cues.hedge_verbs:
                    found.add("hedged")
                if lemma in cues.fear_verbs and path[i - 1].dep_ == "dobj" and path[i - 1].pos_ == "NOUN":
                    found.add("hypothetical")  # "officials fear an Iranian strike on Israel": still to come
            elif t.pos_ in ("NOUN", "PROPN"):
                if lemma in cues.neg_nouns:
                    found.add("negated")
                if lemma in cues.hyp_nouns and not effort_under_way(path, i):
                    found.add("hypothetical")  # not "engaged in fundraising efforts to support X"
                if lemma in cues.hedge_nouns:
                    found.add("hedged")
            elif t.pos_ == "ADJ":
                if lemma in cues.hyp_adjectives:
                    found.add("hypothetical")
                if lemma in cues.neg_adjectives:
                    found.add("negated")
    for t in [trigger, *path]:
        if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in t.children) or (t.dep_ == "conj" and any(
                c.dep_ == "cc" and c.lower_ == "nor" and c.i < t.i for c in t.head.children)):
            negations += 1  # "nor will he stand for X", "X neither met nor called Y"
            break
    if negations:
        found.add("negated" if negations == 1 else "hypothetical")
    if trigger.dep_ == "conj" and not any(c.dep_ == "aux" for c in trigger.children):
        head = trigger.head  # "must cease X and engage": coordinated verbs share their modal
        if not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children) and any(
                c.dep_ == "aux" and c.lower_ in cues.modals for c in head.children):
            found.add("hypothetical")
    if subject_token is not None and negative_subject(subject_token, cues):
        found.add("negated")  # "no state has ...", "neither China nor Russia has ...", "no group, including X, ..."
    if _has_phrase(_clause_text(trigger, speech), cues.hyp_phrases):
        found.add("hypothetical")
    if speech is not None:
        unconfirmed = speech.lemma_ in cues.unconfirmed_verbs and any(c.dep_ == "neg" for c in speech.children)
        if unconfirmed:
            found.add("hypothetical")  # "Israel has not confirmed that it carried out the strike"
        elif speech.lemma_ in cues.neg_verbs or any(c.dep_ == "neg" for c in speech.children) or any(
                c.dep_ in ("nsubj", "nsubjpass") and negative_subject(c, cues) for c in speech.children):
            found.add("negated")  # "Iran denied it was behind ...", "did not say that ...", "no group has claimed"
        if speech.lemma_ in cues.hedge_verbs:
            found.add("hedged")
        subjects = [c for c in speech.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(s.lemma_.lower() in cues.vague_speakers or s.lower_ in cues.vague_speakers
                            for s in subjects):
            found.add("hedged")
        found.add("reported")
    if yes_no_question(path[-1]):
        found.add("hypothetical")  # "Will Iran attack Israel?"
    if legislative(trigger, path, cues) and not _white_house(path):
        found.add("hypothetical")  # "lawmakers target X with sanctions": a bill (not "the White House imposed")
    found -= exempt
    best = max(found, key=_RANK.__getitem__)
    return best, speech


def _white_house(path) -> bool:
    """The subject on the path is the White House (the executive), not the House of Representatives."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "house" and any(
        m.dep_ == "compound" and m.lower_ == "white" for m in c.children) for t in path for c in t.children)


def event_predicate(trigger, cues: ModalityCues | None = None):
    """The verb an event noun is the subject of, when that verb says whether the event happens
    ("the talks did not take place", "the visit was cancelled", "talks are expected to resume") or
    who did it ("the attack could have been carried out by X").

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["talks", "did", "not", "happen"], heads=[3, 3, 3, 3],
        ...           deps=["nsubj", "aux", "neg", "ROOT"], lemmas=["talk", "do", "not", "happen"])
        >>> event_predicate(doc[0]).text
        'happen'
    """
    cues = cues or load_modality_cues()
    h = trigger.head
    if trigger.dep_ in ("nsubj", "nsubjpass") and h.i != trigger.i and h.lemma_.lower() in cues.event_predicates \
            and not any(c.dep_ == "agent" for c in h.children):
        return h
    if trigger.dep_ == "nsubjpass" and h.lemma_.lower() in cues.carrying_verbs:
        return h  # "the attack may have been carried out by X": the carrying verb's modal is the attack's
    return None


def _clause_text(trigger, speech) -> str:
    """The text of the smallest clause around the trigger (below the speech verb)."""
    top = governing_path(trigger, stop=speech)[-1]
    toks = sorted(top.subtree, key=lambda t: t.i)
    return " ".join(t.text for t in toks)
