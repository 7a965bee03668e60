"""The unit of work every engine runs: code one shard of documents into the store's rows.

An engine (this process, a pool of processes, a Ray cluster) only decides *where*
:func:`code_shard` runs; the store's single writer then links each coded shard to what is
stored and writes it, in shard order, so every engine gives the same database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from chancery.dedup.link import LinkInput
from chancery.errors import EngineError, Errors
from chancery.ingest.base import RawDocument, Reject
from chancery.pipeline import Pipeline
from chancery.store.db import Stored, batch_tables


@dataclass(frozen=True, slots=True)
class Shard:
    """Documents to code, in input order: new to the store and to the run."""

    index: int
    run_id: int
    docs: tuple[RawDocument, ...]

    def lost(self, engine: str, reason: str) -> EngineError:
        """The coded error for a shard whose worker failed, naming its first and last documents."""
        first, last = (self.docs[0].doc_id, self.docs[-1].doc_id) if self.docs else ("", "")
        return EngineError(Errors.E702, engine=engine, first=first, last=last, reason=reason)


@dataclass(slots=True)
class CodedShard:
    """A shard after the pipeline: the store's rows (in memory, or as Parquet files), what
    linking needs, and the documents the pipeline stored with a warning."""

    index: int
    documents: int
    events: int
    link: LinkInput
    warnings: list[Reject] = field(default_factory=list)
    tables: dict[str, pa.Table] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)

    def load(self) -> dict[str, pa.Table]:
        """The rows, reading the Parquet files back when the shard was written to disk."""
        if self.tables or not self.files:
            return self.tables
        return {name: pq.read_table(path, partitioning=None) for name, path in self.files.items()}


def code_shard(pipeline: Pipeline, shard: Shard) -> CodedShard:
    stored, warnings, events = [], [], 0
    for raw in shard.docs:
        result = pipeline(raw)
        if result.error is not None:
            warnings.append(Reject.from_error(result.error, raw.source, raw.locator, severity="warning"))
        stored.append(Stored(raw, result))
        events += len(result.article.events)
    return CodedShard(
        index=shard.index,
        documents=len(stored),
        events=events,
        link=LinkInput.of(stored),
        warnings=warnings,
        tables=batch_tables(shard.run_id, stored),
    )


def write_parquet(coded: CodedShard, root: Path, run_id: int) -> CodedShard:
    """Move a coded shard's rows to ``root/<table>/run=<id>/part-<shard>.parquet`` (a Hive-partitioned
    dataset per table that DuckDB, Spark or pandas read directly) and keep only the file names."""
    files = {}
    for name, table in coded.tables.items():
        folder = root / name / f"run={run_id}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{coded.index:06d}.parquet"
        partial = path.with_suffix(".parquet.partial")  # a reader never sees half a file
        pq.write_table(table, partial, compression="zstd")
        partial.replace(path)
        files[name] = str(path)
    coded.files, coded.tables = files, {}
    return coded
