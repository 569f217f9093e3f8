"""Where batches run: in this process, in a pool of worker processes, or on a Dask cluster.

Each executor is a context manager that yields a function from an iterable of batches to an
iterator of :class:`~graphbuild.build.DocumentResult`, in input order, with a bounded window of
batches in flight (so memory stays flat however large the corpus). Every worker loads the spaCy
pipeline once and runs :func:`~graphbuild.build.extract_batch` on the batches it is sent; only
small strings travel between processes.

Examples:
    >>> [list(run) for run in _spans(iter([3, 1, 1, 5, 2]), 4, int)]
    [[3, 1], [1, 5], [2]]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager

from .build import _words, extract_batch
from .errors import GraphbuildError
from .statement import Document  # noqa: F401  (used in doctests)

__all__ = ["in_process", "process_pool", "dask_cluster", "local_cluster", "dask_worker_config"]


def _windowed(submit: Callable[[list], Callable[[], list]], batches: Iterable[list], window: int) -> Iterator:
    """Results of ``submit(batch)()`` in input order, with at most ``window`` batches in flight."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft()()
    while pending:
        yield from pending.popleft()()


@contextmanager
def in_process(model, extract):
    yield lambda batches: (r for b in batches for r in extract_batch(b, model, extract))


def _init_worker(model):
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    from .nlp import load_pipeline

    load_pipeline(model)


def _life_share(recycle_words: int | None, recycle_docs: int | None) -> Callable[[list], float]:
    """How much of a worker's life a batch uses: its words against ``recycle_words``, or its
    documents against ``recycle_docs``, whichever is the larger share.

    Examples:
        >>> share = _life_share(1000, 10)
        >>> share([Document("a", "one two"), Document("b", "three")])
        0.2
    """
    def share(batch: list) -> float:
        words = sum(_words(d.text) for d in batch) / recycle_words if recycle_words else 0.0
        docs = len(batch) / recycle_docs if recycle_docs else 0.0
        return max(words, docs)

    return share


def _spans(items: Iterator, budget: int, weight: Callable[[object], int]) -> Iterator[Iterator]:
    """Consecutive lazy runs of ``items``, each ending after the item that takes its weight to ``budget``.

    Nothing is read ahead: each run is an iterator over the shared ``items``, and the next run
    starts where the previous one stopped (consume each run before asking for the next).

    Examples:
        >>> [list(run) for run in _spans(iter([3, 1, 1, 5, 2]), 4, int)]
        [[3, 1], [1, 5], [2]]
    """
    items = iter(items)
    for first in items:
        def run(first=first):
            total = weight(first)
            yield first
            if total >= budget:
                return
            for item in items:
                yield item
                total += weight(item)
                if total >= budget:
                    return
        yield run()


@contextmanager
def process_pool(workers, model, extract, recycle_words=None, recycle_docs=None):
    """A pool of worker processes, replaced by a fresh pool after ``recycle_words`` words or
    ``recycle_docs`` documents per worker, whichever comes first.

    A long-lived spaCy process grows slowly even with memory zones and ``malloc_trim`` (its
    heap fragments, a little with every document), so each run of batches worth a worker's life
    goes to a new pool: the old one finishes its batches and exits, and new workers load the
    pipeline again (about two seconds), so memory stays flat.
    """
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    current: list = []

    def run(batches):
        recycle = recycle_words is not None or recycle_docs is not None
        runs = _spans(batches, workers, _life_share(recycle_words, recycle_docs)) if recycle else [batches]
        for part in runs:
            pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(model,))
            current[:] = [pool]

            def submit(batch, pool=pool):
                return pool.submit(extract_batch, batch, model, extract).result

            yield from _windowed(submit, part, 2 * workers + 1)
            pool.shutdown(wait=True)

    try:
        yield run
    except BrokenProcessPool:
        raise GraphbuildError("a worker process died (out of memory or killed?); "
                              "re-run with --store DIR to resume, or with fewer --workers") from None
    finally:
        for pool in current:  # running batches finish; queued ones are dropped
            pool.shutdown(wait=True, cancel_futures=True)


