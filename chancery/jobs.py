"""The two main jobs: code documents to JSON, and ingest them into a store."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from chancery._faults import Failpoints
from chancery.dedup.doc_index import DocIndex
from chancery.dedup.link import Linker
from chancery.engines import Engine, SerialEngine, Shard
from chancery.ingest.base import RawDocument, ReadOptions, Reject
from chancery.ingest.sources import iter_items, walk
from chancery.pipeline import Pipeline, Result
from chancery.store.db import Store, batch_tables

DEFAULT_BATCH = 256  # per transaction: larger batches amortize the per-batch write and query cost
# With --engine ray a batch is also a shard sent to a worker and read back from Parquet: larger shards
# amortize the writer's per-batch cost (a transaction, a story query against the whole store), which
# decides how far adding workers helps, since the single writer shares the machine with them.
RAY_BATCH = 4096


def code_paths(
    paths: Iterable[str | Path], pipeline: Pipeline, options: ReadOptions | None = None
) -> Iterator[Result | Reject]:
    """Code every document under ``paths``, in input order; rejects pass through."""
    for item in iter_items(paths, options):
        if isinstance(item, Reject):
            yield item
        else:
            yield pipeline(item)


@dataclass
class IngestReport:
    run_id: int
    read: int = 0
    new: int = 0
    duplicate: int = 0
    events: int = 0
    rejects: list[Reject] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def errors(self) -> list[Reject]:
        return [r for r in self.rejects if r.severity == "error"]

    @property
    def warnings(self) -> list[Reject]:
        return [r for r in self.rejects if r.severity != "error"]

    def counts(self) -> dict[str, int]:
        return {"read": self.read, "new": self.new, "duplicate": self.duplicate, "rejected": len(self.errors)}


Progress = Callable[[int, int], None]  # (documents read so far, input bytes done so far)


def store_files(store: Store) -> tuple[Path, Path]:
    """The database's own files, never to be read as input even when they sit in an input folder."""
    return store.path, store.path.with_name(store.path.name + ".wal")


