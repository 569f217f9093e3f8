"""The relation patterns: from each trigger in a sentence to :class:`~graphbuild.relations.Candidate` s.

:func:`sentence_candidates` walks a sentence's tokens once and asks each kind of pattern at its
trigger words. Verbs (active, passive, participles, "remove X from the list", undoing a
designation, recognition with its sense check) live in :mod:`graphbuild.verbs`, coordinated
subjects of symmetric verbs ("X and Y met") here. Nominalizations (with
light verbs) live in :mod:`graphbuild.nouns`, attribution ("hold X accountable", "blamed X for
orchestrating the attack") in :mod:`graphbuild.attribution`, argument finding in
:mod:`graphbuild.arguments` and :mod:`graphbuild.subjects`.
"""

from __future__ import annotations

from bisect import bisect_left

from .arguments import _pobjs, arg_of_token, led_by, phrase_args, verb_subjects
from .attackers import attack_act_candidates, attack_act_words
from .attackers import remember_attack as _remember_attack  # noqa: F401 (for attribution and verbs)
from .nominal import co_agent_candidates, joint, joint_group_candidates
from .peoples import place_anaphor_args
from .brands import drop_name_parts
from .causes import drop_caused_wars
from .sites import site_candidates
from .locatives import drop_locating_states
from .subheads import drop_heading_arguments
from .threats import threat_candidates
from .verbal import verbal_frame_candidates, words_not_arms
from .judgments import (
    accusation_candidates, closer_candidates, protest_candidates, responsibility_candidates, violation_candidates,
    weapon_use_candidates,
)
from .partners import backed_attackers_candidates, hyphen_pair_candidates, meeting_holder_candidates
from .prose import doc_memo, doc_text, heads_of, token_column
from .relations import ACTORISH, Arg, Candidate, Context, _dedupe, _is_noun, _is_verb

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


#: Relations whose act, threatened, makes the threatened party warned.
_HOSTILE = ("attacks", "designates")


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


_WORD_RULES: dict = {}
_JOINT: list = [None, frozenset()]


def _joint_modifiers(lex) -> frozenset:
    """``joint_modifiers`` of ``triggers.yaml`` as a frozenset (what :func:`nominal.joint` reads)."""
    if _JOINT[0] is not lex:
        _JOINT[0], _JOINT[1] = lex, frozenset(w.lower() for w in lex.raw["cooperates"].get("joint_modifiers", ()))
    return _JOINT[1]


def _word_rules(lex) -> tuple[tuple, frozenset]:
    """The rules that may start at any content word (attribution, judgments, labels, hyphenated
    participles ...), and every word (lemma or lower-case form) at which one of them can start: each
    rule's own first test asks for one of these words, so a token with none of them gives no rule a
    candidate and the loop makes no call (the rules' word lists are read from their modules and
    ``data/triggers.yaml``; a new rule here needs its words added below)."""
    key = id(lex)
    if key not in _WORD_RULES:
        from . import attribution as att
        from . import implicit, judgments

        rules = (att.attribution_candidates, att.judgment_candidates, att.consequence_candidates,
                 att.labeling_candidates, protest_candidates, weapon_use_candidates, closer_candidates,
                 accusation_candidates, violation_candidates, responsibility_candidates, att.hyphen_candidates,
                 att.unrecognized_candidates, att.weapon_reach_candidates)
        raw = lex.raw
        words = set(att.DENIALS) | set(att.WRONGS) | {"responsible", "blame", "role", "behind"}
        for k in ("predicate_adjectives", "deed_adjectives", "conduct_adjectives", "labeling_verbs"):
            words |= set(raw["condemns"].get(k, ()))
        words |= set(raw.get("warns", {}).get("face_verbs", ()))
        words |= {"protest", "use", "deploy", "employ", "drop", "violate", "breach", "flout", "contravene",
                  "violation", "object", "responsibility"}
        words |= judgments.NEARING_VERBS | judgments.ACCUSATION_NOUNS | implicit.RECOGNIZED | implicit.REACH_VERBS
        for r in ("cooperates", "governs"):
            words |= set(raw[r].get("hyphen_participles", ()))
        _WORD_RULES[key] = (lex, rules, frozenset(w.lower() for w in words))
    return _WORD_RULES[key][1:]


_LIVE_WORDS: dict = {}  # id(lex) -> (lex, the words, lemma string id -> whether its lower case is one)


