"""The API's response shapes: they make the OpenAPI description, and every reply is checked against them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Evidence(BaseModel):
    sentence: int | None = None
    start: int | None = Field(None, description="character offset in the article text")
    end: int | None = None
    text: str | None = None


class Event(BaseModel):
    event_id: str
    content_hash: str = Field(description="the article's identity (sha256 of its text)")
    doc_id: str
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    type: str = Field(description="PLOVER event type")
    mode: str | None = None
    source: str
    target: str
    source_actor: str | None = None
    target_actor: str | None = None
    date: str | None = Field(None, description="ISO date at its precision: 2025, 2025-07 or 2025-07-14")
    day: str | None = Field(None, description="the day it counts on: its date, else its article's")
    status: str
    location: str | None = None
    country: str | None = Field(None, description="ISO alpha-3 code of the resolved location")
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    contexts: list[str] | None = None
    story_id: str | None = None
    evidence: list[Evidence] = []


class EventPage(BaseModel):
    events: list[Event]
    next_cursor: str | None = Field(None, description="pass as `cursor` for the next page; null on the last")
    total: int | None = Field(None, description="events matching the filters, when asked with total=true")


class Story(BaseModel):
    story_id: str
    type: str
    source: str
    target: str
    status: str
    date: str | None = None
    n_articles: int
    languages: list[str]
    reports: list[Event]


class EventDetail(Event):
    story: Story | None = None


class Mention(BaseModel):
    start: int
    end: int
    text: str | None = None
    code: str | None = None
    sector: str | None = None
    kind: str | None = None


class Quote(BaseModel):
    start: int
    end: int
    text: str | None = None
    speaker: str | None = None
    speaker_code: str | None = None


class Amount(BaseModel):
    start: int
    end: int
    text: str | None = None
    value: float | None = None
    unit: str | None = None
    about: str | None = None
    year: int | None = None


class Place(BaseModel):
    start: int
    end: int
    text: str | None = None
    kind: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    name: str | None = None


class Count(BaseModel):
    start: int
    end: int
    text: str | None = None
    value: int | None = None
    kind: str | None = None
    approximate: bool | None = None


class NearDuplicate(BaseModel):
    doc_id: str
    content_hash: str
    lang: str | None = None
    published: str | None = None
    similarity: float | None = None
    duplicate_of: str | None = None


class Document(BaseModel):
    content_hash: str
    doc_id: str
    source: str | None = None
    lang: str | None = None
    published: str | None = None
    published_precision: str | None = None
    url: str | None = None
    title: str | None = None
    text: str
    n_chars: int | None = None
    contexts: list[str] | None = None
    events: list[Event]
    mentions: list[Mention]
    quotes: list[Quote]
    amounts: list[Amount]
    places: list[Place]
    counts: list[Count]
    near_duplicates: list[NearDuplicate]


class SeriesPoint(BaseModel):
    period: str = Field(description="first day of the period")
    events: int
    goldstein: float = Field(description="sum of the Goldstein weights")
    cooperation: int = Field(description="events of quad classes 1 and 2")
    conflict: int = Field(description="events of quad classes 3 and 4")
    by_type: dict[str, int]


class Series(BaseModel):
    period: str
    series: list[SeriesPoint]


class Node(BaseModel):
    id: str
    events: int
    focus: bool


class Edge(BaseModel):
    a: str
    b: str
    events: int
    cooperation: int
    conflict: int
    goldstein: float | None = None


class Network(BaseModel):
    actor: str
    nodes: list[Node]
    edges: list[Edge]


class Point(BaseModel):
    place: str | None = None
    country: str | None = None
    lat: float
    lon: float
    events: int
    cooperation: int
    conflict: int


class Locations(BaseModel):
    points: list[Point]


class TrendLine(BaseModel):
    key: str
    counts: list[int]


class Trends(BaseModel):
    by: str
    period: str
    periods: list[str]
    series: list[TrendLine]


class ActorCount(BaseModel):
    code: str
    events: int


class DyadCount(BaseModel):
    a: str
    b: str
    events: int
    goldstein: float | None = None


class Stats(BaseModel):
    documents: int
    events: int
    stories: int | None = None
    first_day: str | None = None
    last_day: str | None = None
    languages: dict[str, int]
    types: dict[str, int]
    top_actors: list[ActorCount]
    top_dyads: list[DyadCount]
    last_run: dict[str, Any] | None = None


class Health(BaseModel):
    status: str
    database: str = Field(description="the database file's name")


class ErrorDetail(BaseModel):
    code: str = Field(description="error catalog code, e.g. E501")
    message: str


class ErrorReply(BaseModel):
    error: ErrorDetail


# -- ingestion through the server's writer (token required) --------------------------


class RunStart(BaseModel):
    command: str = Field("ingest", max_length=2000)


class RunStarted(BaseModel):
    run_id: int


class WireDocument(BaseModel):
    doc_id: str = Field(max_length=2000)
    text: str
    source: str = Field(max_length=4000)
    locator: str = ""
    published: str | None = None
    lang: str | None = None
    url: str | None = None
    title: str | None = None
    encoding: str | None = None


class WireReject(BaseModel):
    source: str
    locator: str
    code: str
    message: str
    severity: str


class Batch(BaseModel):
    documents: list[WireDocument] = []
    rejects: list[WireReject] = []


class BatchDone(BaseModel):
    new: int
    duplicate: int
    events: int
    rejects: list[WireReject]


class RunFinish(BaseModel):
    status: str = Field(pattern="^(done|interrupted)$")
    counts: dict[str, int] = {}
