"""Names of designees: firms with a legal form, aliases, and the type a list gives its names.

Sanctions releases name firms, persons and their aliases in ways NER handles poorly:

* A firm's name ends in a legal form ("Hadom Trading S.R.L.", "Blue Sky Shipping, LLC", "Orion
  Holding GmbH") or starts with one ("OOO Vega", "Joint Stock Company Orel"): NER cuts such names
  into pieces and often types them as persons. :func:`company_mentions` makes the whole name one
  ``Organization`` mention, and its short name in brackets ("(Nordic Lines)") the same firm.
* "X (a.k.a. Y; DOB ...; nationality Z)", "X, also known as Y,": the alias is X, the other names in
  the bracket are no actors (:func:`alias_mentions`).
* "four individuals: A, B, C and D": the list noun types names that NER typed otherwise
  (:func:`typed_list_mentions`).
* "Iyad Nazmi Salih Khalil Khalil was designated": a heading glued to a sentence that opens with
  the short name is the full name and the short name of one person (in :func:`alias_mentions`).

Each step is gated on a cheap test of the document text.
"""

from __future__ import annotations

import re

from .names import canonical_label, ner_actor_id
from .prose import doc_text
from .statement import Actor, Mention

__all__ = ["company_mentions", "alias_mentions", "typed_list_mentions", "LEGAL_FORMS"]

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

    Only actors found by NER (``ner-`` ids) change type, everywhere in the document; a list is a
    colon after a plural noun of persons or firms in a sentence with a designation verb.

    Args:
        doc: The parsed document.
        mentions: Sorted, non-overlapping mentions.

    Returns:
        The mentions, sorted by start.
    """
    from dataclasses import replace

    from .listings import _DESIGNATE_LEMMAS, _DESIGNATE_STEMS, _segments, doc_mentions_any

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
        if noun is None or not any(t.lemma_ in _DESIGNATE_LEMMAS for t in sent):
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


_ALIAS_CUE = r"(?:a\.k\.a\.?|aka|f\.k\.a\.?|also known as|formerly known as|also spelled)"
_ID_BRACKET = re.compile(r"\(\s*(?:" + _ALIAS_CUE + r"|DOB\b|POB\b|nationality\b|citizen\b|Passport\b|Gender\b)")
_ALIAS_CLAUSE = re.compile(r"(?:^|[;,(])\s*" + _ALIAS_CUE + r"\s+\W*$")
_COMMA_ALIAS = re.compile(r",\s*" + _ALIAS_CUE + r"\s+")


def _glued_heading(mentions, text: str) -> list:
    """Mentions with a heading's full name glued to a sentence that opens with the short name split
    in two: "Iyad Nazmi Salih Khalil Khalil was designated" (the heading "Iyad Nazmi Salih Khalil",
    then "Khalil was designated") names one person twice, and NER reads "Khalil Khalil", or "Bassam
    Ahmad al-Hasri Al-Hasri", as one name. The full name is found where the text wrote it before, or
    as a person's name whose last word repeats.

    Examples:
        >>> from graphbuild.statement import Actor
        >>> text = "Omar Farid Nadim (Nadim) was named. Omar Farid Nadim Nadim was listed."
        >>> full = Mention(Actor("ner-omar-farid-nadim", "Omar Farid Nadim", "Person"), "Omar Farid Nadim", 0, 16)
        >>> glued = Mention(Actor("ner-nadim-nadim", "Nadim Nadim", "Person"), "Nadim Nadim", 47, 58)
        >>> [(m.text, m.start) for m in _glued_heading([full, glued], text)]
        [('Omar Farid Nadim', 0), ('Omar Farid Nadim', 36), ('Nadim', 53)]
        >>> {m.actor.id for m in _glued_heading([full, glued], text)}
        {'ner-omar-farid-nadim'}
    """
    out = list(mentions)
    names: dict = {}
    for m in mentions:
        words = m.text.split()
        if m.actor.type != "Person" or len(words) < 2:
            continue
        if words[-1].lower() == words[-2].lower() and len(words) > 2:
            names.setdefault(" ".join(words[:-1]), None)  # "Bassam Ahmad al-Hasri Al-Hasri"
        elif words[-1].lower() != words[-2].lower():
            names[m.text] = names.get(m.text) or m.actor
    for name, actor in names.items():
        last = name.split()[-1]
        double = re.escape(last) + r"\s+" + re.escape(last)
        if re.search(r"\(\s*" + double + r"\s*\)|" + re.escape(name) + r"\s+" + re.escape(last) + r"\s*\(", text):
            continue  # "Jose Gonzalo Sanchez Sanchez (Sanchez Sanchez)": the surname is double
        pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"\s+((?i:" + re.escape(last) + r"))(?![\w-])")
        for hit in pattern.finditer(text):
            if not hit.group(1)[:1].isupper() or not _opens_sentence(text, hit.start()) \
                    or text[hit.end():].lstrip().startswith("("):
                continue  # "sanctioning Jose Gonzalo Sanchez Sanchez (Sanchez Sanchez)": a double surname
            start, end = hit.start(), hit.end()
            if actor is None:
                label = canonical_label(name)
                actor = Actor(ner_actor_id(label), label, "Person")
            out = [m for m in out if m.end <= start or m.start >= end]
            out += [Mention(actor, name, start, start + len(name)), Mention(actor, hit.group(1), hit.start(1), end)]
    return sorted(out, key=lambda m: (m.start, m.end))


_BARE_FORMS = frozenset(f.replace(".", "").upper() for f in LEGAL_FORMS)
_AYN = frozenset("\u2018\u2019'\u02bf\u02bb`")
_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]* $")
_NOT_FIRST_NAMES = frozenset({"the", "a", "an", "and", "or", "of", "by", "with", "for", "from", "to", "in", "on", "at",
                              "as", "said", "says", "president", "minister", "king", "prince", "sheikh", "emir",
                              "general", "colonel", "commander", "leader", "chairman", "director", "deputy",
                              "governor", "judge", "senator", "ambassador", "mr", "mrs", "dr", "imam", "mullah"})


def _name_pieces(mentions, text: str) -> list:
    """Mentions with a bare legal form dropped ("Abu Sumbol General Trading (L.L.C)": "L.L.C" names no
    one) and a person's name cut at an ayn mark joined ("Talib \u2018Ali Husayn al-Rawi": NER reads
    "Talib" and "Ali Husayn al-Rawi"; every mention of either piece becomes the whole name).

    Examples:
        >>> from graphbuild.statement import Actor
        >>> text = "Sami \u2018Adil Nasr and Nasr Trading (L.L.C) were listed."
        >>> a = Mention(Actor("ner-sami", "Sami", "Person"), "Sami", 0, 4)
        >>> b = Mention(Actor("ner-adil-nasr", "Adil Nasr", "Person"), "Adil Nasr", 6, 15)
        >>> c = Mention(Actor("ner-l-l-c", "L.L.C", "Organization"), "L.L.C", 33, 38)
        >>> [(m.text, m.actor.label) for m in _name_pieces([a, b, c], text)]
        [('Sami \u2018Adil Nasr', 'Sami \u2018Adil Nasr')]
    """
    out = [m for m in mentions
           if not (m.actor.id.startswith("ner-") and m.text.replace(".", "").upper() in _BARE_FORMS)]
    joined: dict = {}
    for b in out:
        if b.actor.type != "Person" or not b.actor.id.startswith("ner-") or text[b.start - 1:b.start] not in _AYN:
            continue
        word = _WORD_BEFORE.search(text, 0, b.start - 1)
        if word is None or word.group().strip().lower() in _NOT_FIRST_NAMES:
            continue  # "President \u2018Abd Rabbuh Hadi": a title, not a first name
        name = text[word.start():b.end]
        label = canonical_label(name)
        whole = Actor(ner_actor_id(label), label, "Person")
        joined[(word.start(), b.end)] = Mention(whole, name, word.start(), b.end)
        joined.setdefault(b.actor.id, whole)
        joined.update({a.actor.id: whole for a in out if a.actor.id.startswith("ner-") and a.actor.type == "Person"
                       and word.start() <= a.start and a.end <= word.end()})
    if not joined:
        return out
    spans = [k for k in joined if isinstance(k, tuple)]
    out = [m for m in out if not any(s <= m.start and m.end <= e for s, e in spans)]
    out = [Mention(joined[m.actor.id], m.text, m.start, m.end) if m.actor.id in joined else m for m in out]
    out += [joined[k] for k in spans]
    return sorted(out, key=lambda m: (m.start, m.end))


_NAME_RUN = re.compile(r"(?<![\w-])(?:[A-Z][\w'\u2019-]*[ ]){2,8}$")


def _whole_name_before(mentions: list, text: str, bracket: int) -> list:
    """Mentions with the name right before a designee's identifying bracket made one person when NER
    cut it into pieces ("Julio Cesar Montero Pinzon (a.k.a. ...)": "Julio Cesar" a person, "Pinzon" a
    place): the capitalized words from the first person piece up to the bracket.

    Examples:
        >>> from graphbuild.statement import Actor
        >>> text = "the listed Rafael Ortiz Mena Lago (a.k.a. El Toro) was"
        >>> a = Mention(Actor("ner-rafael-ortiz", "Rafael Ortiz", "Person"), "Rafael Ortiz", 11, 23)
        >>> b = Mention(Actor("ner-lago", "Lago", "Place"), "Lago", 29, 33)
        >>> [(m.text, m.actor.type) for m in _whole_name_before([a, b], text, 34)]
        [('Rafael Ortiz Mena Lago', 'Person')]
    """
    run = _NAME_RUN.search(text, 0, bracket)
    if run is None:
        return mentions
    end = run.end() - 1
    inside = [m for m in mentions if run.start() <= m.start and m.end <= end]
    person = next((m for m in inside if m.actor.type == "Person"), None)
    if person is None or not all(m.actor.id.startswith("ner-") for m in inside if m.start >= person.start) or (
            len([m for m in inside if m.start >= person.start]) < 2 and person.end == end):
        return mentions  # one mention of the whole name, or a known actor inside: nothing to join
    name = text[person.start:end]
    label = canonical_label(name)
    whole = Mention(Actor(ner_actor_id(label), label, "Person"), name, person.start, end)
    out = [m for m in mentions if not (person.start <= m.start < end and (
        m.end <= end or m.actor.id.startswith("ner-")))] + [whole]  # "Pinzon (a.k.a" runs into the bracket
    return sorted(out, key=lambda m: (m.start, m.end))


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens a sentence or a line (where a glued heading stands).

    Examples:
        >>> _opens_sentence("It was blocked. Omar Nadim Nadim was listed.", 16)
        True
        >>> _opens_sentence("OFAC is sanctioning Jose Sanchez Sanchez today.", 20)
        False
    """
    before = text[:start]
    head = before.rstrip()
    return not head or "\n" in before[len(head):] or head[-1] in ".!?:;\u201d\""


