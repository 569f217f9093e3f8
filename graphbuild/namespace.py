"""Ontology terms as rdflib ``DefinedNamespace`` classes.

``GB`` mirrors ``ontologies/graphbuild.ttl`` (a test keeps both in sync); ``OA`` holds the
few W3C Web Annotation terms graphbuild uses, which rdflib does not ship. ``_fail = True``
makes a typo raise instead of minting a new IRI.

Examples:
    >>> str(GB.blames)
    'https://w3id.org/graphbuild/ontology#blames'
    >>> GB.blamez
    Traceback (most recent call last):
    ...
    AttributeError: term 'blamez' not in namespace 'https://w3id.org/graphbuild/ontology#'
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "GB", "OA", "ID", "WD", "ONTOLOGY_IRI", "RELATIONS", "SYMMETRIC_RELATIONS",
    "MODALITIES", "PLAIN_EDGE_MODALITIES", "ACTOR_TYPES",
]


class GB(DefinedNamespace):
    """The graphbuild ontology (``ontologies/graphbuild.ttl``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/graphbuild/ontology#")

    # classes
    Actor: URIRef
    State: URIRef
    ArmedGroup: URIRef
    Organization: URIRef
    GovernmentOrgan: URIRef
    Person: URIRef
    Place: URIRef
    Statement: URIRef
    Evidence: URIRef
    Document: URIRef
    Modality: URIRef
    # modalities
    Asserted: URIRef
    Hedged: URIRef
    Reported: URIRef
    Hypothetical: URIRef
    Negated: URIRef
    # relations between actors
    relation: URIRef
    designates: URIRef
    delists: URIRef
    recognizes: URIRef
    blames: URIRef
    attacks: URIRef
    condemns: URIRef
    meets: URIRef
    warns: URIRef
    cooperates: URIRef
    governs: URIRef
    praises: URIRef
    # actors
    actsFor: URIRef
    role: URIRef
    wikidata: URIRef
    # statements and evidence
    modality: URIRef
    confidence: URIRef
    agent: URIRef
    accordingTo: URIRef
    trigger: URIRef
    eventDate: URIRef
    evidence: URIRef
    sentence: URIRef
    triggerStart: URIRef
    triggerEnd: URIRef
    evidenceCount: URIRef
    documentCount: URIRef
    aggregateConfidence: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    # documents
    sha256: URIRef
    mentions: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary terms used for evidence selectors."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef


ONTOLOGY_IRI = URIRef("https://w3id.org/graphbuild/ontology")
#: Instances: actors, statements, evidence and documents.
ID = Namespace("https://w3id.org/graphbuild/id/")
WD = Namespace("http://www.wikidata.org/entity/")

#: Relation names extracted between actors, in a stable order.
RELATIONS = (
    "designates", "delists", "recognizes", "blames", "attacks", "condemns",
    "meets", "warns", "cooperates", "governs", "praises",
)
#: Relations that hold either way round.
SYMMETRIC_RELATIONS = frozenset({"meets", "cooperates"})
#: Modality names; only asserted, hedged and reported statements become plain edges.
MODALITIES = ("asserted", "hedged", "reported", "hypothetical", "negated")
PLAIN_EDGE_MODALITIES = frozenset({"asserted", "hedged", "reported"})
#: Actor type names (ontology class local names).
ACTOR_TYPES = ("State", "ArmedGroup", "Organization", "GovernmentOrgan", "Person", "Place")
