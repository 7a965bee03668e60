"""Turkish wire-news wording the rule coder reads: common verbs of each event type, coordinated parties,
case endings that name the receiver, and acts named only as another act's object (made-up sentences)."""

import pytest

from chancery import code_text


def coded(text):
    article = code_text(" date 2025-03-04 " + text)
    assert article.lang == "tr"  # the Turkish lexicon is the one under test
    return {(e.type, e.source, e.target, e.status) for e in article.events}


def dyads(text):
    return {e[:3] for e in coded(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Türkiye, İsrail'i soykırımla itham etti.", ("ACCUSE", "TUR", "ISR")),
        ("Dışişleri Bakanlığı, İsrail'in saldırısını lanetlediğini açıkladı.", ("ACCUSE", "TUR", "ISR")),
        ("Fransa, İsrail'in kararından derin endişe duyduğunu açıkladı.", ("ACCUSE", "FRA", "ISR")),
        ("Türkiye, İsrail'in saldırılarının kabul edilemez olduğunu belirtti.", ("ACCUSE", "TUR", "ISR")),
        ("Yunanistan, Türkiye'yi kutladı.", ("SUPPORT", "GRC", "TUR")),
        ("Türkiye, Filistin'e bağlılığını yineledi.", ("SUPPORT", "TUR", "PSE")),
        ("Somali, Etiyopya'nın önerisini kabul etti.", ("AGREE", "SOM", "ETH")),
        ("Macaristan Başbakanı, İsveç Başbakanını Budapeşte'ye davet etti.", ("AGREE", "HUN", "SWE")),
        ("Türkiye, Suriye'ye arama kurtarma ekipleri gönderdi.", ("AID", "TUR", "SYR")),
        ("Fransa, İsrail'in saldırılarını durdurması gerektiğini söyledi.", ("REQUEST", "FRA", "ISR")),
        ("Fransa, Almanya'dan destek talep etti.", ("REQUEST", "FRA", "DEU")),
        ("İran, İsrail'e sert karşılık verileceğini açıkladı.", ("THREATEN", "IRN", "ISR")),
        ("ABD, Rus diplomatı istenmeyen kişi ilan etti.", ("SANCTION", "USA", "RUS")),
        ("Rusya, Ukrayna'nın barış planına karşı çıktı.", ("REJECT", "RUS", "UKR")),
        # The possessive and case endings on "ilişki" ("ilişkilerini"), and the converb ("keserek").
        ("Fiji, Tayvan ile diplomatik ilişkilerini kesti.", ("SANCTION", "FJI", "TWN")),
        ("Nauru, Tayvan ile diplomatik ilişkilerini keserek Çin'e yöneldi.", ("SANCTION", "NRU", "TWN")),
        # Calling another's act a bad thing ("talihsiz", "kabul edilemez", "sorumsuz") is a charge against it.
        ('ABD, Nauru\'nun kararını "talihsiz" olarak nitelendirdi.', ("ACCUSE", "USA", "NRU")),
        ("Rus polisi, Azerbaycan asıllı ailelerin evlerine baskın düzenledi.", ("COERCE", "RUS", "AZE")),
    ],
)
def test_turkish_wire_verbs_of_each_type(text, expected):
    assert expected in dyads(text)


def test_not_being_able_to_accept_is_a_rejection_not_a_reception():
    found = dyads("Rusya, Ukrayna'nın önerisini kabul edemeyeceğini açıkladı.")
    assert ("REJECT", "RUS", "UKR") in found
    assert not {d for d in found if d[0] in ("CONSULT", "AGREE")}


def test_inviting_someone_to_do_something_asks_it_of_them():
    found = dyads("Erdoğan, Suudi Arabistan'ı Türkiye'ye yatırım yapmaya davet etti.")
    assert ("REQUEST", "TUR", "SAU") in found and ("AGREE", "TUR", "SAU") not in found


def test_mutual_expulsions_and_prisoner_swaps_go_both_ways():
    expelled = dyads("Macaristan ile Litvanya, karşılıklı olarak ikişer diplomatı sınır dışı etti.")
    assert {("SANCTION", "HUN", "LTU"), ("SANCTION", "LTU", "HUN")} <= expelled
    swapped = dyads("Rusya ile Ukrayna, esir takası gerçekleştirdi.")
    assert {("RETREAT", "RUS", "UKR"), ("RETREAT", "UKR", "RUS")} <= swapped


