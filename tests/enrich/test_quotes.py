"""Quotations and their speakers in en/fr/tr, through the real pipeline (invented sentences)."""

import pytest

from chancery import code_text


def quotes(text):
    return [(q.text, q.speaker_code) for q in code_text(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # speaker after, then a split quotation: the second half keeps the speaker
            " date 2025-03-04 Hakan Fidan met Antony Blinken. “We are ready,” Fidan said, “to act together.”",
            [("We are ready", "TUR"), ("to act together.", "TUR")],
        ),
        (  # a pronoun after the quotation stands for the last person named
            " date 2025-03-04 Antony Blinken arrived in Ankara. “This alliance is strong,” he said.",
            [("This alliance is strong", "USA")],
        ),
        (  # speaker before, with a colon; a straight-quoted quotation
            " date 2025-03-04 French President Emmanuel Macron told reporters in Paris on Monday after the summit: "
            '"Europe must defend itself."',
            [("Europe must defend itself.", "FRA")],
        ),
        (  # a partial quotation in reported speech belongs to the subject, not to the object
            " date 2025-03-04 NATO leaders met in Vilnius and declared that Ukraine's path was “irreversible.”",
            [("irreversible.", "NATO")],
        ),
        (  # the next quotation with no reporting clause of its own continues the speaker
            " date 2025-03-04 “We will not accept this,” Egyptian Foreign Minister Badr Abdelatty said. "
            "“This is a red line for the whole region.”",
            [("We will not accept this", "EGY"), ("This is a red line for the whole region.", "EGY")],
        ),
    ],
)
def test_english_speakers(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # inverted reporting clause with an abbreviated title
            " date 2025-03-04 « Nous sommes prêts à agir », a déclaré M. Macron lors d'un dîner.",
            [("Nous sommes prêts à agir", "FRA")],
        ),
        (  # any verb after the auxiliary of an inverted clause, an adverb between
            " date 2025-03-04 « La guerre continuera », a toutefois prévenu le Premier ministre israélien.",
            [("La guerre continuera", "ISR")],
        ),
        (  # the reporting clause inside the guillemets
            " date 2025-03-04 « Nous ne signerons pas, a prévenu le ministre azerbaïdjanais, un texte "
            "qui menace notre intégrité. »",
            [
                (
                    "Nous ne signerons pas, a prévenu le ministre azerbaïdjanais, un texte qui menace notre intégrité.",
                    "AZE",
                )
            ],
        ),
        (  # a communiqué quoted over two paragraphs with straight quotes, attributed at the end
            ' date 2025-03-04 La présidence turque a publié un communiqué.\n\n"Des inquiétudes ont été '
            'exprimées sur la guerre.\n\nLa voie de la diplomatie doit rester ouverte", peut-on lire dans le '
            "communiqué de la présidence turque.",
            [
                (
                    "Des inquiétudes ont été exprimées sur la guerre.\n\nLa voie de la diplomatie doit rester ouverte",
                    "TUR",
                )
            ],
        ),
    ],
)
def test_french_speakers(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject before the quotation, the verb after it, whatever the verb
            ' date 2025-03-04 Dışişleri Bakanı Hakan Fidan, "Bölgede kalıcı barış istiyoruz" dedi.',
            [("Bölgede kalıcı barış istiyoruz", "TUR")],
        ),
        (
            ' date 2025-03-04 İsrail Dışişleri Bakanı İsrail Katz, paylaşımında "Bu kabul edilemez" '
            "iddiasında bulundu.",
            [("Bu kabul edilemez", "ISR")],
        ),
    ],
)
def test_turkish_speakers(text, expected):
    assert quotes(text) == expected


def test_apostrophes_scare_quotes_and_offsets():
    text = (
        " date 2025-03-04 The talks in Ankara’s old quarter were long. The so-called “peace plan” was discussed. "
        "“Russia must withdraw its troops,” said Ukrainian Foreign Minister Andrii Sybiha."
    )
    article = code_text(text)
    assert [(q.text, q.speaker_code) for q in article.quotes] == [("Russia must withdraw its troops", "UKR")]
    (quote,) = article.quotes
    assert article.text[quote.start : quote.end] == quote.text
    assert quote.speaker == "Andrii Sybiha"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quoted phrase inside the narrative belongs to the sentence's subject
            " date 2025-03-04 Samedi, Washington a suspendu son partenariat avec Tbilissi, dénonçant un "
            "« recul démocratique » dans le pays.",
            [("recul démocratique", "USA")],
        ),
        (  # narrative after the quotation is no reporting clause: the subject before it speaks
            ' date 2025-03-04 Morocco regretted the "completely unjustified" decision and rejected the '
            "pretexts, officials in Rabat said on Tuesday.",
            [("completely unjustified", "MAR")],
        ),
        (  # a statement speaks for the last body named, not for the last person
            " date 2025-03-04 The African Union met in Addis Ababa with Kenyan President William Ruto. "
            "“We condemn the seizure of power by force,” the final communique said.",
            [("We condemn the seizure of power by force", "AU")],
        ),
    ],
)
def test_partial_quotes_and_institutions(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "told X": X is who hears it
            " date 2025-03-04 Polish Prime Minister Donald Tusk spoke in Warsaw on Tuesday. "
            '"The attack was planned in Moscow," he told parliament.',
            [("The attack was planned in Moscow", "POL")],
        ),
        (  # a name after the quotation inside more narrative is not the speaker
            ' date 2025-03-04 China\'s Taiwan Affairs Office said the drills were "a stern warning" of '
            "President Lai Ching-te, whom it accused of separatism.",
            [("a stern warning", "CHN")],
        ),
    ],
)
def test_narrative_around_quotes_is_not_attribution(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a participle before the speaker
            " date 2025-03-04 Dışişleri Bakanı Hakan Fidan Kahire'de konuştu. \"Mısır ile yeni bir sayfa "
            'açıyoruz" diyen Fidan, iki ülkenin daha yakın çalışacağını vurguladı.',
            [("Mısır ile yeni bir sayfa açıyoruz", "TUR")],
        ),
        (  # a statement named before the quotation speaks for the ministry named before
            " date 2025-03-04 Ticaret Bakanlığı, İsrail ile ticareti durdurdu. Bakanlıktan yapılan "
            'açıklamada, "Karar kararlılıkla uygulanacaktır" denildi.',
            [("Karar kararlılıkla uygulanacaktır", "TUR")],
        ),
    ],
)
def test_turkish_participles_and_statements(text, expected):
    assert quotes(text) == expected


def test_a_pronoun_is_the_previous_sentence_subject_not_its_object():
    text = (
        " date 2025-03-04 Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin "
        "on Monday. He called on Western partners to send air defence systems “without delay.”"
    )
    assert quotes(text) == [("without delay.", "UKR")]
