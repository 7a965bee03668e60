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
    if known is not None and _other_meeting(known, event):
        # "met his counterpart …; the delegation was then received by the prime minister": meetings with
        # different people on one side are distinct records; a report naming the same people joins its one.
        same = [k for k, e in events.items() if k[: len(key)] == key and not _other_meeting(e, event)]
        key = same[0] if same else (*key, f"{event.source_actor}|{event.target_actor}")
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


def _other_meeting(known: Event, event: Event) -> bool:
    """Whether two reports of a meeting of one dyad name different officials for the same side."""
    if event.type != "CONSULT" or known.status != event.status:
        return False
    named = {known.source: known.source_actor, known.target: known.target_actor}
    return any(
        person and named.get(code) and named[code] != person
        for code, person in ((event.source, event.source_actor), (event.target, event.target_actor))
    )
