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
