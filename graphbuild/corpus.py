"""Reading documents from files, folders, ``.jsonl`` corpora and stdin, as a stream.

Examples:
    >>> import json, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "c.jsonl").write_text(json.dumps({"id": "a1", "text": "Hi.", "title": "T"}) + "\\n")
    >>> [(d.id, d.title, d.text) for d in read_documents([folder / "c.jsonl"])]
    [('a1', 'T', 'Hi.')]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import GraphbuildError
from .statement import Document

__all__ = ["TEXT_SUFFIXES", "read_documents", "read_text_file", "find_corpus_document"]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
CORPUS_SUFFIXES = {".jsonl"}


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise GraphbuildError(f"{where}: binary file, not text; give a UTF-8 .txt file or a .jsonl corpus")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GraphbuildError(
            f"{where}: not UTF-8 text (byte {exc.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def read_text_file(path: str | Path) -> Document:
    """One ``.txt`` file as a document (id: the file name without extension).

    Raises:
        GraphbuildError: The file is missing, binary or not UTF-8.
    """
    path = Path(path)
    if not path.is_file():
        raise GraphbuildError(f"{path}: no such file")
    text = _decode(path.read_bytes(), str(path))
    return Document(id=path.stem, text=text, title=_first_line(text))


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


def _jsonl_documents(lines: Iterable[str], where: str) -> Iterator[Document]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GraphbuildError(f"{where}:{n}: not a JSON object ({exc.msg})") from None
        if not isinstance(obj, dict) or "text" not in obj:
            raise GraphbuildError(f"{where}:{n}: each line needs a JSON object with a \"text\" field")
        yield Document(
            id=str(obj.get("id") or f"{Path(where).stem}-{n}"),
            text=str(obj["text"]),
            title=obj.get("title") or None,
            date=obj.get("date") or None,
            url=obj.get("url") or None,
            source=obj.get("source") or None,
        )


def _read_jsonl(path: Path) -> Iterator[Document]:
    with path.open("rb") as fh:
        head = fh.read(8192)
    _decode(head[: head.rfind(b"\n") + 1] or head, str(path))
    with path.open(encoding="utf-8-sig", errors="strict") as fh:
        try:
            yield from _jsonl_documents(fh, str(path))
        except UnicodeDecodeError:
            raise GraphbuildError(f"{path}: not UTF-8 text") from None


def read_documents(inputs: Iterable[str | Path]) -> Iterator[Document]:
    """Stream documents from ``.txt`` files, folders of them, ``.jsonl`` corpora, or ``-`` (stdin).

    Args:
        inputs: Paths; ``-`` reads stdin (a ``.jsonl`` stream when every line is a JSON object,
            else one plain-text document).

    Yields:
        Documents, one at a time.

    Raises:
        GraphbuildError: An input is missing, binary or not UTF-8.
    """
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin()
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | CORPUS_SUFFIXES)
            for f in files:
                yield from read_documents([f])
        elif not path.exists():
            raise GraphbuildError(f"{path}: no such file or folder")
        elif path.suffix.lower() in CORPUS_SUFFIXES:
            yield from _read_jsonl(path)
        else:
            yield read_text_file(path)


def _read_stdin() -> Iterator[Document]:
    data = sys.stdin.buffer.read()
    text = _decode(data, "<stdin>")
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        yield from _jsonl_documents(lines, "<stdin>")
    else:
        yield Document(id="stdin", text=text, title=_first_line(text))


def find_corpus_document(corpus: str | Path, doc_id: str) -> Document:
    """The document with id ``doc_id`` in the ``.jsonl`` files of a corpus folder.

    Raises:
        GraphbuildError: The folder or the document is not there.
    """
    folder = Path(corpus)
    if not folder.is_dir():
        raise GraphbuildError(f"{folder}: corpus folder not found (pass --corpus DIR)")
    needle = json.dumps(doc_id)
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if needle in line:
                    obj = json.loads(line)
                    if obj.get("id") == doc_id:
                        return next(_jsonl_documents([line], str(path)))
    raise GraphbuildError(f"document {doc_id!r} not found in {folder}/*.jsonl")
