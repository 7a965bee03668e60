"""What deduplication reads from and writes to the store: candidates, and the row schemas.

Reads happen before a batch's transaction (one writer, so nothing moves in
between); the rows are written inside it with the documents they describe.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import pyarrow as pa

from chancery.dedup.stories import Story, StoryKey
from chancery.doc import PartialDate
from chancery.errors import Errors, StoreError
from chancery.store.db import Store

DEDUP_MIGRATION = "0002_dedup"


def require_dedup(store: Store) -> None:
    """A coded error instead of a missing-table error on a database older than deduplication."""
    if DEDUP_MIGRATION not in store.applied_migrations():
        raise StoreError(Errors.E305, path=store.path)


# A key, and where the anchors it may meet lie: a range of anchor days, and the anchors written as
# exactly this month or this year (None where not wanted; no range: the undated stories).
StoryWindow = tuple[StoryKey, dt.date | None, dt.date | None, str | None, str | None]


def candidate_stories(store: Store, windows: Iterable[StoryWindow]) -> list[Story]:
    """Stored stories with one of these keys whose anchor lies in the window given with it. Their
    stored documents are not read: a batch holds only documents new to the store, so none of them
    can already be in a stored story."""
    wanted = list(set(windows))  # in any order: the rows come back sorted by story id
    if not wanted:
        return []
    columns = [[story_key(w[0]) for w in wanted]] + [[w[i] for w in wanted] for i in range(1, 5)]
    rows = store.con.execute(
        """
        SELECT DISTINCT s.story_id, s.type, s.source, s.target, s.status, s.date, s.date_exact, s.place,
               s.date_start
        FROM stories s
        JOIN (SELECT unnest(?) AS story_key, unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi,
                     unnest(?::VARCHAR[]) AS month, unnest(?::VARCHAR[]) AS year) k
             USING (story_key)
        WHERE (k.lo IS NULL AND s.date_start IS NULL) OR s.date_start BETWEEN k.lo AND k.hi
              OR s.date = k.month OR s.date = k.year
        ORDER BY s.story_id
        """,
        columns,
    ).fetchall()
    return [
        Story(
            story_id=r[0],
            key=(r[1], r[2], r[3], r[4]),
            date=PartialDate.parse(r[5]) if r[5] else None,
            exact=bool(r[6]),
            place=r[7],
            day=r[8].toordinal() if r[8] else 0,
        )
        for r in rows
    ]


def story_key(key: StoryKey) -> str:
    """The key as one stored column, so that candidates are joined on one string, not four
    (migration 0005 computes the same in SQL for the stories stored before it)."""
    return "\x1f".join(key)


def story_rows(stories: Sequence[Story], run_id: int) -> list[dict[str, object]]:
    return [
        {
            "story_id": s.story_id,
            "type": s.key[0],
            "source": s.key[1],
            "target": s.key[2],
            "status": s.key[3],
            "story_key": story_key(s.key),
            "date": str(s.date) if s.date else None,
            "date_start": s.date.to_date() if s.date else None,
            "date_exact": s.exact,
            "place": s.place,
            "run_id": run_id,
        }
        for s in stories
    ]


_S, _I, _L = pa.string(), pa.int32(), pa.int64()
SCHEMAS = {
    "doc_signatures": pa.schema([("content_hash", _S), ("signature", pa.list_(_L)), ("run_id", _I)]),
    "doc_clusters": pa.schema(
        [
            ("content_hash", _S),
            ("cluster_id", _S),
            ("duplicate_of", _S),
            ("similarity", pa.float64()),
            ("run_id", _I),
        ]
    ),
    "stories": pa.schema(
        [
            ("story_id", _S),
            ("type", _S),
            ("source", _S),
            ("target", _S),
            ("status", _S),
            ("story_key", _S),
            ("date", _S),
            ("date_start", pa.date32()),
            ("date_exact", pa.bool_()),
            ("place", _S),
            ("run_id", _I),
        ]
    ),
    "event_stories": pa.schema([("event_id", _S), ("story_id", _S), ("run_id", _I)]),
}


def tables(rows: dict[str, list[dict[str, object]]]) -> dict[str, pa.Table]:
    return {name: pa.Table.from_pylist(rows.get(name, []), schema=schema) for name, schema in SCHEMAS.items()}