def test_a_swap_agreed_on_is_an_agreement_not_a_release():
    found = dyads("Rusya ile Ukrayna, esir takası konusunda anlaştı.")
    assert ("AGREE", "RUS", "UKR") in found or ("AGREE", "UKR", "RUS") in found
    assert not {d for d in found if d[0] == "RETREAT"}


def test_a_comma_after_a_joined_pair_closes_the_subject():
    found = dyads(
        "Sudan ile Çad, Katar ve Mısır'ın arabuluculuğunda yürütülen müzakerelerin ardından ateşkes konusunda anlaştı."
    )
    assert {("CONCEDE", "SDN", "TCD"), ("CONCEDE", "TCD", "SDN")} <= found


def test_coordinated_doers_meet_the_partner_with_whom_not_each_other():
    found = dyads("Türkiye ve Azerbaycan, Rusya ile görüştü.")
    pairs = {frozenset(d[1:]) for d in found if d[0] == "CONSULT"}
    assert pairs == {frozenset({"TUR", "RUS"}), frozenset({"AZE", "RUS"})}
    listed = dyads("Türkiye, Rusya ve Ukrayna ile görüştü.")
    assert {frozenset(d[1:]) for d in listed if d[0] == "CONSULT"} == {
        frozenset({"TUR", "RUS"}),
        frozenset({"TUR", "UKR"}),
    }


def test_a_joint_act_between_a_pair_named_before_it():
    found = dyads("Liderler bir araya geldi ve Türkiye ile Yunanistan arasında dostluk bildirgesi imzalandı.")
    assert {("SUPPORT", "TUR", "GRC"), ("SUPPORT", "GRC", "TUR")} <= found


def test_a_meeting_told_by_a_relative_participle_is_reported():
    found = dyads("Fidan, Lavrov ile gerçekleştirdiği üçlü görüşmenin ardından açıklama yaptı.")
    assert ("CONSULT", "TUR", "RUS") in found or ("CONSULT", "RUS", "TUR") in found


def test_citizens_arrested_by_their_own_security_service_is_domestic():
    found = dyads("Ürdün istihbaratı, silah bulundurmakla suçlanan 16 kişiyi gözaltına aldığını duyurdu.")
    assert ("COERCE", "JOR", "JOR") in found
    own = dyads("Ukrayna Güvenlik Servisi, iki Ukrayna vatandaşını gözaltına aldığını duyurdu.")
    assert ("COERCE", "UKR", "UKR") in own


def test_being_in_custody_is_no_arrest():
    assert not {
        d for d in dyads("Rusya, gözaltındaki Rus vatandaşlarının durumunu sordu.") if d[0] == "COERCE"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rusya Dışişleri Bakanlığı, Azerbaycan'ın Moskova Büyükelçisini bakanlığa çağırdı.",
            ("ACCUSE", "RUS", "AZE"),
        ),
        # passive: the host state (the envoy's seat) summons the state the envoy represents
        ("Macaristan'ın Kiev Büyükelçisi dün bakanlığa çağrıldı.", ("ACCUSE", "UKR", "HUN")),
    ],
)
def test_summoning_an_envoy_is_a_protest_by_the_host(text, expected):
    found = dyads(text)
    assert expected in found
    assert not {d for d in found if d[0] == "REQUEST"}


def test_recalling_ones_own_diplomats_is_no_summons():
    found = dyads("İsrail, Türkiye'deki diplomatlarını ülkeye geri çağırdı.")
    assert not {d for d in found if d[0] == "ACCUSE"}


def test_a_role_word_with_a_case_ending_is_the_receiver_not_a_compound_modifier():
    assert ("AGREE", "HUN", "SWE") in dyads(
        "Macaristan Başbakanı, İsveç Başbakanını Budapeşte'ye davet etti."
    )


def test_a_crowd_with_no_target_protests_against_its_own_government():
    found = coded(
        " SEUL — Gece boyunca meclisin önünde toplanan binlerce kişi hükümet karşıtı sloganlar attı."
    )
    assert ("PROTEST", "KOR", "KOR", "occurred") in found
    # a target named before the verb stays the target
    assert ("PROTEST", "TUR", "ISR") in dyads("Binlerce kişi İsrail'in saldırılarını protesto etti.")


