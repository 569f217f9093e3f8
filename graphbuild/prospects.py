"""Hypothetical and negated acts the relation patterns leave out, with an actor read from context.

:func:`context_candidates` runs after the patterns (:mod:`graphbuild.patterns`) on each sentence and
looks only at triggers that gave no candidate there. Each rule keeps its reading only when the act's
clause is hypothetical or negated (:func:`graphbuild.modality.modality_of`), so an actor guessed from
context never becomes a plain edge:

* a prospect with no agent of its own is the act of whoever talks of or plans it ("Trump's talk of
  a possible attack on X"), or of a bill's lawmakers ("It would impose sanctions on X", after "the
  ... Act");
* an act guarded against ("protect X from attacks by Y") targets the one protected;
* a gerund or infinitive denied or weighed ("Russia denied meddling in the U.S. election", "X is
  weighing whether to designate Y") is done by the subject of the verb above it, one threatened or
  planned ("Trump's threats to destroy X") by the noun's owner;
* "X has a right to defend itself" is X's possible strike on whoever attacked it (not a defence
  someone backs: "support Ukraine's ability to defend itself");
* "X would respond to any Y attack": X's possible strike on Y, and Y's possible attack on X
  (:mod:`graphbuild.responses`);
* a denied interference with no target in reach ("Russia has denied meddling") is on the state whose
  affairs the document told of (:mod:`graphbuild.denials`);
* an act in the "that" clause of a claim the sentence dismisses ("rejected accusations that it had
  attacked X") is read with the clause's own subject (:mod:`graphbuild.claims`);
* a call or proposal its addressee rejects or weighs ("rejected a proposal to hold talks with Y") is
  the addressee's open act;
* who disowns an attack or is said to be behind it, and attacks announced after it, are read by
  :mod:`graphbuild.sequels`; requests for help by :mod:`graphbuild.appeals`; open rule over a place by
  :mod:`graphbuild.control`; planned operations into a place by :mod:`graphbuild.operations`; a
  speaker's readiness told with a pronoun by :mod:`graphbuild.readiness`;
* attendance of hosted gatherings, help asked for by name and pacts "in relations between X and Y"
  are read by :mod:`graphbuild.implicit`.
"""

from __future__ import annotations

from bisect import bisect_left

from .appeals import appeal_candidates, REQUEST_VERBS
from .claims import claim_candidates, CLAIM_NOUNS
from .denials import denied_interference_candidates, INTERFERENCE_WORDS
from .arguments import _pobjs, arg_of_token, phrase_args, verb_subjects
from .contacts import contact_candidates, CONTACT_NOUNS, CONTACT_VERBS
from .control import control_candidates, RULE_NOUNS, RULE_VERBS
from .operations import operation_candidates, OPERATION_NOUNS
from .readiness import readiness_candidates
from .responses import response_candidates, RESPONSE_NOUNS, RESPONSE_VERBS
from .sequels import (  # noqa: F401 - re-exported: culprits.py reads _recent_target here
    BLAST_VERBS, RENEWED, THREAT_VERBS, _recent_target, disowned_candidates, renewed_candidates,
    repeated_candidates, work_of_candidates,
)
from .protections import protection_candidates, TPS
from .statehood import STATEHOOD, statehood_candidates
from .tariffs import tariff_candidates, TARIFF_NOUNS
from .traps import APPOINTING_WORDS, appointment_candidates
from .trips import INVITED_VERBS, stop_candidates, STOP_NOUNS, trip_candidates
from .wars import war_candidates, WAR_NOUNS
from .implicit import (
    ATTEND_VERBS, attendance_candidates, denied_blame_candidates, help_nouns, help_request_candidates,
    nested_between_candidates,
)
from .listings import doc_mentions_any
from .patterns import _pairs, _title_case
from .prose import doc_memo, doc_text, token_column
from .relations import _is_noun, _is_verb, ACTORISH

__all__ = ["context_candidates", "prospect_candidates", "protected_candidates", "gerund_candidates",
           "self_defense_candidates", "work_of_candidates", "disowned_candidates", "renewed_candidates",
           "repeated_candidates", "response_candidates", "RESPONSE_VERBS", "BLAST_VERBS", "PROTECT_VERBS",
           "PROSPECT_HOLDERS", "REFLEXIVES", "RENEWED", "THREAT_VERBS"]


