"""Check a graph against the graphbuild SHACL shapes (``ontologies/shapes.ttl``) with pyshacl.

Examples:
    >>> from rdflib import Graph
    >>> validate_graph(Graph())
    ()
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, SH

from .rdf import union_graph

__all__ = ["Violation", "load_shapes", "validate_graph", "format_violations"]


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong."""

    focus: str
    focus_label: str | None
    path: str | None
    message: str
    severity: str = "Violation"
    value: str | None = None

    def __str__(self) -> str:
        who = f"{self.focus_label} <{self.focus}>" if self.focus_label else f"<{self.focus}>"
        path = f" {self.path}:" if self.path else ""
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {who}{path} {self.message}{value}"


def load_shapes(path: str | Path | None = None) -> Graph:
    """The SHACL shapes graph: ``path``, or the shapes shipped with graphbuild."""
    if path is None:
        text = resources.files("graphbuild.ontologies").joinpath("shapes.ttl").read_text(encoding="utf-8")
        return Graph().parse(data=text, format="turtle")
    return Graph().parse(path, format="turtle")


def _short(term, graph: Graph) -> str:
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:  # noqa: BLE001 - fall back to the full IRI
            return f"<{term}>"
    return str(term)


def _label(data: Graph, node) -> str | None:
    if node is None:
        return None
    label = data.value(node, RDFS.label) or data.value(node, DCTERMS.title)
    return str(label) if label is not None else None


def validate_graph(graph: Graph, shapes: Graph | None = None) -> tuple[Violation, ...]:
    """Validate a graph or dataset (the union of its graphs) against the shapes.

    Args:
        graph: The data, e.g. from :func:`graphbuild.rdf.load_dataset`.
        shapes: A SHACL shapes graph; default the shipped ``shapes.ttl``.

    Returns:
        The violations (and warnings), sorted by focus node; empty when the graph conforms.
    """
    import pyshacl

    from .rdf import bind_prefixes

    data = union_graph(graph)
    if len(data) == 0:
        return ()
    shapes = shapes if shapes is not None else load_shapes()
    _conforms, report, _text = pyshacl.validate(data, shacl_graph=shapes, inference="none",
                                                advanced=True, allow_warnings=True)
    bind_prefixes(report)
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        message = report.value(result, SH.resultMessage)
        severity = report.value(result, SH.resultSeverity)
        label = _label(data, focus)
        if value is not None and value != focus:
            value_label = _label(data, value)
            shown = f"{value_label} <{value}>" if value_label else _short(value, report)
        else:
            shown = None
        out.append(Violation(
            focus=str(focus), focus_label=label,
            path=_short(path, report) if path is not None else None,
            message=str(message) if message is not None else str(report.value(result, SH.sourceConstraintComponent)),
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            value=shown,
        ))
    return tuple(sorted(out, key=lambda v: (v.focus, v.path or "", v.message)))


def format_violations(violations: tuple[Violation, ...]) -> str:
    """One line per violation, then a count."""
    lines = [str(v) for v in violations]
    lines.append(f"{len(violations)} violation{'s' if len(violations) != 1 else ''}")
    return "\n".join(lines)
