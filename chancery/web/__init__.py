"""``chancery serve``: the REST API and the dashboard over one database, with a single writer.

The application (FastAPI, Jinja2) is imported on use, so commands that only talk to a
server (`chancery ingest` finding one through :mod:`chancery.web.remote`) do not load it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chancery.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from chancery.web.app import create_app

        return create_app
    raise AttributeError(name)
