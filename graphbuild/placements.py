"""Names placed on a sanctions or terrorist list: "OFAC placed X on the SDN List", "The fund was put on a
U.S. Treasury sanctions list in 2015", "X was included on the SDN List".

"place", "put" and "include" with an "on" (or "in") phrase whose list is a sanctions, terrorist, SDN,
entity or child-soldier list designate their object (:func:`placement_candidates`). The designator is
the verb's subject or "by" agent; for a passive without one, the actor whose list it is ("its list",
"the UN's list", "a U.S. Treasury sanctions list"), else the designator named earlier in the text, else
the issuing government of a sanctions release. Any other list (a watch list, a most-wanted list, a
transfer list) designates no one.

Gated on one text scan per document for the verbs next to such a list.
"""

from __future__ import annotations

import re
from .arguments import _passive, phrase_args, verb_subjects
from .listings import doc_mentions_any
from .relations import Arg, Candidate

__all__ = ["placement_candidates", "is_sanctions_list"]

_GATE = re.compile(r"\b(?:plac|put|includ)\w*\b[^.]{0,120}\b(?:on|in)\b[^.]{0,80}\blist\b", re.IGNORECASE)
_LIST_WORDS = re.compile(r"sanction|terror|\bSDN\b|Specially Designated|entity list|blacklist|sponsors? of terror|"
                         r"child soldier|consolidated list|\b1267\b|proscri", re.IGNORECASE)
_NOT_LISTS = re.compile(r"wanted|watch ?list|transfer list|no-fly|waiting list|focus list|recommended list",
                        re.IGNORECASE)
_VERBS = frozenset({"place", "put", "include"})
_DESIGNEE_TYPES = frozenset({"Person", "Organization", "ArmedGroup", "GovernmentOrgan", "State"})


def is_sanctions_list(text: str) -> bool:
    """Whether the words of a list phrase name a sanctions, terrorist or similar list.

    Examples:
        >>> is_sanctions_list("on the SDN List"), is_sanctions_list("on its list of state sponsors of terrorism")
        (True, True)
        >>> is_sanctions_list("on a most wanted list"), is_sanctions_list("on the transfer list")
        (False, False)
    """
    return bool(_LIST_WORDS.search(text)) and not _NOT_LISTS.search(text)


def _list_phrase(v):
    """The "on / in ... list" phrase of ``v`` (or of its object, where the parser hung it): the pobj."""
    holders = [v] + [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    for h in holders:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "in", "onto"):
                obj = next((g for g in p.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.lemma_.lower() in ("list", "blacklist", "register", "registry"):
                    text = "".join(t.text_with_ws for t in obj.subtree)
                    if is_sanctions_list(text):
                        return obj
    return None


def _owner(ctx, lst):
    """The actor whose list it is: a possessor or a name before "list" ("the UN's list", "a U.S. list")."""
    from .relations import Arg

    for t in lst.subtree:
        if t.i >= lst.i:
            break
        m = ctx.index.get(t.i)
        if m is not None and m.actor.type in ("State", "GovernmentOrgan", "Organization"):
            return Arg(m.actor, t, t.pos_ == "PRON")
    return None


def placement_candidates(sent, ctx) -> list:
    """``designates`` candidates for names placed on a sanctions list (see the module docstring).

    Args:
        sent: One sentence ``Span``.
        ctx: The extraction :class:`~graphbuild.relations.Context`.

    Returns:
        Candidates, one per designator and placed name.
    """

    if not doc_mentions_any(sent.doc, "placements", _GATE):
        return []
    out = []
    for v in sent:
        if v.lemma_ not in _VERBS or v.pos_ not in ("VERB", "AUX"):
            continue
        lst = _list_phrase(v)
        if lst is None:
            continue
        passive = _passive(v) or (v.dep_ == "acl" and v.tag_ == "VBN")
        if passive:
            objs = [a for c in v.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]
            if v.dep_ == "acl":
                objs += phrase_args(ctx, v.head)
        else:
            objs = [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
        objs = [o for o in objs if o.actor.type in _DESIGNEE_TYPES]
        if not objs:
            continue
        subs, hops = ([], 0) if v.dep_ == "acl" else verb_subjects(ctx, v)
        kind = "passive" if passive else "verb"
        if not subs:
            owner = _owner(ctx, lst)
            issuer = ctx.first_person(None)
            default = ctx.memory.designator or (Arg(issuer, None, True, "issuer") if issuer is not None else None)
            subs, kind = ([owner], "presupposition") if owner is not None else (
                ([default], "default-agent") if default is not None else ([], kind))
        for s in subs:
            for o in objs:
                if s.actor.id != o.actor.id:
                    out.append(Candidate("designates", s, o, v, kind, hops))
    return out
