"""Sanctions, embargoes and price caps aimed at a state without naming a target: "a price cap on
Russian oil", "sanctions on the Iranian regime", "our sanctions are restricting Russia's access to
technology".

Releases often name no sanctioned person or entity but the state whose oil, banks, regime or
revenue the measure hits. Such a measure is a designation of that state by whoever imposes it (the
partner-sanctions convention of the gold sets). :func:`measure_candidates` reads two shapes:

* the measure's "on / against" phrase names something of a state, through a nationality word or a
  possessive, and the thing is one of the state's own (its regime, economy, oil, banks, elites ...:
  ``_STATE_GOODS``), not a firm or a person of that nationality, who may act for no state;
* the measure (or a coalition, regime or package named after it) restricts, cuts or drains the
  state or something the state owns ("sanctions have cut Russia's revenue").

The designator is the measure's owner or the subject of its verb (:func:`graphbuild.subjects.noun_subjects`),
else the text's speaker or issuing government. A measure lifted, waived or evaded ("relief from
sanctions on X", "helped Y evade the price cap") is left alone, and so is a target the sentence
names as an actor (the noun rule of ``sanction`` reads it).
"""

from __future__ import annotations

import re

from .arguments import _demonym, _pobjs, arg_of_token
from .listings import doc_mentions_any
from .prose import doc_text
from .relations import Arg, Candidate, _dedupe

__all__ = ["measure_candidates", "measure_words"]

_GATE = re.compile(r"\b(?:sanction|embargo|price caps?\b|export controls\b)", re.IGNORECASE)
#: Lower-case forms of the measure nouns; "cap" and "control" only with "price" and "export".
_MEASURES = frozenset({"sanction", "sanctions", "embargo", "embargoes", "cap", "caps", "controls"})
_QUALIFIED = {"cap": "price", "caps": "price", "controls": "export"}
#: Nouns named after a measure ("our sanctions coalition", "the sanctions regime").
_CARRIERS = frozenset({"coalition", "regime", "package", "program", "programme", "policy", "campaign", "pressure"})
#: What a state owns that a measure on it hits (lemmas): its regime, economy, goods, money, elites.
_STATE_GOODS = frozenset({
    "regime", "government", "economy", "oil", "crude", "energy", "gas", "petroleum", "export", "import",
    "product", "bank", "banking", "sector", "elite", "oligarch", "official", "leadership", "leader", "military",
    "defense", "defence", "industry", "asset", "debt", "revenue", "finance", "aviation", "airline", "coal",
    "steel", "gold", "diamond", "fertilizer", "petrochemical", "shipping", "budget", "treasury", "war",
})
#: Verbs by which a measure hits a state or what it owns.
_RESTRICT = frozenset({
    "restrict", "limit", "reduce", "cut", "degrade", "deprive", "deny", "curb", "constrain", "choke", "squeeze",
    "starve", "hamper", "undermine", "weaken", "erode", "drain", "isolate", "cripple", "impede", "diminish",
    "disrupt", "hinder", "slash", "sap", "hit", "target", "pressure",
})
#: Words of a measure lifted, waived or evaded: no designation.
_UNDONE = frozenset({
    "lift", "lifting", "ease", "easing", "remove", "removal", "suspend", "suspension", "waive", "waiver", "relief",
    "relieve", "terminate", "termination", "end", "rescind", "revoke", "exemption", "exempt", "evade", "evasion",
    "circumvent", "circumvention", "violate", "violation", "skirt", "bust", "breach", "avoid", "escape", "exception",
})
_HOLDERS = frozenset({"impose", "place", "levy", "slap", "put", "tighten", "maintain", "extend", "keep", "enforce",
                      "apply", "announce", "adopt", "introduce", "expand", "strengthen", "set", "agree", "implement",
                      "institute", "reinforce", "broaden", "reimpose", "escalate", "intensify", "sustain", "up",
                      "increase", "raise", "toughen", "step", "ramp", "add", "renew", "build"})
#: Subjects that name other governments than the issuer ("30 countries have imposed sanctions on X").
_OTHERS = frozenset({"country", "nation", "partner", "ally", "state", "government", "member", "democracy",
                     "economy", "jurisdiction"})


