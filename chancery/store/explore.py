"""The explorer's queries: pages of events, one event or story with all its evidence, an
article with its annotations, dyad time series, an actor's partners, map points, trends
and figures for the whole database.

The REST API, the dashboard and Python callers share these functions, so a page shows
exactly what its JSON twin returns. Every value a caller gives is a bound parameter; the
only SQL text a caller picks is chosen from the fixed tables below (sort keys, periods).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from chancery.doc import PartialDate
from chancery.errors import Errors, StoreError, UsageError
from chancery.store.db import Store
from chancery.store.dyad_index import DyadIndex, dyad_page
from chancery.store.queries import find_document, has_dedup, last_day, near_duplicates

# Sort keys: the expression and direction for each ``sort`` value. NULLs get a fixed
# stand-in so that keyset pagination compares plain values.
SORTS: dict[str, tuple[str, str]] = {
    "-day": ("coalesce(e.day, DATE '0001-01-01')", "DESC"),
    "day": ("coalesce(e.day, DATE '0001-01-01')", "ASC"),
    "-goldstein": ("coalesce(e.goldstein, 0.0)", "DESC"),
    "goldstein": ("coalesce(e.goldstein, 0.0)", "ASC"),
}
PERIODS = ("day", "week", "month", "year")
MAX_LIMIT = 500


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters, order and page of the event explorer."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    type: str | None = None
    quad_class: int | None = None
    status: str | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None
    lang: str | None = None
    country: str | None = None  # ISO alpha-3 code of the event's resolved location
    text: str | None = None  # words in an evidence sentence, any case
    sort: str = "-day"
    cursor: str | None = None
    limit: int = 50

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause over the explorer table ``event_rows e``, with its parameters."""
        clauses: list[str] = []
        params: list[Any] = []

        def add(clause: str, *values: Any) -> None:
            clauses.append(clause)
            params.extend(values)

        if self.actor:
            add("(e.source = ? OR e.target = ?)", self.actor.upper(), self.actor.upper())
        if self.dyad:
            a, b = sorted(x.upper() for x in self.dyad)
            add("e.dyad = ?", f"{a} {b}")
        if self.type:
            add("e.type = ?", self.type.upper())
        if self.quad_class is not None:
            add("e.quad_class = ?", self.quad_class)
        if self.status:
            add("e.status = ?", self.status)
        if self.lang:
            add("e.lang = ?", self.lang)
        if self.country:
            add("e.country = ?", self.country.upper())
        if self.text:
            add("contains(lower(e.evidence_text), ?)", self.text.lower())
        if self.since:
            add("e.day >= ?", self.since.to_date())
        if self.until:
            add("e.day <= ?", last_day(self.until))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def check_query(q: EventQuery) -> EventQuery:
    """The query with its limit clamped, or a usage error for values no page can have."""
    if q.sort not in SORTS:
        raise UsageError(Errors.E501, option="sort", reason=f"one of {', '.join(SORTS)}, got {q.sort!r}")
    if q.quad_class is not None and q.quad_class not in (1, 2, 3, 4):
        raise UsageError(Errors.E501, option="quad_class", reason="1, 2, 3 or 4")
    return replace(q, limit=max(1, min(q.limit, MAX_LIMIT)))


# -- cursors -------------------------------------------------------------------


