"""JSON Lines: one object per line with ``id``, ``text``, ``published``, ``lang``, ``url``, ``title``."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

from chancery.errors import ChanceryError, Errors, FormatError, InputError
from chancery.ingest._files import read_bytes
from chancery.ingest.base import Item, ReadOptions, Reject
from chancery.ingest.encoding import decode
from chancery.ingest.records import document_from_record

SAMPLE = 1 << 20  # bytes read to tell the encoding before streaming the rest


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[Item]:
    """Records in file order. UTF-8 files (what JSON is, RFC 8259) are streamed line by line, so a
    file of any size reads in constant memory; another encoding, told from the first MB, is decoded
    whole as before."""
    source = str(path)
    try:
        with path.open("rb") as f:
            sample = f.read(SAMPLE)
            size = path.stat().st_size
    except OSError as exc:
        yield Reject.from_error(InputError(Errors.E101, path=path, reason=exc.strerror or exc), source)
        return
    encoding = ""
    if len(sample) < SAMPLE:  # the whole file: its encoding, or its reject, as for any file
        try:
            _, encoding = decode(sample, source)
        except ChanceryError as exc:
            yield Reject.from_error(exc, source)
            return
    elif (cut := sample.rfind(b"\n")) > 0:  # whole lines only: a character may straddle the cut
        try:
            _, encoding = decode(sample[: cut + 1], source)
        except ChanceryError:
            encoding = ""  # not UTF-8 at the start: the whole-file path decides, as before
    if encoding in ("utf-8", "utf-8-sig"):
        yield from _stream_utf8(path, source, size, encoding, options)
        return
    try:
        text, encoding = decode(read_bytes(path, None), source)
    except ChanceryError as exc:
        yield Reject.from_error(exc, source)
        return
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        yield from _record(line, number, path, source, encoding, number / len(lines), options)


def _stream_utf8(path: Path, source: str, size: int, encoding: str, options: ReadOptions) -> Iterator[Item]:
    done = 0
    try:
        with path.open("rb") as f:
            for number, raw in enumerate(f, 1):
                done += len(raw)
                if number == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[3:]
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    error = FormatError(Errors.E106, path=source, line=number, reason="not UTF-8 text")
                    yield Reject.from_error(error, source, str(number))
                    continue
                yield from _record(line, number, path, source, encoding, done / max(size, 1), options)
    except OSError as exc:
        yield Reject.from_error(InputError(Errors.E101, path=path, reason=exc.strerror or exc), source)


def _record(
    line: str, number: int, path: Path, source: str, encoding: str, fraction: float, options: ReadOptions
) -> Iterator[Item]:
    if not line.strip():
        return
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("not a JSON object")
    except ValueError as exc:
        error = FormatError(Errors.E106, path=source, line=number, reason=exc)
        yield Reject.from_error(error, source, str(number))
        return
    if options.max_bytes is not None and len(line.encode("utf-8")) > options.max_bytes:
        error = FormatError(Errors.E105, path=f"{source}:{number}", size=len(line), limit=options.max_bytes)
        yield Reject.from_error(error, source, str(number))
        return
    yield from document_from_record(
        record,
        source=source,
        line=number,
        default_id=f"{path.stem}-{number}",
        encoding=encoding,
        read_fraction=min(1.0, fraction),
    )
