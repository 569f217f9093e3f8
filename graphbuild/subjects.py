"""The subjects of verbs and nominal triggers (re-exported by :mod:`graphbuild.arguments`).

A verb's subject comes through passive agents, control, coordination and participles; a nominal
trigger's subject through its possessor, modifiers, "by" phrase or the light verb that governs it.
"""

from __future__ import annotations

from .arguments import _demonym, _passive, _pobjs, _qualifies_group, _is_place_name, arg_of_token, led_by, \
    phrase_args, _np_up
from .relations import CHARGE_VERBS, OBJECT_CONTROL, RELATIVE, _AGREE, Context, _dedupe, _is_noun, _is_verb
from .sentences import sentences_before

__all__ = ["verb_subjects", "noun_subjects"]


#: Nouns of quantity in front of a trigger noun ("a variety / series / raft of sanctions").
QUANTITY_NOUNS = frozenset({"variety", "series", "number", "raft", "slew", "round", "set", "package", "host",
                            "range", "wave", "batch", "string", "array", "spate", "flurry", "barrage", "couple"})


#: verbs whose object does the "against"/"from" gerund: "warned X against attacking", "stop X from arming"
DETERRED_OBJECT = {"warn", "caution", "advise", "counsel", "deter", "dissuade", "discourage", "prevent", "stop",
                   "bar", "ban", "block", "prohibit", "restrain", "keep", "forbid"}


#: verbs by which one states one's own stance: "reiterated her support", "voiced his condemnation"
AVOWAL_VERBS = {"reiterate", "reaffirm", "express", "voice", "pledge", "underline", "stress", "emphasize",
                "restate", "renew", "underscore", "affirm", "confirm", "declare", "offer", "extend", "repeat"}


#: passives whose subject is the subject of their infinitive: "X is expected to recognize Y"
RAISING_PASSIVES = {"expect", "say", "believe", "report", "think", "set", "schedule", "poise", "suppose",
                    "rumor", "rumour", "understand", "know", "see", "due", "slate", "tip"}


