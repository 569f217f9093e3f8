"""Names listed before a passive designation verb ("A, B, and C are being designated ...").

Sanctions releases close each section with one line that names its designees and the authority:
"The X Commission, Y Enterprise No 1, and Y Enterprise No 2 are being designated pursuant to
E.O. ...", "A, B, and C were sanctioned for ...". The parser often misreads such a list (an
"and Than Min" becomes a preposition and its object) and NER misses or cuts names it does not know
("Enterprise No 1" read as a law). When everything before the verb is a list of capitalized names,
each item is a designee:

* :func:`listed_name_mentions` makes an item that no mention covers (or that NER cut into a
  shorter piece) one mention, a ``Person`` when it looks like a personal name next to persons and
  an ``Organization`` otherwise, and the same name one mention everywhere else in the document.
* :func:`name_list_candidates` reads each item as a designee of the issuing government (the
  designator remembered from earlier sentences, else the publisher).

Both are gated on a release mark (OFAC, an executive order) and the passive verb in the text.
"""

from __future__ import annotations

import re

from .names import canonical_label, ner_actor_id
from .prose import doc_text
from .statement import Actor, Mention
from .listings import default_designator
from .relations import Arg, Candidate

__all__ = ["listed_name_mentions", "listed_designees", "name_list_candidates", "split_name_list"]

_RELEASE = re.compile(r"\bOFAC\b|\bE\.O\.|Executive Order \d")
#: The passive verb that closes a list of designees ("are being designated", "were sanctioned").
_PASSIVE = re.compile(r"[ ,)](?:is|are|was|were|has been|have been)(?: also| today| now)?(?: being)? "
                      r"(?P<verb>designated|sanctioned|(?P<off>delisted|removed(?= from (?:the |OFAC[’']s )?[\w ]{0,40}List\b)))\b")
_PARTICLES = frozenset({"al", "al-", "el", "bin", "bint", "ibn", "abu", "abd", "de", "del", "da", "van", "von",
                        "der", "of", "and", "&", "y"})
#: Words of an organization's name: such an item is never a person.
_ORG_WORDS = frozenset({
    "enterprise", "enterprises", "company", "commission", "committee", "council", "bank", "ministry", "group",
    "corporation", "office", "agency", "authority", "airline", "airlines", "air", "foundation", "organization",
    "front", "brigade", "brigades", "battalion", "army", "forces", "force", "party", "network", "institute",
    "university", "center", "centre", "trading", "shipping", "exchange", "holding", "holdings", "industries",
    "services", "international", "general", "directorate", "department", "bureau", "administration", "fund",
    "association", "union", "movement", "trust", "media", "port", "mining", "oil", "gas", "petroleum",
    "limited", "ltd", "llc", "inc", "co", "establishment", "factory", "board", "federation",
})
_LEADS = ("The ", "the ")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "these", "those", "this", "that", "both", "all",
                       "each", "none", "one", "two", "three", "four", "five", "who", "which"})
_OPENERS = frozenset({"today", "additionally", "also", "separately", "further", "furthermore", "finally", "moreover",
                      "meanwhile", "similarly", "specifically", "accordingly", "consequently", "therefore", "thus",
                      "however", "yesterday", "now", "first", "second", "third", "lastly"})
_MAX_ITEMS = 12
_MAX_WORDS = 8


