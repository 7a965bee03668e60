"""The Ray engine: the same :func:`code_shard` on the workers of a Ray cluster.

Each worker is an actor that loads the pipeline once, codes the shards it is sent and writes
their rows as Parquet into a folder every node and the driver can reach (on one machine, any
folder; on a cluster, shared storage). The driver reads each shard back, in order, and the
store's single writer links and writes it, exactly as for the local engines.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from chancery.engines.coded import CodedShard, Shard, code_shard, write_parquet
from chancery.errors import EngineError, Errors, UsageError


def _first_line(exc: BaseException) -> str:
    lines = [line for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__


class _Coder:
    """One per Ray worker: the pipeline, loaded where it runs."""

    def __init__(self, coder: str, options: Mapping[str, str], root: str) -> None:
        from chancery.registry import load_pipeline, settle_after_load

        self.pipeline = load_pipeline(coder, dict(options))
        settle_after_load()
        self.root = Path(root)

    def code(self, shard: Shard) -> CodedShard:
        return write_parquet(code_shard(self.pipeline, shard), self.root, shard.run_id)


class RayEngine:
    """Connects to the cluster at ``address`` (or starts a local one with ``workers`` CPUs) and
    places one coding actor per worker, each asking for one CPU."""

    name = "ray"

    def __init__(
        self,
        coder: str,
        options: Mapping[str, str],
        parquet: Path,
        *,
        workers: int | None = None,
        address: str | None = None,
    ) -> None:
        try:
            import ray
        except ImportError as exc:
            raise UsageError(
                Errors.E501,
                option="--engine ray",
                reason="Ray is not installed (pip install 'chancery[ray]')",
            ) from exc
        self._ray = ray
        self._started = not ray.is_initialized()
        if self._started:
            try:
                ray.init(
                    address=address,
                    num_cpus=None if address else workers,
                    include_dashboard=False,
                    log_to_driver=False,
                    logging_level=logging.WARNING,
                )
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise EngineError(Errors.E701, address=address or "(local)", reason=_first_line(exc)) from exc
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.workers = max(1, min(workers or cpus, cpus))
        self.in_flight = 2 * self.workers
        self.parquet = parquet.resolve()
        self.parquet.mkdir(parents=True, exist_ok=True)
        actor = ray.remote(num_cpus=1)(_Coder)
        self._actors = [actor.remote(coder, dict(options), str(self.parquet)) for _ in range(self.workers)]
        self._next = 0

    def submit(self, shard: Shard) -> Any:
        actor = self._actors[self._next % len(self._actors)]
        self._next += 1
        return shard, actor.code.remote(shard)

    def result(self, ticket: Any) -> CodedShard:
        shard, ref = ticket
        try:
            return self._ray.get(ref)
        except self._ray.exceptions.RayError as exc:
            raise shard.lost("Ray", _first_line(exc)) from exc

    def close(self) -> None:
        for actor in self._actors:
            self._ray.kill(actor)
        self._actors = []
        if self._started:
            self._ray.shutdown()
