"""Which parts of an article are prose, and which are captions, credits, bylines or boilerplate.

News pages carry text that is not the article's own statement of facts: photo captions
("Taliban spokesman X speaks at a news conference ... (AP Photo/Y)"), photo credits ("AP Photo/Y",
"(Contributor/Getty Images)"), bylines ("By Jane Doe"), newsletter and social boilerplate
("Follow X on Twitter", "RELATED VIDEO", "Please let us know ..."), trailers ("Reporting by X;
Editing by Y") and datelines ("ISLAMABAD (Reuters) -"). Actors named there are not actors of the
article's relations, so :mod:`graphbuild.actors` drops mentions inside them.

The rules work on lines (paragraphs): a line ending with a photo-credit parenthetical, or followed
by a line that is only a credit, is a caption as a whole (agency captions often carry background
sentences too). Datelines are cut from the start of a line, not the whole sentence.

Examples:
    >>> text = "Leaders meet in Rome\\nAP Photo/Jane Roe\\n\\nBy John Doe\\n\\nROME (Reuters) - Italy spoke."
    >>> [text[s:e] for s, e in non_prose_spans(text)]
    ['Leaders meet in Rome', 'AP Photo/Jane Roe', 'By John Doe', 'ROME (Reuters) - ']
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["non_prose_spans", "is_prose", "in_prose", "is_credit_text", "doc_text", "tokens_with", "token_column",
           "doc_ents", "sentence_ents", "heads_of", "doc_memo",
           "sentence_tokens_with"]

_AGENCY = (r"(?:AP|AFP|EPA|EPA-EFE|Reuters|Getty(?: Images)?|Xinhua|Anadolu(?: Agency)?|Sputnik|TASS|"
           r"Bloomberg|NurPhoto|SOPA Images|Shutterstock|Pool|UPI|Alamy|ZUMA(?: Press)?|IANS|PTI|DPA|"
           r"Associated Press|The Associated Press|Agence France-Presse)")
# A line that is only a photo credit: "AP Photo/Siddiqullah Alizai", "Getty Images", "Photo: X".
_CREDIT_LINE = re.compile(
    rf"^\(?\s*(?:(?:{_AGENCY}\s*)?(?:Photo|Photograph|Picture|Image|Video)s?(?:\s+by|\s*credit)?\s*[:/]"
    rf"|Photo by\b|Image (?:copyright|caption|source)\b|Media caption\b|Credit:"
    rf"|[^/()\n]{{1,60}}/\s*{_AGENCY}\b|{_AGENCY}(?:\s+via\s+{_AGENCY})?\s*\)?\s*$)",
    re.IGNORECASE,
)
# A trailing parenthetical that is a credit: "(AP Photo/X)", "(Contributor/Getty Images)".
_CREDIT_PAREN = re.compile(
    rf"\((?:[^()]*\b(?:Photo|Photograph|Picture|Image)s?\b[^()]*|[^()]*/\s*{_AGENCY}[^()]*"
    rf"|[^()]*\bvia {_AGENCY}[^()]*|{_AGENCY})\)",
    re.IGNORECASE,
)
_TRAILING_PARENS = re.compile(r"(?:\s*\([^()\n]*\))+\s*$")
# Lines or sentences that are boilerplate wherever they stand.
_BOILERPLATE = re.compile(
    r"^\W*(?:By\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|de|van|von|al|bin))*\s*(?:,\s*[\w .]+)?$"
    r"|Follow\b.{0,80}\bon\s+(?:Twitter|Facebook|Instagram|X|Telegram|Threads|Bluesky)\b"
    r"|RELATED(?:\s+(?:VIDEO|VIDEOS|ARTICLES?|STORIES|CONTENT|COVERAGE|NEWS))?\b\s*[:—–-]"
    r"|RELATED(?:\s+(?:VIDEO|VIDEOS|ARTICLES?|STORIES|CONTENT|COVERAGE|NEWS))?\s*$"
    r"|Please let us know\b|Sign up\b|Subscribe\b|Click here\b|Read more\b|Read the full\b"
    r"|Share (?:this|on)\b|Advertisement\s*$|Copyright\b|©|All rights reserved"
    r"|(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Produced) by\b"
    r"|\(?(?:Reporting|Writing|Editing) by\b|Image (?:copyright|caption)\b|Media playback\b"
    r"|Watch\s*:|WATCH\s*:|Listen\s*:|Download\b.{0,40}\bapp\b|Email\b.{0,40}@"
    r"|(?:The\s+)?(?:Associated Press|Reuters|AFP|Agence France-Presse|AP)\s*\.?\s*$)",
)
_BARE_AGENCY = re.compile(rf"^\(?{_AGENCY}\)?\.?$", re.IGNORECASE)
# "ISLAMABAD (Reuters) - ", "KABUL, Afghanistan (AP) — ", "WASHINGTON – "
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,30}){0,2}\s*"
    r"(?:\((?:Reuters|AP|AFP|UPI|AA|Xinhua|IANS|PTI|dpa|CNN|BBC)\)\s*)?[-—–]+\s+"
)


_ALWAYS_BOILERPLATE = re.compile(r"^\W*(?:©|Copyright\b|Please let us know\b|Follow\b)")


def _is_boilerplate(text: str) -> bool:
    """A byline, trailer or call to action; long lines only when unmistakable ("© ...")."""
    if not _BOILERPLATE.match(text):
        return False
    return len(text) <= 160 or bool(_ALWAYS_BOILERPLATE.match(text))


def is_credit_text(text: str) -> bool:
    """True when ``text`` is only a photo credit or a news agency name.

    Examples:
        >>> is_credit_text("AP Photo/Siddiqullah Alizai"), is_credit_text("Contributor/Getty Images")
        (True, True)
        >>> is_credit_text("Russia met the Taliban in Moscow.")
        False
    """
    text = text.strip()
    return bool(text) and len(text) <= 120 and bool(_CREDIT_LINE.match(text))


def _is_caption(line: str, next_line: str | None) -> bool:
    trailing = _TRAILING_PARENS.search(line)
    if trailing and _CREDIT_PAREN.search(trailing.group(0)):
        return True
    return (next_line is not None and is_credit_text(next_line) and not is_credit_text(line)
            and not _BARE_AGENCY.match(next_line.strip()))


@lru_cache(maxsize=256)
def non_prose_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of ``text`` that are not prose (captions, credits, bylines, datelines).

    Args:
        text: A whole document text.

    Returns:
        Sorted, non-overlapping ``(start, end)`` ranges (end exclusive).
    """
    lines = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    spans = []
    for i, (start, end, line) in enumerate(lines):
        stripped = line.strip()
        lead = start + len(line) - len(line.lstrip())
        stop = lead + len(stripped)
        next_line = lines[i + 1][2] if i + 1 < len(lines) else None
        if is_credit_text(stripped) or _is_boilerplate(stripped) or _is_caption(stripped, next_line):
            spans.append((lead, stop))
            continue
        dateline = _DATELINE.match(line)
        if dateline and dateline.end() < len(line):
            spans.append((lead, start + dateline.end()))
    return tuple(spans)


