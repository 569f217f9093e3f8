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
  threatened retaliation"; "fears of retaliation by Beijing");
* "X will not attend the summit hosted by Y", "Y will host talks on Z ... X is due to attend": X's
  planned or refused meeting with the host of the gathering it attends (or of the last one named);
* "X appealed for the help of Y", "X may seek assistance from Y": X's possible cooperation with Y;
* "hopes of a thaw in relations between X and Y": the parties of the relations the pact noun is about;
* "X says there is no evidence that Y was responsible for the attack": X's denied blame of Y.

The readings the patterns leave out entirely (no candidate at the trigger) live in
:mod:`graphbuild.prospects`, which also runs the last three rules above.
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args, verb_subjects
from .patterns import _pairs
from .relations import Arg, _is_noun, _is_verb

__all__ = ["loose_parties", "unrecognized_candidates", "weapon_reach_candidates", "reprisal_target",
           "attendance_candidates", "help_request_candidates", "help_nouns", "nested_between_candidates",
           "denied_blame_candidates", "DENYING_VERBS",
           "RECOGNIZED", "WEAPONS", "REACH_VERBS", "REPRISALS", "ATTEND_VERBS", "GATHERINGS", "HOST_VERBS",
           "REQUEST_VERBS"]


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


#: Verbs of taking part in a gathering: "X will attend the summit (hosted by Y)".
ATTEND_VERBS = frozenset({"attend"})
#: Gatherings that have a host: "the summit hosted by Y", "Y will host a conference".
GATHERINGS = frozenset({"meeting", "summit", "conference", "talk", "talks", "session", "gathering", "forum",
                        "negotiation", "negotiations", "dinner", "ceremony"})
#: Verbs whose agent or subject is a gathering's host.
HOST_VERBS = frozenset({"host", "convene", "organize", "organise", "chair", "call"})


def _host_of(ctx, e) -> list:
    """Who hosts the gathering ``e``: "the summit hosted by Y", "the meeting is hosted by Y", "Y will host
    a meeting"."""
    for c in e.children:
        if c.dep_ == "acl" and c.lemma_.lower() in HOST_VERBS:
            return verb_subjects(ctx, c)[0]
    h = e.head
    if e.dep_ in ("nsubjpass", "dobj") and _is_verb(h) and h.lemma_.lower() in HOST_VERBS:
        return verb_subjects(ctx, h)[0]
    return []


def _last_gathering(ctx, v) -> list:
    """The hosts of the last gathering with a host named before ``v`` in its sentence or the six before."""
    from .sentences import sentences_before

    starts = [x.start for x in sentences_before(v)]
    lo = starts[-7] if len(starts) >= 7 else 0
    for t in reversed(v.doc[lo:v.i]):
        if t.lemma_.lower() in GATHERINGS and _is_noun(t):
            hosts = _host_of(ctx, t)
            if hosts:
                return hosts
    return []


def attendance_candidates(ctx, v) -> list:
    """"Israel will not attend the meeting hosted by Britain", "Britain will host a summit on X ... Russia
    is due to attend": the attendant meets the host of the gathering it attends (its object, else the last
    one the document named with a host), kept only when the attendance is hypothetical or negated."""
    from .prospects import _open_modality

    modality = _open_modality(v)
    if modality is None:
        return []
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if objs and not any(o.lemma_.lower() in GATHERINGS for o in objs):
        return []  # "will not attend school"
    hosts = [a for o in objs for a in _host_of(ctx, o)] if objs else _last_gathering(ctx, v)
    subs = verb_subjects(ctx, v)[0]
    if not subs and v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.head.lemma_ == "be":
        # "Also due to attend are X and Y": the attendants follow "be"
        subs = [a for c in v.head.head.children if c.dep_ in ("attr", "nsubj") for a in phrase_args(ctx, c)]
    own = {a.actor.id for a in subs}
    return _pairs("meets", subs, [h for h in hosts if h.actor.id not in own], v, "loose", 2, modality=modality)


#: Verbs of asking for help: "X appealed for the help of Y", "X sought assistance from Y".
REQUEST_VERBS = frozenset({"seek", "ask", "appeal", "request", "call", "beg", "solicit", "want", "need",
                           "look", "turn"})


