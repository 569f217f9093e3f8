"""Planned trips and invited attendance: an open meeting of the traveller with the state it goes to.

"The Secretary will travel to Ruritania next week", "the president flies to Ruritania on Friday for
a summit", "is due in Ruritania on Monday", "the delegation will attend the dinner at the invitation
of X's government": a trip to a state, or an attendance a host invited to, is a meeting with that
state (or host) once it takes place. Until then it is only planned, so every reading here is a
``meets`` statement node with a hypothetical (or negated: "will not travel to X") modality, never a
plain edge; an asserted trip ("travelled to X") is left to the relation patterns. "X invited Y to Washington" is Y's
visit still to come.

A trip counts as planned when :func:`graphbuild.modality.modality_of` finds it open ("will travel",
"plans to fly", "is due to arrive"), and also when a travel verb in the simple present carries a day
or date ("flies to X on Friday"): news tells a schedule that way, not a past trip. Only states are
destinations (a city is where, not whom), and never the traveller's own ("will return to Washington").

A stop on a trip still to come is an open meeting with the state stopped in: "X's trip to the region,
which includes a stop in Y", "X's coming tour, with stops in Y and Z".

An envoy being sent is a trip of the sender's state: "I am sending the Secretary to X", "will dispatch
an envoy to X", "plans to send a delegation to X" are open meetings with X; only people are sent (an
actor's official, or an envoy, a delegation, a minister: "is sending troops / aid to X" is no meeting),
and "sent the Secretary to X" (past) is left to the relation patterns.

A gathering an organization holds is a meeting with it: "will travel to Madrid for the NATO Summit",
"to attend the G7 Leaders' Summit", "will take part in the ASEAN summit next week" are open meetings
of the traveller with NATO, the G7, ASEAN (an organization the gazetteer knows, named inside the
gathering's name; never a state: the venue is where, not whom, so a trip to a state for such a gathering
is no meeting with that state; nor a name the gathering has of its own, "the AI Action Summit").

Examples:
    >>> "travel" in TRAVEL_VERBS and "friday" in _DAYS
    True
    >>> "dispatch" in SEND_VERBS and "troop" not in SENT_PEOPLE
    True
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args
from .patterns import _pairs
from .relations import PEOPLE_NOUNS, _dedupe, _is_verb
from .subjects import verb_subjects

__all__ = ["TRAVEL_VERBS", "INVITED_VERBS", "SEND_VERBS", "SENT_PEOPLE", "TRIP_NOUNS", "STOP_NOUNS", "trip_candidates",
           "stop_candidates", "capital_state"]

#: Verbs of going somewhere: their "to/into" phrase (or "in" for "arrive") is the destination.
TRAVEL_VERBS = frozenset({"travel", "fly", "head", "go", "journey", "arrive", "jet", "leave", "depart"})
#: Travel verbs whose destination is a "for" phrase: "leaves for X on Monday".
_FOR_VERBS = frozenset({"leave", "depart"})
#: Verbs whose "at the invitation of X" phrase names the host met: "will attend X at the invitation of Y".
#: Verbs that send someone on a trip: "is sending the Secretary to X" (the sender's trip).
SEND_VERBS = frozenset({"send", "dispatch"})
#: Verbs that invite someone to a state: "invited X to Washington" (the guest's visit, still to come).
INVITE_VERBS = frozenset({"invite"})
INVITED_VERBS = TRAVEL_VERBS | SEND_VERBS | INVITE_VERBS | {"attend", "participate", "visit", "come", "stay", "join",
                                                            "take"}
#: Nouns of the people an actor sends to meet another: "send an envoy / a delegation to X".
SENT_PEOPLE = frozenset({"envoy", "delegation", "emissary", "representative", "negotiator", "minister", "secretary",
                         "official", "adviser", "advisor", "diplomat", "ambassador", "delegate", "team"})
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
                   "tonight", "january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december"})
_TO = ("to", "into")
#: Gatherings an organization holds: "the NATO Summit", "the G7 Leaders' Summit", "an EU ministerial".
GATHERING_NOUNS = frozenset({"summit", "meeting", "ministerial", "conference", "session", "assembly", "forum",
                             "gathering", "meetings", "summits"})
#: Verbs whose "in" phrase or object is the gathering attended: "participate in", "join", "attend".
_ATTENDING = frozenset({"attend", "participate", "join"})


def capital_state(ctx, arg):
    """A capital the actor module read as a place ("arrives in Beijing"): the state it is the seat of (a
    metonym of the gazetteer); any other place as it is."""
    if arg.actor.type != "Place" or arg.token is None:
        return arg
    from dataclasses import replace

    from .gazetteer import load_gazetteer

    m = ctx.index.get(arg.token.i)
    gaz = load_gazetteer()
    entry = gaz.entry(m.text) if m is not None else None
    state = gaz.actors.get(entry.actor_id) if entry is not None and entry.kind == "metonym" else None
    return replace(arg, actor=state) if state is not None and state.type == "State" else arg


def _destinations(ctx, v) -> list:
    """The states a trip goes to: "to X", a capital ("arrives in Beijing"), or the state an adjective names
    ("to the Saudi capital", "into the Vietnamese resort of Danang"); "leaves for X"."""
    from .partners import demonym_arg

    lemma = v.lemma_.lower()
    preps = _TO + (("in",) if lemma == "arrive" else ()) + (("for",) if lemma in _FOR_VERBS else ())
    out = []
    for p in _pobjs(v, preps):
        found = [a for a in map(lambda x: capital_state(ctx, x), phrase_args(ctx, p))
                 if a.actor.type == "State" and not _part_of_name(ctx, a.token)]
        if not found:
            found = [a for m in p.children if m.dep_ in ("amod", "compound") and m.i < p.i
                     for a in [arg_of_token(ctx, m) or demonym_arg(m)] if a is not None and a.actor.type == "State"]
        out += found
    return out


def _named_before(ctx, subj) -> list:
    """"The delegation" after "a Presidential Delegation": the nearest earlier actor (within the two sentences
    before) whose name has the subject's noun after its first word."""
    from .relations import Arg
    from .sentences import sentences_before

    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or subj.pos_ != "NOUN":
        return []
    starts = [s.start for s in sentences_before(subj)]
    lo = starts[-3] if len(starts) >= 3 else 0
    noun = subj.lemma_.lower()
    for tok in reversed(subj.doc[lo:subj.i]):
        m = ctx.index.get(tok.i)
        if m is not None and noun.rstrip("s") in {w.lower().rstrip("s") for w in m.text.split()[1:]} \
                and m.actor.type != "Person":
            return [Arg(m.actor, tok, True, "context")]
    return []


