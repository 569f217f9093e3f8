"""Statements whose actors are not in the act's own clause, kept only as hypothetical or negated.

The rules read an actor from the context when the act's own clause does not name it, and are used
only for clauses that are hypothetical or negated, so an uncertain reading never becomes a plain
edge:

* a pending pact with no parties of its own relates the subject's actors ("X and Y were on the
  brink of a deal"; "They were on the verge of a deal" after X and Y held talks: both sides);
* "X is not a recognized political party" is a negated recognition by the state named last in
  this or the two sentences before;
* "X built a missile capable of reaching Y", "X tested missiles that could reach Y": X's possible
  attack on Y;
* a reprisal with no target targets the subject of its condition or of the sentence's other clause
  ("threatened retaliation if X deploys troops", "U.S. officials seized the compound, and Russia
  threatened retaliation"; "fears of retaliation by Beijing").

The readings the patterns leave out entirely (no candidate at the trigger) live in
:mod:`graphbuild.prospects`.
"""

from __future__ import annotations

from .arguments import phrase_args, verb_subjects
from .patterns import _pairs
from .relations import Arg, _is_verb

__all__ = ["loose_parties", "unrecognized_candidates", "weapon_reach_candidates", "reprisal_target",
           "RECOGNIZED", "WEAPONS", "REACH_VERBS", "REPRISALS"]


def loose_parties(ctx, rel, n) -> list:
    """"They were on the verge of a deal", "the two sides are close to an agreement": a symmetric
    relation noun with no parties of its own, in a hypothetical or negated clause, relates the two
    or more actors that are the subject of the verb above it. Never used for asserted clauses."""
    from .modality import modality_of
    from .patterns import _symmetric

    modality, _ = modality_of(n)
    if modality not in ("hypothetical", "negated"):
        return []
    t = n
    for _ in range(5):
        if t.head.i == t.i or t.dep_ not in ("pobj", "prep", "dobj", "attr", "acomp"):
            return []
        t = t.head
        if _is_verb(t) or t.pos_ == "AUX":
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            subs = [a for c in subj for a in phrase_args(ctx, c)]
            memory = getattr(ctx, "memory", None)
            if len(subj) == 1 and subj[0].lower_ == "they" and memory is not None and len(memory.parties) == 2 \
                    and memory.sentence - memory.parties_at <= 2 and all(
                        {a.actor.id, a.actor.acts_for} & {p.actor.id for p in memory.parties} for a in subs):
                # "X and Y held talks. They were on the verge of a deal": both sides, not the nearer one
                subs = [Arg(a.actor, subj[0], True, "parties") for a in memory.parties]
            if len({a.actor.id for a in subs}) >= 2:
                return _symmetric(rel, subs, n, "loose", 2, modality=modality)
            return []
    return []


#: Participles that say an actor has a recognizer's standing ("a recognized political party").
RECOGNIZED = frozenset({"recognized", "recognised"})


