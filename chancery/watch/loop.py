"""The watch loop: poll every source, store what is new through the usual writer, remember it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from chancery.dedup.doc_index import DocIndex
from chancery.ingest.base import RawDocument, Reject
from chancery.jobs import DEFAULT_BATCH, IngestReport, LocalWriter, ingest_into, store_files
from chancery.pipeline import Pipeline
from chancery.store.db import Store
from chancery.watch.sources import FeedSource, FolderSource, Pending
from chancery.watch.state import WatchState, state_path
from chancery.web.remote import RemoteWriter, advert_path, find_server

Source = FolderSource | FeedSource


@dataclass(frozen=True)
class Cycle:
    number: int
    sources: int
    new_items: int
    stored: int
    duplicate: int
    events: int
    rejected: int
    seconds: float
    via: str  # "store" or the URL of the server that owns the database
    run_id: int | None
    rejects: tuple[Reject, ...] = ()

    def line(self) -> str:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        where = "" if self.via == "store" else f" via {self.via}"
        return (
            f"{stamp} cycle {self.number}: {self.sources} source{'s' * (self.sources != 1)}, "
            f"{self.new_items} new item{'s' * (self.new_items != 1)}, "
            f"{self.stored} stored, {self.duplicate} already stored, {self.events} events, "
            f"{self.rejected} rejected ({self.seconds:.1f} s){where}"
        )


def run_cycle(
    number: int,
    sources: Sequence[Source],
    db: str | Path,
    pipeline: Pipeline,
    state: WatchState,
    batch_size: int,
    docs: DocIndex | None = None,
) -> Cycle:
    started = time.perf_counter()
    server = find_server(db)
    db_files = (Path(db), Path(str(db) + ".wal"), advert_path(db), state_path(db))
    pending: list[tuple[Source, Pending]] = [
        (source, item) for source in sources for item in source.poll(state.of(source.name), db_files)
    ]
    items: list[RawDocument | Reject] = [it for _, p in pending for it in p.items]
    report: IngestReport | None = None
    if items:
        command = f"watch cycle {number}"
        if server is not None:
            report = ingest_into(
                (), RemoteWriter(server), batch_size=batch_size, command=command, items=items
            )
        else:
            with Store(db) as store:
                # the stored signatures, kept across cycles: each cycle reads only what others stored since
                writer = LocalWriter(store, pipeline, doc_index=docs)
                assert set(store_files(store)) <= set(db_files)
                report = ingest_into((), writer, batch_size=batch_size, command=command, items=items)
    for source, item in pending:  # only once stored: a crash before this re-reads, never loses
        if item.key:
            state.of(source.name).seen[item.key] = item.version
    for source in sources:
        entry = state.of(source.name)
        entry.seen = source.keep(entry.seen)
    state.save()
    errors = tuple(r for r in (report.rejects if report else []) if r.severity == "error")
    return Cycle(
        number=number,
        sources=len(sources),
        new_items=sum(1 for _, p in pending if p.key),
        stored=report.new if report else 0,
        duplicate=report.duplicate if report else 0,
        events=report.events if report else 0,
        rejected=len(errors),
        seconds=time.perf_counter() - started,
        via=server.url if server else "store",
        run_id=report.run_id if report else None,
        rejects=errors,
    )


def watch(
    sources: Sequence[Source],
    db: str | Path,
    pipeline: Pipeline,
    *,
    interval: float = 60.0,
    cycles: int | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_cycle: Callable[[Cycle], None] | None = None,
    stop: threading.Event | None = None,
) -> list[Cycle]:
    """Poll ``sources`` every ``interval`` seconds (``cycles`` times, or until ``stop`` is set)."""
    stop = stop or threading.Event()
    state = WatchState.load(state_path(db))
    done: list[Cycle] = []
    number = 0
    docs = DocIndex()
    while not stop.is_set() and (cycles is None or number < cycles):
        number += 1
        started = time.monotonic()
        cycle = run_cycle(number, sources, db, pipeline, state, batch_size, docs)
        done.append(cycle)
        if on_cycle:
            on_cycle(cycle)
        if cycles is not None and number >= cycles:
            break
        stop.wait(max(0.0, interval - (time.monotonic() - started)))
    return done