def _part_of_name(ctx, tok) -> bool:
    """The state's name is only part of a longer name: "New Mexico", "New South Wales"."""
    if tok is None or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ == "PROPN" and before.dep_ == "compound" and ctx.index.get(before.i) is None


def _gatherings(ctx, v) -> list:
    """The organizations whose gathering a trip or an attendance goes to: "for the NATO Summit", "to the
    G7 summit", "attend the ASEAN summit", "take part in the EU ministerial meeting" (see the module
    docstring); only an organization named inside the gathering's own phrase."""
    lemma = v.lemma_.lower()
    if lemma in TRAVEL_VERBS:
        nouns = _pobjs(v, ("for",) + _TO)
    elif lemma in _ATTENDING:
        nouns = [c for c in v.children if c.dep_ == "dobj"] + _pobjs(v, ("in",))
    elif lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in v.children):
        nouns = _pobjs(v, ("in",))  # "take part in the NATO summit"
    else:
        return []
    out = []
    for n in nouns:
        if n.lemma_.lower() not in GATHERING_NOUNS:
            continue
        own = ctx.index.get(n.i)  # "the AI Action Summit": a name of the gathering itself, no organization
        for t in n.subtree:
            if t.i >= n.i:
                break
            a = arg_of_token(ctx, t)
            if a is not None and a.actor.type == "Organization" and not a.actor.id.startswith("ner-") \
                    and (own is None or ctx.index.get(t.i) is not own) and not any(o.actor.id == a.actor.id for o in out):
                out.append(a)
    return out


