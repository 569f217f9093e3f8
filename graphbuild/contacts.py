"""Contacts asked about or denied: talks with people of a country, as an open meeting with its state.

"Lawmakers asked whether the adviser had discussed the loan with any nationals or entities in X, Y or
Z", "the minister denied having had contacts with Ruritanian officials", "did you speak with anyone
from X?": the one asked about, or who denies it, would have met X (and Y, and Z). The people talked
with are named only by their country ("nationals in X", "anyone from X", "Ruritanian businessmen"),
so the relation patterns find no party; this module reads the country as the partner.

Such a contact is never a plain edge: the reading is kept only when
:func:`graphbuild.modality.modality_of` finds the contact open (a question, a "whether" clause, a
denial, a negation, a modal), and it is a ``meets`` statement node with that modality. An asserted
"met with businessmen from X" is left alone (private people of a country are not its state).

Examples:
    >>> "national" in PARTY_NOUNS and "discuss" in CONTACT_VERBS
    True
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args
from .patterns import _pairs
from .relations import _dedupe, _is_noun, _is_verb
from .subjects import verb_subjects

__all__ = ["CONTACT_VERBS", "CONTACT_NOUNS", "PARTY_NOUNS", "contact_candidates", "country_of_people"]

#: Verbs of talking with someone: "discussed X with Y", "spoke with Y", "was in touch with Y".
CONTACT_VERBS = frozenset({"discuss", "meet", "talk", "speak", "communicate", "confer", "consult", "correspond",
                           "negotiate", "contact", "converse", "deal"})
#: Nouns of a contact with someone: "contacts with Y", "conversations with Y".
CONTACT_NOUNS = frozenset({"contact", "communication", "conversation", "discussion", "meeting", "talk",
                           "dealing", "exchange", "correspondence"})
#: Heads of a phrase that names people only by their country: "nationals in X", "anyone from X".
PARTY_NOUNS = frozenset({"national", "entity", "people", "person", "individual", "official", "representative",
                         "anyone", "anybody", "someone", "somebody", "firm", "company", "citizen", "agent",
                         "businessman", "businessmen", "investor", "figure", "interlocutor", "counterpart",
                         "diplomat", "envoy", "intermediary", "emissary", "lobbyist", "operative", "actor"})
#: Verbs whose object is the party contacted ("contacted Ruritanian officials", "met any Ruritanians").
_DIRECT = frozenset({"meet", "contact"})
#: Verbs through which a contact noun belongs to its subject: "had contacts with", "denied any contact with".
_HOLDING = frozenset({"have", "hold", "maintain", "make", "deny", "disclose", "report", "initiate", "seek",
                      "establish", "conduct"})


def country_of_people(ctx, head) -> list:
    """The states a people phrase names ("any foreign nationals or entities in X, Y or Z", "anyone from
    X", "Ruritanian officials"), for each conjoined head; [] when the head names an actor itself."""
    from .partners import demonym_arg

    out = []
    heads = [head] + [c for c in head.conjuncts if c.i > head.i]
    for h in heads:
        if arg_of_token(ctx, h) is not None or h.lemma_.lower() not in PARTY_NOUNS:
            continue
        found = [a for p in _pobjs(h, ("in", "from", "of")) for a in phrase_args(ctx, p)]
        for m in h.children:
            if m.dep_ in ("amod", "compound", "nmod") and m.i < h.i:
                a = arg_of_token(ctx, m) or demonym_arg(m)
                if a is not None:
                    found.append(a)
        out += [a for a in found if a.actor.type == "State"]
    if not out and heads[-1] is not head:  # "nationals or entities in X": the place phrase on the last conjunct
        out = country_of_people(ctx, heads[-1])
    return out


def _open(t) -> str | None:
    from .modality import modality_of

    modality, _ = modality_of(t)
    return modality if modality in ("hypothetical", "negated") else None


def contact_candidates(ctx, t) -> list:
    """Open meetings of a contact verb or noun ``t`` whose partner is named only by its country (see
    the module docstring); [] when the contact is asserted or names no such partner."""
    lemma = t.lemma_.lower()
    if _is_verb(t) and lemma in CONTACT_VERBS:
        heads = _pobjs(t, ("with",))
        if lemma in _DIRECT:
            heads += [c for c in t.children if c.dep_ == "dobj"]
        subs = verb_subjects(ctx, t)[0]
    elif _is_noun(t) and lemma in CONTACT_NOUNS:
        heads = _pobjs(t, ("with",))
        subs = [a for c in t.children if c.dep_ == "poss" for a in [arg_of_token(ctx, c)] if a]
        if not subs and _is_verb(t.head) and t.dep_ in ("dobj", "pobj") and t.head.lemma_.lower() in _HOLDING:
            subs = verb_subjects(ctx, t.head)[0]
    else:
        return []
    if not heads or not subs:
        return []
    objs = [a for h in heads for a in country_of_people(ctx, h)]
    if not objs:
        return []
    modality = _open(t)
    if modality is None:
        return []
    own = {a.actor.id for a in subs}
    return _pairs("meets", subs, _dedupe([o for o in objs if o.actor.id not in own]), t, "loose", 1,
                  modality=modality)
