"""The rule coder on hand-written sentences in each language, through the real pipeline."""

import pytest

from chancery import code_text


def events(text):
    article = code_text(text)
    return {
        (e.type, e.source, e.target, e.status, str(e.date) if e.date else None, e.mode)
        for e in article.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            " date 2026-01-27 France accused Russia of obstructing the peace process on Monday.",
            ("ACCUSE", "FRA", "RUS", "occurred", "2026-01-26", "disapprove"),
        ),
        (
            " date 2025-03-04 Foreign Minister Hakan Fidan is set to visit Paris on Wednesday.",
            ("CONSULT", "TUR", "FRA", "planned", "2025-03-05", "visit"),
        ),
        (
            " date 2025-03-04 The Egyptian embassy was attacked by Hamas militants.",
            ("ASSAULT", "HAMAS", "EGY", "occurred", "2025-03-04", None),
        ),
        (
            " date 2025-03-04 Germany did not condemn Israel.",
            ("ACCUSE", "DEU", "ISR", "negated", "2025-03-04", "disapprove"),
        ),
        (
            " date 2025-03-04 Iran threatened to strike Israel if it attacked its nuclear sites.",
            ("THREATEN", "IRN", "ISR", "conditional", None, None),
        ),
        (
            " date 2025-07 Le ministre turc des Affaires étrangères s'est entretenu au téléphone avec son homologue britannique.",
            ("CONSULT", "TUR", "GBR", "occurred", "2025-07", "phone"),
        ),
        (
            " date 2025-07-10 La Russie a condamné mardi les frappes ukrainiennes.",
            ("ACCUSE", "RUS", "UKR", "occurred", "2025-07-08", "disapprove"),
        ),
        (
            " date 2025-03-04 Dışişleri Bakanı Hakan Fidan, Mısırlı mevkidaşı ile dün Ankara'da görüştü.",
            ("CONSULT", "EGY", "TUR", "occurred", "2025-03-03", "visit"),
        ),
        (
            " date 2025-03-04 Türkiye, PKK'nın saldırısını kınadı.",
            ("ACCUSE", "TUR", "PKK", "occurred", "2025-03-04", "disapprove"),
        ),
        (
            " date 2025-03-04 Erdoğan gelecek hafta Azerbaycan'ı ziyaret edecek.",
            ("CONSULT", "TUR", "AZE", "planned", "2025-03", "visit"),
        ),
    ],
)
def test_sentence_is_coded(text, expected):
    assert expected in events(text)


def test_coordinated_subjects_of_a_symmetric_act_meet_each_other():
    found = events(
        " date 2025-05-01 Erdogan and French President Emmanuel Macron discussed the war in Ukraine by phone."
    )
    assert {(t, *sorted((s, g))) for t, s, g, *_ in found} >= {("CONSULT", "FRA", "TUR")}
    assert not any(g == "UKR" for _, _, g, *_ in found)


def test_one_event_told_three_times_is_one_record_with_three_evidence_sentences():
    text = (
        " date 2025-05-01 Russia accused Ukraine of shelling the border. Russia accused Ukraine again on Tuesday."
        " Moscow accused Kyiv of lying."
    )
    article = code_text(text)
    [event] = [e for e in article.events if e.type == "ACCUSE"]
    assert (event.source, event.target, len(event.evidence)) == ("RUS", "UKR", 3)
    assert [article.text[v.start : v.end] for v in event.evidence][2] == "Moscow accused Kyiv of lying."


def test_a_sentence_without_two_actors_yields_nothing_and_coding_is_deterministic():
    text = " date 2025-05-01 Inflation rose to 40 percent, the statistics office said on Monday."
    assert events(text) == set()
    seeds_like = " date 2026-01-27 Barrot said France supports Türkiye's participation in the coalition."
    assert events(seeds_like) == events(seeds_like)


@pytest.mark.parametrize(
    "text",
    [
        " date 2025-08-28 Paris, Londres et Berlin ont menacé de réactiver les sanctions si l'Iran ne coopère pas.",
        " date 2025-08-28 France, Britain and Germany threatened to impose sanctions on Iran.",
    ],
)
def test_the_act_threatened_with_is_not_coded_as_done_and_every_coordinated_doer_threatens(text):
    coded = events(text)
    assert {(t, s, r) for t, s, r, *_ in coded} == {
        ("THREATEN", "FRA", "IRN"),
        ("THREATEN", "GBR", "IRN"),
        ("THREATEN", "DEU", "IRN"),
    }


def test_an_act_reported_before_a_threat_stays_coded():
    coded = {
        (t, s, r) for t, s, r, *_ in events(" date 2025-08-28 Russia attacked Ukraine and threatened Poland.")
    }
    assert ("ASSAULT", "RUS", "UKR") in coded
    assert ("THREATEN", "RUS", "POL") in coded


@pytest.mark.parametrize(
    "text",
    [
        " date 2025-03-04 Russia attacked Ukraine on Monday. Britain condemned the attack on Ukraine.",
        " date 2025-03-04 La Russie a attaqué l'Ukraine lundi. Le Royaume-Uni a condamné les frappes contre l'Ukraine.",
    ],
)
def test_a_condemned_act_is_not_an_act_of_the_condemner_and_its_doer_is_the_receiver(text):
    assert {(t, s, r) for t, s, r, *_ in events(text)} == {
        ("ASSAULT", "RUS", "UKR"),
        ("ACCUSE", "GBR", "RUS"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2025-03-04 Kigali denied sending troops into Congo.", ("MOBILIZE", "RWA", "COD", "negated")),
        (
            " date 2025-03-04 Le Rwanda a démenti avoir envoyé des troupes en RDC.",
            ("MOBILIZE", "RWA", "COD", "negated"),
        ),
        (" date 2025-03-04 Rusya, Ukrayna'ya saldırdığını yalanladı.", ("ASSAULT", "RUS", "UKR", "negated")),
    ],
)
def test_a_denied_act_is_coded_negated_instead_of_the_denial(text, expected):
    assert {(t, s, r, status) for t, s, r, status, *_ in events(text)} == {expected}


def test_a_turkish_condemned_act_noun_is_not_an_act_of_the_condemner():
    coded = {
        (t, s, r)
        for t, s, r, *_ in events(
            " date 2025-03-04 Rusya dün Ukrayna'ya saldırdı. Fransa, Rusya'nın Ukrayna'ya yönelik saldırılarını kınadı."
        )
    }
    assert ("ASSAULT", "RUS", "UKR") in coded
    assert not any(t == "ASSAULT" and s == "FRA" for t, s, _ in coded)
    assert any(t == "ACCUSE" and s == "FRA" for t, s, _ in coded)


@pytest.mark.parametrize(
    "text",
    [
        " date 2025-03-04 Russia did not accept the proposal of Ukraine.",
        " date 2025-03-04 La Russie n'a pas accepté la proposition de l'Ukraine.",
        " date 2025-03-04 Rusya, Ukrayna'nın önerisini kabul etmedi.",
    ],
)
def test_not_accepting_is_a_rejection_that_happened(text):
    assert ("REJECT", "RUS", "UKR", "occurred") in {(t, s, r, status) for t, s, r, status, *_ in events(text)}


@pytest.mark.parametrize(
    "text",
    [
        " date 2025-03-04 According to Ukrainian sources, Russia rejected the proposal of Kyiv.",
        " date 2025-03-04 Ukrayna kaynaklarına göre Rus heyeti, Kiev'in önerisini kabul etmedi.",
    ],
)
def test_the_source_of_the_news_is_not_a_party_to_the_act(text):
    assert {(t, s, r) for t, s, r, *_ in events(text)} == {("REJECT", "RUS", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        " date 2025-03-04 Russia agreed to the plan, Turkish Foreign Minister Hakan Fidan said.",
        " date 2025-03-04 Russia will visit soon, Turkish Foreign Minister Hakan Fidan said.",
    ],
)
def test_a_speaker_named_after_what_was_said_is_no_party(text):
    assert not any("TUR" in (s, r) for _, s, r, *_ in events(text))


