"""Groups listed as a patron's proxies or as the groups it backs: "Iran and its proxies, including
A, B and C", "Iranian-backed groups such as A and B", "militias backed by X, such as A".

The patron cooperates with each group the list names. The tie is stated inside a noun phrase, so it
holds whatever the clause around it says of the phrase: "threats from Iran and its proxies, including
A" is a possible threat but a stated tie, and the candidate is exempt from the clause's hypothetical
reading (a negation still counts). The patron is the possessor of the noun ("its proxies", "Iran's
proxies"), the name in "of X", a demonym or name before it ("Iranian proxies"), the name joined to a
participle by a hyphen ("Iran-backed", "Iranian-sponsored") or the agent of a participle after the
noun ("backed by X", "aligned with X").

Gated on one text scan per document for the words of the rule.
"""

from __future__ import annotations

import re
from .listings import doc_mentions_any
from .relations import Candidate

__all__ = ["proxy_list_candidates"]

_GATE = re.compile(r"\bprox(?:y|ies)\b|-(?:backed|sponsored|supported|funded|armed|aligned)\b|"
                   r"\b(?:backed|sponsored|supported|funded|armed) by\b", re.IGNORECASE)
#: Nouns whose possessor or "of" phrase is the patron ("Iran's proxies").
_PROXY_NOUNS = frozenset({"proxy", "proxies"})
#: Participles that tie a group to its patron ("Iran-backed", "backed by Iran").
_PARTICIPLES = frozenset({"backed", "sponsored", "supported", "funded", "armed", "aligned"})
#: Nouns of groups a patron backs ("Iranian-backed militias, including A").
_GROUP_NOUNS = frozenset({"group", "groups", "militia", "militias", "proxy", "proxies", "organization",
                          "organizations", "force", "forces", "fighters", "rebels", "movements", "factions"})
_MEMBER_TYPES = frozenset({"ArmedGroup", "Organization"})
_PATRON_TYPES = frozenset({"State", "GovernmentOrgan", "ArmedGroup", "Organization"})


def _mention_arg(ctx, tok):
    from .partners import demonym_arg
    from .relations import Arg

    m = ctx.index.get(tok.i)
    if m is not None:
        return Arg(m.actor, tok)
    return demonym_arg(tok)


def _pronoun_patron(ctx, noun, pron):
    """The actor "its" / "their" stands for: the name the noun is joined to ("Iran and its proxies"), else
    the actor coreference found, unless that is the issuing government itself ("Treasury has sanctioned
    Iran and its proxies": the proxies are Iran's whatever the resolver says)."""
    from .relations import Arg

    if noun.dep_ == "conj":
        m = ctx.index.get(noun.head.i)
        return Arg(m.actor, noun.head) if m is not None else None
    m = ctx.index.get(pron.i)
    issuer = ctx.first_person(None)
    if m is None or m.actor.type not in ("State", "ArmedGroup") or (issuer is not None and m.actor.id == issuer.id):
        return None
    return Arg(m.actor, pron, True)


def _patron(ctx, noun):
    """The patron of a proxy or backed-group noun (see the module docstring), or ``None``."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PRON":
            return _pronoun_patron(ctx, noun, c)
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and noun.lemma_ in _PROXY_NOUNS):
            arg = _mention_arg(ctx, c)
            if arg is not None:
                return arg
        if c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_ in _PROXY_NOUNS:
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None:
                return _mention_arg(ctx, p)
    doc = noun.doc
    for t in doc[noun.left_edge.i:noun.i]:  # "Iran-backed", "Iranian - sponsored"
        if t.lower_ in _PARTICIPLES and t.i >= 2 and doc[t.i - 1].text in ("-", "‑", "–"):
            arg = _mention_arg(ctx, doc[t.i - 2])
            if arg is not None:
                return arg
    for acl in noun.children:  # "militias backed by Iran", "groups aligned with Iran"
        if acl.dep_ == "acl" and acl.lower_ in _PARTICIPLES:
            for p in acl.children:
                if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "with"):
                    obj = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if obj is not None:
                        return _mention_arg(ctx, obj)
    return None


def _members(ctx, noun) -> list:
    """The groups named in "including A, B and C" / "such as A" / "like A" after the noun."""
    from .arguments import phrase_args

    out = []
    for c in noun.children:
        if c.dep_ == "prep" and (c.lower_ in ("including", "like") or (
                c.lower_ == "as" and any(a.lower_ == "such" for a in c.children) or (
                    c.i > 0 and c.doc[c.i - 1].lower_ == "such"))):
            objs = [p for p in c.children if p.dep_ == "pobj"]
            out += [a for p in objs for a in phrase_args(ctx, p)] if objs else _names_after(ctx, c)
    return [a for a in out if a.actor.type in _MEMBER_TYPES]


def _names_after(ctx, prep) -> list:
    """The names right after a preposition the parser left without its object ("such as A and B fired"):
    mentions joined by commas, "and" and articles."""
    from .relations import Arg

    out, seen = [], set()
    for t in prep.doc[prep.i + 1:prep.sent.end]:
        m = ctx.index.get(t.i)
        if m is not None:
            if m.actor.id not in seen:
                seen.add(m.actor.id)
                out.append(Arg(m.actor, t))
        elif t.text not in (",", "and", "the", "The", "’s", "'s"):
            break
    return out


def proxy_list_candidates(sent, ctx) -> list:
    """``cooperates`` candidates, patron with each listed group (see the module docstring).

    Args:
        sent: One sentence ``Span``.
        ctx: The extraction :class:`~graphbuild.relations.Context`.

    Returns:
        Candidates of kind ``noun``, exempt from a hypothetical reading.
    """

    if not doc_mentions_any(sent.doc, "proxy_lists", _GATE):
        return []
    out = []
    for noun in sent:
        if noun.lower_ not in _GROUP_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        members = _members(ctx, noun)
        if not members:
            continue
        patron = _patron(ctx, noun)
        if patron is None or patron.actor.type not in _PATRON_TYPES:
            continue
        for m in members:
            if m.actor.id != patron.actor.id:
                out.append(Candidate("cooperates", patron, m, noun, "noun", 0,
                                     exempt=frozenset({"hypothetical"})))
    return out
