import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from chancery.store.db import Store
from tests.conftest import run_cli

TURKISH = (
    "Dışişleri Bakanı Hakan Fidan, İngiliz mevkidaşı David Lammy ile telefonda görüştü. "
    "Görüşmede iki ülke arasındaki ilişkiler ve bölgesel gelişmeler ele alındı."
)
FRENCH = "Le ministre turc des Affaires étrangères a rencontré son homologue français à Paris."


@pytest.fixture
def messy_folder():
    """The acceptance folder of bad inputs beside good ones, readable by `nobody` for the permission case."""
    root = Path(tempfile.mkdtemp(prefix="chancery-messy-", dir="/tmp"))
    os.chmod(root, 0o777)
    folder = root / "inputs"
    folder.mkdir()
    (folder / "good_en.txt").write_text(
        " date 2025-03-04 French President Emmanuel Macron met Turkish "
        "President Recep Tayyip Erdoğan in Ankara.",
        encoding="utf-8",
    )
    (folder / "binary.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "turkish_cp1254.txt").write_bytes(TURKISH.encode("cp1254"))
    (folder / "utf16.txt").write_bytes("\ufeff".encode("utf-16-le") + FRENCH.encode("utf-16-le"))
    with (folder / "huge.txt").open("w", encoding="utf-8") as f:
        line = "The ministers discussed regional security and trade at length. " * 16 + "\n"
        for _ in range(50_000_000 // len(line) + 1):
            f.write(line)
    records = [
        {"id": "j1", "text": "Russia accused Ukraine of attacking its territory.", "published": "2025-05-01"},
        {"id": "j3", "text": "Le Premier ministre a rencontré le président à Paris.", "lang": "fr"},
    ]
    (folder / "feed.jsonl").write_text(
        json.dumps(records[0])
        + "\n"
        + '{"id": "j2", "text": "unterminated\n'
        + json.dumps(records[1])
        + "\n",
        encoding="utf-8",
    )
    secret = folder / "secret.txt"
    secret.write_text("Unreadable article text about NATO.", encoding="utf-8")
    secret.chmod(0o000)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def test_ingest_messy_folder_keeps_all_good_documents_and_records_each_reject(messy_folder):
    db = messy_folder / "c.duckdb"
    # As root every file is readable, so run as `nobody` for the permission case to be real.
    user = "nobody" if os.geteuid() == 0 else None
    result = run_cli("ingest", messy_folder / "inputs", "--db", db, user=user)
    assert result.returncode == 1, result.stderr
    with Store(db, read_only=True) as store:
        ids = sorted(r["doc_id"] for r in store.query("SELECT doc_id FROM documents"))
        rejects = {
            (Path(r["source"]).name, r["locator"]): r["code"] for r in store.query("SELECT * FROM rejects")
        }
        encodings = dict(store.con.execute("SELECT doc_id, encoding FROM documents").fetchall())
        langs = dict(store.con.execute("SELECT doc_id, lang FROM documents").fetchall())
    assert ids == ["good_en", "j1", "j3", "turkish_cp1254", "utf16"]
    assert encodings["turkish_cp1254"] == "cp1254" and encodings["utf16"] == "utf-16"
    assert langs["turkish_cp1254"] == "tr" and langs["utf16"] == "fr"
    expected = {
        ("binary.bin", ""): "E102",
        ("empty.txt", ""): "E104",
        ("huge.txt", ""): "E105",
        ("feed.jsonl", "2"): "E106",
    }
    if user:
        expected[("secret.txt", "")] = "E101"
    assert rejects == expected
    for name, _ in expected:
        assert name in result.stderr  # listed in the summary with its reason


def test_ingest_twice_adds_nothing(tmp_path, seeds, invoke):
    db = tmp_path / "c.duckdb"
    first = invoke("ingest", seeds, "--db", db)
    assert first.exit_code == 0, first.output
    with Store(db, read_only=True) as store:
        before = store.counts()
    second = invoke("ingest", seeds, "--db", db)
    assert "0 new, 5 already stored" in second.stderr
    with Store(db, read_only=True) as store:
        after = store.counts()
        runs = store.query("SELECT status, n_read, n_new, n_duplicate FROM runs ORDER BY run_id")
    assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in before.items() if k != "runs"}
    assert before["documents"] == 5
    assert runs == [
        {"status": "done", "n_read": 5, "n_new": 5, "n_duplicate": 0},
        {"status": "done", "n_read": 5, "n_new": 0, "n_duplicate": 5},
    ]


def test_ingest_same_text_under_two_names_is_stored_once(tmp_path, invoke):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Putin accused European countries of obstruction.", encoding="utf-8")
    invoke("ingest", tmp_path, "--db", tmp_path / "c.duckdb")
    with Store(tmp_path / "c.duckdb", read_only=True) as store:
        assert store.counts()["documents"] == 1


def test_ingest_skips_its_own_database_inside_the_input_folder(tmp_path, invoke):
    (tmp_path / "a.txt").write_text("Putin accused European countries of obstruction.", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    assert invoke("ingest", tmp_path, "--db", db).exit_code == 0
    (tmp_path / "b.txt").write_text("France praised Germany for its help.", encoding="utf-8")
    result = invoke("ingest", tmp_path, "--db", db)
    assert result.exit_code == 0, result.stderr
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 2 and store.counts()["rejects"] == 0
