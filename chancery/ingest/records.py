"""Turning one record (a JSONL object or a CSV row) into a document."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from chancery.errors import Errors, FormatError, InputError
from chancery.ingest.base import Item, RawDocument, Reject, normalize_text, parse_published


def _field(record: Mapping[str, object], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def document_from_record(
    record: Mapping[str, object],
    *,
    source: str,
    line: int,
    default_id: str,
    encoding: str | None,
    read_fraction: float = 1.0,
) -> Iterator[Item]:
    locator = str(line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield Reject.from_error(FormatError(Errors.E107, path=source, line=line), source, locator)
        return
    published = None
    raw_published = record.get("published")
    try:
        published = parse_published(raw_published)
    except ValueError:
        error = InputError(Errors.E113, path=source, line=line, value=raw_published)
        yield Reject.from_error(error, source, locator, severity="warning")
    lang = _field(record, "lang")
    yield RawDocument(
        doc_id=_field(record, "id") or _field(record, "doc_id") or default_id,
        text=normalize_text(text),
        source=source,
        locator=locator,
        published=published,
        lang=lang.lower() if lang else None,
        url=_field(record, "url"),
        title=_field(record, "title"),
        encoding=encoding,
        read_fraction=read_fraction,
    )
