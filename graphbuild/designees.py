"""Names of designees: firms with a legal form, aliases, and the type a list gives its names.

Sanctions releases name firms, persons and their aliases in ways NER handles poorly:

* A firm's name ends in a legal form ("Hadom Trading S.R.L.", "Blue Sky Shipping, LLC", "Orion
  Holding GmbH") or starts with one ("OOO Vega", "Joint Stock Company Orel"): NER cuts such names
  into pieces and often types them as persons. :func:`company_mentions` makes the whole name one
  ``Organization`` mention, and its short name in brackets ("(Nordic Lines)") the same firm.
* "X (a.k.a. Y; DOB ...; nationality Z)", "X, also known as Y,": see :mod:`graphbuild.aliases`.
* "four individuals: A, B, C and D": the list noun types names that NER typed otherwise
  (:func:`typed_list_mentions`).
* "Gaza Now" (a firm whose name opens with a place) is one name in a sanctions release
  (:func:`place_led_names`).

Partner governments designating the same designees are read by :mod:`graphbuild.codesignations`.

Each step is gated on a cheap test of the document text.
"""

from __future__ import annotations

import re

from .names import canonical_label, ner_actor_id
from .prose import doc_text
from .statement import Actor, Mention

__all__ = ["company_mentions", "place_led_names", "typed_list_mentions", "LEGAL_FORMS"]

#: Legal forms that end a company name (matched case-sensitively, as whole tokens).
LEGAL_FORMS = (
    "SA", "S.A.", "S.A", "SAS", "S.A.S.", "SRL", "S.R.L.", "S.R.L", "SARL", "S.A.R.L.", "SAC", "S.A.C.",
    "LLC", "L.L.C.", "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co.",
    "GmbH", "AG", "FZE", "FZCO", "FZC", "DMCC", "LLP", "JSC", "PJSC", "OJSC", "CJSC", "OOO", "B.V.",
    "N.V.", "PLC", "SpA", "S.p.A.", "Bhd", "Pte", "Company", "Establishment", "OY", "Oy", "AB", "A/S", "ApS",
    "S.L.", "Ltda", "Ltda.", "SAL", "S.A.L.", "LTD", "LTD.", "INC.", "CO.", "LIMITED", "COMPANY",
    "Sirketi", "AO", "ZAO", "OAO", "PAO", "Industries", "Holdings", "C.V.", "R.L.",
)
#: Capitalized words that end a name read leftwards ("Treasury Sanctions X Group" in a headline).
_LEFT_STOPS = frozenset({"sanctions", "sanctioned", "designates", "designated", "targets", "targeted", "treasury",
                         "ofac", "blocks", "identifies", "today"})
#: Forms written before the name ("OOO Vega"), and words of a long form ("Public Joint Stock Company").
_PREFIX_FORMS = frozenset({"JSC", "PJSC", "OJSC", "CJSC", "OOO", "AO", "ZAO", "OAO", "PAO"})
_LEGAL_WORDS = frozenset({"Limited", "Liability", "Company", "Joint", "Stock", "Public", "Closed", "Open",
                          "Joint-Stock", "Publicly", "Traded", "Private", "Partnership"})
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_AMBIGUOUS_FORMS = frozenset({"SA", "AG", "AB", "OY", "SAL", "SAC", "COMPANY", "LIMITED"})
_FORM_RE = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in sorted(LEGAL_FORMS, key=len, reverse=True))
                      + r")(?![\w])")
#: Lower-case words allowed inside a name ("Banco de la Plata SA", "Bank of Kunlun Co.").
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "of", "for", "al", "el", "van", "der", "&"})
_MAX_NAME_WORDS = 8
_NOT_NAME_START = frozenset({"today", "yesterday", "additionally", "also", "separately", "meanwhile"})

def _ends_sentence(t) -> bool:
    """"GoR." before a new sentence: a word with a full stop that is no initial or legal form."""
    return t.text.endswith(".") and len(t.text) > 2 and t.text not in LEGAL_FORMS and not _INITIALS.match(t.text)


