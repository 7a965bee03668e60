"""A reaction to a coup goes to the coup's country (its army), in English, French and Turkish: the place
joined to the coup (cues.tsv coup_after / coup_before and coup_place). Made-up texts."""

import pytest

from chancery import code_text

_TAIL = {
    "en": " Officials in Nairobi gave no further details.",
    "fr": " Aucun autre détail n'a été donné à Santiago.",
    "tr": " Santiago'da başka bir açıklama yapılmadı.",
}


def pairs(text, lang):
    article = code_text(" date 2025-03-04 " + text + _TAIL[lang])
    assert article.lang == lang
    return {(e.type, e.source, e.target) for e in article.events}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The United States condemned the attempted coup in Bolivia on Wednesday.",
            "en",
            ("ACCUSE", "USA", "BOL"),
        ),
        ("France condemned the military takeover in Niger and cut its aid.", "en", ("ACCUSE", "FRA", "NER")),
        ("La France a condamné la prise du pouvoir par l'armée au Niger.", "fr", ("ACCUSE", "FRA", "NER")),
        ("Le Canada a dénoncé la tentative de coup d'État en Bolivie.", "fr", ("ACCUSE", "CAN", "BOL")),
        ("Afrika Birliği, Gabon'daki darbe girişimini kınadı.", "tr", ("ACCUSE", "AU", "GAB")),
        ("ABD, Bolivya'da yaşanan darbe girişimini sert bir dille kınadı.", "tr", ("ACCUSE", "USA", "BOL")),
    ],
)
def test_a_reaction_to_a_coup_goes_to_the_coup_s_country(text, lang, expected):
    assert expected in pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Washington condemned the attack in Kabul that killed ten people.", "en"),
        ("Türkiye, Kabil'deki saldırıyı kınadı.", "tr"),
    ],
)
def test_an_act_with_no_named_doer_gets_no_invented_receiver(text, lang):
    assert not pairs(text, lang)
