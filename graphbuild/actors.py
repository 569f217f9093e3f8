"""Finding actor mentions in a parsed ``Doc`` and resolving each to one canonical :class:`Actor`.

Sources of mentions, in order of trust:

1. Gazetteer matches (the ``actor_ruler`` added by :func:`graphbuild.nlp.load_pipeline`, or a
   gazetteer lookup of an NER entity): names, aliases, metonyms (Kremlin, Beijing) and organs.
2. Persons: gazetteer persons, and NER persons with a role pattern ("Russian President X",
   "Taliban spokesman X", "X, the Kremlin spokesman", "Iran's foreign minister X") become
   ``Person`` actors acting for that actor; a later bare surname resolves to the same person.
3. Demonym or state plus a government noun ("Iranian officials", "U.S. officials", "the government
   of Ukraine") resolve to the state; "Taliban leaders" extends the Taliban mention.
4. Other NER entities are kept with a type and a deterministic id (``ner-`` + slug): ORG as
   ``Organization`` (``ArmedGroup`` when the context says militant, terrorist or rebel group),
   GPE/LOC/FAC as ``Place``, PERSON as ``Person``. Credits, social networks and bare adjectives
   ("Islamic") are dropped. News agencies (Reuters, Tass ...) are kept as ``Organization``
   because reported speech is attributed to them, but they are sources, not actors of politics:
   :func:`is_news_source` tells them apart so relation extraction can skip them.
5. Coreference (:mod:`graphbuild.coref`): "the group", "the militants", pronouns.

Short forms: an abbreviation in brackets after a name ("North American Aerospace Defense Command
(NORAD)", "Government of the Russian Federation (GoR)") and a short name or nickname in brackets
after a person's full name are that actor wherever they recur. A demonym before a noun for firms
or designated parties ("Chinese banks", ``member_nouns``) is an actor of its own, not the state; a
party word before a title ("Democratic Senator X", ``party_states``) gives the person's state.
Names inside a quoted executive-order title are no mentions.

Mentions in captions, credits, bylines and boilerplate (:mod:`graphbuild.prose`) are dropped.

The rules live in small modules, run in this order by :func:`find_mentions`:
:mod:`graphbuild.entities` (1, 4), :mod:`graphbuild.persons` (2), :mod:`graphbuild.shortforms`
(short forms), :mod:`graphbuild.demonyms` (3, member groups); the word lists are
:mod:`graphbuild.lexicon`, names and ids :mod:`graphbuild.names`.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .demonyms import find_government_nouns, find_member_groups
from .entities import find_entities
from .lexicon import Lexicon, is_news_source, load_lexicon
from .names import actor_slug, ner_actor_id
from .persons import find_namesakes, resolve_persons
from .prose import doc_text, is_prose, non_prose_spans
from .sentences import sentences
from .shortforms import abbreviates as _abbreviates  # noqa: F401 (tests import it from here)
from .shortforms import resolve_bracketed_names, resolve_short_forms
from .statement import Actor, Mention

__all__ = [
    "find_mentions", "mention_for_token", "acting_actor", "actor_slug", "ner_actor_id",
    "is_news_source", "coref_enabled", "load_lexicon", "Lexicon",
]


def coref_enabled(doc=None) -> bool:
    """Whether coreference runs: the pipeline's setting on the doc, else ``GRAPHBUILD_COREF``."""
    if doc is not None and "graphbuild.coref" in doc.user_data:
        return bool(doc.user_data["graphbuild.coref"])
    return os.environ.get("GRAPHBUILD_COREF", "1").strip().lower() not in {"0", "false", "no", "off"}


@lru_cache(maxsize=1)
def _default_gazetteer():
    from .gazetteer import load_gazetteer

    return load_gazetteer()


# ---------------------------------------------------------------------------------------------
# candidate spans: (start_token, end_token, actor, priority); higher priority wins overlaps


