"""Walk the paths a user gives and dispatch each file to its reader.

Order is deterministic (arguments in order, folders sorted recursively), so the
same inputs always produce the same documents in the same order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import MappingProxyType

from chancery.errors import Errors, InputError
from chancery.ingest.base import Item, Reader, ReadOptions, Reject
from chancery.ingest.csvfile import read_csv
from chancery.ingest.html import read_html
from chancery.ingest.jsonl import read_jsonl
from chancery.ingest.plaintext import read_plaintext

READERS: MappingProxyType[str, Reader] = MappingProxyType(
    {
        ".jsonl": read_jsonl,
        ".ndjson": read_jsonl,
        ".csv": read_csv,
        ".html": read_html,
        ".htm": read_html,
        ".xhtml": read_html,
    }
)
# Anything else is read as plain text; binary content is rejected by the decoder.


def reader_for(path: Path) -> Reader:
    return READERS.get(path.suffix.lower(), read_plaintext)


def walk(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[Path | Reject]:
    """Files named or found under folders (hidden entries and ``exclude`` skipped), in order."""
    skip = {Path(p).resolve() for p in exclude}
    for entry in _walk(paths):
        if isinstance(entry, Reject) or entry.resolve() not in skip:
            yield entry


def _walk(paths: Iterable[str | Path]) -> Iterator[Path | Reject]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield Reject.from_error(InputError(Errors.E111, path=path), str(path))


def iter_items(
    paths: Iterable[str | Path], options: ReadOptions | None = None, exclude: Iterable[str | Path] = ()
) -> Iterator[Item]:
    """Every document and reject from ``paths``, in input order (``exclude``: files to pass over)."""
    options = options or ReadOptions()
    for entry in walk(paths, exclude):
        if isinstance(entry, Reject):
            yield entry
        else:
            yield from reader_for(entry)(entry, options)