def unrecognized_candidates(ctx, t) -> list:
    """"X is not a recognized political party" (after "Y's political process"): Y does not recognize X.

    The recognizer is implicit; it is read as the state named last in this or the two sentences
    before, and the statement is kept negated (never a plain edge).
    """
    if t.lower_ not in RECOGNIZED or t.dep_ != "amod":
        return []
    n = t.head
    if n.dep_ != "attr" or n.head.lemma_ != "be":
        return []
    from .sentences import sentences_before

    cop = n.head
    if not any(c.dep_ == "neg" for c in cop.children):
        return []
    objs = [a for c in cop.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
    own = {a.actor.id for a in objs}
    starts = [s.start for s in sentences_before(t)]
    lo = starts[-3] if len(starts) >= 3 else 0
    for tok in reversed(t.doc[lo:t.i]):
        m = ctx.index.get(tok.i)
        if m is not None and m.actor.type == "State" and m.actor.id not in own:
            return _pairs("recognizes", [Arg(m.actor, tok, True, "context")], objs, t, "loose", 2,
                          modality="negated")
    return []


#: Weapons whose range is a threat ("a missile capable of reaching X") and the verbs of that range.
WEAPONS = frozenset({"missile", "rocket", "icbm", "warhead", "bomber", "drone", "weapon"})
REACH_VERBS = frozenset({"reach", "hit", "strike", "target"})


def weapon_reach_candidates(ctx, t) -> list:
    """"X built a missile capable of reaching Y", "X tested missiles that could reach Y": X's possible
    attack on Y (hypothetical, never a plain edge). The owner is the weapon's possessor or the subject
    of the verb it is the object of (no climbing: an owner further away is too uncertain)."""
    if t.lemma_.lower() not in REACH_VERBS or not _is_verb(t):
        return []
    weapon = None
    if t.dep_ == "pcomp" and t.head.lower_ == "of" and t.head.head.lemma_.lower() == "capable":
        weapon = t.head.head.head  # "a missile capable of reaching Y"
    elif t.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in ("could", "can", "might", "may", "would")
                                   for c in t.children):
        weapon = t.head  # "missiles that could reach Y"
    if weapon is None or weapon.lemma_.lower() not in WEAPONS:
        return []
    objs = [a for c in t.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)
            if a.actor.type == "State"]
    for _ in range(3):  # "tested missiles, including ICBMs that could reach Y": the listed weapons' owner
        if weapon.dep_ == "pobj" and weapon.head.lower_ in ("including", "like", "as") \
                and weapon.head.head.lemma_.lower() in WEAPONS:
            weapon = weapon.head.head
        elif weapon.dep_ in ("appos", "conj") and weapon.head.lemma_.lower() in WEAPONS:
            weapon = weapon.head
        else:
            break
    subs = [a for c in weapon.children if c.dep_ == "poss" for a in phrase_args(ctx, c)]
    if not subs and weapon.dep_ == "dobj" and _is_verb(weapon.head):  # its own subject only: no climbing
        subs = [a for c in weapon.head.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
    own = {a.actor.id for a in subs}
    return _pairs("attacks", subs, [o for o in objs if o.actor.id not in own], t, "loose", 2,
                  modality="hypothetical")


#: Acts that answer someone else's act: with no target named, they target whoever acted.
REPRISALS = frozenset({"retaliation", "retaliate", "reprisal", "retribution", "revenge", "counterattack"})


def reprisal_target(ctx, n, subs) -> list:
    """"X held off on sanctions, given fears of retaliation by Y", "U.S. officials seized the compound,
    and Russia threatened retaliation": a reprisal with no named target, in a hypothetical or negated
    clause, targets the subject of the condition it is threatened under ("threatened retaliation if X
    deploys troops"), else of the sentence's other (main or coordinated) clause; with no agent of
    its own, the subject of the verb it is the object of does it. Never used for asserted clauses, and
    never the reprisal's own agent.

    Returns:
        The hypothetical or negated attack candidates (empty when the rule does not apply).
    """
    from .modality import load_modality_cues, modality_of

    if n.lemma_.lower() not in REPRISALS:
        return []
    if not subs and n.dep_ == "dobj" and _is_verb(n.head):
        subs = verb_subjects(ctx, n.head)[0]
    elif not subs and n.dep_ == "nsubj" and n.head.dep_ == "ccomp" and _is_verb(n.head.head) and n.i < n.head.i \
            and n.head.head.i < n.i:  # a parse slip: "threatened retaliation over what it said are ..."
        subs = verb_subjects(ctx, n.head.head)[0]
    if not subs:
        return []
    modality, _ = modality_of(n.head if n.dep_ in ("nsubj", "nsubjpass") and _is_verb(n.head) else n)
    if modality not in ("hypothetical", "negated"):
        return []
    own = {a.actor.id for a in subs}
    root = n
    while root.head.i != root.i:
        root = root.head
    gov = n.head if _is_verb(n.head) else None  # "threatened retaliation if NATO deploys troops": NATO
    conditions = [c for c in (gov.children if gov is not None else ()) if c.dep_ == "advcl" and _is_verb(c)
                  and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "once") for m in c.children)]
    clauses = conditions + [root] + [c for c in root.children if c.dep_ == "conj" and _is_verb(c)]
    cues = load_modality_cues()
    for v in clauses:
        if n in v.subtree and (v.i != root.i or v.lemma_ in cues.speech_verbs | cues.hedge_verbs):
            continue  # "X suggested the reason is fear of Syrian retribution": X speaks, no one is targeted
        found = [a for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for a in phrase_args(ctx, c)
                 if a.actor.id not in own and a.actor.type not in ("Place",)]
        if found and not any(a.actor.id in own for c in v.children if c.dep_ == "nsubj"
                             for a in phrase_args(ctx, c)):
            return _pairs("attacks", subs, found, n, "loose", 2, modality=modality)
    return []
