"""A state's people helped: "support for the Ukrainian people", "stand with the Afghan people",
"humanitarian assistance to the Yemeni people". Readouts and statements name the one helped by its
people; the phrase "the <demonym> people" becomes a mention of the state, but only where support is
given (the governing words within three steps up the parse are words of help), so that a people
harmed ("Russia's war on the Ukrainian people") or governed keeps its own reading.
"""

from __future__ import annotations

from .prose import doc_text
from .statement import Mention

__all__ = ["supported_people_mentions", "HELP_WORDS"]

#: Words whose object is helped (nouns and verbs, as lemmas).
HELP_WORDS = frozenset({"support", "assistance", "aid", "help", "solidarity", "stand", "commitment", "assist",
                        "relief", "backing", "contribution", "donation", "pledge", "provide", "deliver",
                        "supply", "send", "fund", "funding", "financing", "partnership"})
_PEOPLE = frozenset({"people", "peoples"})


def _helped(tok) -> bool:
    """Whether the phrase headed by ``tok`` is what help is given to or for."""
    head = tok
    for _ in range(3):
        if head.dep_ not in ("pobj", "dobj", "prep", "conj", "dative") or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in HELP_WORDS:
            return True
    return False


def supported_people_mentions(doc, mentions) -> tuple:
    """``mentions`` with "the <demonym> people" made a mention of the demonym's state where it is
    the one helped (see the module docstring).

    Args:
        doc: The parsed document.
        mentions: Sorted, non-overlapping mentions.

    Returns:
        The mentions, sorted by start.
    """
    if not doc.has_annotation("DEP"):
        return tuple(mentions)
    text = doc_text(doc)
    if " people" not in text:
        return tuple(mentions)
    from .gazetteer import load_gazetteer

    gaz = None
    out = list(mentions)
    for tok in doc:
        if tok.lower_ not in _PEOPLE or tok.i == 0:
            continue
        mod = doc[tok.i - 1]
        if mod.dep_ not in ("amod", "compound") or mod.head.i != tok.i or not mod.text[:1].isupper():
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or not _helped(tok):
            continue
        gaz = gaz or load_gazetteer()
        actor = gaz.demonym(mod.text)
        if actor is None or actor.type != "State":
            continue
        start, end = mod.idx, tok.idx + len(tok.text)
        if any(m.start < end and start < m.end and m.actor.id != actor.id for m in out
               if not (start <= m.start and m.end <= end)):
            continue  # a longer name runs over the phrase
        out = [m for m in out if not (start <= m.start and m.end <= end)]
        out.append(Mention(actor, text[start:end], start, end))
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))