def test_a_postposed_speaker_with_an_article_is_no_party():
    text = (
        " date 2025-03-04 A World Food Programme convoy was attacked by RSF fighters near Mellit, killing five"
        " drivers, the United Nations said."
    )
    coded = {(t, s, r) for t, s, r, *_ in events(text)}
    assert ("ASSAULT", "RSF", "WFP") in coded
    assert not any("UN" in (s, r) for _, s, r in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            " date 2025-03-04 Turkish Foreign Minister Hakan Fidan discussed the war in Ukraine on Monday.",
            set(),
        ),
        (" date 2025-03-04 Hakan Fidan discussed the war with Sergei Lavrov.", {("CONSULT", "TUR", "RUS")}),
        (" date 2025-03-04 Le ministre turc a discuté de la guerre en Ukraine.", set()),
        (" date 2025-03-04 Fidan, Lavrov ile Ukrayna'daki savaşı ele aldı.", {("CONSULT", "TUR", "RUS")}),
    ],
)
def test_what_is_discussed_is_a_topic_and_only_a_partner_with_whom_is_a_receiver(text, expected):
    assert {(t, s, r) for t, s, r, *_ in events(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            " date 2025-07-09 Le président français s'est entretenu lundi soir par téléphone avec le président kényan.",
            ("CONSULT", "FRA", "KEN", "occurred", "2025-07-07", "phone"),
        ),
        (
            " date 2025-07-09 Japan's prime minister spoke on Monday by phone with the Indian prime minister.",
            ("CONSULT", "JPN", "IND", "occurred", "2025-07-07", "phone"),
        ),
        (
            " date 2025-07-09 Dışişleri Bakanı Fidan, Mısırlı mevkidaşı ile telefonda bir kez daha görüştü.",
            ("CONSULT", "TUR", "EGY", "occurred", "2025-07-09", "phone"),
        ),
    ],
)
def test_dates_and_adverbs_inside_a_trigger_phrase_do_not_break_it(text, expected):
    assert expected in events(text)


def test_a_domestic_event_has_the_same_code_on_both_sides():
    found = events(
        " date 2024-06-26 Kenyan President William Ruto withdrew the finance bill on Wednesday. Kenyan police "
        "detained dozens of Kenyan protesters in Nairobi on Tuesday."
    )
    assert ("COERCE", "KEN", "KEN", "occurred", "2024-06-25", "arrest") in found
    # One country's state and itself is no event: "Kenya said Kenya would…" has one side.
    assert not events(" date 2024-06-26 Kenya said Kenya would not sign the bill on Wednesday.")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Consonant alternation: destek → desteğini, et → edildi.
        (
            " date 2025-07-07 Dışişleri Bakanı Fidan, Gürcistan'ın toprak bütünlüğüne desteğini yineledi.",
            ("SUPPORT", "TUR", "GEO"),
            None,
        ),
        # What is asked is the genitive subject of the "-mesini" complement.
        (
            " date 2025-07-07 Mısır Cumhurbaşkanı, İsrail'in Refah'taki operasyonlarına derhal son vermesini "
            "beklediklerini söyledi.",
            ("REQUEST", "EGY", "ISR"),
            None,
        ),
        # A converb is an act of its own; a dative noun right before "çağırdı" is what is asked.
        (
            " date 2025-07-07 Japonya Dışişleri Bakanı, Kuzey Kore'nin füze denemesini kınayarak BM Güvenlik "
            "Konseyi'ni toplantıya çağırdı.",
            ("ACCUSE", "JPN", "PRK"),
            ("CONSULT", "JPN", "PRK"),
        ),
        (
            " date 2025-07-07 Japonya Dışişleri Bakanı, Kuzey Kore'nin füze denemesini kınayarak BM Güvenlik "
            "Konseyi'ni toplantıya çağırdı.",
            ("REQUEST", "JPN", "UNSC"),
            None,
        ),
        # "vurguladı" (emphasized) is no strike.
        (
            " date 2025-07-07 Azerbaycan Cumhurbaşkanı, Ermenistan ile barışın önemini vurguladı.",
            None,
            ("ASSAULT", "AZE", "ARM"),
        ),
    ],
)
def test_turkish_word_formation_and_embedded_acts(text, expected, absent):
    found = {e[:3] for e in events(text)}
    if expected:
        assert expected in found
    if absent:
        assert absent not in found


def test_drills_near_a_state_are_a_show_of_force_not_cooperation():
    found = {e[:3] for e in events(" date 2025-04-02 Russia held naval drills near Japan on Tuesday.")}
    assert ("MOBILIZE", "RUS", "JPN") in found and ("COOPERATE", "RUS", "JPN") not in found
    joint = {e[:3] for e in events(" date 2025-04-02 Japan and India held joint naval exercises on Tuesday.")}
    assert ("COOPERATE", "JPN", "IND") in joint or ("COOPERATE", "IND", "JPN") in joint


def test_acts_dated_to_different_days_are_distinct_records():
    article = code_text(
        " date 2025-05-10 India struck targets in Pakistan on Wednesday. India struck Pakistan again on Friday. "
        "India struck Pakistan, officials said."
    )
    strikes = sorted(
        str(e.date) for e in article.events if (e.type, e.source, e.target) == ("ASSAULT", "IND", "PAK")
    )
    assert strikes == ["2025-05-07", "2025-05-09"]


def _dyads(text):
    return {e[:3] for e in events(text)}


