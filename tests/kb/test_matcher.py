import pytest

from chancery.kb.matcher import Matcher
from chancery.nlp.morph import inflectional_endings


def texts(matcher, text):
    return [(text[m.start : m.end], m.values) for m in matcher.find(text)]


def test_longest_match_wins_and_matches_do_not_overlap():
    m = Matcher()
    m.add("Foreign Minister", "role")
    m.add("Foreign", "adj")
    m.add("Hakan Fidan", "person")
    m.add("Fidan", "surname")
    assert texts(m, "Foreign Minister Hakan Fidan said") == [
        ("Foreign Minister", ("role",)),
        ("Hakan Fidan", ("person",)),
    ]


def test_matches_sit_on_word_boundaries():
    m = Matcher()
    m.add("US", "USA")
    m.add("Iran", "IRN")
    assert texts(m, "TRUST in USA, Iranian and Iran") == [("Iran", ("IRN",))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Erdogan and ERDOĞAN", ["Erdogan", "ERDOĞAN"]),
        ("Türkiye'nin ve Turkiye'ye", ["Türkiye", "Turkiye"]),
        ("le rôle de l'OTAN", ["OTAN"]),
        ("Jean-Noel Barrot et Jean Noël Barrot", ["Jean-Noel Barrot", "Jean Noël Barrot"]),
    ],
)
def test_folding_suffixes_hyphens_and_elision(text, found):
    m = Matcher()
    for alias in ("Erdoğan", "Türkiye", "OTAN", "Jean-Noël Barrot"):
        m.add(alias, alias)
    assert [t for t, _ in texts(m, text)] == found


def test_case_rules_for_acronyms_and_capitalised_names():
    m = Matcher()
    m.add("US", "USA")
    m.add("Mali", "MLI")
    m.add("turc", "TUR")
    m.add("Al-Qaïda", "AL_QAEDA")
    assert texts(m, "the US told us") == [("US", ("USA",))]
    assert texts(m, "mali destek ve Mali") == [("Mali", ("MLI",))]
    assert texts(m, "Turc et turc") == [("Turc", ("TUR",)), ("turc", ("TUR",))]
    assert texts(m, "les affiliés d'al-Qaïda") == [("al-Qaïda", ("AL_QAEDA",))]


def test_skippable_token_inside_a_title_is_reported():
    m = Matcher(skippable={"turc"}.__contains__)
    m.add("ministre", "minister")
    m.add("ministre des Affaires étrangères", "FM")
    text = "le ministre turc des Affaires étrangères"
    [match] = m.find(text)
    assert text[match.start : match.end] == "ministre turc des Affaires étrangères"
    assert match.values == ("FM",)
    assert [text[s:e] for s, e in match.skipped] == ["turc"]
    assert [text[x.start : x.end] for x in m.find("le ministre turc")] == [
        "ministre"
    ]  # a skip never ends a match


def test_turkish_inflected_forms():
    m = Matcher(inflections=inflectional_endings("tr"))
    m.add("Dışişleri Bakanlığı", "MFA", inflect=True)
    m.add("ordu", "army", inflect=True)
    m.add("Ankara", "TUR")
    found = texts(m, "Dışişleri Bakanlığının açıklaması ve ordusunun, Ankaralı")
    assert found == [("Dışişleri Bakanlığının", ("MFA",)), ("ordusunun", ("army",))]


def test_values_of_one_surface_come_in_rank_order_after_the_case_test():
    m = Matcher(rank=lambda value: {"person": 0, "state": 1, "word": 2}[value])
    m.add("mali", "word")  # any case
    m.add("Mali", "state")  # capitalised only
    m.add("Mali", "person")
    assert texts(m, "Mali") == [("Mali", ("person", "state", "word"))]
    assert texts(m, "mali") == [("mali", ("word",))]


def test_a_key_with_only_case_free_values_needs_no_case_test():
    m = Matcher()
    m.add("talks", "noun")
    assert texts(m, "TALKS and Talks and talks") == [
        ("TALKS", ("noun",)),
        ("Talks", ("noun",)),
        ("talks", ("noun",)),
    ]


def test_one_reading_under_two_case_rules_is_kept_once_with_the_most_permissive_rule():
    m = Matcher(identity=lambda value: value[0])
    m.add("Afghan", ("AFG", "capitalised"))
    m.add("afghan", ("AFG", "lower"))
    m.add("Afghan", ("PERSON", "surname"))
    found = m.find("AFGHAN and afghan")
    assert [len(x.values) for x in found] == [2, 1]
    assert found[1].values == (("AFG", "lower"),)
