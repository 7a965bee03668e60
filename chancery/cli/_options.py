"""Options shared by several commands, and error reporting."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from chancery.doc import PartialDate
from chancery.errors import ChanceryError, Errors, UsageError
from chancery.ingest.base import DEFAULT_MAX_BYTES
from chancery.pipeline import Pipeline
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


def coder_options(func: F) -> F:
    """``--coder NAME`` and ``--coder-option KEY=VALUE`` (repeatable), for the commands that code."""
    from chancery.registry import CODERS, DEFAULT_CODER

    func = click.option(
        "--coder-option",
        "coder_option",
        multiple=True,
        metavar="KEY=VALUE",
        help="A setting of the coder: url=… and model=… for the chat endpoint coder (or $CHANCERY_LLM_URL, "
        "$CHANCERY_LLM_MODEL; the key only as $CHANCERY_LLM_API_KEY), model=PATH-OR-NAME for the spaCy coder, "
        "fallback=on for the default coder's sentence-level fallback (off by default).",
    )(func)
    return click.option(
        "--coder",
        type=click.Choice(sorted(CODERS)),
        default=DEFAULT_CODER,
        show_default=True,
        help="Which coder assigns the events; the default runs offline.",
    )(func)


def parse_coder_options(coder_option: tuple[str, ...]) -> dict[str, str]:
    """``--coder-option KEY=VALUE`` settings as a mapping, or a coded usage error."""
    options = {}
    for item in coder_option:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(Errors.E501, option="--coder-option", reason=f"{item!r} is not KEY=VALUE")
        options[key.strip()] = value.strip()
    return options


def build_pipeline(coder: str, coder_option: tuple[str, ...]) -> Pipeline:
    """The pipeline for ``--coder`` and its ``--coder-option`` settings."""
    from chancery.registry import load_pipeline

    return load_pipeline(coder, parse_coder_options(coder_option))


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
