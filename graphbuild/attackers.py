"""Attacks read from what an attacker did, not from an attack verb (who an attack is pinned on,
by a charge, a claim or a name, is in :mod:`graphbuild.culprits`).

The readings, driven by the ``attacks`` section of ``data/triggers.yaml``:

* **Acts with an instrument** (``instrument_verbs``): "drove a truck into a crowd in X", "set off
  bombs in X", "planted a bomb at X". The act is an attack on the actor or place named in its
  place phrase (``instrument_preps``); a vehicle needs harm nearby (people in its path, a killing
  or an attack word), so that driving a car through a city is no attack.
* **Campaigns and defence**: a violent campaign, or one against an armed group ("X's violent
  campaign against Y"), a violent operation in a state ("X's military operations in Y"), and a
  defence going on ("X is defending its citizens against Y": both fight).
* **Hostages**: "took two American citizens hostage", "held X captive": the captor attacks the
  captives (a people's citizens stand for their state), else the place they were seized in.
* **Across sentences**: "this cowardly attack on X" takes the attacker just reported
  (:func:`anaphoric_attackers`); "the attack" with no target the last target, or the place of a
  blast just named (:func:`remembered_targets`).

Each rule starts at one trigger token of a sentence, so sentences without one cost a set lookup
per token. Used by :mod:`graphbuild.patterns`.

Examples:
    >>> from graphbuild.relations import load_lexicon
    >>> "drive" in attack_act_words(load_lexicon()), "suspect" in attack_act_words(load_lexicon())
    (True, True)
"""

from __future__ import annotations

from .arguments import (
    _passive,
    _pobjs,
    arg_of_token,
    noun_subjects,
    phrase_args,
    verb_subjects,
)
from .relations import Arg, Candidate, Context, _dedupe, _is_noun, _is_verb

__all__ = ["attack_act_words", "attack_act_candidates", "remember_attack", "remembered_targets", "anaphoric_attackers"]

#: Words that show a vehicle was driven at people: harm done or people in its path.
_HARM = frozenset({"kill", "injure", "wound", "crush", "mow", "maim", "hurt", "hit", "strike", "run"})
_PEOPLE = frozenset({"crowd", "throng", "people", "pedestrian", "cyclist", "shopper", "protester", "worshipper",
                     "marketgoer", "tourist", "reveler", "reveller", "spectator", "passerby", "bystander",
                     "civilian", "student", "child", "market", "festival", "parade"})
_ATTACK_WORDS = ("attack", "terror", "ramming", "rampage", "deliberately")
_TARGET_TYPES = frozenset({"State", "Place", "GovernmentOrgan", "Organization", "ArmedGroup", "Person"})
#: What a defender defends in a fight ("defending its citizens against X"), and what it defends
#: them against when the attacker only modifies it ("against Hamas terrorism").
_DEFENDED = frozenset({"itself", "themselves", "ourselves", "citizen", "people", "country", "territory", "border",
                       "sovereignty", "homeland", "nation", "population", "civilian", "city", "town", "land"})
_AGGRESSION = frozenset({"terrorism", "attack", "aggression", "invasion", "onslaught", "assault", "offensive"})
#: Verbs that take or hold people "hostage" or "captive" ("took two Americans hostage").
_CAPTORS = frozenset({"take", "hold", "keep", "seize"})
_HOSTAGE = frozenset({"hostage", "hostages", "captive", "captives"})
_WORDS: dict = {}  # id of a lexicon's raw data -> its trigger words
_WATERS = frozenset({"Sea", "Ocean", "Gulf", "Strait", "Straits", "Channel", "Bay", "River", "Canal"})


def attack_act_words(lex) -> frozenset:
    """The lemmas at which :func:`attack_act_candidates` can find something (a cheap pre-check)."""
    words = _WORDS.get(id(lex.raw))
    if words is None:
        spec = lex.raw["attacks"]
        verbs = {k.split()[0] for k in spec.get("instrument_verbs", {})}
        words = frozenset(verbs | set(spec.get("agent_nouns", ())) | set(spec.get("event_nouns", ()))
                          | set(spec.get("campaign_nouns", ())) | set(spec.get("theatre_nouns", ())) | {"defend"}
                          | _CAPTORS)
        _WORDS[id(lex.raw)] = words
    return words


