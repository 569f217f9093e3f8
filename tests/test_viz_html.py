"""The HTML explorer as a file: self-contained, escaped, and its data complete."""

from __future__ import annotations

import json
import re

import pytest

from graphbuild.analysis import actor_network
from graphbuild.cli import main
from graphbuild.rdf import extractions_to_dataset, write_dataset
from graphbuild.viz import GraphView, network_to_view_data, render_html, write_html

EVIL = "</script><script>alert(1)</script> <img src=x onerror=alert(2)> \u2028 & <!-- x"


def _data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.DOTALL)
    return json.loads(match.group(1))


@pytest.fixture
def evil_dataset():
    """An article whose sentences, title and actor label try to break out of the page."""
    from graphbuild.statement import Actor, Document, Evidence, Extraction, Statement

    sentence = f"Russia praised the Taliban. {EVIL}"
    text = f"Russia met the Taliban. {sentence}"
    doc = Document(id="evil", text=text, title=f"Title {EVIL}", date="2024-03-22", url="javascript:alert(3)")
    russia, taliban = Actor("russia", "Russia", "State"), Actor("taliban", f"Taliban {EVIL}", "ArmedGroup")
    met = Evidence("evil", "Russia met the Taliban.", 0, 23, "met", 7, 10)
    start = text.index(sentence)
    praised = Evidence("evil", sentence, start, len(text), "praised", start + 7, start + 14)
    return extractions_to_dataset([Extraction(doc, (), (Statement(russia, "meets", taliban, met),
                                                        Statement(russia, "praises", taliban, praised)))])


@pytest.mark.parametrize("pattern", [r"<link\b", r"@import", r"url\(\s*['\"]?(https?:)?//",
                                     r"\b(src|href)=['\"]?(https?:)?//", r"<script[^>]*\bsrc\s*="])
def test_viz_page_loads_no_remote_resource(evil_dataset, pattern):
    assert not re.search(pattern, render_html(evil_dataset), re.IGNORECASE)


@pytest.mark.parametrize("fragment", ["</script><script>alert(1)", "<img src=x onerror", "\u2028", "<!-- x"])
def test_viz_article_text_is_escaped_in_the_page(evil_dataset, fragment):
    page = render_html(evil_dataset)
    assert fragment not in page
    assert page.count("</script>") == 3  # data, vis-network, the app
    data = _data(page)
    sentences = [ev["s"] for e in data["edges"] for ev in e["evidence"]]
    assert any(EVIL in s for s in sentences)


@pytest.mark.parametrize("modality,dashed", [("hypothetical", True)])
def test_viz_data_keeps_non_plain_statements(make_extraction, modality, dashed):
    ds = extractions_to_dataset([make_extraction([("russia", "meets", "taliban")]),
                                 make_extraction([("russia", "recognizes", "taliban")], doc_id="d2", modality=modality)])
    data = network_to_view_data(actor_network(ds, modalities=["asserted", modality]))
    assert {e["modality"] for e in data["edges"]} == {"asserted", modality}
    assert all(e["parallel"] for e in data["edges"])
    assert sorted(e["k"] for e in data["edges"]) == [0, 1]
    assert set(data["plainModalities"]) == {"asserted", "hedged", "reported"}


@pytest.mark.parametrize("max_nodes,shown", [(3, 3), (100, 6)])
def test_viz_large_graph_is_cut_with_a_note_and_laid_out(make_extraction, max_nodes, shown):
    triples = [("russia", "meets", "taliban"), ("china", "meets", "russia"), ("ukraine", "blames", "russia"),
               ("united-states", "blames", "isis-k"), ("taliban", "attacks", "isis-k")]
    G = actor_network(extractions_to_dataset([make_extraction(triples)]))
    data = network_to_view_data(G, max_nodes=max_nodes, layout_threshold=2)
    assert len(data["nodes"]) == shown
    assert data["hiddenNodes"] == 6 - shown
    assert data["physics"] is False and all("x" in n and "y" in n for n in data["nodes"])
    assert network_to_view_data(G, max_nodes=max_nodes, layout_threshold=2) == data


@pytest.mark.parametrize("title", ["<b>my graph</b>"])
def test_viz_write_html_and_jupyter(evil_dataset, tmp_path, title):
    path = write_html(evil_dataset, tmp_path / "g.html", title=title)
    page = path.read_text(encoding="utf-8")
    assert "<title>&lt;b&gt;my graph&lt;/b&gt;</title>" in page
    frame = GraphView(evil_dataset)._repr_html_()
    assert frame.startswith("<iframe srcdoc=") and "<script" not in frame


@pytest.mark.parametrize("args", [[], ["--relation", "meets"]])
def test_viz_cli_view(cli_runner, evil_dataset, tmp_path, args):
    graph = write_dataset(evil_dataset, tmp_path / "g.ttl")
    result = cli_runner.invoke(main, ["view", str(graph), "-o", str(tmp_path / "g.html"), *args])
    assert result.exit_code == 0, result.output
    edges = _data((tmp_path / "g.html").read_text(encoding="utf-8"))["edges"]
    assert len(edges) == (1 if args else 2)
