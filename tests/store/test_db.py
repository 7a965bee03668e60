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