def pairs(text):
    """(type, source, target) of every event, with symmetric acts in both directions."""
    found = set()
    for e in code_text(text).events:
        found.add((e.type, e.source, e.target))
        if e.type in ("CONSULT", "AGREE", "COOPERATE"):
            found.add((e.type, e.target, e.source))
    return found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # An announced sanction stays a planned sanction in English; a decision taken is reported as done.
        (
            " date 2025-03-04 Japan said it would tighten export controls on goods bound for Russia.",
            ("SANCTION", "JPN", "RUS", "planned"),
            ("THREATEN", "JPN", "RUS"),
        ),
        (
            " date 2025-03-04 Chile has decided to sever diplomatic relations with Israel.",
            ("SANCTION", "CHL", "ISR", "occurred"),
            ("THREATEN", "CHL", "ISR"),
        ),
        # A decision regretted is disapproved of; the doer of the decision receives it.
        (
            " date 2025-03-04 Ghana closed its border with Togo on Monday. Togo regretted the decision.",
            ("ACCUSE", "TGO", "GHA", "occurred"),
            None,
        ),
        # Prisoners of no stated nationality released by a state are its own.
        (
            " date 2025-03-04 Belarus said it would release 30 prisoners, days after Poland asked for talks.",
            ("RETREAT", "BLR", "BLR", "planned"),
            ("RETREAT", "BLR", "POL"),
        ),
    ],
)
def test_english_status_and_implied_receivers(text, expected, absent):
    found = events(text)
    assert expected in {e[:4] for e in found}
    if absent:
        assert absent not in {e[:3] for e in found}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A compound adjective ("U.N.-backed") is neither an act nor a receiver.
        (
            " date 2025-03-04 Kenyan police joined a U.N.-backed mission to help Haiti.",
            ("SUPPORT", "UN", "HTI"),
        ),
        # What someone is accused of is the accusation, not an act coded as done.
        (
            " date 2025-03-04 Seoul accused Pyongyang of firing missiles at Japan.",
            ("ASSAULT", "PRK", "JPN"),
        ),
        # Troops or police arriving somewhere are deployed, they do not pay a visit.
        (
            " date 2025-03-04 Hundreds of French troops arrived in Estonia on Tuesday.",
            ("CONSULT", "FRA", "EST"),
        ),
        # "hosts troops", "welcomed any effort to…" are no meetings; "a brief war" is no briefing.
        (
            " date 2025-03-04 Lithuania hosts 1,000 German troops.",
            ("CONSULT", "DEU", "LTU"),
        ),
        (
            " date 2025-03-04 The White House said it welcomed any effort to end the war in Sudan.",
            ("CONSULT", "USA", "SDN"),
        ),
        (" date 2025-03-04 Russia fought a brief war with Georgia in 2008.", ("CONSULT", "RUS", "GEO")),
        # An act inside a relative clause has no receiver outside it.
        (
            " date 2025-03-04 Prime Minister Donald Tusk, who visited a border post on Tuesday, blamed Belarus.",
            ("CONSULT", "POL", "BLR"),
        ),
    ],
)
def test_english_phrases_that_report_no_act(text, absent):
    assert absent not in _dyads(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his spokesman said" reports; "the agreement" points back to the parties of the last agreement.
        (
            " date 2025-03-04 Iran and Saudi Arabia agreed to restore relations. "
            "UN Secretary-General Antonio Guterres welcomed the agreement, his spokesman said.",
            {("SUPPORT", "UN", "IRN"), ("SUPPORT", "UN", "SAU")},
        ),
        # A verb coordinated by "and" shares the receiver of the one before.
        (
            " date 2025-03-04 Zelenskiy met NATO leaders on Thursday and pressed for more air defence systems.",
            {("REQUEST", "UKR", "NATO")},
        ),
        # "also" repeats the last act of the kind on the same receiver.
        (
            " date 2025-03-04 The United States imposed sanctions on Russia. Britain also froze the assets of "
            "six officials.",
            {("SANCTION", "GBR", "RUS")},
        ),
        # An object pronoun in a quotation stands for the other party named just before.
        (
            " date 2025-03-04 Foreign Minister Hasan Mahmud summoned the Myanmar ambassador. "
            "“We have asked them to stop the shelling,” he told reporters.",
            {("REQUEST", "BGD", "MMR")},
        ),
        # The speaker of a reporting clause is the doer of the participle after it.
        (
            " date 2025-03-04 China held drills near Taiwan. “This is a provocation,” Taiwan's defence ministry "
            "said, condemning the drills.",
            {("ACCUSE", "TWN", "CHN")},
        ),
        # The object between a warning and its condition is the one threatened, not who is in the condition.
        (
            " date 2025-03-04 The gang leader of Viv Ansanm warned in a video posted last week that his fighters "
            "would attack the Kenyans unless Haiti opened talks.",
            {("THREATEN", "VIV_ANSANM", "KEN")},
        ),
        (
            " date 2025-03-04 Iran warned that it would strike Israel if the United States intervened.",
            {("THREATEN", "IRN", "ISR")},
        ),
        (
            " date 2025-03-04 The Cuban foreign ministry said the decision followed dialogue with the Vatican.",
            {("CONSULT", "CUB", "VAT")},
        ),
        (
            " date 2025-03-04 Kenya will deploy 600 officers to the U.N.-backed security mission in Haiti.",
            {("AID", "KEN", "HTI")},
        ),
    ],
)
def test_english_receivers_from_context(text, expected):
    found = _dyads(text)
    assert expected <= found, found


def test_the_two_leaders_after_a_reporting_clause_are_the_two_named_before():
    found = _dyads(
        " date 2024-07-01 Kazakh President Kassym-Jomart Tokayev spoke by phone with Uzbek President Shavkat "
        "Mirziyoyev, the Akorda press service said. The two leaders agreed to speed up work on the dam."
    )
    assert ("AGREE", "KAZ", "UZB") in found or ("AGREE", "UZB", "KAZ") in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A subordinate clause with its own subject: the name before it did not do the act.
        (
            " date 2024-02-06 Bangladesh summoned Myanmar's ambassador on Tuesday to protest after a mortar shell "
            "killed two people in Bangladesh.",
            ("ASSAULT", "MMR", "BGD"),
        ),
        # A state named to locate a target near the border is not the target.
        (
            " date 2024-02-06 The RED-Tabara rebel group claimed the attack on the village of Vugizo near the "
            "border with Democratic Republic of Congo.",
            ("ASSAULT", "RED-TABARA", "COD"),
        ),
    ],
)
def test_english_doers_and_receivers_that_only_set_the_scene(text, absent):
    assert absent not in _dyads(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a subject participle: the noun after it does the act; the summit is the organization's named before
        (
            " date 2025-06-25 NATO Zirvesi Lahey'de yapıldı. Zirveye katılan Cumhurbaşkanı Erdoğan konuştu.",
            ("CONSULT", "TUR", "NATO"),
            None,
        ),
        # a participle whose head names no actor leaves no doer (not the speaker)
        (
            " date 2025-03-04 Fidan, Rusya'ya destek veren şirketleri eleştirdi.",
            None,
            ("SUPPORT", "TUR", "RUS"),
        ),
        # a bare capitalised ministry in the Turkish press is Türkiye's; "Brüksel" acts for the EU
        (" date 2025-03-04 Dışişleri Bakanlığı, İsrail'i kınadı.", ("ACCUSE", "TUR", "ISR"), None),
        (" date 2025-03-04 Erdoğan, Brüksel'i eleştirdi.", ("ACCUSE", "TUR", "EU"), ("ACCUSE", "TUR", "BEL")),
        # a bare "terörist" is the armed group named before
        (
            " date 2025-03-04 PKK, bir karakola saldırdı. Milli Savunma Bakanlığı, 5 teröristin etkisiz hale "
            "getirildiğini açıkladı.",
            ("ASSAULT", "TUR", "PKK"),
            None,
        ),
        # an act in an until-clause is only a condition
        (
            " date 2025-03-04 Türkiye, İsrail Gazze'ye insani yardım ulaştırana kadar ticareti durduracak.",
            None,
            ("AID", "ISR", "PSE"),
        ),
        # a crowd that "protests" demonstrates
        (
            " date 2025-03-04 Binlerce kişi İsrail'in saldırılarını protesto etti.",
            ("PROTEST", "TUR", "ISR"),
            None,
        ),
        # calling a state a key partner is praise
        (
            " date 2025-05-28 Kaja Kallas, Türkiye'yi kilit bir ortak olarak nitelendirdi.",
            ("SUPPORT", "EU", "TUR"),
            None,
        ),
        # a name bare before a noun is the first half of a compound, not the receiver
        (
            " date 2025-03-04 İsveç, Türkiye'nin AB üyelik sürecini destekleyecek.",
            ("SUPPORT", "SWE", "TUR"),
            ("SUPPORT", "SWE", "EU"),
        ),
        # the partner "with" whom an act is done, when a genitive opens a noun phrase
        (
            " date 2025-03-04 DEAŞ'ın üyesi olan bir şüphelinin Irak makamlarıyla yürütülen çalışma sonucunda "
            "Türkiye'ye iade edildiği bildirildi.",
            ("COOPERATE", "IRQ", "TUR"),
            ("COOPERATE", "ISIL", "TUR"),
        ),
    ],
)
def test_turkish_participles_references_and_case_roles(text, expected, absent):
    found = pairs(text)
    if expected:
        assert expected in found
    if absent:
        assert absent not in found


def test_turkish_rejecting_a_claim_denies_the_claimed_act():
    found = events(" date 2025-03-04 Rusya, Ukrayna'ya saldırdığı yönündeki iddiaları reddetti.")
    assert {e[:4] for e in found} == {("ASSAULT", "RUS", "UKR", "negated")}


