"""A meeting whose partner the parser hung elsewhere: "X held a bilateral meeting ahead of a St.
Patrick's Day celebration with Prime Minister Y of Z" puts "with Y" on "celebration". A meeting,
call or talks held (the object of a light verb of ``meets``) with no partner of its own meets the
first actor of a "with" phrase in the same clause, when no other meeting noun or verb lies between
them (a call's own "with" phrase too, which the noun rules leave to a context word: "held a secure
video call today with X"). Two actors NER found and tied to nothing, or one beside the publishing
government, are colleagues at home. The two sides are remembered as the meeting's parties ("The leaders discussed ...").
"""

from __future__ import annotations

from .prose import doc_text, sentence_tokens_with

import re

from .arguments import phrase_args, verb_subjects
from .coleads import _between_actors
from .relations import _dedupe, Arg, Candidate
from .listings import doc_mentions_any

__all__ = ["stray_partner_candidates", "loose_with_candidates", "guest_candidates", "headless_partner_candidates",
           "MEETING_NOUNS", "TALK_VERBS"]

#: Nouns of a meeting held with someone.
MEETING_NOUNS = frozenset({"meeting", "talk", "talks", "call", "conversation", "discussion", "consultation",
                           "dialogue", "session", "meet"})
_TYPES = ("State", "Person", "GovernmentOrgan", "Organization", "ArmedGroup")
#: Verbs of talking or meeting "with" someone.
TALK_VERBS = frozenset({"speak", "talk", "meet", "confer", "consult"})


def _clause_of(tok, verb) -> bool:
    """Whether ``tok`` hangs under ``verb`` through nouns and prepositions only (no clause between)."""
    t = tok
    for _ in range(8):
        if t.i == verb.i:
            return True
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX") or t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp",
                                                                     "conj"):
            return False
        t = t.head
    return False


def stray_partner_candidates(ctx, sent, found) -> list:
    """``meets`` candidates for a meeting held in ``sent`` whose "with" partner the parser attached to
    another word (see the module docstring).

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.
        found: The candidates other rules found in the sentence: a sentence with a meeting already
            read is left alone.

    Returns:
        Candidates from the holder of the meeting to the partner.
    """
    if any(c.relation == "meets" for c in found) or "with" not in doc_text(sent.doc)[sent.start_char:sent.end_char]:
        return []
    light = ctx.lex.light.get("meets", ())
    out = []
    for n in sent:
        if n.lemma_.lower() not in MEETING_NOUNS or n.pos_ != "NOUN" or n.dep_ != "dobj" \
                or n.head.lemma_.lower() not in light:
            continue
        own = [c.lower_ for c in n.children if c.dep_ == "prep"]
        if "between" in own or "among" in own or ("with" in own and n.lemma_.lower() != "call"):
            continue  # its own partner phrase: the other rules read it ("call" waits for a context word)
        verb = n.head
        withs = sorted((p for p in verb.subtree if p.lower_ == "with" and p.dep_ == "prep" and p.i > n.i
                        and _clause_of(p, verb)), key=lambda p: p.i)
        partners = []
        for p in withs:
            if any(t.lemma_.lower() in MEETING_NOUNS for t in sent.doc[n.i + 1:p.i]):
                break
            partners = [a for o in p.children if o.dep_ == "pobj" for a in phrase_args(ctx, o)
                        if a.actor.type in _TYPES]
            if partners:
                break
        subs, hops = verb_subjects(ctx, verb)
        home = ctx.first_person(None)
        pairs = [Candidate("meets", s, o, n, "noun", hops + 1) for s in _dedupe(subs) for o in _dedupe(partners)
                 if s.actor.id != o.actor.id and _between_actors(s.actor, o.actor, home)]
        if pairs and len(partners) == 1 and len(subs) == 1:
            ctx.memory.parties = [subs[0], partners[0]]
            ctx.memory.parties_at = ctx.memory.sentence
        out += pairs
    return out


def loose_with_candidates(ctx, sent, found) -> list:
    """"X spoke today with President Y to convey ...": the parser took "with" for a subordinator and Y
    for the subject of "convey", so the call has no partner. The first actor named right after a
    talking verb's "with" (before any other verb, within eight words) is met.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.
        found: The candidates other rules found: a sentence with a meeting already read is left alone.

    Returns:
        ``meets`` candidates from the verb's subject to that actor.
    """
    if any(c.relation == "meets" for c in found) or "with" not in doc_text(sent.doc)[sent.start_char:sent.end_char]:
        return []
    doc = sent.doc
    for v in sent:
        if v.lemma_.lower() not in TALK_VERBS or v.pos_ != "VERB":
            continue
        j = v.i + 1
        while j < sent.end and (doc[j].dep_ in ("npadvmod", "advmod") or doc[j].ent_type_ == "DATE"):
            j += 1  # "spoke today with", "spoke again with"
        if j >= sent.end or doc[j].lower_ != "with" or doc[j].dep_ == "prep":
            continue  # a regular "with" phrase: the verb rules read it
        partner = None
        for t in doc[j + 1:min(sent.end, j + 9)]:
            if t.pos_ in ("VERB", "AUX"):
                break
            m = ctx.index.get(t.i)
            if m is not None and m.actor.type in _TYPES:
                partner = t
        if partner is None:
            continue
        partners = [a for a in phrase_args(ctx, partner) if a.actor.type in _TYPES]
        subs, hops = verb_subjects(ctx, v)
        home = ctx.first_person(None)
        pairs = [Candidate("meets", s, o, v, "verb", hops) for s in _dedupe(subs) for o in _dedupe(partners)
                 if s.actor.id != o.actor.id and _between_actors(s.actor, o.actor, home)]
        if pairs and len(subs) == 1 and len(partners) == 1:
            ctx.memory.parties = [subs[0], partners[0]]
            ctx.memory.parties_at = ctx.memory.sentence
        return pairs
    return []


