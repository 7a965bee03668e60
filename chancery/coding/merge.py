"""One record per real-world event within a document (EVENTS.md §6), shared by every coder."""

from __future__ import annotations

from chancery.coding.ontology import SYMMETRIC
from chancery.doc import Event


def merge_event(events: dict[tuple[str, ...], Event], event: Event) -> None:
    """One record per (type, dyad) in a document, with every sentence that reports it. A planned act and
    one that happened are distinct acts (a visit announced, a meeting held), so they stay apart."""
    a, b = event.source, event.target
    dyad = tuple(sorted((a, b))) if event.type in SYMMETRIC else (a, b)
    key = (event.type, *dyad, "planned" if event.status == "planned" else "")
    known = events.get(key)
    if known is not None and _other_day(known, event):
        # "strikes on Wednesday … fire on Thursday": acts the text dates to different days are distinct
        # records (EVENTS.md §6); a report with the day of one of them joins that one.
        same_day = [k for k, e in events.items() if k[: len(key)] == key and e.date == event.date]
        key = same_day[0] if same_day else (*key, str(event.date))
        known = events.get(key)
    if known is None:
        events[key] = event
        return
    for evidence in event.evidence:
        if evidence not in known.evidence:
            known.evidence.append(evidence)
    known.date = known.date or event.date
    known.location = known.location or event.location
    known.mode = known.mode or event.mode
    if event.dated and not known.dated:  # an undated report takes the day a later report gives
        known.date, known.dated = event.date, True


def _other_day(known: Event, event: Event) -> bool:
    """Whether two reports of one type and dyad date themselves to different days."""
    return (
        known.dated
        and event.dated
        and known.status == event.status == "occurred"
        and known.date is not None
        and event.date is not None
        and known.date.precision == event.date.precision == "day"
        and known.date != event.date
    )
