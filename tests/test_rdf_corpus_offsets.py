"""Evidence that can be checked, on real corpus documents: offsets are code points into the text
as given (end exclusive), the quoted sentence is ``text[start:end]``, the document carries its
SHA-256, title, date and URL, and the built graphs conform to the SHACL shapes."""

import hashlib
import itertools

import pytest
from rdflib import Dataset
from rdflib.namespace import DCTERMS

from graphbuild.namespace import GB, OA
from graphbuild.rdf import doc_iri, extraction_to_graph, graph_iri

PER_CORPUS = 100


@pytest.fixture(scope="module")
def corpus_extractions(corpus_dir, nlp, tmp_path_factory):
    from graphbuild.build import extract_documents
    from graphbuild.corpus import read_documents

    folder = tmp_path_factory.mktemp("slice")
    paths = []
    for name in ("usgov.jsonl", "news.jsonl"):
        with (corpus_dir / name).open(encoding="utf-8") as src:
            lines = list(itertools.islice(src, PER_CORPUS))
        (folder / name).write_text("".join(lines), encoding="utf-8")
        paths.append(folder / name)
    documents = list(read_documents(paths))
    return documents, list(extract_documents(documents, nlp))


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("minimum", [2 * PER_CORPUS])
def test_rdf_corpus_offsets_match_text(corpus_extractions, minimum):
    documents, extractions = corpus_extractions
    assert len(extractions) >= minimum * 0.95
    texts = {d.id: d.text for d in documents}
    bad, checked = [], 0
    for extraction in extractions:
        text = texts[extraction.document.id]
        g = extraction_to_graph(extraction)
        for ev in g.subjects(GB.sentence):
            sentence = str(g.value(ev, GB.sentence))
            pos = next(s for s in g.objects(ev, OA.hasSelector) if g.value(s, OA.start) is not None)
            start, end = int(g.value(pos, OA.start)), int(g.value(pos, OA.end))
            ts, te = int(g.value(ev, GB.triggerStart)), int(g.value(ev, GB.triggerEnd))
            checked += 1
            if text[start:end] != sentence or text[ts:te] != str(g.value(ev, GB.trigger)) \
                    or not start <= ts < te <= end:
                bad.append((extraction.document.id, start, end, sentence[:60]))
        for m in extraction.mentions:
            if text[m.start:m.end] != m.text:
                bad.append((extraction.document.id, m.start, m.end, m.text))
    assert checked > 0, "no evidence at all in the slice: extraction found nothing"
    assert bad == [], f"{len(bad)} of {checked} offsets do not match the text: {bad[:5]}"


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("fields", [("title", "date", "url")])
def test_rdf_corpus_documents_carry_hash_and_metadata(corpus_extractions, fields):
    documents, extractions = corpus_extractions
    for extraction in extractions:
        doc = extraction.document
        g = extraction_to_graph(extraction)
        d = doc_iri(doc.id)
        assert str(g.value(d, GB.sha256)) == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        for field, prop in zip(fields, (DCTERMS.title, DCTERMS.date, DCTERMS.source)):
            if getattr(doc, field):
                assert g.value(d, prop) is not None, f"{doc.id}: {field} missing from the graph"


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("limit", [60])
def test_rdf_corpus_graphs_conform_to_shapes(corpus_extractions, limit):
    from graphbuild.validate import validate_graph

    _documents, extractions = corpus_extractions
    ds = Dataset()
    for extraction in extractions[:limit]:
        g = extraction_to_graph(extraction)
        target = ds.graph(graph_iri(extraction.document.id))
        for t in g:
            target.add(t)
    violations = validate_graph(ds)
    assert violations == (), "\n".join(str(v) for v in violations[:10])
