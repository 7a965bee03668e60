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
from pathlib import Path

from chancery.errors import Errors, UsageError
from chancery.ingest.base import RawDocument, Reject
from chancery.jobs import IngestReport, LocalWriter
from chancery.pipeline import Pipeline
from chancery.store.db import Store


class ServedDatabase:
    def __init__(self, path: str | Path, load_pipeline: Callable[[], Pipeline] | None = None) -> None:
        self.store = Store(path)
        self.path = self.store.path
        self._load_pipeline = load_pipeline
        self._writer: LocalWriter | None = None
        self._lock = threading.Lock()  # one batch at a time: the single writer
        self._runs: set[int] = set()

    @contextmanager
    def reader(self) -> Iterator[Store]:
        view = self.store.reader()
        try:
            yield view
        finally:
            view.close()

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
            return report

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self._lock:
            if run_id not in self._runs:
                raise UsageError(
                    Errors.E501, option="run_id", reason=f"run {run_id} is not open on this server"
                )
            self._local_writer().finish_run(run_id, status, counts)
            self._runs.discard(run_id)

    def close(self) -> None:
        with self._lock:
            for run_id in sorted(self._runs):  # runs whose client vanished
                self.store.finish_run(run_id, status="interrupted", counts={})
            self._runs.clear()
            self.store.close()