class _Finder:
    """The candidate spans of one ``Doc`` and what the steps of :func:`find_mentions` share.

    The steps live in :mod:`graphbuild.entities`, :mod:`graphbuild.persons`,
    :mod:`graphbuild.shortforms` and :mod:`graphbuild.demonyms`; each takes this object and
    adds or rewrites ``cands`` in place.
    """

    def __init__(self, doc, gaz):
        self.doc, self.gaz = doc, gaz
        self.lex = load_lexicon()
        self.cands: list[list] = []  # [start, end, actor, priority, kind]
        self.persons: dict[str, Actor] = {}
        self.sent_starts = (((doc.to_array("SENT_START") == 1).nonzero()[0].tolist() if len(doc) else [])
                            if doc.has_annotation("SENT_START") else [0])

    # -- helpers ------------------------------------------------------------------------------
    def lookup(self, text: str) -> Actor | None:
        try:
            return self.gaz.lookup(text)
        except Exception:  # a malformed surface must not stop extraction
            return None

    def gaz_actor(self, actor_id: str) -> Actor | None:
        return self.gaz.actors.get(actor_id)

    def add(self, start, end, actor, priority, kind):
        if end > start and actor is not None:
            self.cands.append([start, end, actor, priority, kind])

    def actor_at(self, i) -> Actor | None:
        for c in self.cands:
            if c[0] <= i < c[1]:
                return c[2]
        tok = self.doc[i]
        if tok.is_title or tok.is_upper:
            entry = self.gaz.entry(tok.text)
            if entry is not None and entry.kind == "demonym":
                return self.gaz_actor(entry.actor_id)
        return None

    # -- result -----------------------------------------------------------------------------------
    def resolve(self) -> list[tuple[int, int, Actor]]:
        chosen: list[list] = []
        taken: set[int] = set()
        for c in sorted(self.cands, key=lambda c: (-c[3], -(c[1] - c[0]), c[0])):
            span = range(c[0], c[1])
            if any(i in taken for i in span):
                continue
            taken.update(span)
            chosen.append(c)
        return sorted(((c[0], c[1], c[2]) for c in chosen), key=lambda x: x[0])


_ORDER_TITLE = re.compile(r"(?:\bE\.\s?O\.|\bExecutive Order)\s*\d+[^\u201c\u201d\".;]{0,40}?"
                          r"[\u201c\"]([^\u201d\"]{5,300})[\u201d\"]")


