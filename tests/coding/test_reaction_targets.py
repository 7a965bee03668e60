"""Whom a reaction goes to. A reaction to a coup goes to the coup's country (its army), in English, French and
Turkish: the place joined to the coup (cues.tsv coup_after / coup_before and coup_place). A Turkish reaction
to an act named with its owner in the genitive goes to that owner. Made-up texts."""

import pytest

from tests.coding._made_up import pairs


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Almanya, Rusya'nın Kiev'e yönelik saldırısını kınadı.", ("ACCUSE", "DEU", "RUS")),
        ("ABD, Türkiye'nin Suriye'deki operasyonunu sert bir dille eleştirdi.", ("ACCUSE", "USA", "TUR")),
        ("Rusya, Ukrayna'nın suçlamalarını reddetti.", ("REJECT", "RUS", "UKR")),
    ],
)
def test_a_turkish_reaction_goes_to_the_owner_of_the_act_it_names(text, expected):
    found = pairs(text, "tr")
    assert expected in found
    assert not {
        p for p in found if p[:2] == expected[:2] and p[2] != expected[2]
    }  # not to the act's receiver


def test_a_turkish_participle_reports_no_reaction():
    assert not pairs("İsveç'in üyeliğini henüz onaylamayan tek ülke Macaristan oldu.", "tr")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The State Department condemned the detention of the observers and urged Harare to free them.",
            "en",
            ("ACCUSE", "USA", "ZWE"),
        ),
        (
            "Almanya, saldırıyı kınayarak Rusya'dan askerlerini çekmesini istedi.",
            "tr",
            ("ACCUSE", "DEU", "RUS"),
        ),
    ],
)
def test_a_reaction_with_no_receiver_shares_the_coordinated_act_s(text, lang, expected):
    found = pairs(text, lang)
    assert expected in found
    assert ("REQUEST", *expected[1:]) in found


def test_a_relative_clause_s_verb_does_not_share_the_next_act_s_receiver():
    text = (
        "The army launched attacks against a faction of former FARC guerrillas that refused the 2016 peace deal "
        "and attacked Venezuelan troops."
    )
    assert not {p for p in pairs(text, "en") if p[0] == "REJECT"}


@pytest.mark.parametrize(
    ("text", "lang", "act"),
    [
        ("The United States condemned the arrest of the observers.", "en", "COERCE"),
        ("Les États-Unis ont condamné l'arrestation des observateurs.", "fr", "COERCE"),
        ("ABD, gözlemcilerin gözaltına alınmasını kınadı.", "tr", "COERCE"),
    ],
)
def test_an_act_named_as_a_reaction_s_object_is_not_the_reacting_side_s(text, lang, act):
    assert not {p for p in pairs(text, lang) if p[0] == act}


def test_an_act_reported_as_such_beside_the_reaction_is_kept():
    found = pairs("Russian forces attacked Ukraine on Monday, and Germany condemned the attack.", "en")
    assert {("ASSAULT", "RUS", "UKR"), ("ACCUSE", "DEU", "RUS")} <= found
