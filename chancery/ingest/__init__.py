"""Readers: turn files, folders and records into documents or rejects."""

from chancery.ingest.base import DEFAULT_MAX_BYTES, RawDocument, ReadOptions, Reject, content_hash
from chancery.ingest.sources import iter_items, walk

__all__ = ["DEFAULT_MAX_BYTES", "RawDocument", "ReadOptions", "Reject", "content_hash", "iter_items", "walk"]