def input_sizes(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> dict[str, int]:
    sizes = {}
    for entry in walk(paths, exclude):
        if isinstance(entry, Path):
            try:
                sizes[str(entry)] = entry.stat().st_size
            except OSError:
                sizes[str(entry)] = 0
    return sizes


class BatchWriter(Protocol):
    """Where ``ingest`` sends its batches: this process's store, or a server's single writer."""

    def start_run(self, command: str) -> int: ...

    def write(self, report: IngestReport, docs: list[RawDocument], rejects: list[Reject]) -> None: ...

    def drain(self, report: IngestReport) -> None:
        """Store every batch still being coded (a writer may code ahead of what it stores)."""
        ...

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None: ...

    def own_files(self) -> tuple[Path, ...]: ...


@dataclass
class LocalWriter:
    """Store batches in this process's database, one transaction per batch, in input order.

    The ``engine`` codes them (by default here, at once; or ahead, in worker processes or on a Ray
    cluster); linking to the stored documents and writing stay here, with the single writer.
    """

    store: Store
    pipeline: Pipeline
    failpoints: Failpoints = field(default_factory=Failpoints)
    engine: Engine | None = None
    doc_index: DocIndex | None = None  # the stored signatures, kept from an earlier writer of this store
    _seen: set[bytes] = field(default_factory=set, init=False, repr=False)  # this run's documents
    _pending: deque[tuple[Any, list[Reject]]] = field(default_factory=deque, init=False, repr=False)
    _shards: int = field(default=0, init=False, repr=False)
    _linker: Linker = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.engine is None:
            self.engine = SerialEngine(self.pipeline)
        self._linker = Linker(self.store, self.doc_index)
        self.store.tune_for_writing()

    def start_run(self, command: str) -> int:
        self._seen.clear()  # a long-lived writer (the server's) must not keep every run's hashes
        return self.store.start_run(command, self.pipeline.coder_version, self.pipeline.config)

    def write(self, report: IngestReport, docs: list[RawDocument], rejects: list[Reject]) -> None:
        assert self.engine is not None
        fresh = self._fresh(report, docs)
        if not fresh and not rejects:
            return
        ticket = None  # nothing to code: only the rejects to record, in their turn
        if fresh:
            ticket = self.engine.submit(Shard(self._shards, report.run_id, fresh))
            self._shards += 1
        self._pending.append((ticket, list(rejects)))
        while len(self._pending) > self.engine.in_flight:
            self._store_oldest(report)

    def drain(self, report: IngestReport) -> None:
        while self._pending:
            self._store_oldest(report)

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        self._pending.clear()  # after a failure: coded, never stored; a re-run codes them again
        self.store.finish_run(run_id, status=status, counts=counts)
        self.store.compact_explorer()

    def own_files(self) -> tuple[Path, ...]:
        return store_files(self.store)

    def _fresh(self, report: IngestReport, docs: list[RawDocument]) -> tuple[RawDocument, ...]:
        """The documents neither stored nor already sent in this run (the first of equal texts)."""
        known = self.store.known_hashes(d.content_hash for d in docs)
        fresh = []
        for raw in docs:
            digest = raw.content_hash
            key = bytes.fromhex(digest)
            if digest in known or key in self._seen:
                report.duplicate += 1
            else:
                self._seen.add(key)
                fresh.append(raw)
        return tuple(fresh)

    def _store_oldest(self, report: IngestReport) -> None:
        assert self.engine is not None
        ticket, rejects = self._pending.popleft()
        linked = None
        if ticket is None:
            tables = batch_tables(report.run_id, [])
        else:
            coded = self.engine.result(ticket)
            rejects = rejects + coded.warnings
            links, linked = self._linker.link(coded.link, report.run_id)  # near-duplicates, stories
            tables = {**coded.load(), **links}
            report.new += coded.documents
            report.events += coded.events
        self.failpoints.reach("before_write")
        self.store.write_tables(report.run_id, tables, rejects, self.failpoints)
        if linked is not None:
            self._linker.stored(linked)
        self.failpoints.reach("after_write")
        report.rejects.extend(rejects)


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    pipeline: Pipeline,
    *,
    options: ReadOptions | None = None,
    batch_size: int = DEFAULT_BATCH,
    command: str = "ingest",
    sizes: dict[str, int] | None = None,
    on_progress: Progress | None = None,
    engine: Engine | None = None,
) -> IngestReport:
    """Read, code (on ``engine``: by default in this process) and store; each batch is one
    transaction, written in input order. Safe to re-run after a crash."""
    writer = LocalWriter(store, pipeline, engine=engine)
    return ingest_into(
        paths,
        writer,
        options=options,
        batch_size=batch_size,
        command=command,
        sizes=sizes,
        on_progress=on_progress,
    )


def ingest_into(
    paths: Iterable[str | Path],
    writer: BatchWriter,
    *,
    options: ReadOptions | None = None,
    batch_size: int = DEFAULT_BATCH,
    command: str = "ingest",
    sizes: dict[str, int] | None = None,
    on_progress: Progress | None = None,
    items: Iterable[RawDocument | Reject] | None = None,
) -> IngestReport:
    """Read ``paths`` (or take ``items`` already read) and hand batches to ``writer``; the run
    is recorded even when interrupted."""
    paths = list(paths)
    sizes = sizes if sizes is not None else {}
    started = time.perf_counter()
    report = IngestReport(run_id=writer.start_run(command))
    docs: list[RawDocument] = []
    rejects: list[Reject] = []
    bytes_done, current_source, fraction = 0, None, 0.0

    def flush() -> None:
        writer.write(report, docs, rejects)
        docs.clear()
        rejects.clear()

    status = "interrupted"
    try:
        source = items if items is not None else iter_items(paths, options, exclude=writer.own_files())
        for item in source:
            if item.source != current_source:
                if current_source is not None:
                    bytes_done += sizes.get(current_source, 0)
                current_source, fraction = item.source, 0.0
            if isinstance(item, Reject):
                rejects.append(item)
            else:
                docs.append(item)
                report.read += 1
                fraction = item.read_fraction
            if len(docs) >= batch_size:
                flush()
                if on_progress:
                    on_progress(report.read, bytes_done + int(fraction * sizes.get(current_source or "", 0)))
        flush()
        writer.drain(report)
        if on_progress:
            on_progress(report.read, sum(sizes.values()))
        status = "done"
    finally:
        report.seconds = time.perf_counter() - started
        writer.finish_run(report.run_id, status, report.counts())
    return report
