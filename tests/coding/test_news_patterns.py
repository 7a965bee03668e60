"""Common news patterns, one made-up sentence each, coded by the real pipeline: the type and the two sides."""

import pytest

from tests.coding._made_up import pairs

EN = [
    # mediation is consulting, "brokered" is no broken ceasefire
    ("Egypt brokered a ceasefire between Israel and Hamas.", None, ("ASSAULT", "EGY", "ISR")),
    ("Russia broke the ceasefire with Ukraine.", ("ASSAULT", "RUS", "UKR"), None),
    # goods handed over are aid; "police vehicles" names no police acting
    (
        "China's ambassador on Tuesday handed over 12 police vehicles to the Solomon Islands police.",
        ("AID", "CHN", "SLB"),
        ("AID", "CHN", "CHN"),
    ),
    # the doer's own forces are what is deployed, the receiver is where they go
    (
        "Kenya deployed 400 police officers to Haiti on Tuesday.",
        ("MOBILIZE", "KEN", "HTI"),
        ("MOBILIZE", "KEN", "KEN"),
    ),
    ("Russian troops massed near the Ukrainian border.", ("MOBILIZE", "RUS", "UKR"), None),
    # a crowd is the people of the city it gathers in
    (
        "Thousands of protesters rallied outside the French embassy in Niamey.",
        ("PROTEST", "NER", "FRA"),
        ("PROTEST", "FRA", "FRA"),
    ),
    ("Protesters in Niamey rallied against France on Sunday.", ("PROTEST", "NER", "FRA"), None),
    # an order to leave given to envoys is an expulsion
    (
        "Niger ordered the French ambassador to leave the country within 48 hours.",
        ("SANCTION", "NER", "FRA"),
        None,
    ),
    ("Mali gave the French ambassador 72 hours to leave the country.", ("SANCTION", "MLI", "FRA"), None),
    ("Germany said last week it would resume its funding of UNRWA.", ("AID", "DEU", "UNRWA"), None),
    ("Japan and South Korea held their first summit in 12 years.", ("CONSULT", "JPN", "KOR"), None),
    # a warning without "that"; the author of a rejected criticism; lifting a veto; blocking a package
    (
        "Israel warned Hezbollah it would respond forcefully to any attack.",
        ("THREATEN", "ISR", "HEZBOLLAH"),
        None,
    ),
    ("Beijing brushed off the criticism from Manila.", ("REJECT", "CHN", "PHL"), None),
    (
        "Turkey lifted its veto on Sweden's NATO membership.",
        ("CONCEDE", "TUR", "SWE"),
        ("REJECT", "TUR", "SWE"),
    ),
    ("Hungary blocked an EU aid package for Ukraine.", ("REJECT", "HUN", "EU"), ("AID", "EU", "UKR")),
    ("Niger revoked the licences of French mining firms.", ("SANCTION", "NER", "FRA"), None),
    ("Serbia and Kosovo resumed EU-mediated talks in Brussels.", ("CONSULT", "SRB", "XKX"), None),
    ("Iran allowed U.N. inspectors to visit the Fordow site.", ("RETREAT", "IRN", "UN"), None),
    # a participle before the people it qualifies reports no act
    ("Venezuela released six detained Americans.", ("RETREAT", "VEN", "USA"), ("COERCE", "VEN", "USA")),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), EN)
def test_english_news_patterns(text, wanted, unwanted):
    found = pairs(text, "en")
    if wanted:
        assert wanted in found, found
    if unwanted:
        assert unwanted not in found, found


FR = [
    (
        "L'ambassadeur de Chine a remis mardi douze véhicules à la police des Îles Salomon.",
        ("AID", "CHN", "SLB"),
    ),
    (
        "Le Niger a ordonné à l'ambassadeur de France de quitter le pays sous 48 heures.",
        ("SANCTION", "NER", "FRA"),
    ),
    (
        "Le Mali a donné 72 heures à l'ambassadeur de France pour quitter le territoire.",
        ("SANCTION", "MLI", "FRA"),
    ),
    ("L'Allemagne a annoncé qu'elle reprendrait son financement de l'UNRWA.", ("AID", "DEU", "UNRWA")),
    (
        "Des troupes éthiopiennes se sont massées près de la frontière érythréenne, selon des diplomates.",
        ("MOBILIZE", "ETH", "ERI"),
    ),
    ("Le Japon et la Corée du Sud ont tenu leur premier sommet depuis douze ans.", ("CONSULT", "JPN", "KOR")),
]

TR = [
    ("Polonya pazartesi günü iki Rus diplomatı sınır dışı etti.", ("SANCTION", "POL", "RUS")),
    ("Etiyopya askerleri Eritre sınırına doğru ilerledi.", ("MOBILIZE", "ETH", "ERI")),
    ("Sırbistan, Kosova sınırındaki birliklerini yüksek alarma geçirdi.", ("MOBILIZE", "SRB", "XKX")),
    ("Avrupa Birliği, Rusya'ya yönelik yaptırımları altı ay uzattı.", ("SANCTION", "EU", "RUS")),
    ("Japonya Filipinler'e 500 milyon dolarlık yardım sözü verdi.", ("AID", "JPN", "PHL")),
    ("Husiler Kızıldeniz'de bir İngiliz tankerine füze ateşledi.", ("ASSAULT", "HOUTHIS", "GBR")),
    (
        "Nijer, Fransa'nın büyükelçisine ülkeyi 48 saat içinde terk etmesini emretti.",
        ("SANCTION", "NER", "FRA"),
    ),
    ("Yüzlerce kişi Ankara'daki İsrail Büyükelçiliği önünde toplandı.", ("PROTEST", "TUR", "ISR")),
]


@pytest.mark.parametrize(("text", "wanted"), FR)
def test_french_news_patterns(text, wanted):
    assert wanted in pairs(text, "fr")


@pytest.mark.parametrize(("text", "wanted"), TR)
def test_turkish_news_patterns(text, wanted):
    assert wanted in pairs(text, "tr")


@pytest.mark.parametrize(
    ("text", "alleged"),
    [
        ("Ermenistan, Azerbaycan'ı topraklarını bombalamakla suçladı.", ("ASSAULT", "ARM", "AZE")),
        ("Lübnan Başbakanı İsrail'e saldırılarını durdurma çağrısında bulundu.", ("ASSAULT", "LBN", "ISR")),
    ],
)
def test_turkish_alleged_or_requested_acts_are_not_coded_as_done(text, alleged):
    found = pairs(text, "tr")
    assert alleged not in found
    assert {t for t, _, _ in found} & {"ACCUSE", "REQUEST"}


def test_french_reported_conditional_is_planned():
    from chancery import code_text
    from tests.coding._made_up import TAIL

    article = code_text(
        " date 2025-03-04 L'Allemagne a annoncé qu'elle reprendrait son financement de l'UNRWA." + TAIL["fr"]
    )
    assert [(e.type, e.status) for e in article.events] == [("AID", "planned")]
