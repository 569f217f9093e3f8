"""Words said to someone in a call or a meeting: the two met.

"X praised Y in a phone call", "X thanked Y during their meeting", "during talks in Beijing, X urged Y
to ...", "X congratulated Y by phone": X ``meets`` Y; "X and Y spoke by phone" too, besides what the verb itself says (praise, a
call to act). The verb must be one of addressing someone (``ADDRESS_VERBS``), its object a person
named in the text (a state or a group as object is talked about, not talked to: "X criticized Iran
during a call" was a call with someone else), and the call or meeting must not name its own
partner ("in a meeting with Z" is a meeting with Z, read by the noun rules).

Examples:
    >>> sorted(ADDRESS_VERBS & {"praise", "kill"})
    ['praise']
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args, verb_subjects
from .prose import sentence_tokens_with
from .relations import Candidate, _is_verb

__all__ = ["call_meeting_candidates", "ADDRESS_VERBS"]

#: Verbs of addressing a person, said in a call or a meeting.
ADDRESS_VERBS = frozenset({"praise", "thank", "congratulate", "commend", "urge", "press", "ask", "tell", "assure",
                           "reassure", "warn", "caution", "invite", "brief", "inform", "encourage", "promise",
                           "criticize", "criticise", "rebuke", "reproach", "greet", "welcome", "hail", "laud",
                           "applaud", "implore", "request", "advise", "pledge", "offer", "raise", "convey",
                           "express", "reiterate", "stress", "emphasize", "underscore", "affirm", "reaffirm"})
#: Calls and meetings a verb can be said in ("in a phone call", "during their meeting", "by phone").
_CHANNELS = frozenset({"call", "phone", "telephone", "conversation", "meeting", "talks", "videoconference", "summit",
                       "phonecall"})
_FORMS = frozenset(_CHANNELS | {"calls", "meetings", "conversations", "summits"})
_PREPS = ("in", "during", "at", "over", "on", "by")
#: Verbs of talking, done together by coordinated subjects on the phone.
_TALKING = frozenset({"speak", "talk", "chat", "confer"})
_NAMED_PARTNER = ("with", "between", "among")


def _channel_verb(n):
    """The verb a call or meeting noun is the channel of ("praised X in a phone call"), or None."""
    if n.dep_ != "pobj" or n.head.lower_ not in _PREPS:
        return None
    v = n.head.head
    if not _is_verb(v) and v.dep_ in ("dobj", "dative") and _is_verb(v.head):
        v = v.head  # "praised X's role in the call": the phrase hangs on the object
    return v if _is_verb(v) and v.lemma_.lower() in ADDRESS_VERBS else None


def _spoke_together(ctx, n) -> list:
    """"X and Y spoke by phone", "X and Y talked on the phone for an hour": the two met."""
    if n.lemma_.lower() not in ("phone", "telephone") or n.dep_ != "pobj" or n.head.lower_ not in ("on", "by", "over"):
        return []
    v = n.head.head
    if not _is_verb(v) or v.lemma_.lower() not in _TALKING:
        return []
    # the subjects as written ("talked by telephone" is no passive with an agent)
    subs = [a for c in v.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
    for c in v.children:  # "President X and President Y spoke", parsed as one name phrase
        if c.dep_ == "nsubj" and len(subs) < 2 and any(t.dep_ == "cc" and t.lower_ == "and" for t in c.subtree):
            subs += [a for t in c.subtree if t.i < v.i for a in [arg_of_token(ctx, t)] if a is not None]
    subs = [a for i, a in enumerate(subs) if all(a.actor.id != b.actor.id for b in subs[:i])]
    return [Candidate("meets", a, b, v, "coordination", 0) for i, a in enumerate(subs) for b in subs[i + 1:]]


def call_meeting_candidates(ctx, sent) -> list:
    """``meets`` candidates for persons addressed in a call or a meeting of the sentence, and for
    two who spoke by phone."""
    hits = sentence_tokens_with(sent, _FORMS)
    if not hits:
        return []
    out = []
    for n in hits:
        out += _spoke_together(ctx, n)
        if n.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "prep" and c.lower_ in _NAMED_PARTNER for c in n.children):
            continue
        v = _channel_verb(n)
        if v is None:
            continue
        addressed = [c for c in v.children if c.dep_ in ("dobj", "dative")] + _pobjs(v, ("to",))
        others = [a for t in addressed for a in phrase_args(ctx, t, conj=True) if a.actor.type == "Person"]
        if not others:
            continue
        subs, hops = verb_subjects(ctx, v)
        # "did not criticize Y in their call": the call took place all the same
        out += [Candidate("meets", s, o, v, "verb", hops + 1, exempt=frozenset({"negated"})) for s in subs
                for o in others if s.actor.id != o.actor.id]
    return out
