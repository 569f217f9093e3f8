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
* a reprisal with no target targets the subject of the sentence's other clause ("U.S. officials
  seized the compound, and Russia threatened retaliation"; "fears of retaliation by Beijing").

:func:`context_candidates` adds, per sentence, the readings the patterns leave out (only for
triggers that gave no candidate, and only when the clause is hypothetical or negated):

* a prospect with no agent of its own is the act of whoever talks of or plans it ("Trump's talk of
  a possible attack on X"), or of a bill's lawmakers ("It would impose sanctions on X", after "the
  ... Act");
* an act guarded against ("protect X from attacks by Y") targets the one protected;
* a gerund or infinitive denied or weighed ("Russia denied meddling in the U.S. election", "X is
  weighing whether to designate Y") is done by the subject of the verb above it;
* "X has a right to defend itself" is X's possible strike on whoever attacked it;
* "it might not be the work of X" (of an attack): X's possible attack on the attack's target;
* "X said it was not responsible for the attack": X's denied attack on the attack's target;
* "X warned it would mount new attacks": on the target of the attacks the document just named.
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args, verb_subjects
from .patterns import _pairs
from .relations import ACTORISH, Arg, _is_noun, _is_verb

__all__ = ["loose_parties", "unrecognized_candidates", "weapon_reach_candidates", "reprisal_target",
           "context_candidates", "RECOGNIZED", "WEAPONS", "REACH_VERBS", "REPRISALS", "PROTECT_VERBS",
           "PROSPECT_HOLDERS", "REFLEXIVES", "RENEWED", "THREAT_VERBS"]


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
    from .sentences import sentences_before

    n = t.head
    if t.lower_ not in RECOGNIZED or t.dep_ != "amod" or n.dep_ != "attr" or n.head.lemma_ != "be":
        return []
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
    clause, targets the subject of the sentence's other (main or coordinated) clause; with no agent of
    its own, the subject of the verb it is the object of does it. Never used for asserted clauses, and
    never the reprisal's own agent.

    Returns:
        The hypothetical or negated attack candidates (empty when the rule does not apply).
    """
    from .modality import modality_of

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
    clauses = [root] + [c for c in root.children if c.dep_ == "conj" and _is_verb(c)]
    for v in clauses:
        if n in v.subtree and v.i != root.i:
            continue
        found = [a for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for a in phrase_args(ctx, c)
                 if a.actor.id not in own and a.actor.type not in ("Place",)]
        if found and not any(a.actor.id in own for c in v.children if c.dep_ == "nsubj"
                             for a in phrase_args(ctx, c)):
            return _pairs("attacks", subs, found, n, "loose", 2, modality=modality)
    return []


#: Verbs that guard against what their "from/against" phrase names: "protect X from attacks by Y".
PROTECT_VERBS = frozenset({"protect", "shield", "safeguard", "guard", "insulate", "secure"})
#: Nouns whose possessor speaks of or plans the prospect below them ("Trump's talk of an attack on X").
PROSPECT_HOLDERS = frozenset({"talk", "threat", "plan", "proposal", "call", "warning", "idea", "push", "demand",
                              "vow", "pledge", "promise", "bid", "consideration", "rhetoric", "suggestion",
                              "discussion", "option", "decision", "order", "intention"})
#: Objects of "defend" that make it self-defence: "Israel has a right to defend itself".
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})
_LIST_WORDS = frozenset({"act", "bill", "legislation", "measure", "law", "amendment", "resolution"})


def context_candidates(sent, ctx, found) -> list:
    """The readings of one sentence that the patterns leave out, for triggers that gave no candidate
    in ``found``; every one is hypothetical or negated (see the module docstring).

    Args:
        sent: The sentence span.
        ctx: The document's :class:`~graphbuild.relations.Context`.
        found: The candidates the patterns read in this sentence.

    Returns:
        More candidates, each with its modality set (never asserted).
    """
    from .patterns import _title_case

    if _title_case(sent):  # headlines parse poorly: the patterns keep only direct readings there
        return []
    done = {c.trigger.i for c in found}
    nouns, verbs = ctx.lex.nouns, ctx.lex.verbs
    out = []
    for t in sent:
        if t.i in done or t.tag_ in ("NNP", "NNPS") or t.i in ctx.index:
            continue
        lemma = t.lemma_.lower()
        if lemma == "defend" and _is_verb(t):
            out += self_defense_candidates(ctx, t)
        elif lemma == "work" and t.dep_ == "attr":
            out += work_of_candidates(ctx, t)
        elif (lemma == "responsible" and t.dep_ == "acomp" or lemma == "behind" and t.dep_ == "prep") \
                and t.head.lemma_ == "be":
            out += disowned_candidates(ctx, t)
        elif lemma in nouns and _is_noun(t):
            for rel, opts in nouns[lemma]:
                out += prospect_candidates(ctx, t, rel, opts) or protected_candidates(ctx, t, rel) \
                    or renewed_candidates(ctx, t, rel, opts)
        elif lemma in verbs and _is_verb(t.head) and (t.dep_ == "dobj" and t.tag_ == "VBG" or t.dep_ == "ccomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
            for rel, opts in verbs[lemma]:
                out += gerund_candidates(ctx, t, rel, opts)
    return [c for c in out if c.subject.actor.type in ACTORISH and c.object.actor.type in ACTORISH]


def _open_modality(t) -> str | None:
    from .modality import modality_of

    modality, _ = modality_of(t)
    return modality if modality in ("hypothetical", "negated") else None


def _own_agent(ctx, n) -> bool:
    """The event noun names who does it ("Iran's attack", "attacks by Y", "a U.S. strike")."""
    return any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < n.i and arg_of_token(ctx, c) is not None
               for c in n.children) or bool(_pobjs(n, ("by",)))


def prospect_candidates(ctx, n, rel, opts) -> list:
    """"Trump's talk about the possibility of an attack on X", "It would impose sanctions on X" (after
    "the ... Act"): a relation noun with an object but no agent, in a hypothetical or negated clause, is
    the act of the possessor of a noun above it that speaks of or plans it, or of a bill's lawmakers
    named in this or the two sentences before. Climbing stops at the first verb with a subject."""
    from .arguments import _legislators_before

    if _own_agent(ctx, n):
        return []
    preps = tuple(p for p in opts.get("objects", ()) if p not in ("targeting", "in", "at"))
    objs = [a for p in _pobjs(n, preps) for a in phrase_args(ctx, p)]
    if not objs:
        return []
    subs, t = [], n
    for _ in range(6):
        if t.head.i == t.i:
            break
        t = t.head
        if _is_verb(t):
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if rel == "designates" and subj and _names_bill(subj[0]):
                subs = _legislators_before(ctx, subj[0])  # "It would also impose sanctions on X"
            if subj:
                break
        elif _is_noun(t) and t.lemma_.lower() in PROSPECT_HOLDERS:
            subs = [a for c in t.children if c.dep_ in ("poss", "compound", "amod") and c.i < t.i
                    for a in [arg_of_token(ctx, c)] if a]
            if subs:
                break
    if not subs:
        return []
    modality = _open_modality(n)
    if modality is None:
        return []
    own = {a.actor.id for a in subs}
    return _pairs(rel, subs, [o for o in objs if o.actor.id not in own], n, "loose", 2, modality=modality)


def _names_bill(subj) -> bool:
    """A subject that is a bill: "the measure", "the legislation", or "it" right after a sentence whose
    subject is one ("The ... Act would strengthen X. It would also impose ...")."""
    from .sentences import sentences_before

    if subj.lemma_.lower() in _LIST_WORDS:
        return True
    if subj.lower_ != "it":
        return False
    before = sentences_before(subj)
    if len(before) < 2:
        return False
    prev = before[-2]
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(w.lemma_.lower() in _LIST_WORDS for w in c.subtree)
               for c in prev.root.children)


def protected_candidates(ctx, n, rel) -> list:
    """"protect the United States from attacks by militants": the attack guarded against is a possible
    attack by its agent on the one protected (hypothetical; an attack with a target of its own is left
    to the patterns)."""
    from .patterns import _event_agent

    if rel != "attacks" or n.dep_ != "pobj" or n.head.lower_ not in ("from", "against") \
            or _pobjs(n, ("on", "against", "of")):
        return []
    v = n.head.head
    if not _is_verb(v) or v.lemma_.lower() not in PROTECT_VERBS:
        return []
    objs = [a for c in v.children if c.dep_ in ("dobj", "nsubjpass") for a in phrase_args(ctx, c)]
    subs = _event_agent(ctx, n)
    own = {a.actor.id for a in subs}
    modality = "negated" if _open_modality(n) == "negated" else "hypothetical"
    return _pairs(rel, subs, [o for o in objs if o.actor.id not in own], n, "loose", 2, modality=modality)


def gerund_candidates(ctx, v, rel, opts) -> list:
    """"Russia denied meddling in the U.S. election", "X is weighing whether to designate Y": a trigger verb
    taken as the object of a verb that denies or weighs it (a gerund, or an infinitive clause with no
    subject of its own) is done by that verb's subject (kept only when the clause is hypothetical or
    negated)."""
    from .patterns import _context_ok

    from .sentences import sentence_of

    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or opts.get("symmetric_only") \
            or not _context_ok(sentence_of(v).text.lower(), opts):
        return []
    objs = [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
    objs += [a for p in _pobjs(v, tuple(opts.get("objects", ()))) for a in phrase_args(ctx, p)]
    if not objs:
        return []
    modality = _open_modality(v)
    if modality is None:
        return []
    subs = verb_subjects(ctx, v.head)[0]
    own = {a.actor.id for a in subs}
    return _pairs(rel, subs, [o for o in objs if o.actor.id not in own], v, "loose", 1, modality=modality)


def self_defense_candidates(ctx, v) -> list:
    """"Israel has a right to defend itself (against Hamas)": a possible strike by the defender on whom
    it defends itself against, else on the last attacker of the defender the document named. A right
    or an intention is hypothetical; an asserted defence is left alone."""
    if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in v.children):
        return []
    modality = _open_modality(v)
    if modality is None and v.dep_ == "acl" and v.head.lemma_.lower() == "right":
        modality = "hypothetical"  # "has a right to defend itself"
    if modality is None:
        return []
    subs = verb_subjects(ctx, v)[0]
    if not subs and v.dep_ == "acl" and v.head.dep_ == "dobj" and _is_verb(v.head.head):
        subs = verb_subjects(ctx, v.head.head)[0]
    own = {a.actor.id for a in subs}
    objs = [a for p in _pobjs(v, ("against",)) for a in phrase_args(ctx, p)]
    if not objs and own & {a.actor.id for a in ctx.memory.targets}:
        objs = list(ctx.memory.attackers)
    return _pairs("attacks", subs, [o for o in objs if o.actor.id not in own], v, "loose", 2, modality=modality)


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
        targets = [a for q in _pobjs(s, ("on", "against", "in", "at")) for a in phrase_args(ctx, q)]
        targets = targets or (_recent_target(ctx, s) if any(
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


def _recent_target(ctx, tok) -> list:
    """The target of the last attack named before ``tok`` in its sentence or the two before ("twin
    bombings on X ... it might not be the work of Y"), else the event memory's last target."""
    from .patterns import _event_nouns
    from .sentences import sentences_before

    events = _event_nouns(ctx)
    starts = [x.start for x in sentences_before(tok)]
    lo = starts[-3] if len(starts) >= 3 else 0
    for t in reversed(tok.doc[lo:tok.i]):
        if t.lemma_.lower() in events and t.pos_ == "NOUN":
            found = [a for q in _pobjs(t, ("on", "against", "in", "at", "near", "across")) for a in phrase_args(ctx, q)
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
                          [c for c in t.children if c.dep_ == "pobj"]) if p.lemma_.lower() in _event_nouns(ctx)]
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
    e = events[0]
    targets = [a for q in _pobjs(e, ("on", "against", "in", "at")) for a in phrase_args(ctx, q)]
    if not targets and not any(c.dep_ == "poss" or c.lower_ in ("a", "an", "any") for c in e.children):
        targets = _recent_target(ctx, e)  # "the attack": the one the document is about
    own = {a.actor.id for a in subs}
    return _pairs("attacks", subs, [o for o in targets if o.actor.id not in own], t, "loose", 2, modality=modality)


#: Modifiers that make an attack one more of a series ("new attacks"): its target is the series' target.
RENEWED = frozenset({"new", "further", "more", "fresh", "additional", "renewed", "repeated"})
#: Verbs whose subject is the agent of the attacks they announce ("threatened further attacks").
THREAT_VERBS = frozenset({"threaten", "vow", "promise", "pledge", "plan", "warn", "announce", "prepare"})


def renewed_candidates(ctx, n, rel, opts) -> list:
    """"al-Qaida warned it would mount new attacks", "X threatened further strikes": an attack with an
    agent but no target of its own, one more of a series, in a hypothetical or negated clause, targets
    the last target the document named (this or the two sentences before)."""
    from .arguments import noun_subjects

    if rel != "attacks" or not any(c.dep_ == "amod" and c.lower_ in RENEWED for c in n.children):
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
    if modality is None:
        return []
    own = {a.actor.id for a in subs}
    return _pairs(rel, subs, [o for o in _recent_target(ctx, n) if o.actor.id not in own], n, "loose", 2,
                  modality=modality)