#: Verbs that guard against what their "from/against" phrase names: "protect X from attacks by Y".
PROTECT_VERBS = frozenset({"protect", "shield", "safeguard", "guard", "insulate", "secure"})
#: Nouns whose possessor speaks of or plans the prospect below them ("Trump's talk of an attack on X").
PROSPECT_HOLDERS = frozenset({"talk", "threat", "plan", "proposal", "call", "warning", "idea", "push", "demand",
                              "vow", "pledge", "promise", "bid", "consideration", "rhetoric", "suggestion",
                              "discussion", "option", "decision", "order", "intention"})
#: Verbs that answer a call or proposal made to their subject: "rejected calls to sanction X".
ANSWERING_VERBS = frozenset({"reject", "refuse", "decline", "dismiss", "rebuff", "resist", "ignore", "spurn", "accept",
                             "consider", "weigh", "heed", "study", "review", "examine", "entertain"})
#: Objects of "defend" that make it self-defence: "Israel has a right to defend itself".
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})
_BILL_WORDS = frozenset({"act", "bill", "legislation", "measure", "law", "amendment", "resolution"})



_LIVE: dict = {}  # id(lexicon) -> (lexicon, its words, lemma string id -> whether it is one of them)


def _live_tokens(doc, ctx, helps) -> list[int]:
    """The indices of the tokens whose lemma (lower case) one branch of :func:`context_candidates`
    tests for, once per ``Doc``: every branch starts with such a test, so the loop skips the rest.
    A new branch adds its words here."""

    memo = doc_memo(doc)
    live = memo.get("prospects.live")
    if live is not None:
        return live
    lex = ctx.lex
    known = _LIVE.get(id(lex))
    if known is None or known[0] is not lex or known[3] != helps:
        words = set(lex.verbs) | set(lex.nouns) | set(helps) | {"responsible", "behind", "defend", "work"}
        for group in (APPOINTING_WORDS, ATTEND_VERBS, CONTACT_NOUNS, CONTACT_VERBS, INTERFERENCE_WORDS,
                      INVITED_VERBS, STOP_NOUNS, OPERATION_NOUNS, REQUEST_VERBS, RESPONSE_NOUNS, RESPONSE_VERBS, RULE_NOUNS,
                      RULE_VERBS, TARIFF_NOUNS, WAR_NOUNS):
            words |= set(group)
        known = _LIVE[id(lex)] = (lex, frozenset(w.lower() for w in words), {}, helps)
    _, words, lemma_ok, _ = known
    strings = doc.vocab.strings
    lemmas = token_column(doc, "LEMMA").tolist() if len(doc) else []
    for h in set(lemmas).difference(lemma_ok):
        lemma_ok[h] = strings[h].lower() in words if h in strings else True
    live = memo["prospects.live"] = [i for i, h in enumerate(lemmas) if lemma_ok[h]]
    return live


