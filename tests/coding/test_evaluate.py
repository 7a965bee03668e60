import json
import subprocess
import sys

import pytest

from chancery.coding.evaluate import date_ok, event_key, score
from tests.conftest import ROOT, SHARED

SCORER = SHARED / "tools" / "score.py"


def doc(doc_id, events, lang="en", **extra):
    return {"doc_id": doc_id, "lang": lang, "events": events, **extra}


def ev(type_, source, target, **attrs):
    return {"type": type_, "source": source, "target": target, **attrs}


def test_symmetric_types_match_either_direction_and_aliases_fold():
    assert event_key(ev("CONSULT", "TUR", "FRA")) == event_key(ev("consult", "FRA", "TUR"))
    assert event_key(ev("ACCUSE", "US", "ISIS")) == ("ACCUSE", "USA", "ISIL")
    assert event_key(ev("ACCUSE", "TUR", "FRA")) != event_key(ev("ACCUSE", "FRA", "TUR"))


@pytest.mark.parametrize(
    ("gold", "system", "ok"),
    [
        ("2025-07", "2025-07-14", True),
        ("2025-07-14", "2025-07", False),
        (None, None, True),
        (None, "2025", False),
        ("2025", None, False),
    ],
)
def test_date_is_compared_at_gold_precision(gold, system, ok):
    assert date_ok(gold, system) is ok


def test_optional_gold_is_neither_false_positive_nor_negative():
    gold = {
        "d": doc(
            "d",
            [
                ev("CONSULT", "TUR", "FRA", required=True, status="occurred", date="2025-07"),
                ev("SUPPORT", "FRA", "TUR", required=False),
            ],
        )
    }
    system = {
        "d": doc(
            "d",
            [
                ev("CONSULT", "FRA", "TUR", status="planned", date="2025-07-01"),
                ev("SUPPORT", "FRA", "TUR"),
                ev("ACCUSE", "RUS", "UKR"),
            ],
        )
    }
    report = score(gold, system)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 1, 0)
    assert report.attribute_accuracy() == {"mode": None, "status": 0.0, "date": 1.0}
    assert [m.kind for m in report.misses] == ["FP"]


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared")
@pytest.mark.parametrize(
    ("gold", "articles"),
    [(SHARED / "gold" / "seeds.jsonl", SHARED / "corpus" / "seeds")]
    + [
        (ROOT / "devset" / "gold" / f"{lang}.jsonl", ROOT / "devset" / "articles" / lang)
        for lang in ("en", "tr")
    ],
)
def test_eval_agrees_with_the_reference_scorer(invoke, tmp_path, gold, articles):
    system = tmp_path / "system.jsonl"
    system.write_text(invoke("code", articles).stdout, encoding="utf-8")
    ours = json.loads(invoke("eval", gold, system, "--json").stdout)
    reference = subprocess.run(
        [sys.executable, SCORER, gold, system, "--json"], capture_output=True, text=True
    )
    assert ours == json.loads(reference.stdout)
    # Coding the articles directly gives the same report as reading their output.
    assert json.loads(invoke("eval", gold, articles, "--json").stdout) == ours


def test_eval_thresholds_set_the_exit_status(invoke, seeds):
    gold = ROOT / "devset" / "gold" / "en.jsonl"
    assert invoke("eval", gold, gold, "--min-p", "0.99", "--min-r", "0.99", "--per-lang").exit_code == 0
    system = ROOT / "devset" / "gold" / "fr.jsonl"  # wrong documents: nothing matches
    assert invoke("eval", gold, system, "--min-r", "0.5").exit_code == 1