def measure_words() -> frozenset:
    """The lower-case measure nouns (a sentence without one gives nothing).

    Examples:
        >>> sorted(w for w in measure_words() if w.startswith("s"))
        ['sanction', 'sanctions']
    """
    return _MEASURES


def _is_measure(t) -> bool:
    low = t.lower_
    if low not in _MEASURES or t.pos_ not in ("NOUN", "PROPN"):
        return False
    need = _QUALIFIED.get(low)
    return need is None or any(c.lower_ == need and c.dep_ in ("compound", "amod") for c in t.children)


def _undone(t) -> bool:
    """The measure is lifted, waived or evaded ("relief from sanctions on X", "evade the price cap")."""
    h = t
    for _ in range(3):
        if h.lemma_.lower() in _UNDONE or any(c.lemma_.lower() in _UNDONE and c.dep_ in ("compound", "amod")
                                              for c in h.children):
            return True
        if h.head.i == h.i or h.dep_ not in ("dobj", "pobj", "prep", "conj", "nsubjpass", "compound"):
            return False
        h = h.head
    return False


def _backed(n) -> bool:
    """Support or calls for a measure ("its support for sanctions on X", "calls for an embargo on X"):
    the backer does not impose it."""
    if n.dep_ != "pobj" or n.head.lower_ != "for":
        return False
    h = n.head.head  # "points to its support in the Council for sanctions on X": "for" on the verb
    return h.lemma_.lower() in _BACKERS or (h.pos_ in ("VERB", "NOUN") and any(
        q.lemma_.lower() in _BACKERS for p in h.children if p.dep_ == "prep" for q in p.children if q.dep_ == "pobj"))


_BACKERS = frozenset({"support", "call", "push", "appeal", "demand", "vote", "backing", "campaign", "lobby"})


def _state_of_thing(ctx, r) -> Arg | None:
    """The state that owns a thing named by a nationality word or a possessive ("Russian oil",
    "Russia's revenue", "the Iranian regime"), when the thing is one of a state's own."""
    if r.lemma_.lower() not in _STATE_GOODS or arg_of_token(ctx, r) is not None or any(
            c.lower_ in _MEASURES for c in r.children if c.dep_ == "compound"):
        return None  # "the United Kingdom's sanctions regime" is a measure of its own, not a target
    for c in r.children:
        if c.dep_ not in ("amod", "compound", "nmod", "poss") or c.i > r.i:
            continue
        a = arg_of_token(ctx, c) or (_demonym(c) if c.ent_type_ == "NORP" else None)
        if a is not None and a.actor.type == "State":
            return Arg(a.actor, c, coref=a.coref, via="measure")
    return None


def _targets_on(ctx, t, direct: bool) -> list:
    """States whose goods the measure's "on / against" phrases name (also on the verb that imposes
    it); with ``direct``, a state the phrase names itself too ("tightened sanctions on X", which the
    noun rule of ``sanction`` left without a designator)."""
    phrases = _pobjs(t, ("on", "against", "targeting"))
    if t.dep_ == "dobj" and t.head.lemma_.lower() in _HOLDERS:
        phrases += [p for p in _pobjs(t.head, ("on", "against")) if p.i > t.i]
    out = []
    for p in phrases:
        for r in [p] + [c for c in p.children if c.dep_ == "conj"]:
            a = _state_of_thing(ctx, r)
            if a is None and direct:
                a = arg_of_token(ctx, r)
                a = a if a is not None and a.actor.type == "State" and not a.coref else None
            if a is not None:
                out.append(a)
    return out


def _targets_hit(ctx, t) -> list:
    """States the measure (or a coalition named after it) restricts or drains ("sanctions have cut
    Russia's revenue", "our sanctions coalition is restricting Russia's access")."""
    n = t.head if t.dep_ == "compound" and t.head.lemma_.lower() in _CARRIERS else t
    if n.dep_ != "nsubj" or n.head.lemma_.lower() not in _RESTRICT:
        return []
    out = []
    for d in n.head.children:
        if d.dep_ != "dobj":
            continue
        a = arg_of_token(ctx, d)
        if a is not None and a.actor.type == "State":
            out.append(a)
            continue
        for c in d.children:
            a = arg_of_token(ctx, c) if c.dep_ == "poss" else None
            if a is not None and a.actor.type == "State":
                out.append(Arg(a.actor, c, coref=a.coref, via="measure"))
    return out


