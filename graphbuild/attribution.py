"""Attribution patterns: who blames whom, who is said to have attacked, and non-asserted readings.

"hold X accountable", "X was to blame / is responsible / was behind it / played a role" (the
speaker blames X), "X's attack was outrageous" (the speaker condemns X; damning adjectives on a
deed, "X's immoral invasion", are read by :mod:`graphbuild.judgments`), "blamed X for
orchestrating the attack on Y" (X attacks Y, as the blamer says), attacks reported under
"concluded/believes that" (the believer blames the attacker), "X denied it was behind the attack"
(a negated attack), "Y pushed back on X's accusations" (X blames Y),
and the loose readings kept only for hypothetical or negated clauses: an act with no subject of its
own takes the subject above it (through coordination, or the speaker of "they said they ...").
Further context readings (pending pacts, reprisals, unrecognized parties, weapon ranges) live in
:mod:`graphbuild.implicit` and are re-exported here. These never become plain edges.
"""

from __future__ import annotations

from .arguments import arg_of_token, phrase_args, verb_subjects
from .patterns import _event_nouns, _pairs, _remember_attack, _target_args
from .arguments import _passive, _pobjs
from .relations import Arg, Context, _is_verb
from .judgments import deed_judgment, judges
from .culpability import issuer_blame
from .implicit import loose_parties, reprisal_target, unrecognized_candidates, weapon_reach_candidates  # noqa: F401

#: What a speaker can call someone's deed: "an act of aggression", "genocide".
WRONGS = {"aggression", "genocide", "terrorism", "crime", "atrocity", "violation", "massacre", "provocation"}

__all__ = [
    "hold_candidates", "attribution_candidates", "rejected_denial_candidates", "blame_for_candidates",
    "attributed_attacks",
    "accused_by_governor", "governor_object", "loose_subject", "loose_parties", "reprisal_target",
    "unrecognized_candidates", "weapon_reach_candidates", "loose_partner", "consequence_candidates",
    "labeling_candidates", "hyphen_candidates",
]


