"""What deduplication reads from and writes to the store: candidates, and the row schemas.

Reads happen before a batch's transaction (one writer, so nothing moves in
between); the rows are written inside it with the documents they describe.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

import pyarrow as pa

from chancery.dedup.minhash import Signature
from chancery.dedup.stories import Story, StoryKey
from chancery.doc import PartialDate
from chancery.errors import Errors, StoreError
from chancery.store.db import Store

DEDUP_MIGRATION = "0002_dedup"


def require_dedup(store: Store) -> None:
    """A coded error instead of a missing-table error on a database older than deduplication."""
    if DEDUP_MIGRATION not in store.applied_migrations():
        raise StoreError(Errors.E305, path=store.path)


# Stored documents read per (band, bucket). A bucket holding more is a large family of near-copies
# (a wire story republished a thousand times, boilerplate): any of them finds the family, and reading
# them all would make linking grow with the family's size instead of with the batch.
BUCKET_SAMPLE = 32


def shared_bands(
    store: Store, signed: Sequence[tuple[str, Sequence[int]]], keep: int
) -> dict[str, dict[str, int]]:
    """For each new document (hash, its buckets), the ``keep`` stored documents sharing the most of
    its bands (among each bucket's ``BUCKET_SAMPLE``), with how many; counted in the database, so a
    batch of near-copies does not bring back a row per shared band."""
    if not signed:
        return {}
    wanted = [(digest, k, bucket) for digest, bands in signed for k, bucket in enumerate(bands)]
    rows = store.con.execute(
        """
        WITH q AS (SELECT unnest(?) AS doc, unnest(?) AS band, unnest(?) AS bucket),
        members AS (
            SELECT b.band, b.bucket, b.content_hash FROM doc_bands b
            JOIN (SELECT DISTINCT band, bucket FROM q) USING (band, bucket)
            QUALIFY row_number() OVER (PARTITION BY b.band, b.bucket ORDER BY b.content_hash) <= ?
        )
        SELECT q.doc, m.content_hash, count(*) AS shared FROM q JOIN members m USING (band, bucket)
        GROUP BY q.doc, m.content_hash
        QUALIFY row_number() OVER (PARTITION BY q.doc ORDER BY count(*) DESC, m.content_hash) <= ?
        """,
        [[w[0] for w in wanted], [w[1] for w in wanted], [w[2] for w in wanted], BUCKET_SAMPLE, keep],
    ).fetchall()
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for doc, other, shared in rows:
        out[doc][other] = shared
    return out


def signatures_and_clusters(store: Store, hashes: Iterable[str]) -> dict[str, tuple[Signature, str]]:
    wanted = sorted(set(hashes))
    if not wanted:
        return {}
    rows = store.con.execute(
        "SELECT s.content_hash, s.signature, c.cluster_id FROM doc_signatures s "
        "JOIN doc_clusters c USING (content_hash) WHERE s.content_hash IN (SELECT unnest(?))",
        [wanted],
    ).fetchall()
    return {digest: (tuple(sig), cluster) for digest, sig, cluster in rows}


# A key, and where the anchors it may meet lie: a range of anchor days, and the anchors written as
# exactly this month or this year (None where not wanted; no range: the undated stories).
StoryWindow = tuple[StoryKey, dt.date | None, dt.date | None, str | None, str | None]


def candidate_stories(store: Store, windows: Iterable[StoryWindow]) -> list[Story]:
    """Stored stories with one of these keys whose anchor lies in the window given with it. Their
    stored documents are not read: a batch holds only documents new to the store, so none of them
    can already be in a stored story."""
    wanted = sorted(set(windows), key=lambda w: tuple("" if v is None else str(v) for v in (*w[0], *w[1:])))
    if not wanted:
        return []
    columns = [[w[0][i] for w in wanted] for i in range(4)] + [[w[i] for w in wanted] for i in range(1, 5)]
    rows = store.con.execute(
        """
        SELECT DISTINCT s.story_id, s.type, s.source, s.target, s.status, s.date, s.date_exact, s.place
        FROM stories s
        JOIN (SELECT unnest(?) AS type, unnest(?) AS source, unnest(?) AS target, unnest(?) AS status,
                     unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi,
                     unnest(?::VARCHAR[]) AS month, unnest(?::VARCHAR[]) AS year) k
             USING (type, source, target, status)
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
        )
        for r in rows
    ]


def story_rows(stories: Sequence[Story], run_id: int) -> list[dict[str, object]]:
    return [
        {
            "story_id": s.story_id,
            "type": s.key[0],
            "source": s.key[1],
            "target": s.key[2],
            "status": s.key[3],
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
    "doc_bands": pa.schema([("band", pa.int16()), ("bucket", _L), ("content_hash", _S)]),
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
