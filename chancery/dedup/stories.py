"""Group events from different documents into stories: one real-world event, many reports.

Two events belong to one story when they have

- the same PLOVER type and the same status (a planned visit and the visit that
  happened are two stories, as they are two records within one document);
- the same dyad: unordered for the symmetric types (AGREE, CONSULT,
  COOPERATE), source → target for the others;
- compatible dates: at day precision within ``DAY_WINDOW`` days when both
  dates come from the events' own date phrases, within ``UNDATED_WINDOW`` days
  when one was only taken from the publication date (the act happened on or
  before it, and republished copies move it); otherwise equal at the coarser
  precision (2025-07 and 2025-07-14 agree). An event without a date is placed
  by its document's publication date, in the same loose way;
- compatible places when both are known (the state of the place, so
  "Brussels", "Bruxelles" and "Brüksel" agree);
- and the story holds no event of the same document yet: within a document
  distinct records are distinct acts (EVENTS.md §6).

An event joins the compatible story whose anchor date is closest (ties: the
smaller story id), else founds a new story. A story's anchor (date, place) is
its founding event's and never moves, so stories cannot drift day by day
through a chain of daily reports. Deterministic: the same events in the same
order give the same stories, whatever the batch boundaries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from chancery.coding.ontology import SYMMETRIC
from chancery.doc import PartialDate, Precision

DAY_WINDOW = 1
UNDATED_WINDOW = 2

StoryKey = tuple[str, str, str, str]  # type, source, target, status


def story_key(type_: str, source: str, target: str, status: str) -> StoryKey:
    if type_ in SYMMETRIC and target < source:
        source, target = target, source
    return type_, source, target, status or "occurred"


@dataclass(frozen=True, slots=True)
class Report:
    """One stored event as the grouping sees it."""

    event_id: str
    content_hash: str
    type: str
    source: str
    target: str
    status: str
    date: PartialDate | None
    dated: bool  # the date comes from the event's own phrase
    place: str | None  # a comparable place key (state code of the place, or folded text)
    published: PartialDate | None
    # Derived at construction, where the batch is coded (an engine's worker), so the single writer
    # that assigns every event to its story does not compute them again.
    key: StoryKey = field(init=False)
    day: int = field(init=False)  # the first day of the date compared (``when``), as an ordinal; 0: none

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", story_key(self.type, self.source, self.target, self.status))
        object.__setattr__(self, "day", _ordinal(self.when[0]))

    def __reduce__(self) -> tuple[Callable[..., Report], tuple[object, ...]]:
        # Pickled as its values in order, derived ones included, and restored without recomputing
        # them (see PartialDate.__reduce__): engines send thousands per shard.
        return _restore_report, tuple(getattr(self, name) for name in self.__slots__)

    @property
    def when(self) -> tuple[PartialDate | None, bool]:
        """The date to compare, and whether it is the event's own (exact) date."""
        if self.date is not None:
            return self.date, self.dated
        return self.published, False


def _restore_report(*values: object) -> Report:
    report = object.__new__(Report)
    for name, value in zip(Report.__slots__, values, strict=True):
        object.__setattr__(report, name, value)
    return report


@dataclass(slots=True)
class Story:
    story_id: str
    key: StoryKey
    date: PartialDate | None
    exact: bool
    place: str | None
    docs: set[str] = field(default_factory=set)  # content hashes of the documents in it
    new: bool = False  # founded in this batch (to be written)
    day: int = -1  # the anchor's first day as an ordinal (0: undated); -1: work it out from ``date``

    def __post_init__(self) -> None:
        if self.day < 0:
            self.day = _ordinal(self.date)


def _ordinal(date: PartialDate | None) -> int:
    return date.to_date().toordinal() if date is not None else 0


def dates_compatible(a: PartialDate | None, a_exact: bool, b: PartialDate | None, b_exact: bool) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a.precision == Precision.DAY and b.precision == Precision.DAY:
        window = DAY_WINDOW if a_exact and b_exact else UNDATED_WINDOW
        return abs((a.to_date() - b.to_date()).days) <= window
    coarse = min(len(str(a)), len(str(b)))
    return str(a)[:coarse] == str(b)[:coarse]


# Where an anchor is filed: its exact slot (a day's ordinal, a month, a year, or undated), tagged so that
# slots of different precisions never collide.
Slot = tuple[object, ...]


def _slot(date: PartialDate | None) -> Slot:
    if date is None:
        return ("none",)
    if date.month is None:
        return ("y", date.year)
    if date.day is None:
        return ("m", date.year, date.month)
    return ("d", _ordinal(date))


class StoryIndex:
    """The stories an event may join, by key and anchor date; assigns events one at a time.

    Only stories whose anchor can agree with the event's date are looked at (the days around it,
    its month, its year), so a dyad reported every day for years costs no more than a rare one.
    Anchors are filed under plain tuples of ints (a day as its ordinal), not dates: the writer
    assigns every stored event through here, and hashing dates was most of its cost.
    """

    def __init__(self, stories: Iterable[Story] = ()) -> None:
        self._all: list[Story] = []
        self._at: dict[tuple[StoryKey, Slot], list[Story]] = defaultdict(list)  # by exact anchor
        self._in_month: dict[tuple[StoryKey, int, int], list[Story]] = defaultdict(
            list
        )  # day or month anchors
        self._in_year: dict[tuple[StoryKey, int], list[Story]] = defaultdict(list)  # any dated anchor
        for story in stories:
            self._add(story)

    def _add(self, story: Story) -> None:
        self._all.append(story)
        self._at[(story.key, _slot(story.date))].append(story)
        if story.date is not None:
            self._in_year[(story.key, story.date.year)].append(story)
            if story.date.month is not None:
                self._in_month[(story.key, story.date.year, story.date.month)].append(story)

    def _nearby(self, key: StoryKey, date: PartialDate | None, day: int) -> list[Story]:
        """Every story whose anchor :func:`dates_compatible` may accept for ``date`` (a superset)."""
        if date is None:
            return self._at.get((key, ("none",)), [])
        if date.month is None:
            return self._in_year.get((key, date.year), [])
        out = list(self._at.get((key, ("y", date.year)), []))
        if date.day is None:
            return out + self._in_month.get((key, date.year, date.month), [])
        out += self._at.get((key, ("m", date.year, date.month)), [])
        for near in range(day - UNDATED_WINDOW, day + UNDATED_WINDOW + 1):
            out += self._at.get((key, ("d", near)), [])
        return out

    def compatible(self, story: Story, report: Report) -> bool:
        date, exact = report.when
        if report.content_hash in story.docs:
            return False
        if story.place and report.place and story.place != report.place:
            return False
        return dates_compatible(story.date, story.exact, date, exact)

    def assign(self, report: Report) -> Story:
        """The story ``report`` joins (founded for it if none fits)."""
        date, exact = report.when
        fits = [s for s in self._nearby(report.key, date, report.day) if self.compatible(s, report)]
        if fits:
            day = report.day
            # the closest anchor (days between first days; undated counts as 0), then the smaller id
            story = min(fits, key=lambda s: (abs(s.day - day) if s.day and day else 0, s.story_id))
        else:
            story = Story(
                "s" + report.event_id, report.key, date, exact, report.place, new=True, day=report.day
            )
            self._add(story)
        story.docs.add(report.content_hash)
        return story

    def new_stories(self) -> list[Story]:
        return sorted((s for s in self._all if s.new), key=lambda s: s.story_id)
