"""The graphbuild OWL ontology and SHACL shapes, shipped inside the package as ``graphbuild.ontologies``."""
