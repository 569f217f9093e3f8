"""Scoring extracted graphs against gold annotations: precision, recall and F1 per relation.

A gold file (the format of ``../shared/examples/*.gold.json``) names ``entities`` (a label and
aliases), ``equivalent`` entity pairs and ``statements`` (``s``, ``p``, ``o``, ``status``,
``required``). The extractor's output is scored from the RDF graph :func:`graphbuild.rdf.extraction_to_graph`
writes, exactly as an outside reader would see it:

- a graph actor matches a gold entity when one of its labels (``rdfs:label``, ``skos:altLabel``)
  equals one of the entity's aliases, case-insensitively and ignoring a leading "the";
  names from ``common_aliases.json`` count as aliases of the entity whose label or alias matches
  the key, unless the gold file gives the name to another entity;
- an edge matches a statement when its subject and object match the statement's entities (or
  entities ``equivalent`` to them); ``meets`` and ``cooperates`` match either way round;
- precision counts every plain ``actor gb:relation actor`` edge: correct when it matches an
  asserted or hedged gold statement (required or not), spurious otherwise;
- recall counts the required asserted/hedged statements found as plain edges;
- a plain edge matching only a hypothetical or negated statement is a forbidden edge;
- modality retention: of the hypothetical/negated gold statements, how many exist as statement
  nodes with a modality that is not a plain edge.

Examples:
    >>> normalize_name("The Kremlin ")
    'kremlin'
    >>> Counts(tp=3, fp=1, found=3, required=4).f1
    0.75
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GraphbuildError
from .gold import (Gold, find_aliases_file, gold_document, gold_files, load_common_aliases,
                   load_gold)
from .namespace import PLAIN_EDGE_MODALITIES, RELATIONS, SYMMETRIC_RELATIONS

__all__ = [
    "Counts", "DocumentScore", "EvaluationReport", "Gold", "normalize_name", "load_gold",
    "load_common_aliases", "gold_files", "gold_document", "score_graph", "evaluate_gold", "format_report",
]

PLAIN_STATUSES = frozenset({"asserted", "hedged", "reported"})


def normalize_name(name: str) -> str:
    """Lower-case, collapse spaces, straighten quotes, drop a leading "the".

    Examples:
        >>> normalize_name("the  U.S.")
        'u.s.'
        >>> normalize_name("Iran’s")
        "iran's"
    """
    text = " ".join(name.replace("\u2019", "'").replace("\u2018", "'").split()).lower()
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(frozen=True)
class Counts:
    """Edge counts for precision (tp, fp) and recall (found of required)."""

    tp: int = 0
    fp: int = 0
    found: int = 0
    required: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp,
                      self.found + other.found, self.required + other.required)

    @property
    def precision(self) -> float:
        """Correct plain edges / all plain edges (1.0 when there are none)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Required statements found / required statements (1.0 when none are required)."""
        return self.found / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return round(2 * p * r / (p + r), 4) if p + r else 0.0


@dataclass(frozen=True)
class DocumentScore:
    """How one document scored."""

    doc: str
    by_relation: dict[str, Counts]
    missed: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    kept_modal: int = 0
    modal: int = 0
    lost_modal: tuple[str, ...] = ()

    @property
    def total(self) -> Counts:
        """Counts summed over relations."""
        return sum(self.by_relation.values(), Counts())


@dataclass(frozen=True)
class EvaluationReport:
    """Scores of a set of gold documents, per document and micro-averaged overall."""

    documents: tuple[DocumentScore, ...] = field(default_factory=tuple)

    @property
    def by_relation(self) -> dict[str, Counts]:
        """Counts per relation summed over documents."""
        out = {r: Counts() for r in RELATIONS}
        for d in self.documents:
            for r, c in d.by_relation.items():
                out[r] = out[r] + c
        return out

    @property
    def total(self) -> Counts:
        """Micro-averaged counts over all documents and relations."""
        return sum((d.total for d in self.documents), Counts())

    @property
    def forbidden(self) -> int:
        """Plain edges that the gold marks hypothetical or negated."""
        return sum(len(d.forbidden) for d in self.documents)

    @property
    def modality_kept(self) -> tuple[int, int]:
        """(kept, total) hypothetical/negated gold statements kept as non-plain statement nodes."""
        return (sum(d.kept_modal for d in self.documents), sum(d.modal for d in self.documents))

    def to_dict(self) -> dict:
        """A JSON-ready summary."""
        def counts(c: Counts) -> dict:
            return {"tp": c.tp, "fp": c.fp, "found": c.found, "required": c.required,
                    "precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": c.f1}

        kept, modal = self.modality_kept
        return {
            "overall": counts(self.total),
            "relations": {r: counts(c) for r, c in self.by_relation.items()},
            "documents": [
                {"doc": d.doc, **counts(d.total), "missed": list(d.missed),
                 "spurious": list(d.spurious), "forbidden": list(d.forbidden),
                 "modality_kept": d.kept_modal, "modality_total": d.modal,
                 "modality_lost": list(d.lost_modal)}
                for d in self.documents
            ],
            "forbidden": self.forbidden,
            "modality_kept": kept,
            "modality_total": modal,
        }


def _entity_names(gold: Gold, common: dict[str, list[str]]) -> dict[str, set[str]]:
    """Entity key -> normalized names, with common aliases not claimed by another entity."""
    names = {k: {normalize_name(a) for a in [e.get("label", ""), *e.get("aliases", [])] if a}
             for k, e in gold.entities.items()}
    owner: dict[str, set[str]] = {}
    for k, ns in names.items():
        for n in ns:
            owner.setdefault(n, set()).add(k)
    extra: dict[str, set[str]] = {k: set() for k in names}
    for key, aliases in common.items():
        keys = owner.get(normalize_name(key), set())
        for k in keys:
            for a in aliases:
                n = normalize_name(a)
                if not owner.get(n) or owner[n] == {k}:
                    extra[k].add(n)
    return {k: names[k] | extra[k] for k in names}


def _graph_actors(graph) -> dict:
    """Actor IRI -> normalized labels, for everything with a label."""
    from rdflib import RDFS
    from rdflib.namespace import SKOS

    labels: dict = {}
    for pred in (RDFS.label, SKOS.altLabel):
        for s, o in graph.subject_objects(pred):
            labels.setdefault(s, set()).add(normalize_name(str(o)))
    return labels


def score_graph(graph, gold: Gold, common: dict[str, list[str]] | None = None) -> DocumentScore:
    """Score one document's RDF graph against its gold file.

    Args:
        graph: An ``rdflib.Graph`` as :func:`graphbuild.rdf.extraction_to_graph` writes it.
        gold: The gold annotation.
        common: ``common_aliases.json`` content.

    Returns:
        The document's counts, missed and spurious edges, forbidden edges and modality retention.
    """
    from rdflib import RDF

    from .namespace import GB

    names = _entity_names(gold, common or {})
    equivalent: dict[str, set[str]] = {k: {k} for k in names}
    for a, b in gold.equivalent:
        equivalent.setdefault(a, {a}).add(b)
        equivalent.setdefault(b, {b}).add(a)
    labels = _graph_actors(graph)

    def keys(iri) -> set[str]:
        ls = labels.get(iri, set())
        direct = {k for k, ns in names.items() if ls & ns}
        return set().union(*(equivalent.get(k, {k}) for k in direct)) if direct else set()

    def label(iri) -> str:
        from rdflib import RDFS
        return str(graph.value(iri, RDFS.label) or iri)

    def matches(s_keys, rel, o_keys, st) -> bool:
        if st["p"] != rel:
            return False
        if st["s"] in s_keys and st["o"] in o_keys:
            return True
        return rel in SYMMETRIC_RELATIONS and st["o"] in s_keys and st["s"] in o_keys

    def plain(st) -> bool:
        return st.get("status", "asserted") in PLAIN_STATUSES

    def required(st) -> bool:
        return plain(st) and st.get("required", True) is not False

    edges = []
    for rel in RELATIONS:
        for s, o in graph.subject_objects(GB[rel]):
            if s != o:
                edges.append((s, rel, o))
    by_rel = {r: Counts() for r in RELATIONS}
    found: set[int] = set()
    spurious, forbidden = [], []
    for s, rel, o in edges:
        sk, ok = keys(s), keys(o)
        hits = [i for i, st in enumerate(gold.statements) if matches(sk, rel, ok, st)]
        good = [i for i in hits if plain(gold.statements[i])]
        text = f"{label(s)} {rel} {label(o)}"
        if good:
            by_rel[rel] = by_rel[rel] + Counts(tp=1)
            found.update(i for i in good if required(gold.statements[i]))
        else:
            by_rel[rel] = by_rel[rel] + Counts(fp=1)
            (forbidden if hits else spurious).append(text)
    missed = []
    for i, st in enumerate(gold.statements):
        if required(st):
            by_rel[st["p"]] = by_rel[st["p"]] + Counts(required=1, found=int(i in found))
            if i not in found:
                missed.append(f"{st['s']} {st['p']} {st['o']}")

    # modality retention from statement nodes
    nodes = []
    for node in graph.subjects(RDF.type, GB.Statement):
        pred = graph.value(node, RDF.predicate)
        mod = graph.value(node, GB.modality)
        if pred is None or mod is None:
            continue
        rel = str(pred).rsplit("#", 1)[-1]
        nodes.append((keys(graph.value(node, RDF.subject)), rel,
                      keys(graph.value(node, RDF.object)), str(mod).rsplit("#", 1)[-1].lower()))
    modal = [st for st in gold.statements if not plain(st)]
    kept, lost = 0, []
    for st in modal:
        if any(mod not in PLAIN_EDGE_MODALITIES and matches(sk, rel, ok, st)
               for sk, rel, ok, mod in nodes):
            kept += 1
        else:
            lost.append(f"{st['s']} {st['p']} {st['o']} ({st.get('status')})")
    return DocumentScore(gold.doc, by_rel, tuple(missed), tuple(sorted(spurious)),
                         tuple(sorted(forbidden)), kept, len(modal), tuple(lost))


def evaluate_gold(
    paths: Iterable[str | Path], nlp, corpus: str | Path | None = None,
    aliases: str | Path | None = None,
) -> EvaluationReport:
    """Extract each gold file's document with ``nlp`` and score it.

    Args:
        paths: Gold ``.json`` files (folders are searched for ``*.json``, except
            ``common_aliases.json``).
        nlp: A loaded spaCy pipeline.
        corpus: Folder of ``.jsonl`` files for ``corpus:<id>`` texts.
        aliases: ``common_aliases.json``; default the one beside a gold file or in a parent folder.

    Returns:
        Per-document scores.
    """
    from .build import extract_documents
    from .rdf import extraction_to_graph

    files = gold_files(paths)
    if not files:
        raise GraphbuildError("no gold files given")
    golds = [load_gold(f) for f in files]
    documents = [gold_document(g, corpus) for g in golds]
    scores = []
    for gold, extraction in zip(golds, extract_documents(documents, nlp)):
        common_path = aliases or find_aliases_file(gold.path)
        scores.append(score_graph(extraction_to_graph(extraction), gold,
                                  load_common_aliases(common_path)))
    return EvaluationReport(tuple(scores))


def _row(name: str, c: Counts) -> str:
    return (f"{name:<44} {c.tp:>4} {c.fp:>4} {c.found:>4}/{c.required:<4} "
            f"{c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}")


def format_report(report: EvaluationReport, fmt: str = "table") -> str:
    """The report as a text table (``table``) or JSON (``json``).

    Examples:
        >>> print(format_report(EvaluationReport(), "json").splitlines()[0])
        {
    """
    if fmt == "json":
        return json.dumps(report.to_dict(), indent=2)
    head = f"{'':<44} {'tp':>4} {'fp':>4} {'found':>9} {'P':>6} {'R':>6} {'F1':>6}"
    lines = ["per relation", head]
    lines += [_row(r, c) for r, c in report.by_relation.items() if c.tp or c.fp or c.required]
    lines += ["", "per document", head]
    lines += [_row(d.doc[:44], d.total) for d in report.documents]
    lines += ["", _row("overall (micro)", report.total)]
    kept, modal = report.modality_kept
    lines.append(f"forbidden plain edges (gold hypothetical/negated): {report.forbidden}")
    lines.append(f"modality kept: {kept}/{modal}")
    for d in report.documents:
        details = [("missed", d.missed), ("spurious", d.spurious), ("FORBIDDEN", d.forbidden),
                   ("modality lost", d.lost_modal)]
        if any(items for _, items in details):
            lines += ["", d.doc]
            for what, items in details:
                lines += [f"  {what}: {item}" for item in items]
    return "\n".join(lines)
