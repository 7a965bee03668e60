"""False positives of the rule coder on longer news copy, each with a close sentence that must still be coded
(made-up sentences, two per text so that language identification works)."""

from chancery import code_text


def dyads(text):
    article = code_text(" date 2025-03-04 " + text)
    return {(e.type, e.source, e.target) for e in article.events}


def test_turkish_act_noun_takes_its_own_genitive_subject():
    # "Rusya'nın Ukrayna'ya başlattığı saldırı": Russia attacks, not the sentence's subject (Iceland)
    found = dyads(
        "İzlanda, Rusya'nın geçen yıl Ukrayna'ya başlattığı saldırının ardından Ukrayna'ya yardım gönderdi. "
        "Yardım kamyonları dün yola çıktı."
    )
    assert ("ASSAULT", "ISL", "UKR") not in found
    assert ("AID", "ISL", "UKR") in found


def test_turkish_possessor_of_an_act_noun_is_its_doer():
    found = dyads("Bakan, Suriye'nin sınırdaki saldırılarını hatırlattı. Toplantı iki saat sürdü.")
    assert not {d for d in found if d[0] == "ASSAULT" and d[1] != "SYR"}
    assert ("ACCUSE", "TUR", "SYR") in dyads(
        "Türkiye, Suriye'nin saldırılarını kınadı. Açıklama dün yapıldı."
    )


def test_turkish_dateline_after_a_headline_and_a_region_are_no_actors():
    # the headline line, then "KAMPALA (AA) -": the city where the story was filed does not act, nor does the
    # border region where the attack happened; the attack condemned is the named group's
    found = dyads(
        "Uganda'da ADF militanlarının köye düzenlediği saldırıda 12 kişi öldü\n\nKAMPALA (AA) - Uganda'nın "
        "batısında, Kongo Demokratik Cumhuriyeti (KDC) sınırına yakın bir köye perşembe gecesi düzenlenen "
        "saldırıda 12 kişi hayatını kaybetti. BM Genel Sekreteri saldırıyı kınadı."
    )
    assert ("ASSAULT", "UGA", "COD") not in found and ("ACCUSE", "UN", "UGA") not in found
    assert {("ASSAULT", "ADF", "UGA"), ("ACCUSE", "UN", "ADF")} <= found


def test_turkish_pair_between_with_an_epithet_is_the_pair_not_the_speaker():
    # "Kardeş X ile dost Y arasında … imzalanmasını memnuniyetle karşılıyoruz": X and Y sign; Türkiye welcomes
    found = dyads(
        'Türkiye Dışişleri Bakanlığı açıklamasında, "Kardeş Azerbaycan ile dost Gürcistan arasında enerji '
        'anlaşmasının imzalanmasını memnuniyetle karşılıyoruz" dedi. Anlaşma dün imzalandı.'
    )
    assert ("SUPPORT", "GEO", "TUR") not in found and ("SUPPORT", "AZE", "TUR") not in found
    assert ("SUPPORT", "AZE", "GEO") in found