def _name_start(doc, i: int, lo: int) -> int | None:
    """The first token of the name that ends with the legal form at ``i`` (``None``: no name)."""
    j = i - 1
    if j >= lo and doc[j].text == "," and j - 1 >= lo and doc[j - 1].is_title:
        j -= 1  # "Blue Sky Shipping, LLC"
    start = None
    words = 0
    while j >= lo and words < _MAX_NAME_WORDS:
        t = doc[j]
        if (t.is_sent_start and not (t.is_title or t.is_upper)) or _ends_sentence(t) or t.lower_ in _LEFT_STOPS:
            break
        if t.text[:1].isupper() or t.text[:1].isdigit() and start is not None:
            start, words = j, words + 1
        elif not (t.lower_ in _NAME_PARTICLES or t.text in ("-", "'")):
            break  # a particle ("bin", "de") or a hyphen lets the name go on to the left
        if t.is_sent_start:
            break
        j -= 1
    while start is not None and start < i and (doc[start].lower_ in _NAME_PARTICLES or doc[start].is_stop
                                               or doc[start].lower_ in _NOT_NAME_START):
        if _opens_short_form(doc, start, i):
            break  # "My Aviation Company Limited (My Aviation)": "My" is part of the name
        start += 1
    if start is None or start >= i or (doc[start].lower_ in ("the", "a", "an")):
        return None
    return start


def _opens_short_form(doc, start: int, i: int) -> bool:
    """Whether the capitalized word at ``start`` also opens the short name in brackets after the legal
    form at ``i`` ("My Aviation Company Limited (My Aviation)"): a word of the name, not of the sentence."""
    t = doc[start]
    return (t.is_title and t.lower_ not in ("the", "a", "an") and i + 2 < len(doc) and doc[i + 1].text == "("
            and doc[i + 2].text == t.text)


def _name_end(doc, i: int) -> int | None:
    """The end (exclusive) of a name that a legal form at ``i`` opens ("JSC Ilyushin Finance",
    "Limited Liability Company Alfa-Invest"), or ``None``."""
    j, end = i + 1, None
    while j < len(doc) and j - i <= 6:
        t = doc[j]
        if t.is_sent_start or t.text in ("(", ",", ";", ":", ")"):
            break
        if t.text[:1].isupper() or t.text[:1].isdigit():
            end = j + 1
        elif t.text not in ("-", "&"):
            break
        if _ends_sentence(t):
            break
        j += 1
    return end


def _name_span(doc, i: int) -> tuple[int, int] | None:
    """The tokens of the firm name around the legal form at ``i``: the name before a suffix
    ("Orion Trading GmbH"), or the name after a prefix form ("OOO Vega", "Joint Stock Company Vega")."""
    form = doc[i].text
    lo = max(0, i - 2 * _MAX_NAME_WORDS)
    start = _name_start(doc, i, lo)
    if start is not None and start > lo + 1 and all(t.text in LEGAL_FORMS or t.lower_ in _NAME_PARTICLES
                                                     or t.text == "S." for t in doc[start:i]):
        start = _name_start(doc, start, lo) or start  # "Grupo Segtac, S.A. de C.V.", "X, S. de R.L. de C.V."
    only_legal = start is not None and all(t.text in _LEGAL_WORDS or t.text in LEGAL_FORMS for t in doc[start:i])
    if form in _PREFIX_FORMS or only_legal or (start is None and form in _LEGAL_WORDS):
        end = _name_end(doc, i)
        if end is not None:
            return (start if only_legal else i), end
    if start is None or only_legal:
        return None
    return start, i + 1


def company_mentions(doc, mentions) -> tuple:
    """Mentions with every name that ends in a legal form made one ``Organization`` mention.

    A gazetteer mention that covers the whole name is kept; NER pieces inside the name give way.

    Args:
        doc: The parsed document.
        mentions: Sorted, non-overlapping mentions (from :func:`graphbuild.actors.find_mentions`).

    Returns:
        The mentions, sorted by start, with the company names merged.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("It listed Hadom Trading S.R.L. and Orion GmbH today.")
        >>> [(m.text, m.actor.type) for m in company_mentions(doc, ())]
        [('Hadom Trading S.R.L.', 'Organization'), ('Orion GmbH', 'Organization')]
    """
    text = doc_text(doc)
    if _RELEASE_MARKS.search(text):  # "19 Mexican companies" in a sanctions release: no actor
        mentions = place_led_names(doc, [m for m in mentions if not _common_plural(m)])
    hits = list(_FORM_RE.finditer(text))
    if not hits:
        return tuple(mentions)
    out = list(mentions)
    shorts: list = []
    for hit in hits:
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is None or len(span) != 1 or span.text.rstrip(".") != hit.group().rstrip("."):
            continue  # "GmbH." at the end of a sentence is one token
        i = span.start
        found = _name_span(doc, i)
        if found is None:
            continue
        s, e = found
        last = doc[e - 1]
        start, end = doc[s].idx, last.idx + len(last.text)
        if text[end - 1] == "." and last.text not in LEGAL_FORMS and not _INITIALS.match(last.text) or (
                e == i + 1 and text[end - 1] == "." and not hit.group().endswith(".")):
            end -= 1  # "Trading GmbH." ending a sentence
        if hit.group() in _AMBIGUOUS_FORMS and doc[s:e].text.isupper():
            continue  # "SANCTIONS IMPLICATIONS AS": a heading in capitals, not a firm
        if text[start:end].count(" ") == 0 and hit.group() in ("Company", "Establishment", "Corporation", "Limited"):
            continue
        inside = [m for m in out if m.start < end and start < m.end]
        if any(not m.actor.id.startswith("ner-") and (m.start <= start or m.end >= end) and m.actor.type not in (
                "State", "Place") for m in inside):
            continue  # a known actor's own name ("Wagner Group", "Bank Melli Iran Co.") stays that actor
        if any(m.start < start or m.end > end for m in inside):
            continue  # a mention running past the name: leave the NER reading alone
        name = text[start:end]
        label = canonical_label(re.sub(r",\s+", " ", name))
        actor = Actor(ner_actor_id(label), label, "Organization")
        out = [m for m in out if m not in inside]
        out.append(Mention(actor, name, start, end))
        short = _short_form(text, name, end)
        if short:
            shorts.append((short, actor, end))
    for short, actor, after in shorts:
        out = _with_short_form(text, out, short, actor, after)
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))


