"""graphbuild: knowledge graphs of actors and relations in international politics, from news text.

The public API is small: load a spaCy pipeline, extract statements from documents, turn them
into RDF, and read views (networkx, HTML) from that RDF.
"""

from .errors import GraphbuildError
from .namespace import GB
from .statement import Actor, Document, Evidence, Extraction, Mention, Statement

__all__ = [
    "GraphbuildError", "GB", "Actor", "Document", "Evidence", "Extraction", "Mention", "Statement",
]
__version__ = "0.1.0"
