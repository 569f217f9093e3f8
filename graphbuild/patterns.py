"""The relation patterns: from each trigger in a sentence to :class:`~graphbuild.relations.Candidate` s.

One function per kind of pattern: verbs (active, passive, participles), "remove X from the list" and
undoing a designation (delists), recognition with its sense check ("recognize its ties" is not
recognition), and coordinated subjects of symmetric verbs ("X and Y met"). Nominalizations (with
light verbs) live in :mod:`graphbuild.nouns`, attribution ("hold X accountable", "blamed X for
orchestrating the attack") in :mod:`graphbuild.attribution`, argument finding in
:mod:`graphbuild.arguments` and :mod:`graphbuild.subjects`.
"""

from __future__ import annotations

from .arguments import _passive, _pobjs, arg_of_token, led_by, phrase_args, verb_subjects
from .attackers import attack_act_candidates, attack_act_words
from .attackers import remember_attack as _remember_attack
from .nominal import co_agent_candidates, joint, joint_group_candidates
from .peoples import place_anaphor_args, security_owner_args
from .brands import drop_name_parts
from .causes import drop_caused_wars
from .sites import site_candidates
from .locatives import drop_locating_states
from .subheads import drop_heading_arguments
from .threats import threat_candidates, threatened_parties
from .culprits import claimer_subjects
from .verbal import verbal_attack, verbal_frame_candidates, words_not_arms
from .judgments import (
    accusation_candidates, closer_candidates, protest_candidates, responsibility_candidates, violation_candidates,
    weapon_use_candidates,
)
from .partners import (
    GATHERINGS, backed_attackers_candidates, by_phone, hyphen_pair_candidates, led_well, meeting_holder_candidates,
    merit_owners, officials_state,
)
from .prose import doc_text
from .relations import ACTORISH, PEOPLE_NOUNS, RELATIVE, Arg, Candidate, Context, _dedupe, _is_noun, _is_verb

__all__ = ["sentence_candidates"]


LIST_WORDS = ("list", "designation", "sdn", "blacklist", "registry", "register", "sanction")


#: Verbs that two subjects can only do by talking to each other: "X and Y discussed the war".
_DISCUSSING = frozenset({"discuss", "review", "consult", "confer"})

#: Adverbs that make coordinated subjects act as partners ("X and Y worked together").
_TOGETHER = frozenset({"together", "jointly"})

#: Agreements whose "with" phrase names the partner praised ("hailed the agreement with X").
_PACT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "ceasefire", "truce", "partnership",
                         "cooperation", "talks", "dialogue", "understanding"})


def _pairs(rel, subs, objs, trigger, kind, hops=0, **kw):
    out = []
    for s in subs:
        for o in objs:
            if s.actor.id != o.actor.id:
                extra = dict(kw, modality="negated") if o.negated or s.negated else kw
                out.append(Candidate(rel, s, o, trigger, kind, hops, **extra))
    return out


def _symmetric(rel, args, trigger, kind, hops=0, **kw):
    out = []
    for i, a in enumerate(args):
        for b in args[i + 1:]:
            if a.actor.id != b.actor.id:
                out.append(Candidate(rel, a, b, trigger, kind, hops, **kw))
    return out


def _context_ok(sent_low: str, opts: dict) -> bool:
    ctx = opts.get("context")
    if ctx and not any(w in sent_low for w in ctx):
        return False
    nctx = opts.get("not_context")
    return not (nctx and any(w in sent_low for w in nctx))


def _gives_nothing(v, heads) -> bool:
    """Whether what a supply verb hands over is only words ("provided an update on X", "gave a briefing")."""
    given = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(given) and all(c.lemma_.lower() in heads for c in given)


def _official_visit(subs, objs, opts) -> list:
    """A private person's trip to a country meets no one there ("made trips to Qatar"); an official's does."""
    if opts.get("official_visitors") and subs and all(a.actor.type == "Person" and not a.actor.acts_for for a in subs):
        return [o for o in objs if o.actor.type != "State"]
    return objs


def _types_ok(args, opts):
    types = opts.get("object_types")
    args = [a for a in args if not types or a.actor.type in types]
    if opts.get("known_organizations"):  # "visited the city museum": a venue found by NER is no host
        args = [a for a in args if a.actor.type != "Organization" or a.actor.wikidata]
    return args


def _subtree_has(tok, words) -> bool:
    return any(t.lemma_.lower() in words or t.lower_ in words for t in tok.subtree)


