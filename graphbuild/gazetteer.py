"""The curated actor gazetteer: canonical actors and their surface forms, kept as data.

The data lives in ``graphbuild/data/actors/*.yaml`` (one file per kind of actor). Each actor
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
from types import MappingProxyType

from .errors import GraphbuildError
from .namespace import ACTOR_TYPES
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
        try:
            return self._memo[surface]
        except KeyError:
            pass
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
            if words and words[0].lower() == "the" and len(words) > 1:
                words = words[1:]
            key = (e.actor_id, tuple(words if e.case_sensitive else [w.lower() for w in words]))
            if key in seen:
                continue
            seen.add(key)
            pattern = []
            for w in words:
                if _DASHES.fullmatch(w):
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
    if paths is None:  # the common case, asked for many times a document
        return _load(_default_key())
    return _load(tuple(str(Path(p)) for p in paths))


@lru_cache(maxsize=1)
def _default_key() -> tuple[str, ...]:
    return tuple(str(p) for p in _default_paths())


def _fail(path: str, where: str, message: str):
    raise GraphbuildError(f"{path}: {where}: {message}")


def _strings(path, where, value, key) -> list[str]:
    value = [] if value is None else value
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        _fail(path, where, f"{key!r} must be a list of non-empty strings")
    return value


def _organ_variants(texts: list[str], state: str, demonyms: tuple[str, ...]) -> list[tuple[str, str]]:
    """"Russia's Foreign Ministry" and "Foreign Ministry of Russia" from "Russian Foreign Ministry".

    Examples:
        >>> _organ_variants(["Russian Foreign Ministry"], "Russia", ("Russian",))
        [("Russia's Foreign Ministry", 'alias'), ('Foreign Ministry of Russia', 'alias')]
    """
    out = []
    for text in texts:
        for dem in demonyms:
            if text.startswith(dem + " ") and text[len(dem) + 1:][:1].isupper():
                rest = text[len(dem) + 1:]
                out += [(f"{state}'s {rest}", "alias"), (f"{rest} of {state}", "alias")]
    return out


class _Builder:
    def __init__(self):
        self.actors: dict[str, Actor] = {}
        self.origin: dict[str, str] = {}
        self.entries: list[Entry] = []
        self.keys: dict[tuple[bool, str], tuple[str, str, str]] = {}
        self.folded: dict[str, tuple[str, str, str, bool]] = {}
        self.qids: dict[str, str] = {}
        self.own_name: set[str] = set()
        self.terms: dict[str, tuple] = {}

    def add_actor(self, path, item, type_=None, acts_for=None, allowed=_ACTOR_KEYS, parent=None):
        where = f"actor {item.get('id', '?')!r}" if isinstance(item, dict) else "an item"
        if not isinstance(item, dict):
            _fail(path, where, "each actor must be a mapping with id, label and type")
        unknown = set(item) - allowed
        if unknown:
            _fail(path, where, f"unknown keys {sorted(unknown)}; allowed: {sorted(allowed)}")
        aid, label = item.get("id"), item.get("label")
        if not isinstance(aid, str) or not _ID_RE.match(aid):
            _fail(path, where, "'id' must be a lower-case slug such as 'united-states'")
        if not isinstance(label, str) or not label.strip():
            _fail(path, where, "'label' is required")
        if aid in self.actors:
            _fail(path, where, f"duplicate id, first defined in {self.origin[aid]}")
        type_ = type_ or item.get("type")
        if type_ not in ACTOR_TYPES:
            _fail(path, where, f"unknown type {type_!r}; expected one of {ACTOR_TYPES}")
        qid = item.get("wikidata")
        if qid is not None and (not isinstance(qid, str) or not _QID_RE.match(qid)):
            _fail(path, where, f"wikidata id {qid!r} must look like Q159")
        if qid is not None and qid in self.qids:
            _fail(path, where, f"wikidata id {qid} is also given to {self.qids[qid]!r}; "
                  "one Wikidata item is one actor")
        if qid is not None:
            self.qids[qid] = aid
        acts_for = acts_for or item.get("acts_for")
        role = item.get("role")
        self.actors[aid] = Actor(id=aid, label=label, type=type_, wikidata=qid,
                                 acts_for=acts_for, role=role)
        self.origin[aid] = path
        own = item.get("own_name", False)
        if not isinstance(own, bool):
            _fail(path, where, "'own_name' must be true or false")
        if own:
            self.own_name.add(aid)
        terms = _strings(path, where, item.get("in_office"), "in_office")
        if terms:
            if any(not _TERM_RE.match(t) for t in terms):
                _fail(path, where, "'in_office' terms must look like 2017-01-20/2021-01-20 (end may be empty)")
            self.terms[aid] = tuple(tuple(t.split("/")) for t in terms)
        listed = frozenset(_strings(path, where, item.get("case_sensitive"), "case_sensitive"))
        forms = [(label, "name")]
        forms += [(a, "alias") for a in _strings(path, where, item.get("aliases"), "aliases")]
        demonyms = _strings(path, where, item.get("demonyms"), "demonyms")
        forms += [(d, "demonym") for d in demonyms]
        forms += [(m, "metonym") for m in _strings(path, where, item.get("metonyms"), "metonyms")]
        if type_ == "State":
            forms += [(f"government of {label}", "alias"), (f"{label} government", "alias")]
            for d in demonyms:
                forms += [(f"{d} government", "alias"), (f"{d} regime", "alias")]
        if type_ == "GovernmentOrgan" and parent is not None:
            forms += _organ_variants([f for f, _ in forms], *parent)
        for text, kind in forms:
            self.add_entry(path, aid, text, kind, _is_case_sensitive(text, listed))
        for key, sub_type in (("organs", "GovernmentOrgan"), ("persons", "Person")):
            subs = item.get(key) or []
            if not isinstance(subs, list):
                _fail(path, where, f"{key!r} must be a list")
            for sub in subs:
                self.add_actor(path, sub, sub_type, aid, _SUB_KEYS, (label, tuple(demonyms)))

    def add_entry(self, path, aid, text, kind, cs):
        key = normalize_surface(text, case_sensitive=cs)
        if not key:
            return
        known = self.keys.get((cs, key))
        if known and known[0] != aid:
            _fail(path, f"actor {aid!r}", f"surface form {text!r} is also given to "
                  f"{known[0]!r} ({known[2]!r} in {known[1]}); give it to one actor only")
        folded = key.lower()
        other = self.folded.get(folded)
        if other and other[0] != aid and not (cs and other[3]):
            _fail(path, f"actor {aid!r}", f"surface form {text!r} is also given to "
                  f"{other[0]!r} ({other[2]!r} in {other[1]}); give it to one actor only")
        if known is None:
            self.keys[(cs, key)] = (aid, path, text)
            self.folded.setdefault(folded, (aid, path, text, cs))
        self.entries.append(Entry(text=text, actor_id=aid, kind=kind, case_sensitive=cs))


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


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Gazetteer:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    builder = _Builder()
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                items = yaml.load(fh, Loader=loader)
        except OSError as exc:
            raise GraphbuildError(f"cannot read gazetteer file {path}: {exc.strerror}") from None
        except yaml.YAMLError as exc:
            raise GraphbuildError(f"{path}: not valid YAML: {exc}".splitlines()[0]) from None
        if not isinstance(items, list):
            raise GraphbuildError(f"{path}: expected a list of actors at the top level")
        for item in items:
            builder.add_actor(path, item)
    for aid, actor in builder.actors.items():
        if actor.acts_for is not None and actor.acts_for not in builder.actors:
            raise GraphbuildError(f"{builder.origin[aid]}: actor {aid!r}: acts_for "
                                  f"{actor.acts_for!r} is not a known actor id")
    entries = tuple(builder.entries)
    cs, ci = {}, {}
    for e in entries:
        index = cs if e.case_sensitive else ci
        index.setdefault(normalize_surface(e.text, case_sensitive=e.case_sensitive), e)
    return Gazetteer(actors=MappingProxyType(builder.actors), entries=entries,
                     own_name=frozenset(builder.own_name), terms=MappingProxyType(builder.terms),
                     _cs=MappingProxyType(cs), _ci=MappingProxyType(ci))
