"""The sentence-level fallback (chancery/coding/fallback.py): a stem cue types the act between two parties
the rules left uncoded, in English, French and Turkish; and the sentences it keeps out of (made-up texts)."""

import pytest

from chancery import code_text
from chancery.coding.fallback import Cue, cues
from chancery.errors import UsageError
from chancery.registry import load_pipeline

# A second sentence without an act, so that language identification has enough text.
_TAIL = {
    "en": " Officials in Nairobi gave no further details.",
    "fr": " Aucun autre détail n'a été donné à Santiago.",
    "tr": " Santiago'da başka bir açıklama yapılmadı.",
}


@pytest.fixture(scope="module")
def with_fallback():
    return load_pipeline(options={"fallback": "on"})


def events(text, lang, pipeline=None):
    article = code_text(" date 2025-03-04 " + text + _TAIL[lang], pipeline=pipeline)
    assert article.lang == lang
    return article.events


def fallback_acts(text, lang, pipeline):
    return {
        (e.type, e.source, e.target, e.status)
        for e in events(text, lang, pipeline)
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
def test_a_cue_types_the_act_between_the_nearest_parties(text, lang, expected, with_fallback):
    found = fallback_acts(text, lang, with_fallback)
    assert found == {expected}


def test_events_carry_a_fallback_rule_name(with_fallback):
    (event,) = events("The Kenyan government lambasted Somalia on Monday.", "en", with_fallback)
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
def test_no_fallback_in_questions_background_or_with_one_party(text, lang, with_fallback):
    assert not fallback_acts(text, lang, with_fallback)


def test_no_fallback_where_the_rules_coded_the_sentence(with_fallback):
    found = events("Kenya condemned Somalia on Monday and lambasted its leaders.", "en", with_fallback)
    assert found and not [e for e in found if e.rule and e.rule.startswith("fallback:")]


def test_the_fallback_is_off_by_default_and_its_option_is_checked():
    text = "The Kenyan government lambasted Somalia."
    assert not events(text, "en")
    assert events(text, "en", load_pipeline(options={"fallback": "on"}))
    with pytest.raises(UsageError):
        load_pipeline(options={"fallback": "maybe"})


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
