"""Ties a designation's legal reason states: "X is being designated for having materially assisted,
sponsored, or provided ... support for, or goods or services to or in support of, Y", "for acting for
or on behalf of Y", "for being owned or controlled by Y".

Sanctions releases give each designation the words of its executive order, and those words tie the
designee to another actor: support, acting for, ownership or control. Each designee then cooperates
with each actor the reason names (:func:`reason_candidates`). Reasons that tie no one ("for being
responsible for actions that threaten the peace of X", "for being a leader or official of the
Government of X", "for operating in the defense sector") are not read.

Gated on the designation verb and a reason phrase in the document text (one scan per document).
"""

from __future__ import annotations

import re
from .arguments import _passive, phrase_args
from .listings import doc_mentions_any
from .namelists import listed_designees
from .relations import Candidate

__all__ = ["reason_candidates", "reason_kind"]

_GATE = re.compile(r"\bfor (?:having|acting|being owned|being controlled|owning|providing)|\bon behalf of\b|"
                   r"\bin support of\b", re.IGNORECASE)
#: Words of a reason that ties the designee to the actor named after them.
_SUPPORT = re.compile(r"\b(?:materially assist|assisted|sponsored|provided (?:financial|material|support)|"
                      r"providing (?:financial|material|support)|support (?:for|to)|in support of|"
                      r"goods or services to|on behalf of|owned,? (?:or )?controlled|controlled,? or directed|"
                      r"owned or controlled|owning or controlling)", re.IGNORECASE)
_DESIGNATE_LEMMAS = frozenset({"designate", "redesignate", "sanction"})
_TIE_TYPES = frozenset({"ArmedGroup", "Organization", "GovernmentOrgan", "State", "Person"})
_STOPS = frozenset({";", "pursuant"})
#: Nouns of the reason's own wording, read through ("support for, or goods or services to ...").
_REASON_NOUNS = frozenset({"support", "good", "goods", "service", "services", "behalf", "assistance", "sponsorship",
                           "financing", "funding", "technology", "material", "financial", "technological", "other"})


def reason_kind(text: str) -> str | None:
    """``support`` when the words of a reason tie the designee to whoever they name, else ``None``.

    Examples:
        >>> reason_kind("for having materially assisted, sponsored, or provided financial support for")
        'support'
        >>> reason_kind("for acting for or on behalf of"), reason_kind("for being owned or controlled by")
        ('support', 'support')
        >>> reason_kind("for being responsible for actions that threaten the peace of") is None
        True
    """
    return "support" if _SUPPORT.search(text) else None


def _reason_tokens(v):
    """The "for ..." phrase of a designation verb: the preposition, or ``None``."""
    return next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > v.i), None)


def _tied(ctx, span) -> list:
    """The actors a reason phrase ties the designee to: after the words of support, acting for or
    ownership, each name that heads its phrase (not a possessor: "Iran's Ministry of Defense" is the
    ministry); the first other noun ("an act of hostage-taking", "activities") ends the reading."""
    from .relations import Arg

    depth, words, tied, armed = 0, [], [], False
    for t in span:
        if t.text in ("(", "["):
            depth += 1
        elif t.text in (")", "]"):
            depth = max(0, depth - 1)
        if depth or t.text in ("(", ")", "[", "]"):
            continue
        m = ctx.index.get(t.i)
        if m is None:
            words.append(t.text)
            armed = armed or reason_kind(" ".join(words)) is not None
            if armed and t.pos_ == "NOUN" and t.lemma_.lower() not in _REASON_NOUNS:
                break  # support for something that is no actor
            continue
        if not armed or m.actor.type not in _TIE_TYPES:
            continue
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if t.dep_ == "poss" or (nxt is not None and nxt.text in ("’s", "'s") and ctx.index.get(t.i + 2) is not None):
            continue  # "Iran's Ministry of Defense": the possessor of the name that follows
        if not tied or tied[-1].actor.id != m.actor.id:
            tied.append(Arg(m.actor, t))
    return tied


def reason_candidates(sent, ctx) -> list:
    """``cooperates`` candidates, designee with the actor its designation's reason names.

    Args:
        sent: One sentence ``Span``.
        ctx: The extraction :class:`~graphbuild.relations.Context`.

    Returns:
        Candidates of kind ``attribution``, one per designee and tied actor.
    """

    if not doc_mentions_any(sent.doc, "reasons", _GATE):
        return []
    out = []
    doc = sent.doc
    for v in sent:
        if v.lemma_ not in _DESIGNATE_LEMMAS or v.pos_ != "VERB":
            continue
        prep = _reason_tokens(v)
        if prep is None:
            continue
        end = prep.i
        while end < sent.end and doc[end].text not in _STOPS and doc[end].lower_ not in _STOPS:
            end += 1
        tied = _tied(ctx, doc[prep.i:end])
        if not tied:
            continue
        role = "nsubjpass" if _passive(v) else "dobj"
        designees = [a for c in v.children if c.dep_ == role and c.i < prep.i for a in phrase_args(ctx, c)]
        designees += listed_designees(ctx, v)  # "A, B, and C are being designated for ...", however parsed
        for d in designees:
            for y in tied:
                if d.actor.id != y.actor.id and d.actor.type in ("Person", "Organization", "ArmedGroup"):
                    out.append(Candidate("cooperates", d, y, v, "attribution", 0))
    return out