def _order_titles(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted executive-order titles ("E.O. 13582, “Blocking Property of the
    Government of Syria ...”"): names in them are part of a title, not actors of the sentence.

    Examples:
        >>> t = 'under E.O. 13582, \u201cBlocking Property of the Government of Syria\u201d, today.'
        >>> [t[s:e] for s, e in _order_titles(t)]
        ['Blocking Property of the Government of Syria']
        >>> _order_titles('Executive Order 14004 called for \u201cgender identity\u201d')
        []
    """
    out = []
    for m in _ORDER_TITLE.finditer(text):
        words = [w for w in m.group(1).split() if len(w) > 3]
        if words and sum(w[:1].isupper() for w in words) >= 0.6 * len(words):
            out.append(m.span(1))
    return out


def _sentence_prose(doc):
    if not doc.has_annotation("SENT_START"):
        return None
    return [(sent.start, sent.end) for sent in sentences(doc) if not is_prose(sent)]


def find_mentions(doc, *, gazetteer=None, coref: bool | None = None) -> tuple[Mention, ...]:
    """Every actor mention in a parsed ``Doc``, resolved to canonical actors, sorted by start.

    Args:
        doc: A ``Doc`` from :func:`graphbuild.nlp.load_pipeline` (or any ``Doc`` with entities).
        gazetteer: A :class:`graphbuild.gazetteer.Gazetteer`; default the packaged one.
        coref: Run coreference; default the pipeline's setting (``GRAPHBUILD_COREF=0`` disables).

    Returns:
        Non-overlapping mentions with character offsets into ``doc.text`` (end exclusive).
    """
    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    finder = _Finder(doc, gaz)
    find_entities(finder)
    find_namesakes(finder)
    resolve_persons(finder)
    resolve_bracketed_names(finder)
    resolve_short_forms(finder)
    find_member_groups(finder)
    find_government_nouns(finder)
    spans = titled_surnames(doc, namesake_towns(doc, finder.resolve()), gaz)
    bad_sents = _sentence_prose(doc) or []
    text = doc_text(doc)
    bad_chars = list(non_prose_spans(text)) + _order_titles(text)
    mentions = []
    for s, e, actor in spans:
        if any(bs <= s < be for bs, be in bad_sents):
            continue
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        if any(bs <= start and end <= be for bs, be in bad_chars):
            continue
        mentions.append(Mention(actor=actor, text=text[start:end], start=start, end=end))
    mentions = tuple(mentions)
    if coref if coref is not None else coref_enabled(doc):
        from .coref import resolve_coreference

        mentions = resolve_coreference(doc, mentions)
    return mentions


#: States and provinces named after a town ("East Palestine, Ohio", "Lebanon, Pennsylvania").
_SUBNATIONAL = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
    "Wisconsin", "Wyoming", "Ontario", "Quebec", "Manitoba", "Alberta", "Saskatchewan",
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.",
    "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.",
    "Va.", "Wis.", "Wyo.",
})
_TWO_WORD_SUBNATIONAL = frozenset({"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
                                   "North Dakota", "South Carolina", "South Dakota", "Rhode Island",
                                   "West Virginia", "British Columbia", "Nova Scotia", "New Brunswick"})
#: Words that make a state's name part of a town's name before it ("East Palestine", "New Lebanon").
_TOWN_PREFIXES = frozenset({"East", "West", "North", "South", "New", "Upper", "Lower", "Mount", "Port", "Fort",
                            "Lake", "Little"})


def _subnational_after(doc, end: int) -> bool:
    """Whether ", <a US state or Canadian province>" follows token ``end`` ("..., Ohio")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    one = doc[end + 1].text
    two = doc[end + 1:end + 3].text if end + 3 <= len(doc) else ""
    return one in _SUBNATIONAL or two in _TWO_WORD_SUBNATIONAL


def namesake_towns(doc, spans: list) -> list:
    """Mention spans without the states that only name a town: "East Palestine, Ohio" and "Lebanon,
    Pennsylvania" are towns, not Palestine and Lebanon; a town so named with a prefix ("East
    Palestine") is a town wherever the document repeats it. The town becomes a ``Place``.

    Args:
        doc: The parsed document.
        spans: ``(start, end, actor)`` token spans (:meth:`_Finder.resolve`).

    Returns:
        The spans, each such state replaced by a ``Place`` actor of the town's full name.
    """
    towns: set[str] = set()
    hits = []
    for k, (s, e, actor) in enumerate(spans):
        if actor.type != "State":
            continue
        prefix = s > 0 and doc[s - 1].text in _TOWN_PREFIXES and not doc[s - 1].is_sent_start
        if _subnational_after(doc, e):
            hits.append((k, s - 1 if prefix else s, e))
            if prefix:
                towns.add(doc[s - 1:e].text)
        elif prefix:
            hits.append((k, s - 1, e))
    out = list(spans)
    for k, s, e in hits:
        name = doc[s:e].text
        if s < spans[k][0] and name not in towns:
            continue  # "South Sudan"-like names are the gazetteer's; only a prefix seen with ", Ohio" counts
        out[k] = (s, e, Actor(ner_actor_id(name), name, "Place"))
    return out


#: Title words before a bare surname ("Under Secretary Nelson", "Ambassador Haley").
_TITLE_WORDS = frozenset({"under", "deputy", "assistant", "secretary", "ambassador", "director", "general", "gen.",
                          "president", "minister", "prime", "foreign", "defense", "defence", "treasury", "commander",
                          "adviser", "advisor", "envoy", "special", "senator", "sen.", "chancellor", "vice"})
_SURNAMES: dict = {}  # id of a gazetteer -> surname -> its persons with a role


def _gazetteer_surnames(gaz) -> dict:
    index = _SURNAMES.get(id(gaz))
    if index is None:
        index = {}
        for actor in getattr(gaz, "actors", {}).values():
            if actor.type == "Person" and actor.role and " " in actor.label:
                index.setdefault(actor.label.rsplit(" ", 1)[-1], []).append(actor)
        _SURNAMES[id(gaz)] = index
    return index


def titled_surnames(doc, spans: list, gaz) -> list:
    """Mention spans with a bare surname after a title ("Under Secretary Nelson", "Ambassador Haley")
    resolved to the one gazetteer person of that surname whose role has the title's last word; the
    text may never have given the full name. Other surnames are left as they are.

    Args:
        doc: The parsed document.
        spans: ``(start, end, actor)`` token spans.
        gaz: The gazetteer.

    Returns:
        The spans, such a surname's actor replaced by the gazetteer person.
    """
    index = _gazetteer_surnames(gaz)
    out = []
    for s, e, actor in spans:
        if actor.type == "Person" and actor.id.startswith("ner-") and e - s == 1 and doc[s].text in index:
            k = s
            while k > 0 and doc[k - 1].lower_ in _TITLE_WORDS and doc[k - 1].text[:1].isupper():
                k -= 1
            title = doc[s - 1].lower_.rstrip(".") if k < s else None
            found = [a for a in index[doc[s].text] if title and title in a.role.lower().split()]
            if len(found) == 1:
                actor = found[0]
        out.append((s, e, actor))
    return out


_LAST: list = [None, []]


def mention_for_token(mentions, token) -> Mention | None:
    """The mention covering a token (by character offsets), or ``None``.

    Args:
        mentions: Sorted, non-overlapping mentions, as :func:`find_mentions` returns them.
        token: A spaCy ``Token`` of the same ``Doc``.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Russia met the Taliban.")
        >>> ms = (Mention(Actor("russia", "Russia", "State"), "Russia", 0, 6),
        ...       Mention(Actor("taliban", "Taliban", "ArmedGroup"), "Taliban", 15, 22))
        >>> mention_for_token(ms, doc[3]).actor.id, mention_for_token(ms, doc[1])
        ('taliban', None)
    """
    if _LAST[0] is not mentions:
        starts = [m.start for m in mentions]
        if isinstance(mentions, tuple):  # immutable: the starts can be reused for the next token
            _LAST[0], _LAST[1] = mentions, starts
    else:
        starts = _LAST[1]
    k = bisect_right(starts, token.idx) - 1
    if k >= 0 and token.idx < mentions[k].end:
        return mentions[k]
    return None


def _actor_index(source) -> Mapping[str, Actor] | None:
    if source is None:
        return None
    if hasattr(source, "actors") and isinstance(getattr(source, "actors"), Mapping):
        return source.actors
    if isinstance(source, Mapping):
        return source
    if isinstance(source, Iterable):
        index = {}
        for item in source:
            actor = item.actor if isinstance(item, Mention) else item
            if isinstance(actor, Actor):
                index.setdefault(actor.id, actor)
        return index
    return None


def acting_actor(actor: Actor, gazetteer_or_actors=None) -> Actor:
    """The state or group a person or organ acts for (following ``acts_for``); itself otherwise.

    Args:
        actor: Any actor.
        gazetteer_or_actors: Where to look ids up: a ``Gazetteer``, a mapping id -> Actor, or an
            iterable of actors or mentions (e.g. the document's mentions, for NER actors). The
            packaged gazetteer is always consulted as well.

    Examples:
        >>> peskov = Actor("ner-dmitry-peskov", "Dmitry Peskov", "Person", acts_for="russia")
        >>> acting_actor(peskov, {"russia": Actor("russia", "Russia", "State")}).label
        'Russia'
    """
    index = _actor_index(gazetteer_or_actors) or {}
    current, seen = actor, {actor.id}
    while current.acts_for and current.acts_for not in seen:
        nxt = index.get(current.acts_for)
        if nxt is None:
            nxt = _default_gazetteer().actors.get(current.acts_for)
        if nxt is None:
            break
        seen.add(nxt.id)
        current = nxt
    return current
