"""Reading documents from files, folders, ``.jsonl`` corpora, saved web pages and stdin, as a stream.

Documents are yielded one at a time and nothing holds the corpus in memory. Inputs named
explicitly must exist; a file or line whose *content* is bad (binary, not UTF-8, malformed JSON,
a web page with no article text) is reported to ``on_error`` and skipped, or raised as a
:class:`~graphbuild.errors.GraphbuildError` when no ``on_error`` is given.

Examples:
    >>> import json, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "c.jsonl").write_text(json.dumps({"id": "a1", "text": "Hi.", "title": "T"}) + "\\n")
    >>> [(d.id, d.title, d.text) for d in read_documents([folder / "c.jsonl"])]
    [('a1', 'T', 'Hi.')]
    >>> count_documents([folder])
    1
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import GraphbuildError
from .statement import Document

__all__ = [
    "TEXT_SUFFIXES", "HTML_SUFFIXES", "CORPUS_SUFFIXES", "read_documents", "read_text_file",
    "read_html_file", "html_to_document", "check_inputs", "count_documents", "find_corpus_document",
]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
CORPUS_SUFFIXES = {".jsonl"}
INPUT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CORPUS_SUFFIXES

OnError = Callable[[str], None]


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise GraphbuildError(f"{where}: binary file, not text; give a UTF-8 .txt file or a .jsonl corpus")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GraphbuildError(
            f"{where}: not UTF-8 text (byte {exc.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def read_text_file(path: str | Path, doc_id: str | None = None) -> Document:
    """One ``.txt`` file as a document (id: the file name without extension, unless given).

    Raises:
        GraphbuildError: The file is missing, binary or not UTF-8.
    """
    path = Path(path)
    if not path.is_file():
        raise GraphbuildError(f"{path}: no such file")
    text = _decode(path.read_bytes(), str(path))
    return Document(id=doc_id or path.stem, text=text, title=_first_line(text))


def html_to_document(html: str, doc_id: str, where: str = "<html>") -> Document:
    """The article text and metadata (title, date, URL) of a saved web page, with trafilatura.

    Raises:
        GraphbuildError: No article text was found in the page.
    """
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if found is None or not (found.text or "").strip():
        raise GraphbuildError(f"{where}: no article text found in this web page")
    return Document(id=doc_id, text=found.text, title=found.title or _first_line(found.text),
                    date=found.date or None, url=found.url or None, source=found.sitename or None)


def read_html_file(path: str | Path, doc_id: str | None = None) -> Document:
    """A saved web page (``.html``/``.htm``) reduced to its article text and metadata.

    Raises:
        GraphbuildError: The file is missing, binary, not UTF-8, or has no article text.
    """
    path = Path(path)
    if not path.is_file():
        raise GraphbuildError(f"{path}: no such file")
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise GraphbuildError(f"{path}: binary file, not a web page")
    try:
        html = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        html = data.decode("cp1252", errors="replace")  # old saved pages; trafilatura wants str
    return html_to_document(html, doc_id or path.stem, str(path))


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


def _jsonl_document(line: str, where: str, n: int) -> Document | None:
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GraphbuildError(f"{where}:{n}: not a JSON object ({exc.msg})") from None
    if not isinstance(obj, dict) or "text" not in obj:
        raise GraphbuildError(f"{where}:{n}: each line needs a JSON object with a \"text\" field")
    return Document(
        id=str(obj.get("id") or f"{Path(where).stem}-{n}"),
        text=str(obj["text"]),
        title=obj.get("title") or None,
        date=obj.get("date") or None,
        url=obj.get("url") or None,
        source=obj.get("source") or None,
    )


def _jsonl_documents(lines: Iterable[bytes | str], where: str, on_error: OnError | None) -> Iterator[Document]:
    for n, raw in enumerate(lines, 1):
        try:
            line = _decode(raw, f"{where}:{n}") if isinstance(raw, bytes) else raw
            doc = _jsonl_document(line, where, n)
        except GraphbuildError as exc:
            if on_error is None:
                raise
            on_error(str(exc))
            continue
        if doc is not None:
            yield doc


def _read_jsonl(path: Path, on_error: OnError | None) -> Iterator[Document]:
    with path.open("rb") as fh:
        if b"\x00" in fh.read(8192):
            raise GraphbuildError(f"{path}: binary file, not a .jsonl corpus")
        fh.seek(0)
        yield from _jsonl_documents(fh, str(path), on_error)


def _read_file(path: Path, doc_id: str | None, on_error: OnError | None) -> Iterator[Document]:
    suffix = path.suffix.lower()
    try:
        if suffix in CORPUS_SUFFIXES:
            yield from _read_jsonl(path, on_error)
        elif suffix in HTML_SUFFIXES:
            yield read_html_file(path, doc_id)
        else:
            yield read_text_file(path, doc_id)
    except GraphbuildError as exc:
        if on_error is None:
            raise
        on_error(str(exc))
    except OSError as exc:
        if on_error is None:
            raise GraphbuildError(f"{path}: {exc.strerror or exc}") from None
        on_error(f"{path}: {exc.strerror or exc}")


def _folder_files(folder: Path) -> Iterator[Path]:
    """Input files under ``folder``, recursively, in a stable order (hidden files left out)."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file() and path.suffix.lower() in INPUT_SUFFIXES:
            yield path


