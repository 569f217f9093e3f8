"""Designees named in lists: company names with a legal form, colon lists, misparsed conjuncts.

Sanctions releases name their targets in lists that the parser and NER handle poorly:

* A firm's name ends in a legal form ("Hadom Trading S.R.L.", "Blue Sky Shipping, LLC", "Orion
  Holding GmbH"): NER cuts such names into pieces and often types them as persons.
  :func:`company_mentions` makes the whole name one ``Organization`` mention.
* "OFAC designated five firms owned by X: A, B, C and D." The items after the colon of a
  designation verb are its objects (:func:`listing_candidates`). An item counts only when it
  *starts* with an actor mention, so "A (registered in Panama)", "A, a Dubai-based firm" and
  nationalities or places inside an item never become designees.
* "sanctioned A for ..., and General B for ...": a second object after a long reason clause is
  often attached to the verb as ``dep``; a person or organization there, after the verb's "and",
  is an object too.

:func:`nationality_modifier` tells a state named before a designee ("Ruritania Senator X") from a
designee. All rules are gated on a designation verb in the sentence (or a legal form in the text)
so documents without them cost one regular-expression scan.
"""

from __future__ import annotations

import re

from .names import canonical_label, ner_actor_id
from .prose import doc_text
from .statement import Actor, Mention

__all__ = ["company_mentions", "listing_candidates", "nationality_modifier", "designator_climb", "doc_mentions_any",
           "typed_list_mentions", "alias_mentions", "LEGAL_FORMS"]

#: Legal forms that end a company name (matched case-sensitively, as whole tokens).
LEGAL_FORMS = (
    "SA", "S.A.", "S.A", "SAS", "S.A.S.", "SRL", "S.R.L.", "S.R.L", "SARL", "S.A.R.L.", "SAC", "S.A.C.",
    "LLC", "L.L.C.", "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co.",
    "GmbH", "AG", "FZE", "FZCO", "FZC", "DMCC", "LLP", "JSC", "PJSC", "OJSC", "CJSC", "OOO", "B.V.",
    "N.V.", "PLC", "SpA", "S.p.A.", "Bhd", "Pte", "Company", "Establishment", "OY", "Oy", "AB", "A/S", "ApS",
    "S.L.", "Ltda", "Ltda.", "SAL", "S.A.L.", "LTD", "LTD.", "INC.", "CO.", "LIMITED", "COMPANY",
    "Sirketi", "AO", "ZAO", "OAO", "PAO", "Industries", "Holdings", "Group", "C.V.", "R.L.",
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
#: Actor types that can be a designee in a list.
_DESIGNEE_TYPES = frozenset({"Person", "Organization", "ArmedGroup", "GovernmentOrgan"})
_DESIGNATE_LEMMAS = frozenset({"designate", "sanction", "blacklist", "target", "block", "identify", "declare"})
_SEPARATORS = frozenset({",", ";", "and", "or", "as", "well"})
_TITLE_LINKS = frozenset({"of", "the", "for", "-", "’s", "'s", "and"})
#: Role words written in lower case inside a title ("the FSIN director X", "Hamas leader X").
_ROLE_WORDS = frozenset({"director", "chief", "head", "chairman", "deputy", "minister", "officer", "member",
                         "leader", "commander", "spokesman", "owner", "founder", "president", "secretary",
                         "adviser", "advisor", "manager", "official", "financier", "facilitator", "operative"})
_TITLE_WORDS = frozenset({"senator", "general", "minister", "president", "governor", "colonel", "judge",
                          "mayor", "commander", "official", "businessman", "businesswoman", "national",
                          "nationals", "citizen", "lawmaker", "deputy", "ambassador", "prosecutor"})


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
        elif t.lower_ in _NAME_PARTICLES or t.text in ("-", "'"):
            pass
        else:
            break
        if t.is_sent_start:
            break
        j -= 1
    while start is not None and start < i and (doc[start].lower_ in _NAME_PARTICLES or doc[start].is_stop
                                               or doc[start].lower_ in _NOT_NAME_START):
        start += 1
    if start is None or start >= i or (doc[start].lower_ in ("the", "a", "an")):
        return None
    return start


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
                                                     for t in doc[start:i]):
        start = _name_start(doc, start, lo) or start  # "Grupo Segtac, S.A. de C.V."
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


