"""Options shared by several commands, and error reporting."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from chancery.doc import PartialDate
from chancery.errors import ChanceryError, Errors, UsageError
from chancery.ingest.base import DEFAULT_MAX_BYTES
from chancery.store.db import DEFAULT_DB

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="DuckDB database file.",
    )(func)


def max_bytes_option(func: F) -> F:
    return click.option(
        "--max-bytes",
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        type=click.IntRange(min=1),
        help="Reject a single document larger than this many bytes.",
    )(func)


def parse_date(option: str, value: str | None) -> PartialDate | None:
    """A ``YYYY[-MM[-DD]]`` option value, or a coded usage error."""
    if not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise UsageError(
            Errors.E501, option=option, reason=f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
        ) from exc


def reports_errors(func: F) -> F:
    """Turn chancery's own errors into a one-line message and exit status 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ChanceryError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]