def test_turkish_meetings_with_different_people_are_distinct_and_a_dropped_subject_carries_over():
    article = code_text(
        " date 2024-07-18 Dışişleri Bakanı Hakan Fidan, dün Nijer Cumhurbaşkanı Abdurrahman Tiani ile görüştü. "
        "Heyet ayrıca Nijer Başbakanı Ali Mahaman Lamine Zeine ile de bir araya geldi."
    )
    meetings = [e for e in article.events if e.type == "CONSULT" and {e.source, e.target} == {"TUR", "NER"}]
    assert len(meetings) == 2


def test_turkish_visits_to_two_accusative_hosts_are_both_planned():
    found = events(
        " date 2023-07-18 Erdoğan'ın bugün Katar'ı, yarın ise Birleşik Arap Emirlikleri'ni ziyaret etmesi bekleniyor."
    )
    assert {e[:4] for e in found} >= {
        ("CONSULT", "TUR", "QAT", "planned"),
        ("CONSULT", "TUR", "ARE", "planned"),
    }


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # "Bruxelles" stands for the EU once the EU is named
            " date 2024-05-03 L'Union européenne a publié un rapport. Varsovie presse Bruxelles de verser les fonds.",
            ("REQUEST", "POL", "EU"),
            ("REQUEST", "POL", "BEL"),
        ),
        (  # an apposed name is the subject of the finite verb after it
            " date 2024-05-03 Son homologue kényan, William Ruto, s'était déjà rendu à Kampala en avril.",
            ("CONSULT", "KEN", "UGA"),
            None,
        ),
        (  # an actor inside a relative clause is not the subject
            " date 2024-05-03 Le Japon, qui entretient des liens étroits avec la Chine, a condamné lundi la Corée du Nord.",
            ("ACCUSE", "JPN", "PRK"),
            ("ACCUSE", "CHN", "PRK"),
        ),
        (  # a request to free captives is addressed to whoever holds them
            " date 2024-05-03 Paris a demandé la libération de trois ressortissants français détenus en Iran.",
            ("REQUEST", "FRA", "IRN"),
            ("REQUEST", "FRA", "FRA"),
        ),
        (  # released captives are released by whoever held them
            " date 2024-05-03 Deux Britanniques détenus depuis un an en Iran ont été libérés mardi.",
            ("RETREAT", "IRN", "GBR"),
            None,
        ),
        (  # a participle with a late agent: "arrêtés la semaine dernière par"
            " date 2024-05-03 Dakar a plaidé pour des pêcheurs sénégalais arrêtés la semaine dernière par la marine mauritanienne.",
            ("COERCE", "MRT", "SEN"),
            None,
        ),
        (  # the passive of hosting: the agent hosts, the subject visits
            " date 2024-05-03 Le président sénégalais a été reçu jeudi à Bamako par son homologue malien.",
            ("CONSULT", "SEN", "MLI"),
            None,
        ),
        (  # the inverted subject of a reporting verb, and the condemnation of its last attacker
            " date 2024-05-03 La Russie a bombardé l'Ukraine lundi. « C'est un crime de guerre », a dénoncé le président ukrainien.",
            ("ACCUSE", "UKR", "RUS"),
            None,
        ),
        (  # a verb coordinated by "et" shares the first verb's receiver
            " date 2024-05-03 La Russie a frappé l'Ukraine. La France et l'Allemagne ont condamné ces frappes et exigé qu'elles cessent.",
            ("REQUEST", "FRA", "RUS"),
            None,
        ),
        (  # the author of a rejected object, named by "par"
            " date 2024-05-03 Le Niger a rejeté mardi une proposition annoncée par la France.",
            ("REJECT", "NER", "FRA"),
            None,
        ),
        (  # the reason for thanks is not an act of its own; receivers joined by "ainsi que"
            " date 2024-05-03 Joe Biden a remercié l'émir du Qatar ainsi que le président égyptien pour leur rôle dans les négociations.",
            ("SUPPORT", "USA", "EGY"),
            ("CONSULT", "QAT", "EGY"),
        ),
        (  # "l'agression de X par Y": "par" names the doer
            " date 2024-10-05 Hanoï a protesté auprès de Pékin après l'agression de pêcheurs vietnamiens par des agents chinois.",
            ("ASSAULT", "CHN", "VNM"),
            None,
        ),
        (  # protesters are the people of the place they gather in
            " date 2024-05-03 Des milliers de manifestants se sont rassemblés devant l'ambassade de France à Bamako.",
            ("PROTEST", "MLI", "FRA"),
            None,
        ),
        (  # a warning to reconsider cooperation is a threat, not cooperation
            " date 2024-05-03 Abidjan pourrait reconsidérer sa coopération avec Ouagadougou, a averti un responsable ivoirien.",
            ("THREATEN", "CIV", "BFA"),
            ("COOPERATE", "CIV", "BFA"),
        ),
    ],
)
def test_french_word_order_and_phrasing(text, expected, absent):
    found = {e[:3] for e in events(text)}
    if expected:
        assert expected in found, found
    if absent:
        assert absent not in found, found


def test_french_participants_in_a_summit_each_meet_its_organization():
    found = {
        e[:4]
        for e in events(
            " date 2025-02-16 Le président sénégalais a participé samedi au sommet de l'Union africaine. "
            "Le Mali et le Niger, suspendus de l'organisation, n'ont pas participé au sommet."
        )
    }
    assert ("CONSULT", "SEN", "AU", "occurred") in found or ("CONSULT", "AU", "SEN", "occurred") in found
    assert ("CONSULT", "MLI", "AU", "negated") in found or ("CONSULT", "AU", "MLI", "negated") in found
    assert not [e for e in found if {e[1], e[2]} == {"MLI", "NER"}]


def test_french_future_visit_and_reflexive_future_are_planned():
    found = events(" date 2024-05-03 Le ministre ukrainien se rendra jeudi à Ankara.")
    assert ("CONSULT", "UKR", "TUR", "planned", "2024-05-09", "visit") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boko Haram fighters ambushed a Nigerien army convoy.", ("ASSAULT", "BOKO_HARAM", "NER")),
        ("Chinese coast guard ships rammed a Vietnamese fishing boat.", ("ASSAULT", "CHN", "VNM")),
        (
            "Belarusian riot police turned water cannon and tear gas on Polish activists.",
            ("ASSAULT", "BLR", "POL"),
        ),
        ("Peru said it was suspending its ties with Venezuela.", ("SANCTION", "PER", "VEN")),
        ("Washington imposed an additional 10% tariff on Brazilian steel.", ("SANCTION", "USA", "BRA")),
        ("Canada said it was deeply concerned by the Russian actions.", ("ACCUSE", "CAN", "RUS")),
        ("Iran shrugged off the French criticism.", ("REJECT", "IRN", "FRA")),
        ("Armenia and Azerbaijan agreed on Sunday to an immediate ceasefire.", ("CONCEDE", "AZE", "ARM")),
        ("Turkish police forced their way into the Iraqi consulate.", ("COERCE", "TUR", "IRQ")),
        ("Spain handed over two suspects wanted in Morocco.", ("COOPERATE", "ESP", "MAR")),
        (
            "Poland summoned a senior official of the Russian embassy to convey its protest.",
            ("ACCUSE", "POL", "RUS"),
        ),
        (
            "Israel withdrew its troops from Lebanese territory. Egypt welcomed the withdrawal.",
            ("SUPPORT", "EGY", "ISR"),
        ),
    ],
)
def test_english_wire_verbs_and_phrases(text, expected):
    found = {e[:3] for e in events(" date 2025-03-04 " + text)}
    assert expected in found


def test_a_progressive_is_not_a_passive_but_a_relative_clause_description_stays_uncoded():
    assert ("SANCTION", "PER", "VEN") in {
        e[:3] for e in events(" date 2025-03-04 Peru was suspending ties with Venezuela.")
    }
    assert not events(
        " date 2025-03-04 Kenya met targets agreed with the IMF, which is supporting Kenya."
    ) & {("SUPPORT", "IMF", "KEN", "occurred", "2025-03-04", None)}