def context_candidates(sent, ctx, found) -> list:
    """The readings of one sentence that the patterns leave out, for triggers that gave no candidate
    in ``found``; every one is hypothetical or negated (see the module docstring).

    Args:
        sent: The sentence span.
        ctx: The document's :class:`~graphbuild.relations.Context`.
        found: The candidates the patterns read in this sentence.

    Returns:
        More candidates, each with its modality set (never asserted).
    """

    if _title_case(sent) and not sent.root.text[:1].islower():
        return []  # headlines parse poorly (not a sentence full of names whose verb is lower-case)
    done = {c.trigger.i for c in found}
    nouns, verbs = ctx.lex.nouns, ctx.lex.verbs
    helps = help_nouns(ctx)
    out = []
    doc = sent.doc
    live = _live_tokens(doc, ctx, helps)
    for i in live[bisect_left(live, sent.start):bisect_left(live, sent.end)]:
        t = doc[i]
        if t.i in done or t.tag_ in ("NNP", "NNPS") or t.i in ctx.index:
            continue
        lemma = t.lemma_.lower()
        if lemma == "defend" and _is_verb(t):
            out += self_defense_candidates(ctx, t)
        elif (lemma in CONTACT_VERBS or lemma in CONTACT_NOUNS) and (met := contact_candidates(ctx, t)):
            out += met  # "asked whether X had discussed Y with nationals of Z", "denied contacts with Z officials"
        elif lemma in APPOINTING_WORDS and (named := appointment_candidates(ctx, t)):
            out += named  # "announced the designation of a Presidential Delegation": an appointment (negated)
        elif lemma in INVITED_VERBS and (trips := trip_candidates(ctx, t)):
            out += trips  # "will travel to X next week", "flies to X on Friday", "at the invitation of X"
        elif lemma in STOP_NOUNS and (stops := stop_candidates(ctx, t)):
            out += stops  # "X's trip to the region, which includes a stop in Y" (a trip still to come)
        elif lemma in TARIFF_NOUNS and (duties := tariff_candidates(ctx, t)):
            out += duties  # "is due to slap tariffs on Ruritanian goods": a measure still to come
        elif (lemma in RESPONSE_VERBS or lemma in RESPONSE_NOUNS) and (answered := response_candidates(ctx, t)):
            out += answered  # "would respond to any attack by Y", "threatened a response to any action by Y"
        elif lemma in REQUEST_VERBS and _is_verb(t) and (asked := appeal_candidates(ctx, t)):
            out += asked  # "asked X to protect its tankers", "asked X for the use of its flags"
        elif (lemma in RULE_VERBS or lemma in RULE_NOUNS) and (ruled := control_candidates(ctx, t)):
            out += ruled  # "Hamas cannot control Gaza", "could expand their control throughout X"
        elif lemma in OPERATION_NOUNS and _is_noun(t) and (ops := operation_candidates(ctx, t)):
            out += ops  # "Israel is preparing a possible ground offensive in Gaza"
        elif lemma in WAR_NOUNS and _is_noun(t) and (wars := war_candidates(ctx, t)):
            out += wars  # "Iran does not want a war with the United States"
        elif lemma in verbs and t.dep_ == "xcomp" and _is_verb(t) and (
                rd := readiness_candidates(ctx, t, verbs[lemma])):
            out += rd  # "Turkey said it was ready to work with Russia"
        elif lemma in INTERFERENCE_WORDS and (denied := denied_interference_candidates(ctx, t)):
            out += denied  # "Russia has denied meddling in the election": the target meddled with before
        elif lemma in verbs and t.dep_ in ("acl", "ccomp") and t.head.lemma_.lower() in CLAIM_NOUNS and (
                claimed := claim_candidates(ctx, t, verbs[lemma])):
            out += claimed  # "rejected accusations that it had attacked X", "dismissed reports that it met Y"
        elif lemma in verbs and _is_verb(t) and t.dep_ == "acl" and t.head.lemma_.lower() in PROSPECT_HOLDERS:
            for rel, opts in verbs[lemma]:
                out += gerund_candidates(ctx, t, rel, opts)  # "Trump's threats to destroy X"
        elif lemma == "work" and t.dep_ == "attr":
            out += work_of_candidates(ctx, t)
        elif (lemma == "responsible" and t.dep_ == "acomp" or lemma == "behind" and t.dep_ == "prep") \
                and t.head.lemma_ == "be":
            out += disowned_candidates(ctx, t) or denied_blame_candidates(ctx, t)
        elif _is_noun(t) and lemma in helps and (asked := help_request_candidates(ctx, t)):
            out += asked  # "appealed for the help of X", "may seek assistance from X"
        elif lemma in nouns and _is_noun(t):
            for rel, opts in nouns[lemma]:
                out += prospect_candidates(ctx, t, rel, opts) or protected_candidates(ctx, t, rel) \
                    or renewed_candidates(ctx, t, rel, opts) or nested_between_candidates(ctx, t, rel, opts)
        elif lemma in verbs and _is_verb(t.head) and (t.dep_ == "dobj" and t.tag_ == "VBG" or t.dep_ == "ccomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
            for rel, opts in verbs[lemma]:
                out += gerund_candidates(ctx, t, rel, opts)
        elif lemma in verbs and _is_verb(t) and any(c.dep_ == "advmod" and c.lower_ == "again" for c in t.children):
            out += repeated_candidates(ctx, t, verbs[lemma])
        elif lemma in ATTEND_VERBS and _is_verb(t):
            out += attendance_candidates(ctx, t)
    if doc_mentions_any(doc, "statehood", STATEHOOD) and STATEHOOD.search(doc_text(doc)[sent.start_char:sent.end_char]):
        out += statehood_candidates(ctx, sent, found + out)  # "reaffirmed support for a two-state solution"
    if doc_mentions_any(doc, "tps", TPS) and TPS.search(doc_text(doc)[sent.start_char:sent.end_char]):
        out += protection_candidates(ctx, sent)  # "would end TPS for Haiti": no sanctions listing (negated)
    return [c for c in out if c.subject.actor.type in ACTORISH and c.object.actor.type in ACTORISH]


def _open_modality(t) -> str | None:
    from .modality import modality_of

    modality, _ = modality_of(t)
    return modality if modality in ("hypothetical", "negated") else None


def _own_agent(ctx, n) -> bool:
    """The event noun names who does it ("Iran's attack", "attacks by Y", "a U.S. strike")."""
    return any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < n.i and arg_of_token(ctx, c) is not None
               for c in n.children) or bool(_pobjs(n, ("by",)))


