"""``chancery events``, ``show`` and ``export``: read what is stored."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click

from chancery.cli._options import db_option, parse_date, reports_errors
from chancery.cli._render import console, events_table, highlighted, stories_table, table
from chancery.store.db import Store
from chancery.store.export import FORMATS, export_events, export_stories
from chancery.store.queries import (
    EventFilter,
    document_counts,
    document_events,
    document_places,
    event_locations,
    events,
    find_document,
    near_duplicates,
    parse_dyad,
    stories,
)


def _plain(value: object) -> object:
    return (
        str(value)
        if value is not None and not isinstance(value, (str, int, float, bool, list, dict))
        else value
    )


@click.command("events")
@db_option
@click.option("--actor", help="Events where this code is source or target (e.g. TUR, NATO).")
@click.option("--dyad", help="Events between two codes, either direction: A,B.")
@click.option("--type", "type_", help="PLOVER type, e.g. CONSULT.")
@click.option("--since", help="On or after this date (YYYY[-MM[-DD]]).")
@click.option("--until", help="On or before this date (YYYY[-MM[-DD]]).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option(
    "--stories",
    "as_stories",
    is_flag=True,
    help="One row per story (the same real-world event across documents and languages) with its "
    "number of articles, independent reports, sources and languages, and first and latest report.",
)
@click.option(
    "--min-articles",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="With --stories: only stories told by at least this many articles.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True
)
@reports_errors
def events_cmd(
    db: str,
    actor: str | None,
    dyad: str | None,
    type_: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
    as_stories: bool,
    min_articles: int,
    fmt: str,
) -> None:
    """List stored events, newest first. With jsonl, one event per line with its doc_id.

    With --stories, list stories instead: events that different documents
    (republished copies, other outlets, other languages) report of one
    real-world event, grouped when they have the same type and dyad and
    compatible dates and places.

    \b
    Example:
      chancery events --dyad TUR,FRA --since 2025-01 --format jsonl
      chancery events --stories --min-articles 2
    """
    flt = EventFilter(
        actor=actor,
        dyad=parse_dyad(dyad) if dyad else None,
        type=type_,
        since=parse_date("--since", since),
        until=parse_date("--until", until),
        limit=limit,
    )
    if as_stories:
        with Store(db, read_only=True) as store:
            rows = stories(store, flt, min_articles)
        _print_stories(rows, fmt)
        return
    with Store(db, read_only=True) as store:
        rows = events(store, flt)
    if fmt == "table":
        console().print(events_table(rows, title=f"{len(rows)} events"))
    elif fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
    else:
        writer = csv.writer(sys.stdout)
        columns = [c for c in (rows[0].keys() if rows else []) if c != "evidence"]
        writer.writerow([*columns, "evidence"])
        for row in rows:
            evidence = " | ".join(v["text"] for v in row["evidence"])
            writer.writerow([_plain(row[c]) for c in columns] + [evidence])


def _print_stories(rows: list[dict[str, object]], fmt: str) -> None:
    if fmt == "table":
        console().print(stories_table(rows, title=f"{len(rows)} stories"))
    elif fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
    else:
        writer = csv.writer(sys.stdout)
        columns = list(rows[0].keys()) if rows else []
        writer.writerow(columns)
        for row in rows:
            writer.writerow([",".join(v) if isinstance(v, list) else _plain(v) for v in row.values()])


@click.command("show")
@click.argument("doc_id")
@db_option
@reports_errors
def show_cmd(doc_id: str, db: str) -> None:
    """Show one stored article with its events; evidence is highlighted.

    DOC_ID is the document's id, or at least 8 characters of its content hash.

    \b
    Example:
      chancery show 000_4aea84c6f9adbc5b
    """
    with Store(db, read_only=True) as store:
        doc = find_document(store, doc_id)
        evs = document_events(store, doc["content_hash"])
        duplicates = near_duplicates(store, doc["content_hash"])
        places = document_places(store, doc["content_hash"])
        counts = document_counts(store, doc["content_hash"])
        located = event_locations(store, doc["content_hash"])
    out = console()
    out.rule(f"[bold]{doc['doc_id']}[/bold]  {doc['lang']}  published {doc['published'] or 'unknown'}")
    if doc.get("title"):
        out.print(f"[bold]{doc['title']}[/bold]")
    spans = [(v["start"], v["end"]) for e in evs for v in e["evidence"]]
    out.print(highlighted(doc["text"], spans))
    out.rule()
    rows = [
        (
            i,
            e["type"],
            e["mode"],
            e["source"],
            e["target"],
            e["status"],
            e["date"],
            e["cameo"],
            e["goldstein"],
            _where(e["location"], located.get(e["event_id"])),
            ", ".join(e["contexts"] or []),
            ", ".join(str(v["sentence"]) for v in e["evidence"]),
        )
        for i, e in enumerate(evs)
    ]
    columns = ("#", "type", "mode", "source", "target", "status", "date", "cameo", "goldstein", "location")
    out.print(table(f"{len(evs)} events", (*columns, "contexts", "sentences"), rows))
    if duplicates:
        out.print(
            table(
                f"{len(duplicates)} near-duplicates (same story republished or lightly edited)",
                ("doc", "lang", "published", "similarity"),
                [
                    (
                        d["doc_id"],
                        d["lang"],
                        d["published"],
                        "" if d["similarity"] is None else f"{d['similarity']:.2f}",
                    )
                    for d in duplicates
                ],
            )
        )
    if doc.get("contexts"):
        out.print(f"contexts: {', '.join(doc['contexts'])}")
    if places:
        rows = [(p["text"], p["kind"], p["country"], _point(p), p["name"]) for p in places]
        out.print(table(f"{len(places)} places", ("text", "kind", "country", "lat, lon", "gazetteer"), rows))
    if counts:
        rows = [(c["kind"], f"{'~' if c['approximate'] else ''}{c['value']}", c["text"]) for c in counts]
        out.print(table(f"{len(counts)} counts", ("kind", "value", "text"), rows))


def _point(place: dict[str, Any]) -> str:
    return f"{place['lat']:.3f}, {place['lon']:.3f}" if place.get("lat") is not None else ""


def _where(location: str | None, place: dict[str, Any] | None) -> str:
    if not location:
        return ""
    return f"{location} ({place['country']})" if place else location


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--stories", "as_stories", is_flag=True, help="Export stories instead of events.")
@db_option
@reports_errors
def export_cmd(fmt: str, out: str, as_stories: bool, db: str) -> None:
    """Export every event with its document metadata, evidence, story and near-duplicate cluster.

    Each event carries its `story_id` and its document's `cluster_id`; with
    --stories, one row per story with its counts and first and latest report.

    \b
    Example:
      chancery export --format parquet --out events.parquet
      chancery export --stories --format csv --out stories.csv
    """
    with Store(db, read_only=True) as store:
        n = export_stories(store, fmt, out) if as_stories else export_events(store, fmt, out)
    console(stderr=True).print(f"exported {n} {'stories' if as_stories else 'events'} to {out}")
