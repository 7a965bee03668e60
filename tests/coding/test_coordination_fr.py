"""A mutual act's partner named with "avec" (cues.tsv mutual_partner), fighting told with a verb, and a
request coordinated by "et" with its auxiliary left out. Made-up texts."""

import pytest

from tests.coding._made_up import pairs


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La Turquie a signé un accord sur la migration avec la Grèce.", "fr", ("SUPPORT", "TUR", "GRC")),
        ("Le ministre turc a signé un accord avec Athènes.", "fr", ("SUPPORT", "TUR", "GRC")),
        ("L'armée indienne s'est affrontée avec les forces pakistanaises.", "fr", ("ASSAULT", "IND", "PAK")),
        (
            "Les forces indiennes ont échangé des tirs avec l'armée pakistanaise.",
            "fr",
            ("ASSAULT", "IND", "PAK"),
        ),
        ("Turkey signed an agreement on migration with Greece.", "en", ("SUPPORT", "TUR", "GRC")),
    ],
)
def test_a_mutual_act_with_a_partner_gives_both_directions(text, lang, expected):
    type_, a, b = expected
    assert {(type_, a, b), (type_, b, a)} <= pairs(text, lang)


def test_a_signature_with_nobody_named_as_partner_gives_nothing():
    assert not pairs("La Turquie a signé un accord sur la migration.", "fr")


def test_a_request_coordinated_without_its_auxiliary():
    found = pairs("L'Allemagne a condamné l'attaque et appelé Moscou à retirer ses troupes.", "fr")
    assert ("REQUEST", "DEU", "RUS") in found
