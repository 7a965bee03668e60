"""The document model every stage shares.

An :class:`Article` owns the text. Sentences, mentions, events, quotes and
amounts are views into it by character offsets, so evidence is always the exact
text of the article and never a copy that can drift from it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import total_ordering


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@total_ordering
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to year, month or day precision (``2025``, ``2025-07``, ``2025-07-14``).

    Ordering puts a coarser date before the finer dates it contains (2025-07 < 2025-07-14).
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # Validates month and day ranges, leap years included.
        dt.date(self.year, self.month or 1, self.day or 1)

    def __reduce__(self) -> tuple[type[PartialDate], tuple[int, int | None, int | None]]:
        # Pickled as its three fields: a slots dataclass's default state calls dataclasses.fields() per
        # object, which made unpickling an engine's coded shards a visible part of the writer's time.
        return PartialDate, (self.year, self.month, self.day)

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        m = _PARTIAL_DATE.match(value.strip())
        if not m:
            raise ValueError(f"not an ISO partial date: {value!r}")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

    @classmethod
    def from_date(cls, d: dt.date) -> PartialDate:
        return cls(d.year, d.month, d.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def to_date(self) -> dt.date:
        """The first day the partial date covers (for range queries)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of the article text."""

    start: int
    end: int


@dataclass(slots=True)
class Mention:
    """A resolved reference to an actor or a place."""

    start: int
    end: int
    text: str
    code: str
    sector: str | None = None
    kind: str = "actor"  # "actor", "place", or "group" (several actors: see members)
    entry: str | None = None  # the knowledge-base entry it matched
    reason: str = ""
    role: str | None = None  # role key when known (foreign_minister, ...)
    members: tuple[str, ...] = ()  # for a group mention: the codes it stands for


@dataclass(slots=True)
class Place:
    """A place the article names, resolved to a country and, for cities and regions, a point."""

    start: int
    end: int
    text: str
    country: str  # ISO 3166-1 alpha-3
    kind: str  # "city", "region" or "country"
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None  # GeoNames id of the city or country (regions have none)
    name: str | None = None  # the gazetteer's name for it
    reason: str = ""


@dataclass(slots=True)
class Count:
    """People killed, injured, displaced or arrested, as the text counts them ("at least 12 people were killed")."""

    value: int
    kind: str  # "killed", "injured", "displaced" or "arrested"
    text: str
    start: int
    end: int
    approximate: bool = False  # "dozens", "hundreds", "about 40": the value is an order of magnitude


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: int
    start: int
    end: int


@dataclass(slots=True)
class Event:
    """One real-world event with every sentence that reports it (EVENTS.md §2)."""

    type: str
    source: str
    target: str
    mode: str | None = None
    source_actor: str | None = None
    target_actor: str | None = None
    source_sector: str | None = None
    target_sector: str | None = None
    date: PartialDate | None = None
    status: str = "occurred"
    location: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    evidence: list[Evidence] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    rule: str | None = None  # which lexicon entry or pattern produced it (provenance)
    dated: bool = False  # the date comes from the event's own date phrase, not from the publication date
    place: Place | None = None  # ``location`` resolved (the places stage); not part of the JSON contract


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_code: str | None = None


@dataclass(slots=True)
class Amount:
    value: float
    unit: str
    text: str
    start: int
    end: int
    about: str | None = None
    year: int | None = None


@dataclass(slots=True)
class Article:
    """A document and everything the pipeline learns about it."""

    doc_id: str
    text: str
    lang: str | None = None
    published: PartialDate | None = None
    source: str | None = None  # where it was read from (path, path:line)
    url: str | None = None
    title: str | None = None
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)  # PLOVER contexts of the whole document

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start : s.end]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return max(0, min(lo, len(self.sentences) - 1))
