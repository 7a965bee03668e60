"""Engines on this machine: in this process, or a pool of worker processes (the default)."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from chancery.engines.coded import CodedShard, Shard, code_shard
from chancery.ingest.base import RawDocument
from chancery.pipeline import Pipeline


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity, not the machine's count)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class SerialEngine:
    """Codes each shard at once in this process: what the server's writer and `watch` use."""

    name = "serial"
    in_flight = 0

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.workers = 1

    def submit(self, shard: Shard) -> CodedShard:
        return code_shard(self.pipeline, shard)

    def result(self, ticket: CodedShard) -> CodedShard:
        return ticket

    def close(self) -> None:
        pass


# The pipeline of a worker process, set once by the pool's initializer (one per process, never shared).
_worker_pipeline: Pipeline | None = None


def _install(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline


def _code(shard: Shard) -> CodedShard:
    assert _worker_pipeline is not None, "worker started without a pipeline"
    return code_shard(_worker_pipeline, shard)


# One sentence per supported language, coded once before forking so that everything the pipeline
# loads on first use (each language's lexicon, compiled patterns) is built once and shared.
_WARM_UP = {
    "en": "The foreign minister met his counterpart in Paris on Monday.",
    "fr": "Le ministre des Affaires étrangères a rencontré lundi son homologue à Paris.",
    "tr": "Dışişleri Bakanı pazartesi günü Paris'te mevkidaşı ile görüştü.",
}


def warm_up(pipeline: Pipeline) -> None:
    for lang, text in _WARM_UP.items():
        pipeline(RawDocument(doc_id=f"warm-up-{lang}", text=text, source="warm-up", lang=lang))


class ProcessEngine:
    """Codes shards in ``workers`` forked processes while this one links and writes.

    The workers are forked after the pipeline is loaded (and frozen out of the garbage collector),
    so they share its memory page by page instead of loading the knowledge base again. Fork before
    opening the database: a child must not inherit a DuckDB connection's threads. A worker that
    dies (killed, out of memory) stops the run with a coded error instead of a hang.
    """

    name = "local"

    def __init__(self, pipeline: Pipeline, workers: int) -> None:
        self.workers = workers
        self.in_flight = 2 * workers  # enough queued that no worker waits for the writer
        warm_up(pipeline)
        # fork: the pipeline reaches the children by inheritance, not by pickling
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_install,
            initargs=(pipeline,),
        )
        # The pool forks its workers at the first task: give it one now, before anything else is
        # open or read (a database connection's threads, a large input) that the children would inherit.
        self._pool.submit(os.getpid).result()

    def submit(self, shard: Shard) -> tuple[Shard, Future[CodedShard]]:
        assert self._pool is not None, "engine closed"
        return shard, self._pool.submit(_code, shard)

    def result(self, ticket: tuple[Shard, Future[CodedShard]]) -> CodedShard:
        shard, future = ticket
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise shard.lost("local", "a worker process died") from exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)  # queued shards: an interrupted run
            self._pool = None
