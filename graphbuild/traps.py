"""Sense traps: a trigger word read in another sense keeps a negated statement of its first sense.

A word that names a relation in one sense and something else in another is a trap for the reader:
"recognize its friendly ties" is no diplomatic recognition (read by :mod:`graphbuild.patterns` with
``not_object_heads``). The same holds where the patterns already turn the reading into another
relation, or where the object says the word is used in another sense. :func:`sense_traps` runs on a
sentence's candidates and keeps, next to the reading in the other sense, a ``negated`` statement
node of the first sense (kind ``trap``), so that nobody reads the word in its first sense as a plain
edge:

* a recognition for a merit ("recognized X for reducing ..."), read as praise, is no diplomatic
  recognition: a negated ``recognizes``;
* a designation of a delegation, an envoy or a coordinator ("announced the designation of a
  Presidential Delegation", "designated X as Special Envoy") is an appointment, not a listing: the
  designation itself becomes a negated ``designates``;
* a rule verb with a particle of another sense ("ruled out a strike on X", "ran out of X") is no rule
  over X: the reading becomes a negated ``governs``.

Examples:
    >>> sense_traps([])
    []
"""

from __future__ import annotations

from dataclasses import replace

__all__ = ["sense_traps", "appointment_candidates", "APPOINTMENT_HEADS", "APPOINTING_WORDS", "RECOGNITION_WORDS"]

#: Recognition words that also name a merit acknowledged: "recognized X for its progress".
RECOGNITION_WORDS = frozenset({"recognize", "recognise", "recognition"})
#: Heads of what a designation appoints, not lists: "the designation of a Presidential Delegation".
APPOINTMENT_HEADS = frozenset({"delegation", "envoy", "coordinator", "nominee", "successor", "ambassador", "negotiator",
                               "emissary", "delegate", "liaison"})
#: Offices a designation appoints to when named as a title: "designated X as Special Representative".
_TITLES = APPOINTMENT_HEADS | {"representative", "chair", "chairman", "chairwoman", "director", "administrator",
                               "czar", "lead", "head", "deputy", "adviser", "advisor", "counselor", "secretary",
                               "spokesperson", "spokesman", "officer"}
_DESIGNATION_WORDS = frozenset({"designate", "designation", "name", "nominate", "nomination"})
#: Designation words whose appointing sense :func:`appointment_candidates` reads when the patterns did not.
APPOINTING_WORDS = frozenset({"designate", "designation"})


def _appointment(cand) -> bool:
    """A designation whose object is a delegation or an envoy, or whose "as" phrase is a title ("as Special
    Envoy"; not "as a leader of X", which lists X's leader)."""
    trig, obj = cand.trigger, cand.object.token
    if trig.lemma_.lower() not in _DESIGNATION_WORDS:
        return False
    if obj is not None and (obj.head if obj.dep_ == "compound" else obj).lemma_.lower() in APPOINTMENT_HEADS:
        return True
    titles = [g for h in [trig, *(t for t in [obj] if t is not None)] for p in h.children
              if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _TITLES and g.text[:1].isupper() and not any(
        c.dep_ == "det" for c in g.children) for g in titles)


#: Rule verbs and the particles that give them another sense: "ruled out a strike", "ran out of fuel".
_RULE_PARTICLES = {"rule": frozenset({"out"}), "run": frozenset({"out", "away", "off"})}


def _phrasal_rule(cand) -> bool:
    """A ``governs`` reading at a rule verb with a particle of another sense ("ruled out a strike on X")."""
    particles = _RULE_PARTICLES.get(cand.trigger.lemma_.lower())
    return bool(particles) and any(c.dep_ == "prt" and c.lower_ in particles for c in cand.trigger.children)


def sense_traps(candidates: list) -> list:
    """``candidates`` with the sense traps of the module docstring: a negated recognition added next to a
    recognition for merit, and a designation that appoints made negated. (An attack in words is only a
    condemnation: :mod:`graphbuild.verbal` and its tests want no ``attacks`` statement there.)"""
    out, seen = [], set()
    for c in candidates:
        if c.relation == "designates" and c.modality != "negated" and _appointment(c):
            c = replace(c, kind="trap", modality="negated")
        if c.relation == "governs" and c.modality != "negated" and _phrasal_rule(c):
            c = replace(c, kind="trap", modality="negated")  # "ruled out a strike on X": no rule over X
        out.append(c)
        lemma = c.trigger.lemma_.lower()
        if c.relation != "praises" or lemma not in RECOGNITION_WORDS or c.modality in ("hypothetical", "negated"):
            continue
        first = "recognizes"
        key = (first, c.subject.actor.id, c.object.actor.id, c.trigger.i)
        if key not in seen:
            seen.add(key)
            out.append(replace(c, relation=first, kind="trap", modality="negated"))
    return out


def appointment_candidates(ctx, t) -> list:
    """"announced the designation of a Presidential Delegation", "designated a delegation": a designation
    word (``t``) whose object is a delegation or an envoy, read as a negated ``designates`` (an
    appointment) when the patterns gave it no reading; [] otherwise."""
    from .arguments import _pobjs, arg_of_token, phrase_args
    from .relations import Candidate, _is_noun, _is_verb
    from .subjects import verb_subjects

    if _is_noun(t):
        heads = _pobjs(t, ("of",))
        subs = [a for c in t.children if c.dep_ == "poss" for a in [arg_of_token(ctx, c)] if a]
        if not subs and t.dep_ == "dobj" and _is_verb(t.head):
            subs = verb_subjects(ctx, t.head)[0]  # "X announced the designation of ..."
    elif _is_verb(t):
        heads = [c for c in t.children if c.dep_ == "dobj"]
        subs = verb_subjects(ctx, t)[0]
    else:
        return []
    objs = [a for h in heads if h.lemma_.lower() in APPOINTMENT_HEADS for a in phrase_args(ctx, h)]
    return [Candidate("designates", s, o, t, "trap", 1, modality="negated")
            for s in subs for o in objs if s.actor.id != o.actor.id]
