"""Readings that follow an attack the document named: who disowns it or is said to be behind it, and
the attacks announced or feared after it, on its target (moved from :mod:`graphbuild.prospects`).

* "it might not be the work of X" (of an attack): X's possible attack on the attack's target;
* "X said it was not responsible for the attack": X's denied attack on the attack's target (not
  when the attack names a target of its own that is no actor: "the attack on a hospital");
* "X warned it would mount new attacks", "X could strike again", "the attack may have been carried
  out by X", "officials suspect X might be behind it": on the target of the attack or blast the
  document just named.

Each is kept only when its clause is hypothetical or negated.

Examples:
    >>> "detonate" in BLAST_VERBS and "fresh" in RENEWED
    True
"""

from __future__ import annotations

from .arguments import _pobjs, phrase_args, verb_subjects
from .patterns import _pairs
from .relations import _is_verb

__all__ = ["work_of_candidates", "disowned_candidates", "renewed_candidates", "repeated_candidates",
           "BLAST_VERBS", "RENEWED", "THREAT_VERBS"]


def _open_modality(t):
    from .prospects import _open_modality as open_modality

    return open_modality(t)


def work_of_candidates(ctx, w) -> list:
    """"It might not be the work of a group like X or Y", "the bombing was not the work of X": X's attack
    on the target of the attack the subject names ("it", "this": the last target the document named).
    Kept only when the clause is hypothetical or negated."""
    from .patterns import _event_nouns

    be = w.head
    if be.lemma_ != "be":
        return []
    subj = [c for c in be.children if c.dep_ == "nsubj"]
    if not subj:
        return []
    authors = [a for p in _pobjs(w, ("of",)) for a in phrase_args(ctx, p)]
    authors += [a for p in _pobjs(w, ("of",)) for q in _pobjs(p, ("like", "as", "including"))
                for a in phrase_args(ctx, q)]  # "the work of a group like X or Y"
    if not authors:
        return []
    s = subj[0]
    if s.lemma_.lower() in _event_nouns(ctx):
        places = _pobjs(s, ("on", "against", "in", "at"))
        targets = [a for q in places for a in phrase_args(ctx, q)]
        targets = targets or (_recent_target(ctx, s) if not places and any(
            c.lower_ in ("the", "this", "that") for c in s.children) else [])
    elif s.lower_ in ("it", "this", "that"):
        targets = _recent_target(ctx, s)
    else:
        return []
    modality = _open_modality(w)
    if modality is None:
        return []
    own = {a.actor.id for a in authors}
    return _pairs("attacks", authors, [t for t in targets if t.actor.id not in own], w, "loose", 2,
                  modality=modality)


#: Verbs of a blast whose place is the attack's target ("a car bomb exploded outside a station in X").
BLAST_VERBS = frozenset({"explode", "detonate", "blast", "hit", "strike", "rock"})
_PLACE_PREPS = ("on", "against", "in", "at", "near", "across", "outside", "inside")


def _recent_target(ctx, tok) -> list:
    """The target of the last attack or blast named before ``tok`` in its sentence or the two before
    ("twin bombings on X ... it might not be the work of Y", "a bomb exploded outside a police station
    in X ... officials suspect Y might be behind it"), else the event memory's last target."""
    from .patterns import _event_nouns, _target_args
    from .sentences import sentences_before

    events = _event_nouns(ctx)
    starts = [x.start for x in sentences_before(tok)]
    lo = starts[-3] if len(starts) >= 3 else 0
    for t in reversed(tok.doc[lo:tok.i]):
        if (t.lemma_.lower() in events and t.pos_ == "NOUN") or (t.lemma_.lower() in BLAST_VERBS and _is_verb(t)):
            phrases = _pobjs(t, _PLACE_PREPS) + [c for c in t.children if c.dep_ == "dobj" and _is_verb(t)]
            found = [a for q in phrases for a in _target_args(ctx, q)  # "hit a bus station in X"
                     if a.actor.type in ("Place", "State")]
            if found:
                return found[:1]
    return list(ctx.memory.targets[:1])


