"""Co-designations: a second government designating a release's own designees.

"This action was coordinated with the United Kingdom, which is sanctioning these same targets", "Canada
and Australia also took action against these individuals", "the designation of these two men by the UN
Security Council", "the UN last night added these individuals to its list": the partner designates every
person or firm the issuer designates today in the document (:func:`partner_candidates`), read once per
document with the extractor's own patterns (:func:`todays_designees`).
"""

from __future__ import annotations

import re

from .designees import _FORM_RE, _ORG_LIST_NOUNS, _PERSON_LIST_NOUNS
from .relations import _is_verb, Candidate

__all__ = ["partner_candidates", "refers_to_designees", "todays_designees"]


#: Nouns that stand for a release's designees without naming them ("these same targets").
_PERSON_TARGETS = frozenset({"men", "figure", "terrorist", "criminal", "oligarch", "elite", "advocate", "perpetrator",
                             "officer", "trafficker", "smuggler"})
_TARGET_NOUNS = _PERSON_LIST_NOUNS | _ORG_LIST_NOUNS | _PERSON_TARGETS | {
    "target", "designee", "party", "actor", "company"}
#: Verbs whose object is a sanctions noun ("is imposing sanctions on", "took action against").
_LIGHT_SANCTION_VERBS = frozenset({"impose", "implement", "take", "announce", "issue", "levy"})
_SANCTION_NOUNS = frozenset({"sanction", "action", "measure", "designation", "restriction"})
_DESIGNATION_VERBS = frozenset({"designate", "sanction", "blacklist", "list", "proscribe"})
#: Words that put a designation in the past: not today's designees.
_PAST = re.compile(r"\b(?:19|20)\d\d\b|\bpreviously\b|\bearlier\b|\bformerly\b|\balready\b", re.IGNORECASE)


def refers_to_designees(tok) -> bool:
    """Whether a noun phrase refers back to the designees without naming any: "these same targets",
    "both individuals", "the two men", "these five entities", "them".

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> nlp = spacy.blank("en")
        >>> doc = Doc(nlp.vocab, words=["on", "these", "same", "targets"], heads=[0, 3, 3, 0],
        ...           deps=["ROOT", "det", "amod", "pobj"], tags=["IN", "DT", "JJ", "NNS"],
        ...           lemmas=["on", "these", "same", "target"])
        >>> refers_to_designees(doc[3]), refers_to_designees(doc[1])
        (True, False)
    """
    if tok.lower_ == "them":
        return True
    if tok.lower_ == "all" and tok.tag_ == "DT":  # "all of these individuals"
        return any(refers_to_designees(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj")
    if tok.lemma_.lower() not in _TARGET_NOUNS:
        return False
    kids = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "predet", "nummod")}
    if "same" in kids:
        return True  # "the same individual", "these same targets"
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    if kids & {"these", "those", "both"}:
        return True
    return "the" in kids and any(c.dep_ == "nummod" for c in tok.children)  # "the two men"


def _partner_verb(ctx, v):
    """The partners and the designee phrase of a designation verb (``None`` when it is no partner
    designation): "X is sanctioning these targets", "these individuals were designated by X",
    "X is imposing sanctions on them", "X also took action against these individuals"."""
    from .arguments import _passive, _pobjs, phrase_args, verb_subjects
    from .relations import _is_verb

    lemma = v.lemma_.lower()
    if lemma == "add" and not (_pobjs(v, ("to",)) and any(t.lower_ in ("list", "sdn") for t in v.doc[v.i:v.sent.end])):
        return None  # "added these individuals to its sanctions list", not any addition
    if lemma in _DESIGNATION_VERBS | {"add"} and _is_verb(v):
        if _passive(v):
            objs = [c for c in v.children if c.dep_ == "nsubjpass"]
            partners = [a for p in _pobjs(v, ("by",)) for a in phrase_args(ctx, p)]
        else:
            objs = [c for c in v.children if c.dep_ == "dobj"]
            partners = (verb_subjects(ctx, v)[0] or _subject_before(ctx, v)) if objs else []
    elif lemma in _SANCTION_NOUNS and not _is_verb(v):
        # "concurrently with the designation of these five individuals by the UN Committee"
        objs = _pobjs(v, ("of", "on", "against", "targeting"))
        partners = [a for p in _pobjs(v, ("by",)) for a in phrase_args(ctx, p)] if objs else []
    elif lemma in _LIGHT_SANCTION_VERBS and not _passive(v):
        nouns = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in _SANCTION_NOUNS]
        objs = [p for n in nouns + [v] for p in _pobjs(n, ("on", "against", "targeting"))]
        partners = verb_subjects(ctx, v)[0] if objs else []
    else:
        return None
    if objs and partners and v.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") and c.dep_ == "nsubj"
                                                       for c in v.children):
        first = v.head  # "by the EU, the UK and Canada, which imposed ...": every one of them
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        partners = phrase_args(ctx, first) or partners
    if objs and not partners:
        partners = _owning_state(ctx, v)
    elif any(p.actor.id.startswith("ner-") and p.token is not None for p in partners):
        # "the United Kingdom's Office of X" read as an office of its own: the state acts
        partners = [next(iter(_possessor_state(ctx, p.token)), p) if p.actor.id.startswith("ner-") and
                    p.token is not None else p for p in partners]
    if not objs or not partners or not all(refers_to_designees(o) for o in objs):
        return None
    named = [t for o in objs for c in o.children if c.dep_ != "prep" for t in c.subtree]
    if any(ctx.index.get(t.i) is not None for t in named):
        return None  # "these individuals and Bank X" names a designee of its own ("figures of X" does not)
    return partners, _designee_kinds(objs)


