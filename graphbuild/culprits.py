"""Who an attack is pinned on: the one charged with it, claiming it, said to be behind it, or named by it.

The readings, driven by the ``attacks`` section of ``data/triggers.yaml`` and started by
:func:`graphbuild.attackers.attack_act_candidates` at an attack noun or an agent noun:

* **Charges** (``charge_verbs``): "X was charged with / accused of / convicted of the Y attack",
  "the man accused of a Y attack", "police accused X of the Y bombing". The one charged attacks
  the target of the attack noun (its place modifier, or its "on"/"in" phrase). A charge is
  hedged; a conviction (``settled_charges``) is left to the modality cues. A charge reaches
  through a plotting gerund ("charged with masterminding the Y bombings"), and it is personal: the
  person charged is the attacker, not the group or state the gazetteer says the person acts for
  (candidates marked ``extra=("personal",)``, kept by :mod:`graphbuild.extract`).
* **Claims in a relative clause**: "unlike the bombing in X that Y claimed responsibility for" is
  Y's attack on X as the clause asserts it, whatever the sentence says of the bombing.
* **Culprits**: "X was to blame for / was responsible for the attack on Y", "X was behind the
  bombing" (as stated or reported): X attacks the attack's target, else the last one named.
* **Agent nouns** (``agent_nouns``): "X, the suspect in the Y bombing", "the alleged Y bomber X",
  "accused attacker X". The person attacks the place modifying the noun or its attack phrase,
  else the target of the last attack the document named. A suspect, or an agent noun marked as
  alleged, is hedged.

Examples:
    >>> sorted(_PLOTTING & {"plan", "mastermind", "say"})
    ['mastermind', 'plan']
"""

from __future__ import annotations

from .arguments import _passive, _pobjs, arg_of_token, phrase_args, verb_subjects
from .attackers import _event_targets, _hedged, _pairs, _place_modifiers
from .relations import RELATIVE, Context, _dedupe, _is_noun, _is_verb

__all__ = ["culprit_candidates", "agent_candidates", "charged_plot", "claimer_subjects"]

#: Modifiers that mark an agent noun as alleged ("the suspected bomber").
_ALLEGED = frozenset({"alleged", "suspected", "accused", "purported", "presumed", "reported", "would-be"})
#: Prepositions that link a charge to the act charged ("charged with", "accused of", "jailed for").
_CHARGE_PREPS = ("of", "with", "for", "over", "in", "to")
#: Charge verbs whose own subject owns up to the act: "pleaded guilty to / admitted the Y bombing".
_OWN_UP = frozenset({"plead", "admit", "confess"})


def culprit_candidates(ctx: Context, n, spec) -> list:
    """The attacks pinned on someone at the attack noun ``n``: a claim in a relative clause, a charge,
    a culprit ("X was behind the bombing").

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        n: An attack noun (``event_nouns``).
        spec: The ``attacks`` section of ``data/triggers.yaml``.

    Returns:
        ``attacks`` candidates (possibly none).
    """
    return _claimed_candidates(ctx, n) + _charge_candidates(ctx, n, spec) + (
        _culprit_candidates(ctx, n) if n.dep_ == "pobj" else [])


#: Event nouns too vague to make the one "behind" them an attacker ("responsible for the incident").
_VAGUE_EVENTS = frozenset({"act", "incident", "launch"})


def _culprit_candidates(ctx, n) -> list:
    """"X was to blame for / responsible for the attack on Y", "X was behind the bombing": X attacks
    the attack's target (its own phrase, else the attack or blast the text named just before). Only
    as stated or reported; a denied or supposed culprit is read in :mod:`graphbuild.prospects`."""
    from .modality import modality_of
    from .prospects import _recent_target

    prep = n.head
    if n.lemma_ in _VAGUE_EVENTS or prep.dep_ != "prep":
        return []
    if prep.lower_ == "for" and prep.head.lemma_ in ("responsible", "blame") and prep.head.dep_ in (
            "acomp", "xcomp") and prep.head.head.lemma_ == "be":
        be = prep.head.head
    elif prep.lower_ == "behind" and prep.head.lemma_ == "be":
        be = prep.head
    else:
        return []
    if modality_of(n)[0] in ("hypothetical", "negated"):
        return []
    subs = [a for c in be.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
    if not subs and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in be.children):
        subs = list(ctx.speaker_of(n))  # "X claimed they were responsible for the attack"
    subs = [a for a in subs if a.actor.type in ("ArmedGroup", "State", "Person", "Organization", "GovernmentOrgan")]
    if not subs:
        return []
    objs = _event_targets(ctx, n)
    if not objs and any(c.lower_ in ("the", "this", "that", "these", "those", "both") for c in n.children) \
            and not any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in n.children):
        objs = _recent_target(ctx, n)  # "the attack": the one the text is about (not "the NotPetya attack")
    own = {a.actor.id for a in subs}
    return _pairs(subs, [o for o in objs if o.actor.id not in own], n, "attribution", 1)


