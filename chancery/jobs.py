"""The two main jobs: code documents to JSON, and ingest them into a store."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from chancery._faults import Failpoints
from chancery.dedup.link import link_batch
from chancery.ingest.base import RawDocument, ReadOptions, Reject
from chancery.ingest.sources import iter_items, walk
from chancery.pipeline import Pipeline, Result
from chancery.store.db import Store, Stored

DEFAULT_BATCH = 64


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

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None: ...

    def own_files(self) -> tuple[Path, ...]: ...


@dataclass
class LocalWriter:
    """Code and store each batch in this process, one transaction per batch."""

    store: Store
    pipeline: Pipeline
    failpoints: Failpoints = field(default_factory=Failpoints)

    def start_run(self, command: str) -> int:
        return self.store.start_run(command, self.pipeline.coder_version, self.pipeline.config)

    def write(self, report: IngestReport, docs: list[RawDocument], rejects: list[Reject]) -> None:
        _write(self.store, self.pipeline, report, docs, rejects, self.failpoints)

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        self.store.finish_run(run_id, status=status, counts=counts)
        self.store.compact_explorer()

    def own_files(self) -> tuple[Path, ...]:
        return store_files(self.store)


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
) -> IngestReport:
    """Read, code and store; each batch is one transaction. Safe to re-run after a crash."""
    writer = LocalWriter(store, pipeline)
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
        if on_progress:
            on_progress(report.read, sum(sizes.values()))
        status = "done"
    finally:
        report.seconds = time.perf_counter() - started
        writer.finish_run(report.run_id, status, report.counts())
    return report


def _write(
    store: Store,
    pipeline: Pipeline,
    report: IngestReport,
    docs: list[RawDocument],
    rejects: list[Reject],
    failpoints: Failpoints,
) -> None:
    known = store.known_hashes(d.content_hash for d in docs)
    fresh: dict[str, RawDocument] = {}
    for raw in docs:
        digest = raw.content_hash
        if digest in known or digest in fresh:
            report.duplicate += 1
        else:
            fresh[digest] = raw
    stored = []
    for raw in fresh.values():
        result = pipeline(raw)
        if result.error is not None:
            rejects.append(Reject.from_error(result.error, raw.source, raw.locator, severity="warning"))
        stored.append(Stored(raw, result))
        report.events += len(result.article.events)
    links = link_batch(store, stored, report.run_id)  # near-duplicates and stories, against the store
    failpoints.reach("before_write")
    store.write_batch(report.run_id, stored, rejects, failpoints, extra=links)
    failpoints.reach("after_write")
    report.new += len(stored)
    report.rejects.extend(rejects)
