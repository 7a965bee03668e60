"""The REST API under ``/api/``: the explorer's queries, and ingestion through the single writer."""

from __future__ import annotations

import hmac
from dataclasses import replace
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response

from chancery.coding.ontology import EVENT_TYPES, STATUSES
from chancery.doc import PartialDate
from chancery.errors import Errors, ServeError, UsageError
from chancery.ingest.base import Reject
from chancery.store import explore
from chancery.store.explore import EventQuery
from chancery.web import schemas
from chancery.web.database import ServedDatabase
from chancery.web.remote import TOKEN_HEADER, document_from_wire, reject_from_wire, reject_to_wire

CODE = r"^[A-Za-z0-9_.\-]{1,40}$"
DATE = r"^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
EventType = Literal[tuple(EVENT_TYPES)]  # type: ignore[valid-type]
Status = Literal[tuple(STATUSES)]  # type: ignore[valid-type]
Period = Literal["day", "week", "month", "year"]
Sort = Literal["-day", "day", "-goldstein", "goldstein"]

ERRORS = {
    400: {"model": schemas.ErrorReply, "description": "a filter value no query can take"},
    404: {"model": schemas.ErrorReply, "description": "nothing with that id"},
}

router = APIRouter(prefix="/api", responses={400: ERRORS[400]})


async def served(request: Request) -> ServedDatabase:
    return request.app.state.db


def _date(option: str, value: str | None) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise UsageError(Errors.E501, option=option, reason=f"{value!r} is not a real date") from exc


def _dyad(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parts = [x.strip() for x in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise UsageError(Errors.E501, option="dyad", reason=f"two codes like TUR,FRA, got {value!r}")
    return parts[0], parts[1]


async def event_filters(
    actor: Annotated[
        str | None, Query(pattern=CODE, description="events with this actor on either side")
    ] = None,
    dyad: Annotated[
        str | None,
        Query(pattern=r"^[A-Za-z0-9_.\-]{1,40},[A-Za-z0-9_.\-]{1,40}$", description="A,B either way"),
    ] = None,
    type: Annotated[EventType | None, Query(description="PLOVER event type")] = None,
    quad_class: Annotated[
        int | None, Query(ge=1, le=4, description="1 verbal coop. … 4 material conflict")
    ] = None,
    status: Annotated[Status | None, Query()] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
    lang: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$", description="the article's language")] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3}$", description="country of the location")
    ] = None,
    q: Annotated[str | None, Query(max_length=200, description="words in the evidence, any case")] = None,
) -> EventQuery:
    return EventQuery(
        actor=actor,
        dyad=_dyad(dyad),
        type=type,
        quad_class=quad_class,
        status=status,
        since=_date("since", since),
        until=_date("until", until),
        lang=lang,
        country=country,
        text=q or None,
    )


Filters = Annotated[EventQuery, Depends(event_filters)]
Db = Annotated[ServedDatabase, Depends(served)]


@router.get("/health", response_model=schemas.Health, tags=["meta"])
def health(db: Db) -> dict[str, str]:
    return {"status": "ok", "database": db.path.name}


@router.get("/stats", response_model=schemas.Stats, tags=["meta"])
def stats(db: Db) -> dict:
    with db.reader() as store:
        return explore.stats(store)


@router.get("/events", response_model=schemas.EventPage, tags=["events"])
def events(
    db: Db,
    filters: Filters,
    sort: Sort = "-day",
    cursor: Annotated[
        str | None, Query(max_length=400, pattern=r"^[A-Za-z0-9_-]+$", description="from the previous page")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=explore.MAX_LIMIT)] = 50,
    total: Annotated[bool, Query(description="also count every matching event")] = False,
) -> Response:
    """Events matching the filters, one page at a time (keyset pagination, stable under inserts)."""
    query = replace(filters, sort=sort, cursor=cursor, limit=limit)
    with db.reader() as store:  # the rows' JSON was made at write time: sent as stored
        page = explore.events_json(store, query, with_total=total, dyad_index=db.dyad_index)
        return Response(page, media_type="application/json")


@router.get(
    "/events/{event_id}", response_model=schemas.EventDetail, responses={404: ERRORS[404]}, tags=["events"]
)
def event(db: Db, event_id: Annotated[str, Path(max_length=100)]) -> dict:
    """One event with all its evidence, and the story it belongs to with every report of it."""
    with db.reader() as store:
        return explore.event(store, event_id)


