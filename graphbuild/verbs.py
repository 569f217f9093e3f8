"""Relation candidates at a verb trigger of ``data/triggers.yaml``: its subjects and objects
(active and passive voice, participles, light verbs, coordination, relative clauses), "remove X from
the list", and verbs that undo a designation ("lift the sanctions on X"). Asked per token by
:func:`graphbuild.patterns.sentence_candidates`."""

from __future__ import annotations

from .arguments import _passive, _pobjs, _possessive_antecedent, arg_of_token, phrase_args, verb_subjects
from .culprits import claimer_subjects
from .partners import by_phone, GATHERINGS, led_well, merit_owners, officials_state
from .patterns import (
    _PACT_NOUNS, _context_ok, _event_agent, _event_nouns, _official_visit, _pairs, _remember_attack, _symmetric,
    _target_args, _types_ok, _water,
)
from .peoples import security_owner_args
from .relations import _is_noun, Arg, Context, PEOPLE_NOUNS, RELATIVE
from .threats import threatened_parties
from .verbal import verbal_attack

__all__ = ["verb_candidates", "undo_candidates"]

def _gives_nothing(v, heads) -> bool:
    """Whether what a supply verb hands over is only words ("provided an update on X", "gave a briefing")."""
    given = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(given) and all(c.lemma_.lower() in heads for c in given)


def _subtree_has(tok, words) -> bool:
    return any(t.lemma_.lower() in words or t.lower_ in words for t in tok.subtree)


def _measure_subject(ctx, v) -> bool:
    nouns = set(ctx.lex.raw["designates"].get("measure_nouns", ()))
    return any(c.dep_ == "nsubj" and c.lemma_ in nouns and arg_of_token(ctx, c) is None for c in v.children)


