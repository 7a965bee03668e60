"""Where the pipeline runs: this process, local worker processes, or a Ray cluster.

Every engine runs the same :func:`~chancery.engines.coded.code_shard` on shards the driver
submits in order and hands back in the same order (``submit`` then ``result``, with at most
``in_flight`` shards outstanding), so the database they build is the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from chancery.engines.coded import CodedShard, Shard, code_shard
from chancery.engines.local import ProcessEngine, SerialEngine, usable_cpus
from chancery.pipeline import Pipeline

SMALL_INPUT = 256 * 1024  # bytes: below this, starting worker processes costs more than it saves


class Engine(Protocol):
    name: str
    workers: int
    in_flight: int

    def submit(self, shard: Shard) -> Any: ...

    def result(self, ticket: Any) -> CodedShard: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class EngineChoice:
    """What the user asked for: ``local`` (worker processes) or ``ray``, and how many workers."""

    name: str = "local"
    workers: int | None = None  # None: every CPU this process may use (local), or the cluster's (ray)
    address: str | None = None  # a Ray cluster to join; None starts one on this machine
    parquet: Path | None = None  # where Ray workers write the coded rows


def open_engine(
    choice: EngineChoice,
    pipeline: Pipeline,
    *,
    coder: str,
    options: Mapping[str, str],
    default_parquet: Path,
    input_bytes: int | None = None,
) -> Engine:
    """The engine for ``choice``. Open it before the database: local workers are forked."""
    if choice.name == "ray":
        from chancery.engines.ray_cluster import RayEngine

        return RayEngine(
            coder, options, choice.parquet or default_parquet, workers=choice.workers, address=choice.address
        )
    workers = choice.workers
    if workers is None:
        small = input_bytes is not None and input_bytes < SMALL_INPUT
        workers = 1 if small else usable_cpus()
    return SerialEngine(pipeline) if workers <= 1 else ProcessEngine(pipeline, workers)


__all__ = [
    "CodedShard",
    "Engine",
    "EngineChoice",
    "ProcessEngine",
    "SerialEngine",
    "Shard",
    "code_shard",
    "open_engine",
    "usable_cpus",
]
