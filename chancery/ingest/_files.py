"""Reading bytes from disk with the errors users need to see."""

from __future__ import annotations

from pathlib import Path

from chancery.errors import Errors, InputError


def read_bytes(path: Path, max_bytes: int | None) -> bytes:
    """The file's bytes, or :class:`InputError` (unreadable, too large)."""
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError(Errors.E105, path=path, size=size, limit=max_bytes)
        with path.open("rb") as f:
            return f.read()
    except OSError as exc:
        raise InputError(Errors.E101, path=path, reason=exc.strerror or exc) from exc
