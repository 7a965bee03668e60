import datetime as dt

import pytest

from chancery.doc import Article, PartialDate, Precision, Span


@pytest.mark.parametrize(
    ("text", "precision", "first_day"),
    [
        ("2026-01-27", Precision.DAY, dt.date(2026, 1, 27)),
        ("2025-07", Precision.MONTH, dt.date(2025, 7, 1)),
        ("2024", Precision.YEAR, dt.date(2024, 1, 1)),
    ],
)
def test_partial_date_parse_keeps_precision(text, precision, first_day):
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert date.to_date() == first_day
    assert str(date) == text


@pytest.mark.parametrize("text", ["2025-13", "2025-02-30", "25-07", "2025/07/01", "July 2025", ""])
def test_partial_date_rejects_invalid(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_partial_date_orders_chronologically():
    assert PartialDate.parse("2025-07") < PartialDate.parse("2025-07-14") < PartialDate.parse("2025-08")


def test_article_sentence_index_finds_containing_sentence():
    article = Article("d", "One. Two. Three.", sentences=[Span(0, 4), Span(5, 9), Span(10, 16)])
    assert [article.sentence_index(i) for i in (0, 3, 6, 12)] == [0, 0, 1, 2]
    assert article.sentence_text(1) == "Two."


def test_partial_dates_and_story_reports_survive_pickling_as_their_fields():
    import pickle

    from chancery.dedup.stories import Report

    for date in (PartialDate(2025), PartialDate(2025, 7), PartialDate(2025, 7, 14)):
        assert pickle.loads(pickle.dumps(date)) == date
    report = Report("e1", "h", "ACCUSE", "FRA", "RUS", "occurred", PartialDate(2025, 7, 14), True, None, None)
    assert pickle.loads(pickle.dumps(report)) == report
