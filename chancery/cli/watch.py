"""``chancery watch``: keep ingesting new files and feed entries."""

from __future__ import annotations

import signal
import threading

import click

from chancery.cli._options import build_pipeline, coder_options, db_option, max_bytes_option, reports_errors
from chancery.cli._render import console
from chancery.ingest.base import ReadOptions
from chancery.jobs import DEFAULT_BATCH


@click.command("watch")
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option(
    "--interval",
    default=300.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds between polls.",
)
@click.option(
    "--cycles", type=click.IntRange(min=1), help="Stop after this many polls (default: run until stopped)."
)
@max_bytes_option
@click.option("--batch-size", default=DEFAULT_BATCH, show_default=True, type=click.IntRange(min=1))
@coder_options
@reports_errors
def watch_cmd(
    sources: tuple[str, ...],
    db: str,
    interval: float,
    cycles: int | None,
    max_bytes: int,
    batch_size: int,
    coder: str,
    coder_option: tuple[str, ...],
) -> None:
    """Ingest what appears in folders and RSS/Atom feeds, every INTERVAL seconds.

    A SOURCE is a folder (its new or changed files, read like `chancery
    ingest` reads them) or an http(s) URL of a feed (its new entries: title
    and text). What was taken is remembered in `<db>.watch.json`, so a
    restart goes on where it stopped and nothing is ingested twice. One log
    line per cycle; Ctrl-C or SIGTERM stops after the current cycle. While
    `chancery serve` owns the database, documents go through the server.

    \b
    Example:
      chancery watch incoming/ https://example.org/world.rss --interval 600
    """
    from chancery.watch import source_for, watch

    err = console(stderr=True)
    pipeline = build_pipeline(coder, coder_option)
    options = ReadOptions(max_bytes=max_bytes)
    watched = [source_for(s, options) for s in sources]
    stop = threading.Event()

    def request_stop(signum: int, frame: object) -> None:
        err.print("stopping after this cycle")
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}

    def log(cycle) -> None:  # type: ignore[no-untyped-def]
        err.print(cycle.line(), highlight=False, soft_wrap=True)
        for reject in cycle.rejects:
            err.print(
                f"  {reject.code} {reject.source}{':' + reject.locator if reject.locator else ''}: {reject.message}"
            )

    err.print(f"watching {len(watched)} sources into {db} every {interval:g} s")
    try:
        watch(
            watched,
            db,
            pipeline,
            interval=interval,
            cycles=cycles,
            batch_size=batch_size,
            on_cycle=log,
            stop=stop,
        )
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