def test_a_ship_expelled_is_no_sanction_and_a_hosted_agency_is_no_visit():
    found = {e[:3] for e in events(" date 2025-03-04 China said it had expelled the Philippine vessel.")}
    assert ("SANCTION", "CHN", "PHL") not in found
    found = {
        e[:3] for e in events(" date 2025-03-04 The city hosts embassies and the UN agencies of Nigeria.")
    }
    assert not any(t == "CONSULT" for t, *_ in found)


def test_the_two_countries_are_the_pair_the_article_is_about_not_a_pair_named_in_passing():
    text = (
        " date 2024-04-07 Mexico cut ties with Ecuador. Mexico said Ecuador had violated its embassy. Ecuador "
        "rejected Mexico's protest. Brazil criticized the raid, Colombia's president and Honduras' president also "
        "criticized it. The United States urged the two countries to resolve their differences."
    )
    found = {e[:3] for e in events(text)}
    assert ("REQUEST", "USA", "MEX") in found and ("REQUEST", "USA", "ECU") in found
    assert ("REQUEST", "USA", "COL") not in found


def test_the_two_countries_are_the_pair_named_together_not_the_mediator_named_as_often():
    text = (
        " date 2025-07-28 Thailand and Cambodia agreed to talks, Malaysia said. Malaysia hosted the talks. "
        "Malaysia said Thailand had attacked Cambodia. Cambodia accused Thailand. Malaysia said Military "
        "commanders from the two countries will meet on Tuesday."
    )
    found = {e[:3] for e in events(text) if e[3] == "planned"}
    assert found & {("CONSULT", "THA", "KHM"), ("CONSULT", "KHM", "THA")}
    assert not found & {("CONSULT", "MYS", "THA"), ("CONSULT", "THA", "MYS")}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # cutting ties told with a noun, and the recall of an envoy posted in a capital
            " date 2024-05-03 Le Mali a annoncé la rupture de ses relations diplomatiques avec l'Ukraine.",
            ("SANCTION", "MLI", "UKR"),
            None,
        ),
        (  # "à Paris" is no passive agent "par"
            " date 2024-05-03 Alger, principal allié du Front Polisario, a rappelé son ambassadeur à Paris.",
            ("SANCTION", "DZA", "FRA"),
            ("SUPPORT", "DZA", "POLISARIO"),
        ),
        (  # ending an agreement, announced: a planned sanction, not a threat
            " date 2024-05-03 La Norvège et la Suède ont annoncé qu'elles allaient annuler leurs accords avec la Russie.",
            ("SANCTION", "NOR", "RUS"),
            ("THREATEN", "NOR", "RUS"),
        ),
        (  # expelling envoys is a sanction, not an arrest
            " date 2024-05-03 L'Algérie a expulsé jeudi douze diplomates français.",
            ("SANCTION", "DZA", "FRA"),
            ("COERCE", "DZA", "FRA"),
        ),
        (  # leaving an organization cuts ties with it
            " date 2024-05-03 Le Burundi a annoncé son retrait de l'Union africaine.",
            ("SANCTION", "BDI", "AU"),
            ("RETREAT", "BDI", "AU"),
        ),
        (  # not ruling out sanctions is a threat of them
            " date 2024-05-03 Le ministre allemand n'a pas exclu des sanctions ciblées contre des responsables serbes.",
            ("THREATEN", "DEU", "SRB"),
            ("ASSAULT", "DEU", "SRB"),
        ),
        (  # saying oneself willing to cooperate is a commitment
            " date 2024-05-03 Le Japon s'est dit prêt à travailler avec la Corée du Sud.",
            ("AGREE", "JPN", "KOR"),
            None,
        ),
        (  # an evaluation by the word chosen: criticism, of whoever did the act it names
            " date 2024-05-03 La Russie a bombardé l'Ukraine. Le Brésil a qualifié la frappe d'« assassinat ».",
            ("ACCUSE", "BRA", "RUS"),
            None,
        ),
        (  # an evaluation by the word chosen: praise
            " date 2024-05-03 Le Kremlin a qualifié la Chine de « partenaire stratégique ».",
            ("SUPPORT", "RUS", "CHN"),
            None,
        ),
        (  # summoning envoys in the plural to protest
            " date 2024-05-03 Pékin a convoqué les ambassadeurs du Japon pour protester.",
            ("ACCUSE", "CHN", "JPN"),
            None,
        ),
        (  # putting the blame on someone
            " date 2024-05-03 Le Rwanda a rejeté la responsabilité de la crise sur le Burundi.",
            ("ACCUSE", "RWA", "BDI"),
            ("REJECT", "RWA", "BDI"),
        ),
        (  # declining to comment is no rejection
            " date 2024-05-03 Le porte-parole du Kremlin s'est refusé à commenter les propos de l'Ukraine.",
            None,
            ("REJECT", "RUS", "UKR"),
        ),
        (  # a crowd denouncing an organization protests against it; the denunciation is the protest's purpose
            " date 2024-05-03 A Bamako, des centaines de personnes se sont rassemblées devant le Parlement pour dénoncer l'Union africaine.",
            ("PROTEST", "MLI", "AU"),
            ("ACCUSE", "MLI", "AU"),
        ),
        (  # a crowd storming embassies protests against each embassy's state
            " date 2024-05-03 Des manifestants ont pris d'assaut des ambassades à Dacca, dont celles de l'Inde et du Pakistan.",
            ("PROTEST", "BGD", "PAK"),
            None,
        ),
        (  # armed men storming a town attack it
            " date 2024-05-03 Les rebelles du M23 ont pris d'assaut la ville congolaise de Goma.",
            ("ASSAULT", "M23", "COD"),
            ("PROTEST", "M23", "COD"),
        ),
        (  # the antecedent of "qu'ils accusent" is accused by the sentence's subject
            " date 2024-05-03 Le Mali et le Niger ont quitté la Cédéao, qu'ils accusent de partialité.",
            ("ACCUSE", "NER", "ECOWAS"),
            None,
        ),
        (  # a dateline names no actor
            " date 2024-05-03 PARIS, 3 mai 2024 (AFP) - Des diplomates russes ont condamné l'attaque.",
            None,
            ("ACCUSE", "RUS", "FRA"),
        ),
        (  # an apposed participle describes the group, it reports no act
            " date 2024-05-03 Le M23, soutenu par Kigali, a affirmé avoir pris Goma.",
            None,
            ("SUPPORT", "RWA", "M23"),
        ),
    ],
)
def test_french_general_phrasing(text, expected, absent):
    found = {e[:3] for e in events(text)}
    if expected:
        assert expected in found, found
    if absent:
        assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # An agency dateline's city files the story; it does not act.
        (
            " date 2025-03-04 ANKARA (AA) - Fransa, Rusya'yı kınadı.",
            ("ACCUSE", "FRA", "RUS"),
            ("ACCUSE", "TUR", "RUS"),
        ),
        # "-e kadar" with "-ıncaya": an act in an until-clause is a condition, not an act.
        (
            " date 2025-03-04 Türkiye, İsrail Gazze'ye yardım ulaştırıncaya kadar ticareti durduracak.",
            None,
            ("AID", "TUR", "PSE"),
        ),
        # Passive "gösterilmesi" (being shown/nominated) is no demonstration ("gösteri").
        (
            " date 2025-03-04 Fransa, Almanya'nın aday gösterilmesini destekledi.",
            ("SUPPORT", "FRA", "DEU"),
            ("PROTEST", "FRA", "DEU"),
        ),
        # "ağırlaştırdı" (aggravated) is not "ağırladı" (hosted).
        (
            " date 2025-03-04 Rusya'nın kararı Ukrayna'daki krizi ağırlaştırdı.",
            None,
            ("CONSULT", "RUS", "UKR"),
        ),
        # Verb families: restricting trade is a sanction, supplying arms is material cooperation.
        (
            " date 2025-03-04 Rusya, Gürcistan'a yönelik ihracat kısıtlaması getirdi.",
            ("SANCTION", "RUS", "GEO"),
            None,
        ),
        (" date 2025-03-04 Türkiye, Katar'a zırhlı araç tedarik edecek.", ("COOPERATE", "TUR", "QAT"), None),
        # A nationality adjective before a named group only qualifies it.
        (
            " date 2025-03-04 Lübnanlı Hizbullah grubu, İsrail'i kınadı.",
            ("ACCUSE", "HEZBOLLAH", "ISR"),
            ("ACCUSE", "LBN", "ISR"),
        ),
        # What precedes a speech converb is what was said, not the receiver of the later call.
        (
            " date 2025-03-04 Hamas, Mısır'ın önerisini memnuniyetle karşıladığını belirterek diğer ülkeleri "
            "de destek vermeye çağırdı.",
            ("SUPPORT", "HAMAS", "EGY"),
            ("REQUEST", "HAMAS", "EGY"),
        ),
        # The head of a subject participle ("… katılan Macron,") is the subject of the main verb.
        (
            " date 2025-03-04 NATO zirvesine katılan Fransa Cumhurbaşkanı Emmanuel Macron, Rusya'yı kınadı.",
            ("ACCUSE", "FRA", "RUS"),
            ("ACCUSE", "NATO", "RUS"),
        ),
        # Sanctions named as the object of what is asked ("… sertleştirmeye çağırdı") are not imposed.
        (
            " date 2025-03-04 Ukrayna, AB'yi Rusya'ya yönelik yaptırımları sertleştirmeye çağırdı.",
            ("REQUEST", "UKR", "EU"),
            ("SANCTION", "UKR", "RUS"),
        ),
    ],
)
def test_turkish_news_forms(text, expected, absent):
    found = pairs(text)
    if expected:
        assert expected in found
    if absent:
        assert absent not in found


