import pytest

from chancery.coding.dates import DateFinder, resolve
from chancery.doc import PartialDate

TUESDAY = PartialDate.parse("2026-01-27")


@pytest.mark.parametrize(
    ("lang", "text", "future", "expected"),
    [
        ("en", "Fidan on Tuesday said", False, "2026-01-27"),
        ("en", "he met Barrot on Monday", False, "2026-01-26"),
        ("en", "will visit Paris on Wednesday", True, "2026-01-28"),
        ("en", "said last month", False, "2025-12"),
        ("en", "talks last week", False, "2026-01"),
        ("en", "yesterday", False, "2026-01-26"),
        ("en", "on March 4, 2025", False, "2025-03-04"),
        ("en", "in July", False, "2025-07"),
        ("en", "in 2024", False, "2024"),
        ("fr", "mardi dernier", False, "2026-01-20"),
        ("fr", "jeudi prochain", True, "2026-01-29"),
        ("fr", "le 4 mars 2025", False, "2025-03-04"),
        ("fr", "la semaine dernière", False, "2026-01"),
        ("fr", "hier", False, "2026-01-26"),
        ("tr", "salı günü görüştü", False, "2026-01-27"),
        ("tr", "dün", False, "2026-01-26"),
        ("tr", "geçen ay", False, "2025-12"),
        ("tr", "4 Mart 2025'te", False, "2025-03-04"),
    ],
)
def test_date_phrases_resolve_against_publication(lang, text, future, expected):
    [phrase] = DateFinder(lang).find(text)
    assert str(resolve(phrase, TUESDAY, future)) == expected


def test_without_a_day_to_count_from_a_weekday_gives_the_month_or_nothing():
    [phrase] = DateFinder("en").find("on Tuesday")
    assert str(resolve(phrase, PartialDate.parse("2025-07"), False)) == "2025-07"
    assert resolve(phrase, None, False) is None


def test_english_modal_may_and_verb_march_are_not_dates():
    assert DateFinder("en").find("They may march on the capital.") == []
