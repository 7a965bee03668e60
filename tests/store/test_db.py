import json

import duckdb
import pytest

from chancery.errors import StoreError
from chancery.ingest import RawDocument
from chancery.store.db import Store, Stored
from chancery.store.migrations import MIGRATIONS


def test_store_applies_named_migrations_once(tmp_path):
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        names = [r["name"] for r in store.query("SELECT name FROM schema_migrations ORDER BY name")]
        assert names == [name for name, _ in MIGRATIONS]
        assert store.migrate() == []
    with Store(path) as store:  # reopening applies nothing new
        assert store.migrate() == []
        assert store.counts()["documents"] == 0


def test_store_refuses_database_from_newer_version(tmp_path):
    path = tmp_path / "c.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future', now())")
    con.close()
    with pytest.raises(StoreError, match=r"\[E302\]"):
        Store(path)


def test_store_read_only_on_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match=r"\[E301\].*run `chancery ingest` first"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_write_batch_stores_documents_and_events_and_ignores_repeated_rejects(tmp_path, pipeline):
    from chancery.ingest import Reject

    raw = RawDocument(
        doc_id="d1",
        text="French President Emmanuel Macron met Turkish President Erdoğan in Ankara.",
        source="mem",
    )
    result = pipeline(raw)
    reject = Reject("bad.bin", "", "E102", "[E102] binary")
    with Store(tmp_path / "c.duckdb") as store:
        run = store.start_run("test", pipeline.coder_version, pipeline.config)
        store.write_batch(run, [Stored(raw, result)], [reject])
        store.write_batch(run, [], [reject])
        assert store.known_hashes([raw.content_hash, "0" * 64]) == {raw.content_hash}
        counts = store.counts()
        assert counts["documents"] == 1 and counts["rejects"] == 1
        assert counts["events"] == len(result.article.events) >= 1
        [event] = store.query("SELECT * FROM events")
        assert (event["type"], event["source"], event["target"]) == ("CONSULT", "FRA", "TUR")
        [evidence] = store.query("SELECT * FROM evidence")
        assert evidence["text"] == raw.text


def test_write_batch_is_atomic(tmp_path, pipeline):
    raw = RawDocument(doc_id="d1", text="Some text.", source="mem")
    with Store(tmp_path / "c.duckdb") as store:
        run = store.start_run("test", "v", {})
        store.write_batch(run, [Stored(raw, pipeline(raw))], [])
        with pytest.raises(StoreError):  # same primary key again: the whole batch fails
            other = RawDocument(doc_id="d2", text="Other text.", source="mem")
            store.write_batch(run, [Stored(other, pipeline(other)), Stored(raw, pipeline(raw))], [])
        assert [r["doc_id"] for r in store.query("SELECT doc_id FROM documents")] == ["d1"]


def test_explore_migration_fills_the_day_of_events_stored_before_it(tmp_path, pipeline):
    from chancery.ingest.base import parse_published

    path = tmp_path / "old.duckdb"
    raw = RawDocument(
        doc_id="d1",
        text="French President Emmanuel Macron met Turkish President Erdoğan in Ankara.",
        source="mem",
        published=parse_published("2025-03-04"),
    )
    with Store(path) as store:
        store.write_batch(store.start_run("t", "c", {}), [Stored(raw, pipeline(raw))], [])
        # make it a database from before 0004_explore, with its events' days unknown
        store.con.execute(
            "ALTER TABLE events DROP COLUMN day; DROP TABLE mentions; DROP TABLE event_rows; "
            "DROP TABLE explorer_state; DELETE FROM schema_migrations WHERE name = '0004_explore'"
        )
    with Store(path) as store:
        assert [r["day"].isoformat() for r in store.query("SELECT day FROM events")] == ["2025-03-04"]
        [row] = store.query("SELECT dyad, day, row_json FROM event_rows")  # the explorer's row, backfilled
        assert row["dyad"] == "FRA TUR" and json.loads(row["row_json"])["evidence"][0]["text"] == raw.text


def test_actor_mentions_are_stored_at_their_offsets(tmp_path, pipeline):
    raw = RawDocument(doc_id="d1", text="Hakan Fidan met Antony Blinken in Ankara on Monday.", source="mem")
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch(store.start_run("t", "c", {}), [Stored(raw, pipeline(raw))], [])
        rows = store.query("SELECT start_char, end_char, text, code FROM mentions ORDER BY idx")
    assert {r["code"] for r in rows} >= {"TUR", "USA"}
    assert all(raw.text[r["start_char"] : r["end_char"]] == r["text"] for r in rows)


def test_explorer_rows_are_written_with_each_batch_and_compacted_in_dyad_order(tmp_path, pipeline):
    texts = [
        "Hakan Fidan met Antony Blinken in Ankara on Monday.",
        "Emmanuel Macron met Olaf Scholz in Berlin on Friday.",
        "Sergei Lavrov met Wang Yi in Beijing on Tuesday.",
    ]
    raws = [RawDocument(doc_id=f"d{i}", text=t, source="mem") for i, t in enumerate(texts)]
    with Store(tmp_path / "c.duckdb") as store:
        run = store.start_run("t", "c", {})
        for raw in raws:
            store.write_batch(run, [Stored(raw, pipeline(raw))], [])
        rows = store.query("SELECT dyad, row_json FROM event_rows")
        assert [r["dyad"] for r in rows] == ["TUR USA", "DEU FRA", "CHN RUS"]  # arrival order
        assert {json.loads(r["row_json"])["event_id"] for r in rows} == {
            r["event_id"] for r in store.query("SELECT event_id FROM events")
        }
        assert not store.compact_explorer()  # too few unsorted rows to be worth it
        assert store.compact_explorer(min_unsorted=1)
        assert [r["dyad"] for r in store.query("SELECT dyad FROM event_rows")] == [
            "CHN RUS",
            "DEU FRA",
            "TUR USA",
        ]
        assert not store.compact_explorer(min_unsorted=1)  # nothing new since