def encode_cursor(sort: str, key: Any, event_id: str) -> str:
    value = key.isoformat() if isinstance(key, dt.date) else key
    raw = json.dumps([sort, value, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """The sort key and event id a cursor points after; it must belong to the same sort."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        kind, value, event_id = json.loads(raw)
        if kind != sort or not isinstance(event_id, str):
            raise ValueError("made for another sort order")
        key = dt.date.fromisoformat(value) if sort.endswith("day") else float(value)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise UsageError(Errors.E501, option="cursor", reason=f"not a cursor this API gave ({exc})") from exc
    return key, event_id


# -- events ----------------------------------------------------------------------


def _marks(values: list[Any]) -> str:
    return ", ".join("?" * len(values))


def _details(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Full rows for these events, in the order given: the ids are found on the narrow id column,
    and only their rows' JSON is read (a semi-join on row ids, one statement, one snapshot)."""
    if not ids:
        return []
    rows = store.query(
        "SELECT event_id, row_json FROM event_rows WHERE rowid IN "
        f"(SELECT rowid FROM event_rows WHERE event_id IN ({_marks(ids)}))",
        ids,
    )
    by_id = {r["event_id"]: json.loads(r["row_json"]) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def _only_dyad_and_dates(q: EventQuery) -> bool:
    others = (q.actor, q.type, q.quad_class, q.status, q.lang, q.country, q.text)
    return q.dyad is not None and q.sort == "-day" and all(v is None for v in others)


def events_json(
    store: Store, query: EventQuery, *, with_total: bool = False, dyad_index: DyadIndex | None = None
) -> str:
    """One page of events matching ``query`` as the API's JSON text, and its next cursor.

    The rows' JSON was made when they were stored. The page is found on narrow columns
    (with a dyad, in the few row groups where the sorted table keeps it), and only its
    rows' JSON is read, through their row ids. A server passes its in-memory
    ``dyad_index``, which answers a dyad's newest events between two dates without a scan.
    """
    q = check_query(query)
    if dyad_index is not None and _only_dyad_and_dates(q):
        page = _indexed_page(store, q, dyad_index, with_total)
        if page is not None:
            return page
    where, params = q.where()
    key, direction = SORTS[q.sort]
    if q.cursor:
        after, after_id = decode_cursor(q.cursor, q.sort)
        op = "<" if direction == "DESC" else ">"
        where += (" AND " if where else " WHERE ") + f"({key} {op} ? OR ({key} = ? AND e.event_id {op} ?))"
        page_params = [*params, after, after, after_id]
    else:
        page_params = list(params)
    order = f"ORDER BY sort_key {direction}, e.event_id {direction}"
    sql = f"""
        WITH page AS (SELECT e.rowid AS r, {key} AS sort_key FROM event_rows e{where} {order} LIMIT ?)
        SELECT e.event_id, {key} AS sort_key, e.row_json FROM event_rows e
        WHERE e.rowid IN (SELECT r FROM page) {order}
    """
    hits = store.query(sql, [*page_params, q.limit + 1])
    more = len(hits) > q.limit
    hits = hits[: q.limit]
    cursor = encode_cursor(q.sort, hits[-1]["sort_key"], hits[-1]["event_id"]) if more else None
    total = "null"
    if with_total:
        total = str(store.query(f"SELECT count(*) AS n FROM event_rows e{q.where()[0]}", params)[0]["n"])
    return (
        '{"events":['
        + ",".join(h["row_json"] for h in hits)
        + f'],"next_cursor":{json.dumps(cursor)},"total":{total}}}'
    )


def _indexed_page(store: Store, q: EventQuery, index: DyadIndex, with_total: bool) -> str | None:
    assert q.dyad is not None
    a, b = sorted(x.upper() for x in q.dyad)
    after = decode_cursor(q.cursor, q.sort) if q.cursor else None
    found = dyad_page(
        store,
        index,
        f"{a} {b}",
        q.since.to_date() if q.since else None,
        last_day(q.until) if q.until else None,
        after,
        q.limit + 1,
        with_total,
    )
    if found is None:
        return None
    hits, total = found
    more = len(hits) > q.limit
    hits = hits[: q.limit]
    cursor = encode_cursor(q.sort, hits[-1]["sort_key"], hits[-1]["event_id"]) if more else None
    return (
        '{"events":['
        + ",".join(h["row_json"] for h in hits)
        + f'],"next_cursor":{json.dumps(cursor)},"total":{json.dumps(total)}}}'
    )


def events_page(
    store: Store, query: EventQuery, *, with_total: bool = False, dyad_index: DyadIndex | None = None
) -> dict[str, Any]:
    """One page of events matching ``query``, and the cursor of the next page (None at the end)."""
    return json.loads(events_json(store, query, with_total=with_total, dyad_index=dyad_index))


def event(store: Store, event_id: str) -> dict[str, Any]:
    """One event with its evidence, its article's summary and the other reports of its story."""
    rows = _details(store, [event_id])
    if not rows:
        raise UsageError(Errors.E306, event_id=event_id, path=store.path)
    row = rows[0]
    row["story"] = story(store, row["story_id"]) if row["story_id"] else None
    return row


def story(store: Store, story_id: str) -> dict[str, Any]:
    """One story (one real-world event, all its reports), each report with its evidence."""
    if not has_dedup(store):
        raise StoreError(Errors.E305, path=store.path)
    rows = store.query(
        "SELECT story_id, type, source, target, status, date FROM stories WHERE story_id = ?", [story_id]
    )
    if not rows:
        raise UsageError(Errors.E307, story_id=story_id, path=store.path)
    ids = [
        r["event_id"]
        for r in store.query(
            """SELECT es.event_id FROM event_stories es JOIN events e USING (event_id)
               JOIN documents d ON d.content_hash = e.content_hash
               WHERE es.story_id = ? ORDER BY d.published_date NULLS LAST, e.doc_id, e.idx""",
            [story_id],
        )
    ]
    reports = _details(store, ids)
    out = _plain(rows[0])
    out["n_articles"] = len({r["content_hash"] for r in reports})
    out["languages"] = sorted({r["lang"] for r in reports if r["lang"]})
    out["reports"] = reports
    return out


# -- one article -------------------------------------------------------------------


def document(store: Store, key: str) -> dict[str, Any]:
    """An article with every annotation: actors, events with evidence, quotes, amounts, places, counts."""
    doc = _plain(find_document(store, key))
    digest = doc["content_hash"]
    ids = [
        r["event_id"]
        for r in store.query("SELECT event_id FROM events WHERE content_hash = ? ORDER BY idx", [digest])
    ]
    doc["events"] = _details(store, ids)

    def rows(sql: str) -> list[dict[str, Any]]:
        return [_plain(r) for r in store.query(sql, [digest])]

    doc["mentions"] = rows(
        "SELECT start_char AS start, end_char AS end, text, code, sector, kind FROM mentions "
        "WHERE content_hash = ? ORDER BY idx"
    )
    doc["quotes"] = rows(
        "SELECT start_char AS start, end_char AS end, text, speaker, speaker_code FROM quotes "
        "WHERE content_hash = ? ORDER BY idx"
    )
    doc["amounts"] = rows(
        "SELECT start_char AS start, end_char AS end, text, value, unit, about, year FROM amounts "
        "WHERE content_hash = ? ORDER BY idx"
    )
    doc["places"] = rows(
        "SELECT start_char AS start, end_char AS end, text, kind, country, lat, lon, name FROM places "
        "WHERE content_hash = ? ORDER BY idx"
    )
    doc["counts"] = rows(
        "SELECT start_char AS start, end_char AS end, text, value, kind, approximate FROM counts "
        "WHERE content_hash = ? ORDER BY idx"
    )
    doc["near_duplicates"] = [_plain(r) for r in near_duplicates(store, digest)]
    return doc


# -- aggregates ----------------------------------------------------------------------


def _period(period: str) -> str:
    if period not in PERIODS:
        raise UsageError(Errors.E501, option="period", reason=f"one of {', '.join(PERIODS)}, got {period!r}")
    return f"CAST(date_trunc('{period}', e.day) AS DATE)"


def dyad_series(store: Store, query: EventQuery, period: str = "month") -> dict[str, Any]:
    """Events of a dyad (or any filter) per period: counts per type and quad class, Goldstein sum."""
    bucket = _period(period)
    where, params = query.where()
    where += (" AND " if where else " WHERE ") + "e.day IS NOT NULL"
    rows = store.query(
        f"""SELECT {bucket} AS period, e.type, e.quad_class, count(*) AS n, sum(e.goldstein) AS goldstein
            FROM event_rows e{where} GROUP BY ALL ORDER BY period""",
        params,
    )
    series: dict[dt.date, dict[str, Any]] = {}
    for r in rows:
        point = series.setdefault(
            r["period"],
            {
                "period": r["period"].isoformat(),
                "events": 0,
                "goldstein": 0.0,
                "cooperation": 0,
                "conflict": 0,
            }
            | {"by_type": {}},
        )
        point["events"] += r["n"]
        point["goldstein"] = round(point["goldstein"] + (r["goldstein"] or 0.0), 2)
        point["cooperation" if (r["quad_class"] or 0) <= 2 else "conflict"] += r["n"]
        point["by_type"][r["type"]] = point["by_type"].get(r["type"], 0) + r["n"]
    return {"period": period, "series": list(series.values())}


def actor_network(
    store: Store, actor: str, query: EventQuery | None = None, limit: int = 30
) -> dict[str, Any]:
    """An actor's partners (the ``limit`` most frequent) and the events between all of them."""
    actor = actor.upper()
    q = replace(query or EventQuery(), actor=None, dyad=None)
    where, params = q.where()
    cond = where.removeprefix(" WHERE ")
    extra = f" AND {cond}" if cond else ""
    partners = store.query(
        f"""SELECT CASE WHEN e.source = ? THEN e.target ELSE e.source END AS code, count(*) AS n
            FROM event_rows e WHERE (e.source = ? OR e.target = ?) AND e.source <> e.target{extra}
            GROUP BY ALL ORDER BY n DESC, code LIMIT ?""",
        [actor, actor, actor, *params, max(1, min(limit, 200))],
    )
    codes = [actor] + [p["code"] for p in partners]
    edges = store.query(
        f"""SELECT least(e.source, e.target) AS a, greatest(e.source, e.target) AS b, count(*) AS events,
                   count(*) FILTER (WHERE e.quad_class <= 2) AS cooperation,
                   count(*) FILTER (WHERE e.quad_class >= 3) AS conflict,
                   round(sum(e.goldstein), 2) AS goldstein
            FROM event_rows e WHERE e.source IN (SELECT unnest(?)) AND e.target IN (SELECT unnest(?))
                 AND e.source <> e.target{extra}
            GROUP BY ALL ORDER BY events DESC, a, b""",
        [codes, codes, *params],
    )
    degree: dict[str, int] = defaultdict(int)
    for edge in edges:
        degree[edge["a"]] += edge["events"]
        degree[edge["b"]] += edge["events"]
    nodes = [{"id": c, "events": degree.get(c, 0), "focus": c == actor} for c in codes]
    return {"actor": actor, "nodes": nodes, "edges": [_plain(e) for e in edges]}


def locations(store: Store, query: EventQuery, limit: int = 2000) -> dict[str, Any]:
    """Map points: events grouped by resolved place, with cooperation and conflict counts."""
    where, params = query.where()
    where += (" AND " if where else " WHERE ") + "e.lat IS NOT NULL"
    rows = store.query(
        f"""SELECT e.place, e.country, round(e.lat, 4) AS lat, round(e.lon, 4) AS lon,
                   count(*) AS events, count(*) FILTER (WHERE e.quad_class <= 2) AS cooperation,
                   count(*) FILTER (WHERE e.quad_class >= 3) AS conflict
            FROM event_rows e{where}
            GROUP BY ALL ORDER BY events DESC, place LIMIT ?""",
        [*params, max(1, min(limit, 10000))],
    )
    return {"points": [_plain(r) for r in rows]}


def trends(store: Store, query: EventQuery, by: str = "type", period: str = "month") -> dict[str, Any]:
    """Events per period for each PLOVER type or each context."""
    bucket = _period(period)
    where, params = query.where()
    where += (" AND " if where else " WHERE ") + "e.day IS NOT NULL"
    if by == "type":
        sql = f"SELECT {bucket} AS period, e.type AS key, count(*) AS n FROM event_rows e{where} GROUP BY ALL"
    elif by == "context":
        sql = (
            f"SELECT period, key, count(*) AS n FROM (SELECT {bucket} AS period, unnest(e.contexts) AS key "
            f"FROM event_rows e{where}) GROUP BY ALL"
        )
    else:
        raise UsageError(Errors.E501, option="by", reason=f"type or context, got {by!r}")
    rows = store.query(sql + " ORDER BY period, key", params)
    periods = sorted({r["period"] for r in rows})
    index = {p: i for i, p in enumerate(periods)}
    lines: dict[str, list[int]] = {}
    for r in rows:
        lines.setdefault(r["key"], [0] * len(periods))[index[r["period"]]] = r["n"]
    ordered = sorted(lines.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    return {
        "by": by,
        "period": period,
        "periods": [p.isoformat() for p in periods],
        "series": [{"key": k, "counts": v} for k, v in ordered],
    }


def stats(store: Store) -> dict[str, Any]:
    """What the database holds: counts, languages, date span, busiest actors, dyads and types."""

    def one(sql: str) -> dict[str, Any]:
        return _plain(store.query(sql)[0])

    out = one(
        """SELECT (SELECT count(*) FROM documents) AS documents, count(*) AS events,
                  min(day) AS first_day, max(day) AS last_day FROM events"""
    )
    out["stories"] = one("SELECT count(*) AS n FROM stories")["n"] if has_dedup(store) else None
    out["languages"] = {
        r["lang"] or "?": r["n"]
        for r in store.query("SELECT lang, count(*) AS n FROM documents GROUP BY ALL ORDER BY n DESC, lang")
    }
    out["types"] = {
        r["type"]: r["n"]
        for r in store.query("SELECT type, count(*) AS n FROM events GROUP BY ALL ORDER BY n DESC, type")
    }
    out["top_actors"] = [
        _plain(r)
        for r in store.query(
            """SELECT code, count(*) AS events FROM (SELECT source AS code FROM events UNION ALL
               SELECT target FROM events WHERE target <> source) GROUP BY ALL ORDER BY events DESC, code LIMIT 15"""
        )
    ]
    out["top_dyads"] = [
        _plain(r)
        for r in store.query(
            """SELECT least(source, target) AS a, greatest(source, target) AS b, count(*) AS events,
                      round(sum(goldstein), 1) AS goldstein
               FROM events WHERE source <> target GROUP BY ALL ORDER BY events DESC, a, b LIMIT 15"""
        )
    ]
    last = store.query(
        "SELECT run_id, command, status, started_at, finished_at, n_new FROM runs ORDER BY run_id DESC LIMIT 1"
    )
    out["last_run"] = _plain(last[0]) if last else None
    return out


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready values: dates and timestamps as ISO strings."""
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()}
