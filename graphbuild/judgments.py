"""Judgments and threats a text states: damning words on a deed, and measures held out on a condition.

"Russia's immoral invasion of Ukraine", "the horrific attacks by Hamas", "Iran's provocative
actions" (said Z, or written by a government): the speaker or issuer condemns the doer
(``deed_adjectives``, ``conduct_nouns`` and ``conduct_adjectives`` of ``condemns`` in
``triggers.yaml``). "Ready to impose severe costs on X should it escalate", "will sanction X if it
...": a designation held out on a condition the target must meet warns the target now. "X boycotted the
talks in protest of Y's decision", "X protested Y's seizure of the tanker": X condemns Y. "X said (denied
that) Y used chemical weapons": X blames Y (or denies it). "may push X closer to Y", "X moved closer to
Y": X and Y draw together (cooperates). "U.S. allegations of Russian meddling", "Iran's accusations against
Israel": the accuser blames the accused. "the strikes by X violated international law", "the launch was a
violation of the resolutions" (said Z): Z condemns X. "X bears responsibility for the war", "the blame lies
with X" (said Z): Z blames X. "objects to X's decision": condemns X. Used by
:mod:`graphbuild.attribution` (judgments) and :mod:`graphbuild.extract` (threats).
"""

from __future__ import annotations

from .relations import Arg

__all__ = ["judges", "deed_judgment", "conditional_threats", "protest_candidates", "PROTEST_PREPS",
           "weapon_use_candidates", "BANNED_WEAPONS", "closer_candidates", "NEARING_VERBS",
           "accusation_candidates", "ACCUSATION_NOUNS", "violation_candidates", "responsibility_candidates",
           "VIOLATED_NORMS"]


def judges(ctx, t) -> list:
    """Who passes a judgment: the speaker of the sentence, else the issuers of the text."""
    speaker = list(ctx.speaker_of(t))
    if not speaker and getattr(ctx, "co_issuers", ()):
        speaker = [Arg(a, None, True, "issuer") for a in ctx.co_issuers]
    if not speaker and ctx.first_person(None) is not None:
        speaker = [Arg(ctx.first_person(None), None, True, "issuer")]
    return speaker


def deed_judgment(ctx, t) -> list:
    """"Russia's immoral invasion of Ukraine", "the horrific attacks by Hamas", "Iran's provocative
    actions", said Z: an attack called by a damning adjective (``deed_adjectives`` of ``condemns``),
    or someone's conduct (``conduct_nouns``) called so or provocative, reckless ... (``conduct_adjectives``),
    is condemned by the speaker (or the government issuing the text); the one condemned is who did it."""
    from .patterns import _event_agent, _event_nouns, _pairs

    spec = ctx.lex.raw["condemns"]
    deed = t.head
    lemma = deed.lemma_.lower()
    attack = any(r == "attacks" for r, _ in ctx.lex.nouns.get(lemma, ())) or lemma in _event_nouns(ctx)
    if not (attack and t.lower_ in spec.get("deed_adjectives", ()) or lemma in spec.get("conduct_nouns", ())):
        return []
    victims = {x.i for c in deed.children if c.dep_ == "prep" and c.lower_ in _VICTIM_PREPS for x in c.subtree}
    objs = [a for a in _event_agent(ctx, deed) if a.actor.type != "Place" and a.via != "group-anaphor"
            and (a.token is None or a.token.i not in victims)
            and (a.token is None or a.token.pos_ != "PRON" or a.actor.type in ("State", "ArmedGroup", "Person"))]
    return _pairs("condemns", judges(ctx, t), objs, t, "attribution", 1) if objs else []


#: Prepositions of a deed that name its target, never its doer ("the response against the Rohingya").
_VICTIM_PREPS = frozenset({"against", "on", "at", "of", "in", "into", "to", "toward", "towards"})


def _conditioned_on(sent, target_id: str, index) -> bool:
    """Whether a clause of ``sent`` puts a condition on the target ("if Russia invades", "should it
    escalate", "unless they stop"): its subject is the target or a pronoun."""
    for v in sent:
        inverted = any(c.dep_ == "aux" and c.lower_ == "should" for c in v.children) and any(
            c.dep_ == "nsubj" and c.i > a.i for c in v.children for a in v.children if a.lower_ == "should")
        if not (inverted or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in v.children)):
            continue
        for c in v.children:
            if c.dep_ != "nsubj":
                continue
            m = index.get(c.i)
            if c.lower_ in ("it", "they") or (m is not None and m.actor.id == target_id):
                return True
    return False


