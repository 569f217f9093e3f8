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

A designee's identifying bracket ("(a.k.a. Abu Omar; DOB 1 Jan. 1970; nationality Lebanon)") is
full of full stops the parser takes for sentence ends; :func:`join_id_brackets`, run before the
parser, keeps such a bracket inside its sentence. It also keeps a date with an abbreviated month
("after the militants' Aug. 25 attacks") inside its sentence (:func:`join_month_abbreviations`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["sentence_bounds", "sentences", "sentence_of", "sentences_before", "join_id_brackets",
           "join_month_abbreviations", "split_at_rule_lines"]

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


#: The opening of a designee's identifying bracket: an alias or an identifier.
_ID_BRACKET = re.compile(r"\(\s*(?:a\.k\.a\.?|aka\b|f\.k\.a\.?|also known as|formerly known as|also spelled"
                         r"|DOB\b|POB\b|nationality\b|citizen\b|Passport\b|Gender\b)")
_MAX_BRACKET = 600  # characters; an identifying bracket that does not close by then is left alone


def _bracket_end(text: str, start: int) -> int | None:
    """The offset of the ")" that closes the bracket opened at ``start`` (nested brackets counted).

    Examples:
        >>> _bracket_end("X (a.k.a. Y; Reg. 5 (Turkey)) was listed.", 2)
        28
        >>> _bracket_end("X (a.k.a. Y was listed.", 2) is None
        True
    """
    depth = 0
    for k in range(start, min(len(text), start + _MAX_BRACKET)):
        if text[k] == "(":
            depth += 1
        elif text[k] == ")":
            depth -= 1
            if depth == 0:
                return k
    return None


def join_id_brackets(doc):
    """Keep every identifying bracket of a designee inside its sentence (a pipeline step before the
    parser): no sentence starts at the bracket, inside it or right after it, so "designated A (a.k.a.
    B; DOB 12 Mar. 1975) and C (...) for ..." is one sentence with A and C objects of one verb.

    Args:
        doc: A ``Doc`` not yet parsed.

    Returns:
        The same ``Doc``.

    Examples:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> doc = join_id_brackets(nlp("Treasury listed Ali Omar (a.k.a. Abu Ali; DOB 1 Jan. 1970). It did."))
        >>> [t.text for t in doc if t.is_sent_start is False][:3]
        ['(', 'a.k.a', '.']
    """
    join_month_abbreviations(doc)
    split_at_rule_lines(doc)
    text = doc.text
    if "(" not in text:
        return doc
    for hit in _ID_BRACKET.finditer(text):
        close = _bracket_end(text, hit.start())
        span = doc.char_span(hit.start(), close + 1, alignment_mode="expand") if close is not None else None
        if span is None or span.start == 0:
            continue
        doc[span.start].is_sent_start = False
        for t in doc[span.start + 1:min(span.end + 1, len(doc))]:
            if t.is_sent_start is not True:  # a line break the text gives stays a boundary
                t.is_sent_start = False
    return doc


#: Abbreviated months, as the tokenizer keeps them (with their full stop).
_MONTHS = frozenset({"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
                     "Dec."})
#: Closing quotes and brackets, looked through for the sentence end before them ('said." Aug. 25').
_CLOSERS = frozenset({"\"", "\u201d", "'", "\u2019", ")"})


def join_month_abbreviations(doc):
    """No sentence starts at an abbreviated month with its day ("Aug. 25") unless the text before ends
    a sentence (a full stop, "!" or "?", perhaps inside a closing quote): "after the militants\u2019
    Aug. 25 attacks" is one sentence (a pipeline step before the parser, like :func:`join_id_brackets`).
    A line break the text gives stays a boundary.

    Args:
        doc: A ``Doc`` not yet parsed.

    Returns:
        The same ``Doc``.

    Examples:
        >>> import spacy
        >>> doc = join_month_abbreviations(spacy.blank("en")("They struck after its Aug. 25 raid. Aug. 26 was calm."))
        >>> [t.is_sent_start for t in doc if t.text == "Aug."]
        [False, None]
    """
    for tok in doc[1:-1]:
        if tok.text not in _MONTHS or not doc[tok.i + 1].like_num or tok.is_sent_start:
            continue
        k = tok.i - 1
        while k > 0 and doc[k].text in _CLOSERS:
            k -= 1
        if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[k:tok.i]):
            continue
        if doc[k].text.endswith((".", "!", "?")):
            continue  # "... in the east. Aug. 25 was calm", 'he said." Aug. 25': a sentence may start there
        tok.is_sent_start = False
    return doc


#: A line that only rules items off: three or more dashes, stars, equal signs or hashes ("- - - -", "###").
_RULE_LINE = re.compile(r"(?:^|\n)[ \t]*((?:[-*=_~#][ \t]*){3,})(?=\n|$)")


def split_at_rule_lines(doc):
    """A line of dashes, stars or hashes ("- - - -", "***", "###") ends whatever came before it and
    starts the next item: a digest of short wire stories separated by such lines is hard-wrapped, so
    no line break ends a sentence there, and the parser would run one story into the next (a pipeline
    step before the parser, like :func:`join_id_brackets`).

    Args:
        doc: A ``Doc`` not yet parsed.

    Returns:
        The same ``Doc``.

    Examples:
        >>> import spacy
        >>> doc = split_at_rule_lines(spacy.blank("en")("Troops left\\nthe camp\\n  - - - -\\n  PARIS - Talks began."))
        >>> [t.text for t in doc if t.is_sent_start]
        ['Troops', '-', 'PARIS']
    """
    text = doc.text
    if "\n" not in text:
        return doc
    for hit in _RULE_LINE.finditer(text):
        start, end = hit.span(1)
        rule = doc.char_span(start, end, alignment_mode="expand")
        if rule is None:
            continue
        if rule.start > 0:
            doc[rule.start].is_sent_start = True
        nxt = rule.end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt < len(doc):
            doc[nxt].is_sent_start = True
    return doc
