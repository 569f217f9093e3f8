"""Words as weapons: "attacked X for raising questions" is a criticism, not a violent attack.

"Attack" (and "assail", "lash out") also names a verbal attack. It is read as one, so that the
attack becomes a condemnation, when the attacker gives a reason ("attacked Canada's prime minister
for raising the drugs war", "attacked the plan for its cost") or a verdict ("attacked the plan as
reckless"), and nothing in the sentence tells of violence. So it is when it names the channel the
words went out on ("attacked X on Twitter", "in a speech"), or when what is attacked is a decision,
a policy or a remark, not a party ("attacked the decision by X"): the owner of the decision is
condemned. An attack noun is verbal by its modifier ("a verbal / scathing attack on X"), its channel
("an attack on X on Twitter") or the speech it frames ("in an attack on X, the minister said ...").

Examples:
    >>> violent_sentence("gunmen attacked the convoy for hours, killing six")
    True
    >>> violent_sentence("the president attacked his rival for raising the issue")
    False
    >>> sorted(_CHANNELS & {"twitter", "convoy"}), sorted(_WORD_OBJECTS & {"decision", "base"})
    (['twitter'], ['decision'])
"""

from __future__ import annotations

import re

__all__ = ["verbal_attack", "verbal_attack_noun", "verbal_frame_candidates", "violent_sentence", "words_not_arms"]

_VIOLENCE = re.compile(
    r"\b(?:kill|dead|death|wound|injur|bomb|shell|missile|rocket|drone|gun|shot|shoot|fire[ds]?\b|firing|"
    r"soldier|troop|militant|insurgent|rebel|fighter|militia|army|military|police|casualt|explo|blast|"
    r"airstrike|air strike|raid|artillery|weapon|hostage|armed|violen)", re.IGNORECASE)
_TIME_WORDS = frozenset({"hour", "day", "week", "month", "year", "night", "time", "minute", "decade", "while"})
#: Where words go out: "attacked X on Twitter / in a speech / in an interview".
_CHANNELS = frozenset({"twitter", "tweet", "facebook", "instagram", "speech", "interview", "remark", "statement",
                       "column", "op-ed", "editorial", "post", "message", "letter", "rally", "podcast", "blog",
                       "newspaper", "broadcast", "television", "media", "address", "conference", "debate"})
#: What only words can attack: "attacked the decision / the policy / his remarks".
_WORD_OBJECTS = frozenset({"decision", "policy", "plan", "proposal", "remark", "comment", "statement", "stance",
                           "position", "deal", "agreement", "law", "bill", "legislation", "report", "speech",
                           "rhetoric", "idea", "approach", "handling", "record", "leadership", "claim", "move",
                           "tweet", "criticism", "view", "ruling", "verdict", "budget", "reform", "strategy",
                           "response", "resolution", "vote", "election", "credibility", "motive", "integrity",
                           "character", "reputation", "judgment", "judgement", "competence", "honesty", "patriotism",
                           "credential", "fitness", "temperament", "comment", "candidacy", "nomination", "agenda"})
#: Modifiers of an attack noun that make it words: "a verbal / scathing attack on X".
_VERBAL_MODIFIERS = frozenset({"verbal", "rhetorical", "scathing", "blistering", "stinging", "withering",
                               "personal", "veiled", "thinly-veiled", "sharp", "bitter", "angry", "harsh",
                               "written", "public", "twitter"})
#: Verbs of speech an attack noun may frame: "in an attack on X, the minister said / replied".
_SPEECH = frozenset({"say", "reply", "respond", "tweet", "write", "retort", "tell", "add", "declare", "post",
                     "accuse", "call", "describe", "warn", "argue", "insist", "claim", "answer"})


def violent_sentence(text: str) -> bool:
    """Whether a sentence tells of violence (killing, weapons, fighters)."""
    return bool(_VIOLENCE.search(text))


def _reason(tok, gerund_only: bool = False) -> bool:
    """A "for" phrase giving a reason (not a duration: "for hours", "for the second time")."""
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for q in p.children:
            if q.dep_ == "pcomp" and q.tag_ == "VBG":
                return True  # "for raising questions"
            if q.dep_ == "pobj" and not gerund_only and q.ent_type_ not in ("DATE", "TIME", "ORDINAL", "CARDINAL") \
                    and q.lemma_ not in _TIME_WORDS:
                return True  # "for his remarks"
    return False