def nationality_modifier(tok, index) -> bool:
    """A state named right before a person or title in one name ("Ruritania Senator Ana Vidal"):
    the designee's nationality, not a designee.

    Args:
        tok: The token of the state mention the relation found.
        index: Token index -> mention.
    """
    m = index.get(tok.i)
    if m is None or m.actor.type not in ("State", "Place"):
        return False
    j = tok.i
    doc = tok.doc
    while j + 1 < len(doc) and index.get(j + 1) is m:
        j += 1
    if j + 1 >= len(doc):
        return False
    nxt = doc[j + 1]
    if not nxt.text[:1].isupper():
        return False
    if nxt.lower_ in _TITLE_WORDS:
        return True
    other = index.get(nxt.i)
    return other is not None and other is not m and other.actor.type in ("Person", "Organization")


def _segments(doc, first: int, end: int) -> list:
    """The items of a list from token ``first`` to ``end``: runs of tokens outside brackets between
    separators, each with the number of its group (a colon or semicolon opens a new group)."""
    out, cur, depth, group = [], [], 0, 0
    for t in doc[first:end]:
        if t.text in ("(", "["):
            depth += 1
        elif t.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth or t.is_space:
            continue
        elif t.text in (":", ";") or t.lower_ in _SEPARATORS:
            if cur:
                out.append((group, cur))
            cur = []
            group += t.text in (":", ";")
        else:
            cur.append(t)
    if cur:
        out.append((group, cur))
    return out


def _item_designee(ctx, item):
    """The designee an item of a list names: a person after a title ("Deputy Minister of Defense
    Pavel Orlov", "FSB Director Ivan Petrov"), else a mention the item starts with; ``None`` for an
    item that names no one."""
    from .relations import Arg

    while item and item[0].lower_ in ("the", "a", "an"):
        item = item[1:]
    if not item:
        return None
    lead = []  # the run of name and title words the item opens with
    for t in item[:16]:
        m = ctx.index.get(t.i)
        if m is None and not (t.is_title or t.is_upper or t.lower_ in _TITLE_LINKS or t.lower_ in _ROLE_WORDS):
            break
        lead.append((t, m))
    person = next(((t, m) for t, m in lead if m is not None and m.actor.type == "Person"), None)
    if person is not None:
        return Arg(person[1].actor, person[0])
    m = ctx.index.get(item[0].i)
    if m is not None and m.actor.type in _DESIGNEE_TYPES and ctx.index.get(item[0].i - 1) is not m:
        return Arg(m.actor, item[0])
    return None


def _items_after(ctx, first: int, end: int) -> list:
    """The designees of a list running from token ``first``: one per item (see ``_item_designee``);
    bracketed parts are skipped; an item that names no one ends the list, unless a new colon or
    semicolon opens another group ("two firms in Texas: A and B; three firms in Ohio: C")."""
    out, stopped = [], None
    for group, item in _segments(ctx.doc, first, end):
        if group == stopped:
            continue
        arg = _item_designee(ctx, item)
        if arg is not None:
            out.append(arg)
        elif item[0].is_lower:
            stopped = group  # "..., for supporting X and Y": the list has ended
    return out


def _colon_items(ctx, v, sent) -> list:
    """The actors listed after a colon that ends the clause of the designation verb ``v``."""
    colon = next((t for t in sent[v.i - sent.start + 1:] if t.text == ":"), None)
    if colon is None:
        return []
    # the colon must close v's own clause: nothing between them is another finite verb
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ not in ("relcl", "conj", "aux", "auxpass")
           for t in sent.doc[v.i + 1:colon.i]):
        return []
    end = sent.end
    if end < len(ctx.doc) and all(t.is_space for t in ctx.doc[colon.i + 1:end]):
        end = ctx.doc[end].sent.end  # the sentence splitter cut after the colon
    return _items_after(ctx, colon.i + 1, end)


