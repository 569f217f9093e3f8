"""Relations read at a nominal trigger ("X's attack on Y", "sanctions imposed on X by Y", "the deal
between A and B"), for :func:`graphbuild.patterns.sentence_candidates`.

The subject comes from the noun's possessor, modifiers, "by" phrase or governing light verb
(:func:`graphbuild.arguments.noun_subjects`); objects from the trigger's prepositions in
``data/triggers.yaml``, with readings of their own for attacks (a place phrase, a remembered target, a
people or a state's forces as target) and for pacts (the parties of "between"/"among").
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, noun_subjects, phrase_args, verb_subjects
from .attackers import anaphoric_attackers, remembered_targets
from .attackers import remember_attack as _remember_attack
from .culprits import charged_plot
from .nominal import aim_of, hostile_noun, joint, listed_members, through_owner
from .patterns import (
    _HOSTILE,
    _WATERS,
    _context_ok,
    _event_agent,
    _event_nouns,
    _official_visit,
    _pairs,
    _placeish,
    _symmetric,
    _target_args,
    _types_ok,
)
from .peoples import people_args, security_owner_args
from .relations import Arg, Context, _dedupe, _is_verb

__all__ = ["noun_candidates"]


#: Journeys whose traveller a circumstantial phrase leaves to the clause ("on a visit to Y, X ...").
_JOURNEYS = frozenset({"visit", "trip", "tour"})


def _traveller(ctx, prep) -> tuple[list, int]:
    """Who made the journey of "on / during a visit to Y": the person named right before the phrase or
    the one it hangs on ("X on a visit to Y refused", "X, on a visit to Y, said"), else the subject of the
    clause it hangs on."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    person = arg_of_token(ctx, before) if before is not None and before.pos_ == "PROPN" and before.dep_ != "pobj" \
        else None  # not "raised it with X during a visit to Y"
    if person is not None and person.actor.type == "Person":  # "X on a visit to Y" read as X's verb's object
        return [person], 1
    holder = prep.head
    if _is_verb(holder):
        subs, hops = verb_subjects(ctx, holder)
        return subs, hops + 1
    if holder.pos_ == "PROPN":
        return phrase_args(ctx, holder, conj=False), 1
    return [], 0


#: Appositive nouns of a tool or a follower, whose "of" phrase is the owner ("a proxy of Y" is Y's proxy);
#: not a peer ("a founding partner of X LLP" works there) nor a part ("a branch of Y" is inside Y).
_TOOL_NOUNS = frozenset({"proxy", "ally", "pawn", "puppet", "stooge", "lackey", "mouthpiece"})
_POLITICAL = frozenset({"State", "ArmedGroup", "GovernmentOrgan"})