def help_nouns(ctx) -> frozenset:
    co = ctx.lex.raw["cooperates"].get("co_agent", {})
    return frozenset(co.get("backing_nouns", ()))


def help_request_candidates(ctx, n) -> list:
    """"X appealed for the help of Y", "X may seek assistance from Y", "X asked Y for support": the one who
    asks cooperates with the one asked (hypothetical: help asked for is not help given)."""
    from .prospects import _open_modality, _own_agent

    if _own_agent(ctx, n) and not _pobjs(n, ("from",)):
        return []
    v = n.head.head if n.dep_ == "pobj" and n.head.dep_ == "prep" else n.head if n.dep_ == "dobj" else None
    if v is None or not _is_verb(v) or v.lemma_.lower() not in REQUEST_VERBS:
        return []
    helpers = [a for p in _pobjs(n, ("of", "from")) for a in phrase_args(ctx, p)]
    helpers += [a for c in n.children if c.dep_ == "poss" for a in [arg_of_token(ctx, c)] if a]
    if v.lemma_.lower() in ("ask", "turn", "appeal", "call", "look"):
        helpers += [a for c in v.children if c.dep_ == "dobj" and c.i != n.i for a in phrase_args(ctx, c)]
        helpers += [a for p in _pobjs(v, ("to", "on", "from")) for a in phrase_args(ctx, p)]
    if not helpers:
        return []
    modality = _open_modality(n)
    if modality is None:
        return []
    subs = verb_subjects(ctx, v)[0]
    own = {a.actor.id for a in subs}
    return _pairs("cooperates", subs, [h for h in helpers if h.actor.id not in own], n, "loose", 2,
                  modality=modality)


_RELATIONS = frozenset({"relation", "relations", "tie", "ties", "relationship"})


def nested_between_candidates(ctx, n, rel, opts) -> list:
    """"hopes of a thaw in relations between X and Y": a relation noun taken "between" its parties whose
    parties sit in its "in/of relations" phrase relates them, kept only when hypothetical or negated."""
    from .patterns import _symmetric
    from .prospects import _open_modality

    if not opts.get("between"):
        return []
    inner = [p for p in _pobjs(n, ("in", "of")) if p.lemma_.lower() in _RELATIONS or p.lower_ in _RELATIONS]
    parties = [a for p in inner for q in _pobjs(p, ("between",)) for a in phrase_args(ctx, q)]
    if len({a.actor.id for a in parties}) < 2:
        return []
    modality = _open_modality(n)
    if modality is None:
        return []
    return _symmetric(rel, parties, n, "loose", 2, modality=modality)


#: Verbs whose subject denies what their object or clause says: "rejected claims that X was behind it".
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebuff", "dispute", "say", "insist"})


def denied_blame_candidates(ctx, t) -> list:
    """"Russia says there is no evidence to show Damascus was responsible for the attack", "Moscow
    rejected claims that Damascus was behind it": whoever says so does not blame the one named (a
    negated or open blame; the clause must be hypothetical or negated). The one named may be parsed as
    the object of the verb above ("to show Damascus was responsible"). Not when the two are one
    ("X said it was not behind the attack": a denied attack, read by :mod:`graphbuild.prospects`)."""
    from .prospects import _open_modality

    be = t.head
    named = [a for c in be.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
    if not named and not any(c.dep_ in ("nsubj", "expl") for c in be.children) and be.dep_ == "ccomp":
        named = [a for c in be.head.children if c.dep_ == "dobj" and c.i < be.i for a in phrase_args(ctx, c)]
    if not named:
        return []
    blamers = list(ctx.speaker_of(t))
    g = be
    for _ in range(8):
        if blamers or g.head.i == g.i:
            break
        g = g.head
        if _is_verb(g) and g.lemma_.lower() in DENYING_VERBS:
            blamers = verb_subjects(ctx, g)[0]
    own = {a.actor.id for a in blamers}
    named = [a for a in named if a.actor.id not in own]
    if not blamers or not named:
        return []
    modality = _open_modality(t)
    if modality is None:
        return []
    return _pairs("blames", blamers, named, t, "loose", 2, modality=modality)