def disowned_candidates(ctx, t) -> list:
    """"X said it was not responsible for the attack", "X may be behind the bombing": the subject's attack
    on the attack's target (its own "on/in" phrase, else the last target named), kept only when the
    clause is hypothetical or negated (an asserted one is blame, read in :mod:`graphbuild.attribution`)."""
    from .patterns import _event_nouns

    events = [p for p in (_pobjs(t, ("for",)) if t.lower_ == "responsible" else
                          [c for c in t.children if c.dep_ == "pobj"])
              if p.lemma_.lower() in _event_nouns(ctx) or p.lower_ in ("it", "this", "that")]
    if not events:
        return []
    subs = [a for c in t.head.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
    if not subs and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "he", "she") for c in t.head.children):
        subs = list(ctx.speaker_of(t))  # "X said it was not responsible for the attack"
    if not subs:
        return []
    modality = _open_modality(t)
    if modality is None:
        return []
    e = events[0]  # an attack, or "it" ("officials suspect X might be behind it")
    places = _pobjs(e, ("on", "against", "in", "at"))
    targets = [a for q in places for a in phrase_args(ctx, q)]
    if not places and not any(c.dep_ == "poss" or c.lower_ in ("a", "an", "any") for c in e.children):
        targets = _recent_target(ctx, e)  # "the attack": the one the document is about (not "the attack on a hospital")
    own = {a.actor.id for a in subs}
    return _pairs("attacks", subs, [o for o in targets if o.actor.id not in own], t, "loose", 2, modality=modality)


#: Modifiers that make an attack one more of a series ("new attacks"): its target is the series' target.
RENEWED = frozenset({"new", "further", "more", "fresh", "additional", "renewed", "repeated"})
#: Verbs whose subject is the agent of the attacks they announce ("threatened further attacks").
THREAT_VERBS = frozenset({"threaten", "vow", "promise", "pledge", "plan", "warn", "announce", "prepare"})


def renewed_candidates(ctx, n, rel, opts) -> list:
    """"al-Qaida warned it would mount new attacks", "the attack could have been carried out by X": an
    attack with an agent but no target of its own, one more of a series or one named before ("the
    attack"), in a hypothetical or negated clause, targets the last target the document named (this or
    the two sentences before)."""
    from .arguments import noun_subjects

    if rel != "attacks" or not any(c.dep_ == "amod" and c.lower_ in RENEWED or c.dep_ == "det" and c.lower_ in (
            "the", "this", "that") for c in n.children):
        return []
    if _pobjs(n, tuple(opts.get("objects", ())) + ("of",)):
        return []
    subs = noun_subjects(ctx, n, rel)[0]
    gov = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" else n.head if n.dep_ == "dobj" else None
    if not subs and gov is not None and _is_verb(gov) and gov.lemma_.lower() in THREAT_VERBS:
        subs = verb_subjects(ctx, gov)[0]  # "threatened further attacks", "warned of new attacks"
    if not subs:
        return []
    modality = _open_modality(n)
    renewed = any(c.dep_ == "amod" and c.lower_ in RENEWED for c in n.children)
    if modality is None or (renewed and modality == "negated"):
        return []  # "to prevent them from carrying out new attacks": no particular target
    own = {a.actor.id for a in subs}
    return _pairs(rel, subs, [o for o in _recent_target(ctx, n) if o.actor.id not in own], n, "loose", 2,
                  modality=modality)


def repeated_candidates(ctx, v, rels) -> list:
    """"Officials fear Hezbollah could strike again": an attack verb with no object, done again, in a
    hypothetical or negated clause, targets the last target the document named."""
    if not any(rel == "attacks" for rel, _ in rels) or any(
            c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("on", "against", "at"))
            for c in v.children):
        return []
    subs = verb_subjects(ctx, v)[0]
    if not subs:
        return []
    modality = _open_modality(v)
    if modality is None:
        return []
    own = {a.actor.id for a in subs}
    return _pairs("attacks", subs, [o for o in _recent_target(ctx, v) if o.actor.id not in own], v, "loose", 2,
                  modality=modality)
