"""Names of actors: slugs, deterministic ids and the canonical label of an NER name."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["actor_slug", "ner_actor_id", "canonical_label"]


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "al", "el", "ul", "e", "i", "ud", "bin",
                          "ibn", "de", "la", "du", "van", "von", "in", "on", "at", "to"})


def actor_slug(text: str) -> str:
    """A lower-case ASCII slug of a name.

    Examples:
        >>> actor_slug("Abdul Qahar Balkhi")
        'abdul-qahar-balkhi'
        >>> actor_slug("Jamaat-ud-Dawa’s")
        'jamaat-ud-dawa'
    """
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'")
    s = re.sub(r"'s$", "", s.strip())
    s = re.sub(r"[^A-Za-z0-9]+", "-", s.replace("'", "")).strip("-").lower()
    return s or "unnamed"


def ner_actor_id(text: str) -> str:
    """The deterministic id of an actor found by NER only.

    Examples:
        >>> ner_actor_id("the Haqqani Network")
        'ner-haqqani-network'
    """
    return "ner-" + actor_slug(re.sub(r"^(?:the|The|THE)\s+", "", text))


def canonical_label(text: str) -> str:
    """Title-case the words of an NER name so case variants share one label.

    Examples:
        >>> canonical_label("Haqqani network"), canonical_label("DIMITAR DILKOFF")
        ('Haqqani Network', 'Dimitar Dilkoff')
    """
    words = text.split()
    if text.isupper() and len(text) > 5 and len(words) > 1:
        words = [w.capitalize() for w in words]
    out = []
    for i, w in enumerate(words):
        if w[:1].islower() and (i == 0 or w not in _SMALL_WORDS):
            w = w[:1].upper() + w[1:]
        out.append(w)
    return " ".join(out)
