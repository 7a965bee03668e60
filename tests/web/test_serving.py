"""The server owns its database: `chancery ingest` writes through it, and readers see each batch at once."""

from __future__ import annotations

import json
import signal
import subprocess
import time
import urllib.request

import pytest
from fastapi.testclient import TestClient

from chancery.web import create_app
from chancery.web.remote import TOKEN_HEADER, advert_path, find_server
from tests.conftest import CHANCERY, run_cli

ARTICLE = {
    "doc_id": "web_001",
    "text": "Turkish Foreign Minister Hakan Fidan met his Greek counterpart George Gerapetritis "
    "in Athens on Tuesday.",
    "source": "test",
    "published": "2025-03-05",
}


def test_ingestion_needs_the_servers_token(db_copy):
    with TestClient(create_app(db_copy, token="secret")) as client:
        for headers in ({}, {TOKEN_HEADER: "wrong"}):
            reply = client.post("/api/runs", json={"command": "x"}, headers=headers)
            assert reply.status_code == 403 and reply.json()["error"]["code"] == "E603"


def test_a_batch_written_through_the_server_is_visible_at_once(db_copy):
    with TestClient(create_app(db_copy, token="secret")) as client:
        auth = {TOKEN_HEADER: "secret"}
        before = client.get("/api/stats").json()["documents"]
        run_id = client.post("/api/runs", json={"command": "test"}, headers=auth).json()["run_id"]
        bad_date = {
            **ARTICLE,
            "doc_id": "web_002",
            "text": ARTICLE["text"] + " Again.",
            "published": "2025-99",
        }
        done = client.post(
            f"/api/runs/{run_id}/batches", json={"documents": [ARTICLE, bad_date]}, headers=auth
        ).json()
        assert done["new"] == 1 and done["events"] >= 1
        assert [r["code"] for r in done["rejects"]] == ["E113"]
        assert client.get("/api/stats").json()["documents"] == before + 1
        events = client.get("/api/events", params={"dyad": "TUR,GRC", "since": "2025-03"}).json()["events"]
        assert any(e["doc_id"] == "web_001" and e["type"] == "CONSULT" for e in events)
        again = client.post(f"/api/runs/{run_id}/batches", json={"documents": [ARTICLE]}, headers=auth).json()
        assert again["new"] == 0 and again["duplicate"] == 1
        assert client.post(
            f"/api/runs/{run_id}/finish", json={"status": "done", "counts": {"read": 3}}, headers=auth
        ).is_success
        assert client.post(f"/api/runs/{run_id}/batches", json={}, headers=auth).status_code == 400


def _start_server(db):
    process = subprocess.Popen(
        [str(CHANCERY), "serve", "--db", str(db), "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
    )
    line = process.stderr.readline()
    assert "serving" in line, line
    url = line.split(" at ", 1)[1].split("/ ", 1)[0]
    deadline = time.monotonic() + 60
    while find_server(db) is None:
        assert time.monotonic() < deadline and process.poll() is None, "the server never advertised itself"
        time.sleep(0.1)
    return process, url


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as reply:
        return json.loads(reply.read())


@pytest.mark.timeout(300)
def test_ingest_while_serving_goes_through_the_server(db_copy, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "web_001.txt").write_text(f" date 2025-03-05 {ARTICLE['text']}\n", encoding="utf-8")
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01binary")
    process, url = _start_server(db_copy)
    try:
        before = _get(url + "/api/stats")["documents"]
        result = run_cli("ingest", tmp_path / "in", "--db", db_copy)
        assert result.returncode == 1, result.stderr  # the binary file is rejected, the article stored
        assert f"served at {url}" in result.stderr and "1 new" in result.stderr and "E102" in result.stderr
        assert _get(url + "/api/stats")["documents"] == before + 1  # no restart
        refused = run_cli("ingest", tmp_path / "in", "--db", db_copy, "--coder", "chancery.keyword_coder.v1")
        assert refused.returncode == 1 and "stop the server" in refused.stderr
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    assert not advert_path(db_copy).exists()
    after = run_cli("ingest", tmp_path / "in", "--db", db_copy)  # the file is free again
    assert "0 new" in after.stderr and "served" not in after.stderr


def test_serve_listens_on_loopback_by_default(invoke):
    help_text = invoke("serve", "--help").stdout
    assert "127.0.0.1" in help_text


def test_a_busy_port_is_a_clear_error(db_copy):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = run_cli("serve", "--db", db_copy, "--port", port)
    assert result.returncode != 0 and "E601" in result.stderr


def test_dyad_pages_stay_exact_while_the_server_writes(db_copy, monkeypatch):
    """The server's dyad index counts what its writer appends, and is rebuilt when the table is re-sorted."""
    from chancery.store import explore
    from chancery.store.db import Store

    def same_as_plain(client, db):
        for dyad in ("TUR,GRC", "TUR,USA", "RUS,UKR"):
            for since, until, limit in ((None, None, 50), ("2025-01", None, 50), (None, "2024-12-31", 3)):
                params = {"since": since, "until": until, "limit": limit}
                served = client.get(
                    "/api/events",
                    params={"dyad": dyad, "total": "true", **{k: v for k, v in params.items() if v}},
                ).json()
                q = explore.EventQuery(
                    dyad=tuple(dyad.split(",")),
                    since=explore.PartialDate.parse(since) if since else None,
                    until=explore.PartialDate.parse(until) if until else None,
                    limit=limit,
                )
                with db.reader() as store:
                    assert served == explore.events_page(store, q, with_total=True)

    with TestClient(create_app(db_copy, token="secret")) as client:
        db = client.app.state.db
        before = db.dyad_index.tail  # a small database is never worth re-sorting: all tail
        auth = {TOKEN_HEADER: "secret"}
        run_id = client.post("/api/runs", json={"command": "test"}, headers=auth).json()["run_id"]
        client.post(f"/api/runs/{run_id}/batches", json={"documents": [ARTICLE]}, headers=auth)
        assert db.dyad_index.tail > before  # appended, unsorted, searched
        same_as_plain(client, db)
        monkeypatch.setattr(Store, "compact_explorer", lambda self, **_: Store.rebuild_explorer(self) >= 0)
        client.post(f"/api/runs/{run_id}/finish", json={"status": "done", "counts": {}}, headers=auth)
        assert db.dyad_index.tail == 0 and db.dyad_index.runs  # re-sorted: a new index
        same_as_plain(client, db)
