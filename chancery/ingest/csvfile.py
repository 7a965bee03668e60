"""CSV with a header row naming ``id``, ``text``, ``published``, ``lang``, ``url``, ``title``."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from chancery.errors import ChanceryError, Errors, FormatError
from chancery.ingest._files import read_bytes
from chancery.ingest.base import Item, ReadOptions, Reject
from chancery.ingest.encoding import decode
from chancery.ingest.records import document_from_record


def read_csv(path: Path, options: ReadOptions) -> Iterator[Item]:
    source = str(path)
    try:
        text, encoding = decode(read_bytes(path, None), source)
    except ChanceryError as exc:
        yield Reject.from_error(exc, source)
        return
    # Article texts exceed the csv module's 128 KiB default field limit.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    total_lines = max(1, text.count("\n"))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    row = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            row = reader.line_num
            yield Reject.from_error(
                FormatError(Errors.E108, path=source, line=row, reason=exc), source, str(row)
            )
            continue
        row = reader.line_num
        if None in record:  # more cells than header columns
            error = FormatError(Errors.E108, path=source, line=row, reason="more cells than header columns")
            yield Reject.from_error(error, source, str(row))
            continue
        yield from document_from_record(
            record,
            source=source,
            line=row,
            default_id=f"{path.stem}-{row}",
            encoding=encoding,
            read_fraction=min(1.0, row / total_lines),
        )
