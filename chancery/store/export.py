"""Export events (with their documents' metadata and evidence) to files."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from chancery.errors import Errors, UsageError
from chancery.store.db import Store
from chancery.store.queries import STORY_COLUMNS, EventFilter, has_dedup, stories

FORMATS = ("jsonl", "csv", "parquet")
_OPTIONS = {"jsonl": "FORMAT JSON", "csv": "FORMAT CSV, HEADER", "parquet": "FORMAT PARQUET"}

_EXPORT_SQL = """
    SELECT e.event_id, e.doc_id, e.content_hash, d.lang, d.published, d.url, d.title,
           e.type, e.mode, e.source, e.target, e.source_actor, e.target_actor, e.source_sector, e.target_sector,
           e.date, e.status, e.location, e.cameo, e.goldstein, e.quad_class, e.contexts,
           coalesce((SELECT list({{'sentence': v.sentence, 'start': v.start_char, 'end': v.end_char,
                                   'text': v.text}} ORDER BY v.idx)
                     FROM evidence v WHERE v.event_id = e.event_id), []) AS evidence,
           {dedup}, e.run_id
    FROM events e JOIN documents d USING (content_hash)
    ORDER BY e.doc_id, e.content_hash, e.idx
"""


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(Errors.E501, option="--format", reason=f"{fmt!r} is not one of {', '.join(FORMATS)}")


def export_stories(store: Store, fmt: str, out: str | Path) -> int:
    """Write every story with its counts and report dates to ``out``; return how many."""
    _check_format(fmt)
    rows = stories(store, EventFilter())
    table = (
        pa.Table.from_pylist(rows)
        if rows
        else pa.table({c: pa.array([], pa.string()) for c in STORY_COLUMNS})
    )
    if fmt == "csv":
        # CSV has no nested values: the language list becomes JSON text.
        table = table.set_column(
            table.schema.get_field_index("languages"),
            "languages",
            pa.array([json.dumps(v) for v in table.column("languages").to_pylist()], pa.string()),
        )
    _copy(store, table, fmt, out)
    return len(rows)


def _copy(store: Store, table: pa.Table, fmt: str, out: str | Path) -> None:
    store.con.register("_stories", table)
    try:
        target = str(Path(out)).replace("'", "''")
        store.con.execute(f"COPY (SELECT * FROM _stories) TO '{target}' ({_OPTIONS[fmt]})")
    finally:
        store.con.unregister("_stories")


def export_events(store: Store, fmt: str, out: str | Path) -> int:
    """Write every event to ``out``; return how many."""
    _check_format(fmt)
    # Each event's story and its document's near-duplicate cluster (NULL in a database from before them).
    dedup = (
        "(SELECT es.story_id FROM event_stories es WHERE es.event_id = e.event_id) AS story_id, "
        "(SELECT c.cluster_id FROM doc_clusters c WHERE c.content_hash = e.content_hash) AS cluster_id"
        if has_dedup(store)
        else "NULL::VARCHAR AS story_id, NULL::VARCHAR AS cluster_id"
    )
    select = _EXPORT_SQL.format(dedup=dedup)
    if fmt == "csv":
        # CSV has no nested values: lists become JSON text.
        select = f"SELECT * REPLACE (to_json(contexts)::VARCHAR AS contexts, to_json(evidence)::VARCHAR AS evidence) FROM ({select})"
    options = _OPTIONS[fmt]
    target = str(Path(out)).replace("'", "''")
    store.con.execute(f"COPY ({select}) TO '{target}' ({options})")
    row = store.con.execute("SELECT count(*) FROM events").fetchone()
    return int(row[0]) if row else 0