_FIRM_WORDS = frozenset({
    "factory", "company", "bank", "group", "exchange", "trading", "establishment", "foundation", "network", "front",
    "corporation", "industries", "shipping", "holding", "holdings", "services", "enterprise", "enterprises", "institute",
    "agency", "fund", "organization", "charity", "association", "society", "center", "centre", "brigade", "brigades",
    "battalion", "army", "party", "movement", "ministry", "office", "council", "committee", "media", "now", "today"})


def _is_person(actor) -> bool:
    """Whether a designee is a person, by its name more than by the type NER gave it ("Pavel Orlov"
    typed as a firm is a person; "Metallic Manufacturing Factory" is none).

    Examples:
        >>> from graphbuild.statement import Actor
        >>> _is_person(Actor("ner-pavel-orlov", "Pavel Orlov", "Organization"))
        True
        >>> _is_person(Actor("ner-orion-trading-llc", "Orion Trading LLC", "Person"))
        False
    """
    if actor.type in ("ArmedGroup", "GovernmentOrgan", "State"):
        return False
    label = actor.label
    return not (_FORM_RE.search(label) or any(w.lower() in _FIRM_WORDS for w in label.split()))


def _designee_kinds(objs) -> frozenset | None:
    """The actor types the phrases stand for: "these individuals" persons, "these entities" firms and
    groups; ``None`` (any) for "these targets", "them"."""
    kinds: set = set()
    for o in objs:
        if o.lower_ == "all":
            o = next((p for c in o.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"), o)
        lemma = o.lemma_.lower()
        if lemma in _PERSON_LIST_NOUNS or lemma in _PERSON_TARGETS:
            kinds.add("Person")
        elif lemma in _ORG_LIST_NOUNS or lemma == "company":
            kinds |= {"Organization", "ArmedGroup"}
        else:
            return None
    return frozenset(kinds)


def _subject_before(ctx, v) -> list:
    """The actor right before a verb the parser left without a subject ("the United Nations (UN) last
    night added ..."): the nearest name within six tokens, over brackets and time words only."""
    from .relations import Arg

    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    for t in reversed(v.doc[max(v.sent.start, v.i - 6):v.i]):
        m = ctx.index.get(t.i)
        if m is not None:
            return [Arg(m.actor, t)] if m.actor.type in ("State", "Organization", "GovernmentOrgan") else []
        if not (t.is_punct or t.dep_ in ("npadvmod", "amod", "advmod", "det") or t.like_num):
            return []
    return []


def _owning_state(ctx, v) -> list:
    """The state whose office is the subject of ``v`` when the office itself is no known actor: "the
    United Kingdom's Office of Financial Sanctions Implementation, which is imposing sanctions"."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    if subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
        subj = v.head
    return _possessor_state(ctx, subj)


def _possessor_state(ctx, noun) -> list:
    """The state that a noun's possessor names ("the United Kingdom's Office")."""
    from .arguments import arg_of_token

    for _ in range(4):  # "Office of Financial Sanctions Implementation": up to the office
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        elif noun.dep_ == "compound":
            noun = noun.head
        else:
            break
    owners = [arg_of_token(ctx, c) for c in noun.children if c.dep_ == "poss" or (
        c.dep_ == "nmod" and any(k.dep_ == "case" for k in c.children))]
    return [a for a in owners if a is not None and a.actor.type == "State"]


def partner_candidates(sent, ctx) -> list:
    """Another government designating the release's own designees: "This action was coordinated
    with the United Kingdom, which is sanctioning these same targets", "Canada and Australia also
    took action against these individuals", "these individuals were also designated by Japan". The
    partner (a state, an organ of another state or an international body, never the issuer) designates
    every person or firm that the issuer designates today in the document (not in a sentence that
    dates the designation to a year or calls it earlier).

    Args:
        sent: One sentence ``Span``.
        ctx: The extraction :class:`~graphbuild.relations.Context`.

    Returns:
        ``designates`` candidates (kind ``memory``), partner to each designee.
    """

    issuer = ctx.first_person(None)
    if issuer is None or ctx.doc.user_data.get("graphbuild.designees") == ():
        return []  # no issuer, or the designees are being collected right now
    out = []
    for v in sent:
        lemma = v.lemma_.lower()
        if not (lemma in _DESIGNATION_VERBS | _LIGHT_SANCTION_VERBS | {"add"} and _is_verb(v)
                or lemma in _SANCTION_NOUNS):
            continue
        partners, kinds = _partner_verb(ctx, v) or ((), None)
        partners = _heads_only(partners)
        partners = [p for p in partners if p.actor.type in ("State", "Organization", "GovernmentOrgan")
                    and issuer.id not in (p.actor.id, p.actor.acts_for)]
        if not partners:
            continue
        for d in todays_designees(ctx, issuer):
            if kinds is not None and ("Person" in kinds) != _is_person(d.actor):
                continue  # "these individuals": not the firms designated with them
            out += [Candidate("designates", p, d, v, "memory", 1) for p in partners if p.actor.id != d.actor.id]
    return out


def _heads_only(args) -> list:
    """The partners without the names that only modify another one's name ("the UN Security Council
    Mali Sanctions Committee": the UN, not Mali)."""
    def phrase(t):
        while t.dep_ in ("compound", "nmod", "amod") and t.head.i != t.i:
            t = t.head
        return t.i

    first: dict = {}
    for a in args:
        key = phrase(a.token) if a.token is not None else id(a)
        if key not in first or (a.token is not None and a.token.i < first[key].token.i):
            first[key] = a
    return list(first.values())


def todays_designees(ctx, issuer) -> tuple:
    """The persons, firms and groups that ``issuer`` (or its organs) designates in the document, read
    once with the extractor's own patterns and remembered in ``doc.user_data``; designations that a
    sentence dates to a year or calls earlier are left out."""
    from dataclasses import replace

    from .listings import listing_candidates
    from .patterns import sentence_candidates
    from .prose import is_prose
    from .relations import Arg, Memory
    from .sentences import sentences

    known = ctx.doc.user_data
    if "graphbuild.designees" in known:
        return known["graphbuild.designees"]
    known["graphbuild.designees"] = ()  # no partner rule inside the reading below
    sub = replace(ctx, memory=Memory())
    found: dict = {}
    for sent in sentences(ctx.doc):
        if not is_prose(sent) or _PAST.search(sent.text):
            continue
        for c in sentence_candidates(sent, sub) + listing_candidates(sent, sub):
            if c.relation != "designates" or c.modality not in (None, "asserted") or c.object.negated:
                continue
            if issuer.id not in (c.subject.actor.id, c.subject.actor.acts_for):
                continue
            kind = c.object.actor.type
            if kind == "Place" and c.object.actor.id.startswith("ner-") and " " in c.object.actor.label:
                kind = "Person"  # "Karim Haddad" read by NER as a place: a designee all the same
            if c.object.actor.label.rsplit(" ", 1)[-1].lower() in ("individuals", "entities", "persons", "targets"):
                continue  # "Malian Individuals", a heading read as a name
            tok = c.object.token
            if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of":
                continue  # "seven officials of the so-called Republic": the officials are the designees
            if kind in ("Person", "Organization", "ArmedGroup") and c.trigger.dep_ not in ("relcl", "acl", "amod"):
                found.setdefault(c.object.actor.id, Arg(c.object.actor, None, False, "designee"))
    known["graphbuild.designees"] = tuple(found.values())
    return known["graphbuild.designees"]
