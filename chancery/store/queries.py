"""Named queries over the store. Every filter is a bound parameter, never SQL text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from chancery.doc import PartialDate
from chancery.errors import Errors, UsageError
from chancery.store.db import Store


@dataclass(frozen=True, slots=True)
class EventFilter:
    actor: str | None = None
    dyad: tuple[str, str] | None = None
    type: str | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None
    status: str | None = None
    lang: str | None = None
    limit: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append("(e.source = ? OR e.target = ?)")
            params += [self.actor.upper()] * 2
        if self.dyad:
            a, b = (x.upper() for x in self.dyad)
            clauses.append("((e.source = ? AND e.target = ?) OR (e.source = ? AND e.target = ?))")
            params += [a, b, b, a]
        if self.type:
            clauses.append("e.type = ?")
            params.append(self.type.upper())
        if self.status:
            clauses.append("e.status = ?")
            params.append(self.status)
        if self.lang:
            clauses.append("d.lang = ?")
            params.append(self.lang)
        if self.since:
            clauses.append("coalesce(e.date_start, d.published_date) >= ?")
            params.append(self.since.to_date())
        if self.until:
            clauses.append("coalesce(e.date_start, d.published_date) <= ?")
            params.append(_last_day(self.until))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _last_day(date: PartialDate) -> dt.date:
    if date.day is not None:
        return date.to_date()
    if date.month is None:
        return dt.date(date.year, 12, 31)
    following = dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def parse_dyad(value: str) -> tuple[str, str]:
    parts = [x.strip() for x in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise UsageError(
            Errors.E501, option="--dyad", reason=f"expected two codes like TUR,FRA, got {value!r}"
        )
    return parts[0], parts[1]


EVENT_COLUMNS = (
    "type",
    "mode",
    "source",
    "target",
    "source_actor",
    "target_actor",
    "source_sector",
    "target_sector",
    "date",
    "status",
    "location",
    "cameo",
    "goldstein",
)


def events(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """Events with their ``doc_id`` and EVENTS.md §2 fields, evidence included, newest first."""
    where, params = flt.where()
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    sql = f"""
        SELECT e.event_id, e.doc_id, d.lang, d.published, {cols},
               coalesce((SELECT list({{'sentence': v.sentence, 'start': v.start_char, 'end': v.end_char,
                                       'text': v.text}} ORDER BY v.idx)
                         FROM evidence v WHERE v.event_id = e.event_id), []) AS evidence,
               e.contexts
        FROM events e JOIN documents d USING (content_hash)
        {where}
        ORDER BY coalesce(e.date_start, d.published_date) DESC NULLS LAST, e.doc_id, e.idx
    """
    if flt.limit:
        sql += " LIMIT ?"
        params.append(flt.limit)
    return store.query(sql, params)


def dyad_summary(store: Store) -> list[dict[str, Any]]:
    """Events per unordered dyad, with their types and Goldstein sum."""
    return store.query("""
        SELECT least(source, target) AS a, greatest(source, target) AS b, count(*) AS events,
               string_agg(DISTINCT type, ', ' ORDER BY type) AS types,
               round(sum(goldstein), 1) AS goldstein
        FROM events GROUP BY ALL ORDER BY events DESC, a, b
    """)


def find_document(store: Store, key: str) -> dict[str, Any]:
    """A document by ``doc_id`` or by a prefix (8+ characters) of its content hash."""
    rows = store.query("SELECT * FROM documents WHERE doc_id = ? ORDER BY content_hash", [key])
    if not rows and len(key) >= 8:
        rows = store.query("SELECT * FROM documents WHERE starts_with(content_hash, ?)", [key.lower()])
    if not rows:
        raise UsageError(Errors.E303, doc_id=key, path=store.path)
    if len(rows) > 1:
        raise UsageError(Errors.E304, doc_id=key, path=store.path, n=len(rows))
    return rows[0]


def document_events(store: Store, content_hash: str) -> list[dict[str, Any]]:
    return store.query(
        """
        SELECT e.*, coalesce((SELECT list({'sentence': v.sentence, 'start': v.start_char, 'end': v.end_char}
                                          ORDER BY v.idx) FROM evidence v WHERE v.event_id = e.event_id), [])
               AS evidence
        FROM events e WHERE content_hash = ? ORDER BY idx
    """,
        [content_hash],
    )


def rejects(store: Store, run_id: int | None = None) -> list[dict[str, Any]]:
    if run_id is None:
        return store.query("SELECT * FROM rejects ORDER BY source, locator")
    return store.query("SELECT * FROM rejects WHERE run_id = ? ORDER BY source, locator", [run_id])
