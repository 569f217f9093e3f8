"""The other party of a meeting as "him" or "her": "Vice President Harris met with President Ruto of
Kenya. She thanked him for Kenya's leadership".

A readout names the two parties of a call or meeting once and then goes on with pronouns; "they"
and "the leaders" stand for both (:mod:`graphbuild.arguments`), but an object pronoun of a praise
verb ("thanked him", "congratulated her") is left open. :func:`counterpart_candidates` reads it as
the party the subject is not, when the subject is one of the two parties (the text's own person or
state; an unresolved "he / she" or "the President / the Secretary" is the party of the issuing
government) and the meeting was
reported in the last three sentences: the subject praises the other party.
"""

from __future__ import annotations

from .relations import Arg, Candidate

__all__ = ["counterpart_candidates"]

_OBJECTS = frozenset({"him", "her"})
_PRAISE = frozenset({"thank", "congratulate", "commend", "praise", "applaud", "salute", "laud"})


#: Titles an issuing government's text uses for its own principal ("the President thanked him").
_OWN_TITLES = frozenset({"president", "secretary", "advisor", "adviser"})


def _own_title(t) -> bool:
    """"the President", "the Vice President", "the Secretary": the issuer's principal in its own text."""
    return t.lower_ in _OWN_TITLES and any(c.lower_ == "the" for c in t.children)


def _ids(a) -> set:
    return {x for x in (a.actor.id, a.actor.acts_for) if x}


def counterpart_candidates(ctx, sent) -> list:
    """``praises`` candidates of "X thanked him / congratulated her" after a meeting of X with Y.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.

    Returns:
        Candidates from the subject's party to the other party.
    """
    memory = ctx.memory
    if len(memory.parties) != 2 or memory.sentence - memory.parties_at > 3:
        return []
    from .prose import sentence_tokens_with

    objs = sentence_tokens_with(sent, _OBJECTS)
    if not objs:
        return []
    from .arguments import verb_subjects

    out = []
    for o in objs:
        v = o.head
        if o.dep_ != "dobj" or v.pos_ != "VERB" or v.lemma_.lower() not in _PRAISE:
            continue
        subs, hops = verb_subjects(ctx, v)
        if any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she") or (not subs and _own_title(c))) for c in v.children):
            # "She thanked him": the issuer's side (a resolver without gender may pick the guest)
            issuer = ctx.first_person(None)
            subs = [p for p in memory.parties if issuer is not None and issuer.id in _ids(p)]
        if len(subs) != 1 or hops:
            continue
        mine = [p for p in memory.parties if _ids(p) & _ids(subs[0])]
        others = [p for p in memory.parties if not _ids(p) & _ids(subs[0])]
        if len(mine) == 1 and len(others) == 1:
            out.append(Candidate("praises", subs[0], Arg(others[0].actor, o, coref=True, via="parties"), v, "verb", 1))
    return out
