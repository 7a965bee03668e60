import pytest

from chancery.kb.matcher import Matcher
from chancery.nlp.morph import SuffixStripper


def texts(matcher, text):
    return [(text[m.start : m.end], m.values) for m in matcher.find(text)]


def test_longest_match_wins_and_matches_do_not_overlap():
    m = Matcher()
    m.add("Foreign Minister", "role")
    m.add("Foreign", "adj")
    m.add("Hakan Fidan", "person")
    assert texts(m, "Foreign Minister Hakan Fidan said") == [
        ("Foreign Minister", ("role",)),
        ("Hakan Fidan", ("person",)),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Erdogan and ERDOĞAN", ["Erdogan", "ERDOĞAN"]),
        ("Türkiye'nin ve Turkiye'ye", ["Türkiye", "Turkiye"]),
        ("le rôle de l'OTAN", ["OTAN"]),
    ],
)
def test_folding_suffixes_and_elision(text, found):
    m = Matcher()
    for alias in ("Erdoğan", "Türkiye", "OTAN"):
        m.add(alias, alias)
    assert [t for t, _ in texts(m, text)] == found


def test_case_rules_for_acronyms_and_capitalised_names():
    m = Matcher()
    m.add("US", "USA")
    m.add("Mali", "MLI")
    m.add("turc", "TUR")
    assert texts(m, "the US told us") == [("US", ("USA",))]
    assert texts(m, "mali destek ve Mali") == [("Mali", ("MLI",))]
    assert texts(m, "Turc et turc") == [("Turc", ("TUR",)), ("turc", ("TUR",))]


def test_skippable_token_inside_a_title_is_reported():
    m = Matcher(skippable={"turc"}.__contains__)
    m.add("ministre des Affaires étrangères", "FM")
    text = "le ministre turc des Affaires étrangères"
    [match] = m.find(text)
    assert text[match.start : match.end] == "ministre turc des Affaires étrangères"
    assert [text[s:e] for s, e in match.skipped] == ["turc"]
    assert list(m.find("le ministre turc")) == []  # a skip never ends a match


def test_turkish_suffix_forms():
    m = Matcher(forms=SuffixStripper("tr"))
    m.add("Dışişleri Bakanlığı", "MFA")
    m.add("ordu", "army")
    found = [(t, v) for t, v in texts(m, "Dışişleri Bakanlığının açıklaması ve ordusunun")]
    assert found == [("Dışişleri Bakanlığının", ("MFA",)), ("ordusunun", ("army",))]
    assert texts(m, "Ordular") == [] or texts(m, "Ordular")[0][0] == "Ordular"
