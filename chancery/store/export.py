"""Export events (with their documents' metadata and evidence) to files."""

from __future__ import annotations

from pathlib import Path

from chancery.errors import Errors, UsageError
from chancery.store.db import Store

FORMATS = ("jsonl", "csv", "parquet")

_EXPORT_SQL = """
    SELECT e.event_id, e.doc_id, e.content_hash, d.lang, d.published, d.url, d.title,
           e.type, e.mode, e.source, e.target, e.source_actor, e.target_actor, e.source_sector, e.target_sector,
           e.date, e.status, e.location, e.cameo, e.goldstein, e.quad_class, e.contexts,
           coalesce((SELECT list({{'sentence': v.sentence, 'start': v.start_char, 'end': v.end_char,
                                   'text': v.text}} ORDER BY v.idx)
                     FROM evidence v WHERE v.event_id = e.event_id), []) AS evidence,
           e.run_id
    FROM events e JOIN documents d USING (content_hash)
    ORDER BY e.doc_id, e.content_hash, e.idx
"""


def export_events(store: Store, fmt: str, out: str | Path) -> int:
    """Write every event to ``out``; return how many."""
    if fmt not in FORMATS:
        raise UsageError(Errors.E501, option="--format", reason=f"{fmt!r} is not one of {', '.join(FORMATS)}")
    select = _EXPORT_SQL.format()
    if fmt == "csv":
        # CSV has no nested values: lists become JSON text.
        select = f"SELECT * REPLACE (to_json(contexts)::VARCHAR AS contexts, to_json(evidence)::VARCHAR AS evidence) FROM ({select})"
    options = {"jsonl": "FORMAT JSON", "csv": "FORMAT CSV, HEADER", "parquet": "FORMAT PARQUET"}[fmt]
    target = str(Path(out)).replace("'", "''")
    store.con.execute(f"COPY ({select}) TO '{target}' ({options})")
    row = store.con.execute("SELECT count(*) FROM events").fetchone()
    return int(row[0]) if row else 0
