"""What a regular expression cannot match without: the literal strings one of which every match
contains, read from the pattern's parse tree. A document gate (``listings.doc_mentions_any``) first
asks ``str.__contains__`` for them, which is many times faster than ``re`` scanning a long text,
and runs the pattern only when one is there: the answer is the same, since a match without one of
them cannot exist.
"""

from __future__ import annotations

import re
from re import _constants as C
from re import _parser

__all__ = ["required_literals", "may_match"]

_KNOWN: dict = {}


def _need(items) -> list[str] | None:
    """A disjunction of literals one of which every match of the sequence ``items`` contains (the
    best one found: longest shortest member), or None when nothing is sure."""
    options: list[list[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append([run])
            run = ""
        if op is C.SUBPATTERN:
            sub = None if av[1] & re.IGNORECASE else _need(av[3])
            if sub:
                options.append(sub)
        elif op is C.BRANCH:
            subs = [_need(branch) for branch in av[1]]
            if all(subs):
                options.append(sorted({w for sub in subs for w in sub}))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            sub = _need(av[2])
            if sub:
                options.append(sub)
    if run:
        options.append([run])
    if not options:
        return None
    return max(options, key=lambda o: (min(len(w) for w in o), -len(o)))


def required_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``pattern`` contains, or None when the pattern
    is case-insensitive (the literals would have to be too) or guarantees no literal.

    Examples:
        >>> required_literals(re.compile(r"\\b(?:plac|put)\\w*\\b[^.]{0,120}\\b(?:on|in)\\b[^.]{0,80}\\blist\\b"))
        ('list',)
        >>> required_literals(re.compile("designat|sanction|block"))
        ('block', 'designat', 'sanction')
        >>> required_literals(re.compile(r"\\bco-[a-z]"))
        ('co-',)
        >>> required_literals(re.compile(r"\\w+")) is None, required_literals(re.compile("ofac", re.I)) is None
        (True, True)
    """
    if pattern not in _KNOWN:
        found = None
        if not pattern.flags & re.IGNORECASE:
            try:
                found = _need(_parser.parse(pattern.pattern, pattern.flags))
            except Exception:  # noqa: BLE001 - an unknown construct only loses the shortcut
                found = None
        _KNOWN[pattern] = tuple(found) if found else None
    return _KNOWN[pattern]


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when ``pattern`` cannot match ``text`` (none of its required literals is in it).

    Examples:
        >>> may_match(re.compile(r"\\bput\\b.*\\blist\\b"), "they put it on the agenda")
        False
        >>> may_match(re.compile(r"\\bput\\b.*\\blist\\b"), "a long list")
        True
    """
    need = required_literals(pattern)
    return need is None or any(w in text for w in need)