def attack_act_candidates(ctx: Context, t, sent_low: str) -> list:
    """The attacks read at token ``t`` by the readings of the module docstring.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        t: A token whose lemma is in :func:`attack_act_words`.
        sent_low: The sentence text in lower case.

    Returns:
        ``attacks`` candidates (possibly none).
    """
    spec = ctx.lex.raw["attacks"]
    if _is_verb(t) and t.lemma_ == "defend":
        return _defense_candidates(ctx, t)
    if _is_verb(t) and t.lemma_ in _CAPTORS:
        return _hostage_candidates(ctx, t)
    if _is_verb(t):
        return _instrument_candidates(ctx, t, spec, sent_low)
    if not _is_noun(t):
        return []
    if t.lemma_ in spec.get("agent_nouns", ()):
        from .culprits import agent_candidates

        return agent_candidates(ctx, t, spec)
    if t.lemma_ in spec.get("campaign_nouns", ()) or t.lemma_ in spec.get("theatre_nouns", ()):
        return _campaign_candidates(ctx, t, spec)
    if t.lemma_ in spec.get("event_nouns", ()):
        from .culprits import culprit_candidates

        return culprit_candidates(ctx, t, spec)
    return []


def remember_attack(ctx: Context, subs: list, objs: list) -> None:
    """Note an attack read in the document: its attackers and targets (the last four), and who
    attacked each target (``{None}`` while no attacker is named for it), for :func:`remembered_targets`."""
    if subs:
        ctx.memory.attackers = list(subs)
        ctx.memory.attackers_at = ctx.memory.sentence  # read by anaphoric_attackers
    if objs:
        seen = {a.actor.id for a in objs}
        ctx.memory.targets = (list(objs) + [a for a in ctx.memory.targets if a.actor.id not in seen])[:4]
        for o in objs:
            known = ctx.memory.attacked.setdefault(o.actor.id, set())
            known.update({s.actor.id for s in subs} or (set() if known else {None}))
            if subs:
                known.discard(None)


#: Determiners that point back to an attack just reported ("this cowardly attack on X").
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def anaphoric_attackers(ctx: Context, n, objs: list) -> list:
    """The attackers of an attack noun that names its target but no attacker and points back to the
    attack just reported ("The Taliban attacked a convoy. X condemned this cowardly attack on American
    and Afghan troops"): the last attackers named, if named in this sentence or the two before. "the
    attack on Y" points back only when Y was a target of that attack ("Hamas attacked Israel. ... the
    attack on Gaza" is another attack); an attacker is never its own target.

    Args:
        ctx: The document context; ``ctx.memory`` holds the attacks read so far.
        n: The attack noun.
        objs: Its targets.

    Returns:
        The remembered attackers (marked as resolved, ``via="memory"``), or ``[]``.
    """
    memory = ctx.memory
    dets = {c.lower_ for c in n.children if c.dep_ == "det"}
    if not objs or not memory.attackers or memory.sentence - memory.attackers_at > 2:
        return []
    if not dets & _DEMONSTRATIVES and (
            "the" not in dets or not {t.actor.id for t in memory.targets[:2]} & {o.actor.id for o in objs}):
        return []
    ids = {o.actor.id for o in objs}
    return [Arg(a.actor, a.token, True, "memory") for a in memory.attackers if a.actor.id not in ids]


def remembered_targets(ctx: Context, subs: list, plural: bool) -> list:
    """The targets an attack noun with no target of its own refers back to ("Russia's war", "these
    attacks"): the last targets named, but with an attacker, only those it attacked or no one was
    named for ("Hamas attacked Israel. ... Russia's war" is not on Israel; "X claimed both attacks"
    is on the targets of both). With no attack read yet, the place of a blast the text just named
    ("A car bomb exploded outside a hotel in X. Y claimed the bombing").

    Args:
        ctx: The document context; ``ctx.memory`` holds the attacks read so far.
        subs: The attackers of the noun (possibly none).
        plural: Whether the noun is plural ("these attacks"): all the last targets, else the first.
    """
    memory = ctx.memory
    pool = list(memory.targets)
    if not pool and subs and subs[0].token is not None:  # "A car bomb exploded in X. Y claimed the bombing"
        return _blast_targets(ctx, subs[0].token)
    if subs:
        ids = {a.actor.id for a in subs} | {None}
        pool = [t for t in pool if memory.attacked.get(t.actor.id, {None}) & ids]
    return pool if plural else pool[:1]


