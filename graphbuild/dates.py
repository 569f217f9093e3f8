"""Event dates: explicit date expressions of a sentence, normalized to ISO (day, month or year).

Examples:
    >>> normalize_date("March 22, 2024")
    '2024-03-22'
    >>> normalize_date("March 22", "2024-04-02"), normalize_date("June 6", "2021-05-18")
    ('2024-03-22', '2021-06-06')
    >>> normalize_date("Tuesday", "2024-04-04")
    '2024-04-02'
    >>> normalize_date("December 2001"), normalize_date("in 2021"), normalize_date("last week")
    ('2001-12', '2021', None)
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["normalize_date", "sentence_date"]

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None:
            return dt.date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}"


def _doc_date(doc_date: str | None) -> dt.date | None:
    if doc_date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc_date):
        try:
            return dt.date.fromisoformat(doc_date)
        except ValueError:
            return None
    return None


def _nearest_year(ref: dt.date, month: int, day: int) -> int:
    """The year that puts a month and day nearest the document's date, the past preferred on a tie ("June 6"
    in a text of May 18 is this June, still to come; "December 27" in a text of January 5 is last December).

    Examples:
        >>> _nearest_year(dt.date(2021, 5, 18), 6, 6), _nearest_year(dt.date(2024, 1, 5), 12, 27)
        (2021, 2023)
    """
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gap = (dt.date(y, month, day) - ref).days
        except ValueError:  # February 29
            continue
        key = (abs(gap), gap > 0)
        if best is None or key < best[0]:
            best = (key, y)
    return best[1] if best else ref.year


def normalize_date(text: str, doc_date: str | None = None) -> str | None:
    """An ISO date (or year-month, or year) for a date expression, or None.

    Relative expressions (a weekday, "today", "yesterday", a month and day without a year) are
    resolved against ``doc_date`` (``YYYY-MM-DD``).
    """
    low = re.sub(r"[.,]", " ", text.lower())
    low = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", low)
    words = low.split()
    ref = _doc_date(doc_date)
    year = next((int(w) for w in words if re.fullmatch(r"(19|20)\d\d", w)), None)
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    day = next((int(w) for w in words if re.fullmatch(r"\d{1,2}", w) and 1 <= int(w) <= 31), None)
    if month and day:
        if year is None and ref is not None:
            year = _nearest_year(ref, month, day)
        return _iso(year, month, day) if year else None
    if month and year:
        return _iso(year, month)
    if year and len(words) <= 3 and not any(w in ("years", "decades", "since") for w in words):
        return _iso(year)
    if ref is None:
        return None
    if "today" in words or "tonight" in words:
        return ref.isoformat()
    if "yesterday" in words:
        return (ref - dt.timedelta(days=1)).isoformat()
    for i, name in enumerate(_WEEKDAYS):
        if name in words and len(words) <= 3:
            back = (ref.weekday() - i) % 7
            return (ref - dt.timedelta(days=back)).isoformat()
    return None


def sentence_date(sent, trigger, doc_date: str | None = None) -> str | None:
    """The explicit date nearest the trigger in a sentence (spaCy DATE entities), normalized."""
    best = None
    from .prose import sentence_ents

    for ent in sentence_ents(sent):  # Span.ents builds every entity of the document
        if ent.label_ != "DATE":
            continue
        iso = normalize_date(ent.text, doc_date)
        if iso is None:
            continue
        dist = min(abs(ent.start - trigger.i), abs(ent.end - 1 - trigger.i))
        if best is None or dist < best[0]:
            best = (dist, iso)
    return best[1] if best else None
