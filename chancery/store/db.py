"""The embedded DuckDB store: one file holding documents, events and provenance.

Every write of a batch (its documents, events, evidence, quotes, amounts,
places, event locations, counts and rejects) is one transaction, and documents are keyed by the hash of their
text. A run killed at any point therefore leaves only whole batches behind,
and running it again skips what is stored and writes the rest: the result is
the database a clean run produces.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from chancery._faults import Failpoints
from chancery.about import __version__
from chancery.coding.ontology import QUAD_CLASS
from chancery.doc import Place
from chancery.errors import Errors, StoreError
from chancery.ingest.base import RawDocument, Reject
from chancery.pipeline import Result
from chancery.store.migrations import EXPLORER_ORDER, EXPLORER_ROWS, MIGRATIONS

DEFAULT_DB = "chancery.duckdb"
EXPLORER_SOURCES = ("events", "documents", "event_locations", "event_stories", "evidence")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class Stored:
    """One coded document ready to be written."""

    raw: RawDocument
    result: Result


class Store:
    """A chancery database file. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(Errors.E301, path=self.path, reason="no such file (run `chancery ingest` first)")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(Errors.E301, path=self.path, reason=exc) from exc
        if read_only:
            self._check_schema()
        else:
            self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def limit_threads(self, threads: int) -> None:
        """How many threads DuckDB may use for this connection's work (default: every CPU)."""
        self.con.execute(f"SET threads = {int(threads)}")

    def tune_for_writing(self) -> None:
        """Settings for a writer that stores batch after batch (ingest, watch, the server's writer).

        DuckDB checkpoints whenever its log passes ``checkpoint_threshold`` (16 MB by default), and
        a checkpoint rewrites each table's last row group and its key indexes: at the default,
        writing slowed down as the store grew. After a crash, DuckDB replays the log when it reopens the file.
        The buffer cache is capped (DuckDB takes 80% of RAM by default and keeps what it read)
        so that a long ingest leaves memory to its coding workers; beyond it DuckDB spills to disk.
        """
        self.con.execute("SET checkpoint_threshold = '1GB'")
        self.con.execute(f"SET memory_limit = '{writer_memory_mb()}MB'")

    def reader(self) -> Store:
        """Another handle on this open database, for another thread of the same process.

        It sees every batch committed before each of its queries (DuckDB's snapshot
        isolation), so a server reading through handles like this one shows what its
        writer adds without reopening the file.
        """
        view = object.__new__(Store)
        view.path = self.path
        view.con = self.con.cursor()
        return view

    # -- schema -----------------------------------------------------------

    def _applied(self) -> list[str]:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()
        if not exists or not exists[0]:
            return []
        return [r[0] for r in self.con.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()]

    def applied_migrations(self) -> list[str]:
        return self._applied()

    def _check_schema(self) -> None:
        known = {name for name, _ in MIGRATIONS}
        for name in self._applied():
            if name not in known:
                raise StoreError(Errors.E302, path=self.path, name=name)

    def migrate(self) -> list[str]:
        """Apply the migrations this database lacks; return their names."""
        self._check_schema()
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)"
        )
        applied = set(self._applied())
        done = []
        for name, sql in MIGRATIONS:
            if name in applied:
                continue
            try:
                self.con.begin()
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [name, _now()])
                self.con.commit()
            except duckdb.Error as exc:
                self.con.rollback()
                raise StoreError(Errors.E301, path=self.path, reason=f"migration {name}: {exc}") from exc
            done.append(name)
        return done

    # -- runs -------------------------------------------------------------

    def start_run(self, command: str, coder: str, config: dict[str, Any]) -> int:
        row = self.con.execute(
            "INSERT INTO runs (run_id, started_at, status, command, coder, config, chancery_version) "
            "VALUES (nextval('run_ids'), ?, 'running', ?, ?, ?, ?) RETURNING run_id",
            [_now(), command, coder, json.dumps(config), __version__],
        ).fetchone()
        assert row is not None
        return int(row[0])

    def finish_run(self, run_id: int, *, status: str, counts: dict[str, int]) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = ?, n_read = ?, n_new = ?, n_duplicate = ?, n_rejected = ? "
            "WHERE run_id = ?",
            [
                _now(),
                status,
                counts.get("read", 0),
                counts.get("new", 0),
                counts.get("duplicate", 0),
                counts.get("rejected", 0),
                run_id,
            ],
        )

    # -- writes -----------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        wanted = list(set(hashes))
        if not wanted:
            return set()
        rows = self.con.execute(
            "SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))", [wanted]
        ).fetchall()
        return {r[0] for r in rows}

    def write_batch(
        self,
        run_id: int,
        docs: Sequence[Stored],
        rejects: Sequence[Reject],
        failpoints: Failpoints | None = None,
        extra: dict[str, pa.Table] | None = None,
    ) -> None:
        """Write one batch of coded documents atomically: all of it, or (if the process dies) none.

        ``extra`` holds rows of other tables that describe these documents (the
        deduplication links), written in the same transaction.
        """
        self.write_tables(run_id, {**batch_tables(run_id, docs), **(extra or {})}, rejects, failpoints)

    def write_tables(
        self,
        run_id: int,
        tables: dict[str, pa.Table],
        rejects: Sequence[Reject],
        failpoints: Failpoints | None = None,
    ) -> None:
        """Write a batch's rows (:func:`batch_tables` and the deduplication rows, in memory or read
        back from an engine's Parquet files) in one transaction."""
        from chancery.store.dedup import SCHEMAS as DEDUP_SCHEMAS

        tables = dict(tables)
        tables.setdefault("event_stories", pa.Table.from_pylist([], schema=DEDUP_SCHEMAS["event_stories"]))
        try:
            self.con.begin()
            for name, table in tables.items():
                if table.num_rows:
                    self.con.register("_batch", table)
                    self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _batch")
                    self.con.unregister("_batch")
                if failpoints:
                    failpoints.reach(f"mid_write_{name}")
            if tables["events"].num_rows:
                self._write_explorer_rows(tables)
            for r in rejects:
                self.con.execute(
                    "INSERT OR IGNORE INTO rejects VALUES (?, ?, ?, ?, ?, ?)",
                    [r.source, r.locator, r.code, r.severity, r.message, run_id],
                )
            self.con.commit()
        except duckdb.Error as exc:
            self.con.rollback()
            raise StoreError(Errors.E301, path=self.path, reason=f"writing a batch: {exc}") from exc

    def _write_explorer_rows(self, tables: dict[str, pa.Table]) -> None:
        """The batch's explorer rows, computed from the batch's own tables (no scan of the store)."""
        names = {name: f"_explorer_{name}" for name in EXPLORER_SOURCES}
        for name, alias in names.items():
            self.con.register(alias, tables[name])
        try:
            self.con.execute("INSERT INTO event_rows BY NAME " + EXPLORER_ROWS.format(**names))
        finally:
            for alias in names.values():
                self.con.unregister(alias)

    def rebuild_explorer(self) -> int:
        """Recompute the explorer's table from the stored events (after a bulk load that bypassed
        :meth:`write_batch`); returns its row count."""
        select = EXPLORER_ROWS.format(**{name: name for name in EXPLORER_SOURCES})
        return self._replace_explorer(select, "rebuilding")

    def compact_explorer(self, *, min_unsorted: int = 10_000, min_share: float = 0.1) -> bool:
        """Re-sort the explorer's table by dyad and day once enough rows arrived unsorted.

        Rows are appended in arrival order; a dyad's query reads the row groups whose
        dyad range covers it, so unsorted rows make it read more. Re-sorting rewrites the
        whole table, hence only past ``min_unsorted`` rows and ``min_share`` of it. Returns whether it re-sorted.
        """
        total, done = self.con.execute(
            "SELECT (SELECT count(*) FROM event_rows), (SELECT max(sorted_rows) FROM explorer_state)"
        ).fetchone()
        unsorted = total - (done or 0)
        if unsorted < min_unsorted or unsorted < min_share * total:
            return False
        self._replace_explorer("SELECT * FROM event_rows", "compacting")
        return True

    def _replace_explorer(self, rows: str, doing: str) -> int:
        """The explorer table becomes ``rows`` in its sorted order, all recorded as sorted."""
        try:
            self.con.begin()
            self.con.execute(f"CREATE OR REPLACE TABLE event_rows AS {rows} ORDER BY {EXPLORER_ORDER}")
            self.con.execute("DELETE FROM explorer_state")
            self.con.execute("INSERT INTO explorer_state SELECT count(*) FROM event_rows")
            self.con.commit()
        except duckdb.Error as exc:
            self.con.rollback()
            raise StoreError(
                Errors.E301, path=self.path, reason=f"{doing} the explorer table: {exc}"
            ) from exc
        row = self.con.execute("SELECT sorted_rows FROM explorer_state").fetchone()
        return int(row[0]) if row else 0

    # -- reads ------------------------------------------------------------

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Run the enclosed reads in one transaction: they all see the same committed state."""
        self.con.begin()
        try:
            yield
        finally:
            self.con.rollback()  # nothing to keep: reads only

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in (
            "documents",
            "events",
            "evidence",
            "quotes",
            "amounts",
            "places",
            "event_locations",
            "counts",
            "rejects",
            "runs",
        ):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out


WRITER_MEMORY_MB = 4096  # at most, and at most half of this machine's memory


def writer_memory_mb() -> int:
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    except (ValueError, OSError, AttributeError):
        return WRITER_MEMORY_MB
    return max(256, min(WRITER_MEMORY_MB, total // 2))


def event_id(content_hash: str, idx: int) -> str:
    """Stable across runs: the document's hash prefix and the event's position."""
    return f"{content_hash[:16]}-{idx}"


def batch_tables(run_id: int, docs: Sequence[Stored]) -> dict[str, pa.Table]:
    """The store's rows for coded documents: a pure function, so engines compute it where they code."""
    documents, events, evidence, quotes, amounts = [], [], [], [], []
    places, locations, counts, mentions = [], [], [], []
    for item in docs:
        raw, article = item.raw, item.result.article
        digest = raw.content_hash
        published = article.published
        documents.append(
            {
                "content_hash": digest,
                "doc_id": raw.doc_id,
                "source": article.source,
                "lang": article.lang,
                "published": str(published) if published else None,
                "published_date": published.to_date() if published else None,
                "published_precision": published.precision.value if published else None,
                "url": article.url,
                "title": article.title,
                "encoding": raw.encoding,
                "text": article.text,
                "n_chars": len(article.text),
                "contexts": list(article.contexts),
                "run_id": run_id,
            }
        )
        for i, e in enumerate(article.events):
            eid = event_id(digest, i)
            events.append(
                {
                    "event_id": eid,
                    "content_hash": digest,
                    "doc_id": raw.doc_id,
                    "idx": i,
                    "type": e.type,
                    "mode": e.mode,
                    "source": e.source,
                    "target": e.target,
                    "source_actor": e.source_actor,
                    "target_actor": e.target_actor,
                    "source_sector": e.source_sector,
                    "target_sector": e.target_sector,
                    "date": str(e.date) if e.date else None,
                    "date_start": e.date.to_date() if e.date else None,
                    "date_precision": e.date.precision.value if e.date else None,
                    "day": e.date.to_date() if e.date else (published.to_date() if published else None),
                    "status": e.status,
                    "location": e.location,
                    "cameo": e.cameo,
                    "goldstein": e.goldstein,
                    "quad_class": QUAD_CLASS.get(e.type),
                    "contexts": list(e.contexts),
                    "rule": e.rule,
                    "run_id": run_id,
                }
            )
            if e.place is not None:
                p = e.place
                locations.append(
                    {
                        "event_id": eid,
                        "content_hash": digest,
                        "text": e.location,
                        **_place_columns(p),
                        "run_id": run_id,
                    }
                )
            for j, ev in enumerate(e.evidence):
                evidence.append(
                    {
                        "event_id": eid,
                        "idx": j,
                        "sentence": ev.sentence,
                        "start_char": ev.start,
                        "end_char": ev.end,
                        "text": article.text[ev.start : ev.end],
                    }
                )
        for i, q in enumerate(article.quotes):
            quotes.append(
                {
                    "content_hash": digest,
                    "idx": i,
                    "speaker": q.speaker,
                    "speaker_code": q.speaker_code,
                    "text": q.text,
                    "start_char": q.start,
                    "end_char": q.end,
                    "run_id": run_id,
                }
            )
        for i, a in enumerate(article.amounts):
            amounts.append(
                {
                    "content_hash": digest,
                    "idx": i,
                    "value": a.value,
                    "unit": a.unit,
                    "text": a.text,
                    "about": a.about,
                    "year": a.year,
                    "start_char": a.start,
                    "end_char": a.end,
                    "run_id": run_id,
                }
            )
        for i, p in enumerate(article.places):
            places.append(
                {
                    "content_hash": digest,
                    "idx": i,
                    "text": p.text,
                    "start_char": p.start,
                    "end_char": p.end,
                    **_place_columns(p),
                    "run_id": run_id,
                }
            )
        for i, c in enumerate(article.counts):
            counts.append(
                {
                    "content_hash": digest,
                    "idx": i,
                    "value": c.value,
                    "kind": c.kind,
                    "approximate": c.approximate,
                    "text": c.text,
                    "start_char": c.start,
                    "end_char": c.end,
                    "run_id": run_id,
                }
            )
        actors = (m for m in article.mentions if m.kind in ("actor", "group"))
        for i, m in enumerate(actors):
            mentions.append(
                {
                    "content_hash": digest,
                    "idx": i,
                    "start_char": m.start,
                    "end_char": m.end,
                    "text": m.text,
                    "code": m.code,
                    "sector": m.sector,
                    "kind": m.kind,
                    "run_id": run_id,
                }
            )
    return {
        "documents": _table(documents, _SCHEMAS["documents"]),
        "events": _table(events, _SCHEMAS["events"]),
        "evidence": _table(evidence, _SCHEMAS["evidence"]),
        "quotes": _table(quotes, _SCHEMAS["quotes"]),
        "amounts": _table(amounts, _SCHEMAS["amounts"]),
        "places": _table(places, _SCHEMAS["places"]),
        "event_locations": _table(locations, _SCHEMAS["event_locations"]),
        "counts": _table(counts, _SCHEMAS["counts"]),
        "mentions": _table(mentions, _SCHEMAS["mentions"]),
    }


