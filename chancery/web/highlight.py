"""Highlighting an article: its text cut at every span boundary, each piece with the spans covering it.

Annotations overlap (an actor inside a quote inside an event's evidence sentence), so
no span can become one element. The text is cut at every start and end instead; each
segment knows which spans cover it, and the template wraps it in one ``<mark>`` whose
classes and data attributes name them. Segments are plain strings: the template escapes
every one of them, so nothing from an article is ever markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

# Highlight kinds, in the order the legend lists them.
KINDS = ("evidence", "mention", "quote", "amount", "place", "count")
LABELS = {
    "evidence": "event evidence",
    "mention": "actors",
    "quote": "quotes",
    "amount": "amounts",
    "place": "places",
    "count": "counts",
}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # one of KINDS
    label: str = ""  # shown as the segment's tooltip
    event_id: str | None = None  # for evidence: the event it proves


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    spans: tuple[Span, ...] = ()
    anchors: tuple[str, ...] = field(default=())  # events whose first evidence starts here

    @property
    def kinds(self) -> list[str]:
        present = {s.kind for s in self.spans}
        return [k for k in KINDS if k in present]

    @property
    def classes(self) -> str:
        return " ".join(["hl", *(f"k-{k}" for k in self.kinds)])

    @property
    def events(self) -> str:
        return " ".join(dict.fromkeys(s.event_id for s in self.spans if s.event_id))

    @property
    def title(self) -> str:
        return "\n".join(dict.fromkeys(s.label for s in self.spans if s.label))


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """``text`` cut at every boundary of ``spans``; the pieces join back into ``text``.

    Spans outside the text or empty are ignored. Each segment lists the spans covering
    it in order of start (longest first on ties), whatever order they came in.
    """
    n = len(text)
    valid = sorted(
        {s for s in spans if 0 <= s.start < s.end <= n},
        key=lambda s: (s.start, -s.end, KINDS.index(s.kind) if s.kind in KINDS else len(KINDS), s.label),
    )
    cuts = sorted({0, n, *(s.start for s in valid), *(s.end for s in valid)})
    starting: dict[int, list[Span]] = {}
    for s in valid:
        starting.setdefault(s.start, []).append(s)
    first_evidence: dict[int, list[str]] = {}
    seen: set[str] = set()
    for s in valid:
        if s.kind == "evidence" and s.event_id and s.event_id not in seen:
            seen.add(s.event_id)
            first_evidence.setdefault(s.start, []).append(s.event_id)
    out: list[Segment] = []
    active: list[Span] = []
    for a, b in pairwise(cuts):
        active = [s for s in active if s.end > a] + starting.get(a, [])
        out.append(Segment(text[a:b], tuple(active), tuple(first_evidence.get(a, ()))))
    return out


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int | float) else str(value)


def document_spans(doc: dict[str, Any]) -> list[Span]:
    """Every span of an article, from the reply of ``/api/documents/{key}``."""
    spans: list[Span] = []
    for e in doc.get("events") or []:
        label = f"event {e['type']}: {e['source']} → {e['target']} ({e['status']})"
        for v in e.get("evidence") or []:
            if v.get("start") is not None and v.get("end") is not None:
                spans.append(Span(v["start"], v["end"], "evidence", label, e["event_id"]))
    for m in doc.get("mentions") or []:
        what = " ".join(x for x in (m.get("code"), m.get("sector")) if x) or "?"
        spans.append(Span(m["start"], m["end"], "mention", f"{m.get('kind') or 'actor'} {what}"))
    for q in doc.get("quotes") or []:
        who = q.get("speaker") or "unknown speaker"
        if q.get("speaker_code"):
            who += f" ({q['speaker_code']})"
        spans.append(Span(q["start"], q["end"], "quote", f"quote by {who}"))
    for a in doc.get("amounts") or []:
        parts = [_number(a["value"]) if a.get("value") is not None else "?", a.get("unit") or ""]
        if a.get("about"):
            parts.append(f"({a['about']})")
        spans.append(Span(a["start"], a["end"], "amount", "amount " + " ".join(p for p in parts if p)))
    for p in doc.get("places") or []:
        where = ", ".join(x for x in (p.get("name"), p.get("country")) if x) or "?"
        spans.append(Span(p["start"], p["end"], "place", f"place {where}"))
    for c in doc.get("counts") or []:
        what = " ".join(
            x for x in (_number(c["value"]) if c.get("value") is not None else None, c.get("kind")) if x
        )
        spans.append(Span(c["start"], c["end"], "count", f"count {what}".strip()))
    return spans