def test_turkish_host_or_mediator_meets_each_guest():
    found = events(
        " date 2025-03-04 Azerbaycan ile Ermenistan heyetleri, Katar'ın arabuluculuğunda dün Doha'da bir araya geldi."
    )
    dyads = {(t, s, g, mode) for t, s, g, _, _, mode in found}
    assert ("CONSULT", "AZE", "QAT", "visit") in dyads
    assert ("CONSULT", "ARM", "QAT", "visit") in dyads
    assert {("CONSULT", "AZE", "ARM", "third-party"), ("CONSULT", "ARM", "AZE", "third-party")} & dyads


def test_an_act_with_no_receiver_named_is_aimed_at_the_other_main_state():
    text = (
        " date 2025-05-08 India struck targets in Pakistan on Wednesday. Pakistan said India had violated its "
        "sovereignty. India and Pakistan traded fire. Pakistan threatened to retaliate on Thursday."
    )
    assert ("THREATEN", "PAK", "IND") in {e[:3] for e in events(text)}
    condemned = text.replace(
        "Pakistan threatened to retaliate on Thursday.", "Pakistan condemned it on Thursday."
    )
    assert ("ACCUSE", "PAK", "IND") in {e[:3] for e in events(condemned)}
    # not when another party is named in the sentence, nor for acts that need no receiver
    other = " date 2025-05-08 India struck Pakistan. Pakistan struck India. Pakistan and China threatened to respond."
    assert ("THREATEN", "PAK", "IND") not in {e[:3] for e in events(other)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # resigning is done to one's own country (EVENTS.md §3)
            " date 2025-03-04 Peru's defence minister resigned on Monday after days of protests over the killing of two students.",
            ("RETREAT", "PER", "PER", "occurred", "2025-03-03", None),
        ),
        (  # an announced state of emergency is a planned domestic act, not a threat
            " date 2025-03-04 Ecuador's president is expected to declare a state of emergency in three coastal provinces.",
            ("COERCE", "ECU", "ECU", "planned", None, None),
        ),
        (
            " date 2025-03-04 Le gouvernement péruvien a décrété lundi l'état d'urgence dans la capitale après plusieurs jours de violences.",
            ("COERCE", "PER", "PER", "occurred", "2025-03-03", None),
        ),
        (
            " date 2025-03-04 Peru İçişleri Bakanı, protestolarda iki öğrencinin ölmesinin ardından dün istifasını sundu.",
            ("RETREAT", "PER", "PER", "occurred", "2025-03-03", None),
        ),
        (
            " date 2025-03-04 Canada declared a senior Chinese diplomat persona non grata on Monday over the intimidation of a lawmaker.",
            ("SANCTION", "CAN", "CHN", "occurred", "2025-03-03", None),
        ),
        (
            " date 2025-03-04 Japan and the Philippines signed a reciprocal access agreement in Manila on Monday.",
            ("SUPPORT", "JPN", "PHL", "occurred", "2025-03-03", None),
        ),
        (
            " date 2025-03-04 Le Niger a fermé lundi sa frontière terrestre avec le Bénin, invoquant des raisons de sécurité.",
            ("SANCTION", "NER", "BEN", "occurred", "2025-03-03", None),
        ),
        (
            " date 2025-03-04 Kenya dispatched search-and-rescue teams to Tanzania on Monday after the floods killed dozens of people.",
            ("AID", "KEN", "TZA", "occurred", "2025-03-03", None),
        ),
        (
            " date 2025-03-04 Sudan ile Güney Sudan, Cidde'de yürütülen müzakerelerin ardından dün ateşkes konusunda anlaştı.",
            ("CONCEDE", "SDN", "SSD", "occurred", "2025-03-03", None),
        ),
    ],
)
def test_new_general_rules(text, expected):
    assert expected in events(text)


def test_resignation_awaited_is_no_act():
    # "until X resigns" is what the protest waits for, not a resignation
    found = events(
        " date 2025-03-04 Kenyan opposition leaders said on Monday they would keep marching until the president resigns."
    )
    assert not [e for e in found if e[0] == "RETREAT"]


