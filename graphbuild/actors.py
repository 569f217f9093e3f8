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
from .names import actor_slug, canonical_label, ner_actor_id
from .prose import is_prose, non_prose_spans
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
    def __init__(self, doc, gaz):
        self.doc, self.gaz = doc, gaz
        self.lex = load_lexicon()
        self.cands: list[list] = []  # [start, end, actor, priority, kind]
        self.persons: dict[str, Actor] = {}
        self.sent_starts = ([t.i for t in doc if t.is_sent_start]
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

    # -- persons -------------------------------------------------------------------------------
    def _name_token(self, t) -> bool:
        taken = any(c[0] <= t.i < c[1] and c[2].type != "Person" for c in self.cands)
        particle = re.match(r"^(?:al|el|ad|as|bin|ibn|abu|abd)(?:-|$)", t.text) is not None or (
            t.text in ("-", "‐") and 0 < t.i < len(t.doc) - 1 and t.doc[t.i + 1].pos_ == "PROPN")
        return (t.pos_ == "PROPN" and (t.text[:1].isupper() or particle) and not taken
                and t.lower_ not in self.lex.role_words and t.lower_ not in self.lex.government_nouns)

    def namesakes(self):
        """A known person's name inside a longer personal name is another person: "Muhammad Hadi
        al-Anizi" is not President Hadi. The longer name becomes a person of its own."""
        doc = self.doc
        for c in [c for c in self.cands if c[4] == "gazetteer" and c[2].type == "Person" and c[1] - c[0] == 1]:
            s, e = c[0], c[1]
            words = {doc[s].lower_}  # a name repeated in a run-in heading ends the run
            while s > 0 and self._name_token(doc[s - 1]) and doc[s - 1].lower_ not in words:
                s -= 1
                words.add(doc[s].lower_)
            while e < len(doc) and self._name_token(doc[e]) and doc[e].lower_ not in words:
                words.add(doc[e].lower_)
                e += 1
            if (s, e) == (c[0], c[1]) or self.lookup(doc[s:e].text) is not None:
                continue
            named = any(t.ent_type_ == "PERSON" for t in doc[s:e] if not c[0] <= t.i < c[1]) or \
                any(re.match(r"^(?:al|el|bin|ibn|abu|abd)\b", t.lower_) for t in doc[s:e])
            if not named:
                continue  # "Trump Tower", a headline in title case
            text = doc[s:e].text
            self.cands = [x for x in self.cands if not (x[2].type == "Person" and s <= x[0] and x[1] <= e)]
            self.add(s, e, Actor(ner_actor_id(text), canonical_label(text), "Person"), 4, "person")

    def resolve_persons(self):
        """Give NER persons their role and the actor they act for; bare surnames to full names."""
        full: dict[str, Actor] = {}  # surname -> person (multi-token names)
        first: dict[str, dict] = {}  # first word -> persons ("Zheng" of "Zheng Zeguang")
        person_cands = [c for c in self.cands if c[4] == "person" or c[2].type == "Person"]
        for c in person_cands:
            s, e, actor = c[0], c[1], c[2]
            if actor.id.startswith("ner-"):
                role, boss = self.role_of(s, e)
                if boss is not None or role is not None:
                    known = self.persons.get(actor.id)
                    if known is None or known.acts_for is None:
                        self.persons[actor.id] = Actor(actor.id, actor.label, "Person",
                                                       acts_for=boss.id if boss else None,
                                                       role=role)
            if e - s > 1:
                full.setdefault(self.doc[e - 1].text, self.persons.get(actor.id, actor))
                if actor.id.startswith("ner-") and self.doc[s].is_title:
                    first.setdefault(self.doc[s].text, {})[actor.id] = actor
        for c in person_cands:
            s, e, actor = c[0], c[1], c[2]
            if not actor.id.startswith("ner-"):
                # a bare surname is the full name used in this document before a famous namesake
                target = full.get(self.doc[s].text) if e - s == 1 else None
                if target is not None and target.id != actor.id and c[4] == "gazetteer":
                    c[2], c[4] = self.persons.get(target.id, target), "person"
                continue
            word = self.doc[s].text
            if e - s == 1 and word in full and not self._inside_name(self.doc[s]):
                target = full[word]
                c[2] = self.persons.get(target.id, target)
            elif e - s == 1 and len(first.get(word, ())) == 1 and not self._inside_name(self.doc[s]):
                # a family name written first ("Zheng Zeguang" ... "Zheng said"): the one such person
                target = next(iter(first[word].values()))
                c[2] = self.persons.get(target.id, target)
            else:
                c[2] = self.persons.get(actor.id, actor)
        # a surname NER missed ("Al-Anizi is based in Kuwait"): the person named before it
        lower_full = {k.lower(): v for k, v in full.items() if len(k) > 3}
        doc = self.doc
        for t in doc:
            if t.pos_ == "PROPN" and t.lower_ in lower_full and not any(c[0] <= t.i < c[1] for c in self.cands) \
                    and not self._inside_name(t):
                target = lower_full[t.lower_]
                self.add(t.i, t.i + 1, self.persons.get(target.id, target), 3, "person")
        # NER sometimes labels a bare surname ORG or GPE ("Azar said"): the person named before
        for c in self.cands:
            if c[4] == "ner" and c[1] - c[0] == 1 and self.doc[c[0]].text in full \
                    and not self._inside_name(self.doc[c[0]]):
                target = full[self.doc[c[0]].text]
                c[2], c[4] = self.persons.get(target.id, target), "person"

    def _inside_name(self, t) -> bool:
        """A capitalized name word next to the token: it is part of another name ("Ansarul Islam")."""
        doc, words = self.doc, self.lex.role_words
        return any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
                   and doc[j].lower_ not in words and doc[j].lower_.removesuffix("s") not in words
                   and not doc[j].text.endswith(".") and doc[j].ent_type_ != "PERSON"
                   for j in (t.i - 1, t.i + 1))

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

    def acting(self, actor: Actor | None) -> Actor | None:
        if actor is None:
            return None
        if actor.type == "Person":
            boss = actor.acts_for and (self.gaz_actor(actor.acts_for) or self.persons.get(actor.acts_for))
            return boss or None
        return None if actor.type == "Place" else actor

    def role_of(self, s, e) -> tuple[str | None, Actor | None]:
        """Role and acting-for actor of the person at tokens s:e, from its left or apposition."""
        doc = self.doc
        sent_start = self.sent_starts[max(0, bisect_right(self.sent_starts, s) - 1)]
        # left: "<actor> ['s] <role words> NAME"
        roles, boss, i = [], None, s - 1
        while i >= max(sent_start, s - 8):
            tok = doc[i]
            actor = self.actor_at(i)
            if actor is None and roles and tok.text in (self.lex.party_states or {}):
                actor = self.gaz_actor(self.lex.party_states[tok.text])  # "Democratic Senator X"
            if actor is not None:
                if roles:
                    boss = self.acting(actor)
                break
            low = tok.lower_
            if low in self.lex.role_words or low.rstrip("s") in self.lex.role_words:
                roles.insert(0, tok)
            elif low in {"’s", "'s", "of", "for", "-", "top", "then", "former", "acting", "senior",
                         "deputy", "foreign", "press", "defense", "defence", "interior", "prime",
                         "presidential", "political", "army", "military", "national", "security",
                         "chief", "state", "affairs", "finance", "intelligence", "the", "vice"}:
                roles.insert(0, tok) if low not in {"’s", "'s", "the", "-"} else None
            elif tok.is_title and tok.pos_ in {"PROPN", "NOUN", "ADJ"} and not tok.ent_type_:
                roles.insert(0, tok)
            else:
                break
            i -= 1
        words = self.lex.role_words
        role_words = [t for t in roles if t.lower_ in words or t.lower_.rstrip("s") in words]
        while roles and (roles[0].lower_ in {"of", "for"} or "." in roles[0].text):
            roles.pop(0)
        roles = [t for t in roles if "." not in t.text]
        role = " ".join(t.lower_ for t in roles) if role_words and roles else None
        if role is None:
            boss = None
        if role is not None and boss is None and e + 1 < len(doc) and doc[e].lower_ == "of":
            # "Deputy Prime Minister Chrystia Freeland of Canada", "President Herzog of Israel"
            j = e + 2 if doc[e + 1].lower_ == "the" and e + 2 < len(doc) else e + 1
            right = self.actor_at(j)
            if right is not None and right.type in {"State", "Organization", "ArmedGroup", "GovernmentOrgan"}:
                boss = self.acting(right)
        if boss is None:
            r2, b2 = self.apposition_role(e)
            if b2 is None and self.doc.has_annotation("DEP"):
                r2, b2 = self.left_apposition_role(s, e) if b2 is None else (r2, b2)
            if b2 is not None or (role is None and r2 is not None):
                return (role or r2) if b2 is not None and r2 is None else r2, b2
        return role, boss

    def apposition_role(self, e) -> tuple[str | None, Actor | None]:
        """", the Kremlin spokesman," / ", the head of the X agency"."""
        doc = self.doc
        if e + 2 >= len(doc) or doc[e].text != ",":
            return None, None
        j, stop = e + 1, min(len(doc), e + 14)
        if doc[j].lower_ not in {"the", "a", "an"} and not doc[j].is_title and not doc[j].is_upper \
                and doc[j].lower_ not in self.lex.role_words:
            return None, None  # ", OFAC Director," starts with an acronym; ", chairman of X,"
        boss, words, last_role = None, [], None
        while j < stop:
            tok = doc[j]
            if tok.text in {",", ".", ";", "(", ")", "—", "–"} or tok.pos_ in {"VERB", "AUX"} \
                    or tok.lower_ in {"who", "which", "said", "says", "in", "on", "at"}:
                break
            actor = self.actor_at(j)
            if actor is not None and actor.type != "Person":
                boss = boss or self.acting(actor)
                if last_role is not None:
                    break
                words = []
            elif tok.lower_ in {"the", "a", "an", "’s", "'s", "for", "of"}:
                if last_role is not None and tok.lower_ in {"for", "of"}:
                    j += 1
                    continue
                words = [] if last_role is None else words
            elif tok.is_alpha and (last_role is None or tok.is_lower):
                words.append(tok.lower_)
                if tok.lower_ in self.lex.role_words:
                    last_role = len(words)
            j += 1
        role = " ".join(words[:last_role]) if last_role else None
        return (role, boss) if role else (None, None)

    def left_apposition_role(self, s, e) -> tuple[str | None, Actor | None]:
        """"A spokesman for the Pakistani army, Major General X, said": the name is an apposition."""
        doc = self.doc
        root = doc[s:e].root
        head = root.head
        if root.dep_ != "appos" or head.i >= s or head.lower_ not in self.lex.role_words:
            return None, None
        for t in head.subtree:
            if s <= t.i < e:
                continue
            actor = self.actor_at(t.i)
            if actor is not None and actor.type != "Person":
                return head.lower_, self.acting(actor)
        return None, None

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
    return [(sent.start, sent.end) for sent in doc.sents if not is_prose(sent)]


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
    finder.namesakes()
    finder.resolve_persons()
    resolve_bracketed_names(finder)
    resolve_short_forms(finder)
    find_member_groups(finder)
    find_government_nouns(finder)
    spans = finder.resolve()
    bad_sents = _sentence_prose(doc) or []
    text = doc.text
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
