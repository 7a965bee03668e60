"""Property-based tests: whatever text comes in, the coder returns valid EVENTS.md output, the same twice.

Hypothesis feeds arbitrary Unicode, text assembled from the words that drive the coder (names,
triggers, negations, modal and conditional cues, dates, punctuation and quotes in en/fr/tr), huge
sentences and empty or blank documents through the real pipeline.
"""

from __future__ import annotations

import json
from functools import cache

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from chancery import RawDocument, article_to_dict, load_pipeline
from chancery.coding.ontology import EVENT_TYPES, STATUSES, cameo_codebook, goldstein
from chancery.doc import PartialDate
from chancery.kb.loader import load_kb

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words that make the coder work: actors, triggers, cues of negation, modality, condition and reported
# speech, dates, and the punctuation and quotes that split clauses and sentences.
_WORDS = (
    "France Russia Türkiye Ukraine Iran Israel NATO Hamas Erdoğan Macron Fidan Blinken Poutine Ankara "
    "Washington Kremlin Paris Moscou Rusya Fransa'nın ABD'ye Almanya ile "
    "met held talks with visited accused condemned attacked threatened signed agreed support urged "
    "rejected sanctioned withdrew arrested protested deployed a rencontré s'est entretenu condamné "
    "accusé menacé signé visite görüştü kınadı saldırdı ziyaret etti imzaladı tehdit etti destekledi "
    "did not not will is set to expected if unless ne pas va devrait si -se -ecek etmedi değil "
    "said that selon a déclaré que göre dedi Monday lundi Pazartesi yesterday hier dün tomorrow demain "
    "yarın 12 March 2025 mars mart the two countries both sides his counterpart son homologue "
    ", . ; : ! ? ( ) « » “ ” \" ' — - \n \n\n"
)
VOCABULARY = _WORDS.split(" ")


@cache
def _pipeline():
    return load_pipeline()


@cache
def _codes() -> frozenset[str]:
    return frozenset(load_kb().codes())


def code(text: str, lang: str | None = None, published: PartialDate | None = None) -> dict:
    """The document's EVENTS.md object, checked against the contract on the way."""
    result = _pipeline()(RawDocument("prop", text, "<test>", lang=lang, published=published))
    assert result.error is None, result.error
    out = article_to_dict(result.article)
    assert_valid(out, text, len(result.article.sentences))
    return out


def assert_valid(out: dict, text: str, n_sentences: int) -> None:
    """The output contract of EVENTS.md §2, checked field by field."""
    json.loads(json.dumps(out))  # serializable as JSON Lines
    assert out["lang"] in ("en", "fr", "tr", "unknown")
    codebook = cameo_codebook()
    for event in out["events"]:
        assert event["type"] in EVENT_TYPES
        assert event["mode"] is None or event["mode"] in EVENT_TYPES[event["type"]]
        assert event["status"] in STATUSES
        assert event["source"] is None or event["source"] in _codes()
        assert event["target"] is None or event["target"] in _codes()
        assert event["date"] is None or str(PartialDate.parse(event["date"])) == event["date"]
        assert event["cameo"] is None or event["cameo"] in codebook
        assert event["goldstein"] == goldstein(event["cameo"])
        assert event["evidence"], "every event has its sentence"
        for evidence in event["evidence"]:
            assert 0 <= evidence["start"] < evidence["end"] <= len(text)
            assert evidence["text"] == text[evidence["start"] : evidence["end"]]
            assert 0 <= evidence["sentence"] < n_sentences
    for quote in out["quotes"]:
        assert 0 <= quote["start"] <= quote["end"] <= len(text)


political_text = st.lists(st.sampled_from(VOCABULARY), max_size=120).map(" ".join)
odd_unicode = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "Cc", "Cf")), max_size=400
)
dates = st.none() | st.dates().map(lambda d: PartialDate(d.year, d.month, d.day))
langs = st.sampled_from([None, "en", "fr", "tr"])


@PROPERTY
@given(text=political_text, lang=langs, published=dates)
@example(text="France France not not « France \n", lang="en", published=None)  # once crashed the quotes stage
def test_political_word_salad_gives_valid_deterministic_output(text, lang, published):
    out = code(text, lang, published)
    assert code(text, lang, published) == out


@PROPERTY
@given(text=odd_unicode, lang=langs)
def test_arbitrary_unicode_gives_valid_output(text, lang):
    code(text, lang)


@PROPERTY
@given(text=st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=10).map(" ".join), pad=odd_unicode)
def test_odd_unicode_around_real_sentences(text, pad):
    for whole in (pad + text, text + pad, text.replace(" ", "\u200b " + pad[:3])):
        code(whole)


@settings(max_examples=3, deadline=None)
@given(
    words=st.lists(st.sampled_from(VOCABULARY[:60]), min_size=5, max_size=20).map(" ".join),
    lang=st.sampled_from(["en", "fr", "tr"]),
)
def test_huge_sentence_without_punctuation(words, lang):
    # About 20,000 words in one "sentence": the segmenter cuts it, so coding stays linear.
    text = " ".join([words] * (20_000 // len(words.split()) + 1))
    code(text, lang)


@PROPERTY
@given(text=st.text(alphabet=" \t\n\r\u00a0\u2028\u200b\ufeff", max_size=50), lang=langs)
def test_empty_and_blank_documents(text, lang):
    assert code(text, lang)["events"] == []


def test_an_act_that_becomes_a_threat_drops_a_mode_threats_do_not_have():
    # Found by the word-salad property: a planned deployment is coded as a threat, and MOBILIZE's
    # "troops" is no THREATEN mode (EVENTS.md §4).
    out = code("France to deployed Russia", "en", None)
    assert all(e["mode"] is None or e["mode"] in EVENT_TYPES[e["type"]] for e in out["events"])
