"""tools/miss_causes.py sorts a missed gold event by what the coder did in its sentence."""

import importlib.util

from chancery.doc import PartialDate
from chancery.ingest import RawDocument
from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("miss_causes", ROOT / "tools" / "miss_causes.py")
miss_causes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(miss_causes)

TEXT = "France accused Russia on Monday of cyber attacks. The weather in Lyon was mild and the markets were calm."


def coded(pipeline):
    article = pipeline(RawDocument("t", TEXT, "test", published=PartialDate(2025, 3, 4), lang="en")).article
    events = [(e.type, e.source, e.target, {ev.sentence for ev in e.evidence}) for e in article.events]
    return article, events


def gold(type_, source, target, sentence):
    return {"type": type_, "source": source, "target": target, "evidence": [{"sentence": sentence}]}


def test_a_pair_coded_as_another_type_and_a_sentence_with_nothing_coded(pipeline):
    article, events = coded(pipeline)
    assert ("ACCUSE", "FRA", "RUS", {0}) in events  # the real coder's reading of the first sentence
    assert (
        miss_causes.cause(article, gold("REQUEST", "FRA", "RUS", 0), events) == "pair in sentence, other type"
    )
    assert miss_causes.cause(article, gold("ACCUSE", "FRA", "DEU", 0), events) == "same type, wrong actors"
    assert miss_causes.cause(article, gold("CONSULT", "FRA", "RUS", 1), events) == (
        "nothing coded: 0 of the actors in sentence"
    )


def test_the_gold_evidence_is_placed_by_its_offsets_not_its_sentence_number(pipeline):
    """An annotator who counted a headline as sentence 0 numbers every sentence one higher than the coder."""
    article, events = coded(pipeline)
    first = TEXT.index("France")
    evidence = {"sentence": 1, "start": first, "end": first + 20, "text": TEXT[first : first + 20]}
    event = {"type": "REQUEST", "source": "FRA", "target": "RUS", "evidence": [evidence]}
    assert miss_causes.evidence_sentences(article, event) == {0}
    assert miss_causes.cause(article, event, events) == "pair in sentence, other type"