def _live_tokens(doc, lex, acts: frozenset, rule_words: frozenset, heads: frozenset) -> list[int]:
    """The indices of the tokens at which the loop of :func:`sentence_candidates` can do anything,
    once per ``Doc``: an attack-act lemma, a trigger lemma of ``triggers.yaml`` (verbs and nouns), an
    undoing verb or "hold", a word of the word rules (lemma or lower-case form), a discussing verb,
    or the head of "joint"/"together". Every branch of the loop starts with one of these tests; the
    others are not visited (most words of a text)."""
    memo = doc_memo(doc)
    live = memo.get("patterns.live")
    if live is not None:
        return live
    known = _LIVE_WORDS.get(id(lex))
    if known is None or known[0] is not lex:
        words = set(lex.verbs) | set(lex.nouns) | set(lex.raw["delists"].get("undo_verbs", ())) | {"hold"}
        words = frozenset(w.lower() for w in words | rule_words | _DISCUSSING)
        known = _LIVE_WORDS[id(lex)] = (lex, words, {})
    _, words, lemma_ok = known
    strings = doc.vocab.strings
    rule_ids = frozenset(strings[w] for w in rule_words)
    lemmas = token_column(doc, "LEMMA").tolist() if len(doc) else []
    for h in set(lemmas).difference(lemma_ok):
        lemma_ok[h] = h in acts or (strings[h].lower() in words if h in strings else True)
    lowers = token_column(doc, "LOWER").tolist() if len(doc) else []
    live = memo["patterns.live"] = [i for i, (h, w) in enumerate(zip(lemmas, lowers))
                                    if lemma_ok[h] or w in rule_ids or i in heads]
    return live


_NO_TRIGGER_POS = frozenset({"PUNCT", "DET", "CCONJ", "SCONJ", "PART", "NUM", "SYM", "SPACE", "PRON", "INTJ"})


def sentence_candidates(sent, ctx: Context) -> list:
    """All relation candidates of one sentence."""
    from . import attribution as att
    from .nouns import noun_candidates
    from .verbs import undo_candidates, verb_candidates

    lex = ctx.lex
    sent_low = doc_text(sent.doc)[sent.start_char:sent.end_char].lower()  # Span.text re-joins its tokens
    ctx.memory.sentence += 1
    out = []
    acts, proper = _word_ids(sent.doc.vocab.strings, attack_act_words(lex))  # ints: no string per token
    word_rules, word_rules_start = _word_rules(lex)
    joint_heads = heads_of(sent.doc, _joint_modifiers(lex))  # "joint strikes", "coordinated action"
    together_heads = heads_of(sent.doc, _TOGETHER)
    doc = sent.doc
    live = _live_tokens(doc, lex, acts, word_rules_start, joint_heads | together_heads)
    for i in live[bisect_left(live, sent.start):bisect_left(live, sent.end)]:
        t = doc[i]
        if t.lemma in acts:  # "drove a truck into X", "charged with the X attack", "the X bomber"
            out += attack_act_candidates(ctx, t, sent_low)
        if t.tag in proper or (ctx.index.get(t.i) is not None and not _is_verb(t)):
            continue
        lemma = t.lemma_.lower()
        if _is_verb(t) or _infinitive_noun(t):
            subs_for_blame = None
            for rel, opts in lex.verbs.get(lemma, ()):
                found = verb_candidates(ctx, t, rel, opts, sent_low)
                out += found or (site_candidates(ctx, t) if rel == "attacks" else [])  # "a village near X"
                if rel == "blames":
                    subs_for_blame = verb_subjects(ctx, t)[0]
            if subs_for_blame is not None:
                out += att.blame_for_candidates(ctx, t, subs_for_blame)
            out += undo_candidates(ctx, t, sent_low)
            out += att.hold_candidates(ctx, t)
        elif _is_noun(t):
            for rel, opts in lex.nouns.get(lemma, ()):
                if opts.get("plural") is None or True:
                    found = noun_candidates(ctx, t, rel, opts, sent_low)
                    out += found or hyphen_pair_candidates(ctx, t, rel, opts) or meeting_holder_candidates(
                        ctx, t, rel) or backed_attackers_candidates(ctx, t, rel, opts) or (
                        verbal_frame_candidates(ctx, t) if lemma == "attack" else [])
            if t.i in joint_heads and joint(ctx, t):
                if not any(r == "cooperates" for r, _ in lex.nouns.get(lemma, ())):
                    out += noun_candidates(ctx, t, "cooperates", {"objects": ["with"]}, sent_low)
                out += joint_group_candidates(ctx, t)
        if t.pos_ in _NO_TRIGGER_POS:  # none of the word rules below starts at these
            continue
        if lemma in word_rules_start or t.lower_ in word_rules_start:  # most words start none of them
            for rule in word_rules:
                out += rule(ctx, t)
        if _is_verb(t) and lemma in _DISCUSSING:  # "Blinken and Prince Faisal discussed the war": they talked
            subs, hops = verb_subjects(ctx, t)
            if hops == 0 and len({a.actor.id for a in subs}) >= 2:
                # "X and Y did not discuss trade at their summit": they met all the same
                out += _symmetric("meets", _dedupe(subs), t, "coordination", hops, exempt=frozenset({"negated"}))
        if t.i in together_heads and _is_verb(t) and any(c.dep_ == "advmod" and c.lower_ in _TOGETHER
                                                        for c in t.children):
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