def alias_mentions(doc, mentions) -> tuple:
    """Mentions with a designee's aliases made the designee, and the other names in its identifying
    bracket dropped: "Ali Karimi (a.k.a. Abu Omar; DOB 1 Jan 1970; nationality Lebanon)" names one
    person, not three actors; "X, also known as Y," too.

    Args:
        doc: The parsed document.
        mentions: Sorted, non-overlapping mentions.

    Returns:
        The mentions, sorted by start.

    Examples:
        >>> import spacy
        >>> from graphbuild.statement import Actor
        >>> doc = spacy.blank("en")("Ali Karimi (a.k.a. Abu Omar; nationality Lebanon) was listed.")
        >>> ali = Mention(Actor("ner-ali-karimi", "Ali Karimi", "Person"), "Ali Karimi", 0, 10)
        >>> abu = Mention(Actor("ner-abu-omar", "Abu Omar", "Person"), "Abu Omar", 19, 27)
        >>> leb = Mention(Actor("lebanon", "Lebanon", "State"), "Lebanon", 41, 48)
        >>> [(m.text, m.actor.id) for m in alias_mentions(doc, (ali, abu, leb))]
        [('Ali Karimi', 'ner-ali-karimi'), ('Abu Omar', 'ner-ali-karimi')]
    """
    text = doc_text(doc)
    mentions = _glued_heading(_name_pieces(mentions, text), text)
    brackets = list(_ID_BRACKET.finditer(text))
    commas = list(_COMMA_ALIAS.finditer(text))
    if not brackets and not commas:
        return tuple(mentions)
    out = list(mentions)

    def owner_before(pos: int):
        return next((m for m in reversed(out) if m.end <= pos and not text[m.end:pos].strip(" ,")), None)

    for b in brackets:
        out = _whole_name_before(out, text, b.start())
    for b in brackets:  # "Ali Omar (a.k.a" read by NER as one name: the name ends at the bracket
        cut = next((m for m in out if m.start < b.start() < m.end and m.actor.id.startswith("ner-")), None)
        if cut is not None and text[cut.start:b.start()].strip():
            name = text[cut.start:b.start()].rstrip()
            label = canonical_label(name)
            trimmed = Actor(ner_actor_id(label), label, cut.actor.type)
            out = [Mention(trimmed, name, cut.start, cut.start + len(name)) if m is cut else m for m in out]
    for b in brackets:
        close = text.find(")", b.start(), b.start() + 400)
        owner = owner_before(b.start())
        if close < 0 or owner is None:
            continue
        keep = []
        for m in out:
            if not (b.start() < m.start and m.end <= close):
                keep.append(m)
            elif _ALIAS_CLAUSE.search(text[b.start():m.start]):
                keep.append(Mention(owner.actor, m.text, m.start, m.end))  # an alias of the owner
        out = keep
    for c in commas:
        owner = owner_before(c.start())
        alias = next((m for m in out if m.start == c.end()), None)
        if owner is not None and alias is not None:
            out = [Mention(owner.actor, m.text, m.start, m.end) if m is alias else m for m in out]
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))