def _hosts(ctx, v) -> list:
    """"at the invitation of X": X, the host."""
    return [a for p in _pobjs(v, ("at", "on", "upon")) if p.lemma_.lower() == "invitation"
            for q in _pobjs(p, ("of",)) for a in phrase_args(ctx, q)]


def _scheduled(v) -> bool:
    """A travel verb in the simple present with a day or date: "flies to X on Friday" (a schedule)."""
    if v.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    return any(t.lower_ in _DAYS for c in v.children if c.dep_ in ("prep", "npadvmod", "tmod")
               for t in c.subtree)


def _sent(ctx, v) -> list:
    """Who a sending verb sends when it sends people: the official named ("the Secretary"), else the sender
    (an envoy or a delegation of the subject's own); nobody when it sends troops, aid or weapons."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if not objs:
        return []
    m = ctx.index.get(objs[0].i)
    if m is not None:
        a = arg_of_token(ctx, objs[0])
        return [a] if a is not None and m.actor.type in ("Person", "GovernmentOrgan") and m.actor.acts_for else []
    if objs[0].lemma_.lower() not in SENT_PEOPLE:
        return []
    subs, _ = verb_subjects(ctx, v)
    return subs


def _sending(v) -> str | None:
    """The modality of a sending verb that is still to come: "am sending", "will send", "plans to send"."""
    from .modality import modality_of

    modality, _ = modality_of(v)
    if modality in ("hypothetical", "negated"):
        return modality
    progressive = v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("am", "is", "are", "'s", "'re")
                                          for c in v.children)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in v.children)
    return "hypothetical" if modality == "asserted" and (progressive or future) else None


def _send_candidates(ctx, v) -> list:
    """The open meeting of an official sent to a state (see the module docstring)."""
    if v.dep_ in ("relcl", "acl", "amod"):
        return []  # "the envoy sent to X": told as done
    travellers = _sent(ctx, v)
    if not travellers:
        return []
    dests = [a for p in _pobjs(v, _TO) for a in phrase_args(ctx, p)
             if a.actor.type == "State" and not _part_of_name(ctx, a.token)]
    if not dests:
        return []
    modality = _sending(v)
    if modality is None:
        return []
    own = {a.actor.id for a in travellers}
    return _pairs("meets", travellers, _dedupe([o for o in dests if o.actor.id not in own]), v, "loose", 1,
                  modality=modality)


def _invite_candidates(ctx, v) -> list:
    """"X invited Y to Washington": Y's visit to the state (or its capital) it is invited to, hypothetical (an
    invitation is no visit, and one only weighed even less); an invitation not made says nothing of a visit."""
    guests = [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)
              if a.actor.type in ("State", "GovernmentOrgan") or a.actor.acts_for]
    if not guests:
        return []
    dests = [a for p in _pobjs(v, ("to",)) for a in map(lambda x: capital_state(ctx, x), phrase_args(ctx, p))
             if a.actor.type == "State" and not _part_of_name(ctx, a.token)]
    if not dests:
        return []
    from .modality import modality_of

    if modality_of(v)[0] == "negated":
        return []  # "did not invite Y": says nothing of a visit
    own = {a.actor.id for a in guests}
    return _pairs("meets", guests, _dedupe([o for o in dests if o.actor.id not in own]), v, "loose", 1,
                  modality="hypothetical")


def _open(v) -> str | None:
    from .modality import modality_of

    modality, _ = modality_of(v)
    if modality in ("hypothetical", "negated"):
        return modality
    if modality == "asserted" and v.lemma_.lower() in _ATTENDING | {"take"} and any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in v.children):
        return "hypothetical"  # "will participate in the NATO Summit", "will take part in"
    return "hypothetical" if modality == "asserted" and v.lemma_.lower() in TRAVEL_VERBS and _scheduled(v) else None


#: Nouns of a trip whose stops are listed: "Trump's trip to the region, which includes a stop in X".
TRIP_NOUNS = frozenset({"trip", "tour", "visit", "journey", "swing", "travel", "itinerary"})
#: Nouns of a stop on a trip.
STOP_NOUNS = frozenset({"stop", "stopover"})


def stop_candidates(ctx, n) -> list:
    """"X's trip to the region, which includes a stop in Y" (or "with stops in Y and Z"): an open meeting of
    the traveller with each state stopped in, when the trip itself is still to come (its own modality is
    hypothetical or negated: "is expected to dominate X's trip ..."); a trip told as done is left alone."""
    from .modality import modality_of

    if n.pos_ != "NOUN":
        return []
    trip = n.head.head if n.dep_ == "dobj" and n.head.lemma_.lower() == "include" and n.head.dep_ in (
        "relcl", "acl") else n.head.head if n.dep_ == "pobj" and n.head.lower_ == "with" else None
    if trip is not None and trip.lemma_.lower() not in TRIP_NOUNS and trip.dep_ == "pobj" and \
            trip.head.lower_ in ("to", "of", "through") and trip.head.head.lemma_.lower() in TRIP_NOUNS:
        trip = trip.head.head  # "X's trip to the region, which includes a stop in Y": the region's relative clause
    if trip is None or trip.lemma_.lower() not in TRIP_NOUNS:
        return []
    dests = [a for p in _pobjs(n, ("in", "at")) for a in map(lambda x: capital_state(ctx, x), phrase_args(ctx, p))
             if a.actor.type == "State" and not _part_of_name(ctx, a.token)]
    if not dests:
        return []
    modality, _ = modality_of(trip)
    if modality not in ("hypothetical", "negated"):
        return []
    travellers = [a for c in trip.children if c.dep_ == "poss" for a in [arg_of_token(ctx, c)] if a is not None]
    travellers = [a for a in travellers if a.actor.type in ("State", "GovernmentOrgan") or a.actor.acts_for]
    own = {a.actor.id for a in travellers}
    return _pairs("meets", travellers, _dedupe([d for d in dests if d.actor.id not in own]), n, "loose", 1,
                  modality=modality)


def trip_candidates(ctx, v) -> list:
    """The open meetings of a travel or attendance verb ``v`` (see the module docstring)."""
    if not _is_verb(v):
        return []
    lemma = v.lemma_.lower()
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in v.children):
        return []  # only "take part in" the gathering
    if lemma in SEND_VERBS:
        return _send_candidates(ctx, v)
    if lemma in INVITE_VERBS:
        return _invite_candidates(ctx, v)
    objs = _hosts(ctx, v) if lemma in INVITED_VERBS else []
    gatherings = _gatherings(ctx, v)  # "for the NATO Summit", "attend the G7 summit"
    purposes = [c for c in v.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _ATTENDING]
    if lemma in TRAVEL_VERBS and not gatherings and not any(_gatherings(ctx, c) for c in purposes):
        objs += _destinations(ctx, v)  # not "to Madrid, Spain for / to attend the NATO Summit": the venue
    objs += gatherings
    if not objs:
        return []
    modality = _open(v)
    if modality is None:
        return []
    if v.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in v.head.children):
        return []  # "does not allow its citizens to travel to X": the ones allowed travel, not the subject
    subs, hops = verb_subjects(ctx, v)
    own_subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own_subj and (hops or not any(ctx.index.get(c.i) is not None or c.lemma_.lower() in PEOPLE_NOUNS
                                     or c.lower_ in ("he", "she", "they", "we", "it", "i") for c in own_subj)):
        return []  # "does not allow its citizens to travel to X": private travellers, no actor's trip
    shared = own_subj or [c for c in (v.head.children if v.dep_ == "conj" else ()) if c.dep_ == "nsubj"]
    if not subs and shared:
        subs = _named_before(ctx, shared[0])  # "The delegation will attend ...": the delegation named before
    subs = [a for a in subs if a.actor.type != "Person" or a.actor.acts_for]
    if lemma in _FOR_VERBS:  # "he was about to leave for X" in someone's account: only a named traveller
        subs = [a for a in subs if a.token is None or a.token.pos_ != "PRON"]
    own = {a.actor.id for a in subs}  # a private person's trip meets no one (as "official_visitors")
    return _pairs("meets", subs, _dedupe([o for o in objs if o.actor.id not in own]), v, "loose", 1,
                  modality=modality)

