"""Find date phrases in a sentence and resolve them against the publication date (EVENTS.md §5).

Finding is by rule, from each language's word lists (``lexicons/<lang>/dates.tsv``):
weekdays ("on Tuesday", "mardi", "salı günü"), relative days, weeks, months and
years ("yesterday", "la semaine dernière", "geçen ay"), calendar dates ("March 4",
"4 mars 2025", "4 Mart'ta") and bare years ("in 2024"). Resolution follows the
contract: a past weekday is the latest such day on or before publication, a
future one the next; "last week" and "last month" give a month; without a
publication date to anchor it a relative phrase gives ``None``. Never a day the
text does not support.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from importlib import resources

from chancery.doc import PartialDate
from chancery.kb.loader import read_tsv
from chancery.nlp.text import fold


@dataclass(frozen=True, slots=True)
class DatePhrase:
    start: int
    end: int
    kind: str  # date, month, year, weekday, relative_day, relative_week, relative_month, relative_year
    value: int  # weekday index, month number, year, or relative offset
    day: int | None = None
    year: int | None = None
    direction: int = 0  # -1 past marker ("last Tuesday"), +1 future marker ("next Tuesday"), 0 none


@dataclass
class DateFinder:
    lang: str
    _words: dict[str, dict[str, int]] = field(default_factory=dict, init=False, repr=False)
    _patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        path = resources.files("chancery.coding") / "lexicons" / self.lang / "dates.tsv"
        for kind, words, value in read_tsv(path, 3):
            for word in words.split("|"):
                self._words.setdefault(kind, {})[fold(word)] = int(value) if value else 0
        self._patterns = self._compile()

    def _alternation(self, kind: str) -> str:
        words = sorted(self._words.get(kind, {}), key=len, reverse=True)
        return "|".join(re.escape(w) for w in words) or "(?!)"

    def alternation(self, *kinds: str) -> str:
        """A regex alternation of the folded words of ``kinds`` (longest first), for other patterns to embed."""
        return "|".join(f"(?:{self._alternation(kind)})" for kind in kinds)

    def _compile(self) -> list[tuple[str, re.Pattern[str]]]:
        month, weekday = self._alternation("month"), self._alternation("weekday")
        past, future = self._alternation("past_marker"), self._alternation("future_marker")
        year = r"(?P<year>(?:19|20)\d\d)"
        day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
        patterns = [
            ("date", rf"\b(?P<month>{month})\.?\s+{day}\b(?:,?\s+{year})?"),  # March 4, 2025
            ("date", rf"\b{day}\s+(?:of\s+)?(?P<month>{month})\b\.?(?:\s+{year})?"),  # 4 mars 2025, 4 Mart
            ("month", rf"\b(?P<month>{month})\b(?:\s+{year})?"),  # in March 2025, fin novembre
            (
                "year",
                rf"(?:\b(?:in|en|since|depuis)\s+|\b(?=(?:19|20)\d\d\s*['’]?\s*(?:te|ta|de|da|yilinda)\b)){year}\b",
            ),
        ]
        for kind in ("relative_day", "relative_week", "relative_month", "relative_year"):
            patterns.append((kind, rf"\b(?P<rel>{self._alternation(kind)})\b"))
        patterns.append(
            (
                "weekday",
                rf"\b(?:(?P<before>{past}|{future})\s+)?(?P<weekday>{weekday})\b(?:\s+(?P<after>{past}|{future}))?",
            )
        )
        return [(kind, re.compile(p)) for kind, p in patterns]

    def find(self, text: str) -> list[DatePhrase]:
        """Non-overlapping date phrases in ``text``, first patterns first (calendar dates win)."""
        folded = fold(text)
        found: list[DatePhrase] = []
        taken: list[tuple[int, int]] = []
        for kind, pattern in self._patterns:
            for m in pattern.finditer(folded):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                phrase = self._phrase(kind, m)
                if phrase is not None and self._cased(text, kind, m):
                    found.append(phrase)
                    taken.append((m.start(), m.end()))
        return sorted(found, key=lambda p: p.start)

    def _cased(self, text: str, kind: str, m: re.Match[str]) -> bool:
        """English writes months and weekdays with a capital: "may" and "march" are verbs."""
        if self.lang != "en" or kind not in ("date", "month", "weekday"):
            return True
        name = m.start("month") if kind in ("date", "month") else m.start("weekday")
        return text[name].isupper()

    def _phrase(self, kind: str, m: re.Match[str]) -> DatePhrase | None:
        groups = m.groupdict()
        year = int(groups["year"]) if groups.get("year") else None
        if kind in ("date", "month"):
            month = self._words["month"][groups["month"]]
            if kind == "date":
                day = int(groups["day"])
                if not 1 <= day <= 31:
                    return None
                return DatePhrase(m.start(), m.end(), "date", month, day=day, year=year)
            return DatePhrase(m.start(), m.end(), "month", month, year=year)
        if kind == "year":
            return DatePhrase(m.start(), m.end(), "year", year or 0, year=year)
        if kind == "weekday":
            marker = groups.get("before") or groups.get("after")
            direction = -1 if marker in self._words.get("past_marker", {}) else 1 if marker else 0
            return DatePhrase(
                m.start(), m.end(), "weekday", self._words["weekday"][groups["weekday"]], direction=direction
            )
        return DatePhrase(m.start(), m.end(), kind, self._words[kind][groups["rel"]])


def resolve(phrase: DatePhrase, published: PartialDate | None, future: bool) -> PartialDate | None:
    """The date a phrase stands for, at the precision the text and the publication date allow."""
    if phrase.kind in ("date", "month", "year") and phrase.year is not None:
        if phrase.kind == "year":
            return PartialDate(phrase.year)
        return _safe(phrase.year, phrase.value, phrase.day)
    if published is None:
        return None
    if phrase.kind in ("date", "month"):
        year = published.year
        if published.month is not None:  # "in March" said in January is last March, unless it is ahead
            if not future and phrase.value > published.month:
                year -= 1
            elif future and phrase.value < published.month:
                year += 1
        return _safe(year, phrase.value, phrase.day)
    if phrase.kind == "relative_year":
        return PartialDate(published.year + phrase.value)
    if published.month is None:
        return PartialDate(published.year) if phrase.kind != "relative_day" else None
    if phrase.kind == "relative_month":
        index = published.year * 12 + published.month - 1 + phrase.value
        return PartialDate(index // 12, index % 12 + 1)
    if published.day is None:
        return PartialDate(published.year, published.month)  # no day to count from: the month at most
    anchor = published.to_date()
    if phrase.kind == "relative_day":
        return PartialDate.from_date(anchor + dt.timedelta(days=phrase.value))
    if phrase.kind == "relative_week":
        moved = anchor + dt.timedelta(days=7 * phrase.value)
        return PartialDate(moved.year, moved.month)
    # A weekday: the latest on or before publication when past, the next on or after when future.
    going_forward = phrase.direction > 0 or (phrase.direction == 0 and future)
    delta = (
        (phrase.value - anchor.weekday()) % 7 if going_forward else -((anchor.weekday() - phrase.value) % 7)
    )
    if phrase.direction < 0 and delta == 0:
        delta = -7  # "last Tuesday" said on a Tuesday
    return PartialDate.from_date(anchor + dt.timedelta(days=delta))


def _safe(year: int, month: int, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None
