"""``chancery code``: code documents without a database."""

from __future__ import annotations

import json
import sys

import click

from chancery.cli._options import build_pipeline, coder_options, max_bytes_option, reports_errors
from chancery.cli._render import console, events_table
from chancery.ingest.base import ReadOptions, Reject
from chancery.jobs import code_paths
from chancery.output import article_to_dict
from chancery.registry import settle_after_load


@click.command("code")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one EVENTS.md object per document; table: one row per event.",
)
@max_bytes_option
@coder_options
@reports_errors
def code_cmd(
    paths: tuple[str, ...], fmt: str, max_bytes: int, coder: str, coder_option: tuple[str, ...]
) -> None:
    """Code documents and print their events, one JSON object per document, in input order.

    PATHS are files or folders (searched recursively): plain text with an
    optional ' date YYYY-MM-DD ' prefix, .jsonl, .csv or .html. Unreadable
    inputs are reported on stderr and the exit status is 1.

    \b
    Example:
      chancery code ../shared/corpus/seeds --format jsonl > out.jsonl
    """
    pipeline = build_pipeline(coder, coder_option)
    settle_after_load()
    err = console(stderr=True)
    rows = []
    failed = 0
    for item in code_paths(paths, pipeline, ReadOptions(max_bytes=max_bytes)):
        if isinstance(item, Reject):
            err.print(
                f"[red]rejected[/red] {item.source}{':' + item.locator if item.locator else ''}: {item.message}"
            )
            failed += item.severity == "error"
            continue
        if item.error:
            err.print(f"[yellow]warning[/yellow] {item.error}")
        doc = article_to_dict(item.article)
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        else:
            rows += [{"doc_id": doc["doc_id"], **e} for e in doc["events"]]
    if fmt == "table":
        console().print(events_table(rows))
    if failed:
        sys.exit(1)