def _appositive_anchors(ctx, n) -> list:
    """What an appositive trigger noun describes: "X is a proxy", "X, a proxy", "a proxy, X", "the proxy
    group X", and "X, a man believed to be a pawn of Y" (through a raising participle)."""
    out = []
    if n.dep_ == "attr" and n.head.lemma_ == "be":  # "Hezbollah is an Iranian proxy"
        be = n.head
        out += [a for c in be.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
        held = be.head
        if not out and be.dep_ == "xcomp" and held.dep_ in ("acl", "relcl") and held.tag_ == "VBN":
            owner = held.head  # "X, a man believed by some to be a pawn of Y"
            owner = owner.head if owner.dep_ == "appos" and arg_of_token(ctx, owner) is None else owner
            out += phrase_args(ctx, owner, conj=False)
    if n.dep_ == "appos":
        out += phrase_args(ctx, n.head, conj=False)
    out += [a for c in n.children if c.dep_ == "appos" for a in phrase_args(ctx, c)]
    if n.dep_ == "compound":
        out += phrase_args(ctx, n.head, conj=False)
    return out


def noun_candidates(ctx: Context, n, rel, opts, sent_low) -> list:
    """The candidates of relation ``rel`` read at the nominal trigger ``n`` ("X's attack on Y",
    "sanctions on X by Y", "the agreement between A and B").

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        n: A noun whose lemma is a trigger of ``rel`` in ``data/triggers.yaml``.
        rel: The relation.
        opts: The trigger's options from ``data/triggers.yaml``.
        sent_low: The sentence text in lower case.

    Returns:
        Relation candidates (possibly none).
    """
    from . import attribution as att

    if not _context_ok(sent_low, opts):
        return []
    if n.tag_ in ("NNP", "NNPS") or arg_of_token(ctx, n) is not None:
        return []
    if rel == "attacks" and charged_plot(ctx, n):
        return []  # "charged with masterminding the Y bombings": a charge (graphbuild.attackers)
    poss_obj = bool(opts.get("poss_is_object_with")) and bool(_pobjs(n, tuple(opts["poss_is_object_with"])))
    # a reason phrase presupposes its event: "would make Russia pay for its invasion of Ukraine"
    reason = n.head.lower_ in ("for", "over", "after") and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children)
    presupposed = {"exempt": frozenset({"hypothetical", "negated"})} if reason else {}
    if reason:
        # "designated X for their support to Y", "sanctions on X over its invasion of Y": the
        # possessive is the one sanctioned or blamed, not the sanctioner; with no actor acted on,
        # the nearest actor before it ("make Russia pay a price for its invasion")
        subs = att.governor_object(ctx, n.head.head)
        if not subs:
            from .arguments import nearest_antecedent

            poss = next(c for c in n.children if c.dep_ == "poss" and c.pos_ == "PRON")
            near = nearest_antecedent(ctx, poss)
            subs = [near] if near is not None else []
        objs = [a for p in _pobjs(n, tuple(opts.get("objects", ()))) for a in (
            _target_args(ctx, p) if rel == "attacks" and p.head.lower_ in _WHERE else phrase_args(ctx, p))
            if not (rel == "attacks" and p.head.lower_ in _WHERE and a.via == "group")]
        return _pairs(rel, subs, objs, n, "noun", 1, **presupposed)  # "its wars in Muslim countries": no group
    subs, hops = noun_subjects(ctx, n, rel, skip_poss=poss_obj)
    if not subs and opts.get("appositive_subject"):  # "X is an outspoken critic of Y", "X, a critic of Y"
        subs = _appositive_anchors(ctx, n)
    if not subs and not reason and n.lemma_ in _JOURNEYS and n.dep_ == "pobj" and n.head.lower_ in ("on", "during"):
        subs, hops = _traveller(ctx, n.head)  # "X, on a visit to Y, said ...", "on a visit to Y, X signed"
        if subs:  # the visit took place whatever the clause denies ("on a visit to Y, X refused to ...")
            presupposed = {"exempt": frozenset({"negated"})}
    if not subs and n.lemma_ in ctx.lex.raw.get(rel, {}).get("behalf_phrases", ()) and n.dep_ == "pobj" \
            and n.head.lower_ in ("in", "on") and _is_verb(n.head.head):
        subs, hops = _behalf_subjects(ctx, n.head.head)
    if not subs and n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head.lemma_ in _WITH_ACTS \
            and _is_verb(n.head.head) and not any(c.dep_ == "nsubjpass" for c in n.head.head.children):
        subs, hops = verb_subjects(ctx, n.head.head)  # "sparked outrage with a rebuke of X", "responded with strikes on X"
        hops += 1
    objs = []
    if poss_obj:
        objs += [a for c in n.children if c.dep_ == "poss" for a in phrase_args(ctx, c)]
    first = n
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "threatened X with military action and sanctions"
    threat = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "with" else None
    if rel in _HOSTILE and threat is not None and threat.lemma_ in ctx.lex.raw["warns"].get("verbs", {}):
        # "threatened X with sanctions": the threatener's act on X (hypothetical through "threaten")
        objs += [a for c in threat.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
        if objs and not subs:
            subs, hops = verb_subjects(ctx, threat)
    preps = tuple(p for p in opts.get("objects", ()) if p not in ("targeting",))
    for p in _pobjs(n, preps) + _relay_pobjs(ctx, n, rel, preps):
        if rel == "attacks" and p.dep_ == "pobj" and p.head.lower_ in _WHERE and not _placeish(ctx, p):
            continue
        if rel == "attacks" and p.dep_ == "pobj" and p.head.lower_ in _WHERE:
            # "attacks in the Red Sea": a sea or strait is where it happened, not who was attacked
            # a person named as the place ("the attack in Taji" with Taji tagged a person) is no target
            objs += [a for a in _target_args(ctx, p) if a.actor.label.rsplit(" ", 1)[-1] not in _WATERS
                     and not (a.actor.type == "Person" and a.token is not None and a.token.i == p.i)]
            continue
        if rel == "cooperates" and (hostile_noun(ctx, p) or aim_of(ctx, p)):
            continue  # "support for sanctions on X", "commitment to the denuclearization of X": not X's partner
        if rel in ("condemns", "blames") and p.lemma_ in _event_nouns(ctx) and arg_of_token(ctx, p) is None:
            # "condemnation of the attacks by X", "of the attacks" just reported: their attackers
            agent = _event_agent(ctx, p)
            if not agent and any(c.lower_ in ("this", "these", "the", "those", "both", "such") for c in p.children):
                agent = list(ctx.memory.attackers)
            objs += agent
            continue
        objs += phrase_args(ctx, p)
    top = _relay_noun(ctx, n, rel) or n  # "carried out a string of bombings in X": "in X" on the verb
    if not objs and top.dep_ in ("dobj", "nsubjpass") and preps:
        # PP attachment: "followed the meeting last month with X" puts "with X" on the verb
        # ("sanctions were imposed on X by Y")
        objs += [a for c in top.head.children if c.dep_ == "prep" and c.lower_ in preps and c.i > n.i
                 for p in c.children if p.dep_ == "pobj" for a in (  # "carried out the shooting at a mosque in X"
                     _target_args(ctx, p) if rel == "attacks" and c.lower_ in ("in", "at") else phrase_args(ctx, p))]
    for c in n.children:
        if c.dep_ == "acl" and c.lemma_ in ("target", "against"):
            for o in c.children:
                if o.dep_ == "dobj":
                    objs += phrase_args(ctx, o)
    if rel == "attacks":
        objs += _participle_targets(ctx, n)
    if opts.get("supplier_in") and not subs:
        for p in _pobjs(n, tuple(opts["supplier_in"])):
            subs += [a for c in p.children if c.dep_ in ("amod", "compound", "poss")
                     for a in [arg_of_token(ctx, c)] if a]
    if opts.get("appositive"):
        anchors = _appositive_anchors(ctx, n)
        if anchors and not subs and "of" in opts.get("objects", ()) and n.lemma_ in _TOOL_NOUNS:
            owners = [a for p in _pobjs(n, ("of",)) for a in phrase_args(ctx, p)]
            if owners and any(a.actor.type in _POLITICAL or (a.actor.type == "Person" and a.actor.acts_for)
                              for a in owners + anchors):  # not "X, an affiliate of Y Corp"
                # "X is a proxy of Y", "X, a pawn of Y": Y's proxy, as "Y's proxy X"
                subs, objs = owners, [a for a in objs if all(a.actor.id != o.actor.id for o in owners)]
        objs += anchors
        listed = listed_members(ctx, n)  # "proxies, including X and Y"
        if listed and not subs:  # "Iran's actions through proxies, including X": Iran's proxies
            subs, hops = through_owner(ctx, n)
        objs += listed
    if rel == "blames" and not objs:
        objs = att.accused_by_governor(ctx, n)
        if objs:
            return _pairs(rel, subs, objs, n, "noun", hops, exempt=frozenset({"hypothetical", "negated"}))
    between = [a for p in _pobjs(n, ("between", "among")) for a in phrase_args(ctx, p)]
    if opts.get("between") and len(between) < 2:  # "the agreement reached among A, B and C" (a fact)
        between = [a for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _PACT_VERBS
                   for p in _pobjs(c, ("between", "among", "by")) for a in phrase_args(ctx, p)]
        if len(between) >= 2:
            presupposed = {"exempt": frozenset({"hypothetical", "negated"})}
    if opts.get("between") and len(between) < 2:
        between = _members(ctx, n, opts) or between
    objs = _official_visit(subs, _types_ok(objs, opts), opts)  # "commitment to the Indo-Pacific": no partner
    if objs and not subs and not between and joint(ctx, n):
        # "today's joint action with X": the speaker's, else the issuing government's
        subs = list(ctx.speaker_of(n))
        if not subs and ctx.first_person(None) is not None:
            subs = [Arg(ctx.first_person(None), None, True, "issuer")]
        return _pairs(rel, subs, objs, n, "default-agent", hops + 1)
    if objs and not subs and not between and rel == "attacks" and (back := anaphoric_attackers(ctx, n, objs)):
        return _pairs(rel, back, objs, n, "memory", hops + 1)  # "X attacked Y. ... this attack on Y and Z"
    if objs and not subs and not between and rel in _HOSTILE and (warned := _warned_party(ctx, n)):
        return _pairs(rel, warned, objs, n, "loose", hops + 2, modality="hypothetical")
    if objs and not subs and not between:
        return _not_the_speaker(n, att.loose_subject(ctx, rel, n, objs))
    if opts.get("between") and not objs and not subs and len(between) < 2:  # "they were on the verge of a deal"
        parties = att.loose_parties(ctx, rel, n)
        if parties:
            return parties
    out = []
    if opts.get("between") and len(between) >= 2:
        out += _symmetric(rel, between, n, "noun-coordination", hops, **presupposed)
    elif opts.get("between") and not objs and len(subs) >= 2:
        out += _symmetric(rel, subs, n, "noun-coordination", hops)
    if rel == "attacks" and not objs and subs:
        for t in n.subtree:
            if t.i != n.i and t.lemma_ in _event_nouns(ctx):
                objs += [a for q in _pobjs(t, ("on", "against")) for a in phrase_args(ctx, q)]
    if rel == "attacks" and n.dep_ == "pobj" and n.head.lower_ == "under" and _is_verb(n.head.head) \
            and n.head.head.lemma_ in ("come", "be", "remain", "fall"):
        # "Y came under attack from X": X attacks Y
        subs = subs or [a for p in _pobjs(n, ("from",)) for a in phrase_args(ctx, p) if a.actor.type != "Place"]
        objs += [a for c in n.head.head.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
    if rel == "attacks" and subs and n.dep_ == "pobj" and n.head.lower_ in ("in", "during", "by") \
            and _is_verb(n.head.head) and n.head.head.lemma_ in ctx.lex.raw["attacks"].get("victim_verbs", ()):
        # "soldiers were killed in Taliban attacks": the victims of the verb are the targets
        objs += [a for c in n.head.head.children if c.dep_ in ("nsubjpass", "nsubj") for a in phrase_args(ctx, c)]
    if rel == "attacks" and not objs and n.dep_ in ("nsubj", "nsubjpass") and _is_verb(n.head):
        objs = [a for q in _pobjs(n.head, ("in", "at")) if _placeish(ctx, q) for a in phrase_args(ctx, q)]
    if rel == "attacks" and not objs:  # "the bombing, which killed 30 people at a mosque in Kabul"
        for c in n.children:
            if c.dep_ in ("relcl", "acl") and _is_verb(c):
                objs += [a for q in _pobjs(c, ("in", "at")) for a in _target_args(ctx, q)]
    if rel == "attacks" and not objs:  # "fears of retaliation by Y" (hypothetical only)
        reprisal = att.reprisal_target(ctx, n, subs)
        if reprisal:
            return reprisal
    if rel == "attacks":
        has_target_phrase = any(c.dep_ == "prep" and (c.lower_ in ("on", "against", "of") or (
            c.lower_ in ("in", "at") and any(a.actor.type in ("Place", "State") for p in c.children
                                             if p.dep_ == "pobj" for a in phrase_args(ctx, p))))
            for c in n.children)
        if opts.get("explicit_object"):  # "operations against X" only; not "al-Jamal's operations"
            objs = [a for p in _pobjs(n, preps) for a in phrase_args(ctx, p)]
        if not objs:  # "the crackdown against the Rohingya": a people with no actor of its own
            objs = [a for p in _pobjs(n, tuple(x for x in preps if x in ("against", "on", "of")))
                    for a in people_args(ctx, p)]  # not by the people's own armed men
            objs = objs or [a for p in _pobjs(n, tuple(x for x in preps if x in ("against", "on")))
                            for a in security_owner_args(ctx, p, subs)]  # "attacks on police posts"
            has_target_phrase = has_target_phrase or bool(objs)
        if not objs and not has_target_phrase and not opts.get("explicit_object") and any(
                c.lower_ in ("the", "this", "these", "those", "both") or c.dep_ == "poss" for c in n.children):
            plural = n.tag_ == "NNS" or any(c.lower_ in ("these", "those", "both") for c in n.children)
            objs = remembered_targets(ctx, subs, plural)
            kind = "memory"
        else:
            kind = "noun"
        # a people is not attacked by its own armed men ("Rohingya militants' attacks")
        objs = [o for o in objs if o.via != "people" or not any(o.actor.label in a.actor.label.split() for a in subs)]
        _remember_attack(ctx, subs, objs)
        return out + _pairs(rel, subs, objs, n, kind, hops, **presupposed)
    if rel == "designates" and objs:
        ctx.memory.designated = [o for o in objs if not o.negated]
    if rel == "designates" and subs and ctx.memory.designator is None:
        ctx.memory.designator = subs[0]
    return out + _pairs(rel, subs, objs, n, "noun", hops, **presupposed)


def _participle_targets(ctx, n) -> list:
    """"the attack perpetrated by X against Y", "the bombing carried out by X on Y": the target phrase
    hung on the participle that names the attacker."""
    return [a for c in n.children if c.dep_ in ("acl", "relcl") and c.lemma_ in ctx.lex.light.get("attacks", ())
            and _pobjs(c, ("by",)) for p in _pobjs(c, ("against", "on")) for a in phrase_args(ctx, p)]


#: Verbs that warn their object off an act ("warned X against an offensive on Y", "deterred X from
#: an invasion of Y"), with the preposition that names the act.
_WARNING_VERBS = {"warn": "against", "caution": "against", "advise": "against", "urge": "against",
                  "counsel": "against", "deter": "from", "dissuade": "from", "discourage": "from",
                  "restrain": "from"}


def _warned_party(ctx, n) -> list:
    """The one warned off an act named by ``n`` ("Biden warned Netanyahu against an offensive on Rafah"):
    the warned party would be its doer, not the one who warns."""
    prep, v = n.head, n.head.head
    if n.dep_ != "pobj" or not _is_verb(v) or _WARNING_VERBS.get(v.lemma_) != prep.lower_:
        return []
    return [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]


#: Place prepositions of an attack noun: the place attacked, if it is a place ("attacks across Paris").
_WHERE = ("in", "at", "across")
#: Verbs whose "with" phrase names the subject's own act ("responded with strikes on X", "sparked outrage
#: with a rebuke of X"); not "agreed / disagreed with X's criticism", not a passive ("was met with").
_WITH_ACTS = frozenset({"spark", "respond", "react", "retaliate", "reply", "answer", "counter", "follow", "open",
                        "begin", "start", "escalate", "anger", "provoke", "stun", "shock", "infuriate", "outrage"})


def _relay_noun(ctx, n, rel):
    """The quantity noun a trigger is counted by ("a string of bombings", "a series of attacks"), or None."""
    if n.dep_ != "pobj" or n.head.lower_ != "of" or n.head.head.lemma_ not in ctx.lex.relay.get(rel, ()) \
            or n.head.head.lemma_ in ("responsibility", "credit"):
        return None
    return n.head.head


def _relay_pobjs(ctx, n, rel, preps) -> list:
    """The phrases of a quantity noun that an attack noun relays through ("a series of attacks on X"
    with the phrase hung on "series")."""
    top = _relay_noun(ctx, n, rel)
    return [p for p in _pobjs(top, preps) if p.i > n.i] if top is not None else []


#: Participles that make a pact noun's "among/between/by" phrase its parties ("the deal reached among A and B").
_PACT_VERBS = frozenset({"reach", "sign", "conclude", "negotiate", "strike", "seal", "agree", "forge", "ink"})


def _behalf_subjects(ctx, gov) -> tuple[list, int]:
    """Who acts "in support of X": the subject of the acting verb, or the one charged with it
    ("X was charged with acting in support of Y")."""
    subs, hops = verb_subjects(ctx, gov)
    if not subs and gov.dep_ == "pcomp" and gov.head.dep_ == "prep" and _is_verb(gov.head.head):
        outer = gov.head.head
        subs = [a for c in outer.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]
        hops += 1
    return subs, hops + 1


def _members(ctx, n, opts) -> list:
    """The parties a relation noun names by itself: "an alliance of A, B and C" (with
    ``members_of``), "the A-B partnership" (a hyphenated pair before the noun)."""
    if opts.get("members_of"):
        members = _dedupe([a for p in _pobjs(n, ("of",)) for a in phrase_args(ctx, p)])
        if len(members) >= 2:
            return members
    mods = [t for c in n.children if c.dep_ in ("compound", "nmod", "amod") and c.i < n.i for t in c.subtree]
    if not any(t.text in ("-", "–", "‐") for t in mods):
        return []
    members = _dedupe([a for t in sorted(mods, key=lambda t: t.i) for a in [arg_of_token(ctx, t)] if a])
    return members if len(members) >= 2 else []


def _not_the_speaker(n, cands) -> list:
    """Loose readings without the one who only reports them: the subject of a speech verb over the
    trigger's clause is its speaker, not a party ("Qatar said talks with the Taliban would resume"),
    unless the clause's own subject is a pronoun for it ("lawmakers said they agreed on sanctions")."""
    from .modality import load_modality_cues, speech_verb

    sv = speech_verb(n) if cands else None
    cues = load_modality_cues()
    if sv is None or sv.lemma_ not in cues.speech_verbs or sv.lemma_ in cues.hedge_verbs:
        return cands  # "Russia believes any talks with Ukraine would require ...": the believer's own
    clause = n
    while clause.head.i != sv.i and clause.head.i != clause.i:
        clause = clause.head
    if clause.i == n.i or not _is_verb(clause) or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("they", "it", "we", "i", "he", "she")
            for c in clause.children):
        return cands  # "Iran denied meddling in X": the act itself is what is said, its doer's own
    speakers = {t.i for c in sv.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return [c for c in cands if c.subject.token is None or c.subject.token.i not in speakers]
