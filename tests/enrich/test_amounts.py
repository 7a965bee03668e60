"""Money amounts in en/fr/tr, through the real pipeline (invented sentences)."""

import pytest

from chancery import code_text


def amounts(text):
    return [(a.value, a.unit) for a in code_text(text).amounts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bilateral trade reached $22.5 billion last year, the ministry said.", [(22.5e9, "USD")]),
        (
            "Trade between the two countries stood at 23 billion euros ($27.41 billion) in 2024.",
            [(23e9, "EUR"), (27.41e9, "USD")],
        ),
        ("Exports rose to TL 269.88 billion, the agency said.", [(269.88e9, "TRY")]),
        ("The fund approved a $1 billion tranche and €4.5bn in loans.", [(1e9, "USD"), (4.5e9, "EUR")]),
        (
            "Congress passed a 95 million dollars package and a 1,500 dollars grant.",
            [(95e6, "USD"), (1500, "USD")],
        ),
        (
            "Le pays recevra 30 milliards de dollars et 1,5 milliard d'euros d'aide.",
            [(30e9, "USD"), (1.5e9, "EUR")],
        ),
        ("Le budget atteint 10 000 euros ; la dette, 2 billions d'euros.", [(1e4, "EUR"), (2e12, "EUR")]),
        ("Paris a signé un contrat de 500 M€ et promis 1,2 Md€ à Kiev.", [(5e8, "EUR"), (1.2e9, "EUR")]),
        ("Le dollar s'échange à plus d'un million de rials à Téhéran, selon l'Iran.", [(1e6, "IRR")]),
        (
            "İhracat 2024 yılında 269,88 milyar TL ve 7,1 milyar dolar oldu.",
            [(269.88e9, "TRY"), (7.1e9, "USD")],
        ),
        ("Bakan, 5 milyon dolarlık yardımın 1.500 avroluk kısmını açıkladı.", [(5e6, "USD"), (1500, "EUR")]),
        # Turkish case and possessive suffixes on the currency: genitive, comitative, accusative, possessive.
        (
            "Bütçe 300 milyar doların altında kaldı, açık 12,5 milyar dolarla kapandı.",
            [(300e9, "USD"), (12.5e9, "USD")],
        ),
        (
            "Hükümet 2,4 trilyon lirayı aşan bütçenin 800 milyon lirasını savunmaya ayırdı.",
            [(2.4e12, "TRY"), (8e8, "TRY")],
        ),
        ("Şirket 250.000 dolar ceza ödedi; hibe 3 milyar TL'yi buldu.", [(250000, "USD"), (3e9, "TRY")]),
        (
            "Fonun 4,2 milyar dolarını ihracat, 900 milyon lirasıyla yatırım oluşturdu.",
            [(4.2e9, "USD"), (9e8, "TRY")],
        ),
    ],
)
def test_money_in_the_forms_news_writes_it(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The runway is 5 m wide and the team won 5 games.",  # a glued-only scale with a space; "won" the verb
        "He said the tl abbreviation was 5 letters long.",  # a code in lower case is a word
        "Somalia sent 5 Somali diplomats, Kenya said.",
        "Ankara'da 5 Somali diplomat görüştü.",  # Turkish: "som" + "ali" is not a suffix
    ],
)
def test_no_amount_in_ordinary_words(text):
    assert amounts(text) == []


def test_rupees_and_pesos_are_the_currency_of_the_state_in_the_story():
    nepal = code_text(
        "Nepal said floods caused 12 billion rupees in damage, Nepali officials said in Kathmandu."
    )
    assert [(a.value, a.unit) for a in nepal.amounts] == [(12e9, "NPR")]
    india = code_text("India approved 3 billion rupees for the project.")
    assert [a.unit for a in india.amounts] == ["INR"]
    manila = code_text("The Philippines will spend 35 billion pesos on its coast guard, Manila said.")
    assert [a.unit for a in manila.amounts] == ["PHP"]


def test_about_and_year_from_the_same_sentence():
    article = code_text(" date 2025-03-04 Defence exports reached $7.1 billion in 2024, the minister said.")
    (amount,) = article.amounts
    assert (amount.text, amount.about, amount.year) == ("$7.1 billion", "Defence exports", 2024)
    assert article.text[amount.start : amount.end] == amount.text
    tr = code_text(" date 2025-03-04 Ticaret hacmi 2023'te 21 milyar dolara ulaştı.").amounts
    assert [(a.value, a.about, a.year) for a in tr] == [(21e9, "Ticaret hacmi", 2023)]