def _targets_near(ctx, t) -> list:
    """The one state whose goods a sentence names beside a measure of the issuer's that has no target
    phrase ("sustaining our sanctions and unlocking the value of Russia's frozen assets"); none when
    the measure has a phrase of its own or the sentence names two such states."""
    if _pobjs(t, ("on", "against", "targeting", "from", "of", "for")) or not any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in t.children):
        return []
    sent = t.sent
    found = {}
    for r in sent:
        if r.dep_ in ("poss", "amod", "compound") and r.i in ctx.index and r.head.lemma_.lower() in _STATE_GOODS:
            a = _state_of_thing(ctx, r.head)
            if a is not None:
                found.setdefault(a.actor.id, a)
    return list(found.values()) if len(found) == 1 else []


def _imposers(ctx, t) -> tuple[list, int, str]:
    from .subjects import noun_subjects

    subs, hops = noun_subjects(ctx, t, "designates")
    if subs:
        return subs, hops, "noun"
    v = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head if t.dep_ == "dobj" else None
    if v is not None and v.pos_ == "VERB" and v.lemma_.lower() in _HOLDERS:  # "the G7 agreed to a price cap"
        from .arguments import verb_subjects

        subs, hops = verb_subjects(ctx, v)
        if subs:
            return subs, hops + 1, "noun"
    if v is not None and v.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in v.children) and (
            v.lemma_.lower() not in _HOLDERS or any(c.dep_ == "nsubj" and (c.lemma_.lower() in _OTHERS or (
                c.tag_ in ("WDT", "WP") and c.head.dep_ == "relcl")) for c in v.children)):
        # the clause has a doer of its own: "China opposes sanctions on X", "30 countries have imposed
        # sanctions on X", "partners that imposed ...": not the speaker's or the issuer's measure
        return [], 0, ""
    subs = list(ctx.speaker_of(t))
    if not subs and ctx.first_person(None) is not None:
        subs = [Arg(ctx.first_person(None), None, True, "issuer")]
    return subs, 1, "default-agent"


def measure_candidates(ctx, sent, found) -> list:
    """``designates`` candidates of measures aimed at a state without a named target.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.
        found: The candidates the other rules found in the sentence (read, not changed).

    Returns:
        Candidates from the imposer to the state.
    """
    if not doc_mentions_any(ctx.doc, "measures", _GATE) or not _GATE.search(
            doc_text(sent.doc), sent.start_char, sent.end_char):
        return []
    from .prose import sentence_tokens_with

    had = {(c.subject.actor.id, c.object.actor.id) for c in found if c.relation in ("designates", "delists")}
    out = []
    for t in sentence_tokens_with(sent, _MEASURES):
        if not _is_measure(t) or (t.dep_ == "compound" and t.head.lemma_.lower() not in _CARRIERS) or _undone(t):
            continue
        if t.text[:1].isupper() and not t.text.isupper() and t.i != sent.start:
            continue  # the title of an order or a heading ("E.O. 14098, Imposing Sanctions on Certain Persons ...")
        n = t.head if t.dep_ == "compound" else t  # "its sanctions package against X": the package's phrases
        if (n is not t and _undone(n)) or _backed(n):
            continue
        direct = not any(c.trigger.i in (t.i, n.i) for c in found)
        states = _dedupe(_targets_on(ctx, n, direct) + _targets_hit(ctx, t)) or _targets_near(ctx, n)
        if not states:
            continue
        subs, hops, kind = _imposers(ctx, n)
        out += [Candidate("designates", s, o, t, kind, hops) for s in subs for o in states
                if s.actor.id != o.actor.id and (s.actor.id, o.actor.id) not in had]
    return out