def _claimed_candidates(ctx, n) -> list:
    """"unlike the bombing in X that Y claimed (responsibility for)": Y attacks X as the relative
    clause says it, whatever the sentence says of the bombing; read at the claiming verb. Not "the
    attack, which claimed 30 lives"."""
    out = []
    for c in n.children:
        if c.dep_ != "relcl" or c.lemma_ != "claim" or _passive(c):
            continue
        if any(g.dep_ == "nsubj" and g.lower_ in RELATIVE for g in c.children) or any(
                g.dep_ == "dobj" and g.lemma_ not in ("responsibility", "credit") and g.lower_ not in RELATIVE
                for g in c.children):
            continue
        subs, hops = verb_subjects(ctx, c)
        subs = [a for a in subs if a.actor.type in ("ArmedGroup", "Organization", "Person", "State")]
        out += _pairs(subs, _event_targets(ctx, n), c, "noun", hops + 1)
    return out



#: Verbs that take responsibility ("claimed / took / accepted responsibility for shooting down X").
_TAKERS = frozenset({"claim", "take", "accept", "assume", "bear", "admit"})


def claimer_subjects(ctx, v, hops: int) -> tuple[list, int]:
    """The one who claims the act of a gerund in "claimed responsibility / credit for <doing> X" (the
    gerund has no subject of its own), else no one.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        v: The gerund (an attack verb).
        hops: The hops so far.
    """
    prep = v.head
    if v.dep_ != "pcomp" or prep.lower_ != "for" or prep.head.lemma_ not in ("responsibility", "credit"):
        return [], hops
    noun = prep.head
    taker = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if taker is None or taker.lemma_ not in _TAKERS:
        return [], hops
    subs, more = verb_subjects(ctx, taker)
    return [a for a in subs if a.actor.type in ("ArmedGroup", "State", "Organization", "Person")], more + 2


#: Gerunds that put a charge on the attack they take ("charged with masterminding the Y bombings").
_PLOTTING = frozenset({"plan", "plot", "organize", "organise", "mastermind", "orchestrate", "carry", "commit",
                       "perpetrate", "conduct", "stage", "launch", "execute", "direct"})


def _charge_governor(n, spec):
    """The charge preposition and charge verb over an attack noun ("charged with the Y attack",
    "accused X of planning the Y bombing"), or None."""
    prep = n.head
    if n.dep_ == "dobj" and prep.dep_ == "pcomp" and prep.lemma_ in _PLOTTING and prep.tag_ == "VBG":
        prep = prep.head  # "charged with masterminding the Y bombings"
    elif n.dep_ != "pobj":
        return None
    if prep.lower_ not in _CHARGE_PREPS:
        return None
    gov = prep.head
    if _is_noun(gov) and gov.lemma_ in spec.get("agent_nouns", ()):
        return None  # "the suspect in the Y attack": read at the agent noun
    if _is_noun(gov) and gov.dep_ == "dobj" and prep.lower_ in ("of", "with"):
        gov = gov.head  # "accused X of the Y bombing" with "of" hung on X
    elif _is_noun(gov) and gov.dep_ == "pobj" and prep.lower_ == "for":
        gov = gov.head.head  # "sentenced to life for the Y bombing"
    elif gov.pos_ == "ADJ" and gov.dep_ in ("oprd", "acomp"):
        gov = gov.head  # "pleaded guilty to the Y bombing"
    if not _is_verb(gov) or gov.lemma_ not in spec.get("charge_verbs", ()):
        return None
    if prep.lower_ == "in" and gov.lemma_ not in ("suspect", "arrest", "detain", "convict", "charge"):
        return None
    if prep.lower_ == "to" and gov.lemma_ not in _OWN_UP:
        return None
    return prep, gov


def charged_plot(ctx: Context, n) -> bool:
    """Whether an attack noun is the object of a plotting gerund under a charge ("X was charged with
    masterminding the Y bombings"): read as the charge (:func:`attack_act_candidates`), not through
    the gerund as a light verb."""
    spec = ctx.lex.raw["attacks"]
    return n.dep_ == "dobj" and n.lemma_ in spec.get("event_nouns", ()) and _charge_governor(n, spec) is not None