def check_inputs(inputs: Iterable[str | Path]) -> list[str]:
    """The inputs as strings, after checking that each named path exists.

    Raises:
        GraphbuildError: An input is missing, or there are none.
    """
    items = [str(i) for i in inputs]
    if not items:
        raise GraphbuildError("no inputs: give .txt/.html files, folders, .jsonl corpora or - for stdin")
    for item in items:
        if item != "-" and not Path(item).exists():
            raise GraphbuildError(f"{item}: no such file or folder")
    return items


def read_documents(inputs: Iterable[str | Path], on_error: OnError | None = None) -> Iterator[Document]:
    """Stream documents from ``.txt`` and ``.html`` files, folders of them, ``.jsonl`` corpora or ``-``.

    A file inside a folder gets its path relative to the folder, without extension, as id
    (``2024/march/a``); a file named directly gets its name without extension.

    Args:
        inputs: Paths; ``-`` reads stdin (a ``.jsonl`` stream when its first line is a JSON
            object, else one plain-text document).
        on_error: Called with a one-line message for each file or line that cannot be read,
            which is then skipped. Without it, the first such problem raises.

    Yields:
        Documents, one at a time.

    Raises:
        GraphbuildError: An input is missing; or, without ``on_error``, unreadable.
    """
    for item in check_inputs(inputs):
        if item == "-":
            yield from _read_stdin(on_error)
            continue
        path = Path(item)
        if path.is_dir():
            for f in _folder_files(path):
                doc_id = f.relative_to(path).with_suffix("").as_posix()
                yield from _read_file(f, doc_id, on_error)
        else:
            yield from _read_file(path, None, on_error)


def _read_stdin(on_error: OnError | None) -> Iterator[Document]:
    stream = sys.stdin.buffer
    first = b""
    for first in stream:
        if first.strip():
            break
    if first.lstrip().startswith(b"{"):
        try:
            json.loads(first)
            is_jsonl = True
        except (json.JSONDecodeError, UnicodeDecodeError):
            is_jsonl = False
        if is_jsonl:
            yield from _jsonl_documents(_chain(first, stream), "<stdin>", on_error)
            return
    data = first + stream.read()
    text = _decode(data, "<stdin>")
    if text.strip():
        yield Document(id="stdin", text=text, title=_first_line(text))


def _chain(first: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _count_lines(path: Path) -> int:
    n, last = 0, b"\n"
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            n += block.count(b"\n")
            last = block[-1:]
    return n + (last != b"\n")


def count_documents(inputs: Iterable[str | Path]) -> int | None:
    """A fast estimate of how many documents the inputs hold (lines of ``.jsonl``, files of folders).

    Returns:
        The count, or None when it cannot be known without reading (stdin) or an input is missing.
    """
    total = 0
    for item in inputs:
        path = Path(item)
        if str(item) == "-" or not path.exists():
            return None
        files = _folder_files(path) if path.is_dir() else [path]
        for f in files:
            total += _count_lines(f) if f.suffix.lower() in CORPUS_SUFFIXES else 1
    return total


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
            for n, line in enumerate(fh, 1):
                if needle in line:
                    obj = json.loads(line)
                    if obj.get("id") == doc_id:
                        return _jsonl_document(line, str(path), n)
    raise GraphbuildError(f"document {doc_id!r} not found in {folder}/*.jsonl")
