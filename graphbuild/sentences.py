"""Sentence boundaries of a parsed ``Doc``, computed once per ``Doc``.

spaCy finds sentences by walking every token each time ``doc.sents`` (or ``token.sent``) is
read, and the extraction asks for them at every step. These helpers remember the boundaries
as plain ``(start, end)`` token offsets in ``doc.user_data`` (no ``Span`` objects, so no
reference cycle keeps a ``Doc`` alive) and hand out spans made from them.

Examples:
    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Russia spoke. China replied at once. Iran did not.")
    >>> sentence_bounds(doc)
    [(0, 3), (3, 8), (8, 12)]
    >>> sentence_of(doc[5]).text, [s.start for s in sentences_before(doc[5])]
    ('China replied at once.', [0, 3])
"""

from __future__ import annotations

from bisect import bisect_right

__all__ = ["sentence_bounds", "sentences", "sentence_of", "sentences_before"]

_KEY = "graphbuild.sents"


def _known(doc) -> tuple[list[tuple[int, int]], list[int]]:
    known = doc.user_data.get(_KEY)
    if known is None:
        bounds = [(s.start, s.end) for s in doc.sents]
        known = doc.user_data[_KEY] = (bounds, [s for s, _ in bounds])
    return known


def sentence_bounds(doc) -> list[tuple[int, int]]:
    """The ``(start, end)`` token offsets of the sentences of ``doc``, in order."""
    return _known(doc)[0]


def sentences(doc) -> list:
    """The sentences of ``doc`` as spans (like ``list(doc.sents)``)."""
    return [doc[s:e] for s, e in _known(doc)[0]]


def sentence_of(token):
    """The sentence span that holds ``token`` (like ``token.sent``)."""
    bounds, starts = _known(token.doc)
    s, e = bounds[bisect_right(starts, token.i) - 1]
    return token.doc[s:e]


def sentences_before(token) -> list:
    """The sentences that start at or before ``token``, the token's own sentence last."""
    bounds, starts = _known(token.doc)
    return [token.doc[s:e] for s, e in bounds[:bisect_right(starts, token.i)]]
