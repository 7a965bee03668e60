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
    if known is None:
        events[key] = event
        return
    for evidence in event.evidence:
        if evidence not in known.evidence:
            known.evidence.append(evidence)
    known.date = known.date or event.date
    known.location = known.location or event.location
    known.mode = known.mode or event.mode