def _covered(spans, start: int, end: int) -> bool:
    for s, e in spans:
        if s <= start and end <= e:
            return True
        if s >= end:
            break
    return False


_LAST_DOC: list = [None, ""]


def doc_text(doc) -> str:
    """``doc.text``, computed once per ``Doc`` (spaCy joins all tokens on every access)."""
    if _LAST_DOC[0] is not doc:
        _LAST_DOC[0], _LAST_DOC[1] = doc, doc.text
    return _LAST_DOC[1]


_COLUMNS: list = [None, {}]
_WORD_IDS: dict = {}


def doc_memo(doc) -> dict:
    """A scratch dict for the one ``Doc`` being read (the extraction reads one at a time)."""
    if _COLUMNS[0] is not doc:
        _COLUMNS[0], _COLUMNS[1] = doc, {}
    return _COLUMNS[1]


def token_column(doc, attr: str):
    """One token attribute of the whole ``Doc`` as a numpy array (``Doc.to_array``), made once per
    ``Doc`` and attribute."""
    memo = doc_memo(doc)
    col = memo.get(attr)
    if col is None:
        col = memo[attr] = doc.to_array(attr)
    return col


def _positions(doc, attr: str) -> dict:
    """String id -> the indices of the tokens with that ``attr``, for one ``Doc``."""
    memo = doc_memo(doc)
    key = ("positions", attr)
    found = memo.get(key)
    if found is None:
        found = memo[key] = {}
        for i, h in enumerate(token_column(doc, attr).tolist() if len(doc) else ()):
            found.setdefault(h, []).append(i)
    return found


