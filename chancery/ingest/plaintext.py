"""Plain-text articles with the optional `` date YYYY[-MM[-DD]] `` prefix (EVENTS.md §1)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from chancery.doc import PartialDate
from chancery.errors import ChanceryError, Errors, InputError
from chancery.ingest._files import read_bytes
from chancery.ingest.base import Item, RawDocument, ReadOptions, Reject, normalize_text
from chancery.ingest.encoding import decode

# Optional space, "date", a space, a date-like token, a space, then the text.
_PREFIX = re.compile(r"^\ufeff? ?date ([0-9][0-9-]*) ")


def split_prefix(text: str) -> tuple[str | None, str]:
    """``(date_token, text_after_prefix)``; the token is None without a prefix."""
    m = _PREFIX.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end() :]


def read_plaintext(path: Path, options: ReadOptions) -> Iterator[Item]:
    source = str(path)
    try:
        text, encoding = decode(read_bytes(path, options.max_bytes), source)
    except ChanceryError as exc:
        yield Reject.from_error(exc, source)
        return
    yield from document_from_text(text, doc_id=path.stem, source=source, encoding=encoding)


def document_from_text(text: str, *, doc_id: str, source: str, encoding: str | None = None) -> Iterator[Item]:
    """One document from prefixed text; a bad prefix date is a warning, not a loss."""
    token, body = split_prefix(text)
    body = normalize_text(body).lstrip()
    if not body.strip():
        yield Reject.from_error(InputError(Errors.E104, path=source), source)
        return
    published = None
    if token is not None:
        try:
            published = PartialDate.parse(token)
        except ValueError:
            yield Reject.from_error(
                InputError(Errors.E110, path=source, value=token), source, severity="warning"
            )
    yield RawDocument(doc_id=doc_id, text=body, source=source, published=published, encoding=encoding)
