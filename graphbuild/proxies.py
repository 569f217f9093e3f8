"""Unnamed armed groups named by their backer: "Iranian-backed militias", "Russia-backed separatists".

Texts often condemn, strike or blame groups that have no name of their own, only a backer. Such a
phrase is one ``ArmedGroup`` actor per backer and kind of group (``ner-iran-backed-militias``), so
"condemned attacks by Iran-backed militias" has an object, and the backer's own mention stays in
place for the "X-backed" reading (the backer cooperates with the group). The backer must be a
state the gazetteer knows (a name or a demonym); the words live in ``triggers.yaml``
(``cooperates`` / ``backed_groups``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .prose import doc_text
from .statement import Actor, Mention

__all__ = ["backed_group_mentions"]

@lru_cache(maxsize=4)
def _quick(participles: tuple):
    """A fast first test: a hyphen right before one of the participles."""
    return re.compile(r"[-\u2010\u2013]\s?(?:" + "|".join(map(re.escape, participles)) + r")\b")


@lru_cache(maxsize=4)
def _pattern(participles: tuple, nouns: tuple):
    verbs = "|".join(map(re.escape, participles))
    heads = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    return re.compile(r"(?<![\w-])([A-Z][\w.]*)\s?[-\u2010\u2013]\s?(" + verbs + r")\s+(" + heads + r")\b")


def backed_group_mentions(doc, mentions, spec: dict) -> tuple:
    """Mentions with each "<state>-backed <group noun>" phrase made an ``ArmedGroup`` mention.

    Args:
        doc: The parsed document.
        mentions: Sorted, non-overlapping mentions.
        spec: ``backed_groups`` of ``triggers.yaml``: ``participles`` and ``nouns`` (surface form ->
            the plural used in the label).

    Returns:
        The mentions, sorted by start; the group mention spans the participle and the noun.

    Examples:
        >>> import spacy
        >>> spec = {"participles": ["backed"], "nouns": {"militias": "militias", "militia": "militias"}}
        >>> doc = spacy.blank("en")("Iranian-backed militias fired rockets.")
        >>> [(m.text, m.actor.label, m.actor.type) for m in backed_group_mentions(doc, (), spec)]
        [('backed militias', 'Iran-backed militias', 'ArmedGroup')]
    """
    text = doc_text(doc)
    participles = tuple(spec.get("participles", ()))
    if not participles or not _quick(participles).search(text):
        return tuple(mentions)
    hits = list(_pattern(participles, tuple(spec.get("nouns", {}))).finditer(text))
    if not hits:
        return tuple(mentions)
    from .gazetteer import load_gazetteer
    from .names import actor_slug

    gaz = load_gazetteer()
    out = list(mentions)
    for hit in hits:
        backer = gaz.lookup(hit.group(1))
        if backer is None or backer.type != "State":
            continue
        plural = spec["nouns"][hit.group(3)]
        label = f"{backer.label}-{hit.group(2)} {plural}"
        actor = Actor("ner-" + actor_slug(label), label, "ArmedGroup")
        start, end = hit.start(2), hit.end(3)
        if any(m.start < start < m.end or m.start < end < m.end for m in out):
            continue  # part of a longer name
        out = [m for m in out if not (start <= m.start and m.end <= end)]
        out.append(Mention(actor, text[start:end], start, end))
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))
