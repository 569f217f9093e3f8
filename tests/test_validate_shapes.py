"""SHACL validation: built graphs conform, broken ones are reported readably."""

import pytest
from rdflib import Literal

from graphbuild.cli import main
from graphbuild.namespace import GB
from graphbuild.rdf import actor_iri, doc_iri, extractions_to_dataset, graph_iri, write_dataset
from graphbuild.statement import Actor
from graphbuild.validate import validate_graph

RUSSIA, TALIBAN = Actor("russia", "Russia", "State"), Actor("taliban", "Taliban", "ArmedGroup")


@pytest.mark.parametrize("modality", ["asserted", "hypothetical", "negated", "reported"])
def test_validate_built_graph_conforms(make_extraction, modality):
    ds = extractions_to_dataset([
        make_extraction([("russia", "delists", "taliban"), ("united-states", "blames", "isis-k")],
                        modality=modality, date="2024-03-23"),
        make_extraction([("russia", "delists", "taliban")], doc_id="d2", modality=modality, date="2025"),
    ])
    assert validate_graph(ds) == ()


@pytest.mark.parametrize("breakage,expected", [
    ("plain-edge-for-negated", "no asserted, hedged or reported statement node"),
    ("bad-hash", "64 hex digits"),
    ("trigger-outside", "is not inside the sentence"),
    ("no-label", "rdfs:label"),
])
def test_validate_broken_graph_is_reported(make_extraction, breakage, expected):
    modality = "negated" if breakage == "plain-edge-for-negated" else "asserted"
    ds = extractions_to_dataset([make_extraction([("russia", "delists", "taliban")], modality=modality)])
    g = ds.graph(graph_iri("d1"))
    if breakage == "plain-edge-for-negated":
        g.add((actor_iri(RUSSIA), GB.delists, actor_iri(TALIBAN)))
    elif breakage == "bad-hash":
        g.set((doc_iri("d1"), GB.sha256, Literal("not-a-hash")))
    elif breakage == "trigger-outside":
        for ev in list(g.subjects(GB.sentence)):
            g.set((ev, GB.triggerEnd, Literal(999)))
    else:
        from rdflib import RDFS

        g.remove((actor_iri(RUSSIA), RDFS.label, None))
    violations = validate_graph(ds)
    assert any(expected in str(v) for v in violations), [str(v) for v in violations]


@pytest.mark.parametrize("broken", [False, True])
def test_validate_cli_exit_status(tmp_path, cli_runner, make_extraction, broken):
    ds = extractions_to_dataset([make_extraction([("russia", "meets", "taliban")])])
    if broken:
        ds.graph(graph_iri("d1")).set((doc_iri("d1"), GB.sha256, Literal("xyz")))
    path = write_dataset(ds, tmp_path / "g.trig")
    result = cli_runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == (1 if broken else 0), result.output
    assert ("gb:sha256" in result.output) == broken
    assert "Traceback" not in result.output
