"""The application: the REST API, the dashboard pages and their static files, over one database."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from chancery.about import __version__
from chancery.errors import ChanceryError, Errors, ServeError, StoreError, UsageError
from chancery.pipeline import Pipeline
from chancery.web import api, pages
from chancery.web.assets import Assets
from chancery.web.database import ServedDatabase
from chancery.web.remote import new_token, remove_advert, write_advert

NOT_FOUND = {Errors.E303, Errors.E306, Errors.E307}

# Nothing but our own files may run or load: a script that slipped into an article
# could not execute even if it escaped the templates' escaping.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def status_of(exc: ChanceryError) -> int:
    if exc.code in NOT_FOUND:
        return 404
    if exc.code is Errors.E603:
        return 403
    if exc.code is Errors.E305:
        return 409
    if isinstance(exc, UsageError):
        return 400
    if isinstance(exc, StoreError | ServeError):
        return 503
    return 500


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    load_pipeline: Callable[[], Pipeline] | None = None,
    advertise: str | None = None,
) -> FastAPI:
    """The application over database ``db`` (created if missing), which it opens for writing.

    ``token`` guards ingestion through the server (``chancery serve`` writes it beside the
    database for ``chancery ingest``); ``load_pipeline`` replaces the default pipeline.
    With ``advertise`` (the server's URL), the server tells `chancery ingest` where it is
    while the database is open (see :mod:`chancery.web.remote`).
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.db = ServedDatabase(db, load_pipeline)
        if advertise:
            write_advert(db, advertise, app.state.token)
        try:
            yield
        finally:
            if advertise:
                remove_advert(db)
            app.state.db.close()

    app = FastAPI(
        title="chancery",
        version=__version__,
        description=(
            "Political events coded from news in English, French and Turkish (PLOVER types, CAMEO codes, "
            "Goldstein weights), each with the sentences that prove it."
        ),
        lifespan=lifespan,
        # Swagger UI and ReDoc load from a CDN: nothing is fetched from outside at run time
        # (and the CSP would refuse it), so the description is served as JSON only.
        docs_url=None,
        redoc_url=None,
    )
    app.state.token = token or new_token()
    app.state.assets = Assets()

    @app.exception_handler(ChanceryError)
    async def chancery_error(request: Request, exc: ChanceryError) -> Response:
        where = Path(db)  # a client learns the database's name, not where it lives
        message = str(exc).replace(str(where.resolve()), where.name).replace(str(where), where.name)
        if not request.url.path.startswith("/api/"):
            return pages.error_page(request, status_of(exc), message)
        return JSONResponse(
            {"error": {"code": exc.code.name, "message": message}}, status_code=status_of(exc)
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()
        )
        message = Errors.E501.fmt(option="request", reason=problems)
        if not request.url.path.startswith("/api/"):
            return pages.error_page(request, 400, message)
        return JSONResponse({"error": {"code": "E501", "message": message}}, status_code=400)

    @app.get("/static/{name:path}", include_in_schema=False)
    def static(name: str) -> Response:
        return app.state.assets.response(name)

    app.include_router(api.router)
    app.include_router(api.writer)
    app.include_router(pages.router)
    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every reply (plain ASGI: no per-request task or copy)."""

    def __init__(self, app: Callable) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
