"""JSON Lines: one object per line with ``id``, ``text``, ``published``, ``lang``, ``url``, ``title``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from chancery.errors import ChanceryError, Errors, FormatError
from chancery.ingest._files import read_bytes
from chancery.ingest.base import Item, ReadOptions, Reject
from chancery.ingest.encoding import decode
from chancery.ingest.records import document_from_record


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[Item]:
    source = str(path)
    try:
        text, encoding = decode(read_bytes(path, None), source)
    except ChanceryError as exc:
        yield Reject.from_error(exc, source)
        return
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            error = FormatError(Errors.E106, path=source, line=number, reason=exc)
            yield Reject.from_error(error, source, str(number))
            continue
        if options.max_bytes is not None and len(line.encode("utf-8")) > options.max_bytes:
            error = FormatError(
                Errors.E105, path=f"{source}:{number}", size=len(line), limit=options.max_bytes
            )
            yield Reject.from_error(error, source, str(number))
            continue
        yield from document_from_record(
            record,
            source=source,
            line=number,
            default_id=f"{path.stem}-{number}",
            encoding=encoding,
            read_fraction=number / len(lines),
        )
