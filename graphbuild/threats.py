"""Threats: an act announced as a warning warns the one it would hit.

"Al-Qaeda warned that it would mount new attacks on Iraq", "X threatened to start targeting Y",
"X threatened sanctions against Y": the attack or sanction read in the warning's clause is only a
prospect (a hypothetical statement), but the warning itself is made, and made to its target. The
warner must be the one who would act ("Russia warned that Ukraine would attack Crimea" warns no one
of Russia's acts, and "warned Russia against attacking Y" is a warning to Russia, read elsewhere).

Read after the sentence's other candidates (:func:`threat_candidates`), from the attacks and
designations already found, so it costs nothing in a sentence without them. Whom a warn/threaten verb
without its own object threatens ("threatened sanctions on X", "warned it would retaliate against X")
is :func:`threatened_parties`, used by the verb patterns of :mod:`graphbuild.patterns`.

Examples:
    >>> sorted(WARN_VERBS)
    ['threaten', 'warn']
"""

from __future__ import annotations

__all__ = ["WARN_VERBS", "threat_candidates", "threatened_parties"]

#: Verbs of warning whose clause can hold the threatened act.
WARN_VERBS = frozenset({"warn", "threaten"})
#: Relations whose act, announced, is a threat.
_HOSTILE = frozenset({"attacks", "designates"})
#: Dependencies climbed from the act to the warning verb ("to start targeting", "that it would mount attacks").
_CLIMB = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj", "advcl"})
#: Who can be warned.
_WARNED = frozenset({"State", "ArmedGroup", "Organization", "GovernmentOrgan", "Person"})


def _warning_verb(tok):
    """The warn/threaten verb whose clause holds ``tok`` (at most five steps up), else None."""
    for _ in range(5):
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_ in WARN_VERBS and tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def threat_candidates(ctx, candidates: list) -> list:
    """``warns`` candidates for the attacks and designations of ``candidates`` announced by their own
    actor in a warning ("X warned it would attack Y": X warns Y).

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        candidates: The sentence's candidates so far.

    Returns:
        New ``warns`` candidates (none for pairs the sentence already warns).
    """
    acts = [c for c in candidates if c.relation in _HOSTILE and c.modality != "negated"]
    if not acts:
        return []
    from .relations import Candidate
    from .subjects import verb_subjects

    warned = {(c.subject.actor.id, c.object.actor.id) for c in candidates if c.relation == "warns"}
    out = []
    for c in acts:
        if c.object.actor.type not in _WARNED or (c.subject.actor.id, c.object.actor.id) in warned:
            continue
        verb = _warning_verb(c.trigger)
        if verb is None:
            continue
        warners, hops = verb_subjects(ctx, verb)
        if c.subject.actor.id not in {a.actor.id for a in warners}:
            continue  # "X warned that Y would attack Z": Y's act, not X's threat
        if any(w.dep_ == "dobj" for w in verb.children) and verb.lemma_ == "warn":
            continue  # "X warned Y against / that ...": the one warned is named (read elsewhere)
        warned.add((c.subject.actor.id, c.object.actor.id))
        out.append(Candidate("warns", c.subject, c.object, verb, "verb", hops + 1))
    return out


def threatened_parties(ctx, v, obj_toks) -> list:
    """Whom a threat is made against: "threatened to strike X", "threatened sanctions on X",
    "warned it would retaliate against X" (the threatened act itself is a hypothetical statement)."""
    from .arguments import _pobjs, arg_of_token, phrase_args
    from .relations import _is_verb
    from .subjects import verb_subjects

    def hostile(t, table) -> bool:
        return any(r in _HOSTILE for r, _ in table.get(t.lemma_.lower(), ()))

    out = []
    for o in obj_toks:  # "threatened retaliation against X", "threatened sanctions on X"
        if arg_of_token(ctx, o) is None and hostile(o, ctx.lex.nouns):
            out += [a for p in _pobjs(o, ("on", "against")) for a in phrase_args(ctx, p)]
    subject_ids = {a.actor.id for a in verb_subjects(ctx, v)[0]}
    for x in v.children:
        if x.dep_ not in ("xcomp", "ccomp") or not (_is_verb(x) or x.pos_ == "NOUN") or not hostile(x, ctx.lex.verbs):
            continue
        if x.dep_ == "ccomp" and not subject_ids >= {a.actor.id for a in verb_subjects(ctx, x)[0]}:
            continue  # "warned that Russia would attack X" warns nobody of X's side
        out += [a for c in x.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
        out += [a for p in _pobjs(x, ("against", "on", "at")) for a in phrase_args(ctx, p)]
    return out
