"""Terminal rendering: tables and highlighted articles (rich)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


def table(
    title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]], wrap: Sequence[str] = ()
) -> Table:
    """A table whose columns do not wrap, except those named in ``wrap``."""
    out = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        out.add_column(
            column, overflow="fold", no_wrap=column not in wrap, ratio=1 if column in wrap else None
        )
    for row in rows:
        out.add_row(*("" if v is None else str(v) for v in row))
    return out


def events_table(
    events: Sequence[dict[str, Any]], title: str | None = "Events", evidence_chars: int = 90
) -> Table:
    rows = []
    for e in events:
        evidence = e.get("evidence") or []
        text = evidence[0]["text"] if evidence and evidence[0].get("text") else ""
        if len(text) > evidence_chars:
            text = text[: evidence_chars - 1] + "…"
        rows.append(
            (
                e.get("doc_id"),
                e["type"],
                e.get("mode"),
                e["source"],
                e["target"],
                e.get("status"),
                e.get("date"),
                text,
            )
        )
    columns = ("doc", "type", "mode", "source", "target", "status", "date", "evidence")
    return table(title, columns, rows, wrap=("evidence",))


def stories_table(stories: Sequence[dict[str, Any]], title: str | None = "Stories") -> Table:
    columns = (
        "story",
        "type",
        "source",
        "target",
        "status",
        "date",
        "articles",
        "reports",
        "sources",
        "languages",
        "first report",
        "latest report",
    )
    rows = [
        (
            s["story_id"],
            s["type"],
            s["source"],
            s["target"],
            s["status"],
            s["date"],
            s["n_articles"],
            s["n_reports"],
            s["n_sources"],
            ", ".join(s["languages"] or []),
            s["first_report"],
            s["latest_report"],
        )
        for s in stories
    ]
    return table(title, columns, rows)


def highlighted(
    text: str, evidence: Iterable[tuple[int, int]], mentions: Iterable[tuple[int, int]] = ()
) -> Text:
    """The article with evidence sentences underlined in yellow and actor mentions in bold cyan."""
    out = Text(text)
    for start, end in evidence:
        out.stylize("on grey23 underline", start, end)
    for start, end in mentions:
        out.stylize("bold cyan", start, end)
    return out


def console(stderr: bool = False) -> Console:
    """A console; when output is not a terminal, lay tables out 160 columns wide."""
    probe = Console(stderr=stderr)
    width = None if probe.is_terminal else 160
    return Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)