def _place_columns(place: Place) -> dict[str, Any]:
    """What a resolved place stores, for a place mention and for an event's location alike."""
    return {
        "kind": place.kind,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "name": place.name,
        "reason": place.reason,
    }


def _table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


_S, _I, _D, _F = pa.string(), pa.int32(), pa.date32(), pa.float64()
# What a resolved place stores, in place mentions and event locations alike (see _place_columns).
_PLACE_FIELDS = (
    ("kind", _S),
    ("country", _S),
    ("lat", _F),
    ("lon", _F),
    ("geonameid", _I),
    ("name", _S),
    ("reason", _S),
)
_SCHEMAS = {
    "mentions": pa.schema(
        [
            ("content_hash", _S),
            ("idx", _I),
            ("start_char", _I),
            ("end_char", _I),
            ("text", _S),
            ("code", _S),
            ("sector", _S),
            ("kind", _S),
            ("run_id", _I),
        ]
    ),
    "documents": pa.schema(
        [
            ("content_hash", _S),
            ("doc_id", _S),
            ("source", _S),
            ("lang", _S),
            ("published", _S),
            ("published_date", _D),
            ("published_precision", _S),
            ("url", _S),
            ("title", _S),
            ("encoding", _S),
            ("text", _S),
            ("n_chars", _I),
            ("contexts", pa.list_(_S)),
            ("run_id", _I),
        ]
    ),
    "events": pa.schema(
        [
            ("event_id", _S),
            ("content_hash", _S),
            ("doc_id", _S),
            ("idx", _I),
            ("type", _S),
            ("mode", _S),
            ("source", _S),
            ("target", _S),
            ("source_actor", _S),
            ("target_actor", _S),
            ("source_sector", _S),
            ("target_sector", _S),
            ("date", _S),
            ("date_start", _D),
            ("date_precision", _S),
            ("day", _D),
            ("status", _S),
            ("location", _S),
            ("cameo", _S),
            ("goldstein", _F),
            ("quad_class", pa.int8()),
            ("contexts", pa.list_(_S)),
            ("rule", _S),
            ("run_id", _I),
        ]
    ),
    "evidence": pa.schema(
        [
            ("event_id", _S),
            ("idx", _I),
            ("sentence", _I),
            ("start_char", _I),
            ("end_char", _I),
            ("text", _S),
        ]
    ),
    "quotes": pa.schema(
        [
            ("content_hash", _S),
            ("idx", _I),
            ("speaker", _S),
            ("speaker_code", _S),
            ("text", _S),
            ("start_char", _I),
            ("end_char", _I),
            ("run_id", _I),
        ]
    ),
    "amounts": pa.schema(
        [
            ("content_hash", _S),
            ("idx", _I),
            ("value", _F),
            ("unit", _S),
            ("text", _S),
            ("about", _S),
            ("year", _I),
            ("start_char", _I),
            ("end_char", _I),
            ("run_id", _I),
        ]
    ),
    "places": pa.schema(
        [
            ("content_hash", _S),
            ("idx", _I),
            ("text", _S),
            ("start_char", _I),
            ("end_char", _I),
            *_PLACE_FIELDS,
            ("run_id", _I),
        ]
    ),
    "event_locations": pa.schema(
        [
            ("event_id", _S),
            ("content_hash", _S),
            ("text", _S),
            *_PLACE_FIELDS,
            ("run_id", _I),
        ]
    ),
    "counts": pa.schema(
        [
            ("content_hash", _S),
            ("idx", _I),
            ("value", pa.int64()),
            ("kind", _S),
            ("approximate", pa.bool_()),
            ("text", _S),
            ("start_char", _I),
            ("end_char", _I),
            ("run_id", _I),
        ]
    ),
}
