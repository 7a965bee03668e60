"""The dashboard: server-rendered pages, each the view of one API reply (its JSON twin).

A page calls the same query as its twin with the same parameters, and links to the twin;
charts, graphs and maps fetch the twin itself. Templates autoescape everything.
"""

from __future__ import annotations

from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from chancery.store import explore
from chancery.store.explore import EventQuery
from chancery.web.api import Db, Filters, Sort, _fields

templates = Jinja2Templates(directory=str(resources.files("chancery.web") / "templates"))
router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, twin: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"twin": twin, **context})


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message, "twin": None}, status_code=status
    )


def _twin(path: str, request: Request) -> str:
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if v])
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
    cursor: str | None = None,
    limit: int = 50,
) -> HTMLResponse:
    query = EventQuery(**{**_fields(filters), "sort": sort, "cursor": cursor, "limit": limit})
    with db.reader() as store:
        page = explore.events_page(store, query, with_total=True)
    params = {k: v for k, v in request.query_params.items() if v and k != "cursor"}
    return _render(
        request,
        "events.html",
        _twin("/api/events", request),
        page=page,
        params=params,
        next_url="/events?" + urlencode({**params, "cursor": page["next_cursor"]})
        if page["next_cursor"]
        else None,
    )