#: Verbs of a blast (with the particle some need): "a bomb exploded / went off / blew up outside X".
_BLASTS = {"explode": None, "detonate": None, "blast": None, "rock": None, "go": "off", "blow": "up"}
_BLAST_PREPS = ("in", "at", "near", "outside", "inside", "on", "across")


def _blast_targets(ctx, tok) -> list:
    """The place of the last blast named before ``tok``, in its sentence or the two before ("a truck
    bomb went off near a market in X"): the first place or state of its place phrase."""
    from .sentences import sentences_before

    starts = [x.start for x in sentences_before(tok)]
    lo = starts[-3] if len(starts) >= 3 else 0
    for t in reversed(tok.doc[lo:tok.i]):
        if not _is_verb(t) or t.lemma_ not in _BLASTS:
            continue
        prt = _BLASTS[t.lemma_]
        if prt is not None and not any(c.dep_ == "prt" and c.lower_ == prt for c in t.children):
            continue
        found = [a for q in _pobjs(t, _BLAST_PREPS) for a in _target_args(ctx, q) if a.actor.type in ("Place", "State")]
        if found:
            return found[:1]
    return []


def _instrument_candidates(ctx, v, spec, sent_low) -> list:
    verbs = spec.get("instrument_verbs", {})
    prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
    tools = verbs.get(f"{v.lemma_} {prt}") if prt else None
    if tools is None:
        tools = verbs.get(v.lemma_)
    if not tools:
        return []
    used = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in tools]
    if not used:
        return []
    preps = tuple(spec.get("instrument_preps", ()))
    # "killed five people and wounded 20 others in X": the place phrase may close the coordinated verb
    after = [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > v.i
             and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    after += [o for c in after for o in c.children if o.dep_ == "dobj"]  # "... and burned shops in X"
    after += [o for c in after if c.dep_ == "dobj" for o in c.children if o.dep_ == "conj"]
    phrases = [p for h in [v, *used, *after] for c in h.children if c.dep_ in ("prep", "prt") and c.lower_ in preps
               for p in c.children if p.dep_ == "pobj"]  # "plowed a truck down a path": "down" may be a particle
    vehicle = "truck" in tools
    if vehicle and not (_harmful(v, phrases) or any(w in sent_low for w in _ATTACK_WORDS)):
        return []
    objs = _dedupe([a for q in phrases for a in _target_args(ctx, q)])
    if not objs:
        return []
    subs, hops = verb_subjects(ctx, v)
    if hops > 1 or (hops and v.dep_ == "conj"):  # a subject found up a long sentence is more often
        return []  # a misparse than the driver ("... he was not home. The gang planted a bomb")
    subs = [a for a in subs if a.actor.type != "Place"]
    kind = "passive" if _passive(v) else "verb"
    charge = v.head.head if v.dep_ == "pcomp" else None  # "charged with driving a truck into X"
    hedged = charge is not None and charge.lemma_ in spec.get("charge_verbs", ()) and \
        charge.lemma_ not in spec.get("settled_charges", ())
    return _pairs(subs, objs, v, kind, hops, modality=_hedged(v) if hedged else None)


def _harmful(v, phrases) -> bool:
    """A killing or injuring next to the act, or people in its path."""
    if any(c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_ in _HARM for c in v.children):
        return True
    return any(t.lemma_.lower() in _PEOPLE for q in phrases for t in q.subtree)


def _campaign_candidates(ctx, n, spec) -> list:
    """"X's violent campaign against Y", "the U.S.-led fight against Islamic State": X attacks Y when
    the campaign is violent or Y is an armed group; Y must be the phrase's own head ("a campaign
    against Hezbollah's finances" is no attack on Hezbollah). A violent operation, offensive or raid
    "in"/"into" a state or place attacks it ("Turkey's military operations in Syria"), unless an armed
    group wages it in a state ("the group's military operations in southern Syria": where it fights;
    raids "into" a state still attack it)."""
    violent = any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in spec.get("violent_modifiers", ())
                  for c in n.children)
    objs = []
    if n.lemma_ in spec.get("campaign_nouns", ()):
        objs = [a for p in _pobjs(n, ("against",)) for a in phrase_args(ctx, p) if a.token is not None
                and (a.token.i == p.i or a.token in p.conjuncts)]
        if not (violent or any(a.actor.type == "ArmedGroup" for a in objs)):
            objs = []
    theatre = violent and not objs and n.lemma_ in spec.get("theatre_nouns", ())
    if theatre:
        holders = [n, n.head] if n.dep_ == "dobj" else [n]  # "led armed raids into X": "into X" on the verb
        objs = [a for h in holders for p in _pobjs(h, ("in", "into", "inside")) for a in phrase_args(ctx, p)
                if a.actor.type in ("State", "Place") and not _water(a) and a.token is not None
                and (a.token.i == p.i or a.token in p.conjuncts)]
    if not objs:
        return []
    subs, hops = noun_subjects(ctx, n, "attacks")
    if subs and all(a.token is not None and a.token.pos_ == "PRON" for a in subs) and n.dep_ == "pobj" \
            and _is_verb(n.head.head):  # "In its fight against X, Y has allied itself ...": "its" is Y
        subs = verb_subjects(ctx, n.head.head)[0] or subs
    if not subs:  # "HAMAS's campaign" with the possessor parsed as a subject of the noun
        subs = [a for c in n.children if c.i < n.i and c.dep_ in ("nsubj", "npadvmod")
                for a in [arg_of_token(ctx, c)] if a]
    into = theatre and any(_pobjs(h, ("into",)) for h in holders)
    if theatre and not into and all(o.actor.type == "State" for o in objs):
        # an armed group's operations in a state are where it fights, not whom it attacks (but
        # "militants led armed operations in Dagestan", a place, and raids "into" a state are raids)
        subs = [a for a in subs if a.actor.type != "ArmedGroup"]
    return _pairs([a for a in subs if a.actor.type != "Place"], objs, n, "noun", hops)