def _event_agent(ctx: Context, n) -> list:
    """Who did an event noun ("Iran's cyberattack", "the attack claimed by Daesh")."""
    args = []
    for c in n.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < n.i:
            a = arg_of_token(ctx, c)
            if a and a.actor.type != "Place":
                args.append(a)
    args = args or led_by(ctx, n)
    for p in _pobjs(n, ("by",)):
        args += phrase_args(ctx, p)
    for c in n.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_ in ("claim", "carry", "conduct", "launch", "stage", "commit",
                                                      "perpetrate", "mount", "orchestrate"):
            for p in _pobjs(c, ("by",)):
                args += phrase_args(ctx, p)
    return args


def _event_nouns(ctx):
    return set(ctx.lex.raw["attacks"].get("event_nouns", ()))


def _measure_subject(ctx, v) -> bool:
    nouns = set(ctx.lex.raw["designates"].get("measure_nouns", ()))
    return any(c.dep_ == "nsubj" and c.lemma_ in nouns and arg_of_token(ctx, c) is None for c in v.children)


def _verb_candidates(ctx: Context, v, rel, opts, sent_low) -> list:
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
    out += _pairs(rel, subs, objs, v, kind, hops)
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


#: Relations whose act, threatened, makes the threatened party warned.
_HOSTILE = ("attacks", "designates")


def _reflexive_fix(ctx, subs, objs) -> list:
    """"China has not recognized its government": a possessive that a coreference step tied to the
    subject is read as the nearest other actor instead (one cannot recognize oneself)."""
    from .arguments import _possessive_antecedent

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


def _target_args(ctx, q) -> list:
    """The target of an attack phrase: its actors, else the first place named inside it
    ("the bombing of a police academy in Bogota")."""
    args = phrase_args(ctx, q)
    if args:
        return args
    for t in q.subtree:
        a = arg_of_token(ctx, t)
        if a is not None and a.actor.type in ("Place", "State") and not _water(a):
            return [a]  # "shipping in the Gulf": a sea or strait is where, not whom
    return place_anaphor_args(ctx, q)  # "the bombing in the city"


def _water(a) -> bool:
    return a.actor.type == "Place" and any(w in _WATERS for w in a.actor.label.split())  # "Gulf of Oman"


_WATERS = {"Sea", "Ocean", "Gulf", "Strait", "Straits", "Channel", "Bay", "River", "Canal"}


def _placeish(ctx, p) -> bool:
    a = arg_of_token(ctx, p)
    return a is not None or any(arg_of_token(ctx, t) for t in p.subtree) or bool(place_anaphor_args(ctx, p))


def _undo_candidates(ctx: Context, v, sent_low) -> list:
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


#: Parts of speech no per-token rule of :func:`sentence_candidates` starts at (after the verb and
#: noun triggers): punctuation, determiners, conjunctions, particles, numbers, pronouns.
_IDS: dict = {}


def _word_ids(strings, words: frozenset) -> tuple[frozenset, frozenset]:
    """The string ids (hashes) of ``words`` and of the proper-noun tags, to test ``Token.lemma``
    and ``Token.tag`` without making a Python string for every token."""
    key = id(words)
    if key not in _IDS:
        _IDS[key] = (words, frozenset(strings[w] for w in words), frozenset(strings[w] for w in ("NNP", "NNPS")))
    return _IDS[key][1:]


_NO_TRIGGER_POS = frozenset({"PUNCT", "DET", "CCONJ", "SCONJ", "PART", "NUM", "SYM", "SPACE", "PRON", "INTJ"})


