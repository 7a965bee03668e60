"""``chancery ingest``: read, code and store."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from chancery.cli._options import (
    build_pipeline,
    coder_options,
    db_option,
    max_bytes_option,
    parse_coder_options,
    reports_errors,
)
from chancery.cli._render import console, table
from chancery.engines import EngineChoice, open_engine
from chancery.errors import Errors, UsageError
from chancery.ingest.base import ReadOptions
from chancery.jobs import DEFAULT_BATCH, RAY_BATCH, IngestReport, ingest_into, ingest_paths, input_sizes
from chancery.pipeline import Pipeline
from chancery.registry import DEFAULT_CODER, load_pipeline, settle_after_load
from chancery.store.db import Store
from chancery.web.remote import RemoteWriter, find_server


def run_ingest(
    paths: tuple[str, ...],
    db: str,
    max_bytes: int,
    batch_size: int,
    command: str,
    pipeline: Pipeline | None = None,
    *,
    custom_coder: bool = False,
    engine: EngineChoice | None = None,
    coder: str = DEFAULT_CODER,
    coder_options: dict[str, str] | None = None,
) -> IngestReport:
    """Ingest with a progress bar on stderr (documents, documents/s, ETA by input bytes).

    When a running ``chancery serve`` owns ``db``, its single writer codes and stores the
    documents instead (DuckDB lets one process write a file), and the dashboard shows them
    as each batch commits.
    """
    err = console(stderr=True)
    server = find_server(db)
    if server is not None:
        if custom_coder:
            raise UsageError(
                Errors.E501,
                option="--coder",
                reason=f"{db} is served by `chancery serve` (pid {server.pid}), which codes with its own "
                "pipeline; stop the server to ingest with another coder",
            )
        if engine is not None and engine != EngineChoice(workers=engine.workers):
            raise UsageError(
                Errors.E501,
                option="--engine",
                reason=f"{db} is served by `chancery serve` (pid {server.pid}), which codes and stores "
                "every batch itself; stop the server to ingest on another engine",
            )
        err.print(f"{db} is served at {server.url} (pid {server.pid}): its writer stores the documents")
        with _progress(err) as advance_factory:
            sizes = input_sizes(paths, exclude=RemoteWriter(server).own_files())
            advance = advance_factory(sum(sizes.values()))
            return ingest_into(
                paths,
                RemoteWriter(server),
                options=ReadOptions(max_bytes=max_bytes),
                batch_size=batch_size,
                command=command,
                sizes=sizes,
                on_progress=advance,
            )
    pipeline = pipeline or load_pipeline()
    settle_after_load()
    db_path = Path(db)
    sizes = input_sizes(paths, exclude=(db_path, db_path.with_name(db_path.name + ".wal")))
    # Opened before the database: local workers are forked and must not inherit its connection.
    runner = open_engine(
        engine or EngineChoice(),
        pipeline,
        coder=coder,
        options=coder_options or {},
        default_parquet=db_path.with_name(db_path.name + ".parquet"),
        input_bytes=sum(sizes.values()),
    )
    try:
        if runner.workers > 1:
            err.print(f"engine: {runner.name}, {runner.workers} workers")
        with Store(db) as store, _progress(err) as advance_factory:
            if runner.name != "serial":
                store.limit_threads(1)  # the CPUs are the coding workers'; one thread writes
            return ingest_paths(
                paths,
                store,
                pipeline,
                options=ReadOptions(max_bytes=max_bytes),
                batch_size=batch_size,
                command=command,
                sizes=sizes,
                on_progress=advance_factory(sum(sizes.values())),
                engine=runner,
            )
    finally:
        runner.close()


@contextmanager
def _progress(err: Console) -> Iterator[Callable[[int], Callable[[int, int], None]]]:
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        TextColumn("{task.fields[docs]} docs"),
        TextColumn("{task.fields[rate]} docs/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=False,
        disable=not err.is_terminal,
    ) as progress:

        def advance_factory(total_bytes: int) -> Callable[[int, int], None]:
            task = progress.add_task("ingest", total=max(1, total_bytes), docs=0, rate="-")

            def advance(docs: int, done_bytes: int) -> None:
                elapsed = progress.tasks[task].elapsed or 1e-9
                progress.update(task, completed=done_bytes, docs=docs, rate=f"{docs / elapsed:,.0f}")

            return advance

        yield advance_factory


def print_report(report: IngestReport, db: str) -> None:
    err = console(stderr=True)
    rate = report.read / report.seconds if report.seconds else 0.0
    err.print(
        f"run {report.run_id}: read {report.read} documents in {report.seconds:.1f} s ({rate:,.0f} docs/s): "
        f"{report.new} new, {report.duplicate} already stored, {report.events} events, "
        f"{len(report.errors)} rejected, {len(report.warnings)} warnings → {db}"
    )
    if report.rejects:
        rows = [
            (r.severity, r.code, f"{r.source}{':' + r.locator if r.locator else ''}", r.message)
            for r in report.rejects
        ]
        err.print(table("Rejected inputs and warnings", ("severity", "code", "input", "reason"), rows))


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@max_bytes_option
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    help=f"Documents per transaction (and per shard sent to a worker). Default: {DEFAULT_BATCH}, "
    f"or {RAY_BATCH} with --engine ray.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Where documents are coded: worker processes on this machine, or a Ray cluster. "
    "Either way this process links and stores them, in input order: the database is the same.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Coding workers. Default: every CPU this process may use (local; one process for inputs under "
    "256 KB) or every CPU of the Ray cluster.",
)
@click.option(
    "--address",
    metavar="ADDR",
    help="Ray cluster to join (host:port, or `auto` for the one `ray start` runs here). "
    "Default: start a Ray instance on this machine for the run.",
)
@click.option(
    "--parquet",
    type=click.Path(file_okay=False),
    help="With --engine ray: folder where workers write the coded rows as Parquet, one Hive-partitioned "
    "dataset per table (<table>/run=<id>/part-<n>.parquet); on a cluster it must be shared storage. "
    "Default: <db>.parquet next to the database.",
)
@coder_options
@reports_errors
def ingest_cmd(
    paths: tuple[str, ...],
    db: str,
    max_bytes: int,
    batch_size: int | None,
    engine: str,
    workers: int | None,
    address: str | None,
    parquet: str | None,
    coder: str,
    coder_option: tuple[str, ...],
) -> None:
    """Read, code and store documents in a DuckDB file.

    Documents are identified by the hash of their text, so ingesting the same
    input again adds nothing, and a run that was killed can simply be run
    again. Inputs that cannot be read are listed, stored in the `rejects`
    table, and make the exit status 1; everything else is still stored.

    Coding runs on every CPU by default (--workers); --engine ray runs it on
    a Ray cluster, whose workers also leave the coded rows as Parquet files.

    While `chancery serve` runs on the same database, the documents go to the
    server, which stores them batch by batch; the dashboard shows them at once.

    \b
    Example:
      chancery ingest ../shared/corpus/seeds news.jsonl --db chancery.duckdb
      chancery ingest big.jsonl --engine ray --address auto --parquet /shared/run
    """
    if engine != "ray" and (address or parquet):
        raise UsageError(Errors.E501, option="--address/--parquet", reason="they apply to --engine ray only")
    choice = EngineChoice(engine, workers, address, Path(parquet) if parquet else None)
    if batch_size is None:
        batch_size = RAY_BATCH if engine == "ray" else DEFAULT_BATCH
    custom = coder != DEFAULT_CODER or bool(coder_option)
    pipeline = build_pipeline(coder, coder_option) if custom or find_server(db) is None else None
    report = run_ingest(
        paths,
        db,
        max_bytes,
        batch_size,
        "ingest " + " ".join(paths),
        pipeline,
        custom_coder=custom,
        engine=choice,
        coder=coder,
        coder_options=parse_coder_options(coder_option),
    )
    print_report(report, db)
    if report.errors:
        sys.exit(1)