def conditional_threats(statements, doc, index) -> list:
    """"readiness to impose severe consequences on Russia should it escalate", "we will sanction X
    if it ...": a designation held out as possible on a condition the target is to meet warns the
    target now. Returns new asserted ``warns`` statements (same evidence, lower confidence).

    Args:
        statements: The document's statements so far.
        doc: The parsed document (to read the trigger's sentence).
        index: Token index -> mention.
    """
    from dataclasses import replace

    out = []
    for st in statements:
        if st.relation != "designates" or st.modality != "hypothetical":
            continue
        span = doc.char_span(st.evidence.trigger_start, st.evidence.trigger_end, alignment_mode="expand")
        if span is None or not _conditioned_on(span[0].sent, st.object.id, index):
            continue
        out.append(replace(st, relation="warns", modality="asserted", confidence=round(st.confidence * 0.8, 2)))
    return out


#: Prepositions after "in protest" that name what is protested: "in protest of / against / at / over X's move".
PROTEST_PREPS = ("of", "against", "at", "over")


def protest_candidates(ctx, t) -> list:
    """"X refused to meet Y in protest of Z's decision", "X protested Z's seizure of the tanker": X
    condemns the one who did what it protests (named outright, or the deed's possessor, modifier or
    "by" agent). "In protest" is said outright, whatever the verb it hangs on (a refused meeting)."""
    if t.lemma_.lower() != "protest":  # before the imports: this runs for every token
        return []
    from .arguments import arg_of_token, verb_subjects, _pobjs
    from .partners import demonym_arg
    from .patterns import _event_agent, _pairs
    from .relations import _is_noun, _is_verb

    if t.lemma_.lower() != "protest":
        return []
    kw = {}
    v = t.head.head
    for _ in range(2):  # "recalled its ambassador in protest at X": the phrase may hang on the object
        if _is_verb(v) or v.head.i == v.i:
            break
        v = v.head
    if _is_noun(t) and t.dep_ == "pobj" and t.head.lower_ in ("in", "as") and _is_verb(v):
        acts = _pobjs(t, PROTEST_PREPS) or [p for p in _pobjs(v, PROTEST_PREPS) if p.i > t.i]
        subs = verb_subjects(ctx, v)[0]
        kw = {"modality": "asserted"}
    elif _is_verb(t):
        acts = [c for c in t.children if c.dep_ == "dobj"] + _pobjs(t, ("against",))
        subs, hops = verb_subjects(ctx, t)
        subs = subs if hops == 0 and t.dep_ not in ("acl", "relcl") else []  # not "a rally at X's office protesting Y"
    else:
        return []
    objs = []
    for p in acts:
        direct = arg_of_token(ctx, p)
        objs += [direct] if direct else [a for a in _event_agent(ctx, p) if a.actor.type != "Place"] or [
            a for c in p.children if c.dep_ == "amod" and c.i < p.i for a in [demonym_arg(c)] if a]
    own = {a.actor.id for a in subs}
    return _pairs("condemns", subs, [o for o in objs if o.actor.id not in own], t, "attribution", 1, **kw)


#: Weapons whose use is itself an accusation: "said Y used chemical weapons / sarin / barrel bombs".
BANNED_WEAPONS = frozenset({"chemical", "sarin", "chlorine", "nerve", "poison", "toxic", "cluster", "barrel",
                            "phosphorus", "biological", "novichok", "mustard"})


def weapon_use_candidates(ctx, v) -> list:
    """"Moscow denied that Syria used chemical weapons", "France says Y used sarin": the speaker blames
    the user of a banned weapon, with the modality of the clause (a denial negates the blame)."""
    if v.lemma_ not in ("use", "deploy", "employ", "drop"):  # before the imports: this runs for every token
        return []
    from .arguments import verb_subjects
    from .relations import _is_verb

    if v.lemma_ not in ("use", "deploy", "employ", "drop") or not _is_verb(v):
        return []
    if not any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in BANNED_WEAPONS or any(
            w.lower_ in BANNED_WEAPONS for w in c.subtree if w.i < c.i)) for c in v.children):
        return []
    users, hops = verb_subjects(ctx, v)
    speakers = list(ctx.speaker_of(v))
    own = {a.actor.id for a in speakers}
    users = [a for a in users if a.actor.id not in own and a.actor.type in ("State", "ArmedGroup", "Organization")]
    if hops or not users or not speakers:
        return []
    from .patterns import _pairs

    return _pairs("blames", speakers, users, v, "attribution", 1)


