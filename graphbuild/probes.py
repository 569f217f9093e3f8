"""Blame stated by an inquiry or a punishment: "the investigation into Russian meddling in the 2016 U.S.
election", "the committee's probe of allegations that Moscow sought to sway the vote", "sanctions imposed
on Moscow for allegedly interfering in the election".

A state that investigates, or punishes, another state's interference in its affairs (its election, its
vote, its politics) holds that state to blame: the state whose election it was (the owner the election
phrase names: "the U.S. election", "elections in the United States"), else the actor that leads the
inquiry or imposes the penalty when it acts for a state ("Mueller's investigation", "the committee
investigating ..."), blames the doer of the interference ("Russian meddling", "Moscow's hacking", "that
Russia sought to influence", "the Russian government's efforts to interfere"). The blame is the
inquiry's own charge, so it is asserted even when the interference is only "alleged"; an inquiry only
planned or denied keeps its modality.

An interference word with no inquiry or penalty over it ("Lavrov called allegations of meddling
fantasies", "Trump believed Putin's denial of meddling") names no blamer, and a doer or owner that is no
state, organ or official acting for one (a campaign, a company) is none either.

Called once per sentence from :func:`graphbuild.nominal.co_agent_candidates` after a substring test.

Examples:
    >>> probe_words_in("the probe into russian meddling in the election")
    True
    >>> probe_words_in("russia denied meddling in the election")
    False
"""

from __future__ import annotations

import re

from .arguments import _pobjs, arg_of_token, verb_subjects
from .listings import doc_mentions_any
from .relations import Candidate, _dedupe, _is_noun, _is_verb

__all__ = ["probe_words_in", "probe_candidates", "INQUIRY_WORDS", "INTERFERENCE_WORDS"]

#: Inquiries and penalties whose object names a deed the inquirer charges (lemmas).
INQUIRY_WORDS = frozenset({"investigation", "probe", "inquiry", "investigate", "sanction", "punish", "penalize",
                           "penalise", "indictment", "indict"})
#: Deeds of interference in another state's affairs (lemmas).
INTERFERENCE_WORDS = frozenset({"meddling", "meddle", "interference", "interfere", "hacking", "hack", "influence",
                                "sway", "tamper", "tampering", "manipulate", "manipulation"})
#: The affairs a state's interference is in ("in the 2016 U.S. election").
_AFFAIRS = frozenset({"election", "elections", "vote", "poll", "campaign", "race", "referendum", "politics",
                      "affair", "affairs", "democracy", "process", "system"})
_ACTING = frozenset({"State", "GovernmentOrgan", "Person"})
_PROBE_STEMS = ("investigat", "probe", "probing", "inquir", "sanction", "punish", "penali", "indict")
_DEED_STEMS = ("meddl", "interfer", "influence", "hack", "sway", "tamper", "manipulat")


_PROBE_RX = re.compile("|".join(_PROBE_STEMS))  # lower-case stems: the gate searches the lower-cased text
_DEED_RX = re.compile("|".join(_DEED_STEMS))


def probe_words_in(low: str) -> bool:
    """Whether a lower-case sentence has both an inquiry word and an interference word (a cheap test)."""
    return any(w in low for w in _PROBE_STEMS) and any(w in low for w in _DEED_STEMS)


def _for_state(arg) -> bool:
    """A state, or an organ or official the gazetteer ties to a state."""
    return arg is not None and (arg.actor.type == "State" or (arg.actor.type in _ACTING and bool(arg.actor.acts_for)))


def _doers(ctx, d) -> list:
    """Who interferes: "Russian meddling", "Moscow's hacking", "(that) Russia sought to influence", "the
    Russian government's efforts to interfere", "meddling by Russia"."""
    from .arguments import noun_subjects, phrase_args

    if _is_noun(d) and d.lemma_.lower() in INTERFERENCE_WORDS:
        found = noun_subjects(ctx, d, "attacks")[0]
        found += [a for p in _pobjs(d, ("by",)) for a in phrase_args(ctx, p)]
    elif _is_verb(d):
        if d.dep_ == "acl" and _is_noun(d.head):  # "efforts to interfere": the efforts' owner
            found = noun_subjects(ctx, d.head, "attacks")[0]
            return [a for a in _dedupe(found) if _for_state(a)]
        punished = _punished(ctx, d)
        if punished is not None:  # "sanction Russia for interfering": the one punished did it
            return punished
        found = verb_subjects(ctx, d)[0]
    else:
        return []
    from .trips import capital_state  # a capital read as a place is its government ("Moscow's hacking")

    return [a for a in _dedupe([capital_state(ctx, a) for a in found]) if _for_state(a)]