def loose_subject(ctx, rel, n, objs) -> list:
    """A nominal trigger with an object but no subject, in a hypothetical or negated clause ("X believes
    any talks with Y would require ..."): kept as a non-plain statement with the nearest actor
    subject above it, at low confidence. Never used for asserted clauses."""
    from .modality import modality_of

    modality, _ = modality_of(n.head if n.dep_ in ("nsubj", "nsubjpass") and _is_verb(n.head) else n)
    if modality not in ("hypothetical", "negated"):
        return []
    t = n
    for _ in range(7):
        if t.head.i == t.i:
            break
        t = t.head
        if _is_verb(t):
            subs = [a for c in t.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
            if not subs and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and t.dep_ == "conj":
                subs = verb_subjects(ctx, t)[0]  # "They discussed X and underlined ... readiness to impose Y"
            if not subs and t.dep_ == "ccomp" and _is_verb(t.head) and any(
                    c.dep_ == "nsubj" and c.lower_ in ("they", "it", "we") for c in t.children):
                # "lawmakers said they agreed on sanctions on X": the speaker is the pronoun
                subs = [a for c in t.head.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
            if subs:
                return _pairs(rel, subs, objs, n, "loose", 2, modality=modality)
    return []


def governor_object(ctx, g) -> list:
    """The actor a verb or sanction noun acts on: its direct object, or its "on/against" phrase."""
    if _is_verb(g):
        direct = [a for c in g.children if c.dep_ in ("dobj", "nsubjpass") for a in phrase_args(ctx, c)]
        # "inflicting costs on X for their assault": the "on" phrase of the verb
        return direct or [a for p in _pobjs(g, ("on", "against")) for a in phrase_args(ctx, p)]
    return [a for p in _pobjs(g, ("on", "against")) for a in phrase_args(ctx, p)]


def loose_partner(ctx, rel, v, subs) -> list:
    """"Pyongyang must engage diplomatically", "if the FBI cooperates, I would accept": a symmetric
    relation with no named partner, in a hypothetical or negated clause, is read with the speaker
    (or the government issuing the statement) as the partner. Never used for asserted clauses."""
    from .modality import modality_of

    modality, _ = modality_of(v)
    if modality not in ("hypothetical", "negated") or not subs:
        return []
    partner = list(ctx.speaker_of(v))
    if not partner and ctx.first_person(None) is not None:
        partner = [Arg(ctx.first_person(None), None, True, "issuer")]
    return _pairs(rel, subs, partner, v, "loose", 2, modality=modality)


def accused_by_governor(ctx, n) -> list:
    """"X pushed back on / rejected the U.S. accusations": X is the accused."""
    verbs = set(ctx.lex.raw["blames"].get("object_from_governor", ()))
    t = n
    if t.dep_ == "pobj" and t.head.dep_ == "prep":
        t = t.head
    if t.dep_ in ("dobj", "prep") and _is_verb(t.head) and t.head.lemma_ in verbs:
        return verb_subjects(ctx, t.head)[0]
    return []


def hold_candidates(ctx: Context, v) -> list:
    """"hold X accountable", "call for X to be held responsible"."""
    adjs = set(ctx.lex.raw["blames"].get("hold_adjectives", ()))
    if v.lemma_ != "hold" or not any(c.lower_ in adjs for c in v.children):
        return []
    objs = [a for c in v.children if c.dep_ in ("dobj", "nsubjpass", "nsubj") and _passive(v) == (c.dep_ == "nsubjpass")
            for a in phrase_args(ctx, c)]
    if not _passive(v):
        objs = [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
        subs, hops = verb_subjects(ctx, v)
    else:
        subs, hops = verb_subjects(ctx, v)
        if not subs:
            t = v
            for _ in range(4):
                t = t.head
                poss = [c for c in t.children if c.dep_ == "poss"]
                if poss:
                    subs = phrase_args(ctx, poss[0])
                    break
                if _is_verb(t) and any(c.dep_ in ("nsubj",) for c in t.children):
                    subs, _ = verb_subjects(ctx, t)
                    break
                if t.head.i == t.i:
                    break
    return _pairs("blames", subs, objs, v, "attribution", hops + 1, exempt=frozenset({"hypothetical"}))


def judgment_candidates(ctx: Context, t) -> list:
    """"X's detention of Y is unacceptable", "the attack by X was outrageous", said Z: the speaker
    (or the government issuing the statement) condemns the one who did it."""
    words = ctx.lex.raw["condemns"].get("predicate_adjectives", ())
    if t.dep_ == "amod" and (t.lower_ in ctx.lex.raw["condemns"].get("deed_adjectives", ()) or t.lower_ in ctx.lex.raw[
            "condemns"].get("conduct_adjectives", ())):
        return deed_judgment(ctx, t)
    if t.lemma_.lower() not in words:
        return []
    # "are illegal, unacceptable and destabilizing": the first judging word of the list speaks
    first = t
    while first.dep_ == "conj":
        first = first.head
    chain = [first] + [c for c in first.subtree if c.dep_ == "conj" and c.i < t.i]
    if first.i != t.i and any(w.lemma_.lower() in words for w in chain if w.i != t.i):
        return []
    t = first if first.i != t.i else t
    if t.dep_ != "acomp" or t.head.lemma_ != "be":
        return []
    if any(c.dep_ == "neg" for c in t.head.children):
        return []
    from .patterns import _event_agent

    objs = []
    for c in t.head.children:
        if c.dep_ == "nsubj":
            direct = arg_of_token(ctx, c)
            if direct:
                objs.append(direct)
                continue
            nouns = [c] + [g for g in c.children if g.dep_ == "conj"]
            # "the detention of Y by X": a "by" agent, else the possessor ("X's seizure of the tanker")
            objs += [a for n in nouns for p in _pobjs(n, ("by",)) for a in phrase_args(ctx, p)] or [
                a for n in nouns for a in _event_agent(ctx, n)]
    if not objs:
        return []
    return _pairs("condemns", judges(ctx, t), objs, t, "attribution", 1)


def attribution_candidates(ctx: Context, t) -> list:
    """"the Kremlin said X was to blame / is responsible / was behind it / played a role"; "Y rejected X's
    denials (of involvement)" (:func:`rejected_denial_candidates`)."""
    if t.lemma_ in DENIALS and t.pos_ == "NOUN":
        return rejected_denial_candidates(ctx, t)
    subj_tok = None
    if t.lemma_ == "responsible" and t.dep_ in ("amod", "acl") and t.i > t.head.i and _pobjs(t, ("for",)):
        # "sanctions on officials of X responsible for the invasion": the writer blames X
        objs = phrase_args(ctx, t.head)
        speaker = list(ctx.speaker_of(t))
        gov = t.head
        for _ in range(6):
            if _is_verb(gov) or gov.head.i == gov.i:
                break
            gov = gov.head
        if not speaker and _is_verb(gov):  # "Canada sanctioned officials responsible for X"
            speaker = verb_subjects(ctx, gov)[0]
            if speaker and gov.lemma_.lower() not in JUDGING_VERBS and not all(
                    a.actor.type in ("State", "GovernmentOrgan") or a.actor.acts_for for a in speaker):
                return []  # "he empowered X's operatives responsible for assassinations": a designee's deed, no blame
        if not speaker and ctx.first_person(None) is not None:
            speaker = [Arg(ctx.first_person(None), None, True, "issuer")]
        return _pairs("blames", speaker, objs, t, "attribution", 1) if objs else []
    if t.lemma_ == "responsible" and t.dep_ == "acomp" and t.head.lemma_ == "be" and not _duty(ctx, t):
        subj_tok = t.head
    elif t.lemma_ == "blame" and t.dep_ == "xcomp" and t.head.lemma_ == "be":
        subj_tok = t.head
    elif t.lower_ == "behind" and t.dep_ == "prep" and t.head.lemma_ == "be":
        subj_tok = t.head
    elif t.lemma_ == "role" and t.dep_ == "dobj" and t.head.lemma_ == "play":
        subj_tok = t.head
    elif t.lemma_ in WRONGS and t.dep_ in ("attr", "dobj") and t.head.lemma_ in ("be", "constitute", "amount"):
        subj_tok = t.head  # "X's support was aggression", "the sanctions constitute genocide"
    elif (t.lemma_ in WRONGS and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ == "act"
          and t.head.head.dep_ in ("attr", "dobj") and t.head.head.head.lemma_ in ("be", "constitute")):
        subj_tok = t.head.head.head  # "... was an act of aggression"
    if subj_tok is None:
        return []
    objs = [a for c in subj_tok.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
    speaker = ctx.speaker_of(t) or (issuer_blame(ctx, t) if objs else [])  # "X is to blame" in the text's voice
    if not objs and speaker and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "he", "she")
                                    for c in subj_tok.children):
        objs = list(speaker)  # "Ukraine denied it was behind the attack"
    if not objs or not speaker:
        return []
    denier = _denying_verb(t)
    if denier is not None:  # "Iran denied it was behind the launch": a denied attack, not blame
        if {a.actor.id for a in speaker} & {a.actor.id for a in objs}:
            targets = _event_targets(ctx, t) or list(ctx.memory.targets[:1])
            return _pairs("attacks", objs, targets, t, "attribution", 1, modality="negated")
    # calling a deed a moral wrong ("the sanctions constitute genocide") condemns it; calling it an
    # aggression or a provocation, or saying who did it, blames
    rel = "condemns" if t.lemma_ in WRONGS - {"aggression", "provocation"} else "blames"
    return _pairs(rel, speaker, objs, t, "attribution", 1)


#: Verbs whose subject judges the people it acts on ("sanctioned officials responsible for X").
JUDGING_VERBS = frozenset({"sanction", "designate", "target", "condemn", "blame", "accuse", "hold", "punish", "penalize",
                           "impose", "identify", "charge", "indict", "expose", "name", "list", "block", "ban"})
#: Nouns of denying a deed: "Y rejected X's denials that it was involved".
DENIALS = frozenset({"denial"})
#: Verbs that reject what their object says ("dismissed X's denials"); "accept" rejects when negated.
REJECTING = frozenset({"reject", "dismiss", "refute", "rebuff", "discount", "disbelieve", "doubt"})


def rejected_denial_candidates(ctx: Context, n) -> list:
    """"Israel refuses to accept Syria's denials that it was implicated in the bombing", "Kyiv dismissed
    Moscow's denial": whoever rejects a denial blames the denier (read from the possessor, "X's denials",
    or "denials by/from X")."""
    from .clauses import negative_verb
    from .modality import load_modality_cues

    v = n.head
    if n.dep_ != "dobj" or not _is_verb(v):
        return []
    lemma = v.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in v.children) or (
        v.dep_ == "xcomp" and negative_verb(v.head, load_modality_cues()))  # "refuses to accept"
    if not (lemma in REJECTING or lemma in ("accept", "believe", "buy") and negated):
        return []
    deniers = [a for c in n.children if c.dep_ == "poss" for a in [arg_of_token(ctx, c)] if a]
    deniers += [a for p in _pobjs(n, ("by", "from")) for a in phrase_args(ctx, p)]
    subs = verb_subjects(ctx, v)[0]
    own = {a.actor.id for a in subs}
    return _pairs("blames", subs, [d for d in deniers if d.actor.id not in own], n, "attribution", 1,
                  modality="asserted")  # the rejection is said outright, whatever it governs


def _duty(ctx, t) -> bool:
    """"X is responsible for providing funds / managing the accounts": a task, not a blame; only a
    hostile act after "responsible for" ("for attacking X", "for the bombing") blames."""
    gerunds = [g for p in _pobjs(t, ("for",)) for g in [p] if g.tag_ == "VBG"]
    gerunds += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pcomp"]
    hostile = {"attacks", "warns"}
    return bool(gerunds) and not any(r in hostile for g in gerunds for r, _ in ctx.lex.verbs.get(g.lemma_, ()))


def _denying_verb(t):
    for _ in range(6):
        if t.lemma_ in ("deny", "reject", "dismiss", "refute") and _is_verb(t):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _event_targets(ctx, t) -> list:
    out = []
    for e in t.subtree:
        if e.lemma_ in _event_nouns(ctx):
            out += [a for q in _pobjs(e, ("on", "against", "in", "at")) for a in phrase_args(ctx, q)]
    return out


def blame_for_candidates(ctx: Context, v, subs) -> list:
    """"blamed X for (orchestrating) the attack on Y": X attacks Y (as the blamer says)."""
    out = []
    accused = [a for c in v.children if c.dep_ in ("dobj", "nsubjpass") for a in phrase_args(ctx, c)]
    if not accused:
        return out
    fors = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
            for p in c.children if p.dep_ in ("pobj", "pcomp")]
    for p in fors:
        events = [p] if p.lemma_ in _event_nouns(ctx) else [
            c for c in p.children if c.dep_ == "dobj" and c.lemma_ in _event_nouns(ctx)]
        for e in events:
            targets = [a for q in _pobjs(e, ("on", "against", "of", "in", "at")) for a in _target_args(ctx, q)]
            targets += [a for c in e.children if c.dep_ in ("compound", "nmod") for a in [arg_of_token(ctx, c)] if a]
            if not targets and any(c.lower_ in ("the", "this", "these") or c.dep_ == "poss" for c in e.children):
                targets = list(ctx.memory.targets)
            out += _pairs("attacks", accused, targets, e, "attribution", 2,
                          speaker=subs[0] if subs else None)
            _remember_attack(ctx, accused, targets)
    return out