def test_a_french_government_named_without_nationality_acts_for_the_lead_state():
    text = (
        " date 2025-04-08 ZORBA, 7 avril — L'Estonie a fermé lundi sa frontière avec la Lettonie. La Lettonie a "
        "protesté, et la Lettonie a rappelé son ambassadeur. L'Estonie persiste. Dans un communiqué, le "
        "ministère des Affaires étrangères a accusé mardi la Lettonie d'ingérence."
    )
    found = {(t, s, r) for t, s, r, *_ in events(text)}
    assert ("ACCUSE", "EST", "LVA") in found
    assert ("ACCUSE", "LVA", "EST") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macron had spoken with Scholz by telephone.", ("CONSULT", "FRA", "DEU")),
        ("Egypt and Qatar held a round of negotiations in Cairo.", ("CONSULT", "EGY", "QAT")),
        ("Japan's foreign minister sat down with his South Korean counterpart.", ("CONSULT", "JPN", "KOR")),
        ("Modi flew to Beijing on Monday.", ("CONSULT", "IND", "CHN")),
        ("The African Union will send a delegation to South Sudan.", ("CONSULT", "AU", "SSD")),
        ("Erdogan will receive Putin in Ankara on Monday.", ("CONSULT", "TUR", "RUS")),
        ("Venezuela and Guyana agreed that neither country would use force.", ("AGREE", "VEN", "GUY")),
        ("Washington threw its support behind Manila.", ("SUPPORT", "USA", "PHL")),
        ("France recognized Palestine as a state on Monday.", ("SUPPORT", "FRA", "PSE")),
        ("Russia declared a unilateral truce with Ukraine for Easter.", ("CONCEDE", "RUS", "UKR")),
        ("Japan will provide the Philippines with patrol vessels.", ("AID", "JPN", "PHL")),
        ("Saudi Arabia pledged $500 million in aid to Yemen.", ("AID", "SAU", "YEM")),
        ("Warsaw will ask Minsk to hand over the suspects.", ("REQUEST", "POL", "BLR")),
        ("Ukraine sought more air defence systems from the United States.", ("REQUEST", "UKR", "USA")),
        ("China blasted Japan over the remarks.", ("ACCUSE", "CHN", "JPN")),
        ("China lashed out at Japan.", ("ACCUSE", "CHN", "JPN")),
        ("China described Japan's move as a provocation.", ("ACCUSE", "CHN", "JPN")),
        (
            "The International Criminal Court charged Russian officials with war crimes.",
            ("ACCUSE", "ICC", "RUS"),
        ),
        ("Russia spurned Ukraine's offer of talks.", ("REJECT", "RUS", "UKR")),
        ("Russia vowed a tough response to Poland.", ("THREATEN", "RUS", "POL")),
        ("Kenyan protesters took to the streets of Nairobi on Tuesday.", ("PROTEST", "KEN", "KEN")),
        ("Poland will close Russia's consulate in Gdansk.", ("SANCTION", "POL", "RUS")),
        ("Poland ordered the closure of the Russian consulate in Gdansk.", ("SANCTION", "POL", "RUS")),
        ("Russia said it would reduce Poland's diplomatic presence.", ("SANCTION", "RUS", "POL")),
        ("Washington halted aid to South Africa.", ("SANCTION", "USA", "ZAF")),
        ("Washington blacklisted 12 Russian companies.", ("SANCTION", "USA", "RUS")),
        ("Washington slapped tariffs on Chinese goods.", ("SANCTION", "USA", "CHN")),
        ("Serbia placed its troops on alert along the border with Kosovo.", ("MOBILIZE", "SRB", "XKX")),
        ("The United States sent an aircraft carrier to the region near Iran.", ("MOBILIZE", "USA", "IRN")),
        ("Russia jailed an American journalist for espionage.", ("COERCE", "RUS", "USA")),
        ("Russian missiles hit Kyiv overnight.", ("ASSAULT", "RUS", "UKR")),
        ("Russia pounded Ukrainian cities with missiles overnight.", ("ASSAULT", "RUS", "UKR")),
        ("Hamas fighters stormed Israeli border towns.", ("ASSAULT", "HAMAS", "ISR")),
    ],
)
def test_english_wire_vocabulary_of_each_type(text, expected):
    assert expected in pairs(" date 2025-03-04 " + text)


@pytest.mark.parametrize(
    "text",
    [
        "Britain pledged 50 million pounds to Ukraine on Monday.",
        "Storms battered the Philippines and Vietnam this week.",
        "US tariffs hit Chinese exporters hard.",
        "Hundreds of people jailed after protests in Iran were freed.",
        "Egypt has denied reports of a rift with Qatar.",
    ],
)
def test_english_wire_words_with_other_senses_are_not_those_acts(text):
    found = pairs(" date 2025-03-04 " + text)
    assert not {t for t, *_ in found} & {"ASSAULT", "COERCE", "REJECT", "ACCUSE"}


def test_a_missile_that_slammed_into_a_building_is_a_strike_not_a_criticism():
    found = pairs(" date 2025-03-04 A Russian missile slammed into a Ukrainian apartment block.")
    assert ("ASSAULT", "RUS", "UKR") in found
    assert ("ACCUSE", "RUS", "UKR") not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("India clashed with Pakistan.", ("IND", "PAK")),
        ("Indian troops exchanged fire on Monday with Chinese soldiers in Ladakh.", ("IND", "CHN")),
    ],
)
def test_a_mutual_fight_with_a_partner_is_two_assaults(text, pair):
    found = {e[:3] for e in events(" date 2025-03-04 " + text)}
    assert {("ASSAULT", pair[0], pair[1]), ("ASSAULT", pair[1], pair[0])} <= found


def test_readiness_to_work_with_a_partner_is_an_intent_to_cooperate_despite_the_copula():
    found = {e[:3] for e in events(" date 2025-03-04 Turkey said it was ready to work with Russia.")}
    assert ("AGREE", "TUR", "RUS") in found


def test_equipment_given_to_a_state_is_aid():
    found = {e[:3] for e in events(" date 2025-03-04 Japan gave the Philippines five patrol boats.")}
    assert ("AID", "JPN", "PHL") in found


def test_a_threat_whose_clause_restates_the_doer_targets_the_side_named_in_the_condition():
    found = events(
        " date 2025-03-04 Israel's defence minister warned that Israel would act with full force if Hezbollah "
        "was not disarmed by the end of the year."
    )
    assert ("THREATEN", "ISR", "HEZBOLLAH", "conditional") in {e[:4] for e in found}


def test_striking_a_tone_or_a_deal_is_no_attack():
    text = " date 2025-03-04 Venezuela and Guyana met on Monday. Maduro struck a conciliatory tone."
    assert not any(e[0] == "ASSAULT" for e in events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington imposed new tariffs on Indian steel. India called the measure unfair and unjustified.",
            ("ACCUSE", "IND", "USA"),
        ),
        (
            "The United States removed Cuba from Washington's list of state sponsors of terrorism. Cuba called the "
            "decision a step in the right direction.",
            ("SUPPORT", "CUB", "USA"),
        ),
        ("Israel reserved the right to resume fighting against Hamas.", ("THREATEN", "ISR", "HAMAS")),
    ],
)
def test_english_evaluations_of_an_earlier_act_and_reserved_rights(text, expected):
    assert expected in {e[:3] for e in events(" date 2025-03-04 " + text)}


def test_what_someone_called_a_provocation_is_the_object_of_the_condemnation_not_a_second_one():
    article = code_text(
        " date 2025-03-04 Guyana held drills with the United States on Monday, prompting Venezuela to denounce "
        "what it called a provocation."
    )
    records = [e for e in article.events if (e.type, e.source, e.target) == ("ACCUSE", "VEN", "GUY")]
    assert len(records) == 1


def test_an_act_someone_was_prompted_to_do_was_done():
    found = events(
        " date 2025-03-04 Guyana held drills with the United States on Monday, prompting Venezuela to denounce "
        "the exercises."
    )
    assert ("ACCUSE", "VEN", "GUY", "occurred") in {e[:4] for e in found}
    assert ("ACCUSE", "VEN", "GUY", "planned") not in {e[:4] for e in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel blockaded Gaza.", ("COERCE", "ISR", "PSE")),
        ("Russia annexed Crimea from Ukraine.", ("COERCE", "RUS", "UKR")),
        ("Israel eased the blockade of Gaza.", ("RETREAT", "ISR", "PSE")),
        ("Russia pulled out of the talks with Ukraine.", ("SANCTION", "RUS", "UKR")),
        ("The United States issued a stern warning to Iran.", ("THREATEN", "USA", "IRN")),
        ("Ukraine sought Washington's help.", ("REQUEST", "UKR", "USA")),
        ("China protested to Japan over the visit.", ("ACCUSE", "CHN", "JPN")),
        ("The IMF approved a $1.1 billion loan for Pakistan.", ("AID", "IMF", "PAK")),
        ("The IMF disbursed $1.1 billion to Pakistan.", ("AID", "IMF", "PAK")),
        ("Russia fired dozens of missiles at Ukraine.", ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_english_wire_vocabulary_of_blockades_talks_walkouts_and_loans(text, expected):
    assert expected in pairs(" date 2025-03-04 " + text)


def test_a_sanctions_package_approved_is_no_aid_and_an_asked_normalisation_is_not_done():
    found = pairs(" date 2025-03-04 The EU approved a new sanctions package against Russia.")
    assert ("SANCTION", "EU", "RUS") in found and not any(t == "AID" for t, *_ in found)
    found = pairs(
        " date 2025-03-04 Washington urged Syria to join the accords and normalise relations with Israel."
    )
    assert ("SUPPORT", "SYR", "ISR") not in found and ("SUPPORT", "USA", "ISR") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran launched a barrage of ballistic missiles at Israel.", ("ASSAULT", "IRN", "ISR")),
        ("Thousands of Serbians protested in Belgrade against the government.", ("PROTEST", "SRB", "SRB")),
        ("Israel announced the withdrawal of its troops from Gaza.", ("RETREAT", "ISR", "PSE")),
    ],
)
def test_english_barrages_protests_in_a_city_and_withdrawals_as_nouns(text, expected):
    assert expected in pairs(" date 2025-03-04 " + text)


