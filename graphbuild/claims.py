"""Acts told in the content clause of a claim that the sentence dismisses or leaves open.

"Russia rejected accusations that it had attacked the port", "X dismissed reports that its officials
had met Y", "there were rumours that Z might sanction W": the act sits in a "that" clause hanging on a
claim noun (``claim_nouns`` of ``data/modality.yaml``: claim, allegation, accusation, report, ...). The
relation patterns read a verb with its own subject and object in a main or complement clause, not in a
noun's content clause, so these acts were not read at all. :func:`claim_candidates` reads the clause
(its own subject, its object or the object phrase the lexicon gives the verb) and keeps the reading
only when :func:`graphbuild.modality.modality_of` finds it negated or hypothetical (the dismissal, a
modal, a question): a claim only reported ("accusations that X attacked Y") stays unread here, as
before.

Examples:
    >>> sorted(CLAIM_NOUNS)[:3]
    ['accusation', 'allegation', 'assertion']
"""

from __future__ import annotations

from .arguments import _pobjs, phrase_args
from .patterns import _pairs
from .relations import _is_verb

__all__ = ["CLAIM_NOUNS", "claim_candidates"]

#: Nouns whose "that" clause is a claim (kept in step with ``claim_nouns`` of ``data/modality.yaml``).
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "report", "suggestion", "charge", "assertion", "rumor",
                         "rumour", "speculation", "notion", "idea", "insinuation"})


def _content_clause(v) -> bool:
    """``v`` heads an active "that" clause with a subject of its own, hanging on a claim noun."""
    return v.dep_ in ("acl", "ccomp") and v.head.lemma_.lower() in CLAIM_NOUNS and v.head.pos_ == "NOUN" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in v.children) and any(c.dep_ == "nsubj" for c in v.children)


def claim_candidates(ctx, v, readings) -> list:
    """The negated or hypothetical acts of a relation verb ``v`` in a claim's content clause.

    Args:
        ctx: The document's :class:`~graphbuild.relations.Context`.
        v: A relation verb (a lemma of the lexicon's verbs).
        readings: The lexicon's ``(relation, options)`` pairs for ``v``'s lemma.

    Returns:
        Candidates with a negated or hypothetical modality (none when the claim is only reported).
    """
    from .modality import modality_of
    from .patterns import _context_ok
    from .sentences import sentence_of

    if not _is_verb(v) or not _content_clause(v):
        return []
    modality, _ = modality_of(v)
    if modality not in ("negated", "hypothetical"):
        return []
    # the clause's own subject (a participle in a noun's clause looks passive to verb_subjects)
    subs = [a for c in v.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
    if not subs:
        return []
    own = {a.actor.id for a in subs}
    low = sentence_of(v).text.lower()
    out = []
    for rel, opts in readings:
        if opts.get("symmetric_only") or not _context_ok(low, opts):
            continue
        skip = set(opts.get("skip_object_heads", ())) | set(opts.get("not_object_heads", ()))
        objs = [] if opts.get("to_only") else [a for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() not in skip
                                               for a in phrase_args(ctx, c)]
        objs += [a for p in _pobjs(v, tuple(opts.get("objects", ()))) for a in phrase_args(ctx, p)]
        types = opts.get("object_types")
        objs = [o for o in objs if o.actor.id not in own and (not types or o.actor.type in types)]
        out += _pairs(rel, subs, objs, v, "verb", 1, modality=modality)
    return out
