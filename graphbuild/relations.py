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


class Words(list):
    """A word list of a data file: still a list (order kept), but ``in`` is a set lookup.

    Examples:
        >>> w = Words(["backed", "sponsored"])
        >>> "sponsored" in w, "led" in w, w[0]
        (True, False, 'backed')
    """

    __slots__ = ("_set",)

    def __init__(self, items=()):
        super().__init__(items)
        self._set = frozenset(self)

    def __contains__(self, item) -> bool:
        try:
            return item in self._set
        except TypeError:  # an unhashable probe: compare as a list does
            return list.__contains__(self, item)


def _word_lists(value):
    """``value`` with every list of strings (at any depth) made a :class:`Words`.

    Examples:
        >>> type(_word_lists({"a": {"b": ["x", "y"]}})["a"]["b"]).__name__
        'Words'
    """
    if isinstance(value, dict):
        return {k: _word_lists(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_word_lists(v) for v in value]
        return Words(items) if all(isinstance(v, str) for v in items) else items
    return value


@lru_cache(maxsize=4)
def load_lexicon(path: str | Path = DATA) -> Lexicon:
    """Read ``triggers.yaml`` into lemma indexes."""
    from .datafile import load_yaml

    raw = _word_lists(load_yaml(Path(path).read_text(encoding="utf-8")))
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
    #: the sentence number in which the attackers above were named
    attackers_at: int = -10
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


def _ids(pos: tuple, tags: tuple) -> tuple[frozenset, frozenset]:
    """The integer ids of part-of-speech names and of tag strings: a token's ``pos`` and ``tag``
    compare without building a string (these tests run for every token of every sentence)."""
    from spacy.parts_of_speech import IDS
    from spacy.strings import hash_string

    return frozenset(IDS[p] for p in pos), frozenset(hash_string(t) for t in tags)


_VERB_POS, _VERB_TAGS = _ids(("VERB", "AUX"), ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))
_NOUN_POS, _NOUN_TAGS = _ids(("NOUN", "PROPN"), ("NN", "NNS", "NNP", "NNPS"))


def _is_verb(t) -> bool:
    return t.pos in _VERB_POS or t.tag in _VERB_TAGS


def _is_noun(t) -> bool:
    return t.pos in _NOUN_POS or t.tag in _NOUN_TAGS


def _dedupe(args):
    seen, out = set(), []
    for a in args:
        if a.actor.id not in seen:
            seen.add(a.actor.id)
            out.append(a)
    return out


#: Nouns that a nationality adjective turns into the state itself ("Iranian officials", "American warships").