_GUEST = re.compile(r",\s*(?:thank you|thanks) for (?:joining|welcoming|hosting|receiving|meeting) (?:me|us)\b", re.IGNORECASE)


def guest_candidates(ctx, sent) -> list:
    """Remarks that open by thanking the other side of a meeting: "Vice Chancellor X, thank you for
    joining me here at Treasury", "Minister Y, thank you for welcoming me to Z". The speaker (the
    publishing government) meets the actors the vocative names, or, for a vocative tied to no actor,
    the state it welcomes the speaker to. Colleagues at home ("Chairman X, thank you for inviting me")
    are no meeting.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.

    Returns:
        ``meets`` candidates from the speaker.
    """

    if not doc_mentions_any(ctx.doc, "guests", _GUEST):
        return []
    found = _GUEST.search(doc_text(sent.doc)[sent.start_char:sent.end_char])
    home = ctx.first_person(None)
    if found is None or home is None:
        return []
    doc = sent.doc
    cut = sent.start_char + found.start()
    thank = next((t for t in sent if t.idx >= cut + 1 and t.lower_ in ("thank", "thanks")), None)
    if thank is None:
        return []
    named = _dedupe([a for t in sent if t.idx < cut and (m := ctx.index.get(t.i)) is not None
                     for a in [Arg(m.actor, t)]])
    guests = [a for a in named if a.actor.type in _TYPES and not _unknown_person(a.actor)
              and home.id not in (a.actor.id, a.actor.acts_for)]
    if not guests and all(_unknown_person(a.actor) for a in named):  # none, or none tied to an actor
        clause_end = next((t.i for t in doc[thank.i:sent.end] if t.text in (",", ";", ".")), sent.end)
        guests = [Arg(m.actor, t) for t in doc[thank.i:clause_end] if (m := ctx.index.get(t.i)) is not None
                  and m.actor.type == "State" and m.actor.id != home.id]  # "welcoming me to China"
    speaker = Arg(home, None, True, "issuer")
    return [Candidate("meets", speaker, g, thank, "verb", 1) for g in _dedupe(guests)
            if _between_actors(home, g.actor, home)]


def _unknown_person(actor) -> bool:
    return actor.type == "Person" and not actor.acts_for


_WITH = frozenset({"with"})
#: Word forms of ``TALK_VERBS`` (a sentence without one has no talking verb).
_TALK_FORMS = frozenset({"speak", "speaks", "spoke", "speaking", "spoken", "talk", "talks", "talked", "talking",
                         "meet", "meets", "met", "meeting", "confer", "confers", "conferred", "conferring",
                         "consult", "consults", "consulted", "consulting"})
#: Head words of an apposition that gives a person's state ("the Sultan of Oman").
_TITLES = frozenset({"sultan", "king", "queen", "emir", "amir", "president", "minister", "chancellor", "premier",
                     "leader", "prince", "secretary", "chairman", "chair", "monarch", "ruler", "sheikh"})


def _named_inside(ctx, o) -> list:
    """The actor a "with" object names though its head word is no mention: a name recognized only in
    part ("His Majesty Haitham bin Tariq Al Said": the mention stops before "Said") or a title in
    apposition ("..., the Sultan of Oman")."""
    inner = [a for c in o.children if c.dep_ in ("compound", "flat") and c.i < o.i
             for a in [phrase_args(ctx, c, conj=False)] for a in a if a.actor.type in _TYPES]
    if inner:
        return inner[:1]
    for c in o.children:
        if c.dep_ == "appos" and c.i > o.i and c.lemma_.lower() in _TITLES:
            named = [a for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                     for q in p.children if q.dep_ == "pobj" for a in phrase_args(ctx, q, conj=False)
                     if a.actor.type == "State"]
            if len(named) == 1:
                return named
    return []


def headless_partner_candidates(ctx, sent, found) -> list:
    """"X spoke today with His Majesty A B C, the Sultan of Z": the "with" object's head word is no
    mention (the name was recognized in part), so the verb rule finds no partner (or drops the state of
    the apposition as part of an unknown name, :mod:`graphbuild.brands`). A talking verb's
    "with" object whose own words name one actor, or whose apposition is "the <title> of <state>",
    is met (a sentence with a meeting already read is left alone).

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.
        found: The candidates other rules found.

    Returns:
        ``meets`` candidates from the verb's subject to that actor.
    """
    if any(c.relation == "meets" for c in found):
        return []

    out = []
    if not sentence_tokens_with(sent, _TALK_FORMS):
        return []
    for p in sentence_tokens_with(sent, _WITH):
        v = p.head
        if p.dep_ != "prep" or v.pos_ != "VERB" or v.lemma_.lower() not in TALK_VERBS:
            continue
        for o in p.children:
            if o.dep_ != "pobj" or ctx.index.get(o.i) is not None:
                continue
            partners = _named_inside(ctx, o)
            subs, hops = verb_subjects(ctx, v)
            home = ctx.first_person(None)
            pairs = [Candidate("meets", s, a, v, "verb", hops) for s in _dedupe(subs) for a in partners
                     if s.actor.id != a.actor.id and _between_actors(s.actor, a.actor, home)]
            if pairs and len(subs) == 1:
                ctx.memory.parties = [subs[0], partners[0]]
                ctx.memory.parties_at = ctx.memory.sentence
            out += pairs
    return out
