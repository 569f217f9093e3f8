"""Words and tests for anaphora resolution (:mod:`graphbuild.coref`): which head nouns and pronouns
refer to which kinds of actor, and whether an actor is a fit antecedent for a kind of anaphor."""

from __future__ import annotations

import re

__all__ = ["ARMED_NOUNS", "STATE_NOUNS", "PERSON_NOUNS", "TEXT_NOUNS", "BARE_ONLY", "DEF_WINDOW",
           "FEMALE_ROLE", "MALE_ROLE", "ORG_OK", "PART_NOUNS", "PERSONAL", "PLEONASTIC_HEADS", "PLURAL",
           "QUOTE_PAIRS", "SAY", "SINGULAR", "STYLED", "SUBJ", "WE", "compatible", "is_pleonastic",
           "state_of", "styled"]

#: Head nouns of definite descriptions that refer to an armed group.
ARMED_NOUNS = frozenset({
    "group", "militants", "jihadists", "insurgents", "rebels", "movement", "militia", "extremists",
    "terrorists", "fighters", "organization", "organisation", "outfit", "faction", "guerrillas",
    "insurgency", "network",
})
#: Head nouns of definite descriptions that refer to a state.
STATE_NOUNS = frozenset({"country", "nation", "government", "regime", "kingdom", "republic",
                         "military", "army", "administration"})
BARE_ONLY = frozenset({"military", "army", "administration"})  # only as "the military"
FEMALE_ROLE = re.compile(r"woman|queen|lady|chairwoman|princess|duchess")
MALE_ROLE = re.compile(r"(?<!wo)man\b|\bking|\bprince\b|\bduke|\bsheikh|\bemir|\bsultan")
#: Head nouns of definite descriptions that refer to a person already named ("the suspect").
PERSON_NOUNS = frozenset({"attacker", "suspect", "gunman", "bomber", "assailant", "shooter",
                          "perpetrator", "immigrant", "hijacker", "defendant"})
ORG_OK = frozenset({"group", "organization", "organisation", "movement"})
#: Texts an actor writes or passes: an "it" after one of them is the text ("passed a bill ... It would").
TEXT_NOUNS = frozenset({"bill", "law", "act", "legislation", "measure", "report", "document", "resolution",
                        "statement", "study", "assessment", "letter", "order", "decree", "proposal", "amendment",
                        "draft", "memo", "memorandum", "regulation", "declaration", "communique", "review",
                        "strategy", "constitution", "charter", "ruling", "verdict"})
SINGULAR = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
PERSONAL = frozenset({"he", "she"})  # "she" only for a person whose role says so
WE = frozenset({"we", "us", "our", "ours", "ourselves"})
SAY = frozenset({"say", "tell", "add", "state", "note", "assert", "stress", "declare", "write",
                  "claim", "warn", "insist", "explain", "announce", "argue", "affirm", "reiterate",
                  "describe", "respond", "reply", "comment", "tweet", "post"})
SUBJ = frozenset({"nsubj", "nsubjpass"})
PLEONASTIC_HEADS = frozenset({"seem", "appear", "happen", "matter", "take", "rain", "remain", "cost"})
QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»"}
DEF_WINDOW = 4  # sentences back for definite descriptions


def is_pleonastic(tok) -> bool:
    if tok.dep_ == "expl":
        return True
    if tok.lower_ != "it" or tok.dep_ not in SUBJ:
        return False
    head = tok.head
    if head.lemma_ in PLEONASTIC_HEADS:
        return True
    return head.lemma_ == "be"  # "it is clear that", "it was a step forward": rarely an actor


def state_of(actor):
    """The state a person or organ acts for (from the gazetteer), else ``None``."""
    if actor.type == "State":
        return actor
    if actor.type in {"Person", "GovernmentOrgan"} and actor.acts_for:
        from .actors import acting_actor

        boss = acting_actor(actor)
        return boss if boss.type == "State" else None
    return None


STYLED = frozenset({"kingdom", "republic"})


def styled(actor, word: str) -> bool:
    """Whether a state is styled "<Word> of ..." in the gazetteer ("Kingdom of Bahrain").

    Examples:
        >>> from graphbuild.gazetteer import load_gazetteer
        >>> gaz = load_gazetteer()
        >>> styled(gaz.actor("bahrain"), "kingdom"), styled(gaz.actor("united-states"), "kingdom")
        (True, False)
    """
    from .gazetteer import load_gazetteer

    if actor is None:
        return False
    pattern = re.compile(rf"\b{word} of\b", re.IGNORECASE)
    return any(e.actor_id == actor.id and pattern.search(e.text) for e in load_gazetteer().entries)


PART_NOUNS = frozenset({"wing", "branch", "branches", "affiliate", "affiliates", "offshoot", "arm",
                         "faction", "member", "members", "part", "leader", "leaders", "founder",
                         "cell", "unit", "splinter", "rival", "rivals", "enemy", "enemies"})


def compatible(actor, mention_text: str, kind: str, plural: bool | None = None) -> bool:
    if kind == "singular":
        return actor.type in {"State", "ArmedGroup", "Organization", "GovernmentOrgan"}
    if kind == "plural":
        if plural is None:
            plural = mention_text.rstrip().endswith("s")
        return actor.type == "ArmedGroup" or (plural and actor.type in {"State", "Organization",
                                                                         "GovernmentOrgan"})
    if kind == "person":
        return actor.type == "Person" and not FEMALE_ROLE.search(actor.role or "")
    if kind == "female":
        return actor.type == "Person" and bool(FEMALE_ROLE.search(actor.role or ""))
    if kind == "armed":
        return actor.type == "ArmedGroup"
    if kind == "group":
        return actor.type in {"ArmedGroup", "Organization"}
    if kind == "state":
        return state_of(actor) is not None
    return False
