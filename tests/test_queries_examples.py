"""Every example query in examples/queries runs on a hand-built graph and gives the expected rows."""

from pathlib import Path

import pytest

from graphbuild.query import query_source, read_query, run_query
from graphbuild.rdf import extractions_to_dataset, write_dataset
from graphbuild.statement import Actor, Document, Evidence, Extraction, Statement

QUERIES = Path(__file__).resolve().parent.parent / "examples" / "queries"

US = Actor("united-states", "United States", "State", "Q30")
RUSSIA = Actor("russia", "Russia", "State", "Q159")
TALIBAN = Actor("taliban", "Taliban", "ArmedGroup", "Q42418")
ISISK = Actor("isis-k", "ISIS-K", "ArmedGroup")
MUJAHID = Actor("zabihullah-mujahid", "Zabihullah Mujahid", "Person", acts_for="taliban", role="spokesman")

# (doc id, date, [(sentence, trigger, subject, relation, object, modality, according_to)])
DOCUMENTS = [
    ("a", "2024-03-23", [
        ("Washington blamed ISIS-K for the concert hall attack.", "blamed", US, "blames", ISISK, "asserted", None),
        ("Moscow is weighing whether to drop the Taliban from its banned list.", "drop", RUSSIA, "delists",
         TALIBAN, "hypothetical", None),
    ]),
    ("b", "2024-05-02", [
        ("The US designated the Taliban's allies years ago.", "designated", US, "designates", TALIBAN,
         "asserted", None),
        ("Mujahid said Russian envoys had met Taliban ministers.", "met", RUSSIA, "meets", TALIBAN,
         "reported", MUJAHID),
    ]),
    ("c", "2025-04-18", [
        ("Russia took the Taliban off its terrorist list on Thursday.", "took", RUSSIA, "delists", TALIBAN,
         "asserted", None),
        ("US officials again blamed ISIS-K for the plot.", "blamed", US, "blames", ISISK, "asserted", None),
    ]),
]


def _extraction(doc_id, date, rows):
    text = " ".join(r[0] for r in rows)
    doc = Document(id=doc_id, text=text, title=f"Report {doc_id}", date=date, url=f"https://example.org/{doc_id}")
    statements = []
    for sentence, trigger, subj, rel, obj, modality, according in rows:
        start = text.index(sentence)
        t = start + sentence.index(trigger)
        ev = Evidence(doc_id, sentence, start, start + len(sentence), trigger, t, t + len(trigger))
        statements.append(Statement(subj, rel, obj, ev, modality=modality, confidence=0.7,
                                    according_to=according))
    return Extraction(doc, (), tuple(statements))


@pytest.fixture(scope="module")
def example_graph(tmp_path_factory):
    ds = extractions_to_dataset([_extraction(*d) for d in DOCUMENTS])
    return ds, write_dataset(ds, tmp_path_factory.mktemp("queries") / "g.trig")


EXPECTED = {
    "who-blames-whom.rq": [("United States", "ISIS-K", "2")],
    "designations-of-actor.rq": [("United States", "Taliban", "Asserted", "2024-05-02",
                                  "The US designated the Taliban's allies years ago.",
                                  "https://w3id.org/graphbuild/id/doc/b")],
    "by-modality.rq": [("Russia", "delists", "Taliban", "drop",
                        "Moscow is weighing whether to drop the Taliban from its banned list.")],
    "claims-by-speaker.rq": [("Zabihullah Mujahid", "Russia", "meets", "Taliban", "Reported", "2024-05-02",
                              "Mujahid said Russian envoys had met Taliban ministers.")],
    "relations-between-two-actors-over-time.rq": [
        ("2024-03-23", "Russia", "delists", "Taliban", "Hypothetical", "1"),
        ("2024-05-02", "Russia", "meets", "Taliban", "Reported", "1"),
        ("2025-04-18", "Russia", "delists", "Taliban", "Asserted", "1"),
    ],
}


def _rows(result):
    return [tuple("" if v is None else str(v) for v in row) for row in result.rows]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_queries_example_on_file_with_pyoxigraph(example_graph, name):
    _ds, path = example_graph
    result, _labels = query_source(path, str(QUERIES / name))
    assert _rows(result) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_queries_example_on_rdflib_dataset(example_graph, name):
    ds, _path = example_graph
    assert _rows(run_query(ds, read_query(str(QUERIES / name)))) == EXPECTED[name]


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_queries_every_example_is_tested(path):
    assert path.name in EXPECTED


@pytest.mark.parametrize("name", ["who-blames-whom.rq"])
def test_queries_cli_prints_labels(example_graph, cli_runner, name):
    from graphbuild.cli import main

    _ds, path = example_graph
    result = cli_runner.invoke(main, ["query", str(path), str(QUERIES / name)])
    assert result.exit_code == 0, result.output
    assert "United States  ISIS-K" in result.output
