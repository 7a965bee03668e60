import pytest

from chancery.nlp.langid import LanguageIdentifier


@pytest.fixture(scope="module")
def identifier():
    return LanguageIdentifier()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Foreign Minister Hakan Fidan on Tuesday said Türkiye and France recognize the scope for cooperation.",
            "en",
        ),
        (
            "French President Emmanuel Macron met Turkish President Recep Tayyip Erdoğan in Ankara on Monday.",
            "en",
        ),
        (
            "Le porte-parole de la présidence turque s'est entretenu au téléphone avec le conseiller britannique.",
            "fr",
        ),
        ("Erdoğan a reçu Macron à Ankara pour des entretiens.", "fr"),
        ("Dışişleri Bakanı Hakan Fidan, Fransız mevkidaşı Jean-Noël Barrot ile telefonda görüştü.", "tr"),
        ("Die Außenminister trafen sich am Montag in Berlin zu Gesprächen über die Ukraine.", "unknown"),
        ("El presidente del Gobierno español se reunió con el canciller alemán en Madrid.", "unknown"),
        ("2025 — 14:30", "unknown"),
    ],
)
def test_identify_supported_languages_or_unknown(identifier, text, lang):
    assert identifier.identify(text) == lang


@pytest.mark.parametrize(("hint", "lang"), [("fr", "fr"), ("FR-fr", "fr"), ("de", "en"), (None, "en")])
def test_identify_trusts_supported_hints_only(identifier, hint, lang):
    text = "The ministers discussed the war in Ukraine and the situation in Gaza during their meeting."
    assert identifier.identify(text, hint=hint) == lang
