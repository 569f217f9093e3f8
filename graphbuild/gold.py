"""Gold annotation files: reading them, the documents they annotate, and finding them in folders.

The format is the one of ``../shared/examples/*.gold.json``: ``text`` (a path relative to the gold
file, or ``corpus:<id>``), ``entities`` (label and aliases), ``equivalent`` entity pairs and
``statements`` (``s``, ``p``, ``o``, ``status``, ``required``). Scoring is in
:mod:`graphbuild.evaluate`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import GraphbuildError
from .namespace import RELATIONS

__all__ = ["ALIASES_FILE", "Gold", "load_gold", "load_common_aliases", "find_aliases_file", "gold_document",
           "gold_files"]

ALIASES_FILE = "common_aliases.json"


@dataclass(frozen=True)
class Gold:
    """One gold annotation file."""

    path: Path
    doc: str
    text: str
    entities: dict
    equivalent: tuple[tuple[str, str], ...]
    statements: tuple[dict, ...]


def load_gold(path: str | Path) -> Gold:
    """Read a gold annotation file.

    Raises:
        GraphbuildError: The file is missing or not a gold file.
    """
    path = Path(path)
    if not path.is_file():
        raise GraphbuildError(f"{path}: no such gold file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GraphbuildError(f"{path}: not a JSON gold file ({exc})") from None
    if not isinstance(data, dict) or not {"text", "entities", "statements"} <= set(data):
        raise GraphbuildError(f"{path}: a gold file needs \"text\", \"entities\" and \"statements\"")
    for n, s in enumerate(data["statements"]):
        if s.get("s") not in data["entities"] or s.get("o") not in data["entities"]:
            raise GraphbuildError(f"{path}: statement {n} names an entity not in \"entities\"")
        if s.get("p") not in RELATIONS:
            raise GraphbuildError(f"{path}: statement {n} has unknown relation {s.get('p')!r}")
    return Gold(
        path=path,
        doc=str(data.get("doc") or path.stem),
        text=str(data["text"]),
        entities=data["entities"],
        equivalent=tuple(tuple(p) for p in data.get("equivalent", ())),
        statements=tuple(data["statements"]),
    )


def load_common_aliases(path: str | Path | None) -> dict[str, list[str]]:
    """Read ``common_aliases.json`` (name -> aliases); ``None`` gives an empty mapping."""
    if path is None:
        return {}
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {k: list(v) for k, v in data.items() if not k.startswith("_") and isinstance(v, list)}


def find_aliases_file(gold_path: Path) -> Path | None:
    """The ``common_aliases.json`` beside a gold file or in one of its two parent folders."""
    for folder in (gold_path.parent, *gold_path.parent.parents[:2]):
        candidate = folder / ALIASES_FILE
        if candidate.is_file():
            return candidate
    return None


def gold_document(gold: Gold, corpus: str | Path | None = None):
    """The document a gold file annotates: a file beside it, or ``corpus:<id>`` in ``corpus``.

    Corpus documents are given as title, a blank line, then text.
    """
    from .corpus import find_corpus_document, read_text_file
    from .statement import Document

    if gold.text.startswith("corpus:"):
        if corpus is None:
            raise GraphbuildError(f"{gold.path}: its text is {gold.text}; pass --corpus DIR")
        d = find_corpus_document(corpus, gold.text[len("corpus:"):])
        text = f"{d.title}\n\n{d.text}" if d.title and d.title.strip() else d.text
        return Document(id=d.id, text=text, title=d.title, date=d.date, url=d.url, source=d.source)
    path = gold.path.parent / gold.text
    return read_text_file(path)


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files among ``paths``: files as given, folders searched for ``*.json``, and
    ``common_aliases.json`` (the shared alias list, which a shell glob like ``gold/*.json``
    also names) left out wherever it is.

    Examples:
        >>> [p.name for p in gold_files(["gold/a.json", "gold/common_aliases.json"])]
        ['a.json']
    """
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*.json") if f.name != ALIASES_FILE))
        elif p.name != ALIASES_FILE:
            files.append(p)
    return files
