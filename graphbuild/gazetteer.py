"""The curated actor gazetteer: canonical actors and their surface forms, kept as data.

The data lives in ``graphbuild/data/actors/*.yaml`` (one file per kind of actor; read and checked by
:mod:`graphbuild.actorfiles`). Each actor
has an ``id`` (the actor IRI is derived from it), a ``label``, a ``type`` (one of
``ACTOR_TYPES``), an optional ``wikidata`` id, and lists of ``aliases``, ``demonyms`` and
``metonyms``; ``organs`` (type ``GovernmentOrgan``) and ``persons`` (type ``Person``) nested
under an actor become actors of their own that act for it.

Surface forms are matched after :func:`normalize_surface`: a leading "the", case, accents, curly
quotes, dots in acronyms (``U.S.`` = ``US``), hyphen/dash/space variants, a trailing possessive
and trailing punctuation are ignored. Some forms are matched **case-sensitively** so that the pronoun
"us" is not the United States, "china" is not China and "turkey" is not Turkey: every
**single-word** form (``US``, ``U.S.``, ``IS``, ``LeT``, ``Xi``, ``Abe``, ``Harris``, ``Kremlin``,
``Russian``) is case-sensitive, and so is any form the actor lists under ``case_sensitive``.
Forms of several words or hyphenated parts (``Islamic State``, ``al-Qaeda``, ``ISIS-K``) are
matched in any case. Give all-capital spellings (``HAMAS``) as aliases where sources use them.

For every state the loader also derives "government of <Label>", "<Label> government",
"<Demonym> government" and "<Demonym> regime" as aliases, and for every organ named
"<Demonym> <Organ>" also "<Label>'s <Organ>" and "<Organ> of <Label>" ("Russia's Foreign
Ministry", "Foreign Ministry of Russia").

An organ or person normally counts for the actor it acts for: "OFAC designated X" is an edge of
the United States. An actor marked ``own_name: true`` acts in its own name instead (the IRGC and
its Qods Force are designated, sanctioned and supported as themselves): edges name it, and its
``acts_for`` link stays in the graph (:meth:`Gazetteer.edge_actor`).

Examples:
    >>> gaz = load_gazetteer()
    >>> gaz.lookup("the Kremlin").id
    'russia'
    >>> gaz.lookup("us") is None, gaz.lookup("US").id
    (True, 'united-states')
    >>> gaz.demonym("Russian").id
    'russia'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import GraphbuildError
from .statement import Actor

__all__ = ["KINDS", "Entry", "Gazetteer", "default_paths", "load_gazetteer", "normalize_surface", "in_office"]

#: The kinds of surface form an :class:`Entry` can be.
KINDS = ("name", "alias", "demonym", "metonym")
_ACTOR_KEYS = {"id", "label", "type", "wikidata", "aliases", "demonyms", "metonyms", "organs",
               "persons", "case_sensitive", "acts_for", "role", "note", "own_name"}
_SUB_KEYS = {"id", "label", "wikidata", "aliases", "case_sensitive", "role", "note", "organs",
             "persons", "own_name", "in_office"}
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")
_DATE_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_TERM_RE = re.compile(r"^\d{4}-\d{2}-\d{2}/(?:\d{4}-\d{2}-\d{2})?$")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"'})
_DASHES = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]+")
_ACRONYM_DOT = re.compile(r"(?<![A-Za-z])([A-Za-z])\.")
_TRAILING = re.compile(r"[\s.,;:!?\"')\]}]+$")
_LEADING = re.compile(r"^[\s\"'(\[{]+")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$", re.IGNORECASE)


@lru_cache(maxsize=65536)  # asked for every entity of every document: names repeat
def normalize_surface(text: str, case_sensitive: bool = False) -> str:
    """The key a surface form is matched by.

    Args:
        text: A name as written.
        case_sensitive: Keep the case (for forms such as ``US`` that must not match ``us``).

    Returns:
        The normalized key.

    Examples:
        >>> normalize_surface("The Kremlin's")
        'kremlin'
        >>> normalize_surface("U.S.", case_sensitive=True)
        'US'
        >>> normalize_surface("Islamic State \u2013 Khorasan Province")
        'islamic state khorasan province'
        >>> normalize_surface("al-Qaeda") == normalize_surface("Al Qaeda")
        True
        >>> normalize_surface("Erdo\u011fan")
        'erdogan'
    """
    s = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _ACRONYM_DOT.sub(r"\1", s)
    s = _TRAILING.sub("", _LEADING.sub("", s))
    s = _POSSESSIVE.sub("", s)
    s = _DASHES.sub(" ", s)
    s = " ".join(s.split())
    s = _THE.sub("", s)
    return s if case_sensitive else s.lower()


def _is_case_sensitive(text: str, listed: frozenset[str]) -> bool:
    """Single-word forms, and forms the data lists, match only with their exact case."""
    word = _THE.sub("", text.strip())
    return text in listed or not (" " in word or _DASHES.search(word))


@dataclass(frozen=True)
class Entry:
    """One surface form of an actor.

    Attributes:
        text: The form as written in the data.
        actor_id: The actor it names.
        kind: ``name`` (the label), ``alias``, ``demonym`` or ``metonym``.
        case_sensitive: Match only with this exact case.
    """

    text: str
    actor_id: str
    kind: str
    case_sensitive: bool


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Canonical actors and the surface forms that name them (build with :func:`load_gazetteer`)."""

    actors: Mapping[str, Actor]
    entries: tuple[Entry, ...]
    own_name: frozenset[str] = frozenset()
    #: person id -> its terms of office (ISO ``(start, end)``, end ``""`` while in office): outside
    #: them the person acts for no one (``in_office`` in the data)
    terms: Mapping[str, tuple] = field(default_factory=dict)
    _cs: Mapping[str, Entry] = field(default_factory=dict, repr=False)
    _ci: Mapping[str, Entry] = field(default_factory=dict, repr=False)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)  # surface -> entry of entry()

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id; raises ``GraphbuildError`` for an unknown id."""
        try:
            return self.actors[actor_id]
        except KeyError:
            raise GraphbuildError(f"unknown actor id {actor_id!r}; add it to "
                                  "graphbuild/data/actors/*.yaml") from None

    def edge_actor(self, actor: Actor, actors: Mapping[str, Actor] | None = None) -> Actor:
        """The actor an edge names for ``actor``: follow ``acts_for`` up to an actor that acts in
        its own name (``own_name`` in the data) or has no ``acts_for``.

        Args:
            actor: Any actor.
            actors: Further actors to look ids up in (e.g. NER persons of one document).

        Examples:
            >>> gaz = load_gazetteer()
            >>> gaz.edge_actor(gaz.lookup("OFAC")).id, gaz.edge_actor(gaz.lookup("IRGC")).id
            ('united-states', 'irgc')
            >>> gaz.edge_actor(gaz.lookup("Qods Force")).id, gaz.lookup("Qods Force").acts_for
            ('irgc-quds-force', 'irgc')
        """
        extra = actors or {}
        seen = {actor.id}
        while actor.acts_for and actor.id not in self.own_name and actor.acts_for not in seen:
            nxt = extra.get(actor.acts_for) or self.actors.get(actor.acts_for)
            if nxt is None:
                break
            seen.add(nxt.id)
            actor = nxt
        return actor

    def entry(self, surface: str) -> Entry | None:
        """The gazetteer entry a surface form matches (its ``kind`` says how), or ``None``.

        Plural demonyms ("Pakistanis") match their demonym. Answers are remembered (names recur on
        every page; the memory is emptied past 50,000 names, so it stays bounded on a corpus).
        """
        if surface in self._memo:
            return self._memo[surface]
        if len(self._memo) > 50_000:
            self._memo.clear()
        hit = self._memo[surface] = self._entry(surface)
        return hit

    def _entry(self, surface: str) -> Entry | None:
        for index, key in ((self._cs, normalize_surface(surface, case_sensitive=True)),
                           (self._ci, normalize_surface(surface))):
            hit = index.get(key)
            if hit is None and key.endswith("s"):
                plural_of = index.get(key[:-1])
                hit = plural_of if plural_of is not None and plural_of.kind == "demonym" else None
            if hit is not None:
                return hit
        return None

    def lookup(self, surface: str) -> Actor | None:
        """The actor a name, alias, metonym or demonym stands for, or ``None``.

        Examples:
            >>> gaz = load_gazetteer()
            >>> gaz.lookup("ISIS-K").id, gaz.lookup("Islamic State").id
            ('isis-k', 'isis')
            >>> gaz.lookup("OFAC").acts_for
            'united-states'
        """
        hit = self.entry(surface)
        return None if hit is None else self.actors[hit.actor_id]

    def demonym(self, word: str) -> Actor | None:
        """The actor a demonym ("Russian", "Afghans") refers to, or ``None``."""
        hit = self.entry(word)
        return self.actors[hit.actor_id] if hit is not None and hit.kind == "demonym" else None

    def ruler_patterns(self, include_demonyms: bool = False) -> list[dict]:
        """Token patterns for spaCy's ``span_ruler`` / ``entity_ruler``.

        Each pattern is ``{"label": <actor type>, "pattern": [token dicts], "id": <actor id>}``,
        tokenized with ``spacy.blank("en")``; case-sensitive forms use ``ORTH``, the others
        ``LOWER``; hyphens match any dash, and hyphenated forms also match with spaces.

        Args:
            include_demonyms: Also give patterns for demonyms (adjectives such as "Russian").
        """
        return [dict(p, pattern=list(p["pattern"]))
                for p in _patterns(self, include_demonyms)]


_DASH_TOKENS = ["-", "\u2010", "\u2011", "\u2013", "\u2014"]
_APOS = {"'s": ["'s", "\u2019s"], "'": ["'", "\u2019"]}


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def _token_variants(text: str) -> list[list[str]]:
    """Token lists a form is matched as: as written, with dashes as spaces, and with a straight
    apostrophe inside a word written curly ("Jama'at" and "Jama’at" tokenize alike).

    Examples:
        >>> _token_variants("Jama'at Nusrat")
        [["Jama'at", 'Nusrat'], ['Jama’at', 'Nusrat']]
    """
    tok = _tokenizer()
    words = [t.text for t in tok(text)]
    variants = [words]
    if any(_DASHES.fullmatch(w) for w in words):
        variants.append([t.text for t in tok(_DASHES.sub(" ", text))])
    for words in list(variants):
        if any("'" in w[1:-1] for w in words):
            variants.append([w[:1] + w[1:-1].replace("'", "\u2019") + w[-1:] if len(w) > 2 else w
                             for w in words])
    return variants


@lru_cache(maxsize=8)
def _patterns(gaz: Gazetteer, include_demonyms: bool) -> tuple[dict, ...]:
    out, seen = [], set()
    for e in gaz.entries:
        if e.kind == "demonym" and not include_demonyms:
            continue
        actor = gaz.actors[e.actor_id]
        for words in _token_variants(e.text):
            if words and words[0].lower() == "the" and len(words) > 1 and not (
                    len(words) == 2 and actor.type == "Organization"):
                words = words[1:]  # but "The Guardian" needs its "the": "Operation Prosperity Guardian"
            key = (e.actor_id, tuple(words if e.case_sensitive else [w.lower() for w in words]))
            if key in seen:
                continue
            seen.add(key)
            pattern = []
            for w in words:
                if w.lower() == "the" and not pattern:
                    pattern.append({"LOWER": "the"})
                elif _DASHES.fullmatch(w):
                    pattern.append({"ORTH": {"IN": _DASH_TOKENS}})
                elif w.translate(_QUOTES).lower() in _APOS:
                    pattern.append({"LOWER": {"IN": _APOS[w.translate(_QUOTES).lower()]}})
                elif e.case_sensitive:
                    pattern.append({"ORTH": w})
                else:
                    pattern.append({"LOWER": w.lower()})
            out.append({"label": actor.type, "pattern": pattern, "id": e.actor_id})
    return tuple(out)


def default_paths() -> list[Path]:
    """The packaged data files, ``graphbuild/data/actors/*.yaml``, in name order."""
    return list(_default_paths())


@lru_cache(maxsize=1)
def _default_paths() -> tuple[Path, ...]:
    from importlib.resources import files

    folder = files("graphbuild") / "data" / "actors"
    return tuple(sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".yaml")))


def load_gazetteer(paths: Iterable[Path] | None = None) -> Gazetteer:
    """Load and validate the gazetteer (cached: the same paths give the same object).

    Args:
        paths: YAML files to read; default :func:`default_paths`.

    Returns:
        The gazetteer.

    Raises:
        GraphbuildError: A file is missing or malformed, an id or Wikidata id is duplicated, a
            type or Wikidata id is invalid, or one surface form is given to two different actors.
    """
    from .actorfiles import load_files

    if paths is None:  # the common case, asked for many times a document
        return load_files(_default_key())
    return load_files(tuple(str(Path(p)) for p in paths))


@lru_cache(maxsize=1)
def _default_key() -> tuple[str, ...]:
    return tuple(str(p) for p in _default_paths())


def in_office(terms, date: str | None) -> bool:
    """Whether a date (ISO, or a year or month) falls in one of a person's terms of office; with no
    terms or no date, True.

    Examples:
        >>> t = (("2017-01-20", "2021-01-20"), ("2025-01-20", ""))
        >>> in_office(t, "2005"), in_office(t, "2018-03-01"), in_office(t, "2026-01"), in_office(t, None)
        (False, True, True, True)
    """
    m = _DATE_RE.match(date or "")
    if not terms or not m:
        return True
    d = m.group(0)
    return any(start[:len(d)] <= d <= (end or "9999-12-31")[:len(d)] for start, end in terms)