#: Words after a place name that keep it a place ("Gaza Strip", "Idlib Province") or a date.
_PLACE_WORDS = frozenset({
    "city", "strip", "province", "governorate", "region", "district", "state", "county", "valley", "street", "road",
    "airport", "port", "border", "coast", "bay", "river", "sea", "island", "islands", "mountains", "desert", "camp",
    "north", "south", "east", "west", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "and", "or", "of", "the", "in", "on", "for", "to", "a", "an", "secretary", "minister", "ministry",
    "president", "governor", "chief", "police", "government", "authorities", "officials", "army", "forces"})
_RELEASE_MARKS = re.compile(r"\bOFAC\b|\bE\.O\.|Executive Order \d")


def _common_plural(m) -> bool:
    """An NER name that ends in a common plural noun ("Mexican companies", "Iranian individuals"): a
    description of designees, no actor.

    Examples:
        >>> from graphbuild.statement import Actor
        >>> _common_plural(Mention(Actor("ner-mexican-companies", "Mexican Companies"), "Mexican companies", 0, 17))
        True
        >>> _common_plural(Mention(Actor("ner-gulf-companies", "Gulf Companies"), "Gulf Companies", 0, 14))
        False
    """
    last = m.text.rsplit(" ", 1)[-1]
    return m.actor.id.startswith("ner-") and " " in m.text and last in (
        "individuals", "entities", "companies", "nationals", "persons", "firms", "businesses", "subsidiaries")


def place_led_names(doc, mentions) -> tuple:
    """Mentions with a name that opens with a place read whole: "Gaza Now" (an online outlet) is no
    place "Gaza" followed by an adverb. In a sanctions release (citing OFAC or an executive order),
    a place found by NER followed by a capitalized word that is neither a place word nor a sentence
    opener, the pair written so at least twice, is one ``Organization`` everywhere.

    Args:
        doc: The parsed document.
        mentions: Sorted, non-overlapping mentions.

    Returns:
        The mentions, sorted by start.
    """
    text = doc_text(doc)
    if not _RELEASE_MARKS.search(text):
        return tuple(mentions)
    pairs: dict = {}
    for m in mentions:
        if m.actor.type != "Place" or not m.actor.id.startswith("ner-"):
            continue
        nxt = re.match(r"[ ]([A-Z][a-z]+)\b(?![ ]+[A-Z]|[.-][A-Za-z])", text[m.end:m.end + 40])
        if nxt is None or nxt.group(1).lower() in _PLACE_WORDS or any(
                x.start < m.end + nxt.end() and m.end + nxt.start(1) < x.end for x in mentions):
            continue  # "Gaza Strip", "Baja California": a place word or a name of its own
        pairs.setdefault(m.text + " " + nxt.group(1), []).append(m)
    out = list(mentions)
    for name, places in pairs.items():
        hits = [h for h in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
        if len(hits) < 2:
            continue
        label = canonical_label(name)
        actor = Actor(ner_actor_id(label), label, "Organization")
        for h in hits:
            if any(x.start < h.end() and h.start() < x.end and not (
                    x.actor.type == "Place" and x.actor.id.startswith("ner-")) for x in out):
                continue  # a known actor or a longer name over it
            out = [x for x in out if not (x.start < h.end() and h.start() < x.end)]
            out.append(Mention(actor, name, h.start(), h.end()))
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))