@router.get(
    "/stories/{story_id}", response_model=schemas.Story, responses={404: ERRORS[404]}, tags=["events"]
)
def story(db: Db, story_id: Annotated[str, Path(max_length=100)]) -> dict:
    """One real-world event and every article that reported it, each with its evidence."""
    with db.reader() as store:
        return explore.story(store, story_id)


@router.get(
    "/documents/{key}", response_model=schemas.Document, responses={404: ERRORS[404]}, tags=["documents"]
)
def document(
    db: Db, key: Annotated[str, Path(max_length=200, description="doc_id, or 8+ characters of the hash")]
) -> dict:
    """An article with its actors, events, quotes, amounts, places and counts (character offsets)."""
    with db.reader() as store:
        return explore.document(store, key)


@router.get("/dyads/{a}/{b}/series", response_model=schemas.Series, tags=["aggregates"])
def dyad_series(
    db: Db,
    filters: Filters,
    a: Annotated[str, Path(pattern=CODE)],
    b: Annotated[str, Path(pattern=CODE)],
    period: Period = "month",
) -> dict:
    """Events between A and B (either way) per period: counts per type, cooperation, conflict, Goldstein sum."""
    query = replace(filters, dyad=(a, b), actor=None)
    with db.reader() as store:
        return explore.dyad_series(store, query, period)


@router.get("/actors/{code}/network", response_model=schemas.Network, tags=["aggregates"])
def actor_network(
    db: Db,
    filters: Filters,
    code: Annotated[str, Path(pattern=CODE)],
    limit: Annotated[int, Query(ge=1, le=200, description="partners kept, most frequent first")] = 30,
) -> dict:
    """An actor's partners and the events between all of them (edges carry counts and Goldstein sums)."""
    with db.reader() as store:
        return explore.actor_network(store, code, filters, limit)


@router.get("/locations", response_model=schemas.Locations, tags=["aggregates"])
def locations(db: Db, filters: Filters, limit: Annotated[int, Query(ge=1, le=10000)] = 2000) -> dict:
    """Map points: matching events grouped by their resolved place."""
    with db.reader() as store:
        return explore.locations(store, filters, limit)


@router.get("/trends", response_model=schemas.Trends, tags=["aggregates"])
def trends(
    db: Db, filters: Filters, by: Literal["type", "context"] = "type", period: Period = "month"
) -> dict:
    """Matching events per period, one line per PLOVER type or per context."""
    with db.reader() as store:
        return explore.trends(store, filters, by, period)


# -- ingestion through the server's single writer ------------------------------------


async def authorized(
    request: Request, token: Annotated[str | None, Header(alias=TOKEN_HEADER)] = None
) -> None:
    expected: str = request.app.state.token
    if not token or not hmac.compare_digest(token.encode(), expected.encode()):
        raise ServeError(Errors.E603, path=request.app.state.db.path)


writer = APIRouter(
    prefix="/api/runs",
    tags=["ingestion"],
    dependencies=[Depends(authorized)],
    responses={
        400: ERRORS[400],
        403: {"model": schemas.ErrorReply, "description": "no token, or not this server's token"},
    },
)


@writer.post("", response_model=schemas.RunStarted)
def start_run(db: Db, body: schemas.RunStart) -> dict:
    """Open an ingest run (used by `chancery ingest` while this server owns the database)."""
    return {"run_id": db.start_run(body.command)}


@writer.post("/{run_id}/batches", response_model=schemas.BatchDone)
def write_batch(db: Db, run_id: int, body: schemas.Batch) -> dict:
    """Code and store one batch in one transaction; readers see all of it or none of it."""
    docs, rejects = [], [reject_from_wire(r.model_dump()) for r in body.rejects]
    for item in body.documents:
        try:
            docs.append(document_from_wire(item.model_dump()))
        except ValueError as exc:
            message = Errors.E113.fmt(value=item.published, line=item.locator or "1", path=item.source)
            rejects.append(Reject(item.source, item.locator, Errors.E113.name, f"{message} ({exc})"))
    report = db.write(run_id, docs, rejects)
    return {
        "new": report.new,
        "duplicate": report.duplicate,
        "events": report.events,
        "rejects": [reject_to_wire(r) for r in report.rejects],
    }


@writer.post("/{run_id}/finish", response_model=dict)
def finish_run(db: Db, run_id: int, body: schemas.RunFinish) -> dict:
    db.finish_run(run_id, body.status, body.counts)
    return {}