def _defense_candidates(ctx, v) -> list:
    """"Israel is defending its citizens against Hamas terrorism", "Ukraine defended itself against
    Russia": a defence going on or done is a fight both ways, the defender's on the attacker and the
    attacker's on the defender. A general claim ("NATO defends its members against X") and a right or
    intention (:mod:`graphbuild.prospects`: hypothetical) are not."""
    from .modality import load_modality_cues, modality_of

    ongoing = v.tag_ == "VBD" or (v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children))
    if not ongoing or modality_of(v, load_modality_cues())[0] not in ("asserted", "reported"):
        return []
    subs, hops = verb_subjects(ctx, v)
    subs = [a for a in subs if a.actor.type in ("State", "ArmedGroup", "GovernmentOrgan", "Organization")]
    defended = [c for c in v.children if c.dep_ == "dobj"]
    if not defended or not all(c.lemma_.lower() in _DEFENDED or arg_of_token(ctx, c) is not None for c in defended):
        return []  # "defended the policy against critics": no fight
    attackers = [a for h in [v, *defended] for p in _pobjs(h, ("against", "from")) for a in phrase_args(ctx, p)
                 if a.actor.type in ("State", "ArmedGroup", "GovernmentOrgan", "Organization") and a.token is not None
                 and (a.token.i == p.i or a.token in p.conjuncts or p.lemma_ in _AGGRESSION)]
    return _pairs(subs, attackers, v, "verb", hops + 1) + _pairs(attackers, subs, v, "verb", hops + 1)