def split_name_list(text: str) -> list[str] | None:
    """The names of a list written before a passive verb, or ``None`` when any item is no name.

    Bracketed parts (a short name, an alias) are dropped; "the" before an item is dropped.

    Examples:
        >>> split_name_list("The UVC, Quarry Enterprise No 1, and Quarry Enterprise No 2")
        ['UVC', 'Quarry Enterprise No 1', 'Quarry Enterprise No 2']
        >>> split_name_list("UAE-based Orion Air")
        ['Orion Air']
        >>> split_name_list("Zaw Lin (Lin), Aung Min and Than Min")
        ['Zaw Lin', 'Aung Min', 'Than Min']
        >>> split_name_list("Today, the Office"), split_name_list("In addition, the Office") is None
        (['Office'], True)
    """
    text = re.sub(r"\s*\([^()]*\)", "", text).strip()
    items = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if x.strip()]
    if not items or len(items) > _MAX_ITEMS:
        return None
    if any(x.lower() in _PRONOUNS for x in items):
        return None
    while items and items[0].lower() in _OPENERS:
        items = items[1:]  # "Today, A and B are being designated"
    if not items:
        return None
    out = []
    for item in items:
        if item.startswith(_LEADS):
            item = item[4:]
        item = re.sub(r"^[\w.-]+-(?:based|registered|flagged) ", "", item)  # "Iran-based X": X
        words = item.split()
        if not words or len(words) > _MAX_WORDS or not (words[0][:1].isupper() or words[0].lower().startswith(
                ("al-", "el-"))):
            return None
        for w in words:
            low = w.lower()
            if not (w[:1].isupper() or w[:1].isdigit() or low in _PARTICLES or low.startswith(("al-", "el-"))):
                return None
            if not re.fullmatch(r"[\w.'’&-]+", w):
                return None
        out.append(item)
    return out


def _lists(doc) -> list:
    """(list start, list end, item names, trigger start, delisting) for each passive designation verb
    that closes a list of names at the start of its sentence."""
    cache = doc.user_data.setdefault("graphbuild.namelists", {})
    if "lists" in cache:
        return cache["lists"]
    text = doc_text(doc)
    out = []
    if _RELEASE.search(text):
        for hit in _PASSIVE.finditer(text):
            verb = doc.char_span(hit.start("verb"), hit.end("verb"), alignment_mode="expand")
            if verb is None:
                continue
            start = _clause_start(text, hit.start())
            names = split_name_list(text[start:hit.start() + 1])
            if names:
                out.append((start, hit.start() + 1, names, verb[0].i, hit.group("off") is not None))
    cache["lists"] = out
    return out


_ABBREVIATIONS = frozenset({"no", "co", "inc", "ltd", "corp", "jr", "sr", "st", "mr", "mrs", "ms", "dr", "gen", "col",
                            "lt", "maj", "capt", "sgt", "e.o", "u.s", "u.k", "u.n"})


def _clause_start(text: str, end: int) -> int:
    """Where the sentence that ``end`` is in begins: after the last line break or full stop before it
    (not the stop of an abbreviation or an initial: "No. 1", "E.O.", "Ali A. Hassan").

    Examples:
        >>> t = "It was blocked. Co. A, Enterprise No. 1 and B. C are"
        >>> t[_clause_start(t, len(t) - 4):]
        'Co. A, Enterprise No. 1 and B. C are'
    """
    lo = max(text.rfind("\n", 0, end) + 1, 0)
    for stop in reversed(list(re.finditer(r"[.!?][\"”’]?\s+", text[lo:end]))):
        word = re.search(r"([\w.]*)$", text[lo:lo + stop.start()]).group(1)
        if len(word) <= 1 or word.lower() in _ABBREVIATIONS:
            continue
        if stop.start() + 1 < len(text[lo:end]) and stop.group()[0] == "." and word[-1:].isupper() and len(word) <= 3:
            continue
        return lo + stop.end()
    while lo < end and text[lo].isspace():
        lo += 1
    return lo


def _looks_personal(name: str) -> bool:
    """A name of two to five words, none an organization word nor in capitals, no digits.

    Examples:
        >>> _looks_personal("Than Min"), _looks_personal("Quarry Enterprise No 2"), _looks_personal("UVC")
        (True, False, False)
    """
    words = name.split()
    return 2 <= len(words) <= 5 and not any(
        w.lower() in _ORG_WORDS or w.isupper() or any(c.isdigit() for c in w) for w in words)


def _free(mentions, start: int, end: int) -> bool:
    """No mention over ``start:end`` but pieces inside it that NER found or that name a place ("Baghdad"
    in "Fly Baghdad")."""
    return all(m.start >= start and m.end <= end and (m.end - m.start < end - start) and (
        m.actor.id.startswith("ner-") or m.actor.type in ("State", "Place"))
        for m in mentions if m.start < end and start < m.end)


