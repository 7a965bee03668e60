"""``chancery demo``: what ``make demo`` runs."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from chancery.cli._options import reports_errors
from chancery.cli._render import console, events_table, table
from chancery.cli.ingest import print_report, run_ingest
from chancery.ingest.base import DEFAULT_MAX_BYTES
from chancery.jobs import DEFAULT_BATCH
from chancery.store.db import Store
from chancery.store.queries import EventFilter, dyad_summary, events

DEMO_DB = "chancery-demo.duckdb"


def sample_corpus() -> Path:
    """The bundled sample articles (package data)."""
    return Path(str(resources.files("chancery") / "samples" / "seeds"))


@click.command("demo")
@click.option(
    "--db",
    default=DEMO_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Database to (re)create for the demo; it is deleted first.",
)
@reports_errors
def demo_cmd(db: str) -> None:
    """Ingest the bundled sample corpus into a fresh database and summarize it.

    \b
    Example:
      chancery demo && chancery events --db chancery-demo.duckdb --actor TUR
    """
    for path in (Path(db), Path(db + ".wal")):
        path.unlink(missing_ok=True)
    report = run_ingest((str(sample_corpus()),), db, DEFAULT_MAX_BYTES, DEFAULT_BATCH, "demo")
    print_report(report, db)
    out = console()
    with Store(db, read_only=True) as store:
        rows = events(store, EventFilter())
        dyads = dyad_summary(store)
    out.print(events_table(rows, title=f"{len(rows)} events from the sample corpus"))
    out.print(
        table(
            "Per dyad",
            ("dyad", "events", "types", "Goldstein sum"),
            [(f"{d['a']}–{d['b']}", d["events"], d["types"], d["goldstein"]) for d in dyads],
            wrap=("types",),
        )
    )
    out.print(f"Explore further: chancery events --db {db} --dyad TUR,FRA  |  chancery show <doc> --db {db}")