def verb_candidates(ctx: Context, v, rel, opts, sent_low) -> list:
    from . import attribution as att

    if v.lemma_ == "target" and _measure_subject(ctx, v) and ctx.memory.designator is not None:
        # "the measure targets X and not Y": the designation named earlier, by its designator
        if rel != "designates":
            return []
        objs = [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
        return _pairs(rel, [ctx.memory.designator], objs, v, "memory", 1)
    if not _context_ok(sent_low, opts):
        return []
    if opts.get("not_given") and _gives_nothing(v, opts["not_given"]):
        return []  # "provided an update on the Terrorist Financing Assessment": what is given is no support
    if opts.get("given") and not any(c.dep_ == "dobj" and (c.lemma_.lower() in opts["given"] or any(
            m.dep_ == "compound" and m.lemma_.lower() in opts["given"] for m in c.children)) for c in v.children):
        return []  # "received aid from X" (not "received a letter from X")
    if opts.get("by_phone") and not by_phone(v):
        return []  # "told X by phone" is a call with X; "told X" alone is not
    if opts.get("requires_object") and not any(
            c.dep_ == "dobj" and c.lemma_ == opts["requires_object"] for c in v.children):
        return []
    if opts.get("from") is not None:  # the "from" phrase may hang on the object (PP attachment)
        holders = [v] + [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        lists = [p for h in holders for p in _pobjs(h, ("from",)) if _subtree_has(p, opts["from"])]
        if not lists:
            return []
    if opts.get("from_to") is not None:
        lists = [p for p in _pobjs(v, ("to",)) if _subtree_has(p, opts["from_to"])]
        if not lists:
            return []
    subs, hops = verb_subjects(ctx, v)
    if not subs and rel == "attacks":
        subs, hops = claimer_subjects(ctx, v, hops)  # "claimed responsibility for shooting down X"
    if opts.get("given"):  # the receiver named as the subject itself ("Iowa families received aid" is no state's)
        subs = [a for a in subs if a.actor.type in ("State", "ArmedGroup", "Organization") and a.token is not None
                and a.token.dep_ in ("nsubj", "conj", "appos")] if hops == 0 else []
    passive = _passive(v)
    obj_toks = [c for c in v.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "dative"))]
    if not obj_toks and not passive:
        # a noun misparsed as a clause: "welcomed Taliban envoys" with "envoys" as a verb
        obj_toks = [c for c in v.children if c.dep_ in ("ccomp", "xcomp") and (
            c.pos_ in ("NOUN", "PROPN") or c.lower_.rstrip("s") in PEOPLE_NOUNS)]
    if not obj_toks and not passive:
        # "designated X and Y pursuant to E.O. ...": the objects misparsed as an adjective's subject
        obj_toks = [s for c in v.children if c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ" and c.i > v.i
                    for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
    if v.dep_ == "acl" and v.tag_ == "VBN" and _is_noun(v.head):
        obj_toks.append(v.head)
    if not obj_toks and not passive and v.dep_ == "relcl" and _is_noun(v.head) and v.head.i < v.i and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in v.children):
        obj_toks.append(v.head)  # an object relative clause: "X, which Obama sanctioned in 2016"
    objs = []
    trap = skipped = False
    if opts.get("to_only") and not (opts.get("recipient_with") and any(
            _pobjs(h, ("with",)) for h in [v, *obj_toks])):
        obj_toks = []  # what is supplied is not the partner; "provided X with Y": X is
    if rel == "recognizes" and any(c.dep_ == "prep" and c.lower_ == "for"
                                   for t in [v, *obj_toks] for c in t.children):
        rel = "praises"  # "recognized Prime Minister Trudeau for taking decisive steps"
    if rel == "attacks" and verbal_attack(v):
        rel = "condemns"  # "attacked Canada's prime minister for raising the drugs war": words, not arms
    for o in obj_toks:
        if rel == "recognizes":
            head = o.lemma_.lower()
            if head in opts.get("not_object_heads", ()):
                trap = True
                objs += [a for t in o.subtree if t.i != o.i for a in [arg_of_token(ctx, t)] if a]
                continue
            if arg_of_token(ctx, o) is None and head not in opts.get("object_heads_ok", ()):
                continue
        if rel == "cooperates" and o.lemma_ in _event_nouns(ctx) and arg_of_token(ctx, o) is None:
            objs += _event_agent(ctx, o)  # "X funded / enabled the attacks by Y": X backs Y
            continue
        if rel in ("condemns", "blames") and o.lemma_ in _event_nouns(ctx) and arg_of_token(ctx, o) is None:
            agent = _event_agent(ctx, o)
            if not agent and any(c.lower_ in ("this", "these", "the", "those", "both", "such") for c in o.children):
                agent = list(ctx.memory.attackers)
            objs += agent
            continue
        if rel == "meets" and o.lemma_.lower() in GATHERINGS and arg_of_token(ctx, o) is None:
            preps = ("with", "from") if v.lemma_ == "receive" else ("with",)  # "received a call from X"
            objs += [a for h in (o, v) for p in _pobjs(h, preps) for a in phrase_args(ctx, p)]
            continue  # "will host a summit on Sudan": the topic is no guest ("talks with X": X is)
        if o.lemma_ in opts.get("skip_object_heads", ()) and arg_of_token(ctx, o) is None:
            skipped = True
            continue  # "supports the government's claim": a statement backed, not its author
        if opts.get("people_objects") and arg_of_token(ctx, o) is None and o.lemma_ not in PEOPLE_NOUNS:
            continue
        if rel in ("meets", "praises") and v.lemma_ == "welcome" and led_well(o, v):
            if rel == "praises":  # "welcomed Qatar's leadership in the talks" praises Qatar, meets no one
                objs += [a for c in o.children if c.dep_ == "poss" for a in [arg_of_token(ctx, c)] if a]
            continue
        if opts.get("events_only") and o.lemma_ not in _event_nouns(ctx):
            continue  # "attacks enabled by X", not "enabled a review"
        if opts.get("event_objects") and (arg_of_token(ctx, o) is not None or o.lemma_ in PEOPLE_NOUNS):
            continue
        if opts.get("direct_object"):
            objs += [a for a in [arg_of_token(ctx, o)] if a]
            continue
        if rel == "attacks" and not opts.get("object_types"):
            objs += _target_args(ctx, o)  # "stormed a hotel in Mogadishu"
            continue
        objs += phrase_args(ctx, o)
    for p in _pobjs(v, tuple(opts.get("objects", ()))):
        objs += phrase_args(ctx, p) or (officials_state(ctx, p) if rel == "meets" else [])
    if opts.get("symmetric") and not objs and "with" in opts.get("objects", ()):
        # "negotiate peace with X": the partner's "with" phrase hung on the object
        objs += [a for o in obj_toks if arg_of_token(ctx, o) is None for p in _pobjs(o, ("with",))
                 for a in phrase_args(ctx, p)]
    if rel == "blames" and not objs and "on" in opts.get("objects", ()):  # "blamed the bombing on X", on the object
        objs += [a for c in v.children if c.dep_ == "dobj" for p in _pobjs(c, ("on",)) for a in phrase_args(ctx, p)]
    if opts.get("to_only") and not objs and "to" in opts.get("objects", ()):
        # PP attachment: "attributed the cyberattack to X" with "to X" on the object
        objs += [a for c in v.children if c.dep_ == "dobj" for p in _pobjs(c, ("to",)) for a in phrase_args(ctx, p)]
    if opts.get("to_only"):  # "transferred arms to Iraq and Syria for X": the places are destinations
        beneficiaries = [a for h in [v, *[c for c in v.children if c.dep_ == "dobj"]]
                         for p in _pobjs(h, ("for",)) for a in phrase_args(ctx, p)]
        objs = (beneficiaries or objs) if objs else objs  # only in place of a "to" destination
    objs += _elaboration(ctx, v, obj_toks)
    if rel == "praises" and not objs:  # "hailed the agreement with X", "welcomed the deal with X"
        objs = [a for o in obj_toks if arg_of_token(ctx, o) is None and o.lemma_ in _PACT_NOUNS
                for p in _pobjs(o, ("with",)) for a in phrase_args(ctx, p)]
    if rel == "praises" and not objs and obj_toks:  # "thanked the President for the United States' support"
        objs = merit_owners(ctx, [v, *obj_toks])
    if rel == "warns" and not objs:  # "threatened to retaliate against X"
        objs = [a for x in v.children if x.dep_ == "xcomp"
                for p in _pobjs(x, ("against", "on", "at")) for a in phrase_args(ctx, p)]
    if rel == "warns" and not objs:
        objs = threatened_parties(ctx, v, obj_toks)
    if rel == "attacks" and not objs and obj_toks and v.lemma_ in ("attack", "raid", "ambush", "storm", "assault"):
        objs = [a for o in obj_toks for a in security_owner_args(ctx, o, subs)]  # "attacked 30 police posts"
    if rel == "attacks" and not objs and obj_toks:  # "stormed a hotel in Mogadishu"
        objs = [a for q in _pobjs(v, ("in", "at")) for a in _target_args(ctx, q)
                if a.actor.type in ("Place", "State") and not _water(a)]
    objs = _official_visit(subs, _types_ok(_reflexive_fix(ctx, subs, objs), opts), opts)
    out = []
    kind = "passive" if passive else "verb"
    if rel == "designates" and not subs and passive and objs:
        owner = [a for p in _pobjs(v, ("to", "from")) for a in phrase_args(ctx, p)]
        if owner:
            subs = owner
        elif ctx.memory.designator is not None:
            subs, kind = [ctx.memory.designator], "default-agent"
        elif ctx.first_person(None) is not None:
            subs, kind = [Arg(ctx.first_person(None), None, True, "issuer")], "default-agent"
    if trap:
        return _pairs(rel, subs, objs, v, "trap", hops, modality="negated")
    if opts.get("symmetric") and not objs and skipped:
        return []  # "met its budget targets": nothing met with, and no partner to guess
    if opts.get("symmetric") and not objs:
        if opts.get("symmetric_only") and subs and all(a.actor.type == "Person" and not a.actor.acts_for
                                                       for a in subs):
            return []  # "the bill was agreed upon by senators X and Y": no actor of politics agrees
        if opts.get("symmetric_only") or len(subs) >= 2:
            return _symmetric(rel, subs, v, "coordination", hops)
        return att.loose_partner(ctx, rel, v, subs)
    if opts.get("symmetric_only"):
        return []
    named_modal = any(a.token is not None and a.token.dep_ == "aux" and a.token.head.i == v.i for a in subs)
    # "Theresa May criticized X": the name read as a modal is no hedge (graphbuild.subjects)
    out += _pairs(rel, subs, objs, v, kind, hops, **({"exempt": frozenset({"hypothetical", "hedged"})}
                                                     if named_modal else {}))
    if rel == "delists" and v.lemma_ == "remove":
        # "remove X from its terrorist list" presupposes that X is on that list
        owners = [a for p in _pobjs(v, ("from",)) for c in p.children if c.dep_ == "poss"
                  for a in phrase_args(ctx, c)]
        owners = [o for o in owners if o.actor.type in ("State", "GovernmentOrgan", "Organization")] or subs
        out += _pairs("designates", owners, objs, v, "presupposition", hops + 1, modality="asserted")
    if rel == "attacks":
        _remember_attack(ctx, subs, objs)
    if rel == "designates" and subs and kind != "default-agent" and ctx.memory.designator is None:
        ctx.memory.designator = subs[0]
    if rel == "designates" and objs:
        ctx.memory.designated = [o for o in objs if not o.negated]
    return out


