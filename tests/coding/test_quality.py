"""Coding quality floors, measured the way `chancery eval` measures them. Raise them as the coder improves;
a change that lowers a score below its floor fails CI."""

import json

import pytest

from tests.conftest import ROOT, SHARED

FLOORS = {  # gold file: (articles, min precision, min recall)
    "seeds": (SHARED / "gold" / "seeds.jsonl", SHARED / "corpus" / "seeds", 0.80, 0.90),
    "en": (ROOT / "devset" / "gold" / "en.jsonl", ROOT / "devset" / "articles" / "en", 0.68, 0.50),
    "fr": (ROOT / "devset" / "gold" / "fr.jsonl", ROOT / "devset" / "articles" / "fr", 0.65, 0.45),
    "tr": (ROOT / "devset" / "gold" / "tr.jsonl", ROOT / "devset" / "articles" / "tr", 0.55, 0.56),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_coding_meets_its_floor(invoke, name):
    gold, articles, min_p, min_r = FLOORS[name]
    if not gold.exists():
        pytest.skip("needs ../shared")
    result = invoke("eval", gold, articles, "--json")
    micro = json.loads(result.stdout)["micro"]
    assert micro["p"] >= min_p and micro["r"] >= min_r, micro
