"""Building a graph from documents: read, parse, extract, write.

``build_graph`` streams documents through one spaCy pipeline (``nlp.pipe``) and writes one
named graph per document.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .corpus import read_documents
from .rdf import extractions_to_dataset, format_for_path, write_dataset
from .statement import Document, Extraction

__all__ = ["BuildSummary", "extract_documents", "build_graph"]


@dataclass(frozen=True)
class BuildSummary:
    """What a build did."""

    documents: int
    actors: int
    relations: int
    statements: int
    seconds: float
    skipped: int = 0

    def __str__(self) -> str:
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return (f"{self.documents} documents{skipped}, {self.actors} actors, "
                f"{self.relations} relations ({self.statements} statements), {self.seconds:.1f} s")


def extract_documents(documents: Iterable[Document], nlp, batch_size: int = 16) -> Iterator[Extraction]:
    """Parse documents with ``nlp.pipe`` and extract from each, one at a time."""
    from .extract import extract_from_doc

    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_from_doc(doc, document)


def build_graph(
    inputs: Iterable[str | Path],
    output: str | Path,
    model: str | None = None,
    progress: Callable[[Extraction], None] | None = None,
) -> BuildSummary:
    """Build a graph from inputs and write it to ``output`` (format by extension).

    Args:
        inputs: ``.txt`` files, folders, ``.jsonl`` corpora or ``-`` for stdin.
        output: The RDF file to write (``.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.jsonld``).
        model: A spaCy pipeline name; default the best installed English one.
        progress: Called after each document.

    Returns:
        Counts and time.
    """
    from .nlp import load_pipeline

    format_for_path(output)  # fail on a bad extension before any work
    start = time.perf_counter()
    nlp = load_pipeline(model)
    extractions = []
    for extraction in extract_documents(read_documents(inputs), nlp):
        extractions.append(extraction)
        if progress:
            progress(extraction)
    ds = extractions_to_dataset(extractions)
    write_dataset(ds, output)
    actors = {a.id for e in extractions for a in e.actors}
    edges = {s.key for e in extractions for s in e.statements if s.is_plain_edge}
    statements = {s.key for e in extractions for s in e.statements}
    return BuildSummary(len(extractions), len(actors), len(edges), len(statements),
                        time.perf_counter() - start)