def test_co_mediators_are_each_visited_by_the_parties():
    found = dyads(
        "Sudan ile Çad, Katar ve Türkiye'nin arabuluculuğunda Doha'da yürütülen müzakerelerin ardından ateşkes "
        "konusunda anlaştı."
    )
    consults = {frozenset(d[1:]) for d in found if d[0] == "CONSULT"}
    assert {frozenset({"SDN", "QAT"}), frozenset({"TCD", "QAT"}), frozenset({"SDN", "TUR"})} <= consults


def test_the_addressee_of_a_request_comes_after_the_converb():
    found = dyads(
        "NATO Genel Sekreteri, Meclis'in oylamasını memnuniyetle karşıladığını belirterek Macaristan'ın da onay "
        "sürecini tamamlamasını beklediğini kaydetti."
    )
    assert ("REQUEST", "NATO", "HUN") in found and ("REQUEST", "NATO", "TUR") not in found


def test_what_an_act_is_aimed_at_is_no_doer_and_province_wide_raids_are_the_police():
    found = dyads(
        "Terör örgütü DEAŞ'a yönelik Ankara merkezli 15 ilde düzenlenen operasyonda 40 şüpheli gözaltına alındı."
    )
    assert ("COERCE", "TUR", "ISIL") in found
    assert not {d for d in found if d[1] == "ISIL"}


def test_a_refusal_in_the_future_tense_is_made_now():
    assert ("REJECT", "ARG", "ESP", "occurred") in coded(
        "Arjantin, İspanya'dan özür dilemeyeceğini açıkladı."
    )
    assert ("REJECT", "RUS", "UKR", "occurred") in coded("Rusya, Ukrayna'ya taviz vermeyeceğini söyledi.")


def test_calling_someone_a_threat_is_a_charge_but_not_in_the_passive():
    assert ("ACCUSE", "NATO", "RUS") in dyads("NATO, Rusya'yı tehdit olarak nitelendirdi.")
    assert not {d for d in dyads("Rusya, Avrupa için bir tehdit olarak nitelendirildi.") if d[0] == "ACCUSE"}


def test_welcoming_an_agreement_between_a_pair_welcomes_both():
    found = dyads(
        "ABD Dışişleri Bakanı, Ermenistan ile Azerbaycan arasındaki anlaşmayı memnuniyetle karşıladı."
    )
    assert {("SUPPORT", "USA", "ARM"), ("SUPPORT", "USA", "AZE")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İsrail ordusu Gazze'de sivillere ateş açtı.", ("ASSAULT", "ISR", "PSE")),
        ("Rusya, Ukrayna'nın enerji tesislerini hedef aldı.", ("ASSAULT", "RUS", "UKR")),
        ("Mısır, İsrail'in ateşkesi ihlal ettiğini söyledi.", ("ACCUSE", "EGY", "ISR")),
        ("Türkiye, Kıbrıs Cumhuriyeti'ni tanımayacağını açıkladı.", ("REJECT", "TUR", "CYP")),
        ("İsrail, Gazze'ye insani koridor açtı.", ("RETREAT", "ISR", "PSE")),
        ("Hamas, İsrail'e taviz verdi.", ("CONCEDE", "HAMAS", "ISR")),
        ("Türkiye ile Irak, güvenlik konusunda mutabakata vardı.", ("AGREE", "TUR", "IRQ")),
    ],
)
def test_more_turkish_wire_verbs(text, expected):
    found = dyads(text)
    symmetric = expected[0] in ("AGREE", "CONSULT", "COOPERATE")
    assert expected in found or (symmetric and (expected[0], expected[2], expected[1]) in found)


def test_the_genitive_subject_of_a_verbal_noun_does_the_act_not_the_one_condemning_it():
    found = dyads("Fidan, İsrail'in Gazze'ye saldırmasını kınadı.")
    assert ("ASSAULT", "ISR", "PSE") in found and ("ACCUSE", "TUR", "ISR") in found
    assert not {d for d in found if d[0] == "ASSAULT" and d[1] == "TUR"}
    # what is asked keeps its addressee
    assert ("REQUEST", "FRA", "ISR") in dyads(
        "Fransa, İsrail'in saldırılarını durdurması gerektiğini söyledi."
    )
