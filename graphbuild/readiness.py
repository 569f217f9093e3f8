"""A speaker's own readiness, reported with a pronoun: "Turkey said it was ready to work with Russia",
"Moscow said it was prepared to talk with Kyiv", "Iran says it is not willing to meet U.S. envoys".

The relation patterns find the subject of an act in an infinitive by climbing to the clause that has one;
when that subject is a pronoun the coreference left open and its clause is what a speech verb says, the
speaker is the one who would act (the pronoun agreeing: "it" for a state or group, "he/she" for a
person). :func:`readiness_candidates` reads such an act, only when its clause is hypothetical or negated
(:func:`graphbuild.modality.modality_of`; readiness, willingness and intent are open by themselves).

Examples:
    >>> "willing" in READY_WORDS
    True
"""

from __future__ import annotations

from .arguments import _pobjs, phrase_args
from .patterns import _context_ok, _pairs
from .relations import _is_verb
from .subjects import verb_subjects

__all__ = ["READY_WORDS", "readiness_candidates"]

#: Adjectives and verbs over an infinitive whose subject would do the act.
READY_WORDS = frozenset({"ready", "willing", "prepared", "eager", "keen", "open", "determined", "able", "unable",
                         "unwilling", "reluctant", "happy", "glad", "prepare", "want", "seek", "plan", "intend",
                         "hope", "aim", "wish", "try"})
_PERSONAL = {"he": "Person", "she": "Person"}
_IMPERSONAL = frozenset({"it"})


def _speaker_subjects(ctx, v) -> list:
    """The speaker standing for the open pronoun subject above infinitive ``v`` ("X said it was ready to
    v"), else []."""
    t = v
    for _ in range(3):
        if t.dep_ not in ("xcomp",) or t.head.i == t.i:
            return []
        t = t.head
        if t.lemma_.lower() in READY_WORDS:
            break
    else:
        return []
    clause = t.head if t.dep_ == "acomp" else t
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].pos_ != "PRON" or subj[0].i in ctx.index:
        return []
    pron = subj[0].lower_
    if pron not in _IMPERSONAL and pron not in _PERSONAL and pron != "they":
        return []
    if clause.dep_ != "ccomp" or not _is_verb(clause.head):
        return []
    speakers = verb_subjects(ctx, clause.head)[0]
    if pron in _IMPERSONAL:
        speakers = [a for a in speakers if a.actor.type != "Person"]
    elif pron in _PERSONAL:
        speakers = [a for a in speakers if a.actor.type == "Person"]
    return speakers


def readiness_candidates(ctx, v, rels) -> list:
    """The open readings of trigger verb ``v`` (with its lexicon entries ``rels``) done by the speaker
    the open pronoun above it stands for (see the module docstring).

    Args:
        ctx: The document's :class:`~graphbuild.relations.Context`.
        v: A trigger verb in an infinitive with no subject of its own.
        rels: ``[(relation, options), ...]`` from the lexicon.

    Returns:
        Candidates, hypothetical or negated only.
    """
    from .prospects import _open_modality
    from .sentences import sentence_of

    if v.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    subs = _speaker_subjects(ctx, v)
    if not subs:
        return []
    modality = _open_modality(v)
    if modality is None:
        return []
    own = {a.actor.id for a in subs}
    low = sentence_of(v).text.lower()
    out = []
    for rel, opts in rels:
        if not _context_ok(low, opts):
            continue
        objs = [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
        objs += [a for p in _pobjs(v, tuple(opts.get("objects", ()))) for a in phrase_args(ctx, p)]
        types = opts.get("object_types")
        objs = [o for o in objs if o.actor.id not in own and (not types or o.actor.type in types)]
        out += _pairs(rel, subs, objs, v, "loose", 2, modality=modality)
    return out
