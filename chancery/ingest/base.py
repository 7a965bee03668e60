"""What readers produce: documents ready for the pipeline, or rejects with a reason."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from chancery.doc import Article, PartialDate
from chancery.errors import ChanceryError

DEFAULT_MAX_BYTES = 5_000_000


def normalize_text(text: str) -> str:
    """NFC, Unix newlines, no trailing whitespace: one text, one hash."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).rstrip()


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A decoded document as read from one input, before any analysis."""

    doc_id: str
    text: str
    source: str
    locator: str = ""  # line or row number inside a container file
    published: PartialDate | None = None
    lang: str | None = None  # a language given by the input, trusted if supported
    url: str | None = None
    title: str | None = None
    encoding: str | None = None
    read_fraction: float = 1.0  # share of the source file read once this document is out (progress)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def to_article(self) -> Article:
        return Article(
            doc_id=self.doc_id,
            text=self.text,
            lang=self.lang,
            published=self.published,
            source=self.source if not self.locator else f"{self.source}:{self.locator}",
            url=self.url,
            title=self.title,
        )


@dataclass(frozen=True, slots=True)
class Reject:
    """An input, or part of one, that could not be read; ``severity`` is
    ``error`` when nothing was stored and ``warning`` when the document was
    stored with a problem (e.g. an unreadable date)."""

    source: str
    locator: str
    code: str
    message: str
    severity: str = "error"

    @classmethod
    def from_error(
        cls, exc: ChanceryError, source: str, locator: str = "", severity: str = "error"
    ) -> Reject:
        return cls(source, locator, exc.code.name, str(exc), severity)


Item = RawDocument | Reject


@dataclass(frozen=True, slots=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES


class Reader(Protocol):
    """Reads one file into documents and rejects, in file order."""

    def __call__(self, path: Path, options: ReadOptions) -> Iterator[Item]: ...


def parse_published(value: object) -> PartialDate | None:
    """Accept ``2025``, ``2025-07``, ``2025-07-14`` and ISO datetimes; raise ValueError otherwise."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if len(text) > 10 and text[4:5] == "-" and text[10:11] in ("T", " "):
        text = text[:10]
    return PartialDate.parse(text)
