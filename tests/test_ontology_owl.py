"""The ontology: Turtle and RDF/XML renderings agree, every relation is documented and aligned."""

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import SKOS

from graphbuild.namespace import GB, RELATIONS

ONTOLOGIES = Path(__file__).resolve().parent.parent / "ontologies"


@pytest.mark.parametrize("ttl,owl", [("graphbuild.ttl", "graphbuild.owl")])
def test_ontology_rdfxml_rendering_is_isomorphic_to_turtle(ttl, owl, update_golden):
    turtle = Graph().parse(ONTOLOGIES / ttl, format="turtle")
    if update_golden:
        (ONTOLOGIES / owl).write_bytes(turtle.serialize(format="pretty-xml", encoding="utf-8"))
    xml = Graph().parse(ONTOLOGIES / owl, format="xml")
    if not isomorphic(turtle, xml):
        _both, only_ttl, only_xml = graph_diff(to_isomorphic(turtle), to_isomorphic(xml))
        pytest.fail(f"only in {ttl}:\n{only_ttl.serialize(format='nt')}\nonly in {owl}:\n"
                    f"{only_xml.serialize(format='nt')}\n(run pytest --update-golden to regenerate)")


@pytest.mark.parametrize("relation", RELATIONS)
def test_ontology_relation_has_domain_range_and_alignment(relation):
    g = Graph().parse(ONTOLOGIES / "graphbuild.ttl")
    prop = GB[relation]
    assert (prop, RDFS.subPropertyOf, GB.relation) in g
    assert g.value(prop, RDFS.domain) == GB.Actor and g.value(prop, RDFS.range) == GB.Actor
    assert list(g.objects(prop, SKOS.closeMatch)), f"{relation} has no skos:closeMatch alignment"


@pytest.mark.parametrize("term", ["closeMatch", "altLabel"])
def test_ontology_declares_reused_annotation_properties(term):
    g = Graph().parse(ONTOLOGIES / "graphbuild.ttl")
    assert (SKOS[term], RDF.type, OWL.AnnotationProperty) in g


@pytest.mark.parametrize("prop,functional", [("confidence", False), ("aggregateConfidence", True)])
def test_ontology_confidence_functionality(prop, functional):
    g = Graph().parse(ONTOLOGIES / "graphbuild.ttl")
    assert ((GB[prop], RDF.type, OWL.FunctionalProperty) in g) == functional


@pytest.mark.parametrize("name", ["shapes.ttl"])
def test_ontology_shapes_parse_and_target_every_class(name):
    from rdflib.namespace import SH

    shapes = Graph().parse(ONTOLOGIES / name, format="turtle")
    targets = set(shapes.objects(None, SH.targetClass))
    assert {GB.Statement, GB.Evidence, GB.Document, GB.State, GB.ArmedGroup} <= targets
