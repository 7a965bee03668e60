"""HTML pages: main text and metadata extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from chancery.errors import ChanceryError, Errors, FormatError, InputError
from chancery.ingest._files import read_bytes
from chancery.ingest.base import Item, RawDocument, ReadOptions, Reject, normalize_text, parse_published
from chancery.ingest.encoding import decode


def read_html(path: Path, options: ReadOptions) -> Iterator[Item]:
    source = str(path)
    try:
        html, encoding = decode(read_bytes(path, options.max_bytes), source)
    except ChanceryError as exc:
        yield Reject.from_error(exc, source)
        return
    yield from document_from_html(html, doc_id=path.stem, source=source, encoding=encoding)


def document_from_html(html: str, *, doc_id: str, source: str, encoding: str | None = None) -> Iterator[Item]:
    import trafilatura  # imported here: it takes ~0.3 s and most runs read no HTML

    if not html.strip():
        yield Reject.from_error(InputError(Errors.E104, path=source), source)
        return
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except (ValueError, TypeError, AttributeError):  # malformed markup deep inside lxml
        yield Reject.from_error(FormatError(Errors.E109, path=source), source)
        return
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        yield Reject.from_error(FormatError(Errors.E109, path=source), source)
        return
    published = None
    try:
        published = parse_published(getattr(extracted, "date", None))
    except ValueError:
        published = None  # page metadata is a hint, not a contract
    yield RawDocument(
        doc_id=doc_id,
        text=normalize_text(text),
        source=source,
        published=published,
        url=getattr(extracted, "url", None),
        title=getattr(extracted, "title", None),
        lang=None,
        encoding=encoding,
    )
