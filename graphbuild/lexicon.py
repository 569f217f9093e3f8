"""The word lists that find and type actor mentions, and news sources (sources, not actors)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from .statement import Actor

__all__ = ["Lexicon", "load_lexicon", "is_news_source"]


_NEWS_NAME = re.compile(r"\b(?:News|Times|Post|Journal|Press|Gazette|Herald|Tribune|Radio|TV|"
                        r"Television|Broadcasting|Telegraph|Chronicle|News Agency)\b")


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``graphbuild/data/actor_words.yaml`` (see :func:`load_lexicon`)."""

    news_sources: frozenset
    noise: frozenset
    generic_org_words: frozenset
    government_nouns: frozenset
    role_words: frozenset
    armed_cues: frozenset
    group_nouns: frozenset
    armed_name_cues: re.Pattern
    member_nouns: frozenset = frozenset()
    party_states: Mapping[str, str] = None


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load the word lists that find and type mentions (cached).

    Examples:
        >>> "spokesman" in load_lexicon().role_words
        True
    """
    from importlib.resources import files

    from .datafile import load_yaml

    data = load_yaml((files("graphbuild") / "data" / "actor_words.yaml").read_text("utf-8"))
    words = {k: frozenset(str(w).lower() for w in data[k]) for k in (
        "news_sources", "noise", "generic_org_words", "government_nouns", "role_words",
        "armed_cues", "group_nouns", "member_nouns")}
    cues = "|".join(re.escape(str(c)) for c in data["armed_name_cues"])
    parties = {str(w): str(actor) for actor, ws in (data.get("party_states") or {}).items() for w in ws}
    return Lexicon(armed_name_cues=re.compile(rf"\b(?:{cues})\b"), party_states=parties, **words)


def is_news_source(actor: Actor) -> bool:
    """True for news agencies and outlets (Reuters, Tass): sources, not actors of politics.

    Examples:
        >>> is_news_source(Actor("ner-reuters", "Reuters"))
        True
        >>> is_news_source(Actor("russia", "Russia", "State"))
        False
        >>> is_news_source(Actor("ner-kabul-times", "Kabul Times"))
        True
        >>> is_news_source(Actor("tass", "TASS", "GovernmentOrgan", acts_for="russia"))
        True
    """
    if actor.type not in {"Organization", "GovernmentOrgan"}:
        return False
    label = actor.label.lower().removeprefix("the ")
    sources = load_lexicon().news_sources
    return label in sources or actor.id.removeprefix("ner-") in sources or \
        (actor.type == "Organization" and bool(_NEWS_NAME.search(actor.label)))