def attributed_attacks(ctx: Context, cands) -> list:
    """An attack reported under "concluded/believes that X attacked": the speaker blames X."""
    verbs = set(ctx.lex.raw["blames"].get("attributing_verbs", ())) - {"say", "state", "claim"}
    out = []
    for c in cands:
        if c.relation != "attacks" or c.trigger.dep_ in ("nsubj", "nsubjpass"):
            continue  # "Houthi attacks threaten security", said X: a description, not an attribution
        t = c.trigger
        for _ in range(6):
            if t.dep_ == "ccomp" and t.head.lemma_ in verbs:
                speakers, _ = verb_subjects(ctx, t.head)
                out += _pairs("blames", speakers, [c.subject], c.trigger, "attribution", c.hops + 1)
                break
            if t.head.i == t.i:
                break
            t = t.head
    return out


def consequence_candidates(ctx: Context, t) -> list:
    """"X would face severe consequences", made clear by Z (or said in Z's own statement): Z warns X.

    The warning is asserted even though the consequence is only a prospect; a negated clause
    ("X will not face consequences") is no warning.
    """
    opts = ctx.lex.raw.get("warns", {})
    if not _is_verb(t) or t.lemma_.lower() not in opts.get("face_verbs", ()):
        return []
    nouns = set(opts.get("face_nouns", ()))
    obj = [c for c in t.children if c.dep_ == "dobj"]
    if not obj or not any(o.lemma_.lower() in nouns or any(
            q.lemma_.lower() in nouns for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
            for q in p.children if q.dep_ == "pobj") for o in obj):
        return []
    if any(c.dep_ == "neg" for c in t.children):
        return []
    objs = verb_subjects(ctx, t)[0]
    if not objs:
        return []
    speaker = list(ctx.speaker_of(t))
    gov = t
    while not speaker and gov.dep_ in ("ccomp", "conj", "acl") and gov.head.i != gov.i:
        if gov.dep_ == "acl" and gov.head.lemma_.lower() not in opts.get("face_carriers", ()):
            break
        gov = gov.head  # "we made clear that X would face consequences"
        if _is_verb(gov):
            speaker = verb_subjects(ctx, gov)[0]
        elif gov.lemma_.lower() in opts.get("face_carriers", ()):
            # "issued a warning that X would bear the consequences": who issued it
            from .arguments import noun_subjects

            speaker = noun_subjects(ctx, gov, "warns")[0]
    if not speaker and gov.dep_ == "ROOT" and getattr(ctx, "co_issuers", ()):
        speaker = [Arg(a, None, True, "issuer") for a in ctx.co_issuers]
    elif not speaker and gov.dep_ == "ROOT" and ctx.first_person(None) is not None:
        speaker = [Arg(ctx.first_person(None), None, True, "issuer")]
    return _pairs("warns", speaker, objs, t, "attribution", 1, exempt=frozenset({"hypothetical"}))


