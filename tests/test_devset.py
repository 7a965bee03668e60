"""Our own dev gold is what the coder issue asks for, and it is internally consistent."""

import json

import pytest

from chancery.coding.ontology import EVENT_TYPES
from chancery.ingest import RawDocument, iter_items
from chancery.kb.loader import load_kb
from tests.conftest import ROOT

LANGS = ("en", "fr", "tr")


def gold(lang):
    return [
        json.loads(x)
        for x in (ROOT / "devset" / "gold" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_every_article_has_gold_and_every_excerpt_is_in_its_article(lang):
    docs = {
        d.doc_id: d for d in iter_items([ROOT / "devset" / "articles" / lang]) if isinstance(d, RawDocument)
    }
    annotations = gold(lang)
    assert len(docs) >= 15 and sorted(docs) == [a["doc_id"] for a in annotations]
    assert_gold_matches(docs, annotations)


def test_dev_gold_spans_types_countries_and_hard_cases():
    kb = load_kb()
    annotations = [a for lang in LANGS for a in gold(lang)]
    required = [e for a in annotations for e in a["events"] if e.get("required", True)]
    assert len(annotations) >= 60
    assert {e["type"] for e in required} == set(EVENT_TYPES)
    countries = {c for e in required for c in (e["source"], e["target"]) if c in kb.states}
    assert len(countries) >= 25
    statuses = {e.get("status") for e in required}
    assert {"occurred", "planned", "negated", "conditional"} <= statuses
    assert any(not a["events"] for a in annotations)  # articles with no event at all
    assert sum(len(a.get("quotes", [])) for a in annotations) >= 100
    assert sum(len(a.get("amounts", [])) for a in annotations) >= 80


@pytest.mark.parametrize("lang", LANGS)
def test_hold_out_gold_matches_its_articles(lang):
    folder = ROOT / "devset" / "holdout"
    docs = {d.doc_id: d for d in iter_items([folder / "articles" / lang]) if isinstance(d, RawDocument)}
    annotations = [
        json.loads(x)
        for x in (folder / "gold" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
        if x
    ]
    assert len(docs) == 8 and sorted(docs) == sorted(a["doc_id"] for a in annotations)
    assert_gold_matches(docs, annotations)


def assert_gold_matches(docs, annotations):
    """Every annotation's date is its article's, and every excerpt and quote stands in the article."""
    for a in annotations:
        text = docs[a["doc_id"]].text
        assert a["published"] == (str(docs[a["doc_id"]].published) if docs[a["doc_id"]].published else None)
        for event in a["events"]:
            assert event["type"] in EVENT_TYPES
            excerpts = event.get("evidence") or []
            for excerpt in [excerpts] if isinstance(excerpts, str) else excerpts:
                assert excerpt in text, (a["doc_id"], excerpt)
        for quote in a.get("quotes", []):
            assert quote["text"] in text, (a["doc_id"], quote["text"])
