"""``chancery ingest``: read, code and store."""

from __future__ import annotations

import sys

import click
from rich.progress import (
    BarColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from chancery.cli._options import build_pipeline, coder_options, db_option, max_bytes_option, reports_errors
from chancery.cli._render import console, table
from chancery.ingest.base import ReadOptions
from chancery.jobs import DEFAULT_BATCH, IngestReport, ingest_paths, input_sizes, store_files
from chancery.pipeline import Pipeline
from chancery.registry import load_pipeline, settle_after_load
from chancery.store.db import Store


def run_ingest(
    paths: tuple[str, ...],
    db: str,
    max_bytes: int,
    batch_size: int,
    command: str,
    pipeline: Pipeline | None = None,
) -> IngestReport:
    """Ingest with a progress bar on stderr (documents, documents/s, ETA by input bytes)."""
    err = console(stderr=True)
    pipeline = pipeline or load_pipeline()
    settle_after_load()
    sizes = input_sizes(paths)
    with (
        Store(db) as store,
        Progress(
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
        ) as progress,
    ):
        sizes = input_sizes(paths, exclude=store_files(store))
        task = progress.add_task("ingest", total=max(1, sum(sizes.values())), docs=0, rate="-")

        def advance(docs: int, done_bytes: int) -> None:
            elapsed = progress.tasks[task].elapsed or 1e-9
            progress.update(task, completed=done_bytes, docs=docs, rate=f"{docs / elapsed:,.0f}")

        report = ingest_paths(
            paths,
            store,
            pipeline,
            options=ReadOptions(max_bytes=max_bytes),
            batch_size=batch_size,
            command=command,
            sizes=sizes,
            on_progress=advance,
        )
    return report


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
    default=DEFAULT_BATCH,
    show_default=True,
    type=click.IntRange(min=1),
    help="Documents per transaction.",
)
@coder_options
@reports_errors
def ingest_cmd(
    paths: tuple[str, ...],
    db: str,
    max_bytes: int,
    batch_size: int,
    coder: str,
    coder_option: tuple[str, ...],
) -> None:
    """Read, code and store documents in a DuckDB file.

    Documents are identified by the hash of their text, so ingesting the same
    input again adds nothing, and a run that was killed can simply be run
    again. Inputs that cannot be read are listed, stored in the `rejects`
    table, and make the exit status 1; everything else is still stored.

    \b
    Example:
      chancery ingest ../shared/corpus/seeds news.jsonl --db chancery.duckdb
    """
    pipeline = build_pipeline(coder, coder_option)
    report = run_ingest(paths, db, max_bytes, batch_size, "ingest " + " ".join(paths), pipeline)
    print_report(report, db)
    if report.errors:
        sys.exit(1)
