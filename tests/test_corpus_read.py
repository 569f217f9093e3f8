"""Reading documents as a stream: .jsonl, folders of .txt and .html, stdin, bad files."""

from __future__ import annotations

import io
import json
import sys

import pytest

from graphbuild.corpus import check_inputs, count_documents, read_documents
from graphbuild.errors import GraphbuildError

PAGE = """<html><head><title>Envoys meet | Example Wire</title>
<link rel="canonical" href="https://example.org/world/envoys-meet">
<meta name="date" content="2024-03-22"></head>
<body><nav>Home | World | Sport | Weather</nav>
<article><h1>Envoys meet in Doha</h1>
<p>Diplomats from Norway and Chile met in Doha on Tuesday to discuss a fisheries agreement,
the two foreign ministries said in a joint statement published in the evening.</p>
<p>The talks were described as constructive by officials who attended the closed meeting
and who asked not to be named because the negotiations are continuing.</p></article>
<footer>Copyright Example Wire. All rights reserved.</footer></body></html>"""


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("n", [3])
def test_corpus_jsonl_streams_documents_with_metadata(tmp_path, n):
    rows = [{"id": f"a{i}", "text": f"Text {i}.", "title": f"T{i}", "date": "2024-01-02", "url": "https://x.org"}
            for i in range(n)]
    docs = list(read_documents([_jsonl(tmp_path / "c.jsonl", rows)]))
    assert [d.id for d in docs] == [f"a{i}" for i in range(n)]
    assert docs[0].date == "2024-01-02" and docs[0].url == "https://x.org" and docs[0].title == "T0"


@pytest.mark.parametrize("bad_line", ["{not json", json.dumps({"id": "x"}), "[1, 2]"])
def test_corpus_jsonl_bad_line_is_skipped_with_a_message(tmp_path, bad_line):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "A."}) + "\n" + bad_line + "\n"
                    + json.dumps({"id": "b", "text": "B."}) + "\n", encoding="utf-8")
    errors: list[str] = []
    docs = list(read_documents([path], on_error=errors.append))
    assert [d.id for d in docs] == ["a", "b"]
    assert len(errors) == 1 and errors[0].startswith(f"{path}:2:")
    with pytest.raises(GraphbuildError, match=":2:"):
        list(read_documents([path]))


@pytest.mark.parametrize("encoding", ["latin-1"])
def test_corpus_jsonl_line_in_wrong_encoding_is_skipped(tmp_path, encoding):
    path = tmp_path / "c.jsonl"
    path.write_bytes(json.dumps({"id": "a", "text": "A."}).encode() + b"\n"
                     + '{"id": "b", "text": "Bogot\u00e1."}'.encode(encoding) + b"\n")
    errors: list[str] = []
    assert [d.id for d in read_documents([path], on_error=errors.append)] == ["a"]
    assert "not UTF-8" in errors[0]


@pytest.mark.parametrize("layout", [{"a.txt": "Norway met Chile.", "sub/b.txt": "Chile met Qatar.",
                                     "sub/deeper/c.html": PAGE, "notes.csv": "x,y"}])
def test_corpus_folder_is_read_recursively_with_relative_ids(tmp_path, layout):
    for name, text in layout.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = list(read_documents([tmp_path]))
    assert [d.id for d in docs] == ["a", "sub/b", "sub/deeper/c"]
    assert count_documents([tmp_path]) == 3


@pytest.mark.parametrize("page", [PAGE])
def test_corpus_html_is_reduced_to_article_text_and_metadata(tmp_path, page):
    path = tmp_path / "envoys.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = read_documents([path])
    assert "fisheries agreement" in doc.text
    assert "Home | World" not in doc.text and "All rights reserved" not in doc.text
    assert doc.title == "Envoys meet in Doha"
    assert doc.date == "2024-03-22"
    assert doc.url == "https://example.org/world/envoys-meet"


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"caf\xe9 au lait"])
def test_corpus_bad_file_in_folder_is_skipped_but_alone_raises(tmp_path, content):
    (tmp_path / "good.txt").write_text("Norway met Chile.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    errors: list[str] = []
    assert [d.id for d in read_documents([tmp_path], on_error=errors.append)] == ["good"]
    assert errors and errors[0].startswith(str(bad))
    with pytest.raises(GraphbuildError, match="bad.txt"):
        list(read_documents([bad]))


@pytest.mark.parametrize("stdin,ids", [
    (json.dumps({"id": "s1", "text": "A."}) + "\n\n" + json.dumps({"id": "s2", "text": "B."}) + "\n", ["s1", "s2"]),
    ("Norway met Chile in Oslo.\n{ not a json line }\n", ["stdin"]),
    ("", []),
])
def test_corpus_stdin_is_jsonl_or_one_text(monkeypatch, stdin, ids):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    assert [d.id for d in read_documents(["-"])] == ids


@pytest.mark.parametrize("inputs,message", [([], "no inputs"), (["/nonexistent/x.txt"], "no such file")])
def test_corpus_missing_inputs_raise_before_reading(inputs, message):
    with pytest.raises(GraphbuildError, match=message):
        check_inputs(inputs)


@pytest.mark.parametrize("lines", [5])
def test_corpus_count_documents_counts_jsonl_lines_fast(tmp_path, lines):
    path = _jsonl(tmp_path / "c.jsonl", [{"text": "x"}] * lines)
    assert count_documents([path, path]) == 2 * lines
    assert count_documents(["-"]) is None