def verb_subjects(ctx: Context, v, hops: int = 0) -> tuple[list, int]:
    """The actors doing ``v``, climbing control, coordination and participles when it has no subject."""
    if hops > 5:
        return [], hops
    if _passive(v):
        agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        found = [a for p in agents for a in phrase_args(ctx, p)]
        if agents and not found:  # "killed by mortar fire from X" with "from X" on the verb
            found = [a for p in _pobjs(v, ("from",)) for a in phrase_args(ctx, p) if a.actor.type != "Place"]
        return _dedupe(found), hops
    subs = [c for c in v.children if c.dep_ in ("nsubj", "csubj", "expl")]
    if not subs:  # "Theresa May criticized X" with "May" read as a modal: a name is no auxiliary
        subs = [c for c in v.children if c.dep_ == "aux" and c.i < v.i and ctx.index.get(c.i) is not None]
    if any(c.i < v.i for c in subs):  # a second "subject" after the verb is a misparse of a long clause
        subs = [c for c in subs if c.i < v.i]
    if subs:
        args = [a for s in subs for a in phrase_args(ctx, s)]
        if not args and v.dep_ == "relcl" and any(s.lower_ in RELATIVE for s in subs) and _instrument(v.head):
            return _backers(ctx, v.head, hops + 1)  # "X passed a bill that would sanction Y"
        if not args and len(subs) == 1 and _instrument(subs[0]):
            return _backers(ctx, subs[0], hops + 1)  # "The bill would sanction Y"
        return _dedupe(args), hops
    dep, h = v.dep_, v.head
    if h.i == v.i:
        return [], hops
    if dep == "conj" or (dep == "advcl" and _is_verb(h)):
        if _passive(h) and _listing_verb(ctx, h):
            # "X was designated by Y, attacking Z soon after": the one designated acts, not the designator
            return _dedupe([a for c in h.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]), hops + 1
        return verb_subjects(ctx, h, hops + 1)
    if dep == "xcomp":
        dobj = [c for c in h.children if c.dep_ == "dobj"] or [
            p for p in _pobjs(h, ("on", "upon")) if h.lemma_ in ("call", "press", "prevail")]
        if dobj and h.lemma_ in OBJECT_CONTROL:
            return phrase_args(ctx, dobj[0]), hops + 1
        if _is_verb(h) and _passive(h) and h.lemma_ in RAISING_PASSIVES and not any(
                c.dep_ == "agent" for c in h.children):  # "X is expected/said/believed to recognize Y"
            return _dedupe([a for c in h.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]), hops + 1
        if _is_verb(h):
            return verb_subjects(ctx, h, hops + 1)
        if h.pos_ == "ADJ" and _is_verb(h.head):
            return verb_subjects(ctx, h.head, hops + 1)
    if dep == "pcomp" and h.pos_ == "ADP":
        while h.dep_ == "conj" and h.head.pos_ == "ADP":
            h = h.head
        gov = h.head
        if _is_verb(gov) and _passive(gov) and not any(c.dep_ == "agent" for c in gov.children):
            return _dedupe([a for c in gov.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]), hops + 1
        if h.lower_ in ("against", "from") and _is_verb(gov) and gov.lemma_ in DETERRED_OBJECT:
            objs = [c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs:  # "warned Russia against invading Y", "deter Iran from attacking Y"
                return phrase_args(ctx, objs[0]), hops + 1
        if h.lower_ in ("for", "with", "of") and _is_verb(gov) and gov.lemma_ in CHARGE_VERBS:
            # "designated X for its support of Y, which was designated in 2007 for providing ...": the
            # reason belongs to the nearer designation, a relative clause ending just before it
            nearer = [t for t in v.doc[gov.i + 1:h.i] if t.lemma_ == gov.lemma_ and t.dep_ in ("relcl", "acl")
                      and _is_verb(t) and t.right_edge.i >= h.i - 3]
            gov = nearer[-1] if nearer else gov
            objs = [c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs:
                return phrase_args(ctx, objs[0]), hops + 1
        if _is_verb(gov):
            return verb_subjects(ctx, gov, hops + 1)
        if _is_noun(gov):
            found = noun_subjects(ctx, gov, None, hops + 1)
            if not found[0] and h.lower_ == "of" and gov.dep_ in ("dobj", "attr") and _is_verb(gov.head) \
                    and _intent_noun(gov):  # "had no intention of attacking X", "denied any plan of"
                return verb_subjects(ctx, gov.head, hops + 1)
            if not found[0] and h.lower_ == "of" and gov.dep_ == "pobj" and _is_verb(gov.head.head) \
                    and _intent_noun(gov):  # "is on the verge of recognizing X"
                return verb_subjects(ctx, gov.head.head, hops + 1)
            if not found[0] and h.lower_ in ADVERBIAL_PREPS:  # "said little on rights beyond condemning X":
                clause = _clause_verb(gov)  # an adverbial gerund misattached to a noun: the clause's subject
                if clause is not None:
                    return verb_subjects(ctx, clause, hops + 1)
            return found
        if gov.pos_ == "ADV" and gov.dep_ == "advmod" and _is_verb(gov.head):  # "stopped short of condemning X"
            return verb_subjects(ctx, gov.head, hops + 1)
        if gov.pos_ == "ADJ" and _is_verb(gov.head):  # "was undecided on whether to declare X ..."
            return verb_subjects(ctx, gov.head, hops + 1)
    if dep == "pcomp" and h.pos_ == "SCONJ" and h.lower_ in ADVERBIAL_PREPS and _is_noun(h.head):
        clause = _clause_verb(h.head)  # "besides criticizing X" tagged as a conjunction
        if clause is not None:
            return verb_subjects(ctx, clause, hops + 1)
    if dep == "acl" and v.tag_ == "VBG" and _is_noun(h):
        args = phrase_args(ctx, h, conj=False)
        if args:
            return args, hops + 1
        measures = set(ctx.lex.raw["designates"].get("measure_nouns", ())) | set(ctx.lex.nouns)
        if h.dep_ in ("dobj", "nsubjpass", "attr") and _is_verb(h.head) and h.lemma_ in measures:
            # "issued designations targeting X"; not "sanctioned individuals supporting X"
            return verb_subjects(ctx, h.head, hops + 1)
    if dep in ("acl", "relcl") and _is_noun(h):
        poss = [c for c in h.children if c.dep_ == "poss"]
        if poss:
            return phrase_args(ctx, poss[0]), hops + 1
        infinitival = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
        if (dep == "acl" or infinitival) and v.tag_ == "VB" and h.dep_ in ("dobj", "attr") and _is_verb(h.head):
            # "paving the way to recognize X", "took the decision to designate X"
            return verb_subjects(ctx, h.head, hops + 1)
    return [], hops


#: Prepositions whose gerund is an adverbial of the clause, done by the clause's subject ("beyond
#: condemning X", "besides criticizing X", "without naming X"), wherever the parser attached them.
ADVERBIAL_PREPS = frozenset({"beyond", "besides", "without", "despite", "after", "before", "while", "by"})


def _clause_verb(n):
    """The verb whose clause holds the noun ``n`` through objects and prepositions only (none beyond
    three steps up)."""
    for _ in range(3):
        if n.dep_ not in ("dobj", "pobj", "prep", "attr") or n.head.i == n.i:
            return None
        n = n.head
        if _is_verb(n):
            return n
    return None


def _listing_verb(ctx, v) -> bool:
    """A verb that lists, sanctions or charges its object ("designate", "sanction", "accuse")."""
    return v.lemma_ in CHARGE_VERBS or any(rel in ("designates", "delists") for rel, _ in ctx.lex.verbs.get(v.lemma_, ()))


def _instrument(n) -> bool:
    """A bill, draft or proposal (``instruments`` of ``modality.yaml``)."""
    from .modality import load_modality_cues

    return n.lemma_.lower() in load_modality_cues().instruments


def _backers(ctx, n, hops) -> tuple[list, int]:
    """Who drafts, backs or passes a bill: its actor modifiers ("a U.S. bill"), else the subject of
    the verb it is the object of ("senators backed a bill ...")."""
    args = [a for c in n.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < n.i
            for a in [arg_of_token(ctx, c)] if a]
    if args:
        return _dedupe(args), hops
    if n.dep_ in ("dobj", "nsubjpass") and _is_verb(n.head):
        return verb_subjects(ctx, n.head, hops + 1)
    return _legislators_before(ctx, n), hops + 1


def _legislators_before(ctx, n) -> list:
    """The state of the lawmakers named in this or the two sentences before ("U.S. senators agreed on
    a bill. ... The bill would sanction X": the United States)."""
    from .modality import load_modality_cues

    words = load_modality_cues().legislators
    starts = [s.start for s in sentences_before(n)]
    for t in reversed(n.doc[starts[-3] if len(starts) >= 3 else 0:n.i]):
        if t.lemma_.lower() in words or t.lower_ in words:
            args = [a for c in t.children if c.dep_ in ("compound", "amod", "nmod")
                    for a in [arg_of_token(ctx, c) or (_demonym(c) if c.ent_type_ == "NORP" else None)] if a]
            if args:
                return _dedupe(args)
    return []


#: Relations whose nominalization a nationality adjective makes the state's act ("Russian meddling",
#: "Chinese sanctions"); not "the Afghan wing of X" (a place qualifies a group).
_STATE_ACTS = {"attacks", "designates", "condemns", "blames", "recognizes", "delists"}


def _intent_noun(n) -> bool:
    """An intention, plan or option noun of ``modality.yaml`` ("intention", "plan", "possibility")."""
    from .modality import load_modality_cues

    cues = load_modality_cues()
    return n.lemma_.lower() in cues.hyp_nouns or n.lemma_.lower() in cues.neg_nouns


def _bracketed(tok, head) -> bool:
    """A modifier in round brackets before its head, such as a time zone: "the 9:30 (0630 GMT) attack"."""
    doc = tok.doc
    before = [t.text for t in doc[max(tok.i - 4, 0):tok.i] if t.text in ("(", ")")]
    return bool(before) and before[-1] == "(" and any(t.text == ")" for t in doc[tok.i + 1:head.i])


def noun_subjects(ctx: Context, n, rel: str | None, hops: int = 0, skip_poss: bool = False) -> tuple[list, int]:
    """The actors doing a nominal trigger: possessor, actor modifier, "by" phrase, or a light verb's subject."""
    args = []
    for c in n.children:
        if c.dep_ == "poss" and not skip_poss and c.lower_ in _AGREE:
            gov = n
            while gov.dep_ == "conj" and not _is_verb(gov.head):
                gov = gov.head
            verb = gov.head if gov.dep_ in ("dobj", "conj") and _is_verb(gov.head) else None
            if verb is not None and any(s.dep_ == "nsubj" and s.lower_ == _AGREE[c.lower_] for s in verb.children):
                return verb_subjects(ctx, verb, hops + 1)
        if c.dep_ == "poss" and not skip_poss and c.lower_ in ("its", "their") and n.dep_ == "conj" \
                and _is_noun(n.head) and phrase_args(ctx, n.head, conj=False):
            args += phrase_args(ctx, n.head, conj=False)  # "the Iranian regime and its proxies"
        elif c.dep_ == "poss" and not skip_poss:
            args += phrase_args(ctx, c)
        elif c.dep_ in ("compound", "amod", "nmod") and c.i < n.i and not _bracketed(c, n):
            a = arg_of_token(ctx, c)
            if a is None and rel in _STATE_ACTS and c.dep_ == "amod" and c.ent_type_ == "NORP" \
                    and not _qualifies_group(ctx, c):
                a = _demonym(c)  # "Russian meddling", "Iranian interference": the act of the state
            if a and rel == "attacks" and _is_place_name(ctx, c, a):
                continue
            if a:
                args.append(a)
                args += [x for g in c.children if g.dep_ == "conj" for x in [arg_of_token(ctx, g)] if x]
    args = args or led_by(ctx, n)
    if args:
        return _dedupe(args), hops
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in n.children) and not skip_poss:
        gov = n
        while gov.dep_ == "conj" and not _is_verb(gov.head):
            gov = gov.head
        if gov.dep_ == "dobj" and _is_verb(gov.head) and gov.head.lemma_ in AVOWAL_VERBS:
            # "X reiterated her support for Y": one avows one's own stance ("criticized his support" is another's)
            return verb_subjects(ctx, gov.head, hops + 1)
        manner = gov.head.head if gov.dep_ == "pobj" and gov.head.lower_ == "in" else None
        if manner is not None and manner.dep_ in ("acomp", "amod") and _is_verb(manner.head):
            manner = manner.head  # "X was effusive in his praise of Y"
        if manner is not None and _is_verb(manner) and gov.head.i > manner.i:
            return verb_subjects(ctx, manner, hops + 1)  # "X was unwavering in her support for Y"
    for p in _pobjs(n, ("by",)):
        args += phrase_args(ctx, p)
    for c in n.children:
        if c.tag_ == "VBN" and (c.dep_ == "acl" or (c.dep_ == "relcl" and any(
                g.dep_ == "nsubjpass" and g.lower_ in RELATIVE for g in c.children))):
            for p in _pobjs(c, ("by",)):  # "the attack claimed by X", "the bombing, which was claimed by X"
                args += phrase_args(ctx, p)
    if args or rel is None:
        return _dedupe(args), hops
    light = ctx.lex.light.get(rel, frozenset())
    relay = ctx.lex.relay.get(rel, frozenset())
    t = n
    for _ in range(5):
        h = t.head
        if h.i == t.i:
            break
        if t.dep_ in ("dobj", "attr", "oprd", "nsubjpass") and _is_verb(h):
            if h.lemma_ in light:
                return verb_subjects(ctx, h, hops + 1)
            break
        if t.dep_ == "pobj" and h.dep_ in ("prep",):
            g = h.head
            if _is_noun(g) and g.lemma_ in relay:
                t = g
                continue
            if _is_verb(g) and g.lemma_ in light and h.lower_ in ("for", "in"):
                return verb_subjects(ctx, g, hops + 1)
            if _is_noun(g) and h.lower_ == "with":
                return _np_up(ctx, g), hops + 1
            if _is_noun(g) and h.lower_ == "of" and (g.lemma_ in relay or g.lemma_ in QUANTITY_NOUNS):
                t = g  # "approved a variety of sanctions": the quantity stands for the act
                continue
            break
        if t.dep_ in ("conj", "appos"):
            t = h
            continue
        if t.dep_ == "nsubj" and _is_verb(h):
            for p in _pobjs(h, ("under", "between")):
                args += phrase_args(ctx, p)
            return _dedupe(args), hops + 1
        break
    return [], hops