def _verbish(t) -> bool:
    """A verb, or a verb the tagger took for a noun after "to" ("moved to sanction Russia")."""
    return _is_verb(t) or (t.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children))


def _punished(ctx, d) -> list | None:
    """For a deed in a "for" phrase of a penalty verb ("sanction Russia for hacking", "imposed on Moscow for
    interfering"): the actors punished (possibly none); None when the deed is in no such phrase."""
    from .arguments import phrase_args

    prep = d.head
    if d.dep_ != "pcomp" or prep.lower_ != "for" or not _verbish(prep.head):
        return None
    verb = prep.head
    found = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in phrase_args(ctx, c)]
    found += [a for p in _pobjs(verb, ("on", "against")) for a in phrase_args(ctx, p)]
    return [a for a in _dedupe(found) if _for_state(a)]


def _owners(ctx, d) -> list:
    """The state whose affairs the deed is in: "in the 2016 U.S. election", "in elections in the United States"."""
    from .arguments import phrase_args

    from .arguments import _demonym

    def owner(c):
        a = arg_of_token(ctx, c)
        if a is None and c.dep_ == "amod" and c.ent_type_ == "NORP":
            a = _demonym(c)  # "the Canadian election"
        return a if _for_state(a) else None

    out = []
    if _is_verb(d):  # "sought to influence the U.S. election"
        out += [a for p in d.children if p.dep_ == "dobj" and p.lemma_.lower() in _AFFAIRS for c in p.children
                if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < p.i for a in [owner(c)] if a]
    for p in _pobjs(d, ("in",)):
        if p.lemma_.lower() not in _AFFAIRS and p.lower_ not in _AFFAIRS:
            if _for_state(arg_of_token(ctx, p)):
                out.append(arg_of_token(ctx, p))  # "meddling in the United States"
            continue
        out += [a for c in p.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < p.i
                for a in [owner(c)] if a]
        out += [a for q in _pobjs(p, ("in",)) for a in phrase_args(ctx, q) if _for_state(a)]
    return _dedupe(out)


def _inquiry_over(d):
    """The inquiry or penalty word over the deed within five steps up the parse, else None."""
    t = d
    for _ in range(5):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in INQUIRY_WORDS:
            return t
    return None


def _inquirers(ctx, q) -> list:
    """Who investigates or punishes: the inquiry noun's owner or the subject of its verb ("Mueller's
    investigation", "the committee investigating", "Mueller is leading an investigation", "Obama sanctioned")."""
    from .arguments import noun_subjects

    if _is_verb(q):
        return [a for a in verb_subjects(ctx, q)[0] if _for_state(a)]
    found = noun_subjects(ctx, q, "blames")[0]
    if not found and q.dep_ in ("dobj", "attr") and _is_verb(q.head):
        found = verb_subjects(ctx, q.head)[0]  # "Mueller is leading an investigation into ..."
    return [a for a in found if _for_state(a)]


def _deed_of(t):
    """The deed word at ``t``: itself, or the verb of an "efforts/attempts to ..." or "sought to" phrase."""
    return t if t.lemma_.lower() in INTERFERENCE_WORDS else None


def probe_candidates(ctx, sent, low: str) -> list:
    """``blames`` candidates of states investigating or punishing another state's interference.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: The sentence span.
        low: The sentence text in lower case.

    Returns:
        The candidates (possibly none).
    """
    if not (doc_mentions_any(sent.doc, "probe-inquiry", _PROBE_RX) and doc_mentions_any(
            sent.doc, "probe-deed", _DEED_RX)) or not probe_words_in(low):
        return []
    out = []
    for t in sent:
        d = _deed_of(t)
        if d is None:
            continue
        q = _inquiry_over(d)
        if q is None:
            continue
        doers = _doers(ctx, d)
        if not doers:
            continue
        punisher = d.dep_ == "pcomp" and d.head.lower_ == "for" and _verbish(d.head.head)
        if punisher:  # "moved to sanction Russia for hacking", "imposed on Russia for meddling"
            blamers = [a for a in verb_subjects(ctx, d.head.head)[0] if _for_state(a)]
        else:
            blamers = _inquirers(ctx, q) or _owners(ctx, d)
        # an inquiry named by a noun exists whatever the clause around it says ("pleaded not guilty in
        # the investigation into ..."), and a penalty "for" a deed states the grievance now, even when
        # the penalty is only due; an inquiry verb keeps its own modality ("alleged" does not hedge it)
        kw = {"modality": "asserted"} if _is_noun(q) or punisher else {"exempt": frozenset({"hedged"})}
        out += [Candidate("blames", b, o, q, "attribution", 1, **kw)
                for b in blamers for o in doers if b.actor.id != o.actor.id]
    return out