def _charge_candidates(ctx, n, spec) -> list:
    """"X was charged with / accused of the Y attack", "the man accused of a Y attack", "charged with
    masterminding the Y bombings". A charge is personal: the one charged is the attacker, not the
    group a person acts for."""
    found = _charge_governor(n, spec)
    if found is None:
        return []
    gov = found[1]
    subs = _persons(verb_subjects(ctx, gov)[0]) if gov.lemma_ in _OWN_UP else _charged(ctx, gov)
    objs = _event_targets(ctx, n)
    if not subs or not objs:
        return []
    modality = None if gov.lemma_ in spec.get("settled_charges", ()) else _hedged(n)
    return _pairs(subs, objs, n, "noun", 1, modality=modality, personal=True)


def _charged(ctx, gov) -> list:
    """Who a charge verb charges: its passive subject, its object, or the noun it describes
    ("the man accused of ...", and "X is the man accused of ...")."""
    if _passive(gov) and gov.dep_ != "acl":
        return _persons([a for c in gov.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)])
    if gov.dep_ in ("acl", "amod") and _is_noun(gov.head):
        head = gov.head
        found = _persons(phrase_args(ctx, head, conj=False))  # not "the Ohio man": a place of origin
        if not found and head.dep_ == "attr" and head.head.lemma_ == "be":
            found = [a for c in head.head.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
        if not found and head.dep_ == "appos":
            found = phrase_args(ctx, head.head, conj=False)
        return _persons(found)
    return _persons([a for c in gov.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)])


def _persons(args) -> list:
    """Charges are brought against people and groups, never against a place."""
    return [a for a in args if a.actor.type in ("Person", "ArmedGroup", "Organization")]


def agent_candidates(ctx: Context, n, spec) -> list:
    """"X, the suspect in the Y bombing", "the alleged Y bomber X", "accused attacker X"."""
    subs = _agent_persons(ctx, n)
    if not subs:
        return []
    events = [p for p in _pobjs(n, ("in", "of", "behind", "for")) if p.lemma_ in spec.get("event_nouns", ())]
    objs = [a for e in events for a in _event_targets(ctx, e)]
    objs += _place_modifiers(ctx, n) or _site_modifiers(ctx, n)
    kind = "noun"
    if not objs and n.lemma_ not in ("suspect", "killer") and not events:
        objs, kind = list(ctx.memory.targets[:1]), "memory"
    elif not objs and n.lemma_ in ("suspect", "killer") and events:  # not "the killer of his wife"
        objs, kind = list(ctx.memory.targets[:1]), "memory"
    if not objs:
        return []
    alleged = n.lemma_ == "suspect" or any(c.lower_ in _ALLEGED for c in n.children)
    # an unnamed agent is the agent noun itself: the attack noun is the trigger (a trigger inside an
    # argument's own mention reads nothing)
    trigger = events[0] if events and ctx.index.get(n.i) is not None else n
    return _pairs(subs, _dedupe(objs), trigger, kind, 1, modality=_hedged(n) if alleged else None)


def _site_modifiers(ctx, n) -> list:
    """A venue or event named before an agent noun that stands for its site: "the Boston Marathon
    bomber", "the Manchester Arena bomber" (an organization the gazetteer does not know, so not a
    group of attackers: "the Hamas bomber" names the bomber's side)."""
    out = []
    for c in n.children:
        if c.dep_ in ("compound", "nmod") and c.i < n.i:
            a = arg_of_token(ctx, c)
            if a is not None and a.actor.type == "Organization" and not a.actor.wikidata and not a.coref \
                    and c.ent_type_ in ("ORG", "FAC", "EVENT"):
                out.append(a)
    return out


def _agent_persons(ctx, n) -> list:
    """The person an agent noun describes: the name it modifies or stands in apposition to, or the
    subject of "X is the bomber" (not a person that coreference linked "the bomber" to)."""
    own = arg_of_token(ctx, n)
    if own is not None:  # "the bomber" resolved by coreference may be the victim named last: not trusted
        found = [] if own.coref and not own.actor.id.startswith("ner-unnamed-") else [own]  # unnamed: its own
    elif n.dep_ in ("compound", "appos") and _is_noun(n.head):
        found = phrase_args(ctx, n.head, conj=False)
    elif n.dep_ == "attr" and n.head.lemma_ == "be":
        found = [a for c in n.head.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
    else:
        found = [a for c in n.children if c.dep_ == "appos" for a in phrase_args(ctx, c, conj=False)]
    return [a for a in found if a.actor.type == "Person"]