def prospect_candidates(ctx, n, rel, opts) -> list:
    """"Trump's talk about the possibility of an attack on X", "It would impose sanctions on X" (after
    "the ... Act"): a relation noun with an object but no agent, in a hypothetical or negated clause, is
    the act of the possessor of a noun above it that speaks of or plans it, or of a bill's lawmakers
    named in this or the two sentences before. Climbing stops at the first verb with a subject. Talks
    or cooperation that are the subject of their clause ("Talks with Y are planned for May") are held by
    the subject of the sentence before ("X's envoy arrived in Kabul")."""
    from .arguments import _legislators_before

    if _own_agent(ctx, n):
        return []
    preps = tuple(p for p in opts.get("objects", ()) if p not in ("targeting", "in", "at"))
    objs = [a for p in _pobjs(n, preps) for a in phrase_args(ctx, p)]
    if not objs:
        return []
    subs, t = [], n
    for _ in range(6):
        if t.head.i == t.i:
            break
        t = t.head
        if _is_verb(t):
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if rel == "designates" and subj and _names_bill(subj[0]):
                subs = _legislators_before(ctx, subj[0])  # "It would also impose sanctions on X"
            if subj:
                break
        elif _is_noun(t) and t.lemma_.lower() in PROSPECT_HOLDERS:
            subs = [a for c in t.children if c.dep_ in ("poss", "compound", "amod") and c.i < t.i
                    for a in [arg_of_token(ctx, c)] if a]
            if subs:
                break
    if not subs and rel in ("meets", "cooperates") and n.dep_ in ("nsubj", "nsubjpass"):
        subs = _previous_subjects(ctx, n)  # "X's envoy arrived in Kabul. Talks with Y are planned for May."
    if not subs:
        return []
    modality = _open_modality(n)
    if modality is None:
        return []
    own = {a.actor.id for a in subs}
    return _pairs(rel, subs, [o for o in objs if o.actor.id not in own], n, "loose", 2, modality=modality)


def _previous_subjects(ctx, n) -> list:
    """The actors that are the subject of the main clause of the sentence before ``n``'s."""
    from .sentences import sentences_before

    before = sentences_before(n)
    if len(before) < 2:
        return []
    return [a for c in before[-2].root.children if c.dep_ in ("nsubj", "nsubjpass") for a in phrase_args(ctx, c)]


def _names_bill(subj) -> bool:
    """A subject that is a bill: "the measure", "the legislation", or "it" right after a sentence whose
    subject is one ("The ... Act would strengthen X. It would also impose ...")."""
    from .sentences import sentences_before

    if subj.lemma_.lower() in _BILL_WORDS:
        return True
    if subj.lower_ != "it":
        return False
    before = sentences_before(subj)
    if len(before) < 2:
        return False
    prev = before[-2]
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(w.lemma_.lower() in _BILL_WORDS for w in c.subtree)
               for c in prev.root.children)


