import csv
import io
import json

import duckdb
import pytest


@pytest.fixture(scope="module")
def db(tmp_path_factory, seeds):
    from click.testing import CliRunner

    from chancery.cli import cli

    path = tmp_path_factory.mktemp("q") / "c.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(seeds), "--db", str(path)], catch_exceptions=False)
    assert result.exit_code == 0
    return path


def jsonl(result):
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in result.stdout.splitlines()]


def test_events_jsonl_carries_doc_id_and_contract_fields(invoke, db):
    rows = jsonl(invoke("events", "--db", db, "--format", "jsonl"))
    assert rows
    for row in rows:
        assert row["doc_id"] and row["type"] and row["source"] and row["target"]
        assert {"mode", "status", "date", "cameo", "goldstein", "evidence", "contexts"} <= set(row)
        assert all(ev["text"] for ev in row["evidence"])


def test_events_filters(invoke, db):
    everything = jsonl(invoke("events", "--db", db, "--format", "jsonl"))
    tur = jsonl(invoke("events", "--db", db, "--format", "jsonl", "--actor", "tur"))
    assert tur and all("TUR" in (r["source"], r["target"]) for r in tur)
    assert len(tur) < len(everything)
    dyad = jsonl(invoke("events", "--db", db, "--format", "jsonl", "--dyad", "GBR,TUR"))
    assert dyad and all({r["source"], r["target"]} == {"GBR", "TUR"} for r in dyad)
    consult = jsonl(invoke("events", "--db", db, "--format", "jsonl", "--type", "CONSULT"))
    assert consult and all(r["type"] == "CONSULT" for r in consult)
    july = jsonl(
        invoke("events", "--db", db, "--format", "jsonl", "--since", "2025-07", "--until", "2025-07")
    )
    assert july and all(r["published"] == "2025-07" for r in july)
    assert jsonl(invoke("events", "--db", db, "--format", "jsonl", "--since", "2030")) == []


def test_events_bad_filter_is_a_clear_error(invoke, db):
    result = invoke("events", "--db", db, "--dyad", "TUR")
    assert result.exit_code != 0 and "E501" in result.output
    result = invoke("events", "--db", db, "--since", "last week")
    assert result.exit_code != 0 and "E501" in result.output


def test_events_table_and_csv(invoke, db):
    table = invoke("events", "--db", db, "--type", "CONSULT")
    assert table.exit_code == 0 and "CONSULT" in table.stdout
    rows = list(csv.DictReader(io.StringIO(invoke("events", "--db", db, "--format", "csv").stdout)))
    assert rows and rows[0]["doc_id"] and rows[0]["evidence"]


def test_show_highlights_the_article_with_its_events(invoke, db):
    result = invoke("show", "003_99e90f51f9341215", "--db", db)
    assert result.exit_code == 0
    assert "Le porte-parole de la présidence turque" in result.stdout
    assert "CONSULT" in result.stdout
    missing = invoke("show", "nope", "--db", db)
    assert missing.exit_code != 0 and "E303" in missing.output


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_round_trips_through_duckdb(invoke, db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    result = invoke("export", "--format", fmt, "--out", out, "--db", db)
    assert result.exit_code == 0, result.output
    reader = {"jsonl": "read_json_auto", "csv": "read_csv_auto", "parquet": "read_parquet"}[fmt]
    con = duckdb.connect()
    exported = con.execute(f"SELECT count(*), count(DISTINCT doc_id) FROM {reader}(?)", [str(out)]).fetchone()
    stored = (
        duckdb.connect(str(db), read_only=True)
        .execute("SELECT count(*), count(DISTINCT doc_id) FROM events")
        .fetchone()
    )
    assert exported == stored


def test_demo_ingests_the_bundled_corpus_into_a_fresh_database(invoke, tmp_path):
    db = tmp_path / "demo.duckdb"
    for _ in range(2):  # twice: the second run starts from a fresh file again
        result = invoke("demo", "--db", db)
        assert result.exit_code == 0, result.output
        assert "5 new" in result.stderr
        assert "Per dyad" in result.stdout and "events from the sample corpus" in result.stdout
