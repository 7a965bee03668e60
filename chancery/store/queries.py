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

    def where(
        self,
        table: str = "e",
        date: str = "coalesce(e.date_start, d.published_date)",
        lang: str = "d.lang = ?",
    ) -> tuple[str, list[Any]]:
        """The WHERE clause over ``table``'s type/source/target/status, a date and a language test."""
        t = table
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append(f"({t}.source = ? OR {t}.target = ?)")
            params += [self.actor.upper()] * 2
        if self.dyad:
            a, b = (x.upper() for x in self.dyad)
            clauses.append(f"(({t}.source = ? AND {t}.target = ?) OR ({t}.source = ? AND {t}.target = ?))")
            params += [a, b, b, a]
        if self.type:
            clauses.append(f"{t}.type = ?")
            params.append(self.type.upper())
        if self.status:
            clauses.append(f"{t}.status = ?")
            params.append(self.status)
        if self.lang:
            clauses.append(lang)
            params.append(self.lang)
        if self.since:
            clauses.append(f"{date} >= ?")
            params.append(self.since.to_date())
        if self.until:
            clauses.append(f"{date} <= ?")
            params.append(last_day(self.until))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def last_day(date: PartialDate) -> dt.date:
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
    story = (
        "(SELECT es.story_id FROM event_stories es WHERE es.event_id = e.event_id) AS story_id"
        if has_dedup(store)
        else "NULL AS story_id"
    )
    sql = f"""
        SELECT e.event_id, e.doc_id, d.lang, d.published, {cols},
               coalesce((SELECT list({{'sentence': v.sentence, 'start': v.start_char, 'end': v.end_char,
                                       'text': v.text}} ORDER BY v.idx)
                         FROM evidence v WHERE v.event_id = e.event_id), []) AS evidence,
               e.contexts, {story}
        FROM events e JOIN documents d USING (content_hash)
        {where}
        ORDER BY coalesce(e.date_start, d.published_date) DESC NULLS LAST, e.doc_id, e.idx
    """
    if flt.limit:
        sql += " LIMIT ?"
        params.append(flt.limit)
    return store.query(sql, params)


def has_dedup(store: Store) -> bool:
    """Whether the database holds deduplication tables (a database from before them may be read)."""
    from chancery.store.dedup import DEDUP_MIGRATION

    return DEDUP_MIGRATION in store.applied_migrations()


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


def document_places(store: Store, content_hash: str) -> list[dict[str, Any]]:
    return store.query("SELECT * FROM places WHERE content_hash = ? ORDER BY idx", [content_hash])


def document_counts(store: Store, content_hash: str) -> list[dict[str, Any]]:
    return store.query("SELECT * FROM counts WHERE content_hash = ? ORDER BY idx", [content_hash])


def event_locations(store: Store, content_hash: str) -> dict[str, dict[str, Any]]:
    """Each event's resolved location, by ``event_id``."""
    rows = store.query("SELECT * FROM event_locations WHERE content_hash = ?", [content_hash])
    return {r["event_id"]: r for r in rows}


def rejects(store: Store, run_id: int | None = None) -> list[dict[str, Any]]:
    if run_id is None:
        return store.query("SELECT * FROM rejects ORDER BY source, locator")
    return store.query("SELECT * FROM rejects WHERE run_id = ? ORDER BY source, locator", [run_id])


# -- deduplication ----------------------------------------------------------

# A document's outlet: the host of its URL; a document without URL counts as its own outlet.
_OUTLET = (
    "coalesce(nullif(regexp_extract(d.url, '^[a-zA-Z]+://(?:www\\.)?([^/:?#]+)', 1), ''), d.content_hash)"
)

STORY_COLUMNS = (
    "story_id",
    "type",
    "source",
    "target",
    "status",
    "date",
    "n_articles",
    "n_reports",
    "n_sources",
    "languages",
    "first_report",
    "latest_report",
    "n_events",
)


def stories(store: Store, flt: EventFilter, min_articles: int = 1) -> list[dict[str, Any]]:
    """Stories (one real-world event, all its reports), newest first, with their counts.

    ``n_articles`` counts stored documents, ``n_reports`` independent texts (near-duplicate
    clusters), ``n_sources`` outlets (URL hosts); the filters apply to the story's own
    fields, and ``lang`` keeps stories with a report in that language.
    """
    from chancery.store.dedup import require_dedup

    require_dedup(store)
    where, params = flt.where("s", date="s.date_start", lang="list_contains(s.languages, ?)")
    sql = f"""
        WITH members AS (
            SELECT s.story_id, s.type, s.source, s.target, s.status, s.date, s.date_start,
                   count(DISTINCT e.content_hash) AS n_articles,
                   count(DISTINCT c.cluster_id) AS n_reports,
                   count(DISTINCT {_OUTLET}) AS n_sources,
                   list(DISTINCT d.lang ORDER BY d.lang) AS languages,
                   arg_min(d.published, d.published_date) AS first_report,
                   arg_max(d.published, d.published_date) AS latest_report,
                   count(*) AS n_events
            FROM stories s JOIN event_stories es USING (story_id) JOIN events e USING (event_id)
                 JOIN documents d ON d.content_hash = e.content_hash
                 LEFT JOIN doc_clusters c ON c.content_hash = e.content_hash
            GROUP BY ALL
        )
        SELECT {", ".join(STORY_COLUMNS)} FROM members s
        {where}{" AND" if where else " WHERE"} n_articles >= ?
        ORDER BY s.date_start DESC NULLS LAST, n_articles DESC, s.story_id
    """
    params.append(min_articles)
    if flt.limit:
        sql += " LIMIT ?"
        params.append(flt.limit)
    return store.query(sql, params)


def story_reports(store: Store, story_id: str) -> list[dict[str, Any]]:
    """The events of one story with their documents."""
    return store.query(
        """
        SELECT e.event_id, e.doc_id, d.lang, d.published, d.url, e.type, e.source, e.target, e.date, e.status
        FROM event_stories es JOIN events e USING (event_id) JOIN documents d ON d.content_hash = e.content_hash
        WHERE es.story_id = ? ORDER BY d.published_date NULLS LAST, e.doc_id, e.idx
        """,
        [story_id],
    )


def near_duplicates(store: Store, content_hash: str) -> list[dict[str, Any]]:
    """The other stored documents in this document's near-duplicate cluster."""
    if not has_dedup(store):
        return []
    return store.query(
        """
        SELECT d.doc_id, d.content_hash, d.lang, d.published, c.similarity, c.duplicate_of
        FROM doc_clusters c JOIN documents d USING (content_hash)
        WHERE c.cluster_id = (SELECT cluster_id FROM doc_clusters WHERE content_hash = ?)
          AND c.content_hash <> ?
        ORDER BY d.published_date NULLS LAST, d.doc_id
        """,
        [content_hash, content_hash],
    )