def tokens_with(doc, words, attr: str = "LOWER") -> list:
    """The tokens of ``doc`` whose ``attr`` (lower-case form by default, ``"ORTH"`` for the text as
    written) is one of ``words``, in text order: the same tokens as
    ``[t for t in doc if t.lower_ in words]``, found through an index of the document's words
    instead of a Python ``Token`` for every word of the text.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Gunmen fired. The gunmen fled, said the police")
        >>> [(t.i, t.text) for t in tokens_with(doc, frozenset({"gunmen", "police"}))]
        [(0, 'Gunmen'), (4, 'gunmen'), (9, 'police')]
    """
    if not words:
        return []
    key = (id(words), attr) if isinstance(words, frozenset) else None
    memo = doc_memo(doc)
    found = memo.get(("hits", key)) if key is not None else None
    if found is not None and found[0] is words:
        return found[1]  # asked again (once per sentence by some rules): the same list, not to be changed
    known = _WORD_IDS.get(key) if key is not None else None
    if known is None or known[0] is not words:
        strings = doc.vocab.strings
        known = (words, tuple({strings[w] for w in words}))
        if key is not None:
            _WORD_IDS[key] = known
    where = _positions(doc, attr)
    hits = [doc[i] for i in sorted(i for h in known[1] for i in where.get(h, ()))]
    if key is not None:
        memo[("hits", key)] = (words, hits)
    return hits


def sentence_tokens_with(span, words: frozenset, attr: str = "LOWER") -> list:
    """:func:`tokens_with` inside one span (a sentence), in text order: the same tokens as
    ``[t for t in span if t.lower_ in words]``.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Gunmen fired. The gunmen fled.")
        >>> [t.i for t in sentence_tokens_with(doc[3:], frozenset({"gunmen"}))]
        [4]
    """
    from bisect import bisect_left

    found = tokens_with(span.doc, words, attr)
    starts = [t.i for t in found]
    return found[bisect_left(starts, span.start):bisect_left(starts, span.end)]


def heads_of(doc, words: frozenset) -> frozenset:
    """The indices of the heads of the tokens :func:`tokens_with` finds (lower-case form in
    ``words``), once per ``Doc`` and word set: "is any child of this token one of these words?" in
    one set lookup."""
    memo = doc_memo(doc)
    key = ("heads", id(words))
    found = memo.get(key)
    if found is None or found[0] is not words:
        found = memo[key] = (words, frozenset(t.head.i for t in tokens_with(doc, words)))
    return found[1]


def doc_ents(doc) -> tuple:
    """``doc.ents``, made once per ``Doc`` (spaCy builds every entity span on each access, and
    ``Span.ents`` reads all of them)."""
    memo = doc_memo(doc)
    ents = memo.get("ents")
    if ents is None:
        ents = memo["ents"] = tuple(doc.ents)
        memo["ent_starts"] = [e.start for e in ents]
    return ents


def sentence_ents(sent) -> list:
    """The entities inside a span, as ``Span.ents`` gives them, from :func:`doc_ents`."""
    from bisect import bisect_left

    ents = doc_ents(sent.doc)
    out = []
    for k in range(bisect_left(_COLUMNS[1]["ent_starts"], sent.start), len(ents)):
        if ents[k].end > sent.end:
            break
        out.append(ents[k])
    return out


def known_text(doc, text: str) -> None:
    """Tell :func:`doc_text` the text ``doc`` was parsed from, so it need not join the tokens again
    (spaCy keeps the text whole: ``nlp(text).text == text``); ignored when the length disagrees."""
    last = doc[-1] if len(doc) else None
    if last is not None and last.idx + len(last.text_with_ws) == len(text):
        _LAST_DOC[0], _LAST_DOC[1] = doc, text


def in_prose(doc, start: int, end: int) -> bool:
    """True when the characters ``start:end`` of ``doc.text`` lie in prose."""
    return not _covered(non_prose_spans(doc_text(doc)), start, end)


def is_prose(sent) -> bool:
    """True when a sentence (a spaCy ``Span``) is article prose, not a caption, credit or boilerplate.

    Args:
        sent: A sentence span of a parsed ``Doc``.

    Returns:
        False for captions, photo credits, bylines, social and newsletter boilerplate; True otherwise.
        The answer is remembered on the ``Doc`` (``doc.user_data``): every step of the extraction asks.
    """
    known = sent.doc.user_data.setdefault("graphbuild.prose", {})
    key = (sent.start, sent.end)
    if key not in known:
        known[key] = _is_prose(sent)
    return known[key]


def _is_prose(sent) -> bool:
    full = doc_text(sent.doc)
    raw = full[sent.start_char:sent.end_char]  # sent.text would join its tokens again
    text = raw.strip()
    if not text:
        return False
    start = sent.start_char + (len(raw) - len(raw.lstrip()))
    if _covered(non_prose_spans(full), start, start + len(text)):
        return False
    return not (_is_boilerplate(text) or is_credit_text(text) or _CREDIT_PAREN.fullmatch(text))