def _hostage_candidates(ctx, v) -> list:
    """"JNIM took two American citizens hostage", "held X captive", "seized hostages in a hospital in
    Y": the captor attacks the captives (a people's citizens stand for their state), else the place."""
    marks = [c for c in v.children if c.lower_ in _HOSTAGE and c.dep_ in ("oprd", "advmod", "npadvmod", "xcomp",
                                                                          "acomp", "dobj", "attr", "ccomp")]
    if not marks:
        return []
    captives = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in _HOSTAGE]
    captives += [g for m in marks for g in m.children if g.dep_ == "compound"] + marks  # "American citizens hostage"
    objs = [a for c in captives for a in _victims(ctx, c)]
    if not objs:
        objs = [a for h in [v, *marks] for p in _pobjs(h, ("in", "at")) for a in _target_args(ctx, p)
                if a.actor.type in ("Place", "State")]
    subs, hops = verb_subjects(ctx, v)
    if hops > 1 or (hops and v.dep_ == "conj"):
        return []
    return _pairs([a for a in subs if a.actor.type != "Place"], _dedupe(objs), v, "verb", hops)


def _victims(ctx, tok) -> list:
    """The actors a phrase of victims stands for: its own actors, else the state of a demonym on it
    ("two American citizens", "a U.S. national")."""
    from .arguments import _demonym

    args = phrase_args(ctx, tok)
    if args:
        return args
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
            m = ctx.index.get(c.i)
            a = Arg(m.actor, c) if m is not None and m.actor.type == "State" else (
                _demonym(c) if c.ent_type_ == "NORP" else None)
            if a is not None:
                return [a]
    return []


def _event_targets(ctx, n) -> list:
    """The target of an attack noun: the places modifying it ("a New York attack"), its
    "on"/"against" phrase, or the place of its "in"/"at" phrase."""
    out = _place_modifiers(ctx, n)
    preps = {p for rel, opts in ctx.lex.nouns.get(n.lemma_, ()) if rel == "attacks" for p in opts.get("objects", ())}
    for p in _pobjs(n, tuple(preps - {"in", "at"})):  # "attack on X", "bombing of X"
        out += _target_args(ctx, p)
    if not out:
        out = [a for p in _pobjs(n, ("in", "at")) for a in _target_args(ctx, p)
               if a.actor.type in ("Place", "State")]
    return _dedupe(out)


def _place_modifiers(ctx, n) -> list:
    """Places (and states) named before a noun: "the Boston bombing", "a New York truck attacker"."""
    out = []
    for c in n.children:
        if c.dep_ in ("compound", "nmod", "npadvmod") and c.i < n.i:
            for t in ([c] + [g for g in c.children if g.dep_ == "compound"]):
                a = arg_of_token(ctx, t)
                if a is not None and a.actor.type in ("Place", "State") and not _water(a):
                    out.append(a)
                    break
    return _dedupe(out)


def _target_args(ctx, q) -> list:
    """The target of a place phrase: its actors, else the first place named inside it ("through
    throngs of people on a Y bike path")."""
    args = [a for a in phrase_args(ctx, q) if a.actor.type in _TARGET_TYPES and not _water(a)]
    if args:
        return args
    for t in q.subtree:
        a = arg_of_token(ctx, t)
        if a is not None and a.actor.type in ("Place", "State") and not _water(a):
            return [a]
    from .peoples import place_anaphor_args

    return place_anaphor_args(ctx, q)  # "the bombing in the city"


def _hedged(tok) -> str:
    """At least hedged: a charge or suspicion still yields to a negation or a hypothesis."""
    from .modality import load_modality_cues, modality_of

    modality, _ = modality_of(tok, load_modality_cues())
    return modality if modality in ("negated", "hypothetical") else "hedged"


def _water(a) -> bool:
    return a.actor.type == "Place" and any(w in _WATERS for w in a.actor.label.split())


def _pairs(subs, objs, trigger, kind, hops, modality=None, personal=False) -> list:
    """Attack candidates; ``personal`` ones keep a person as the attacker (``extra`` ``"personal"``:
    not counted for the group or state the person acts for, :mod:`graphbuild.extract`)."""
    out = []
    extra = ("personal",) if personal else ()
    for s in subs:
        for o in objs:
            if s.actor.id != o.actor.id and isinstance(s, Arg):
                out.append(Candidate("attacks", s, o, trigger, kind, hops, modality=modality, extra=extra))
    return out