def test_a_possessor_inside_the_last_coordinated_subject_does_not_break_the_coordination():
    found = {
        e[:3]
        for e in events(
            " date 2025-03-04 The United States and Yemen's Houthi rebels have agreed to stop attacking each other."
        )
    }
    assert {("CONCEDE", "USA", "HOUTHIS"), ("CONCEDE", "HOUTHIS", "USA")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "A Chinese spokeswoman told a regular briefing in Beijing that China would help Pakistan and Iran.",
        "India said a note verbale had been received from Bangladesh.",
    ],
)
def test_a_press_briefing_and_a_note_received_are_no_consultation(text):
    assert not any(t == "CONSULT" for t, *_ in pairs(" date 2025-03-04 " + text))


def test_attacks_a_speaker_raised_concerns_over_are_not_the_speakers_attacks():
    found = pairs(
        " date 2025-03-04 Indian diplomats visited Dhaka and raised concerns over attacks on Hindus in Bangladesh."
    )
    assert ("ASSAULT", "IND", "BGD") not in found


def test_attending_a_summit_is_consulting_its_organization():
    assert ("CONSULT", "TUR", "NATO") in pairs(
        " date 2025-03-04 Erdogan attended the NATO summit in Washington."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thailand and Cambodia accused each other of firing first.",
            {("ACCUSE", "THA", "KHM"), ("ACCUSE", "KHM", "THA")},
        ),
        (
            "Armenia and Azerbaijan traded accusations over the shelling.",
            {("ACCUSE", "ARM", "AZE"), ("ACCUSE", "AZE", "ARM")},
        ),
        (
            "Panama said it would not renew its membership of China's Belt and Road Initiative.",
            {("SANCTION", "PAN", "CHN")},
        ),
        ("Italy left China's Belt and Road Initiative.", {("SANCTION", "ITA", "CHN")}),
    ],
)
def test_mutual_accusations_and_leaving_an_initiative(text, expected):
    assert expected <= {e[:3] for e in events(" date 2025-03-04 " + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia ordered the expulsion of five Polish diplomats.", ("SANCTION", "RUS", "POL")),
        ("Russia expelled two American journalists.", ("COERCE", "RUS", "USA")),
        ("The United States restricted exports of chips to Russia.", ("SANCTION", "USA", "RUS")),
        ("Washington imposed export controls on Chinese chipmakers.", ("SANCTION", "USA", "CHN")),
        ("Russia breached the truce with Ukraine on Sunday.", ("ASSAULT", "RUS", "UKR")),
        ("Ukraine downed 40 Russian drones overnight.", ("ASSAULT", "UKR", "RUS")),
        ("Houthi rebels hijacked an American cargo ship.", ("ASSAULT", "HOUTHIS", "USA")),
        ("France reiterated its support for Ukraine.", ("SUPPORT", "FRA", "UKR")),
        ("France sided with Ukraine.", ("SUPPORT", "FRA", "UKR")),
        ("France castigated Russia over its nuclear threats.", ("ACCUSE", "FRA", "RUS")),
        ("France took Russia to task over its nuclear threats.", ("ACCUSE", "FRA", "RUS")),
        ("France handed Ukraine a new batch of Mirage jets.", ("AID", "FRA", "UKR")),
        ("Britain trained Ukrainian soldiers.", ("AID", "GBR", "UKR")),
        ("France sold Rafale jets to India.", ("COOPERATE", "FRA", "IND")),
    ],
)
def test_english_wire_vocabulary_of_expulsions_truce_breaches_rebukes_and_arms_sales(text, expected):
    assert expected in pairs(" date 2025-03-04 " + text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Russia trained its own soldiers near the border with Ukraine.", ("AID", "RUS", "UKR")),
        ("Iran executed two men convicted of spying for Israel.", ("ASSAULT", "IRN", "ISR")),
        ("Ukraine accused Russia of violating the ceasefire.", ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_own_forces_trained_and_a_foreign_link_of_the_executed_are_not_acts_on_that_state(text, absent):
    assert absent not in pairs(" date 2025-03-04 " + text)


@pytest.mark.parametrize(
    "text",
    ["Thousands of Ukrainian refugees headed to Poland.", "Syrian migrants travelled to Germany."],
)
def test_refugees_and_migrants_who_travel_somewhere_pay_no_visit(text):
    assert not any(t == "CONSULT" for t, *_ in pairs(" date 2025-03-04 " + text))


def test_an_official_who_travels_somewhere_still_visits():
    assert ("CONSULT", "SYR", "DEU") in pairs(
        " date 2025-03-04 Syria's foreign minister travelled to Germany."
    )


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-01-15 Egypt and Turkey restored diplomatic relations on Monday.",
        " date 2024-01-15 L'Égypte et la Turquie ont rétabli leurs relations diplomatiques lundi.",
        " date 2024-01-15 ANKARA (AA) - Mısır ve Türkiye diplomatik ilişkilerini yeniden başlattı.",
        " date 2024-01-15 ANKARA (AA) - Türkiye, Mısır ile diplomatik ilişkilerini yeniden başlattı.",
    ],
)
def test_restoring_relations_is_done_by_both_states(text):
    dyads = {(e.type, e.source, e.target) for e in code_text(text).events}
    assert {("SUPPORT", "EGY", "TUR"), ("SUPPORT", "TUR", "EGY")} <= dyads


@pytest.mark.parametrize(
    "text",
    [
        " date 2023-08-28 HARARE (Reuters) - Zimbabwe held elections. Police arrested 41 election monitors on Sunday"
        " after a raid on their offices in the capital.",
        " date 2023-08-28 HARARE (AFP) - Le Zimbabwe a voté. La police a arrêté 41 observateurs électoraux.",
    ],
)
def test_police_arresting_unnamed_monitors_is_a_domestic_act(text):
    assert ("COERCE", "ZWE", "ZWE") in {(e.type, e.source, e.target) for e in code_text(text).events}


@pytest.mark.parametrize(
    "text",
    [
        " date 2023-06-18 KAMPALA (Reuters) - Ugandan President Yoweri Museveni said on Sunday the attack on the"
        " school was carried out by ADF rebels. Museveni vowed that the ADF would pay for it.",
        " date 2023-06-18 KAMPALA (AFP) - Le président ougandais Yoweri Museveni a affirmé dimanche que l'attaque"
        " contre l'école avait été menée par les ADF. Museveni a promis que les ADF paieront cher ce crime.",
        " date 2023-06-18 KAMPALA (AA) - Uganda Cumhurbaşkanı Yoweri Museveni, okula yönelik saldırının ADF"
        " tarafından düzenlendiğini söyledi. Museveni, ADF'nin bu saldırının bedelini ağır ödeyeceğini belirtti.",
    ],
)
def test_a_promise_that_the_other_side_will_pay_is_a_threat_to_it(text):
    assert ("THREATEN", "UGA", "ADF") in {(e.type, e.source, e.target) for e in code_text(text).events}