def _copula_items(ctx, v, sent) -> list:
    """"The two firms designated today are A and B": the names after "be" whose subject the
    designation participle describes."""
    if v.dep_ != "acl" or v.tag_ != "VBN" or v.head.dep_ != "nsubj" or v.head.head.lemma_ != "be":
        return []
    be = v.head.head
    attr = next((c for c in be.children if c.dep_ == "attr" and c.i > be.i), None)
    return _items_after(ctx, be.i + 1, sent.end) if attr is not None else []


def _including_items(ctx, v, sent) -> list:
    """"were designated today, including A (registered in X), B and C": the "including" phrase of
    the verb, of its object or of its subject."""
    holders = {v.i} | {c.i for c in v.children if c.dep_ in ("dobj", "nsubjpass")}
    inc = next((t for t in sent[v.i - sent.start + 1:] if t.lower_ == "including" and t.head.i in holders), None)
    return _items_after(ctx, inc.i + 1, sent.end) if inc is not None else []


def _shared_subject(ctx, v, phrase_args) -> list:
    """"X is listed in the Annex and is sanctioned by the UN and the EU": a passive designation with
    its own agent, coordinated with a verb whose passive subject it shares."""
    if v.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in v.children) or not any(
            c.dep_ == "agent" for c in v.children) or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    return [a for c in v.head.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]


def _stray_objects(ctx, v) -> list:
    """"sanctioned A for ..., and B (B) for ...": names attached to the verb as ``dep`` after its "and"."""
    from .relations import Arg

    if not any(c.dep_ == "dobj" for c in v.children):
        return []
    ccs = [c.i for c in v.children if c.dep_ == "cc" and c.i > v.i]
    if not ccs:
        return []
    out = []
    for c in v.children:
        if c.dep_ in ("dep", "npadvmod", "conj") and c.i > min(ccs) and c.pos_ == "PROPN":
            m = ctx.index.get(c.i)
            if m is not None and m.actor.type in _DESIGNEE_TYPES:
                out.append(Arg(m.actor, c))
    return out


_DESIGNATE_STEMS = re.compile(r"designat|sanction|blacklist|target|block|identif|declar", re.IGNORECASE)


def doc_mentions_any(doc, key: str, pattern) -> bool:
    """Whether the document text matches ``pattern`` (searched once per document, remembered in
    ``doc.user_data``): the cheap gate of the rules that read whole sentences."""
    known = doc.user_data.setdefault("graphbuild.gates", {})
    if key not in known:
        known[key] = pattern.search(doc_text(doc)) is not None
    return known[key]