def _warm_dask_worker(model):
    from .nlp import load_pipeline

    load_pipeline(model)
    return True


def dask_worker_config() -> dict:
    """Dask settings under which a cluster's workers parse as fast as a pool's (``--dask local`` uses them).

    Measured on 400 news documents, the CPU time of the same batches in a Dask worker was
    15-25% above a pool worker's under Dask's defaults, for two reasons: workers started
    with ``spawn`` parse slower than forked ones (``forkserver`` is as fast as ``fork`` and
    safe with the client's threads), and the ``MALLOC_TRIM_THRESHOLD_`` Dask sets for its
    workers makes glibc hand memory back on every large free (six times the page faults and
    about 20% of the CPU in the kernel); graphbuild trims the heap itself after each batch.
    Dask's statistical profiler, which samples every worker thread's stack every 10 ms, is
    switched off: a build of 400 news documents on a LocalCluster of 2 took 20.2-20.6 s without
    it against 21.4 s with it (two interleaved runs each, about 4% less).
    The scheduler's and servers' housekeeping is made less frequent (no work stealing, which
    uniform batches on equal workers do not need; the event-loop tick, system monitor and
    memory monitor once a second or less): on a LocalCluster of 2, the client process, which
    also runs the scheduler and competes with the workers for the cores, used 2.7 s of CPU
    over 400 documents (twice) against 4.9-6.7 s with Dask's defaults.
    For a cluster of your own, set the same keys in its Dask configuration (or as
    ``DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD=forkserver`` and so on in the
    environment of the scheduler and workers).

    Examples:
        >>> sorted(dask_worker_config())[:3]
        ['distributed.admin.system-monitor.interval', 'distributed.admin.tick.interval', 'distributed.nanny.pre-spawn-environ']
        >>> dask_worker_config()["distributed.scheduler.work-stealing"]
        False
    """
    import multiprocessing

    from dask import config

    import distributed  # noqa: F401  (defines the distributed.* defaults read below)

    environ = {k: v for k, v in (config.get("distributed.nanny.pre-spawn-environ") or {}).items()
               if k != "MALLOC_TRIM_THRESHOLD_"}
    methods = multiprocessing.get_all_start_methods()
    return {
        "distributed.nanny.pre-spawn-environ": environ,
        "distributed.worker.multiprocessing-method": "forkserver" if "forkserver" in methods else "spawn",
        "distributed.worker.profile.enabled": False,
        "distributed.scheduler.work-stealing": False,
        "distributed.admin.tick.interval": "1s",
        "distributed.admin.system-monitor.interval": "5s",
        "distributed.worker.memory.monitor-interval": "1s",
    }


@contextmanager
def local_cluster(workers: int):
    """A Dask ``LocalCluster`` of ``workers`` single-threaded worker processes, configured
    with :func:`dask_worker_config`; what ``--dask local`` runs on."""
    from dask import config
    from distributed import LocalCluster

    with config.set(dask_worker_config()), LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster


@contextmanager
def dask_cluster(address, workers, model, extract):
    from distributed import Client

    with ExitStack() as stack:
        if address == "local":
            cluster = stack.enter_context(local_cluster(workers))
            address = cluster.scheduler_address
        try:
            client = stack.enter_context(Client(address, timeout="60s"))
        except (OSError, TimeoutError) as exc:
            raise GraphbuildError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        client.run(_warm_dask_worker, model)  # every worker loads the pipeline once, up front
        threads = max(sum(client.nthreads().values()), 1)

        def submit(batch):
            return client.submit(extract_batch, batch, model, extract, pure=False).result

        yield lambda batches: _windowed(submit, batches, 2 * threads + 1)
