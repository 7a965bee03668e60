"""The sentence-level fallback (chancery/coding/fallback.py): a stem cue types the act between two parties
the rules left uncoded, in English, French and Turkish; and the sentences it keeps out of (made-up texts)."""

import dataclasses

import pytest

from chancery import code_text
from chancery.coding.fallback import Cue, cues
from chancery.registry import load_pipeline

# A second sentence without an act, so that language identification has enough text.
_TAIL = {
    "en": " Officials in Nairobi gave no further details.",
    "fr": " Aucun autre détail n'a été donné à Santiago.",
    "tr": " Santiago'da başka bir açıklama yapılmadı.",
}


def events(text, lang):
    article = code_text(" date 2025-03-04 " + text + _TAIL[lang])
    assert article.lang == lang
    return article.events


def fallback_acts(text, lang):
    return {
        (e.type, e.source, e.target, e.status)
        for e in events(text, lang)
        if e.rule and e.rule.startswith("fallback:")
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Kenyan government lambasted Somalia on Monday.", "en", ("ACCUSE", "KEN", "SOM", "occurred")),
        ("Kenya will lambast Somalia at the summit.", "en", ("ACCUSE", "KEN", "SOM", "planned")),
        ("Kenya did not lambast Somalia on Monday.", "en", ("ACCUSE", "KEN", "SOM", "negated")),
        (
            "Le Chili a vivement regretté la décision de l'Argentine lundi.",
            "fr",
            ("ACCUSE", "CHL", "ARG", "occurred"),
        ),
        (
            "Le Chili se tient aux côtés de l'Argentine face à la crise.",
            "fr",
            ("SUPPORT", "CHL", "ARG", "occurred"),
        ),
        # Turkish endings by rule: the receiver in the dative or genitive, the doer in the nominative.
        ("Şili, Arjantin'e yeni bir anlaşma teklif etti.", "tr", ("AGREE", "CHL", "ARG", "occurred")),
        ("Şili, Arjantin'in kararını esefle karşıladı.", "tr", ("ACCUSE", "CHL", "ARG", "occurred")),
    ],
)
def test_a_cue_types_the_act_between_the_nearest_parties(text, lang, expected):
    found = fallback_acts(text, lang)
    assert found == {expected}


def test_events_carry_a_fallback_rule_name():
    (event,) = events("The Kenyan government lambasted Somalia on Monday.", "en")
    assert event.rule == "fallback:en:ACCUSE:111"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Did Kenya lambast Somalia on Monday?", "en"),  # a question
        ("Kenya has lambasted Somalia since the war.", "en"),  # a standing situation
        ("Kenya lambasted Somalia in 2019, officials recalled.", "en"),  # a year before publication
        ("The Kenyan government lambasted the decision on Monday.", "en"),  # one party only
        ("Le Chili a-t-il regretté la décision de l'Argentine ?", "fr"),
        ("Le Chili regrette depuis des années la politique de l'Argentine.", "fr"),
        ("Şili, 2019'dan beri Arjantin'e yeni anlaşmalar teklif ediyor.", "tr"),
        # "teklif eden": a participle that qualifies the noun after it reports no act
        ("Arjantin'e anlaşma teklif eden Şili heyeti dün Santiago'ya döndü.", "tr"),
    ],
)
def test_no_fallback_in_questions_background_or_with_one_party(text, lang):
    assert not fallback_acts(text, lang)


def test_no_fallback_where_the_rules_coded_the_sentence():
    found = events("Kenya condemned Somalia on Monday and lambasted its leaders.", "en")
    assert found and not [e for e in found if e.rule and e.rule.startswith("fallback:")]


def test_the_fallback_can_be_switched_off():
    pipeline = load_pipeline()
    pipeline.stages = [
        dataclasses.replace(s, use_fallback=False) if hasattr(s, "use_fallback") else s
        for s in pipeline.stages
    ]
    article = code_text(
        " date 2025-03-04 The Kenyan government lambasted Somalia." + _TAIL["en"], pipeline=pipeline
    )
    assert not article.events


def test_stems_cover_inflection_and_gaps_span_words():
    stem = Cue(("kinad*",), "ACCUSE", "111")
    assert stem.end(["kinadigini", "acikladi"], 0) == 1
    assert stem.end(["kina"], 0) is None
    gap = Cue(("express*", "~", "concern*"), "ACCUSE", "111")
    assert gap.end(["expressed", "deep", "concern"], 0) == 3
    assert gap.end(["expressed", "concerns"], 0) == 2
    assert gap.end(["expressed", "its", "very", "deep", "concern"], 0) is None


@pytest.mark.parametrize("lang", ["en", "fr", "tr"])
def test_each_language_has_cue_classes_of_several_types(lang):
    kinds = {c.kind for c in cues(lang)}
    assert "background" in kinds and len(kinds - {"background", "blocker"}) >= 10
