from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph

from graphbuild.namespace import GB, ONTOLOGY_IRI, RELATIONS

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontologies" / "graphbuild.ttl"


def _ontology_terms() -> set[str]:
    g = Graph().parse(ONTOLOGY)
    ns = str(GB._NS)
    return {str(s)[len(ns):] for s in g.subjects() if str(s).startswith(ns)}


@pytest.mark.parametrize("source", [ONTOLOGY])
def test_namespace_matches_ontology_terms(source):
    declared = set(GB.__annotations__)
    assert declared == _ontology_terms()


@pytest.mark.parametrize("relation", RELATIONS)
def test_namespace_relation_is_object_property_with_label_and_comment(relation):
    from rdflib import RDFS

    g = Graph().parse(ONTOLOGY)
    prop = GB[relation]
    assert (prop, RDF.type, OWL.ObjectProperty) in g
    assert g.value(prop, RDFS.label) is not None
    assert g.value(prop, RDFS.comment) is not None


@pytest.mark.parametrize("typo", ["blamez", "Statment"])
def test_namespace_typo_raises(typo):
    with pytest.raises(AttributeError):
        getattr(GB, typo)


@pytest.mark.parametrize("fmt", ["turtle"])
def test_namespace_ontology_declares_itself(fmt):
    g = Graph().parse(ONTOLOGY, format=fmt)
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in g
