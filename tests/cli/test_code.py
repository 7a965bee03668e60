import json
import subprocess
import sys

import pytest

from tests.conftest import SHARED

EVENT_FIELDS = {
    "type",
    "mode",
    "source",
    "target",
    "source_actor",
    "target_actor",
    "source_sector",
    "target_sector",
    "date",
    "status",
    "location",
    "cameo",
    "goldstein",
    "evidence",
    "contexts",
}
TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_code_seeds_prints_one_contract_object_per_document_in_order(invoke, seeds):
    result = invoke("code", seeds, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["doc_id"] for d in docs] == sorted(p.stem for p in seeds.glob("*.txt"))
    assert [d["lang"] for d in docs] == ["en", "en", "en", "fr", "fr"]
    assert [d["published"] for d in docs] == ["2026-01-27", None, None, "2025-07", "2025-07"]
    assert sum(len(d["events"]) for d in docs) > 0
    for doc in docs:
        assert set(doc) == {"doc_id", "lang", "published", "events", "quotes", "amounts"}
        text = (seeds / f"{doc['doc_id']}.txt").read_text(encoding="utf-8")
        body = text.split(" ", 3)[3] if text.startswith(" date ") else text
        for event in doc["events"]:
            assert set(event) == EVENT_FIELDS
            assert event["type"] in TYPES
            assert event["status"] in {"occurred", "planned", "negated", "conditional"}
            for ev in event["evidence"]:
                assert body[ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="needs ../shared")
def test_code_output_runs_through_reference_scorer(invoke, seeds, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text(invoke("code", seeds).stdout, encoding="utf-8")
    score = subprocess.run(
        [sys.executable, SHARED / "tools" / "score.py", SHARED / "gold" / "seeds.jsonl", out, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(score.stdout)
    assert result["missing_docs"] == []
    assert result["micro"]["tp"] > 0


def test_code_table_format(invoke, seeds):
    result = invoke("code", seeds / "003_99e90f51f9341215.txt", "--format", "table")
    assert result.exit_code == 0
    assert "CONSULT" in result.stdout and "TUR" in result.stdout and "GBR" in result.stdout


def test_code_reports_rejects_on_stderr_and_exits_1(invoke, tmp_path):
    (tmp_path / "good.txt").write_text(
        "Putin accused European countries of obstructing peace.", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    result = invoke("code", tmp_path)
    assert result.exit_code == 1
    assert [json.loads(x)["doc_id"] for x in result.stdout.splitlines()] == ["good"]
    assert "E104" in result.stderr


def test_kb_resolve_json_has_the_documented_fields(invoke):
    result = invoke(
        "kb",
        "resolve",
        "Dışişleri Bakanı Fidan, Fransız mevkidaşı ile Ankara'da görüştü",
        "--lang",
        "tr",
        "--date",
        "2025-03-04",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.stdout)
    assert [(m["code"], m["kind"]) for m in mentions] == [
        ("TUR", "actor"),
        ("FRA", "actor"),
        ("TUR", "place"),
    ]
    for m in mentions:
        assert set(m) == {"start", "end", "text", "code", "sector", "kind", "entry", "reason"}


def test_kb_lookup_and_check(invoke):
    result = invoke("kb", "lookup", "Fidan", "--date", "2022-05")
    assert (
        result.exit_code == 0
        and "intelligence_chief" in result.stdout
        and "foreign_minister" in result.stdout
    )
    missing = invoke("kb", "lookup", "Nobody Atall")
    assert missing.exit_code == 1
    check = invoke("kb", "check")
    assert check.exit_code == 0, check.stderr
    assert "197 states" in check.stderr