def _short_form(text: str, name: str, end: int) -> str | None:
    """The short name in brackets right after a firm's name ("Nordic Lines OY (Nordic Lines)").

    Examples:
        >>> _short_form("Nordic Lines OY (Nordic Lines) and", "Nordic Lines OY", 15)
        'Nordic Lines'
        >>> _short_form("Nordic Lines OY (registered in Finland)", "Nordic Lines OY", 15) is None
        True
    """
    m = re.match(r"\s*\(([^()]{2,60})\)", text[end:end + 64])
    if not m:
        return None
    short = m.group(1).strip()
    words = short.split()
    if not words or not all(w[:1].isupper() for w in words):
        return None
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return short if name.startswith(short) or short in name or short == initials else None


def _with_short_form(text: str, mentions: list, short: str, actor, after: int) -> list:
    """Every later occurrence of a firm's short name is that firm (NER pieces inside give way)."""
    out = list(mentions)
    for m in re.finditer(r"(?<!\w)" + re.escape(short) + r"(?!\w)", text[after:]):
        s, e = after + m.start(), after + m.end()
        inside = [x for x in out if x.start < e and s < x.end]
        if any(x.actor.id == actor.id or x.start < s or x.end > e for x in inside):
            continue
        out = [x for x in out if x not in inside]
        out.append(Mention(actor, short, s, e))
    return out


#: Plural nouns that say what a list names ("five individuals: A, B ...", "three companies: C, D").
_PERSON_LIST_NOUNS = frozenset({"individual", "national", "person", "official", "leader", "member", "financier",
                                "facilitator", "operative", "businessman", "businesswoman", "executive", "commander",
                                "associate", "relative", "son", "brother", "man", "woman", "people"})
_ORG_LIST_NOUNS = frozenset({"entity", "company", "firm", "business", "subsidiary", "front", "bank", "exchange",
                             "organization", "group", "network", "enterprise", "affiliate", "vessel", "airline"})


def typed_list_mentions(doc, mentions) -> tuple:
    """Mentions with the names a list introduces as "individuals" or "companies" typed so: NER
    often takes a firm for a person and a person for a firm ("four individuals: A, B, C and D").
    The names listed before a passive designation verb are made mentions first
    (:func:`graphbuild.namelists.listed_name_mentions`).

    Only actors found by NER (``ner-`` ids) change type, everywhere in the document; a list is a
    colon after a plural noun of persons or firms in a sentence with a designation verb.

    Args:
        doc: The parsed document.
        mentions: Sorted, non-overlapping mentions.

    Returns:
        The mentions, sorted by start.
    """
    from dataclasses import replace

    from .designators import DESIGNATE_LEMMAS
    from .listings import _DESIGNATE_STEMS, _segments, doc_mentions_any
    from .namelists import listed_name_mentions

    mentions = listed_name_mentions(doc, mentions)  # "A, B, and C are being designated"
    if ":" not in doc_text(doc) or not doc_mentions_any(doc, "listings", _DESIGNATE_STEMS):
        return tuple(mentions)
    starts = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            starts[span.start] = m
    retype: dict = {}
    colons = [doc.char_span(k.start(), k.end()) for k in re.finditer(":", doc_text(doc))]
    for colon in (span[0] for span in colons if span is not None):
        sent = colon.sent
        noun = next((t for t in reversed(doc[sent.start:colon.i])
                     if t.tag_ in ("NNS", "NNPS") and t.lemma_ in _PERSON_LIST_NOUNS | _ORG_LIST_NOUNS), None)
        if noun is None or not any(t.lemma_ in DESIGNATE_LEMMAS for t in sent):
            continue
        kind = "Person" if noun.lemma_ in _PERSON_LIST_NOUNS else "Organization"
        end = sent.end
        if end < len(doc) and all(t.is_space for t in doc[colon.i + 1:end]):
            end = doc[end].sent.end  # the sentence splitter cut after the colon
        for _, item in _segments(doc, colon.i + 1, end):
            m = starts.get(item[0].i)
            if m is not None and m.actor.id.startswith("ner-") and m.actor.type in ("Person", "Organization") \
                    and m.actor.type != kind and not (kind == "Person" and _FORM_RE.search(m.text)):
                retype[m.actor.id] = kind
    if not retype:
        return tuple(mentions)
    return tuple(Mention(replace(m.actor, type=retype[m.actor.id]), m.text, m.start, m.end)
                 if m.actor.id in retype else m for m in mentions)
