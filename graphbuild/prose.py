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

__all__ = ["non_prose_spans", "is_prose", "in_prose", "is_credit_text", "doc_text"]

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