def sentence_candidates(sent, ctx: Context) -> list:
    """All relation candidates of one sentence."""
    from . import attribution as att
    from .nouns import noun_candidates

    lex = ctx.lex
    sent_low = doc_text(sent.doc)[sent.start_char:sent.end_char].lower()  # Span.text re-joins its tokens
    ctx.memory.sentence += 1
    out = []
    acts, proper = _word_ids(sent.doc.vocab.strings, attack_act_words(lex))  # ints: no string per token
    for t in sent:
        if t.lemma in acts:  # "drove a truck into X", "charged with the X attack", "the X bomber"
            out += attack_act_candidates(ctx, t, sent_low)
        if t.tag in proper or (ctx.index.get(t.i) is not None and not _is_verb(t)):
            continue
        lemma = t.lemma_.lower()
        if _is_verb(t) or _infinitive_noun(t):
            subs_for_blame = None
            for rel, opts in lex.verbs.get(lemma, ()):
                found = _verb_candidates(ctx, t, rel, opts, sent_low)
                out += found or (site_candidates(ctx, t) if rel == "attacks" else [])  # "a village near X"
                if rel == "blames":
                    subs_for_blame = verb_subjects(ctx, t)[0]
            if subs_for_blame is not None:
                out += att.blame_for_candidates(ctx, t, subs_for_blame)
            out += _undo_candidates(ctx, t, sent_low)
            out += att.hold_candidates(ctx, t)
        elif _is_noun(t):
            for rel, opts in lex.nouns.get(lemma, ()):
                if opts.get("plural") is None or True:
                    found = noun_candidates(ctx, t, rel, opts, sent_low)
                    out += found or hyphen_pair_candidates(ctx, t, rel, opts) or meeting_holder_candidates(
                        ctx, t, rel) or backed_attackers_candidates(ctx, t, rel, opts) or (
                        verbal_frame_candidates(ctx, t) if lemma == "attack" else [])
            if joint(ctx, t) and not any(r == "cooperates" for r, _ in lex.nouns.get(lemma, ())):
                out += noun_candidates(ctx, t, "cooperates", {"objects": ["with"]}, sent_low)
            out += joint_group_candidates(ctx, t)
        if t.pos_ in _NO_TRIGGER_POS:  # none of the word rules below starts at these
            continue
        out += att.attribution_candidates(ctx, t)
        out += att.judgment_candidates(ctx, t)
        out += att.consequence_candidates(ctx, t)
        out += att.labeling_candidates(ctx, t)
        out += protest_candidates(ctx, t)
        out += weapon_use_candidates(ctx, t)
        out += closer_candidates(ctx, t)
        out += accusation_candidates(ctx, t)
        out += violation_candidates(ctx, t)
        out += responsibility_candidates(ctx, t)
        out += att.hyphen_candidates(ctx, t)
        out += att.unrecognized_candidates(ctx, t)
        out += att.weapon_reach_candidates(ctx, t)
        if _is_verb(t) and lemma in _DISCUSSING:  # "Blinken and Prince Faisal discussed the war": they talked
            subs, hops = verb_subjects(ctx, t)
            if hops == 0 and len({a.actor.id for a in subs}) >= 2:
                # "X and Y did not discuss trade at their summit": they met all the same
                out += _symmetric("meets", _dedupe(subs), t, "coordination", hops, exempt=frozenset({"negated"}))
        if _is_verb(t) and any(c.dep_ == "advmod" and c.lower_ in _TOGETHER for c in t.children):
            subs, hops = verb_subjects(ctx, t)  # "the United States and Russia will embark together on"
            if len({a.actor.id for a in subs}) >= 2:
                out += _symmetric("cooperates", _dedupe(subs), t, "coordination", hops)
    out += att.attributed_attacks(ctx, out)
    out += co_agent_candidates(ctx, sent, out)
    out = drop_heading_arguments(sent, words_not_arms(out))  # "a scathing attack on X"; a glued subheading
    out = drop_caused_wars(ctx, drop_locating_states(ctx, out))  # "in Dubai, the UAE"; "the attack launched a war"
    out = drop_name_parts(ctx, out)  # "Britain First welcomed ...": a party's name, not the state
    out += threat_candidates(ctx, out)  # "X warned it would mount attacks on Y": X warns Y
    out = [c for c in out if c.subject.actor.type in ACTORISH and c.object.actor.type in ACTORISH
           and not _inside_argument(ctx, c)]
    if out and _title_case(sent):  # headlines parse poorly: keep only the direct readings
        out = [c for c in out if c.hops == 0 and c.kind in ("verb", "passive", "noun")]
    met = [c for c in out if c.relation == "meets" and c.modality != "negated"
           and c.subject.token is not None and c.object.token is not None]
    if met:  # "X spoke with Y. The leaders discussed ... They reaffirmed their support for Z"
        ctx.memory.parties = [met[0].subject, met[0].object]
        ctx.memory.parties_at = ctx.memory.sentence
    return out


def _infinitive_noun(t) -> bool:
    """A verb the tagger took for a noun after "to": "moved to sanction Russia", "is going to sanction"."""
    return t.pos_ == "NOUN" and t.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _inside_argument(ctx, c) -> bool:
    """The trigger word is part of an argument's name ("Treasury Designates Vast Network" as an actor)."""
    m = ctx.index.get(c.trigger.i)
    return m is not None and any(
        a.token is not None and ctx.index.get(a.token.i) is m for a in (c.subject, c.object))


_TITLED: list = [None, {}]  # the last Doc and its sentences' answers (asked by several rules)


def _title_case(sent) -> bool:
    """A headline: at least four words of four letters or more, 80% of them capitalized."""
    if _TITLED[0] is not sent.doc:
        _TITLED[0], _TITLED[1] = sent.doc, {}
    known = _TITLED[1].get((sent.start, sent.end))
    if known is None:
        words = [t.text for t in sent if t.is_alpha and len(t) > 3]
        known = _TITLED[1][sent.start, sent.end] = len(words) >= 4 and sum(
            w[0].isupper() for w in words) >= 0.8 * len(words)
    return known


__all__ += ["Arg"]