def _verdict(tok) -> bool:
    """An "as" phrase judging the object: "attacked the plan as reckless / a disgrace"."""
    return any(p.dep_ == "prep" and p.lower_ == "as" and any(q.dep_ in ("pobj", "amod", "acomp") for q in p.children)
               for p in tok.children)


def _channel(tok) -> bool:
    """An "on"/"in"/"via"/"during" phrase naming where words went out ("on Twitter", "in a speech")."""
    return any(p.dep_ == "prep" and p.lower_ in ("on", "in", "via", "during", "through") and any(
        q.dep_ == "pobj" and (q.lemma_.lower() in _CHANNELS or q.lower_ in _CHANNELS) for q in p.children)
        for p in tok.children)


def verbal_attack_noun(n) -> bool:
    """Whether the attack noun ``n`` is a verbal attack: a modifier ("a scathing attack on X"), a channel
    ("an attack on X on Twitter") or a speech verb it frames ("in an attack on X, she said ...")."""
    if n.lemma_.lower() != "attack":
        return False
    if n.head.lower_ == "for" and n.head.head.lemma_ in ("responsibility", "credit", "blame"):
        return False  # "claimed responsibility for the attack in a statement": a claimed attack is arms
    verbal = any(c.dep_ in ("amod", "compound") and c.lower_ in _VERBAL_MODIFIERS for c in n.children)
    verbal = verbal or _channel(n) or (n.head.dep_ == "prep" and _channel(n.head.head))
    if not verbal and n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.lemma_ in _SPEECH:
        verbal = True  # "in an unprecedented attack on X, the president replied ..."
    return verbal and not violent_sentence(n.sent.text)


def verbal_attack(v) -> bool:
    """Whether the attack verb ``v`` is a verbal attack (see the module docstring)."""
    if v.lemma_ not in ("attack", "assail"):
        return False
    objects = [c for c in v.children if c.dep_ == "dobj"]
    if (_channel(v) or any(_channel(o) for o in objects) or any(
            o.lemma_.lower() in _WORD_OBJECTS for o in objects)) and not violent_sentence(v.sent.text):
        return True  # "attacked X on Twitter", "attacked the decision by X"
    heads = [v, *objects]
    # PP attachment: "attacked X at the end of a summit for raising ...", the gerund hung on a noun
    later, frontier = [], [v, *heads[1:]]
    for _ in range(3):
        frontier = [q for h in frontier for p in h.children if p.dep_ == "prep" for q in p.children
                    if q.dep_ == "pobj"]
        later += frontier
    if not any(_reason(h) or _verdict(h) for h in heads) and not any(_reason(q, gerund_only=True) for q in later):
        return False
    return not violent_sentence(v.sent.text)


def words_not_arms(candidates: list) -> list:
    """The candidates with each attack read at a verbal attack noun made a condemnation
    ("a scathing attack on X" condemns X); the others unchanged."""
    from dataclasses import replace

    return [replace(c, relation="condemns") if c.relation == "attacks" and c.trigger.lemma_ == "attack"
            and c.trigger.pos_ in ("NOUN", "PROPN") and verbal_attack_noun(c.trigger) else c for c in candidates]


def verbal_frame_candidates(ctx, n) -> list:
    """"In a scathing attack on X, the minister said ...": the speaker condemns X (read at the noun
    ``n`` when no other reading of it found a pair)."""
    if n.dep_ != "pobj" or n.head.lower_ != "in" or not verbal_attack_noun(n):
        return []
    from .arguments import _pobjs, phrase_args, verb_subjects
    from .relations import Candidate

    v = n.head.head
    if v.pos_ not in ("VERB", "AUX"):
        return []
    subs, hops = verb_subjects(ctx, v)
    objs = [a for p in _pobjs(n, ("on", "against")) for a in phrase_args(ctx, p)]
    return [Candidate("condemns", s, o, n, "noun", hops) for s in subs for o in objs if s.actor.id != o.actor.id]
