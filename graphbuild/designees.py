"""Names of designees: firms with a legal form, aliases, and the type a list gives its names.

Sanctions releases name firms, persons and their aliases in ways NER handles poorly:

* A firm's name ends in a legal form ("Hadom Trading S.R.L.", "Blue Sky Shipping, LLC", "Orion
  Holding GmbH") or starts with one ("OOO Vega", "Joint Stock Company Orel"): NER cuts such names
  into pieces and often types them as persons. :func:`company_mentions` makes the whole name one
  ``Organization`` mention, and its short name in brackets ("(Nordic Lines)") the same firm.
* "X (a.k.a. Y; DOB ...; nationality Z)", "X, also known as Y,": see :mod:`graphbuild.aliases`.
* "four individuals: A, B, C and D": the list noun types names that NER typed otherwise
  (:func:`typed_list_mentions`).
* "in coordination with the United Kingdom, which is sanctioning these same targets", "Canada also took
  action against these individuals": a second government designates the release's own designees
  (:func:`partner_candidates`).

Each step is gated on a cheap test of the document text.
"""

from __future__ import annotations

import re

from .names import canonical_label, ner_actor_id
from .prose import doc_text
from .statement import Actor, Mention

__all__ = ["company_mentions", "place_led_names", "typed_list_mentions", "partner_candidates", "LEGAL_FORMS"]

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


#: Nouns that stand for a release's designees without naming them ("these same targets").
_PERSON_TARGETS = frozenset({"men", "figure", "terrorist", "criminal", "oligarch", "elite", "advocate", "perpetrator",
                             "officer", "trafficker", "smuggler"})
_TARGET_NOUNS = _PERSON_LIST_NOUNS | _ORG_LIST_NOUNS | _PERSON_TARGETS | {
    "target", "designee", "party", "actor", "company"}
#: Verbs whose object is a sanctions noun ("is imposing sanctions on", "took action against").
_LIGHT_SANCTION_VERBS = frozenset({"impose", "implement", "take", "announce", "issue", "levy"})
_SANCTION_NOUNS = frozenset({"sanction", "action", "measure", "designation", "restriction"})
_DESIGNATION_VERBS = frozenset({"designate", "sanction", "blacklist", "list", "proscribe"})
#: Words that put a designation in the past: not today's designees.
_PAST = re.compile(r"\b(?:19|20)\d\d\b|\bpreviously\b|\bearlier\b|\bformerly\b|\balready\b", re.IGNORECASE)


def refers_to_designees(tok) -> bool:
    """Whether a noun phrase refers back to the designees without naming any: "these same targets",
    "both individuals", "the two men", "these five entities", "them".

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> nlp = spacy.blank("en")
        >>> doc = Doc(nlp.vocab, words=["on", "these", "same", "targets"], heads=[0, 3, 3, 0],
        ...           deps=["ROOT", "det", "amod", "pobj"], tags=["IN", "DT", "JJ", "NNS"],
        ...           lemmas=["on", "these", "same", "target"])
        >>> refers_to_designees(doc[3]), refers_to_designees(doc[1])
        (True, False)
    """
    if tok.lower_ == "them":
        return True
    if tok.lower_ == "all" and tok.tag_ == "DT":  # "all of these individuals"
        return any(refers_to_designees(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj")
    if tok.lemma_.lower() not in _TARGET_NOUNS:
        return False
    kids = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "predet", "nummod")}
    if "same" in kids:
        return True  # "the same individual", "these same targets"
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    if kids & {"these", "those", "both"}:
        return True
    return "the" in kids and any(c.dep_ == "nummod" for c in tok.children)  # "the two men"


