"""Render articles and events as the JSON objects of EVENTS.md §2."""

from __future__ import annotations

from typing import Any

from chancery.doc import Article, Event


def event_to_dict(event: Event, article: Article) -> dict[str, Any]:
    return {
        "type": event.type,
        "mode": event.mode,
        "source": event.source,
        "target": event.target,
        "source_actor": event.source_actor,
        "target_actor": event.target_actor,
        "source_sector": event.source_sector,
        "target_sector": event.target_sector,
        "date": str(event.date) if event.date else None,
        "status": event.status,
        "location": event.location,
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "evidence": [
            {
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "text": article.text[ev.start : ev.end],
            }
            for ev in event.evidence
        ],
        "contexts": list(event.contexts),
    }


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "doc_id": article.doc_id,
        "lang": article.lang,
        "published": str(article.published) if article.published else None,
        "events": [event_to_dict(e, article) for e in article.events],
        "quotes": [
            {
                "speaker": q.speaker,
                "speaker_code": q.speaker_code,
                "text": q.text,
                "start": q.start,
                "end": q.end,
            }
            for q in article.quotes
        ],
        "amounts": [
            {"value": a.value, "unit": a.unit, "text": a.text, "about": a.about, "year": a.year}
            for a in article.amounts
        ],
    }
