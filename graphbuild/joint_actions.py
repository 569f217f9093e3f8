"""Actions taken together with a partner whose doer the sentence leaves unnamed.

"Today's action was taken in close coordination with the United Kingdom", "This action will occur in
conjunction with actions taken by both the United Kingdom and Canada", "The sanctions are being imposed
together with the European Union": a government's release names its own act by a noun (the action,
these measures, today's designations) or in the passive, and the partner after "in coordination /
conjunction / concert / partnership / tandem with", "coordinated with", "jointly with", "alongside" or
"together with". The doer is the release's own government (the issuer "we" stands for, else the designator
named earlier in the release), so the issuer
cooperates with each partner (:func:`joint_action_candidates`). A clause with a subject of its own
("OFAC took this action in coordination with Mexico") is left to the verb patterns.

Gated on one text scan per document for the partner phrases.
"""

from __future__ import annotations

import re
from .listings import doc_mentions_any
from .relations import Arg, Candidate

__all__ = ["joint_action_candidates"]

_GATE = re.compile(r"\b(?:coordination|conjunction|concert|partnership|tandem|coordinated|jointly|alongside|together)"
                   r"\s+with\b|\balongside\b", re.IGNORECASE)
#: Nouns of "in <noun> with X".
_JOINT_NOUNS = frozenset({"coordination", "conjunction", "concert", "partnership", "tandem", "cooperation",
                          "collaboration", "consultation", "parallel"})
#: Nouns that name the issuer's own act ("this action", "today's designations").
_ACT_NOUNS = frozenset({"action", "measure", "sanction", "designation", "step", "penalty", "restriction",
                        "announcement"})
_PARTNER_TYPES = frozenset({"State", "Organization", "GovernmentOrgan"})


def _act_clause(tok):
    """The verb or act noun the partner phrase at ``tok`` belongs to ("was taken in coordination with"
    -> "taken", "this action, in coordination with" -> "action"), or ``None``."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
        return head.head
    if tok.dep_ == "prep":  # "coordinated with", "together with", "alongside X"
        return head.head if head.lower_ in ("together", "jointly") and head.head.i != head.i else head
    return None


def _doer_unnamed(ctx, clause) -> bool:
    """Whether the clause's act has no doer of its own: its subject is an act noun ("this action") or
    it is a passive without a "by" agent, or it is itself an act noun."""
    from .arguments import _passive

    if clause.pos_ in ("NOUN", "PROPN"):
        return clause.lemma_.lower() in _ACT_NOUNS
    subs = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if clause.dep_ == "conj" and not subs:
        subs = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "agent" for c in clause.children):
        return False
    if subs:
        return all(s.lemma_.lower() in _ACT_NOUNS and ctx.index.get(s.i) is None for s in subs)
    return _passive(clause)


def _partners(ctx, pobj) -> list:
    """The actors of the "with" phrase: the names themselves, or the doers of "actions taken by X and Y"."""
    from .arguments import phrase_args

    if ctx.index.get(pobj.i) is None and pobj.lemma_.lower() in _ACT_NOUNS:
        agents = [p for acl in pobj.children if acl.dep_ == "acl" for a in acl.children if a.dep_ == "agent"
                  for p in a.children if p.dep_ == "pobj"]
        return [x for p in agents for x in phrase_args(ctx, p)]
    return phrase_args(ctx, pobj)


def joint_action_candidates(sent, ctx) -> list:
    """``cooperates`` candidates, issuer with partner, for an act done "in coordination with" a partner
    when the sentence names no doer of the act (see the module docstring).

    Args:
        sent: One sentence ``Span``.
        ctx: The extraction :class:`~graphbuild.relations.Context`.

    Returns:
        Candidates of kind ``default-agent``.
    """

    if not doc_mentions_any(sent.doc, "joint_actions", _GATE):
        return []
    issuer_actor = ctx.first_person(None) or (ctx.memory.designator.actor if ctx.memory.designator else None)
    if issuer_actor is None:  # no publishing government and no designator named before
        return []
    out = []
    for tok in sent:
        low = tok.lower_
        if low in _JOINT_NOUNS and tok.dep_ == "pobj":
            with_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        elif low in ("alongside",) and tok.dep_ == "prep":
            with_ = tok
        elif low in ("coordinated", "together", "jointly") and tok.i + 1 < sent.end and tok.nbor().lower_ == "with":
            with_ = tok.nbor() if tok.nbor().dep_ == "prep" else None
            if with_ is not None and with_.head.i not in (tok.i, tok.head.i):
                with_ = None
        else:
            continue
        if with_ is None:
            continue
        clause = _act_clause(tok if low in _JOINT_NOUNS else with_)
        if clause is None or not _doer_unnamed(ctx, clause):
            continue
        issuer = Arg(issuer_actor, None, True, "issuer")
        for p in (c for c in with_.children if c.dep_ == "pobj"):
            for a in _partners(ctx, p):
                if a.actor.type in _PARTNER_TYPES and a.actor.id != issuer_actor.id:
                    out.append(Candidate("cooperates", issuer, a, tok, "default-agent", 0))
    return out