def _partner_verb(ctx, v):
    """The partners and the designee phrase of a designation verb (``None`` when it is no partner
    designation): "X is sanctioning these targets", "these individuals were designated by X",
    "X is imposing sanctions on them", "X also took action against these individuals"."""
    from .arguments import _passive, _pobjs, phrase_args, verb_subjects

    from .relations import _is_verb

    lemma = v.lemma_.lower()
    if lemma == "add" and not (_pobjs(v, ("to",)) and any(t.lower_ in ("list", "sdn") for t in v.doc[v.i:v.sent.end])):
        return None  # "added these individuals to its sanctions list", not any addition
    if lemma in _DESIGNATION_VERBS | {"add"} and _is_verb(v):
        if _passive(v):
            objs = [c for c in v.children if c.dep_ == "nsubjpass"]
            partners = [a for p in _pobjs(v, ("by",)) for a in phrase_args(ctx, p)]
        else:
            objs = [c for c in v.children if c.dep_ == "dobj"]
            partners = (verb_subjects(ctx, v)[0] or _subject_before(ctx, v)) if objs else []
    elif lemma in _SANCTION_NOUNS and not _is_verb(v):
        # "concurrently with the designation of these five individuals by the UN Committee"
        objs = _pobjs(v, ("of", "on", "against", "targeting"))
        partners = [a for p in _pobjs(v, ("by",)) for a in phrase_args(ctx, p)] if objs else []
    elif lemma in _LIGHT_SANCTION_VERBS and not _passive(v):
        nouns = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in _SANCTION_NOUNS]
        objs = [p for n in nouns + [v] for p in _pobjs(n, ("on", "against", "targeting"))]
        partners = verb_subjects(ctx, v)[0] if objs else []
    else:
        return None
    if objs and partners and v.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") and c.dep_ == "nsubj"
                                                       for c in v.children):
        first = v.head  # "by the EU, the UK and Canada, which imposed ...": every one of them
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        partners = phrase_args(ctx, first) or partners
    if objs and not partners:
        partners = _owning_state(ctx, v)
    elif any(p.actor.id.startswith("ner-") and p.token is not None for p in partners):
        # "the United Kingdom's Office of X" read as an office of its own: the state acts
        partners = [next(iter(_possessor_state(ctx, p.token)), p) if p.actor.id.startswith("ner-") and
                    p.token is not None else p for p in partners]
    if not objs or not partners or not all(refers_to_designees(o) for o in objs):
        return None
    named = [t for o in objs for c in o.children if c.dep_ != "prep" for t in c.subtree]
    if any(ctx.index.get(t.i) is not None for t in named):
        return None  # "these individuals and Bank X" names a designee of its own ("figures of X" does not)
    return partners, _designee_kinds(objs)


_FIRM_WORDS = frozenset({
    "factory", "company", "bank", "group", "exchange", "trading", "establishment", "foundation", "network", "front",
    "corporation", "industries", "shipping", "holding", "holdings", "services", "enterprise", "enterprises", "institute",
    "agency", "fund", "organization", "charity", "association", "society", "center", "centre", "brigade", "brigades",
    "battalion", "army", "party", "movement", "ministry", "office", "council", "committee", "media", "now", "today"})


def _is_person(actor) -> bool:
    """Whether a designee is a person, by its name more than by the type NER gave it ("Pavel Orlov"
    typed as a firm is a person; "Metallic Manufacturing Factory" is none).

    Examples:
        >>> from graphbuild.statement import Actor
        >>> _is_person(Actor("ner-pavel-orlov", "Pavel Orlov", "Organization"))
        True
        >>> _is_person(Actor("ner-orion-trading-llc", "Orion Trading LLC", "Person"))
        False
    """
    if actor.type in ("ArmedGroup", "GovernmentOrgan", "State"):
        return False
    label = actor.label
    return not (_FORM_RE.search(label) or any(w.lower() in _FIRM_WORDS for w in label.split()))


