"""The database a server owns: one writing connection, and a reading handle per request.

DuckDB lets one process write a file. The server is that process while it runs:
`chancery ingest` hands it documents (see :mod:`chancery.web.remote`), its writer
codes and stores them one batch per transaction under a lock, and every request
reads through its own handle, which sees each committed batch at once. So the
dashboard shows new documents without a restart, and no reader ever sees half a batch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from chancery.errors import Errors, UsageError
from chancery.ingest.base import RawDocument, Reject
from chancery.jobs import IngestReport, LocalWriter
from chancery.pipeline import Pipeline
from chancery.store.db import Store
from chancery.store.dyad_index import DyadIndex, current_epoch


class ServedDatabase:
    def __init__(self, path: str | Path, load_pipeline: Callable[[], Pipeline] | None = None) -> None:
        self.store = Store(path)
        self.path = self.store.path
        self._load_pipeline = load_pipeline
        self._writer: LocalWriter | None = None
        self._lock = threading.Lock()  # one batch at a time: the single writer
        self._runs: set[int] = set()
        self._local = threading.local()
        self._views: list[Store] = []
        self._lock_views = threading.Lock()
        # Replaced, never changed: after each batch (its tail count) and each re-sort.
        self.store.compact_explorer()  # rows a plain `chancery ingest` left unsorted, if enough of them
        self.dyad_index = DyadIndex.build(self.store).owned(self.store)
        self._resorting = ReadWriteLock()  # pages read row ids: a re-sort must not move them mid-read

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """This thread's reading handle (made once per server thread, kept until shutdown)."""
        view = getattr(self._local, "view", None)
        if view is None:
            view = self._local.view = self.store.reader()
            with self._lock_views:
                self._views.append(view)
        with self._resorting.shared():
            yield view

    def _local_writer(self) -> LocalWriter:
        if self._writer is None:  # the pipeline loads at the first ingest, not at start-up
            from chancery.registry import load_pipeline

            pipeline = self._load_pipeline() if self._load_pipeline else load_pipeline()
            self._writer = LocalWriter(self.store, pipeline)
        return self._writer

    def start_run(self, command: str) -> int:
        with self._lock:
            run_id = self._local_writer().start_run(command)
            self._runs.add(run_id)
            return run_id

    def write(self, run_id: int, docs: list[RawDocument], rejects: list[Reject]) -> IngestReport:
        """Code and store one batch for an open run; the report counts this batch only."""
        with self._lock:
            if run_id not in self._runs:
                raise UsageError(
                    Errors.E501, option="run_id", reason=f"run {run_id} is not open on this server"
                )
            report = IngestReport(run_id=run_id)
            report.read = len(docs)
            self._local_writer().write(report, list(docs), list(rejects))
            index = self.dyad_index
            self.dyad_index = replace(index, tail=(index.tail or 0) + report.events)
            return report

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self._lock:
            if run_id not in self._runs:
                raise UsageError(
                    Errors.E501, option="run_id", reason=f"run {run_id} is not open on this server"
                )
            with self._resorting.exclusive():  # finishing may re-sort the explorer table
                self._local_writer().finish_run(run_id, status, counts)
                if current_epoch(self.store) != self.dyad_index.epoch:
                    self.dyad_index = DyadIndex.build(self.store).owned(self.store)
            self._runs.discard(run_id)

    def close(self) -> None:
        with self._lock:
            for run_id in sorted(self._runs):  # runs whose client vanished
                self.store.finish_run(run_id, status="interrupted", counts={})
            self._runs.clear()
            with self._lock_views:
                for view in self._views:
                    view.close()
                self._views.clear()
            self.store.close()


class ReadWriteLock:
    """Many readers at once, or one writer (who waits for the readers in progress)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._writing = True
            while self._readers:
                self._cond.wait()
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()
