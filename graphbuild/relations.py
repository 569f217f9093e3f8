"""The types relation extraction passes around, and the trigger lexicon.

A *trigger* is a verb ("designated", "met"), a nominalization ("its designation as", "X's attack
on Y", "talks with") or an attribution pattern ("held X accountable", "X was to blame"), listed in
``graphbuild/data/triggers.yaml``. :mod:`graphbuild.arguments` finds the actors around a trigger,
:mod:`graphbuild.patterns` and :mod:`graphbuild.attribution` turn triggers into
:class:`Candidate` s, and :mod:`graphbuild.extract` adds modality, dates and confidence.

Examples:
    >>> lex = load_lexicon()
    >>> [r for r, _ in lex.verbs["designate"]]
    ['designates']
    >>> sorted(w for w in lex.light["attacks"] if w.startswith("c"))[:3]
    ['carry', 'claim', 'commit']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .statement import Actor

__all__ = ["Lexicon", "Arg", "Candidate", "Memory", "Context", "load_lexicon"]


DATA = Path(__file__).parent / "data" / "triggers.yaml"
RELATIVE = {"which", "who", "whom", "that", "whose"}
OBJECT_CONTROL = {"urge", "ask", "force", "persuade", "tell", "order", "allow", "help", "encourage",
                  "push", "press", "call", "invite", "lead", "prompt", "enable", "get"}
CHARGE_VERBS = {"charge", "accuse", "blame", "designate", "sanction", "indict", "convict", "arrest",
                "praise", "condemn", "thank", "target", "punish", "credit", "list", "criticize",
                "chastise", "fault", "commend"}
GROUP_NOUNS = {"leader", "side", "country", "nation", "government", "minister", "president", "party"}
PEOPLE_NOUNS = {"envoy", "representative", "delegation", "official", "leader", "president", "minister",
                "diplomat", "counterpart", "delegate", "negotiator", "emissary", "ambassador",
                "chief", "head", "commander", "member", "team", "spokesman", "foreign"}
FIRST_PERSON = {"we", "our", "us", "ours"}
GROUP_ANAPHORS = {"jihadist", "militant", "insurgent", "rebel", "extremist", "fighter", "terrorist",
                  "group", "movement", "militia", "guerrilla", "organization", "outfit"}
_AGREE = {"our": "we", "their": "they", "its": "it", "his": "he", "her": "she"}
ACTORISH = {"State", "ArmedGroup", "Organization", "GovernmentOrgan", "Person", "Place"}


@dataclass(frozen=True)
class Lexicon:
    """The trigger lexicon, indexed by lemma."""

    verbs: dict
    nouns: dict
    light: dict
    relay: dict
    raw: dict


@lru_cache(maxsize=4)
def load_lexicon(path: str | Path = DATA) -> Lexicon:
    """Read ``triggers.yaml`` into lemma indexes."""
    import yaml

    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    verbs: dict = {}
    nouns: dict = {}
    for rel, spec in raw.items():
        for lemma, opts in (spec.get("verbs") or {}).items():
            verbs.setdefault(lemma, []).append((rel, opts or {}))
        for lemma, opts in (spec.get("nouns") or {}).items():
            nouns.setdefault(lemma, []).append((rel, opts or {}))
    light = {rel: frozenset(spec.get("light") or ()) for rel, spec in raw.items()}
    relay = {rel: frozenset(spec.get("relay") or ()) for rel, spec in raw.items()}
    return Lexicon(verbs, nouns, light, relay, raw)


@dataclass(frozen=True)
class Arg:
    """An argument of a relation: an actor, the token that names it, and how it was found."""

    actor: Actor
    token: object = None
    coref: bool = False
    via: str = "mention"
    negated: bool = False


@dataclass(frozen=True)
class Candidate:
    """A relation read at a trigger, before modality and confidence."""

    relation: str
    subject: Arg
    object: Arg
    trigger: object
    kind: str = "verb"
    hops: int = 0
    modality: str | None = None
    exempt: frozenset = frozenset()
    speaker: Arg | None = None
    extra: tuple = ()


@dataclass
class Memory:
    """What earlier sentences of the document said: the last attack and the last designation."""

    attackers: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    #: target id -> the ids of its attackers named so far (None: an attack with no attacker named)
    attacked: dict = field(default_factory=dict)
    designator: Arg | None = None
    designated: list = field(default_factory=list)
    #: the two sides of the last meeting or call, and the sentence number it was read in
    parties: list = field(default_factory=list)
    parties_at: int = -10
    sentence: int = 0


@dataclass
class Context:
    """Per-document lookups the pattern functions share."""

    doc: object
    index: dict
    lex: Lexicon
    first_person: Callable
    memory: Memory
    speaker_of: Callable
    #: the states a joint statement's title names as its authors: "we" outside quotes is all of them
    co_issuers: tuple = ()


def _is_verb(t) -> bool:
    return t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")


def _is_noun(t) -> bool:
    return t.pos_ in ("NOUN", "PROPN") or t.tag_.startswith("NN")


def _dedupe(args):
    seen, out = set(), []
    for a in args:
        if a.actor.id not in seen:
            seen.add(a.actor.id)
            out.append(a)
    return out


#: Nouns that a nationality adjective turns into the state itself ("Iranian officials", "American warships").