def _designee_kinds(objs) -> frozenset | None:
    """The actor types the phrases stand for: "these individuals" persons, "these entities" firms and
    groups; ``None`` (any) for "these targets", "them"."""
    kinds: set = set()
    for o in objs:
        if o.lower_ == "all":
            o = next((p for c in o.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"), o)
        lemma = o.lemma_.lower()
        if lemma in _PERSON_LIST_NOUNS or lemma in _PERSON_TARGETS:
            kinds.add("Person")
        elif lemma in _ORG_LIST_NOUNS or lemma == "company":
            kinds |= {"Organization", "ArmedGroup"}
        else:
            return None
    return frozenset(kinds)


def _subject_before(ctx, v) -> list:
    """The actor right before a verb the parser left without a subject ("the United Nations (UN) last
    night added ..."): the nearest name within six tokens, over brackets and time words only."""
    from .relations import Arg

    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    for t in reversed(v.doc[max(v.sent.start, v.i - 6):v.i]):
        m = ctx.index.get(t.i)
        if m is not None:
            return [Arg(m.actor, t)] if m.actor.type in ("State", "Organization", "GovernmentOrgan") else []
        if not (t.is_punct or t.dep_ in ("npadvmod", "amod", "advmod", "det") or t.like_num):
            return []
    return []


def _owning_state(ctx, v) -> list:
    """The state whose office is the subject of ``v`` when the office itself is no known actor: "the
    United Kingdom's Office of Financial Sanctions Implementation, which is imposing sanctions"."""
    from .arguments import arg_of_token

    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    if subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
        subj = v.head
    return _possessor_state(ctx, subj)


def _possessor_state(ctx, noun) -> list:
    """The state that a noun's possessor names ("the United Kingdom's Office")."""
    from .arguments import arg_of_token

    for _ in range(4):  # "Office of Financial Sanctions Implementation": up to the office
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        elif noun.dep_ == "compound":
            noun = noun.head
        else:
            break
    owners = [arg_of_token(ctx, c) for c in noun.children if c.dep_ == "poss" or (
        c.dep_ == "nmod" and any(k.dep_ == "case" for k in c.children))]
    return [a for a in owners if a is not None and a.actor.type == "State"]


def partner_candidates(sent, ctx) -> list:
    """Another government designating the release's own designees: "This action was coordinated
    with the United Kingdom, which is sanctioning these same targets", "Canada and Australia also
    took action against these individuals", "these individuals were also designated by Japan". The
    partner (a state, an organ of another state or an international body, never the issuer) designates
    every person or firm that the issuer designates today in the document (not in a sentence that
    dates the designation to a year or calls it earlier).

    Args:
        sent: One sentence ``Span``.
        ctx: The extraction :class:`~graphbuild.relations.Context`.

    Returns:
        ``designates`` candidates (kind ``memory``), partner to each designee.
    """
    from .relations import Candidate, _is_verb

    issuer = ctx.first_person(None)
    if issuer is None or ctx.doc.user_data.get("graphbuild.designees") == ():
        return []  # no issuer, or the designees are being collected right now
    out = []
    for v in sent:
        lemma = v.lemma_.lower()
        if not (lemma in _DESIGNATION_VERBS | _LIGHT_SANCTION_VERBS | {"add"} and _is_verb(v)
                or lemma in _SANCTION_NOUNS):
            continue
        partners, kinds = _partner_verb(ctx, v) or ((), None)
        partners = _heads_only(partners)
        partners = [p for p in partners if p.actor.type in ("State", "Organization", "GovernmentOrgan")
                    and issuer.id not in (p.actor.id, p.actor.acts_for)]
        if not partners:
            continue
        for d in todays_designees(ctx, issuer):
            if kinds is not None and ("Person" in kinds) != _is_person(d.actor):
                continue  # "these individuals": not the firms designated with them
            out += [Candidate("designates", p, d, v, "memory", 1) for p in partners if p.actor.id != d.actor.id]
    return out


def _heads_only(args) -> list:
    """The partners without the names that only modify another one's name ("the UN Security Council
    Mali Sanctions Committee": the UN, not Mali)."""
    def phrase(t):
        while t.dep_ in ("compound", "nmod", "amod") and t.head.i != t.i:
            t = t.head
        return t.i

    first: dict = {}
    for a in args:
        key = phrase(a.token) if a.token is not None else id(a)
        if key not in first or (a.token is not None and a.token.i < first[key].token.i):
            first[key] = a
    return list(first.values())


def todays_designees(ctx, issuer) -> tuple:
    """The persons, firms and groups that ``issuer`` (or its organs) designates in the document, read
    once with the extractor's own patterns and remembered in ``doc.user_data``; designations that a
    sentence dates to a year or calls earlier are left out."""
    from dataclasses import replace

    from .listings import listing_candidates
    from .patterns import sentence_candidates
    from .prose import is_prose
    from .relations import Arg, Memory
    from .sentences import sentences

    known = ctx.doc.user_data
    if "graphbuild.designees" in known:
        return known["graphbuild.designees"]
    known["graphbuild.designees"] = ()  # no partner rule inside the reading below
    sub = replace(ctx, memory=Memory())
    found: dict = {}
    for sent in sentences(ctx.doc):
        if not is_prose(sent) or _PAST.search(sent.text):
            continue
        for c in sentence_candidates(sent, sub) + listing_candidates(sent, sub):
            if c.relation != "designates" or c.modality not in (None, "asserted") or c.object.negated:
                continue
            if issuer.id not in (c.subject.actor.id, c.subject.actor.acts_for):
                continue
            kind = c.object.actor.type
            if kind == "Place" and c.object.actor.id.startswith("ner-") and " " in c.object.actor.label:
                kind = "Person"  # "Karim Haddad" read by NER as a place: a designee all the same
            if c.object.actor.label.rsplit(" ", 1)[-1].lower() in ("individuals", "entities", "persons", "targets"):
                continue  # "Malian Individuals", a heading read as a name
            tok = c.object.token
            if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of":
                continue  # "seven officials of the so-called Republic": the officials are the designees
            if kind in ("Person", "Organization", "ArmedGroup") and c.trigger.dep_ not in ("relcl", "acl", "amod"):
                found.setdefault(c.object.actor.id, Arg(c.object.actor, None, False, "designee"))
    known["graphbuild.designees"] = tuple(found.values())
    return known["graphbuild.designees"]
