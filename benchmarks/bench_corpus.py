"""Corpus-scale benchmark: throughput against bare spaCy, parallel speed-up, flat memory.

Slices are fixed: the first ``--docs`` lines (default 1,000) of ``news.jsonl`` for the speed
ratios, and the first ``--big`` lines (default 10,000) for the memory check; ``--full`` instead
builds the whole corpus (``news.jsonl`` then ``usgov.jsonl``) and reports its time. Every
measurement runs in a fresh child process with the same spaCy pipeline (``load_pipeline()``,
loaded before the clock starts, except where workers must load their own). The Dask run uses a
LocalCluster started before the clock (as ``--dask ADDRESS`` uses a running cluster); its
start-up time is printed apart. Peak RSS is the
sum over the child and all its descendants (pool workers, Dask nanny/worker processes),
sampled every 50 ms with psutil; for the memory check it is read after the first 1,000 and
after the first 10,000 documents *of the same build*, so only the number of documents differs.

Run (about 15 minutes on 2 quiet cores; 40 with --full):
    python benchmarks/bench_corpus.py
    python benchmarks/bench_corpus.py --docs 200 --big 1000     # a quick try
    python benchmarks/bench_corpus.py --full
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


class PeakRSS:
    """Samples the RSS of this process and its descendants; remembers the peak."""

    def __init__(self, interval: float = 0.05):
        import psutil

        self.proc, self.interval, self.peak = psutil.Process(), interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def sample(self) -> int:
        import psutil

        total = 0
        for p in [self.proc, *self.proc.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        self.peak = max(self.peak, total)
        return total

    def _run(self):
        while not self._stop.wait(self.interval):
            self.sample()

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        self.sample()
        return self.peak


def _slice(src: Path, n: int | None, dest: Path) -> Path:
    with src.open("rb") as fh, dest.open("wb") as out:
        out.writelines(islice(fh, n))
    return dest


# --- child processes -----------------------------------------------------------------------

def child_bare(path: str) -> dict:
    from graphbuild.nlp import load_pipeline

    nlp = load_pipeline()
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
    words = sum(len(t.split()) for t in texts)
    rss = PeakRSS()
    start, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=32):
        pass
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "words": words, "documents": len(texts), "peak_rss": rss.stop()}


def child_build(inputs: list[str], workers: int, dask: str | None, marks: list[int]) -> dict:
    from graphbuild.build import build_graph
    from graphbuild.nlp import load_pipeline

    if workers == 1 and dask is None:
        load_pipeline()
    started = {}
    if dask == "local":  # a running cluster, as with --dask ADDRESS; its start-up is timed apart
        from graphbuild.executors import local_cluster

        t0 = time.perf_counter()
        running = local_cluster(workers)  # configured as graphbuild's --dask local; kept open to the end
        cluster = running.__enter__()
        dask, started["cluster_start"] = cluster.scheduler_address, time.perf_counter() - t0
    rss = PeakRSS()
    seen, at = [0], {}

    start, words, cpu = time.perf_counter(), [0], time.process_time()

    def progress(result):
        seen[0] += 1
        words[0] += result.words if result.ok else 0
        if seen[0] in marks:
            rss.sample()
            at[seen[0]] = rss.peak
        if seen[0] % 1000 == 0:  # a trace on stderr, so an unfinished run still says something
            elapsed = time.perf_counter() - start
            print(f"    ... {seen[0]:,} documents, {elapsed:,.0f} s, {words[0] / elapsed:,.0f} words/s, "
                  f"peak RSS so far {rss.peak / 2**20:,.0f} MB", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as tmp:
        given = os.environ.get("GRAPHBUILD_BENCH_BATCH_WORDS", "auto")
        batch_words = "auto" if given == "auto" else int(given)
        summary = build_graph(inputs, Path(tmp) / "out.nq", workers=workers, dask=dask, batch_words=batch_words,
                              progress=progress, warn=lambda m: None)
    return {"seconds": summary.seconds, "cpu": time.process_time() - cpu, "words": summary.words,
            "documents": summary.documents,
            "failed": summary.failed, "peak_rss": rss.stop(), "peak_rss_at": at, "summary": str(summary),
            **started}


def run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE if args[0] == "bare" else None, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"child {args} failed:\n{(out.stderr or '')[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- the benchmark -------------------------------------------------------------------------

def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def speed(small: str, w: int, row, wps, repeat: int = 2) -> None:
    """The four 1,000-document runs, ``repeat`` rounds of them in turn, and their ratios.

    This VM's speed drifts by 5-10% over minutes, so each configuration runs ``repeat`` times,
    interleaved with the others, and the ratios use each one's fastest run (noise only slows a
    run down, as with ``timeit``); the ratios of every round are printed as well.
    """
    runs: dict[str, list[dict]] = {"bare": [], "one": [], "many": [], "dask": []}
    for n in range(1, repeat + 1):
        if repeat > 1:
            print(f"round {n} of {repeat}", flush=True)
        for key, name, args in (("bare", "bare nlp.pipe (1 process)", ("bare", small)),
                                ("one", "graphbuild build, 1 process", ("build", "1", "-", "0", small)),
                                ("many", f"graphbuild build --workers {w}", ("build", str(w), "-", "0", small)),
                                ("dask", f"graphbuild build --dask local ({w})", ("build", str(w), "local", "0", small))):
            runs[key].append(run_child(*args))
            row(name, runs[key][-1])
        print(f"(the LocalCluster took {runs['dask'][-1]['cluster_start']:.1f} s to start, not counted above)")
        if repeat > 1:
            bare, one, many, dask = (wps(runs[k][-1]) for k in runs)
            print(f"  this round: 1 process / bare {one / bare:.2f}, workers / 1 process {many / one:.2f}, "
                  f"Dask / 1 process {dask / one:.2f}", flush=True)
    bare, one, many, dask = (max(wps(r) for r in runs[k]) for k in runs)
    best = f" (fastest of {repeat} runs each)" if repeat > 1 else ""
    print(f"\nratios{best}:")
    print(f"graphbuild 1 process / bare nlp.pipe:   {one / bare:.2f}  (target >= 0.85)")
    print(f"--workers {w} / 1 process:                {many / one:.2f}  (target >= 1.7)")
    print(f"Dask LocalCluster({w}) / 1 process:       {dask / one:.2f}  (target >= 1.6)", flush=True)
    cpu_bare, cpu_one = (min(r["cpu"] for r in runs[k]) for k in ("bare", "one"))
    print(f"(not a target; less sensitive to other load: bare CPU {cpu_bare:.1f} s, 1 process CPU {cpu_one:.1f} s, "
          f"words per CPU second 1 process / bare {cpu_bare / cpu_one:.2f})", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--docs", type=int, default=1000, help="documents in the speed slice")
    ap.add_argument("--big", type=int, default=10000, help="documents in the memory slice")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--full", action="store_true", help="memory check on, and time of, the full corpus")
    ap.add_argument("--only", choices=["speed", "memory"], help="run only the speed ratios or only the memory check")
    ap.add_argument("--batch-words", default="auto",
                    help="graphbuild's --batch-words in every build (default: graphbuild's own, "
                         "2,000 for workers and Dask, 16,000 in one process)")
    ap.add_argument("--repeat", type=int, default=2, help="rounds of the four speed runs (ratios use the fastest)")
    ap.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        mode, *rest = args.child
        if mode == "bare":
            result = child_bare(rest[0])
        else:
            workers, dask, marks, *inputs = rest
            result = child_build(inputs, int(workers), None if dask == "-" else dask,
                                 [int(m) for m in marks.split(",")])
        print(json.dumps(result))
        return

    import psutil

    os.environ["GRAPHBUILD_BENCH_BATCH_WORDS"] = str(args.batch_words)  # read by the child builds
    news = args.corpus / "news.jsonl"
    print(f"corpus slice: first {args.docs:,} lines of {news}; memory: first {args.big:,} lines"
          + (" -> full corpus (news.jsonl, usgov.jsonl)" if args.full else ""))
    print(f"machine: {psutil.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start; "
          f"--batch-words {args.batch_words}")
    w = args.workers

    def wps(r):
        return r["words"] / r["seconds"]

    def row(name, r):
        print(f"{name:<34}{r['documents']:>7,}{r['words']:>11,}{r['seconds']:>9.1f}{wps(r):>10,.0f}"
              f"{mb(r['peak_rss']):>11}", flush=True)

    print(f"\n{'run':<34}{'docs':>7}{'words':>11}{'seconds':>9}{'words/s':>10}{'peak RSS':>11}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        small = str(_slice(news, args.docs, Path(tmp) / "small.jsonl"))
        if args.only != "memory":
            speed(small, w, row, wps, args.repeat)
        if args.only == "speed":
            return
        if args.full:
            inputs = [str(news), str(args.corpus / "usgov.jsonl")]
        else:
            inputs = [str(_slice(news, args.big, Path(tmp) / "big.jsonl"))]
        big = run_child("build", str(w), "-", f"{args.docs},{args.big}", *inputs)
    at = {int(k): v for k, v in big["peak_rss_at"].items()}
    first, tenth = at.get(args.docs), at.get(args.big)
    label = "full corpus" if args.full else f"first {args.big:,}"
    print(f"\nmemory ({label} build, --workers {w}, process tree): peak RSS after {args.docs:,} docs "
          f"{mb(first or 0)}, after {args.big:,} docs {mb(tenth or 0)}, at the end {mb(big['peak_rss'])}")
    if first and tenth:
        print(f"peak RSS {args.big:,} / {args.docs:,} documents:   {tenth / first:.2f}  (target <= 1.10)")
        print(f"peak RSS end / {args.docs:,} documents:      {big['peak_rss'] / first:.2f}")
    print(f"{label}: {big['summary']}")
    print(f"machine load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
