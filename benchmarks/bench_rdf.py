"""Benchmark graphbuild's RDF path (pyoxigraph) against a plain in-memory ``rdflib.Graph``.

On a synthetic graph of about 1 million triples in graphbuild's exact shape (built with
``graphbuild.rdf.extraction_to_graph``: documents, actors, plain edges, statement nodes,
evidence with Web Annotation selectors, one named graph per document), measured in one run:

  * bulk load + a two-hop SPARQL join: the graphbuild path (``graphbuild.query.query_source``,
    what ``graphbuild query FILE QUERY`` runs: a pyoxigraph bulk load, the query, the labels of
    the result) vs ``rdflib.Graph().parse`` + ``Graph.query``, on the same N-Triples file.
    Targets: at least 5 times faster, peak memory at most half;
  * Turtle export: ``graphbuild.rdf.write_dataset`` (sorted, deterministic, via pyoxigraph) vs
    ``rdflib.Graph.serialize(format="turtle")``. Target: at least 5 times faster.

Each side runs in its own fresh subprocess, so its peak RSS (``VmHWM``) is its own. Both load
the union of the document graphs as N-Triples (a plain ``rdflib.Graph`` has no named graphs);
the N-Quads file with one graph per document is written too, for ``--keep``.

Run: python benchmarks/bench_rdf.py [--triples 1000000] [--keep DIR] [--verify]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TWO_HOP = """
PREFIX gb: <https://w3id.org/graphbuild/ontology#>
SELECT (COUNT(*) AS ?paths) WHERE { ?a gb:blames ?b . ?b gb:attacks ?c . }
"""
MODALITIES = (("asserted", 0.70), ("hedged", 0.08), ("reported", 0.10), ("hypothetical", 0.07), ("negated", 0.05))


def generate(nq_path: Path, nt_path: Path, triples: int, actors: int = 2000, seed: int = 7) -> tuple[int, int]:
    """Write a graphbuild-shaped graph as N-Quads (named graphs) and N-Triples (union).

    Returns:
        (documents, distinct triples in the union).
    """
    from graphbuild.namespace import ACTOR_TYPES, RELATIONS
    from graphbuild.rdf import extraction_to_graph
    from graphbuild.statement import Actor, Document, Evidence, Extraction, Mention, Statement

    rng = random.Random(seed)
    people = [Actor(f"actor-{i}", f"Actor {i}", ACTOR_TYPES[i % len(ACTOR_TYPES)],
                    f"Q{1000 + i}" if i % 3 == 0 else None) for i in range(actors)]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(actors)]  # a few actors appear a lot
    modalities, mweights = zip(*MODALITIES)
    union: set[bytes] = set()
    docs = 0
    with nq_path.open("wb") as nq:
        while len(union) < triples:
            doc_id = f"synthetic-{docs:06d}"
            parts, statements, mentions, pos = [], [], [], 0
            for _ in range(rng.randint(25, 45)):
                subj, obj = rng.choices(people, weights, k=2)
                if subj.id == obj.id:
                    continue
                relation = rng.choice(RELATIONS)
                sentence = f"{subj.label} {relation} {obj.label}, officials said in a statement."
                start = pos
                trigger = start + len(subj.label) + 1
                ev = Evidence(doc_id, sentence, start, start + len(sentence), relation, trigger,
                              trigger + len(relation))
                modality = rng.choices(modalities, mweights)[0]
                according = rng.choice(people) if modality == "reported" else None
                statements.append(Statement(subj, relation, obj, ev, modality=modality,
                                            confidence=round(rng.uniform(0.3, 0.95), 2), according_to=according))
                mentions.append(Mention(subj, subj.label, start, start + len(subj.label)))
                o_start = trigger + len(relation) + 1
                mentions.append(Mention(obj, obj.label, o_start, o_start + len(obj.label)))
                parts.append(sentence)
                pos += len(sentence) + 1
            text = " ".join(parts)
            day = 1 + docs % 28
            doc = Document(doc_id, text, title=f"Synthetic report {docs}", date=f"2024-{1 + docs % 12:02d}-{day:02d}",
                           url=f"https://example.org/{doc_id}")
            g = extraction_to_graph(Extraction(doc, tuple(mentions), tuple(statements)))
            suffix = f" <{g.identifier}> .\n".encode()
            for line in g.serialize(format="nt", encoding="utf-8").splitlines():
                if line.strip():
                    nq.write(line[:-2] + suffix)
                    union.add(line)
            docs += 1
    nt_path.write_bytes(b"\n".join(sorted(union)) + b"\n")
    return docs, len(union)


def _peak_mb() -> float:
    """Peak resident memory of this process: VmHWM (ru_maxrss survives exec on Linux, so a child
    would report its parent's peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Timeout(BaseException):  # rdflib catches Exception inside its serializer
    pass


def _timeout(_signum, _frame):
    raise _Timeout()


def worker(side: str, nq: Path, nt: Path, out: Path, export_timeout: float = 3600) -> dict:
    """Load, query, then export, in this process; returns timings and peak RSS."""
    base = _peak_mb()
    capped = False
    if side == "graphbuild":
        from graphbuild.query import query_source
        from graphbuild.rdf import write_dataset
        from graphbuild.store import load_file_into_store

        t0 = time.perf_counter()
        store = load_file_into_store(nt)
        t1 = time.perf_counter()
        result, _labels = query_source(store, TWO_HOP)
        answer = int(result.rows[0][0])
        t2 = time.perf_counter()
        peak = _peak_mb()
        write_dataset(store, out / "graphbuild.ttl")
        t3 = time.perf_counter()
        first = hashlib.sha256((out / "graphbuild.ttl").read_bytes()).hexdigest()
        write_dataset(store, out / "graphbuild-again.ttl")
        deterministic = first == hashlib.sha256((out / "graphbuild-again.ttl").read_bytes()).hexdigest()
        size = (out / "graphbuild.ttl").stat().st_size
    else:
        from rdflib import Graph

        t0 = time.perf_counter()
        g = Graph()
        g.parse(nt, format="nt")
        t1 = time.perf_counter()
        answer = int(next(iter(g.query(TWO_HOP)))[0])
        t2 = time.perf_counter()
        peak = _peak_mb()
        print(json.dumps({"phase": "loaded", "load_s": t1 - t0, "query_s": t2 - t1, "peak_mb": peak}),
              file=sys.stderr, flush=True)
        signal.signal(signal.SIGALRM, _timeout)
        signal.alarm(max(1, int(export_timeout)))
        try:
            g.serialize(out / "rdflib.ttl", format="turtle")
            capped = False
        except _Timeout:
            capped = True
        signal.alarm(0)
        t3 = time.perf_counter()
        deterministic = None
        size = (out / "rdflib.ttl").stat().st_size if not capped else 0
    return {"side": side, "load_s": t1 - t0, "query_s": t2 - t1, "export_s": t3 - t2, "answer": answer,
            "peak_mb": peak, "start_mb": base, "deterministic": deterministic, "ttl_bytes": size,
            "export_capped": side == "rdflib" and capped}


def _run_side(side: str, nq: Path, nt: Path, out: Path, export_timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--worker", side, "--nq", str(nq), "--nt", str(nt), "--out", str(out),
           "--export-timeout", str(export_timeout)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{side} worker failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _verify_turtle(path: Path, expected: int) -> int:
    """Parse the graphbuild Turtle with rdflib (slow; --verify only)."""
    from rdflib import Graph

    g = Graph().parse(path, format="turtle")
    return len(g) - expected


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=None, help="Keep the generated files in this folder.")
    parser.add_argument("--verify", action="store_true", help="Also parse the graphbuild Turtle with rdflib.")
    parser.add_argument("--export-timeout", type=float, default=3600,
                        help="Stop rdflib's Turtle export after this many seconds; the ratio is then a lower bound.")
    parser.add_argument("--worker", choices=["graphbuild", "rdflib"], help=argparse.SUPPRESS)
    parser.add_argument("--nq", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--nt", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.nq, args.nt, args.out, args.export_timeout)))
        return

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_rdf."))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        nq, nt = folder / "synthetic.nq", folder / "synthetic.nt"
        t0 = time.perf_counter()
        if nq.is_file() and nt.is_file() and args.keep:
            docs, union = len({line.rsplit(b" ", 2)[-2] for line in nq.read_bytes().splitlines()}), \
                nt.read_bytes().count(b"\n")
        else:
            docs, union = generate(nq, nt, args.triples)
        print(f"synthetic graph: {docs} documents, {union:,} distinct triples "
              f"({nt.stat().st_size / 1e6:.0f} MB N-Triples), ready in {time.perf_counter() - t0:.0f} s")
        gb = _run_side("graphbuild", nq, nt, folder, args.export_timeout)
        rl = _run_side("rdflib", nq, nt, folder, args.export_timeout)
        if gb["answer"] != rl["answer"]:
            raise SystemExit(f"answers differ: graphbuild {gb['answer']} vs rdflib {rl['answer']}")
        gb_lq, rl_lq = gb["load_s"] + gb["query_s"], rl["load_s"] + rl["query_s"]
        rows = [
            ("bulk load", gb["load_s"], rl["load_s"]),
            ("two-hop SPARQL join", gb["query_s"], rl["query_s"]),
            ("load + join", gb_lq, rl_lq),
            ("Turtle export", gb["export_s"], rl["export_s"]),
        ]
        print(f"two-hop join answer: {gb['answer']:,} paths (both sides agree)")
        print(f"{'':24}{'graphbuild':>12}{'rdflib':>12}{'ratio':>10}")
        capped = ">" if rl["export_capped"] else ""
        for name, a, b in rows:
            mark = capped if name == "Turtle export" else ""
            print(f"{name:24}{a:11.1f}s{mark:>2}{b:9.1f}s{mark:>2}{b / a:7.1f}x")
        if capped:
            print(f"(rdflib's Turtle export was stopped after {rl['export_s']:.0f} s: its time and ratio are lower bounds)")
        print(f"{'peak RSS, load + join':24}{gb['peak_mb']:10.0f}MB{rl['peak_mb']:10.0f}MB"
              f"{gb['peak_mb'] / rl['peak_mb']:9.2f}x")
        print(f"targets: load + join >= 5x faster: {'met' if rl_lq / gb_lq >= 5 else 'NOT met'} "
              f"({rl_lq / gb_lq:.1f}x); peak memory <= 1/2: "
              f"{'met' if gb['peak_mb'] <= rl['peak_mb'] / 2 else 'NOT met'} ({gb['peak_mb'] / rl['peak_mb']:.2f}); "
              f"Turtle export >= 5x faster: {'met' if rl['export_s'] / gb['export_s'] >= 5 else 'NOT met'} "
              f"({capped}{rl['export_s'] / gb['export_s']:.1f}x)")
        print(f"graphbuild Turtle deterministic (two exports byte-identical): {gb['deterministic']}")
        if args.verify:
            extra = _verify_turtle(folder / "graphbuild.ttl", union)
            print(f"graphbuild Turtle parses in rdflib: {'same triple count' if extra == 0 else f'{extra:+d} triples'}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
