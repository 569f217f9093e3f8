"""The supporter in an "of" phrase: "expressed the strong support of Ruritania and Borduria for the
U.S. proposal", "conveyed the unwavering support of the United States for Ruritania's democracy".

The noun rule of ``support`` reads an "of" phrase as what is supported ("in support of X"), so when a
"for" phrase follows, the supporter is lost and nothing is read. :func:`supporter_candidates` reads
"the support of X for Y" (or "for Y's plan", "for the Y proposal": the thing's owner) as X cooperating
with Y. "in support of X" (no "for" phrase) and support for a hostile act ("support for sanctions on
Y") or a cause about Y ("for the denuclearization of Y") are left alone.
"""

from __future__ import annotations

import re

from .arguments import _pobjs, arg_of_token, phrase_args
from .listings import doc_mentions_any
from .prose import doc_text
from .relations import Candidate, _dedupe

__all__ = ["supporter_candidates"]

_GATE = re.compile(r"\b(?:support|backing) of\b", re.IGNORECASE)
_NOUNS = frozenset({"support", "backing"})
_OWNER_DEPS = frozenset({"poss", "compound", "amod"})
_TYPES = ("State", "ArmedGroup", "Organization", "GovernmentOrgan", "Person")


def _supported(ctx, p) -> list:
    """The actors a "for" phrase names, else the owners of the thing it names ("the U.S. proposal",
    "Ruritania's democracy"), over its conjuncts ("for X's democracy and for the will of its people")."""
    from .nominal import aim_of, hostile_noun

    out = []
    for q in [p] + [c for c in p.children if c.dep_ == "conj"]:
        if hostile_noun(ctx, q) or aim_of(ctx, q):
            continue  # "support for sanctions on Y", "for the denuclearization of Y"
        named = phrase_args(ctx, q, conj=False)
        if not named:
            named = [a for c in q.children if c.dep_ in _OWNER_DEPS for a in [arg_of_token(ctx, c)] if a]
        out += named
    return [a for a in out if a.actor.type in _TYPES]


def supporter_candidates(ctx, sent) -> list:
    """``cooperates`` candidates of "the support of X for Y" in ``sent``.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.

    Returns:
        Candidates from each supporter to each actor supported.
    """
    if not doc_mentions_any(ctx.doc, "supporters", _GATE) or not _GATE.search(
            doc_text(sent.doc), sent.start_char, sent.end_char):
        return []
    out = []
    for t in sent:
        if t.lemma_.lower() not in _NOUNS or t.pos_ != "NOUN":
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "with"):
            continue  # "in support of X", "with the support of X": the act is someone else's
        fors = _pobjs(t, ("for",))
        if not fors:
            continue
        subs = _dedupe([a for p in _pobjs(t, ("of",)) for a in phrase_args(ctx, p) if a.actor.type in _TYPES])
        if not subs:
            continue
        objs = _dedupe([a for p in fors for a in _supported(ctx, p)])
        out += [Candidate("cooperates", s, o, t, "noun") for s in subs for o in objs if s.actor.id != o.actor.id]
    return out
