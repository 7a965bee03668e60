"""``chancery serve``: the dashboard and the REST API over one database."""

from __future__ import annotations

import ipaddress
import socket

import click

from chancery.cli._options import db_option, reports_errors
from chancery.cli._render import console
from chancery.errors import Errors, ServeError


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ServeError(Errors.E601, host=host, port=port, reason=exc) from exc
    sock.listen(128)
    return sock


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


@click.command("serve")
@db_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback only by default)."
)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port; 0 picks a free one."
)
@click.option(
    "--log-level", default="warning", show_default=True, type=click.Choice(["debug", "info", "warning"])
)
@reports_errors
def serve_cmd(db: str, host: str, port: int, log_level: str) -> None:
    """Serve the dashboard and the REST API (OpenAPI description at /openapi.json) over a database.

    The server owns the database while it runs (DuckDB lets one process write a
    file): `chancery ingest` on the same file sends its documents to the
    server, which stores them and shows them at once, with no restart.

    \b
    Example:
      chancery serve --db chancery.duckdb --port 8000
      # then open http://127.0.0.1:8000/ ; the API is under /api/
    """
    import uvicorn

    from chancery.web import create_app

    err = console(stderr=True)
    sock = _bind(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{bound}"
    app = create_app(db, advertise=url)
    config = uvicorn.Config(app, log_level=log_level, access_log=log_level == "debug", lifespan="on")
    server = uvicorn.Server(config)
    if not _is_loopback(host):
        err.print(f"[yellow]warning:[/] listening on {host}: anyone who can reach it can read the database")
    err.print(f"serving {db} at {url}/  (API {url}/api/, OpenAPI {url}/openapi.json); Ctrl-C stops")
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
