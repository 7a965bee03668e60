"""The actor-mention dev set (devset/mentions) scored by the same code as `chancery kb eval`."""

import json

import pytest

from chancery.kb.evaluate import load_examples, score
from chancery.kb.resolve import Resolver
from tests.conftest import ROOT

MENTIONS = sorted((ROOT / "devset" / "mentions").glob("*.jsonl"))


@pytest.fixture(scope="module")
def tallies():
    return score(Resolver(), load_examples(MENTIONS))


def test_mention_dev_set_is_large_and_wide():
    examples = load_examples(MENTIONS)
    countries = {
        c for ex in examples for m in ex.gold for c in m.code.split("+") if len(c) == 3 and c.isalpha()
    }
    assert sum(len(ex.gold) for ex in examples) >= 300
    assert len(countries) >= 40
    assert {ex.lang for ex in examples} == {"en", "fr", "tr"}


@pytest.mark.parametrize("lang", ["en", "fr", "tr"])
def test_resolution_meets_precision_and_recall_per_language(tallies, lang):
    tally = tallies[lang]
    assert tally.precision >= 0.95, "\n".join(tally.errors)
    assert tally.recall >= 0.90, "\n".join(tally.errors)


def test_scoring_counts_false_positives_negatives_and_split_mentions(tmp_path):
    path = tmp_path / "m.jsonl"
    example = {
        "id": "x",
        "lang": "en",
        "date": "2025-06-01",
        "text": "NATO Secretary-General Mark Rutte met officials in Paris and Ruritania.",
        "mentions": [
            {"text": "NATO Secretary-General Mark Rutte", "code": "NATO", "kind": "actor"},
            {"text": "Paris", "code": "FRA", "kind": "actor"},
            {"text": "Ruritania", "code": "XXX", "kind": "actor"},
        ],
    }
    path.write_text(json.dumps(example) + "\n", encoding="utf-8")
    tally = score(Resolver(), load_examples([path]))["en"]
    # Rutte found (NATO); "Paris" is a place for the system: one FP and one FN; Ruritania unknown: FN.
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 2)