def _reflexive_fix(ctx, subs, objs) -> list:
    """"China has not recognized its government": a possessive that a coreference step tied to the
    subject is read as the nearest other actor instead (one cannot recognize oneself)."""

    ids = {a.actor.id for a in subs}
    out = []
    for o in objs:
        if o.actor.id in ids and o.token is not None and o.token.dep_ == "poss" and o.token.pos_ == "PRON":
            alt = _possessive_antecedent(ctx, o.token)
            if alt is not None and alt.actor.id not in ids:
                out.append(alt)
                continue
        out.append(o)
    return out


def _elaboration(ctx, v, obj_toks) -> list:
    """A list naming the members of a plural object, misparsed as a modifier of the verb
    ("designated seven members of X, A, B and C, for ...")."""
    plural = [o for o in obj_toks if o.tag_ == "NNS" and arg_of_token(ctx, o) is None]
    if not plural:
        return []
    out = []
    for c in v.children:
        if c.dep_ in ("npadvmod", "dep", "appos", "oprd") and c.i > plural[0].i:
            out += phrase_args(ctx, c)
    return out


def undo_candidates(ctx: Context, v, sent_low) -> list:
    """"lift sanctions on X", "reevaluate this designation", "revoke the designation of X"."""
    spec = ctx.lex.raw["delists"]
    if v.lemma_ not in spec.get("undo_verbs", ()):
        return []
    out = []
    for o in v.children:
        if o.dep_ not in ("dobj", "nsubjpass") or o.lemma_ not in spec.get("undo_nouns", ()):
            continue
        objs = [a for p in _pobjs(o, ("of", "on", "against")) for a in phrase_args(ctx, p)]
        objs += [a for c in o.children if c.dep_ == "poss" for a in phrase_args(ctx, c)]
        if not objs and any(c.lower_ in ("this", "the", "that", "these") for c in o.children):
            objs = list(ctx.memory.designated)
        subs, hops = verb_subjects(ctx, v)
        out += _pairs("delists", subs, objs, v, "verb", hops)
    return out
