"""Fixtures shared by all tests (defined once here, as spaCy's test suite does)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ONTOLOGIES = ROOT / "ontologies"
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "examples" / "russia-taliban-delisting.txt"
SEED_GOLD = SHARED / "examples" / "russia-taliban-delisting.gold.json"
DEV_GOLD = SHARED / "examples" / "dev-gold"
CORPUS = SHARED / "corpus"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Rewrite golden files from the current output instead of comparing.")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir(shared_dir) -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def seed_article(shared_dir) -> Path:
    return SEED_ARTICLE


@pytest.fixture(scope="session")
def nlp():
    """The real English pipeline graphbuild uses by default (loaded once per session)."""
    from graphbuild.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def cli_runner():
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture
def make_extraction():
    """Build a small Extraction by hand: ``make_extraction([("russia", "meets", "taliban"), ...])``."""
    from graphbuild.statement import Actor, Document, Evidence, Extraction, Statement

    types = {"russia": "State", "taliban": "ArmedGroup", "china": "State",
             "united-states": "State", "isis-k": "ArmedGroup", "ukraine": "State"}

    def make(triples, doc_id="d1", modality="asserted", date=None, text=None):
        text = text or " ".join(f"{s} {p} {o}." for s, p, o in triples) or "Nothing."
        doc = Document(id=doc_id, text=text, title=f"Title {doc_id}", date=date)
        statements, pos = [], 0
        for s, p, o in triples:
            sentence = f"{s} {p} {o}."
            start = text.find(sentence, pos)
            start = max(start, 0)
            end = start + len(sentence)
            subj = Actor(s, s.replace("-", " ").title(), types.get(s, "Organization"))
            obj = Actor(o, o.replace("-", " ").title(), types.get(o, "Organization"))
            trig = start + len(s) + 1
            ev = Evidence(doc_id, sentence, start, end, p, trig, trig + len(p))
            statements.append(Statement(subj, p, obj, ev, modality=modality, confidence=0.8))
            pos = end
        return Extraction(doc, (), tuple(statements))

    return make


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real ``oxigraph serve`` on a free 127.0.0.1 port (base URL); stopped after the session."""
    import shutil
    import socket
    import subprocess
    import time
    import urllib.request

    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the oxigraph CLI is not installed (pip install oxigraph)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not start")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _fake_extract_from_doc(doc, document):
    """A stand-in extractor for build tests: entities become actors; the first two entities of a
    sentence "meet". Picklable by name, so worker processes can run it too."""
    import re

    from graphbuild.statement import Actor, Evidence, Extraction, Mention, Statement

    def actor(ent):
        kind = "State" if ent.label_ in ("GPE", "State") else "Organization"
        return Actor(re.sub(r"[^a-z0-9]+", "-", ent.text.lower()).strip("-"), ent.text, kind)

    mentions = tuple(Mention(actor(e), e.text, e.start_char, e.end_char) for e in doc.ents)
    statements = []
    for sent in doc.sents:
        ents = list(sent.ents)
        if len(ents) >= 2 and actor(ents[0]).id != actor(ents[1]).id:
            t = sent[0]
            ev = Evidence(document.id, sent.text, sent.start_char, sent.end_char, t.text, t.idx,
                          t.idx + len(t.text))
            statements.append(Statement(actor(ents[0]), "meets", actor(ents[1]), ev, confidence=0.8))
    return Extraction(document, mentions, tuple(statements))


@pytest.fixture(scope="session")
def blank_pipeline(tmp_path_factory) -> str:
    """A tiny pipeline folder (tokenizer, sentencizer, an entity ruler for a few states): fast
    stand-in for the English pipeline in build tests, passed as ``--model PATH``."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": name}
                        for name in ("Russia", "China", "Ukraine", "Qatar", "Norway", "Chile")])
    path = tmp_path_factory.mktemp("pipeline") / "blank_en"
    nlp.to_disk(path)
    return str(path)


@pytest.fixture
def fake_extraction(monkeypatch):
    """Replace graphbuild's extractor by :func:`_fake_extract_from_doc` (inherited by forked workers)."""
    import graphbuild.extract

    monkeypatch.setattr(graphbuild.extract, "extract_from_doc", _fake_extract_from_doc)
    return _fake_extract_from_doc


@pytest.fixture(scope="session")
def extract_statements(nlp):
    """``extract_statements(text, date=None, title=None, source=None)``: the statements the real
    pipeline extracts from ``text`` (as one document with that metadata)."""
    from graphbuild.extract import extract_from_doc
    from graphbuild.statement import Document

    def run(text: str, date: str | None = None, title: str | None = None, source: str | None = None):
        document = Document(id="t", text=text, date=date, title=title, source=source)
        return extract_from_doc(nlp(text), document).statements

    return run


@pytest.fixture(scope="session")
def plain_edges(extract_statements):
    """``plain_edges(text, title=None, source=None)``: the plain edges extracted from ``text`` as
    ``(subject label, relation, object label)`` triples (hypothetical and negated ones excluded)."""

    def run(text: str, title: str | None = None, source: str | None = None) -> set:
        return {(s.subject.label, s.relation, s.object.label)
                for s in extract_statements(text, title=title, source=source) if s.is_plain_edge}

    return run


@pytest.fixture(scope="session")
def assert_edges(plain_edges):
    """``assert_edges(text, expected=None, absent=None, source=None)``: ``expected`` (a ``(subject,
    relation, object)`` triple, when given) is a plain edge extracted from ``text`` (from ``source``)
    and ``absent`` is not."""

    def run(text: str, expected=None, absent=None, source: str | None = None) -> set:
        found = plain_edges(text, source=source)
        if expected:
            assert expected in found, found
        if absent:
            assert absent not in found, found
        return found

    return run