def _longer_name(mentions, start: int, end: int, name: str):
    """The actor of a piece inside ``start:end`` whose own name is longer and ends the same way (the
    piece "Azzawi" of the item "al-Azzawi" already stands for "Ali Hussein al-Azzawi"), else ``None``."""
    last = name.split()[-1].lower()
    for m in mentions:
        if m.start < end and start < m.end and len(m.actor.label) > len(name) and \
                m.actor.label.lower().endswith(last):
            return m.actor
    return None


def listed_name_mentions(doc, mentions) -> tuple:
    """Mentions with every name of a designation list made one mention (see the module docstring).

    Args:
        doc: The parsed document.
        mentions: Sorted, non-overlapping mentions.

    Returns:
        The mentions, sorted by start.
    """
    if not doc_text(doc).count(" designated") and " sanctioned" not in doc_text(doc) and " delisted" not in \
            doc_text(doc) and " removed from" not in doc_text(doc):
        return tuple(mentions)
    found = _lists(doc)
    if not found:
        return tuple(mentions)
    text = doc_text(doc)
    out = list(mentions)
    known = {m.actor.id: m.actor for m in mentions}
    for start, end, names, _, _ in found:
        inside = [m for m in out if start <= m.start < end]
        persons = any(m.actor.type == "Person" for m in inside)
        pos = start
        for name in names:
            at = text.find(name, pos, end)
            if at < 0:
                continue
            pos = at + len(name)
            if any(m.start == at and m.end == at + len(name) for m in out) or not _free(out, at, at + len(name)):
                continue
            words = name.lower().split()
            if len(words) > 2 and words[-1] == words[-2]:
                continue  # "Ali Hasan Hasan was designated": a heading's name glued to its paragraph
            if " " not in name and not (name.isupper() and len(name) > 1) and "-" not in name:
                continue  # a single common word ("Office"); a new one-word name must be an acronym or hyphened
            actor = _longer_name(out, at, at + len(name), name)
            if actor is None:
                kind = "Person" if persons and _looks_personal(name) else "Organization"
                label = canonical_label(name)
                actor = known.get(ner_actor_id(label)) or Actor(ner_actor_id(label), label, kind)
            for hit in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
                s, e = hit.start(), hit.end()
                if _free(out, s, e):
                    out = [m for m in out if not (m.start < e and s < m.end)]
                    out.append(Mention(actor, name, s, e))
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))


def name_list_candidates(sent, ctx) -> list:
    """``designates`` (``delists`` for "are being delisted / removed from") candidates for the names
    of a list that closes with a passive designation verb in ``sent``.

    Args:
        sent: One sentence ``Span``.
        ctx: The extraction :class:`~graphbuild.relations.Context`.

    Returns:
        One candidate per listed name that is a mention, subject the issuing government.
    """

    found = [x for x in _lists(ctx.doc) if sent.start <= x[3] < sent.end]
    if not found:
        return []

    issuer = default_designator(ctx)
    if issuer is None:
        return []
    out = []
    for start, end, _, verb, off in found:
        seen = set()
        first = ctx.doc.char_span(start, end, alignment_mode="expand")
        for tok in ctx.doc[first.start if first is not None else verb:verb]:
            m = ctx.index.get(tok.i)
            if m is None or m.actor.id in seen or m.actor.id == issuer.actor.id:
                continue
            seen.add(m.actor.id)
            if m.actor.type in ("Person", "Organization", "ArmedGroup", "GovernmentOrgan"):
                out.append(Candidate("delists" if off else "designates", issuer, Arg(m.actor, tok),
                                     ctx.doc[verb], "default-agent", 0))
    return out


def listed_designees(ctx, verb) -> list:
    """The mentions of the name list that the passive designation verb ``verb`` closes (empty if none)."""
    from .relations import Arg

    out, seen = [], set()
    for start, end, _, at, _ in _lists(ctx.doc):
        if at != verb.i:
            continue
        first = ctx.doc.char_span(start, end, alignment_mode="expand")
        for tok in ctx.doc[first.start if first is not None else verb.i:verb.i]:
            m = ctx.index.get(tok.i)
            if m is not None and m.actor.id not in seen:
                seen.add(m.actor.id)
                out.append(Arg(m.actor, tok))
    return out
