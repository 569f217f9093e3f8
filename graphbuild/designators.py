"""Checks on the designator of a designation candidate: a designee's own support read as the
designating state's (:func:`designator_climb`), a designator the parse took from the designation's
reason or legal basis ("designated ... for being owned or controlled by Y", "by E.O. 13848"), a firm
or a private person named as designator. Used when a candidate becomes a statement
(:mod:`graphbuild.assemble`) and by :mod:`graphbuild.listings`.
"""

from __future__ import annotations

import re

from .headings import _RELEASE_MARKS
from .possessives import own_possessive
from .qualifiers import qualifier_arg
from .venues import venue_designation

__all__ = ["designator_climb", "owner_as_agent", "DESIGNATE_LEMMAS", "FIRM_FORM"]

#: Verbs of designation.
DESIGNATE_LEMMAS = frozenset({"designate", "sanction", "blacklist", "target", "block", "identify", "declare"})


def designator_climb(cand) -> bool:
    """A support relation whose subject was found by climbing from inside a designation up to its
    designator ("X was designated by OFAC ... and providing support to Y", "Treasury sanctioned A;
    issued an alert ... identifying funding streams supporting Y"): the support is the designee's,
    never the designating state's.

    Args:
        cand: A :class:`~graphbuild.relations.Candidate`.

    Returns:
        True when the subject is the subject or agent of a designation verb above the trigger, the
        way up passing a participle, a clause of a noun or a preposition, or the trigger being a
        gerund coordinated with a passive designation.
    """
    if qualifier_arg(cand) or own_possessive(cand) or venue_designation(cand):
        return True  # "Borg Labs Limited (Ruritania)", "a Ruritanian bank"; "X, its affiliates" (qualifiers, possessives)
    if cand.relation == "designates":
        return _misread_designator(cand)
    if cand.relation != "cooperates" or cand.subject.token is None or cand.hops == 0:
        return False
    if _designator_pronoun(cand):
        return True
    t = cand.subject.token
    for _ in range(6):  # from the name up to the verb it is the subject or agent of
        if t.dep_ in ("nsubj", "nsubjpass") or t.head.i == t.i:
            break
        if t.dep_ == "pobj" and t.head.dep_ == "agent":
            t = t.head
            break
        t = t.head
    gov = t.head
    if t.dep_ not in ("nsubj", "agent") or gov.lemma_ not in DESIGNATE_LEMMAS or gov.i == cand.trigger.i:
        return False
    path, x = [], cand.trigger
    for _ in range(12):
        if x.i == gov.i:
            break
        path.append(x)
        if x.head.i == x.i:
            return False
        x = x.head
    else:
        return False
    if x.i != gov.i:
        return False
    if any(p.dep_ in ("pcomp", "acl", "relcl") for p in path):
        return True
    top = path[-1] if path else None  # the word right under the designation verb
    return top is not None and top.tag_ == "VBG" and top.dep_ == "conj" and t.dep_ == "agent"



def _designator_pronoun(cand) -> bool:
    """"OFAC designated X and its CEO for providing support to Y": a pronoun inside the designation's
    object read as the designator (whose name the verb's subject holds) gives the designee's support."""
    t = cand.subject.token
    if t.pos_ != "PRON":
        return False
    gov = t
    for _ in range(8):
        if gov.head.i == gov.i:
            return False
        if gov.dep_ in ("dobj", "nsubjpass") and gov.head.lemma_ in DESIGNATE_LEMMAS:
            gov = gov.head
            break
        gov = gov.head
    else:
        return False
    if gov.lemma_ not in DESIGNATE_LEMMAS or not any(a.i == gov.i for a in cand.trigger.ancestors):
        return False
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    return subj is not None and cand.subject.actor.label in "".join(x.text_with_ws for x in subj.subtree)


#: Participles of a designation's reason whose "by" names the owner, not the designator.
_REASON_PARTICIPLES = frozenset({"own", "control", "direct", "operate", "lead", "manage", "run", "employ", "fund",
                                 "finance", "support", "sponsor", "use", "found", "establish", "create"})


def _misread_designator(cand) -> bool:
    """A designator that the parse took from the designation's reason or its legal basis: "X is being
    designated pursuant to E.O. 13894 for being owned or controlled, directly or indirectly, by Y" (Y owns
    X; the "by" phrase hangs on "designated" in the parse), "designated ... most recently by E.O. 13848"
    (an order is no actor)."""
    from .listings import doc_mentions_any

    t = cand.subject.token
    actor = cand.subject.actor
    if re.match(r"(?i)e\.?o\.?\s*\d|executive order", actor.label):
        return True
    if actor.id.startswith("ner-") and not actor.acts_for and (actor.type == "Person" or FIRM_FORM.search(actor.label)
                                                              or actor.label.rsplit(" ", 1)[-1].lower() in _PLURAL_HEADS):
        return True  # "C.V. OFAC designated ..." read as one sentence: a firm or a private person designates no one
    if actor.type == "ArmedGroup" and doc_mentions_any(cand.trigger.doc, "release", _RELEASE_MARKS):
        return True  # in a sanctions release an armed group is a designee, never the designator
    if t is not None and t.dep_ in ("amod", "compound", "nmod") and t.head.pos_ == "NOUN" \
            and t.head.lemma_.lower() in _PRIVATE_NOUNS:
        return True  # "sanctioned X along with 19 Mexican companies": the companies' country designates no one
    if t is None or cand.kind != "passive" or t.dep_ != "pobj" or t.head.dep_ != "agent":
        return False
    return owner_as_agent(t.head.head)


FIRM_FORM = re.compile(r"\b(?:S\.A\.|S\.?A\.? de C\.V\.|LLC|Ltd\.?|Limited|GmbH|Inc\.?|Co\.|Company|Corporation|FZE|JSC)"
                        r"(?!\w)")


#: Last words of a heading read as a name ("Rayan Roshd & Associated Individuals").
_PLURAL_HEADS = frozenset({"individuals", "entities", "persons", "companies", "nationals", "associates"})
#: Private persons and firms: a state named as their modifier ("Mexican companies") is no designator.
_PRIVATE_NOUNS = frozenset({"company", "firm", "business", "entity", "individual", "national", "person", "businessman",
                            "businesswoman", "subsidiary", "front", "network", "vessel", "man", "woman", "people",
                            "facilitator", "financier", "operative", "associate", "relative", "trafficker", "smuggler"})


def owner_as_agent(v) -> bool:
    """Whether every "by" agent of a passive designation verb comes after a reason participle of its
    own "for" phrase ("designated ... for being owned or controlled, directly or indirectly, by Y")."""
    agents = [c for c in v.children if c.dep_ == "agent"]
    if not agents or not any(c.dep_ == "nsubjpass" for c in v.children):
        return False
    reasons = [p.i for c in v.children if c.dep_ == "prep" and c.lower_ == "for"
               for p in c.children if p.dep_ == "pcomp" and p.lemma_.lower() in _REASON_PARTICIPLES]
    return bool(reasons) and all(a.i > min(reasons) for a in agents)
