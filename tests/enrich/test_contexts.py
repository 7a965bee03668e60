"""PLOVER contexts for events and documents, in en/fr/tr (invented sentences)."""

import pytest

from chancery import code_text
from chancery.enrich.contexts import ContextLexicon, plover_contexts


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            " date 2025-03-04 Turkish troops shelled PKK positions in northern Iraq, the army said.",
            "military",
        ),
        (" date 2025-03-04 France accused Russia of a cyber attack on its hospitals.", "cyber"),
        (" date 2025-07 L'armée turque a bombardé des positions du PKK dans le nord de l'Irak.", "military"),
        (" date 2025-07 La France a accusé la Russie d'une campagne de désinformation.", "misinformation"),
        (" date 2025-03-04 Türk Silahlı Kuvvetleri, Irak'ın kuzeyindeki PKK hedeflerini vurdu.", "military"),
        (
            " date 2025-03-04 Türkiye, İsrail'i Gazze'deki insani yardımı engellemekle suçladı; göçmenler bekliyor.",
            "migration",
        ),
    ],
)
def test_event_contexts_come_from_the_evidence(pipeline, text, context):
    article = code_text(text, pipeline=pipeline)
    assert article.events, "the sentence should code an event"
    assert context in article.events[0].contexts
    assert article.events[0].contexts == sorted(article.events[0].contexts)
    assert context in article.contexts


def test_document_contexts_need_two_cues_or_an_event(pipeline):
    article = code_text(
        "Inflation rose again. The central bank said inflation would ease as trade recovered.",
        pipeline=pipeline,
    )
    assert article.events == []
    assert article.contexts == ["economic"]


def test_cues_are_folded_and_prefixes_match_inflections():
    lexicon = ContextLexicon.load("tr", plover_contexts())
    hits = lexicon.hits("Göçmenlerin sınır dışı edilmesi")
    assert {c for _, contexts in hits for c in contexts} >= {"migration"}
    assert hits[0][0] == 0


def test_every_lexicon_names_only_plover_contexts():
    known = plover_contexts()
    assert len(known) == 37
    for lang in ("en", "fr", "tr"):
        lexicon = ContextLexicon.load(lang, known)
        assert {c for contexts in lexicon.cues.values() for c in contexts} <= known