def protected_candidates(ctx, n, rel) -> list:
    """"protect the United States from attacks by militants": the attack guarded against is a possible
    attack by its agent on the one protected (hypothetical; an attack with a target of its own is left
    to the patterns)."""
    from .patterns import _event_agent

    if rel != "attacks" or n.dep_ != "pobj" or n.head.lower_ not in ("from", "against") \
            or _pobjs(n, ("on", "against", "of")):
        return []
    v = n.head.head
    if not _is_verb(v) or v.lemma_.lower() not in PROTECT_VERBS:
        return []
    objs = [a for c in v.children if c.dep_ in ("dobj", "nsubjpass") for a in phrase_args(ctx, c)]
    subs = _event_agent(ctx, n)
    own = {a.actor.id for a in subs}
    modality = "negated" if _open_modality(n) == "negated" else "hypothetical"
    return _pairs(rel, subs, [o for o in objs if o.actor.id not in own], n, "loose", 2, modality=modality)


def gerund_candidates(ctx, v, rel, opts) -> list:
    """"Russia denied meddling in the U.S. election", "X is weighing whether to designate Y": a trigger verb
    taken as the object of a verb that denies or weighs it (a gerund, or an infinitive clause with no
    subject of its own) is done by that verb's subject (kept only when the clause is hypothetical or
    negated)."""
    from .patterns import _context_ok

    from .sentences import sentence_of

    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or opts.get("symmetric_only") \
            or not _context_ok(sentence_of(v).text.lower(), opts):
        return []
    objs = [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
    objs += [a for p in _pobjs(v, tuple(opts.get("objects", ()))) for a in phrase_args(ctx, p)]
    if not objs:
        return []
    modality = _open_modality(v)
    if modality is None:
        return []
    if v.dep_ == "acl":  # "Trump's threats to destroy X", "Iran's plan to attack X": the holder's owner
        subs = [a for c in v.head.children if c.dep_ in ("poss", "compound", "amod") and c.i < v.head.i
                for a in [arg_of_token(ctx, c)] if a]
        holder = v.head
        if not subs and holder.dep_ == "dobj" and _is_verb(holder.head) \
                and holder.head.lemma_.lower() in ANSWERING_VERBS:
            subs = verb_subjects(ctx, holder.head)[0]  # "rejected calls to sanction X": the one called on
    else:
        subs = verb_subjects(ctx, v.head)[0]
    own = {a.actor.id for a in subs}
    return _pairs(rel, subs, [o for o in objs if o.actor.id not in own], v, "loose", 1, modality=modality)


def self_defense_candidates(ctx, v) -> list:
    """"Israel has a right to defend itself (against Hamas)": a possible strike by the defender on whom
    it defends itself against, else on the last attacker of the defender the document named. A right
    or an intention is hypothetical; an asserted defence is left alone."""
    if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in v.children) or _backed_defence(v):
        return []
    modality = _open_modality(v)
    if modality is None and v.dep_ == "acl" and v.head.lemma_.lower() == "right":
        modality = "hypothetical"  # "has a right to defend itself"
    if modality is None:
        return []
    subs = verb_subjects(ctx, v)[0]
    if not subs and v.dep_ == "acl" and v.head.dep_ == "dobj" and _is_verb(v.head.head):
        subs = verb_subjects(ctx, v.head.head)[0]
    own = {a.actor.id for a in subs}
    objs = [a for p in _pobjs(v, ("against",)) for a in phrase_args(ctx, p)]
    if not objs and own & {a.actor.id for a in ctx.memory.targets}:
        objs = list(ctx.memory.attackers)
    return _pairs("attacks", subs, [o for o in objs if o.actor.id not in own], v, "loose", 2, modality=modality)


#: Nouns and verbs under which a defence is one already fought: "support Ukraine's ability to defend itself".
_BACKED_DEFENCE = frozenset({"ability", "capability", "capacity", "means", "support", "help", "assist", "enable",
                             "aid", "arm", "equip", "bolster", "strengthen", "continue"})


def _backed_defence(v) -> bool:
    """A defence someone backs or that the defender is able to mount ("support Ukraine's ability to defend
    itself against Russia's aggression", "helping Israel defend itself"): a war under way, not a
    possible strike of the defender's."""
    t = v
    for _ in range(4):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in _BACKED_DEFENCE:
            return True
        if t.dep_ in ("nsubj", "ROOT") or t.pos_ == "VERB" and t.lemma_.lower() not in ("have", "be"):
            return False
    return False
