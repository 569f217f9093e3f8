"""Reading and checking the gazetteer's data files (``graphbuild/data/actors/*.yaml``) into a
:class:`~graphbuild.gazetteer.Gazetteer`: every actor, organ and person with its surface forms, and
one clear error for a malformed file (see :mod:`graphbuild.gazetteer` for the format)."""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from .errors import GraphbuildError
from .gazetteer import (
    _ACTOR_KEYS, _ID_RE, _QID_RE, _SUB_KEYS, _TERM_RE, Entry, Gazetteer, _is_case_sensitive, normalize_surface,
)
from .namespace import ACTOR_TYPES
from .statement import Actor

__all__ = ["load_files"]

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


@lru_cache(maxsize=8)
def load_files(paths: tuple[str, ...]) -> Gazetteer:
    """The gazetteer of these data files (cached: the same paths give the same object).

    Raises:
        GraphbuildError: A file is missing or malformed (see :func:`graphbuild.gazetteer.load_gazetteer`).
    """
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
