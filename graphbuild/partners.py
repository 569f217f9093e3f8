"""Who a meeting, call, praise or partnership is with when the verb's object does not name it.

Used by :mod:`graphbuild.patterns`: a call held "by phone" makes "told X" a meeting with X; hosting a
gathering meets its guests, not its topic ("a summit on Sudan"); "met with key Saudi national security
officials" meets Saudi Arabia; "welcomed X's leadership in Y" praises X (and meets no one); "thanked the
President for the United States' support" praises the United States; "Israeli-Palestinian negotiations"
relate the two states named by the hyphenated modifiers; "raised the issue in a meeting with X" and
"said his meeting with X was cordial" are meetings of the clause's subject with X; "Iran's support to the
Houthi attacks" backs the attackers.

Examples:
    >>> "summit" in GATHERINGS and "relation" in STATE_OF_TIES
    True
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token
from .relations import PEOPLE_NOUNS, Arg, _dedupe

__all__ = ["GATHERINGS", "CALL_WORDS", "STATE_OF_TIES", "by_phone", "officials_state", "led_well", "merit_owners", "merit_makers", "MERIT_NOUNS",
           "hyphen_pair_candidates", "demonym_arg", "meeting_holder_candidates", "SETTING_PREPS", "MEETING_NOUNS",
           "backed_attackers_candidates"]


#: Gatherings a meeting verb's object can be: hosting one meets its guests, not its topic.
GATHERINGS = frozenset({"summit", "conference", "meeting", "talk", "talks", "forum", "gathering", "session",
                         "dialogue", "negotiation", "round", "event", "ceremony", "convention", "symposium",
                         "call"})


#: What a call is held on: "by phone", "in a telephone call", "during a video conference".
CALL_WORDS = frozenset({"phone", "telephone", "videoconference", "video", "call", "conversation"})


def by_phone(v) -> bool:
    """Whether ``v`` happened on a call: "told X by phone", "assured X in a phone call" (an interview is no call)."""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "over", "in", "during", "on") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in CALL_WORDS
        and (p.lemma_.lower() in ("phone", "telephone", "videoconference")
             or any(m.lower_ in ("phone", "telephone", "video") for m in p.children))
        for p in c.children) for c in v.children)


def officials_state(ctx, p) -> list:
    """"met with key Saudi national security officials": the state whose adjective sits deep in the
    modifiers of the officials met (the actor module links it only next to the people noun)."""
    if p.lemma_.lower() not in PEOPLE_NOUNS or p.pos_ != "NOUN":
        return []
    for m in sorted((m for m in p.subtree if m.i < p.i and m.dep_ in ("amod", "compound", "nmod")),
                    key=lambda m: m.i):
        a = arg_of_token(ctx, m) or demonym_arg(m)
        if a is not None and a.actor.type == "State":
            return [a]
    return []


def led_well(o, v) -> bool:
    """"welcomed X's leadership in/on Y": an actor's leadership welcomed as a merit, not leaders
    welcomed as guests ("welcomed the Iranian leadership to Moscow")."""
    return o.lemma_ == "leadership" and any(c.dep_ == "poss" for c in o.children) and not _pobjs(v, ("to",)) \
        and not _pobjs(o, ("to",))


def merit_owners(ctx, heads) -> list:
    """"thanked the President for the United States' friendship", "commended the team for U.S. support":
    when the one thanked is no actor, the named owner (possessor or modifier, not a pronoun) of what
    the "for" phrase praises is praised."""
    out = [a for h in heads for p in _pobjs(h, ("for",)) for c in p.children
           if c.dep_ in ("poss", "compound", "amod") and c.i < p.i and c.pos_ in ("PROPN", "ADJ", "NOUN")
           for a in [arg_of_token(ctx, c)] if a]
    return out or merit_makers(ctx, heads[1:])


#: What one praises an actor for when the verb praises the deed ("welcomed the work by X").
MERIT_NOUNS = frozenset({"work", "effort", "leadership", "contribution", "role", "commitment", "support",
                         "assistance", "help", "engagement", "hospitality", "generosity", "dedication",
                         "mediation", "partnership", "cooperation", "friendship", "solidarity"})


def merit_makers(ctx, objects) -> list:
    """"welcomed the significant work by X", "commended the efforts of X", "applauded X-led mediation":
    a deed praised as the object of the verb praises whoever did it (its "by"/"of" phrase or an actor
    modifying it)."""
    from .arguments import phrase_args

    out = []
    for o in objects:
        if o.lemma_.lower() not in MERIT_NOUNS or arg_of_token(ctx, o) is not None:
            continue
        out += [a for c in o.children if c.dep_ in ("poss", "compound", "amod") and c.i < o.i
                for a in [arg_of_token(ctx, c)] if a]
        out += [a for p in _pobjs(o, ("by", "of")) if ctx.index.get(p.i) is not None for a in phrase_args(ctx, p)
                if not (a.actor.id.startswith("ner-") and not a.actor.acts_for)]  # not "work by Energy Ministers"
    return out


#: Nouns that name the state of ties between two actors, good or bad: no act of cooperation.
STATE_OF_TIES = frozenset({"tie", "link", "relationship", "relation", "thaw", "rapprochement", "friend"})


def hyphen_pair_candidates(ctx, n, rel, opts) -> list:
    """"Israeli-Palestinian negotiations", "Palestinians-Israeli talks": a between-noun of a symmetric
    relation whose hyphenated modifiers name two actors relates them."""
    if not opts.get("between") or rel not in ("meets", "cooperates") or n.lemma_.lower() in STATE_OF_TIES:
        return []  # "tense Russian-Ukrainian relations" are no cooperation
    mods, stack = [], [c for c in n.lefts if c.dep_ in ("amod", "compound", "nmod")]
    while stack:
        m = stack.pop()
        mods.append(m)
        stack += [c for c in m.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod", "punct")]
    if not any(m.text in ("-", "\u2013") for m in mods):
        return []
    args = _dedupe([a for m in sorted(mods, key=lambda m: m.i) if m.text not in ("-", "\u2013")
                    for a in [ctx.index.get(m.i) and arg_of_token(ctx, m) or demonym_arg(m)] if a])
    if len({a.actor.id for a in args}) != 2:
        return []
    from .patterns import _symmetric

    return _symmetric(rel, args, n, "noun-coordination")


def demonym_arg(tok) -> Arg | None:
    """A state's adjective the actor module did not link: "Palestinian" in "Israeli-Palestinian talks"."""
    from .gazetteer import load_gazetteer

    if not tok.text[:1].isupper():
        return None
    actor = load_gazetteer().demonym(tok.text)
    return Arg(actor, tok, coref=False, via="demonym") if actor is not None and actor.type == "State" else None


