"""The dashboard: server-rendered pages, each the view of one API reply (its JSON twin).

A page calls the same query as its twin with the same parameters, and links to the twin;
charts, graphs and maps fetch the twin itself (its URL is in the page's ``data-twin``
attribute), so what they draw is exactly what the API returns. Templates autoescape
everything, and the pages load no script but our own files (see the CSP in ``app.py``).
"""

from __future__ import annotations

from dataclasses import replace
from importlib import resources
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from chancery.coding.ontology import EVENT_TYPES, STATUSES
from chancery.store import explore
from chancery.web import highlight
from chancery.web.api import CODE, Db, Filters, Period, Sort

QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

SORTS = {
    "-day": "newest first",
    "day": "oldest first",
    "-goldstein": "most cooperative",
    "goldstein": "most hostile",
}


async def _drop_empty(request: Request) -> None:
    """A filter form sends its blank fields as ``name=``; blank means "any", so drop them.

    The browser is sent to the same page without them (a relative URL that only
    replaces the query), before any parameter is validated.
    """
    items = request.query_params.multi_items()
    if any(not v.strip() for _, v in items):
        kept = urlencode([(k, v) for k, v in items if v.strip()])
        raise HTTPException(303, "blank parameters dropped", headers={"Location": "?" + kept})


templates = Jinja2Templates(directory=str(resources.files("chancery.web") / "templates"))
templates.env.globals.update(
    event_types=list(EVENT_TYPES),
    statuses=STATUSES,
    quad_classes=QUAD_CLASSES,
    periods=explore.PERIODS,
    sorts=SORTS,
    highlight_kinds=[(k, highlight.LABELS[k]) for k in highlight.KINDS],
)
templates.env.filters["path"] = lambda value: quote(str(value), safe="")
router = APIRouter(include_in_schema=False, dependencies=[Depends(_drop_empty)])


def _render(request: Request, name: str, twin: str, **context: Any) -> HTMLResponse:
    params = {k: v for k, v in request.query_params.items() if v}
    return templates.TemplateResponse(request, name, {"twin": twin, "params": params, **context})


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message, "twin": None}, status_code=status
    )


def _twin(path: str, request: Request, **extra: str) -> str:
    items = [(k, v) for k, v in request.query_params.multi_items() if v and k not in extra]
    query = urlencode(items + list(extra.items()))
    return f"{path}?{query}" if query else path


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: Db) -> HTMLResponse:
    with db.reader() as store:
        stats = explore.stats(store)
    return _render(request, "home.html", "/api/stats", stats=stats)


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request,
    db: Db,
    filters: Filters,
    sort: Sort = "-day",
    cursor: Annotated[str | None, Query(max_length=400, pattern=r"^[A-Za-z0-9_-]+$")] = None,
    limit: Annotated[int, Query(ge=1, le=explore.MAX_LIMIT)] = 50,
) -> HTMLResponse:
    query = replace(filters, sort=sort, cursor=cursor, limit=limit)
    with db.reader() as store:
        page = explore.events_page(store, query, with_total=True, dyad_index=db.dyad_index)
    params = {k: v for k, v in request.query_params.items() if v and k != "cursor"}

    def url(**change: str | None) -> str:
        merged = {**params, **change}
        query = urlencode({k: v for k, v in merged.items() if v})
        return "/events?" + query if query else "/events"

    return _render(
        request,
        "events.html",
        _twin("/api/events", request, total="true"),
        page=page,
        sort=sort,
        url=url,
        first_url=url() if cursor else None,
        next_url=url(cursor=page["next_cursor"]) if page["next_cursor"] else None,
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, db: Db, event_id: Annotated[str, Path(max_length=100)]) -> HTMLResponse:
    with db.reader() as store:
        row = explore.event(store, event_id)
    return _render(request, "event.html", f"/api/events/{quote(event_id, safe='')}", event=row)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, db: Db, story_id: Annotated[str, Path(max_length=100)]) -> HTMLResponse:
    with db.reader() as store:
        row = explore.story(store, story_id)
    return _render(request, "story.html", f"/api/stories/{quote(story_id, safe='')}", story=row)


@router.get("/documents/{key}", response_class=HTMLResponse)
def document(request: Request, db: Db, key: Annotated[str, Path(max_length=200)]) -> HTMLResponse:
    with db.reader() as store:
        doc = explore.document(store, key)
    spans = highlight.document_spans(doc)
    present = {s.kind for s in spans}
    url = doc.get("url") or ""
    return _render(
        request,
        "document.html",
        f"/api/documents/{quote(key, safe='')}",
        doc=doc,
        segments=highlight.segments(doc["text"], spans),
        kinds_present=present,
        # only web addresses become links: never javascript: or other schemes from an article
        link=url if url.lower().startswith(("http://", "https://")) else None,
    )


@router.get("/dyads", response_class=HTMLResponse, response_model=None)
def dyad_form(
    a: Annotated[str, Query(pattern=CODE)], b: Annotated[str, Query(pattern=CODE)]
) -> RedirectResponse:
    """Where the overview's dyad form goes: the dyad's own page."""
    return RedirectResponse(f"/dyads/{a.upper()}/{b.upper()}", status_code=303)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(
    request: Request,
    db: Db,
    filters: Filters,
    a: Annotated[str, Path(pattern=CODE)],
    b: Annotated[str, Path(pattern=CODE)],
    period: Period = "month",
) -> HTMLResponse:
    query = replace(filters, dyad=(a, b), actor=None)
    with db.reader() as store:
        series = explore.dyad_series(store, query, period)
    return _render(
        request,
        "dyad.html",
        _twin(f"/api/dyads/{a}/{b}/series", request),
        a=a,
        b=b,
        period=period,
        series=series,
        events_url="/events?" + urlencode({"dyad": f"{a},{b}"}),
    )


@router.get("/actors", response_class=HTMLResponse, response_model=None)
def actor_form(code: Annotated[str, Query(pattern=CODE)]) -> RedirectResponse:
    """Where the overview's actor form goes: the actor's network page."""
    return RedirectResponse(f"/actors/{code.upper()}", status_code=303)


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor(
    request: Request,
    db: Db,
    filters: Filters,
    code: Annotated[str, Path(pattern=CODE)],
    limit: Annotated[int, Query(ge=1, le=200)] = 30,
) -> HTMLResponse:
    with db.reader() as store:
        network = explore.actor_network(store, code, filters, limit)
    return _render(
        request,
        "actor.html",
        _twin(f"/api/actors/{code}/network", request),
        code=code,
        network=network,
        limit=limit,
    )


@router.get("/map", response_class=HTMLResponse)
def map_page(
    request: Request, db: Db, filters: Filters, limit: Annotated[int, Query(ge=1, le=10000)] = 2000
) -> HTMLResponse:
    with db.reader() as store:
        points = explore.locations(store, filters, limit)
    return _render(request, "map.html", _twin("/api/locations", request), points=points, limit=limit)


@router.get("/trends", response_class=HTMLResponse)
def trends(
    request: Request,
    db: Db,
    filters: Filters,
    by: Literal["type", "context"] = "type",
    period: Period = "month",
) -> HTMLResponse:
    with db.reader() as store:
        reply = explore.trends(store, filters, by, period)
    return _render(request, "trends.html", _twin("/api/trends", request), trends=reply, by=by, period=period)
