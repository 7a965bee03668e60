"""Every engine builds the same database: the real CLI on real files, compared table by table."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from chancery.engines import EngineChoice, ProcessEngine, SerialEngine, open_engine
from chancery.errors import EngineError
from chancery.jobs import ingest_paths
from chancery.pipeline import LanguageStage, Pipeline
from chancery.store.db import Store
from tests.conftest import ROOT, run_cli

TABLES = ("documents", "events", "evidence", "mentions", "places", "doc_clusters", "stories", "event_stories")
CORPUS = ROOT / "devset" / "articles"


def contents(db: Path) -> dict[str, list[tuple]]:
    """Every row of the tables an ingest writes, without the run that wrote it."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in (*TABLES, "event_rows"):
            columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] != "run_id"]
            out[table] = con.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


def ingest(
    db: Path, *args: object, inputs: tuple[Path, ...] = (CORPUS,), env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    done = run_cli("ingest", *inputs, "--db", db, *args, env=env)
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def serial_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("serial") / "one.duckdb"
    ingest(db, "--workers", "1", "--batch-size", "8")
    return db


def test_worker_processes_store_exactly_what_one_process_stores(serial_db, tmp_path):
    db = tmp_path / "pool.duckdb"
    done = ingest(db, "--workers", "2", "--batch-size", "8")
    assert "engine: local, 2 workers" in done.stderr
    expected, got = contents(serial_db), contents(db)
    assert len(expected["events"]) > 300 and len(expected["documents"]) >= 60
    for table in expected:
        assert got[table] == expected[table], table


def test_equal_texts_in_shards_coded_at_the_same_time_are_stored_once(tmp_path):
    text = "French President Emmanuel Macron met Turkish President Recep Tayyip Erdogan in Ankara on Monday."
    records = [
        {"id": f"d{i}", "text": text if i % 3 == 0 else f"{text} Story {i}.", "published": "2025-03-04"}
        for i in range(30)
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "dups.duckdb"
    done = ingest(db, "--workers", "2", "--batch-size", "2", inputs=(feed,))
    assert "21 new, 9 already stored" in done.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone() == (21, 21)
    con.close()
    again = ingest(db, "--workers", "2", "--batch-size", "2", inputs=(feed,))
    assert "0 new, 30 already stored" in again.stderr


def test_small_inputs_are_coded_in_this_process_and_large_ones_on_every_cpu(pipeline, tmp_path):
    common = {"coder": "chancery.rule_coder.v1", "options": {}, "default_parquet": tmp_path / "p"}
    small = open_engine(EngineChoice(), pipeline, input_bytes=10_000, **common)
    assert isinstance(small, SerialEngine)
    large = open_engine(EngineChoice(workers=2), pipeline, input_bytes=10_000, **common)
    try:
        assert isinstance(large, ProcessEngine) and large.workers == 2
    finally:
        large.close()


def test_ray_options_without_the_ray_engine_are_a_usage_error(tmp_path):
    done = run_cli("ingest", CORPUS, "--db", tmp_path / "x.duckdb", "--parquet", tmp_path / "p")
    assert done.returncode == 1 and "E501" in done.stderr and "apply to --engine ray only" in done.stderr


# Token authentication, as the README tells operators: the head and the client share one token. The test
# makes its own instead of relying on one left in ~/.ray (a fresh machine has none, and `ray start` then fails).
RAY_ENV = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ray_cluster(tmp_path_factory):
    """A real two-CPU Ray cluster on this machine, started by `ray start` as an operator would."""
    pytest.importorskip("ray")
    ray = Path(sys.executable).with_name("ray")
    port = _free_port()
    temp = tmp_path_factory.mktemp("ray")
    start = subprocess.run(
        [
            ray,
            "start",
            "--head",
            "--num-cpus",
            "2",
            "--port",
            str(port),
            "--include-dashboard",
            "false",
            "--node-ip-address",
            "127.0.0.1",
            "--temp-dir",
            str(temp),
            "--disable-usage-stats",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **RAY_ENV},
    )
    assert start.returncode == 0, start.stdout + start.stderr
    try:
        yield f"127.0.0.1:{port}"
    finally:
        subprocess.run([ray, "stop", "--force"], capture_output=True, timeout=120)
        shutil.rmtree(temp, ignore_errors=True)


def test_a_ray_job_on_a_local_cluster_stores_what_the_local_engine_stores(ray_cluster, serial_db, tmp_path):
    db, parquet = tmp_path / "ray.duckdb", tmp_path / "shared" / "rows"
    done = ingest(
        db,
        "--engine",
        "ray",
        "--address",
        ray_cluster,
        "--parquet",
        parquet,
        "--batch-size",
        "8",
        env=RAY_ENV,
    )
    assert "engine: ray, 2 workers" in done.stderr
    expected, got = contents(serial_db), contents(db)
    for table in expected:
        assert got[table] == expected[table], table
    # The workers' Parquet files are a dataset per table that DuckDB reads directly.
    con = duckdb.connect()
    events = con.execute(
        f"SELECT event_id, type, source, target, run FROM read_parquet('{parquet}/events/*/*.parquet', "
        "hive_partitioning = true) ORDER BY event_id"
    ).fetchall()
    assert [e[:4] for e in events] == sorted((r[0], r[4], r[6], r[7]) for r in expected["events"])
    assert {e[4] for e in events} == {1}
    assert len(list((parquet / "events" / "run=1").glob("part-*.parquet"))) == -(
        -len(expected["documents"]) // 8
    )


@dataclass
class _DiesOn:
    """A stage whose process dies (as if killed for memory) on one document."""

    doc_id: str
    name: str = "dies"
    version: str = "test"
    requires: frozenset[str] = frozenset({"text"})
    assigns: frozenset[str] = frozenset()

    def __call__(self, article):
        if article.doc_id == self.doc_id:
            os._exit(9)
        return article


def test_a_worker_that_dies_stops_the_run_with_a_coded_error_and_a_rerun_loses_nothing(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": f"Text number {i}."}) + "\n" for i in range(40))
    )
    dying = Pipeline([LanguageStage(), _DiesOn("d30")])
    engine = ProcessEngine(dying, 2)
    try:
        with Store(tmp_path / "dies.duckdb") as store:
            with pytest.raises(EngineError, match=r"E702.*local worker failed on documents d\d+\.\.d\d+"):
                ingest_paths([feed], store, dying, batch_size=10, engine=engine)
            # Whole shards only (each one transaction), and never the one that killed its worker.
            stored = store.query("SELECT count(*) AS n FROM documents")[0]["n"]
            assert stored in (0, 10, 20, 30)
            assert store.query("SELECT status FROM runs")[0]["status"] == "interrupted"
            healthy = Pipeline([LanguageStage()])
            report = ingest_paths([feed], store, healthy, batch_size=10, engine=SerialEngine(healthy))
            assert (report.new, report.duplicate) == (40 - stored, stored)
            assert store.query("SELECT count(*) AS n FROM documents")[0]["n"] == 40
    finally:
        engine.close()