#: Prepositions that set an act inside a meeting: "raised the issue in a meeting with X", "during talks with X".
SETTING_PREPS = frozenset({"in", "during", "at", "after", "before", "following", "ahead"})
#: Verbs whose subject holds the meeting they take as object: "convened a meeting with X".
CONVENING_VERBS = frozenset({"convene", "chair", "co-chair", "organize", "organise", "lead", "join"})
#: Meeting nouns whose holder the clause around them names.
MEETING_NOUNS = frozenset({"meeting", "talk", "talks", "call", "conversation", "summit", "negotiation"})


def meeting_holder_candidates(ctx, n, rel) -> list:
    """"Trudeau raised the issue in a meeting with X", "Trudeau said his meeting with X was cordial": a
    meeting with a partner but no holder of its own is held by the subject of the verb it is the setting
    of, or (with "his/her/their") by the subject of the clause above it."""
    from .arguments import phrase_args, verb_subjects
    from .patterns import _pairs
    from .relations import _is_verb

    if rel != "meets" or n.lemma_.lower() not in MEETING_NOUNS and n.lower_ not in MEETING_NOUNS:
        return []
    partners = [a for p in _pobjs(n, ("with",)) for a in phrase_args(ctx, p) if _heads_phrase(a.token, p) or (
        a.actor.type == "State" and p.lemma_.lower() in PEOPLE_NOUNS)]  # "with the foreign ministers of X and Y"
    if not partners:
        return []
    holders, hops = [], 0
    if n.dep_ == "pobj" and n.head.lower_ in SETTING_PREPS and _is_verb(n.head.head):
        holders, hops = verb_subjects(ctx, n.head.head)  # "raised X in a meeting with Y"
    elif n.dep_ == "dobj" and n.head.lemma_.lower() in CONVENING_VERBS:
        holders, hops = verb_subjects(ctx, n.head)  # "convened a meeting with leaders of X and Y"
        partners = [a for a in partners if a.actor.type in ("State", "ArmedGroup") or a.actor.acts_for]
        # (not "convened a call with governors and agency heads": a government's own business)
    elif any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in n.children):
        v = n.head
        for _ in range(4):  # "X said his meeting with Y was cordial": the nearest subject above
            if _is_verb(v) and any(c.dep_ == "nsubj" and c.i != n.i and n not in c.subtree for c in v.children):
                holders, hops = verb_subjects(ctx, v)
                break
            if v.head.i == v.i:
                break
            v = v.head
    holders = [a for a in holders if a.actor.type != "Place"]  # not "(NBC Louisville, KY): Mayor X ..."
    own = {a.actor.id for a in holders} | {a.actor.acts_for for a in holders if a.actor.acts_for}
    partners = [a for a in partners if a.actor.acts_for not in own or not a.actor.acts_for]  # not its own organs
    return _pairs("meets", holders, [a for a in partners if a.actor.id not in own], n, "noun", hops + 1)


def _heads_phrase(tok, p) -> bool:
    """Whether ``tok`` names the "with" phrase ``p`` itself (its head, modifiers or conjuncts), not an actor
    inside a phrase of its own ("a meeting with generals of the armed forces")."""
    if tok is None:
        return False
    for _ in range(6):
        if tok.i == p.i:
            return True
        if tok.dep_ in ("pobj", "prep") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def backed_attackers_candidates(ctx, n, rel, opts) -> list:
    """"Iran's support to the Houthi missile attacks", "Russian funding for Wagner's operations": the
    owner of the support backs whoever does the acts supported (cooperates)."""
    from .patterns import _event_agent, _event_nouns, _pairs

    if rel != "cooperates" or not opts.get("objects"):
        return []
    owners = [a for c in n.children if c.dep_ in ("poss", "compound", "amod") and c.i < n.i
              for a in [arg_of_token(ctx, c) or (demonym_arg(c) if c.dep_ == "amod" else None)] if a]
    if not owners:
        return []
    events = [p for p in _pobjs(n, tuple(opts["objects"])) if p.lemma_.lower() in _event_nouns(ctx)]
    doers = [a for p in events for a in _event_agent(ctx, p) if a.actor.type != "Place"]
    own = {a.actor.id for a in owners}
    return _pairs("cooperates", owners, [a for a in doers if a.actor.id not in own], n, "noun", 1)