def labeling_candidates(ctx: Context, v) -> list:
    """"X called Y a terrorist state", "X branded Y's occupation illegal", "X described the Y-led
    sanctions as genocide": X condemns Y (or whoever did the act it labels). The label is a word of
    ``labels`` (with ``predicate_adjectives``) right after the object, inside the verb's clause."""
    spec = ctx.lex.raw["condemns"]
    if not _is_verb(v) or v.lemma_.lower() not in spec.get("labeling_verbs", ()):
        return []
    from .patterns import _event_agent

    objs_tok = [c for c in v.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    if not objs_tok:
        return []
    o = objs_tok[0]
    words = set(spec.get("labels", ())) | set(spec.get("predicate_adjectives", ())) | WRONGS
    clause = [t for t in v.subtree if t.i > o.i and t.i - o.i <= 10 and not (
        t.dep_ in ("relcl", "advcl", "ccomp") and t.head.i != v.i)]
    label = next((t for t in clause if t.lemma_.lower() in words or t.lower_ in words), None)
    if label is None or any(t.dep_ == "neg" for t in (label, *label.children)):
        return []
    direct = arg_of_token(ctx, o)
    objs = [direct] if direct else (phrase_args(ctx, o) if o.lemma_ not in _event_nouns(ctx) else [])
    if not direct:
        agent = _event_agent(ctx, o)
        objs = agent or objs
    if not objs:  # "the Japanese move", "the French seizure of X": the state's act
        from .arguments import _demonym

        objs = [a for c in o.children if c.dep_ == "amod" and c.ent_type_ == "NORP" and c.i < o.i
                for a in [_demonym(c)] if a]
    subs, hops = verb_subjects(ctx, v)
    return _pairs("condemns", subs, objs, v, "attribution", hops + 1)


def hyphen_candidates(ctx: Context, t) -> list:
    """"the al-Qaida-aligned group JNIM", "Iran-backed Houthi rebels": the actor before the hyphen
    cooperates with the one the phrase names; "Taliban-ruled Afghanistan": it governs the place
    (``hyphen_participles`` of ``cooperates`` and ``governs``)."""
    doc = t.doc
    if t.dep_ != "amod" or t.i < 2 or doc[t.i - 1].text not in ("-", "\u2013", "\u2010"):
        return []  # the cheap test first: this runs for every token
    rel = next((r for r in ("cooperates", "governs") if t.lower_ in ctx.lex.raw[r].get("hyphen_participles", ())), None)
    if rel is None:
        return []
    from .arguments import arg_of_token

    m = ctx.index.get(t.i - 2)
    if m is None:
        return []
    backer = Arg(m.actor, doc[t.i - 2])
    head = t.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "-aligned terrorist group JNIM"
    if rel == "governs":  # "Taliban-ruled Afghanistan", "Hamas-run Gaza": only a named place or state
        ruled = arg_of_token(ctx, head)
        others = [ruled] if ruled is not None and ruled.actor.type in ("State", "Place") else []
    else:
        # the phrase's own name or name modifier, not its "on/of" phrases ("Iran-backed groups on U.S. forces")
        named = [arg_of_token(ctx, head)] + [arg_of_token(ctx, c) for c in head.children if c.dep_ == "appos" or (
            c.dep_ in ("compound", "nmod") and c.i < head.i)]  # "the X-aligned group JNIM", "JNIM, an X-aligned group"
        named += [arg_of_token(ctx, head.head)] if head.dep_ == "appos" else []
        others = [a for a in named if a is not None and a.actor.id != m.actor.id]
    if not others:
        return []
    return _pairs(rel, [backer], others[:1], t, "noun", 1)

