"""Error catalog and exception hierarchy.

Every message a user can see has a stable code, rendered as ``[E101] ...`` so it
can be searched for, counted in the ``rejects`` table and documented.

Hierarchy::

    ChanceryError
    ├── InputError          an input could not be read (recorded as a reject)
    │   ├── EncodingError   bytes are not text in a supported encoding
    │   └── FormatError     the container (JSONL line, CSV row, HTML page) is malformed
    ├── CodingError         a pipeline stage failed on one document
    ├── DataError           shipped or user data (lexicons, knowledge base) is invalid
    ├── StoreError          the database could not be opened, migrated or written
    ├── UsageError          a command was called with impossible arguments
    └── ServeError          the server could not start, or refused a request
"""

from __future__ import annotations

from enum import Enum


class Errors(Enum):
    """Coded messages. Format with :meth:`fmt`."""

    # 1xx: reading inputs
    E101 = "Cannot read {path}: {reason}"
    E102 = "Binary content (NUL bytes or control characters) in {path}; not a text document"
    E103 = "Undecodable text in {path}: not UTF-8, UTF-16 with BOM, cp1254, cp1252 or latin-1"
    E104 = "Empty document in {path}"
    E105 = "Document in {path} is {size} bytes, over the limit of {limit} bytes (see --max-bytes)"
    E106 = "Bad JSON on line {line} of {path}: {reason}"
    E107 = "Record on line {line} of {path} has no text field"
    E108 = "Bad CSV row {line} in {path}: {reason}"
    E109 = "No main text could be extracted from HTML page {path}"
    E110 = "Bad date prefix in {path}: {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    E111 = "Path does not exist: {path}"
    E112 = "Ambiguous single-byte encoding in {path}: bytes fit both cp1254 (Turkish) and cp1252 equally"
    E113 = "Bad published date {value!r} in record {line} of {path}"
    # 2xx: coding
    E201 = "Stage {stage!r} failed on document {doc_id}: {reason}"
    E202 = "Stage {stage!r} requires {field!r}, which no earlier stage assigns"
    E203 = "Unknown coder {name!r}; known: {known}"
    E204 = "The chat endpoint {url} failed: {reason}"
    E205 = "The chat endpoint {url} gave an unusable reply: {reason}"
    E206 = "Coder {name!r} needs the option {option!r} ({how})"
    # 3xx: store
    E301 = "Cannot open database {path}: {reason}"
    E302 = "Database {path} was written by a newer chancery (migration {name!r} unknown)"
    E303 = "No document matches {doc_id!r} in {path}"
    E304 = "Document id {doc_id!r} is ambiguous in {path}: {n} documents match"
    E305 = (
        "Database {path} predates deduplication (migration 0002_dedup not applied): "
        "open it for writing once, e.g. with `chancery ingest`, to upgrade it"
    )
    E306 = "No event {event_id!r} in {path}"
    E307 = "No story {story_id!r} in {path}"
    # 4xx: data
    E401 = "Invalid data file {path}: {reason}"
    # 5xx: usage
    E501 = "Bad value for {option}: {reason}"
    # 6xx: serving
    E601 = "Cannot serve on {host}:{port}: {reason}"
    E602 = "The server at {url} (pid {pid}) serving {path} refused the documents: {reason}"
    E603 = "Ingestion through the server needs the token of {path}'s server (refused)"
    # 7xx: engines
    E701 = "Cannot start or join the Ray cluster {address}: {reason}"
    E702 = "A {engine} worker failed on documents {first}..{last}: {reason}"

    def fmt(self, **kwargs: object) -> str:
        return f"[{self.name}] " + self.value.format(**kwargs)


class ChanceryError(Exception):
    """Base class of every error chancery raises on purpose."""

    def __init__(self, code: Errors, **kwargs: object) -> None:
        self.code = code
        self.params = kwargs
        super().__init__(code.fmt(**kwargs))


class InputError(ChanceryError):
    """An input could not be read; it is recorded as a reject and the run goes on."""


class EncodingError(InputError):
    """The bytes are not text in one of the supported encodings."""


class FormatError(InputError):
    """A record inside a container file is malformed."""


class CodingError(ChanceryError):
    """A pipeline stage failed on one document."""


class DataError(ChanceryError):
    """Shipped or user-supplied data is invalid."""


class StoreError(ChanceryError):
    """The database could not be opened, migrated or written."""


class UsageError(ChanceryError):
    """A command was called with impossible arguments."""


class ServeError(ChanceryError):
    """The server could not start, or refused a request."""


class EngineError(ChanceryError):
    """An engine could not start, or lost a worker: the run stops as interrupted (a re-run resumes)."""
