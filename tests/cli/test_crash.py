"""SIGKILL `chancery ingest` at many points; a re-run must give exactly the clean run's database."""

import json
import signal
import subprocess
import time

import pytest

from chancery.store.db import Store
from tests.conftest import CHANCERY, run_cli

TABLES = {
    "documents": "SELECT * EXCLUDE (run_id) FROM documents ORDER BY content_hash",
    "events": "SELECT * EXCLUDE (run_id) FROM events ORDER BY event_id",
    "evidence": "SELECT * FROM evidence ORDER BY event_id, idx",
    "quotes": "SELECT * EXCLUDE (run_id) FROM quotes ORDER BY content_hash, idx",
    "amounts": "SELECT * EXCLUDE (run_id) FROM amounts ORDER BY content_hash, idx",
    "rejects": "SELECT * EXCLUDE (run_id) FROM rejects ORDER BY source, locator, code",
}
ACTORS = ["France", "Türkiye", "Russia", "Germany", "Iran", "Ukraine", "Egypt", "Japan", "Brazil", "NATO"]
VERBS = ["met officials from", "accused", "praised", "threatened", "urged", "held talks with"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """240 distinct documents in text files and a JSONL file, plus a few bad inputs."""
    root = tmp_path_factory.mktemp("crash")
    folder = root / "in"
    folder.mkdir()
    lines = []
    for i in range(240):
        a, b = ACTORS[i % 10], ACTORS[(i * 7 + 3) % 10]
        text = (
            f"{a} {VERBS[i % 6]} {b} on day {i}. The talks in Geneva covered trade worth {i} million dollars."
        )
        if i % 2:
            (folder / f"doc{i:03d}.txt").write_text(
                f" date 2025-{i % 12 + 1:02d}-01 {text}", encoding="utf-8"
            )
        else:
            lines.append(json.dumps({"id": f"j{i:03d}", "text": text, "published": "2025-06"}))
    lines.insert(40, "{broken json")
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    clean = root / "clean.duckdb"
    assert run_cli("ingest", folder, "--db", clean, "--batch-size", "16").returncode == 1
    return folder, snapshot(clean)


def snapshot(db):
    with Store(db, read_only=True) as store:
        return {name: store.con.execute(sql).fetchall() for name, sql in TABLES.items()}


@pytest.mark.parametrize(
    "failpoint",
    [
        "before_write:1",
        "mid_write_documents:2",
        "mid_write_events:4",
        "mid_write_evidence:7",
        "after_write:3",
        "after_write:15",
    ],
)
def test_sigkill_at_failpoint_then_rerun_equals_clean_run(corpus, tmp_path, failpoint):
    folder, clean = corpus
    db = tmp_path / "c.duckdb"
    killed = run_cli(
        "ingest", folder, "--db", db, "--batch-size", "16", env={"CHANCERY_FAILPOINT": failpoint}
    )
    assert killed.returncode == -signal.SIGKILL
    again = run_cli("ingest", folder, "--db", db, "--batch-size", "16")
    assert again.returncode == 1, again.stderr  # the bad inputs are still reported
    assert snapshot(db) == clean
    with Store(db, read_only=True) as store:
        statuses = [r[0] for r in store.con.execute("SELECT status FROM runs ORDER BY run_id").fetchall()]
    assert statuses == ["running", "done"]  # the killed run stays visible as never finished


@pytest.mark.parametrize("delay", [1.2, 1.9, 2.6])
def test_sigkill_at_arbitrary_time_then_rerun_equals_clean_run(corpus, tmp_path, delay):
    folder, clean = corpus
    db = tmp_path / "c.duckdb"
    # One document per transaction makes the run long enough (about 3-4 s) to be killed mid-way.
    process = subprocess.Popen(
        [CHANCERY, "ingest", folder, "--db", db, "--batch-size", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL
    run_cli("ingest", folder, "--db", db, "--batch-size", "1")
    assert snapshot(db) == clean