#: Verbs of drawing nearer: "push X closer to Y" (the object), "X moved closer to Y" (the subject).
NEARING_VERBS = frozenset({"push", "drive", "draw", "bring", "move", "nudge", "pull", "edge", "inch", "tilt",
                           "shift", "drift", "lean", "gravitate", "steer", "grow"})


def closer_candidates(ctx, v) -> list:
    """"The move may push Myanmar closer to China", "Venezuela has moved closer to Russia", "drew Iran
    and Russia closer together": the two draw together (cooperates, with the clause's modality)."""
    if v.lemma_.lower() not in NEARING_VERBS:  # before the imports: this runs for every token
        return []
    from .arguments import _pobjs, phrase_args, verb_subjects
    from .patterns import _pairs, _symmetric
    from .relations import _is_verb

    if v.lemma_.lower() not in NEARING_VERBS or not _is_verb(v):
        return []
    closer = [c for c in v.children if c.lower_ in ("closer", "nearer") and c.dep_ in ("advmod", "acomp", "oprd",
                                                                                          "xcomp", "advcl")]
    if not closer:
        return []
    movers = [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
    if not movers and v.lemma_.lower() not in ("push", "drive", "bring", "nudge", "steer"):
        subs, hops = verb_subjects(ctx, v)
        movers = subs if hops == 0 else []
    if not movers:
        return []
    goals = [a for c in closer for p in _pobjs(c, ("to", "toward", "towards", "with")) for a in phrase_args(ctx, p)]
    goals += [a for p in _pobjs(v, ("to", "toward", "towards", "with")) for a in phrase_args(ctx, p)]
    if not goals and any(t.lower_ == "together" for c in closer for t in c.children) or any(
            c.lower_ == "together" for c in v.children):
        return _symmetric("cooperates", movers, v, "verb")  # "drew Iran and Russia closer together"
    # states and organizations named outright ("Russian forces moved closer to Kyiv" is an advance)
    movers = [a for a in movers if _named_outright(ctx, a) and a.actor.type in ("State", "Organization")]
    goals = [a for a in goals if _named_outright(ctx, a)]
    own = {a.actor.id for a in movers}
    return _pairs("cooperates", movers, [g for g in goals if g.actor.id not in own], v, "verb")


def _named_outright(ctx, a) -> bool:
    """The argument's token is the actor's own name ("Myanmar's military", "Russia"), not a people or
    troops modifier ("Russian forces") or a city ("Kyiv")."""
    t = a.token
    m = ctx.index.get(t.i) if t is not None else None
    if m is None or t.dep_ in ("amod", "compound"):
        return False
    name = m.text.lower().removeprefix("the ")
    for tail in ("'s military", "\u2019s military", "'s government", "\u2019s government"):
        name = name.removesuffix(tail)  # "Myanmar's military" is the state's own
    return name in (a.actor.label.lower(), a.actor.id.replace("-", " "))


#: Nouns of accusing: their owner blames whoever they name ("U.S. allegations of Russian meddling").
ACCUSATION_NOUNS = frozenset({"allegation", "accusation", "charge"})


def accusation_candidates(ctx, n) -> list:
    """"investigating U.S. allegations of Russian meddling", "Iran's accusations against Israel",
    "Washington's accusations that Moscow meddled": the accuser (the noun's possessor or state modifier)
    blames the accused (named after "against", the doer of the deed after "of", or the subject of the
    "that" clause). The accusation is made whatever the clause says of it ("Russia rejects U.S.
    allegations of meddling": still the United States' blame), so it is asserted."""
    if n.lemma_.lower() not in ACCUSATION_NOUNS:  # before the imports: this runs for every token
        return []
    from .arguments import _pobjs, arg_of_token, phrase_args
    from .partners import demonym_arg
    from .patterns import _event_agent, _pairs
    from .relations import _is_noun

    if n.lemma_.lower() not in ACCUSATION_NOUNS or not _is_noun(n):
        return []
    accusers = [a for c in n.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < n.i
                for a in [arg_of_token(ctx, c) or (demonym_arg(c) if c.dep_ == "amod" else None)] if a]
    accusers = [a for a in accusers if a.actor.type in ("State", "GovernmentOrgan", "Organization", "ArmedGroup")]
    if not accusers:
        return []
    accused = [a for p in _pobjs(n, ("against",)) for a in phrase_args(ctx, p)]
    for p in _pobjs(n, ("of",)):
        accused += [a for a in _event_agent(ctx, p) if a.actor.type != "Place"] or [
            a for c in p.children if c.dep_ == "amod" and c.i < p.i for a in [demonym_arg(c)] if a]
    for c in n.children:
        if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            accused += [a for s in c.children if s.dep_ == "nsubj" for a in phrase_args(ctx, s)]
    own = {a.actor.id for a in accusers}
    return _pairs("blames", accusers, [a for a in accused if a.actor.id not in own], n, "noun", 1,
                  modality="asserted")


#: What a deed can violate so that saying it condemns the doer: "violated international law / X's sovereignty".
VIOLATED_NORMS = frozenset({"law", "resolution", "sovereignty", "ceasefire", "truce", "agreement", "airspace",
                            "norm", "charter", "obligation", "commitment", "integrity", "accord", "convention",
                            "border", "right", "rights", "armistice", "deal", "treaty", "territory"})


def _doers(ctx, tok) -> list:
    """Who did what ``tok`` names: the actor itself, or the agent of a deed ("the strikes by X")."""
    from .arguments import arg_of_token
    from .patterns import _event_agent

    direct = arg_of_token(ctx, tok)
    # a private person's deed is rarely the point ("Navalny's poisoning" names the victim)
    return [direct] if direct else [a for a in _event_agent(ctx, tok) if a.actor.type != "Place"
                                    and not (a.actor.type == "Person" and not a.actor.acts_for)]


def violation_candidates(ctx, t) -> list:
    """"X violated international law", "the strikes by X breached the ceasefire", "the launch by X was a
    clear violation of the resolutions", said Z (or issued by a government): Z condemns X."""
    if t.lemma_.lower() not in ("violate", "breach", "flout", "contravene", "violation"):  # before the imports: this runs for every token
        return []
    from .arguments import _pobjs
    from .patterns import _pairs
    from .relations import _is_verb

    lemma = t.lemma_.lower()
    norms = lambda h: h.lemma_.lower() in VIOLATED_NORMS or h.lower_ in VIOLATED_NORMS  # noqa: E731
    if lemma in ("violate", "breach", "flout", "contravene") and _is_verb(t):
        if not any(c.dep_ == "dobj" and norms(c) for c in t.children):
            return []
        subj = [c for c in t.children if c.dep_ == "nsubj"]
    elif lemma in ("violation", "breach") and t.dep_ == "attr" and t.head.lemma_ == "be":
        if not any(norms(p) for p in _pobjs(t, ("of",))):
            return []
        subj = [c for c in t.head.children if c.dep_ == "nsubj"]
    else:
        return []
    doers = [a for c in subj for a in _doers(ctx, c)]
    judges_ = [a for a in judges(ctx, t)]
    own = {a.actor.id for a in judges_}
    return _pairs("condemns", judges_, [a for a in doers if a.actor.id not in own], t, "attribution", 1)


def responsibility_candidates(ctx, t) -> list:
    """"X bears full responsibility for the war", "the responsibility lies with X", "the blame rests with
    X", said Z: Z blames X. "Z objects to X's decision": Z condemns X."""
    if t.lemma_.lower() not in ("object", "responsibility", "blame"):  # before the imports: this runs for every token
        return []
    from .arguments import _pobjs, phrase_args, verb_subjects
    from .patterns import _pairs
    from .relations import _is_verb

    lemma = t.lemma_.lower()
    if lemma == "object" and _is_verb(t):
        objs = [a for p in _pobjs(t, ("to",)) for a in _doers(ctx, p)]
        subs = verb_subjects(ctx, t)[0]
        own = {a.actor.id for a in subs}
        return _pairs("condemns", subs, [a for a in objs if a.actor.id not in own], t, "verb", 0)
    if lemma not in ("responsibility", "blame"):
        return []
    if t.dep_ == "dobj" and t.head.lemma_ in ("bear", "carry", "shoulder") and _pobjs(t, ("for",)):
        named = verb_subjects(ctx, t.head)[0]
    elif t.dep_ == "nsubj" and t.head.lemma_ in ("lie", "rest") and _is_verb(t.head):
        named = [a for p in _pobjs(t.head, ("with",)) for a in phrase_args(ctx, p)]
    else:
        return []
    blamers = list(ctx.speaker_of(t)) or judges(ctx, t)
    own = {a.actor.id for a in blamers}
    return _pairs("blames", blamers, [a for a in named if a.actor.id not in own], t, "attribution", 1)
