"""Benchmark the HTML explorer on a synthetic 2,000-actor graph in graphbuild's RDF shape.

Measures (targets from issue 5, on a 2-core machine):
  * writing the HTML: < 5 s;
  * time until the layout is stable in headless Chromium, measured by the page itself: < 10 s;
each next to a baseline measured in the same run: plain pyvis ``Network.write_html`` of the same
network (vis-network inlined, its default physics) and the same page in Chromium.

Run: python benchmarks/bench_viz.py [--actors 2000] [--statements 5000] [--no-browser]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

from graphbuild.analysis import actor_network
from graphbuild.namespace import ACTOR_TYPES, RELATIONS
from graphbuild.rdf import bind_prefixes, extraction_to_graph, write_dataset
from graphbuild.statement import Actor, Document, Evidence, Extraction, Statement
from graphbuild.viz import write_html

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--proxy-server=127.0.0.1:9",
                  "--window-size=1400,900"]
# polls from inside the page: ms since navigation start until vis-network's first layout pass
# ("stabilizationIterationsDone", or the first drawing when physics is off) and until its
# physics is at rest ("stabilized")
POLL = """
window.__stableMs = null; window.__iterationsDoneMs = null;
document.addEventListener('DOMContentLoaded', function () {
  var hooked = false;
  var timer = setInterval(function () {
    var net = window.graphbuild ? window.graphbuild.network : window.network;
    if (net && !hooked) {
      hooked = true;
      net.once('stabilizationIterationsDone', function () { window.__iterationsDoneMs = performance.now(); });
    }
    if (window.graphbuild && window.graphbuild.stable) {
      window.__stableMs = window.__iterationsDoneMs = window.graphbuild.stableMs;
    } else if (net && net.physics && (net.physics.stabilized || !net.physics.physicsEnabled)) {
      window.__stableMs = performance.now();
      if (window.__iterationsDoneMs === null) window.__iterationsDoneMs = window.__stableMs;
    }
    if (window.__stableMs !== null) clearInterval(timer);
  }, 25);
});
"""


def synthetic_extractions(actors: int, statements: int, documents: int, seed: int = 7) -> list[Extraction]:
    """Preferential-attachment actors and relations spread over dated documents."""
    import networkx as nx

    rng = random.Random(seed)
    people = [Actor(f"actor-{i}", f"Actor {i}", rng.choice(ACTOR_TYPES), f"Q{1000 + i}" if i % 3 == 0 else None)
              for i in range(actors)]
    skeleton = list(nx.barabasi_albert_graph(actors, 2, seed=seed).edges())
    by_doc: dict[int, list[Statement]] = {}
    texts: dict[int, list[str]] = {}
    for n in range(statements):
        u, v = skeleton[n % len(skeleton)] if n < len(skeleton) else rng.choice(skeleton)
        subj, obj = (people[u], people[v]) if rng.random() < 0.5 else (people[v], people[u])
        relation = rng.choice(RELATIONS)
        modality = "hypothetical" if rng.random() < 0.05 else "asserted"
        d = rng.randrange(documents)
        sentence = f"{subj.label} {relation} {obj.label}, officials said on the record."
        start = sum(len(s) + 1 for s in texts.get(d, []))
        texts.setdefault(d, []).append(sentence)
        trig = start + len(subj.label) + 1
        ev = Evidence(f"doc-{d}", sentence, start, start + len(sentence), relation, trig, trig + len(relation))
        by_doc.setdefault(d, []).append(Statement(subj, relation, obj, ev, modality=modality,
                                                  confidence=round(rng.uniform(0.3, 0.95), 2)))
    out = []
    for d, stmts in sorted(by_doc.items()):
        date = f"{2023 + d % 3}-{1 + d % 12:02d}-{1 + d % 28:02d}"
        doc = Document(f"doc-{d}", " ".join(texts[d]), title=f"Report {d}", date=date, url=f"https://example.org/{d}")
        out.append(Extraction(doc, (), tuple(stmts)))
    return out


def to_dataset(extractions):
    from rdflib import Dataset

    ds = bind_prefixes(Dataset(default_union=True))
    for ex in extractions:
        g = extraction_to_graph(ex)
        target = ds.graph(g.identifier)
        for triple in g:
            target.add(triple)
    return ds


def pyvis_baseline(G, path: Path) -> None:
    from pyvis.network import Network

    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    for n, d in G.nodes(data=True):
        net.add_node(n, label=d["label"], title=d["type"])
    for u, v, d in G.edges(data=True):
        net.add_edge(u, v, label=d["relation"], title=(d["sentences"] or [""])[0], value=d["weight"])
    net.write_html(str(path), notebook=False)


def time_to_stable(path: Path, timeout: float = 120.0) -> tuple[float | None, float | None]:
    """Milliseconds from navigation start until the first layout pass is done and until the
    layout is at rest (``None``: not within ``timeout`` seconds)."""
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in CHROMIUM_FLAGS + [f"--user-data-dir={tempfile.mkdtemp(prefix='gb-bench-')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    done = None
    try:
        driver.set_page_load_timeout(timeout)
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": POLL})
        driver.get(path.as_uri())
        deadline = time.monotonic() + timeout
        driver.set_script_timeout(timeout)
        while time.monotonic() < deadline:
            try:  # a page busy with its layout answers late
                done, stable = driver.execute_script("return [window.__iterationsDoneMs, window.__stableMs];")
            except TimeoutException:
                continue
            if stable is not None:
                return done, float(stable)
            time.sleep(0.1)
        return done, None
    finally:
        driver.quit()


def _fmt(ms):
    return "not within 120 s" if ms is None else f"{ms / 1000:.2f} s"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--statements", type=int, default=5000)
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load} (other work slows every number alike)")
    t = time.perf_counter()
    ds = to_dataset(synthetic_extractions(args.actors, args.statements, args.documents))
    build_s = time.perf_counter() - t
    t = time.perf_counter()
    G = actor_network(ds, modalities=["asserted", "hedged", "reported", "hypothetical", "negated"])
    read_s = time.perf_counter() - t
    print(f"synthetic graph: {G.number_of_nodes()} actors, {G.number_of_edges()} edges, {len(ds)} triples "
          f"(built in {build_s:.1f} s; actor_network read it in {read_s:.2f} s)")

    out = Path(tempfile.mkdtemp(prefix="gb-bench-"))
    import pyvis.network  # noqa: F401  (import both sides' libraries first: time the work, not imports)
    import scipy.spatial  # noqa: F401
    t = time.perf_counter()
    ours = write_html(ds, out / "graphbuild.html")
    ours_rdf_s = time.perf_counter() - t
    turtle = write_dataset(ds, out / "synthetic.ttl")
    t = time.perf_counter()
    write_html(turtle, out / "graphbuild-ttl.html")
    ours_ttl_s = time.perf_counter() - t
    t = time.perf_counter()
    write_html(G, out / "graphbuild-nx.html")
    ours_nx_s = time.perf_counter() - t
    t = time.perf_counter()
    pyvis_baseline(G, out / "pyvis.html")
    pyvis_s = time.perf_counter() - t
    print(f"write HTML from RDF (read + layout + page):  {ours_rdf_s:6.2f} s   target < 5 s   "
          f"{'OK' if ours_rdf_s < 5 else 'MISSED'}")
    print(f"write HTML from a Turtle file (graphbuild view, parse included): {ours_ttl_s:6.2f} s "
          f"({turtle.stat().st_size / 1e6:.0f} MB)")
    print(f"write HTML from the networkx graph:          {ours_nx_s:6.2f} s")
    print(f"baseline: pyvis Network.write_html (in_line): {pyvis_s:6.2f} s   ratio ours/pyvis {ours_nx_s / pyvis_s:.2f}")
    print(f"file sizes: graphbuild {ours.stat().st_size / 1e6:.1f} MB, pyvis {(out / 'pyvis.html').stat().st_size / 1e6:.1f} MB")

    if args.no_browser or not (shutil.which("chromium") and shutil.which("chromedriver")):
        print("browser timings skipped (no chromium/chromedriver or --no-browser)")
        return
    ours_done, ours_ms = time_to_stable(ours)
    pyvis_done, pyvis_ms = time_to_stable(out / "pyvis.html")
    ok = ours_ms is not None and ours_ms < 10_000
    print(f"layout stable in headless Chromium, graphbuild: {_fmt(ours_ms)}   target < 10 s   {'OK' if ok else 'MISSED'}")
    if ours_done and pyvis_done:
        ratio = f"ratio ours/pyvis {ours_done / pyvis_done:.3f}"
    else:  # the baseline did not finish: the ratio is at most ours / the time waited
        ratio = f"ratio ours/pyvis < {ours_done / 120_000:.3f}" if ours_done else "ratio n/a"
    print(f"baseline: pyvis page, first layout pass done: {_fmt(pyvis_done)}   {ratio}")
    print(f"baseline: pyvis page, physics at rest:        {_fmt(pyvis_ms)}")
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