def _bare_gerund(v, sent) -> bool:
    """A line that opens with a gerund and has no subject ("Sanctioning X for ...")."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    return (first is not None and first.i == v.i and v.tag_ == "VBG" and v.dep_ == "ROOT"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children))


def listing_candidates(sent, ctx) -> list:
    """Designations of listed names the verb patterns miss (see the module docstring).

    Args:
        sent: One sentence ``Span``.
        ctx: The extraction :class:`~graphbuild.relations.Context`.

    Returns:
        ``designates`` candidates, subject the verb's subject (the issuing state for an agentless
        passive), one per listed designee.
    """
    from .arguments import _passive, phrase_args, verb_subjects
    from .relations import Arg, Candidate

    if not doc_mentions_any(sent.doc, "listings", _DESIGNATE_STEMS):
        return []  # one scan of the text per document: no designation verb, nothing to read
    verbs = [t for t in sent if t.lemma_ in _DESIGNATE_LEMMAS and t.pos_ == "VERB"]
    if not verbs:
        return []
    out = []
    for v in verbs:
        if v.lemma_ in ("target", "block", "identify") and not any(
                w in sent.text.lower() for w in ("sanction", "designat", "ofac", "e.o.", "treasury")):
            continue
        if v.lemma_ == "declare" and "terrorist" not in sent.text.lower():
            continue
        if _bare_gerund(v, sent) and ctx.first_person(None) is not None:
            # a line of a government's list of its own acts: "Designating the X gang as a terrorist group"
            issuer = Arg(ctx.first_person(None), None, True, "issuer")
            objs = [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
            out += [Candidate("designates", issuer, o, v, "default-agent", 0) for o in objs
                    if o.actor.id != issuer.actor.id and o.actor.type in _DESIGNEE_TYPES]
            continue
        objs = _colon_items(ctx, v, sent) + _including_items(ctx, v, sent) + _stray_objects(ctx, v)
        objs += _copula_items(ctx, v, sent)
        objs += _shared_subject(ctx, v, phrase_args)
        if not objs:
            continue
        # "the individuals designated today ...: A, B": a participle is a passive without agent
        passive = _passive(v) or (v.dep_ == "acl" and v.tag_ == "VBN")
        subs, hops = verb_subjects(ctx, v) if not (v.dep_ == "acl" and v.tag_ == "VBN") else ([], 0)
        kind = "passive" if passive else "verb"
        if not subs and passive:
            issuer = ctx.memory.designator or (
                Arg(ctx.first_person(None), None, True, "issuer") if ctx.first_person(None) is not None else None)
            subs, kind = ([issuer], "default-agent") if issuer is not None else ([], kind)
        for s in subs:
            for o in objs:
                if s.actor.id != o.actor.id:
                    out.append(Candidate("designates", s, o, v, kind, hops))
    return out


def designator_climb(cand) -> bool:
    """A support relation whose subject was found by climbing from inside a designation up to its
    designator ("X was designated by OFAC ... and providing support to Y", "Treasury sanctioned A;
    issued an alert ... identifying funding streams supporting Y"): the support is the designee's,
    never the designating state's.

    Args:
        cand: A :class:`~graphbuild.relations.Candidate`.

    Returns:
        True when the subject is the subject or agent of a designation verb above the trigger, the
        way up passing a participle, a clause of a noun or a preposition, or the trigger being a
        gerund coordinated with a passive designation.
    """
    if cand.relation != "cooperates" or cand.subject.token is None or cand.hops == 0:
        return False
    t = cand.subject.token
    for _ in range(6):  # from the name up to the verb it is the subject or agent of
        if t.dep_ in ("nsubj", "nsubjpass") or t.head.i == t.i:
            break
        if t.dep_ == "pobj" and t.head.dep_ == "agent":
            t = t.head
            break
        t = t.head
    gov = t.head
    if t.dep_ not in ("nsubj", "agent") or gov.lemma_ not in _DESIGNATE_LEMMAS or gov.i == cand.trigger.i:
        return False
    path, x = [], cand.trigger
    for _ in range(12):
        if x.i == gov.i:
            break
        path.append(x)
        if x.head.i == x.i:
            return False
        x = x.head
    else:
        return False
    if x.i != gov.i:
        return False
    if any(p.dep_ in ("pcomp", "acl", "relcl") for p in path):
        return True
    top = path[-1] if path else None  # the word right under the designation verb
    return top is not None and top.tag_ == "VBG" and top.dep_ == "conj" and t.dep_ == "agent"


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
                     if t.tag_ in ("NNS", "NNPS") and (t.lemma_ in _PERSON_LIST_NOUNS or t.lemma_ in _ORG_LIST_NOUNS)), None)
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
    brackets = list(_ID_BRACKET.finditer(text))
    commas = list(_COMMA_ALIAS.finditer(text))
    if not brackets and not commas:
        return tuple(mentions)
    out = list(mentions)

    def owner_before(pos: int):
        return next((m for m in reversed(out) if m.end <= pos and not text[m.end:pos].strip(" ,")), None)

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
