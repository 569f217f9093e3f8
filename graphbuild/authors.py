""""I", "me", "my" in a statement or remarks one official gives, read as the state that issued it."""

from __future__ import annotations

import re

from .prose import doc_text, tokens_with
from .statement import Mention

__all__ = ["author_mentions"]

#: Titles of a text one official speaks in ("Statement from President X on ...", "Remarks by Secretary X").
_AUTHORED = re.compile(r"^\W*(?:Statement|Remarks|Op-Ed|Letter|Message)\s+(?:from|by|of)\s+"
                       r"(?!.*\band\b.*\b(?:in|at|on)\b)", re.IGNORECASE)
_SINGULAR_I = frozenset({"I", "me", "my", "My", "Me", "mine", "myself"})


def author_mentions(doc, mentions, title: str | None, issuer) -> tuple[Mention, ...]:
    """Mentions with "I", "me", "my" outside quotes read as the issuing state, in a statement or
    remarks one official gives ("Statement from President X": "This morning, I spoke with Y").

    Args:
        doc: The parsed document.
        mentions: Sorted, non-overlapping mentions.
        title: The document title; only a single author's statement or remarks qualifies.
        issuer: The state that published the text (``None``: nothing changes).

    Returns:
        The mentions, sorted by start.

    Examples:
        >>> import spacy
        >>> from graphbuild.statement import Actor
        >>> us = Actor("united-states", "United States", "State")
        >>> doc = spacy.blank("en")('I spoke with him. "I agree," he said.')
        >>> [(m.text, m.start) for m in author_mentions(doc, (), "Statement from President X", us)]
        [('I', 0)]
        >>> author_mentions(doc, (), "Remarks by X and Y in a Press Conference", us)
        ()
    """
    if issuer is None or not title or not _AUTHORED.match(title):
        return tuple(mentions)
    text = doc_text(doc)
    taken = {m.start for m in mentions}
    out = list(mentions)
    quotes = 0
    last = 0
    for tok in tokens_with(doc, _SINGULAR_I, "ORTH"):  # quote marks counted from the last one on
        quotes += sum(text.count(q, last, tok.idx) for q in ('"', "\u201c", "\u201d"))
        last = tok.idx
        if tok.idx not in taken and quotes % 2 == 0:
            out.append(Mention(issuer, tok.text, tok.idx, tok.idx + len(tok.text)))
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))
